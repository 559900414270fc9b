// The ingest function's process in local mode. The code is TypeScript; tsx loads it, as in the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./ingest-child-main.ts');
