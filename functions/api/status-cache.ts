import type { ReportStatus } from '../storage/report-store.ts';

interface Entry {
  status: ReportStatus | null;
  at: number;
  /** The read under way, shared by everyone who asks meanwhile. */
  refreshing?: Promise<ReportStatus | null>;
}

/**
 * Report statuses as this instance last read them. A status younger than `ttlMs` is served as is;
 * one younger than twice that is served while a single read refreshes it in the background; an older
 * one is read again, and every request arriving meanwhile waits on that same read. Without this, a
 * busy page turning over at the moment a status expires sends one storage read per request, and
 * the reads queue behind each other (at 1,000 requests a second, a quarter-second stall).
 *
 * So a report deleted or corrected through another instance stops being served here within
 * `2 × ttlMs` plus one read; through this instance, at once (`forget`). Only settled statuses
 * (ready, failed, none) are kept: one still pending or processing is read on every request.
 */
export class StatusCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly read: (id: string) => Promise<ReportStatus | null>,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly capacity = 10_000,
  ) {}

  async get(id: string): Promise<ReportStatus | null> {
    const entry = this.entries.get(id);
    // A report on its way changes under another process (the ingest): the page polling it must see
    // `ready` as soon as it is, not up to two TTLs later. Reads of it are still shared.
    if (entry?.status?.status === 'pending' || entry?.status?.status === 'processing')
      return this.refresh(id, entry);
    const age = entry ? this.now() - entry.at : Number.POSITIVE_INFINITY;
    if (entry && age < this.ttlMs) return entry.status;
    if (entry && age < 2 * this.ttlMs) {
      this.refresh(id, entry).catch(() => {}); // a failed refresh is retried by the next request
      return entry.status;
    }
    return this.refresh(id, entry);
  }

  forget(id: string): void {
    this.entries.delete(id);
  }

  private refresh(id: string, known: Entry | undefined): Promise<ReportStatus | null> {
    if (known?.refreshing) return known.refreshing;
    const entry: Entry = known ?? { status: null, at: Number.NEGATIVE_INFINITY };
    const reading = this.read(id).then(
      (status) => {
        // Forgotten while reading (deleted or corrected here): do not bring the old status back.
        if (this.entries.get(id) === entry) Object.assign(entry, { status, at: this.now() });
        entry.refreshing = undefined;
        return status;
      },
      (error: unknown) => {
        entry.refreshing = undefined;
        throw error;
      },
    );
    entry.refreshing = reading;
    if (!known) {
      if (this.entries.size >= this.capacity) this.entries.clear();
      this.entries.set(id, entry);
    }
    return reading;
  }
}
