import { parentPort } from 'node:worker_threads';
import { createIngestHandler, ingestDepsFromEnvironment } from '../ingest/create-ingest-handler.ts';
import type { S3Event } from '../ingest/s3-event.ts';

/**
 * Runs the ingest handler for the local server, on its own thread as Lambda runs it apart from the
 * API. Its S3 client reads the endpoint the server put in the environment; its log lines go back to
 * the server's log.
 */
const port = parentPort;
if (!port) throw new Error('ingest-worker-main runs as a worker thread');
const ingest = createIngestHandler({
  ...ingestDepsFromEnvironment(),
  log: (entry) => port.postMessage({ log: entry }),
});

port.on('message', async ({ id, event }: { id: number; event: S3Event }) => {
  try {
    await ingest(event);
    port.postMessage({ id });
  } catch (error) {
    // The handler's own error carries no data from the export (see createIngestHandler).
    port.postMessage({ id, error: { name: (error as Error).name, message: (error as Error).message } });
  }
});
