import { encodeEventKey, type S3Event } from '../ingest/s3-event.ts';
import { type AttemptCounts, MemoryAttempts } from './ingest-attempts.ts';
import { type IngestFailure, IngestStopped, ingestFailures } from './ingest-failure.ts';

export interface BridgeOptions {
  /** Attempts per upload, kept across restarts (by default only in memory). */
  attempts?: AttemptCounts;
  /** Ends an upload the bridge gives up on: its report written `failed` with the reason. */
  giveUp?: (key: string, failure: IngestFailure) => Promise<void>;
}

/** Lambda's retries of an asynchronous invocation: two, after a pause (about one and then two minutes there). */
export const RETRY_DELAYS_MS = [1_000, 5_000];

/**
 * s3rver's events differ from real S3's: keys are not URL-encoded and nothing is filtered by prefix.
 * This shapes them as S3 would deliver them to the ingest function (`uploads/` only, keys encoded),
 * and runs them one at a time, as a reserved-concurrency Lambda would.
 */
export class EventBridge {
  private queue: Promise<void> = Promise.resolve();
  private pending = 0;
  private readonly attempts: AttemptCounts;
  /** The first try and one more for each pause. */
  private readonly maxAttempts: number;

  constructor(
    private readonly bucket: string,
    private readonly deliver: (event: S3Event) => Promise<void>,
    private readonly log: (entry: Record<string, string | number>) => void,
    /** Pauses before each retry, in milliseconds. */
    private readonly retryDelays: number[] = RETRY_DELAYS_MS,
    private readonly options: BridgeOptions = {},
  ) {
    this.attempts = options.attempts ?? new MemoryAttempts();
    this.maxAttempts = retryDelays.length + 1;
  }

  /** Takes an s3rver event (or a synthetic one for an upload found at start). */
  receive(event: S3Event): void {
    for (const record of event.Records ?? []) {
      if (!record.eventName?.startsWith('ObjectCreated:')) continue;
      const key = record.s3.object.key;
      if (!key.startsWith('uploads/')) continue;
      this.enqueue(key, record.s3.object.size ?? 0);
    }
  }

  enqueue(key: string, size: number): void {
    const event: S3Event = {
      Records: [
        {
          eventName: 'ObjectCreated:Post',
          s3: { bucket: { name: this.bucket }, object: { key: encodeEventKey(key), size } },
        },
      ],
    };
    this.pending++;
    this.queue = this.queue
      .then(() => this.deliverWithRetries(key, event))
      .catch((error: Error) => this.log({ event: 'ingest-bridge-error', name: error.name }))
      .finally(() => {
        this.pending--;
      });
  }

  /** Forgets the attempts at uploads no longer waiting (call at start, with the uploads found). */
  forgetAllBut(keys: string[]): void {
    this.attempts.keepOnly(keys);
  }

  /**
   * As Lambda does for asynchronous invocations: a handler that throws (S3 unreachable, say) is tried
   * again after a pause, twice; then the upload is given up on and its report written `failed`, as
   * the dead-letter queue ends it on AWS. Each attempt is counted before it starts, and the count
   * survives a restart, so an upload that brings the server down cannot be retried at every start.
   * An ingest stopped by its time or memory bound is not retried: it would only cost the same again.
   */
  private async deliverWithRetries(key: string, event: S3Event): Promise<void> {
    for (;;) {
      const attempt = this.attempts.next(key);
      if (attempt > this.maxAttempts) return this.abandon(key, ingestFailures.retriesSpent(attempt - 1));
      try {
        await this.deliver(event);
        this.attempts.clear(key);
        return;
      } catch (error) {
        if (error instanceof IngestStopped) return this.abandon(key, error.failure);
        this.log({ event: 'ingest-error', name: (error as Error).name, attempt });
        if (attempt >= this.maxAttempts) return this.abandon(key, ingestFailures.retriesSpent(attempt));
        await new Promise((done) => setTimeout(done, this.retryDelays[attempt - 1]));
      }
    }
  }

  private async abandon(key: string, failure: IngestFailure): Promise<void> {
    this.log({ event: 'ingest-abandoned', code: failure.code });
    try {
      await this.options.giveUp?.(key, failure);
      this.attempts.clear(key);
    } catch (error) {
      // Storage down as well: the count stays, and the next start gives up on it at once.
      this.log({ event: 'ingest-abandon-failed', name: (error as Error).name });
    }
  }

  /** Resolves when every event received so far has been handled. */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.queue;
  }
}
