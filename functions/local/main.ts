import { resolve } from 'node:path';
import { startLocal } from './start-local.ts';

// `npm start`: the embedded default. Data lives in .local-data/ (git-ignored) and survives restarts.
const server = await startLocal({
  dataDirectory: resolve(process.env.RECONNECT_DATA ?? '.local-data'),
  port: Number(process.env.PORT ?? 3000),
  s3Port: process.env.S3_PORT ? Number(process.env.S3_PORT) : undefined,
}).catch((error: Error) => {
  console.error(`reconnect: ${error.message}`);
  process.exit(1);
});
console.log(`Reconnect is running at ${server.url}  (local S3 at ${server.s3Endpoint}; Ctrl+C to stop)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().finally(() => process.exit(0));
  });
}
