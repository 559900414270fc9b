import { Worker } from 'node:worker_threads';
import type { S3Event } from '../ingest/s3-event.ts';

type Log = (entry: Record<string, string | number>) => void;
type Reply =
  | { log: Record<string, string | number> }
  | { id: number; error?: { name: string; message: string } };

/**
 * The ingest handler on a worker thread: a 30,000-connection export takes seconds of CPU to analyse,
 * and on the server's own thread it would hold every API request (and the S3 server) for that long.
 * On AWS the two are separate Lambdas; here, separate threads. A thread that dies is replaced, and
 * what it was doing fails, so the event bridge retries it as Lambda would.
 */
export class IngestThread {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, { done: () => void; fail: (error: Error) => void }>();
  private next = 0;

  constructor(private readonly log: Log) {}

  deliver(event: S3Event): Promise<void> {
    const id = this.next++;
    return new Promise((done, fail) => {
      this.waiting.set(id, { done, fail });
      this.start().postMessage({ id, event });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // The worker's environment is a copy of this one, taken now: the local S3 endpoint is set by then.
    const worker = new Worker(new URL('./ingest-worker.js', import.meta.url));
    worker.on('message', (reply: Reply) => {
      if ('log' in reply) this.log(reply.log);
      else if ('id' in reply) {
        const waiter = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        if (!reply.error) waiter?.done();
        else waiter?.fail(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
      }
    });
    const lost = (why: string) => {
      if (this.worker === worker) this.worker = null;
      for (const waiter of this.waiting.values())
        waiter.fail(new Error(`The ingest thread stopped (${why}).`));
      this.waiting.clear();
    };
    worker.on('error', (error) => lost(error.name));
    worker.on('exit', (code) => lost(`exit ${code}`));
    this.worker = worker;
    return worker;
  }
}
