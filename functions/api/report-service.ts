import { applyCorrections } from '../core/corrections.ts';
import { type Corrections, REPORT_VERSION, type Report } from '../core/index.ts';
import { isReportId, keys } from '../storage/report-id.ts';
import type { ReportStatus, ReportStore } from '../storage/report-store.ts';
import type { EncodedBody } from './answer.ts';
import { notFound, notReady, oldVersion } from './api-error.ts';
import { boundedCorrections } from './correction-limits.ts';
import { type CachedReport, ReportCache } from './report-cache.ts';
import { settledStatus } from './settled-status.ts';
import { StatusCache } from './status-cache.ts';

/** What the service needs of storage: a ReportStore, or anything shaped like one (tests). */
export type ReportStorage = Pick<
  ReportStore,
  'getStatus' | 'putStatus' | 'getReport' | 'putReport' | 'deleteReport' | 'isDeleted' | 'presignDownload'
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
};

export interface ServiceOptions extends Partial<typeof SERVICE_DEFAULTS> {
  now: () => number;
  /** The upload link's life: a report pending longer has failed (see settledStatus). */
  uploadUrlSeconds: number;
}

/**
 * Reading and changing stored reports, with every cache the API keeps and their eviction: statuses,
 * parsed reports, page bodies, download links, and the queue that applies corrections to one report
 * one after another. No HTTP in here: the routes are thin over it, and it is tested on its own.
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

  /**
   * Applies corrections to a stored report, one request after another per report: each reads the
   * report the previous one wrote, so two sent at once (two quick clicks, two tabs) both count. Within
   * this process only: on AWS two Lambda instances can still race, and the later write wins.
   */
  correct(id: string, asked: Corrections): Promise<{ report: Report; version: string }> {
    return this.oneAtATime(id, async () => {
      // Read in turn: a correction sent just before this one may have changed the report.
      const { report, status } = await this.report(id);
      const next = applyCorrections(report, boundedCorrections(report.corrections, asked));
      await this.store.putReport(id, next);
      // A new updatedAt retires every instance's cached copy of the report.
      const version = new Date(Math.max(this.options.now(), Date.parse(status.updatedAt) + 1)).toISOString();
      await this.store.putStatus(id, { ...status, updatedAt: version });
      this.forget(id);
      // Deleted while we worked: make sure nothing of it stays.
      if (await this.store.isDeleted(id)) {
        await this.store.deleteReport(id);
        throw notFound();
      }
      // The page reads the list again next: from this copy, not by reading back what was just written;
      // kept after the answer has gone out (the page asks for the list only once it has it).
      this.keep(id, version, () => new Promise((done) => setTimeout(() => done(next), 0))).catch(() => {});
      return { report: next, version };
    });
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

const versionKey = (id: string, version: string) => `${id}\u0000${version}`;
