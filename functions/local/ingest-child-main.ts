import { createIngestHandler, ingestDepsFromEnvironment } from '../ingest/create-ingest-handler.ts';
import type { S3Event } from '../ingest/s3-event.ts';

/**
 * Runs the ingest handler for the local server, in a process of its own as Lambda runs it apart
 * from the API. Its S3 client reads the endpoint the server put in the environment; its log lines go
 * back to the server's log.
 */
const send = process.send?.bind(process);
if (!send) throw new Error('ingest-child-main runs as a child process of the local server');
const ingest = createIngestHandler({
  ...ingestDepsFromEnvironment(),
  log: (entry) => send({ log: entry }),
});

process.on('message', async ({ id, event }: { id: number; event: S3Event }) => {
  // The clock on this upload starts now, not while the process was still loading.
  send({ id, started: true });
  try {
    await ingest(event);
    send({ id });
  } catch (error) {
    // The handler's own error carries no data from the export (see createIngestHandler).
    send({ id, error: { name: (error as Error).name, message: (error as Error).message } });
  }
});

// The server is gone (stopped, or killed): so is the reason to go on.
process.on('disconnect', () => process.exit(0));
