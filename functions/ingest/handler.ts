import { createIngestHandler, ingestDepsFromEnvironment } from './create-ingest-handler.ts';

// The Lambda entry: dependencies read from the environment once per container.
export const handler = createIngestHandler(ingestDepsFromEnvironment());
