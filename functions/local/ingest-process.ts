import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { S3Event } from '../ingest/s3-event.ts';
import { IngestStopped, ingestFailures } from './ingest-failure.ts';

/** How long a process with nothing to do is kept. */
const IDLE_MS = 5000;
/** How long a process started ahead of an upload waits for it: the upload link's lifetime is longer,
 * but most uploads start within seconds of the report being created. */
const PREPARED_MS = 60_000;
/** How much of the process's last words (stderr) is kept, to tell a heap exhausted from other deaths. */
const STDERR_TAIL = 4096;

/**
 * What one upload may cost: on AWS the ingest Lambda has 2 minutes and 3,008 MB. A 30,000-connection
 * export (LinkedIn's cap) with a large message history takes about 2 s and 400 MB here.
 */
export interface IngestLimits {
  /** Wall-clock time for one upload, from when the process takes it up. */
  timeoutMs: number;
  /** The process's JavaScript heap (V8's old generation), in MB. */
  heapMb: number;
}

export const INGEST_LIMITS: IngestLimits = { timeoutMs: 120_000, heapMb: 2048 };

type Log = (entry: Record<string, string | number>) => void;
type Reply =
  | { log: Record<string, string | number> }
  | { id: number; started: true }
  | { id: number; error?: { name: string; message: string } };

interface Waiter {
  child: ChildProcess;
  done: () => void;
  fail: (error: Error) => void;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * The ingest handler in a process of its own: a 30,000-connection export takes seconds of CPU to
 * analyse, and in the server's process it would hold every API request (and the S3 server) for that
 * long. On AWS the two are separate Lambdas; here, separate processes. A process, not a worker thread:
 * a worker over its heap limit can abort the whole server with it (V8 ends the process when the limit
 * is hit inside some allocations; nodejs/node#47224), a child process only itself.
 *
 * One upload cannot hold the queue: a process over its time is killed, one over its heap dies by V8's
 * hand, and either fails the upload with IngestStopped, which the event bridge does not retry. A
 * process that dies otherwise is replaced, and what it was doing fails, so the bridge retries it as
 * Lambda would.
 */
export class IngestProcess {
  private child: ChildProcess | null = null;
  private readonly waiting = new Map<number, Waiter>();
  private next = 0;
  /** Processes ended on purpose (idle, closed, out of time), whose exit is no news. */
  private readonly ending = new WeakSet<ChildProcess>();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly log: Log,
    /** The environment each process starts with: where S3 is, the bucket, the limits. */
    private readonly env: NodeJS.ProcessEnv,
    private readonly limits: IngestLimits = INGEST_LIMITS,
  ) {}

  deliver(event: S3Event): Promise<void> {
    const id = this.next++;
    clearTimeout(this.idleTimer);
    return new Promise<void>((done, fail) => {
      const child = this.start();
      this.waiting.set(id, { child, done, fail });
      child.send({ id, event });
    }).finally(() => {
      // Idle a while: end the process, and with it the heap a big analysis leaves behind (Lambda, too,
      // ends idle containers). The next upload starts a fresh one.
      if (this.waiting.size === 0) this.endAfter(IDLE_MS);
    });
  }

  /**
   * A report was just created, so an upload is on its way: start a process now, while the file is
   * still travelling, rather than make the person wait for it (~0.5 s) once it has arrived. It ends
   * unused if no upload comes.
   */
  prepare(waitMs = PREPARED_MS): void {
    this.start();
    if (this.waiting.size === 0) this.endAfter(waitMs);
  }

  /** Whether a process is up (for tests and logs). */
  get running(): boolean {
    return this.child !== null;
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const child = this.child;
    this.child = null;
    if (child) {
      this.ending.add(child);
      await kill(child);
    }
  }

  /** Ends the process after `ms` with nothing to do (a delivery in between cancels it). */
  private endAfter(ms: number): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.close(), ms);
  }

  private start(): ChildProcess {
    if (this.child) return this.child;
    const child = fork(fileURLToPath(new URL('./ingest-child.js', import.meta.url)), [], {
      env: this.env,
      execArgv: [`--max-old-space-size=${this.limits.heapMb}`],
      // Its output is not passed on: an error's text could quote the export. Only its log lines are.
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.log({ event: 'ingest-process-started' });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-STDERR_TAIL);
    });
    child.on('message', (reply: Reply) => {
      if ('log' in reply) this.log(reply.log);
      else if ('started' in reply) {
        const waiter = this.waiting.get(reply.id);
        if (waiter)
          waiter.timer = setTimeout(
            () => this.end(child, new IngestStopped(ingestFailures.tooSlow(this.limits.timeoutMs))),
            this.limits.timeoutMs,
          );
      } else {
        const waiter = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        clearTimeout(waiter?.timer);
        if (!reply.error) waiter?.done();
        else waiter?.fail(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
      }
    });
    child.on('error', (error) => this.lost(child, new Error(`The ingest process stopped (${error.name}).`)));
    child.on('exit', (code, signal) => {
      if (!this.ending.has(child))
        this.log({ event: 'ingest-process-exited', code: code ?? -1, signal: signal ?? '' });
      this.lost(
        child,
        /heap out of memory/i.test(stderr)
          ? new IngestStopped(ingestFailures.tooBig(this.limits.heapMb))
          : new Error(`The ingest process stopped (${signal ?? `exit ${code}`}).`),
      );
    });
    this.child = child;
    return child;
  }

  /** Ends a process that has run out of time, and fails what it was doing. */
  private end(child: ChildProcess, error: Error): void {
    this.log({ event: 'ingest-process-ended', reason: 'time' });
    this.lost(child, error);
    this.ending.add(child);
    void kill(child);
  }

  /** Fails what this process was doing (only that: a new one may already be at work on the next upload). */
  private lost(child: ChildProcess, error: Error): void {
    if (this.child === child) this.child = null;
    for (const [id, waiter] of this.waiting) {
      if (waiter.child !== child) continue;
      this.waiting.delete(id);
      clearTimeout(waiter.timer);
      waiter.fail(error);
    }
  }
}

/** Kills a process at once (it holds nothing that needs a clean end) and waits for it to be gone. */
function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}
