// The ingest function's thread in local mode. The code is TypeScript; tsx loads it, as in the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./ingest-worker-main.ts');
