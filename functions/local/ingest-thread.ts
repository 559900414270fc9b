import { Worker } from 'node:worker_threads';
import type { S3Event } from '../ingest/s3-event.ts';

/** How long a thread with nothing to do is kept. */
const IDLE_MS = 5000;
/** How long a thread started ahead of an upload waits for it: the upload link's lifetime is longer,
 * but most uploads start within seconds of the report being created. */
const PREPARED_MS = 60_000;

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
  private readonly waiting = new Map<
    number,
    { worker: Worker; done: () => void; fail: (error: Error) => void }
  >();
  private next = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly log: Log,
    /** The environment each thread starts with: where S3 is, the bucket, the limits. */
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  deliver(event: S3Event): Promise<void> {
    const id = this.next++;
    clearTimeout(this.idleTimer);
    return new Promise<void>((done, fail) => {
      const worker = this.start();
      this.waiting.set(id, { worker, done, fail });
      worker.postMessage({ id, event });
    }).finally(() => {
      // Idle a while: end the thread, and with it the heap a big analysis leaves behind, rather than
      // have its garbage collected later in the middle of the API's work (Lambda, too, ends idle
      // containers). The next upload starts a fresh thread.
      if (this.waiting.size === 0) this.endAfter(IDLE_MS);
    });
  }

  /**
   * A report was just created, so an upload is on its way: start a thread now, while the file is
   * still travelling, rather than make the person wait for it (~0.5 s) once it has arrived. It ends
   * unused if no upload comes.
   */
  prepare(waitMs = PREPARED_MS): void {
    this.start();
    if (this.waiting.size === 0) this.endAfter(waitMs);
  }

  /** Whether a thread is up (for tests and logs). */
  get running(): boolean {
    return this.worker !== null;
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  /** Ends the thread after `ms` with nothing to do (a delivery in between cancels it). */
  private endAfter(ms: number): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.close(), ms);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./ingest-worker.js', import.meta.url), { env: this.env });
    this.log({ event: 'ingest-thread-started' });
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
      // Only what this thread was doing: a new thread may already be at work on the next upload.
      for (const [id, waiter] of this.waiting) {
        if (waiter.worker !== worker) continue;
        this.waiting.delete(id);
        waiter.fail(new Error(`The ingest thread stopped (${why}).`));
      }
    };
    worker.on('error', (error) => lost(error.name));
    worker.on('exit', (code) => lost(`exit ${code}`));
    this.worker = worker;
    return worker;
  }
}
