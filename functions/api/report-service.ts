import { applyCorrections } from '../core/corrections.ts';
import {
  type AnalyzeOptions,
  type Corrections,
  REPORT_VERSION,
  type Report,
  withEmployers,
} from '../core/index.ts';
import { isReportId, keys } from '../storage/report-id.ts';
import {
  type ReportStatus,
  type ReportStore,
  type Versioned,
  WriteConflict,
} from '../storage/report-store.ts';
import type { EncodedBody } from './answer.ts';
import { notFound, notReady, oldVersion, writeContention } from './api-error.ts';
import { boundedCorrections, boundedMarks, type MarksAsked } from './correction-limits.ts';
import { type CachedReport, ReportCache } from './report-cache.ts';
import { settledStatus } from './settled-status.ts';
import { StatusCache } from './status-cache.ts';

/** What the service needs of storage: a ReportStore, or anything shaped like one (tests). */
export type ReportStorage = Pick<
  ReportStore,
  | 'getStatus'
  | 'getStatusVersioned'
  | 'putStatus'
  | 'getReport'
  | 'getReportVersioned'
  | 'putReport'
  | 'deleteReport'
  | 'isDeleted'
  | 'presignDownload'
>;

export const SERVICE_DEFAULTS = {
  /** A settled status is served this long before it is read again (see StatusCache). */
  statusTtlMs: 2000,
  /** Reports kept parsed for paging (each up to tens of MB of strings). */
  reportsKept: 4,
  /** Page bodies kept (the list view asks for the same first page often). */
  pagesKept: 256,
  downloadLinkSeconds: 300,
  /** A download link is handed out again only while it has most of its life left. */
  downloadReuseMs: 120_000,
  downloadsKept: 1000,
  /** Reports known to be of an older version, kept so each request does not read them again. */
  oldKept: 1000,
  /**
   * Tries of one change when another writer (another Lambda instance) changed the report between its
   * read and its write; then 503 busy. Each try waits a random while, up to twice the last.
   */
  writeAttempts: 12,
  writeBackoffMs: 20,
  writeBackoffMaxMs: 500,
};

export interface ServiceOptions extends Partial<typeof SERVICE_DEFAULTS> {
  now: () => number;
  /** The upload link's life: a report pending longer has failed (see settledStatus). */
  uploadUrlSeconds: number;
}

/**
 * Reading and changing stored reports, with every cache the API keeps and their eviction: statuses,
 * parsed reports, page bodies, download links, and the changes to a report (corrections, marks,
 * employers): one after another in this process, conditional writes across processes. No HTTP in
 * here: the routes are thin over it, and it is tested on its own.
 * Errors are the API's (`ApiError`): 404 for what does not exist, 409 not ready, 410 an old version.
 */
export class ReportService {
  private readonly options: typeof SERVICE_DEFAULTS & ServiceOptions;
  private readonly statuses: StatusCache;
  private readonly reports: ReportCache;
  /** Reports being read from storage, so a burst of requests after a change reads each once. */
  private readonly loading = new Map<string, Promise<CachedReport>>();
  // Pages as UTF-8 bytes (and gzipped once asked): a cached string would be encoded on every request.
  private readonly pages = new Map<string, EncodedBody>();
  private readonly downloads = new Map<string, { version: string; url: string; at: number }>();
  private readonly corrections = new Map<string, Promise<unknown>>();
  private readonly old = new Set<string>();

  constructor(
    private readonly store: ReportStorage,
    options: ServiceOptions,
  ) {
    this.options = { ...SERVICE_DEFAULTS, ...options };
    this.statuses = new StatusCache((id) => store.getStatus(id), this.options.statusTtlMs, options.now);
    this.reports = new ReportCache(this.options.reportsKept);
  }

  /** The status of a live report; unknown, malformed and expired ids all throw the same 404. */
  async status(id: string): Promise<ReportStatus> {
    if (!isReportId(id)) throw notFound();
    const stored = await this.statuses.get(id);
    if (!stored) throw notFound();
    return this.live(id, stored);
  }

  /** A stored status as it stands now: settled (stalled, never uploaded), and 404 once expired. */
  private async live(id: string, stored: ReportStatus): Promise<ReportStatus> {
    const now = this.options.now();
    const status = settledStatus(stored, now, this.options.uploadUrlSeconds);
    if (Date.parse(status.expiresAt) <= now) {
      await this.delete(id);
      throw notFound();
    }
    return status;
  }

  async readyStatus(id: string): Promise<ReportStatus> {
    const status = await this.status(id);
    if (status.status !== 'ready') throw notReady(status.status);
    return status;
  }

  /** The stored report itself, read afresh, for what changes or exports it. */
  async report(id: string): Promise<{ report: Report; status: ReportStatus }> {
    const status = await this.readyStatus(id);
    if (this.old.has(versionKey(id, status.updatedAt))) throw oldVersion();
    const report = await this.store.getReport(id);
    if (!report) throw notFound();
    this.checkVersion(id, status.updatedAt, report);
    return { report, status };
  }

  /** The report as kept for reading pages, from the cache while its status is unchanged. */
  async cached(id: string): Promise<{ cached: CachedReport; status: ReportStatus }> {
    const status = await this.readyStatus(id);
    const cached =
      this.reports.get(id, status.updatedAt) ??
      (await this.keep(id, status.updatedAt, () => this.store.getReport(id)));
    return { cached, status };
  }

  /** A page body, made once per report version and query (the key), the oldest dropped past the cap. */
  page(id: string, version: string, query: string, make: () => EncodedBody): EncodedBody {
    const key = `${versionKey(id, version)}\u0000${query}`;
    let body = this.pages.get(key);
    if (body === undefined) {
      body = make();
      if (this.pages.size >= this.options.pagesKept) this.pages.delete(this.pages.keys().next().value ?? '');
      this.pages.set(key, body);
    }
    return body;
  }

  /**
   * A short-lived link to a body stored under the report's downloads (for answers larger than a Lambda
   * response may be), reused while the report and the variant (`version`) are unchanged and the link
   * young. The body is only made when a new link needs it: a reused link skips 40 MB of joining.
   */
  async downloadLink(
    id: string,
    file: string,
    version: string,
    contentType: string,
    body: () => string,
  ): Promise<string> {
    const key = `${id}\u0000${file}`;
    const known = this.downloads.get(key);
    const now = this.options.now();
    if (known?.version === version && now - known.at < this.options.downloadReuseMs) return known.url;
    const url = await this.store.presignDownload(
      keys.download(id, file),
      body(),
      `reconnect-${id}${file.slice(file.lastIndexOf('.'))}`,
      contentType,
      this.options.downloadLinkSeconds,
    );
    if (this.downloads.size >= this.options.downloadsKept) this.downloads.clear();
    this.downloads.set(key, { version, url, at: now });
    return url;
  }

  /** Applies corrections (colleague or not, merges, and their undo) to a stored report. */
  correct(id: string, asked: Corrections): Promise<Changed> {
    return this.change(id, (report) =>
      applyCorrections(report, boundedCorrections(report.corrections, asked)),
    );
  }

  /**
   * Keep-in-touch marks: laid over the report as corrections are, and the report re-ranked as of
   * `today` (a mark is made after the export; never earlier than the report's own as-of date).
   */
  mark(id: string, asked: MarksAsked, today: string): Promise<Changed> {
    return this.change(id, (report) =>
      applyCorrections(report, boundedMarks(report, asked, today), {
        asOf: today > report.asOf ? today : report.asOf,
      }),
    );
  }

  /** The owner's employers given anew: the connections analysed again, corrections and marks kept. */
  setEmployers(id: string, employers: NonNullable<AnalyzeOptions['employers']>): Promise<Changed> {
    return this.change(id, (report) => withEmployers(report, employers));
  }

  /**
   * Every change to a stored report is a read-modify-write, made so that no change is lost:
   * - within this process, one change to a report after another (a queue per report), so two quick
   *   clicks never even race;
   * - across processes (two Lambda instances), the report is written only if it is still the one
   *   read (S3's If-Match on its ETag). If another writer got there first, the change is made again
   *   on what that writer left, after a random pause, up to `writeAttempts` tries (then 503 busy).
   * Then the status gets a new `updatedAt`, also conditionally, which retires every instance's cached
   * copy. Changes are functions of the report read, so making one again is safe (and a 503 from the
   * status's tries, after the report was written, is safe to send again).
   */
  private change(id: string, make: (report: Report) => Report): Promise<Changed> {
    return this.oneAtATime(id, async () => {
      for (let attempt = 1; ; attempt++) {
        const read = await this.forUpdate(id);
        const next = make(read.report.value);
        let etag: string;
        try {
          etag = await this.store.putReport(id, next, { ifMatch: read.report.etag });
        } catch (error) {
          if (!(error instanceof WriteConflict)) throw error;
          this.forget(id);
          if (attempt >= this.options.writeAttempts) throw writeContention();
          await this.pause(attempt);
          continue;
        }
        const { version, first } = await this.touch(id, read.status, etag);
        this.forget(id);
        // Deleted while we worked: make sure nothing of it stays.
        if (await this.store.isDeleted(id)) {
          await this.store.deleteReport(id);
          throw notFound();
        }
        // The page reads the list again next: from this copy, not by reading back what was just
        // written; kept after the answer has gone out (the page asks for the list only once it has it).
        // Only when the status was still the one read: else another writer's change came after ours,
        // and this copy is not the report that status stands for.
        if (first)
          this.keep(id, version, () => new Promise((done) => setTimeout(() => done(next), 0))).catch(
            () => {},
          );
        return { report: next, version };
      }
    });
  }

  /** The status (fresh from storage, not the cache) and the report, each with its ETag, to change it. */
  private async forUpdate(
    id: string,
  ): Promise<{ status: Versioned<ReportStatus>; report: Versioned<Report> }> {
    if (!isReportId(id)) throw notFound();
    const stored = await this.store.getStatusVersioned(id);
    if (!stored) throw notFound();
    const status = await this.live(id, stored.value);
    if (status.status !== 'ready') throw notReady(status.status);
    if (this.old.has(versionKey(id, status.updatedAt))) throw oldVersion();
    const report = await this.store.getReportVersioned(id);
    if (!report) throw notFound();
    this.checkVersion(id, status.updatedAt, report.value);
    return { status: stored, report };
  }

  /**
   * Writes the status with a new `updatedAt` (later than the one stored: the caches' version), if it
   * is still the one read; if another writer changed it meanwhile, on top of theirs. `first` says
   * whether the status read before the report was written was still there to replace.
   */
  private async touch(
    id: string,
    read: Versioned<ReportStatus>,
    reportETag: string,
  ): Promise<{ version: string; first: boolean }> {
    let current = read;
    for (let attempt = 1; ; attempt++) {
      const updatedAt = Date.parse(current.value.updatedAt) + 1;
      const version = new Date(Math.max(this.options.now(), updatedAt)).toISOString();
      try {
        await this.store.putStatus(
          id,
          { ...current.value, updatedAt: version, reportETag },
          { ifMatch: current.etag },
        );
        return { version, first: attempt === 1 };
      } catch (error) {
        if (!(error instanceof WriteConflict)) throw error;
        if (attempt >= this.options.writeAttempts) throw writeContention();
        const fresh = await this.store.getStatusVersioned(id);
        if (!fresh) throw notFound();
        current = fresh;
      }
    }
  }

  /** A random pause before the next try, up to twice as long as the last one could be. */
  private pause(attempt: number): Promise<void> {
    const { writeBackoffMs, writeBackoffMaxMs } = this.options;
    const ceiling = Math.min(writeBackoffMaxMs, writeBackoffMs * 2 ** (attempt - 1));
    return new Promise((done) => setTimeout(done, Math.random() * ceiling));
  }

  async delete(id: string): Promise<void> {
    await this.store.deleteReport(id);
    this.forget(id);
  }

  /** Drops everything kept about a report (it changed or is gone). */
  forget(id: string): void {
    this.statuses.forget(id);
    this.reports.delete(id);
    for (const key of this.downloads.keys()) if (key.startsWith(`${id}\u0000`)) this.downloads.delete(key);
    for (const key of this.pages.keys()) if (key.startsWith(`${id}\u0000`)) this.pages.delete(key);
  }

  /** How much is kept, for tests and logs. */
  get sizes() {
    return { pages: this.pages.size, downloads: this.downloads.size, loading: this.loading.size };
  }

  /** Puts one version of a report into the cache once, however many requests ask for it meanwhile. */
  private keep(id: string, version: string, source: () => Promise<Report | null>): Promise<CachedReport> {
    const key = versionKey(id, version);
    if (this.old.has(key)) return Promise.reject(oldVersion());
    let load = this.loading.get(key);
    if (!load) {
      load = source()
        .then((report) => {
          if (!report) throw notFound();
          this.checkVersion(id, version, report);
          return this.reports.set(id, version, report);
        })
        .finally(() => this.loading.delete(key));
      this.loading.set(key, load);
    }
    return load;
  }

  /** A report stored by an older version holds what this one cannot read (sentences, not facts). */
  private checkVersion(id: string, version: string, report: Report): void {
    if ((report as { version?: unknown }).version === REPORT_VERSION) return;
    if (this.old.size >= this.options.oldKept) this.old.clear();
    this.old.add(versionKey(id, version));
    throw oldVersion();
  }

  private async oneAtATime<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = this.corrections.get(id) ?? Promise.resolve();
    const mine = previous.catch(() => undefined).then(work);
    this.corrections.set(id, mine);
    try {
      return await mine;
    } finally {
      if (this.corrections.get(id) === mine) this.corrections.delete(id);
    }
  }
}

/** A changed report, and the version (status `updatedAt`) it was stored under. */
export interface Changed {
  report: Report;
  version: string;
}

const versionKey = (id: string, version: string) => `${id}\u0000${version}`;
