// The thread POST /api/analyze runs on in local mode. The code is TypeScript; tsx loads it, as in the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./analyze-worker-main.ts');
