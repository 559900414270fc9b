import { encodeEventKey, type S3Event } from '../ingest/s3-event.ts';

/**
 * s3rver's events differ from real S3's: keys are not URL-encoded and nothing is filtered by prefix.
 * This shapes them as S3 would deliver them to the ingest function (`uploads/` only, keys encoded),
 * and runs them one at a time, as a reserved-concurrency Lambda would.
 */
export class EventBridge {
  private queue: Promise<void> = Promise.resolve();
  private pending = 0;

  constructor(
    private readonly bucket: string,
    private readonly deliver: (event: S3Event) => Promise<void>,
    private readonly log: (entry: Record<string, string | number>) => void,
    /** Pauses before each retry, in milliseconds (Lambda waits about one and then two minutes). */
    private readonly retryDelays: number[] = [1_000, 5_000, 30_000],
  ) {}

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
      .then(() => this.deliverWithRetries(event))
      .finally(() => {
        this.pending--;
      });
  }

  /**
   * As Lambda does for asynchronous invocations: a handler that throws (S3 unreachable, say) is tried
   * again after a pause; what still fails is logged, and picked up again at the next start.
   */
  private async deliverWithRetries(event: S3Event): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.deliver(event);
        return;
      } catch (error) {
        this.log({ event: 'ingest-error', name: (error as Error).name, attempt });
        if (attempt >= this.retryDelays.length) return;
        await new Promise((done) => setTimeout(done, this.retryDelays[attempt]));
      }
    }
  }

  /** Resolves when every event received so far has been handled. */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.queue;
  }
}
