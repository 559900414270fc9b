import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { applyCorrections } from '../core/corrections.ts';
import type { Report } from '../core/index.ts';
import { peopleCsv } from '../core/output/people-csv.ts';
import { remindersIcs } from '../core/output/reminders-ics.ts';
import { isReportId, keys, newReportId } from '../storage/report-id.ts';
import type { ReportStatus } from '../storage/report-store.ts';
import { ApiError, notFound } from './api-error.ts';
import type { AppDeps } from './app-deps.ts';
import { type EncodedBody, encodedBody, sendJson } from './encoded-body.ts';
import { type CachedPerson, type CachedReport, ReportCache } from './report-cache.ts';
import { settledStatus } from './settled-status.ts';
import { StatusCache } from './status-cache.ts';

const CATEGORIES = ['former-colleague', 'current-colleague', 'alumni', 'other'] as const;
const STATUS_TTL_MS = 2000;
/** Under Lambda's 6 MB response cap, with room for headers. */
export const DIRECT_ANSWER_BYTES = 5 * 1024 * 1024;
const PAGES_KEPT = 256;
const DOWNLOAD_LINK_SECONDS = 300;
/** A link is handed out again only while it has most of its life left. */
const DOWNLOAD_REUSE_MS = 120_000;

// Messages in plain words: they reach whoever calls the API, and zod's own name no field.
const CONFIDENCE = 'minConfidence is a number from 0 to 1';
const LIMIT = 'limit is a whole number from 1 to 500';
const PeopleQuery = z.object({
  category: z.enum(CATEGORIES, { error: `category is one of ${CATEGORIES.join(', ')}` }).optional(),
  company: z.string().max(200, 'company is at most 200 characters').optional(),
  q: z.string().max(200, 'q is at most 200 characters').optional(),
  minConfidence: z.coerce.number({ error: CONFIDENCE }).min(0, CONFIDENCE).max(1, CONFIDENCE).optional(),
  limit: z.coerce.number({ error: LIMIT }).int(LIMIT).min(1, LIMIT).max(500, LIMIT).default(50),
  cursor: z
    .string()
    .regex(/^\d{1,6}$/, 'cursor is the nextCursor of the page before')
    .optional(),
});

/** A person: their profile URL, or their id in the report when the export gives them none. */
const someone = z
  .string()
  .max(300)
  .regex(
    /^(https:\/\/www\.linkedin\.com\/in\/[^/?#\s]+|p[0-9a-f]{16})$/,
    "each person is a LinkedIn profile URL or a person's id from the report",
  );
const CorrectionsBody = z
  .object({
    colleague: z.array(someone).max(1000).optional(),
    notColleague: z.array(someone).max(1000).optional(),
    merge: z
      .array(z.tuple([z.string().min(1).max(200), z.string().min(1).max(200)]))
      .max(100)
      .optional(),
  })
  .strict();

/** The report lifecycle: create (a presigned upload), poll, read, page, correct, export, delete. */
export function reportsRoute(deps: AppDeps) {
  const { store, settings } = deps;
  const cache = new ReportCache();
  const statuses = new StatusCache(
    (id) => store.getStatus(id),
    STATUS_TTL_MS,
    () => deps.now().getTime(),
  );
  /** Reports being read from storage, so a burst of requests after a change reads each once. */
  const loading = new Map<string, Promise<CachedReport>>();
  // Pages as UTF-8 bytes (and gzipped once asked): a cached string would be encoded on every request.
  const pages = new Map<string, EncodedBody>();
  /** Download links to large reports, reused while the report is unchanged and the link young. */
  const downloads = new Map<string, { version: string; url: string; at: number }>();
  const reportDownload = async (id: string, version: string, body: () => string) => {
    const known = downloads.get(id);
    const now = deps.now().getTime();
    if (known?.version === version && now - known.at < DOWNLOAD_REUSE_MS) return known.url;
    const url = await store.presignDownload(
      keys.download(id, 'report.json'),
      body(),
      `reconnect-${id}.json`,
      'application/json',
      DOWNLOAD_LINK_SECONDS,
    );
    if (downloads.size >= 1000) downloads.clear();
    downloads.set(id, { version, url, at: now });
    return url;
  };
  /**
   * Corrections to one report, one after another: each reads the report the previous one wrote, so
   * two sent at once (two quick clicks, two tabs) both count. Within this process only: on AWS two
   * Lambda instances can still race, and the later write wins.
   */
  const corrections = new Map<string, Promise<unknown>>();
  const oneAtATime = async <T>(id: string, work: () => Promise<T>): Promise<T> => {
    const previous = corrections.get(id) ?? Promise.resolve();
    const mine = previous.catch(() => undefined).then(work);
    corrections.set(id, mine);
    try {
      return await mine;
    } finally {
      if (corrections.get(id) === mine) corrections.delete(id);
    }
  };
  const forget = (id: string) => {
    statuses.forget(id);
    cache.delete(id);
    downloads.delete(id);
    for (const key of pages.keys()) if (key.startsWith(`${id}\u0000`)) pages.delete(key);
  };

  /** The status of a live report; unknown, malformed and expired ids all answer the same 404. */
  async function liveStatus(c: Context): Promise<{ id: string; status: ReportStatus }> {
    const id = c.req.param('id') ?? '';
    if (!isReportId(id)) throw notFound();
    const stored = await statuses.get(id);
    if (!stored) throw notFound();
    const status = settledStatus(stored, deps.now().getTime(), settings.uploadUrlSeconds);
    if (Date.parse(status.expiresAt) <= deps.now().getTime()) {
      await store.deleteReport(id);
      forget(id);
      throw notFound();
    }
    return { id, status };
  }

  async function readyStatus(c: Context): Promise<{ id: string; status: ReportStatus }> {
    const { id, status } = await liveStatus(c);
    if (status.status !== 'ready') {
      throw new ApiError(409, 'not-ready', `The report is ${status.status}; it has no people yet.`);
    }
    return { id, status };
  }

  /** The stored report itself, for what changes or exports it. */
  async function readyReport(c: Context): Promise<{ id: string; report: Report; status: ReportStatus }> {
    const { id, status } = await readyStatus(c);
    const report = await store.getReport(id);
    if (!report) throw notFound();
    return { id, report, status };
  }

  /** Puts one version of a report into the cache once, however many requests ask for it meanwhile. */
  function keep(id: string, version: string, source: () => Promise<Report | null>): Promise<CachedReport> {
    const key = `${id}\u0000${version}`;
    let load = loading.get(key);
    if (!load) {
      load = source()
        .then((report) => {
          if (!report) throw notFound();
          return cache.set(id, version, report);
        })
        .finally(() => loading.delete(key));
      loading.set(key, load);
    }
    return load;
  }

  /** The report as kept for reading pages, from the cache while its status is unchanged. */
  async function readable(c: Context): Promise<{ id: string; cached: CachedReport; status: ReportStatus }> {
    const { id, status } = await readyStatus(c);
    const cached =
      cache.get(id, status.updatedAt) ?? (await keep(id, status.updatedAt, () => store.getReport(id)));
    return { id, cached, status };
  }

  return new Hono()
    .post('/', async (c) => {
      const id = newReportId();
      const now = deps.now();
      const expiresAt = new Date(now.getTime() + settings.reportTtlDays * 86_400_000).toISOString();
      await store.putStatus(id, {
        status: 'pending',
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        expiresAt,
      });
      const upload = await store.presignUpload(id, settings.maxUploadBytes, settings.uploadUrlSeconds);
      deps.log({ event: 'report-created', id });
      return c.json({ id, upload, expiresAt }, 201);
    })
    .get('/:id', async (c) => {
      const { status } = await liveStatus(c);
      if (status.status === 'failed') return c.json({ status: 'failed', error: status.error }, 422);
      if (status.status !== 'ready') return c.json({ status: status.status }, 202);
      const { id, cached, status: current } = await readable(c);
      // ?omit=people: everything but the (possibly 30,000) people, who come in pages from /people.
      if (c.req.query('omit') === 'people') return sendJson(c, cached.overview);
      // Lambda answers at most 6 MB: a larger report is fetched straight from storage, by a short-lived link.
      if (cached.bodyBytes > DIRECT_ANSWER_BYTES) {
        // The body is only put together when a new link needs it: a reused link skips 40 MB of joining.
        return c.redirect(await reportDownload(id, current.updatedAt, cached.body), 303);
      }
      return c.body(cached.body(), 200, { 'Content-Type': 'application/json' });
    })
    .get('/:id/people', async (c) => {
      const query = PeopleQuery.parse(c.req.query());
      const { id, cached, status } = await readable(c);
      // Pages repeat (the list view asks for the same first page often): keep their bodies a while.
      const key = `${id}\u0000${status.updatedAt}\u0000${JSON.stringify(query)}`;
      let body = pages.get(key);
      if (body === undefined) {
        const matching = cached.people.filter(matches(query));
        const start = Number(query.cursor ?? 0);
        const page = matching.slice(start, start + query.limit).map((p) => p.json);
        const next = start + query.limit < matching.length ? String(start + query.limit) : null;
        body = encodedBody(
          `{"total":${matching.length},"people":[${page.join(',')}],"nextCursor":${JSON.stringify(next)}}`,
        );
        if (pages.size >= PAGES_KEPT) pages.delete(pages.keys().next().value ?? '');
        pages.set(key, body);
      }
      return sendJson(c, body);
    })
    .post('/:id/corrections', async (c) => {
      const { id } = await readyStatus(c);
      const json = await c.req.json().catch(() => {
        throw new ApiError(400, 'bad-request', 'The body is not JSON.');
      });
      const asked = CorrectionsBody.parse(json);
      const corrected = await oneAtATime(id, async () => {
        // Read in turn: a correction sent just before this one may have changed the report.
        const { report, status } = await readyReport(c);
        const next = applyCorrections(report, asked);
        await store.putReport(id, next);
        // A new updatedAt retires every instance's cached copy of the report.
        const version = deps.now().toISOString();
        await store.putStatus(id, { ...status, updatedAt: version });
        forget(id);
        // Deleted while we worked: make sure nothing of it stays.
        if (await store.isDeleted(id)) {
          await store.deleteReport(id);
          throw notFound();
        }
        // The page reads the list again next: from this copy, not by reading back what was just written;
        // kept after this answer has gone out (the page asks for the list only once it has it).
        keep(id, version, () => new Promise((done) => setTimeout(() => done(next), 0))).catch(() => {});
        return next;
      });
      // ?omit=people, as the page asks: the list is read again in pages, and a full report can be large.
      const body = c.req.query('omit') === 'people' ? { ...corrected, people: [] } : corrected;
      return c.json({ status: 'ready', report: body });
    })
    .get('/:id/export.csv', async (c) => {
      const { id, report } = await readyReport(c);
      const csv = peopleCsv(report);
      const fileName = `reconnect-${id}.csv`;
      const type = 'text/csv; charset=utf-8';
      // Lambda answers at most 6 MB: a larger file is fetched straight from storage, by a short-lived link.
      if (Buffer.byteLength(csv) > DIRECT_ANSWER_BYTES) {
        return c.redirect(
          await store.presignDownload(keys.download(id, 'export.csv'), csv, fileName, type),
          303,
        );
      }
      c.header('Content-Disposition', `attachment; filename="${fileName}"`);
      return c.body(csv, 200, { 'Content-Type': type });
    })
    .get('/:id/reminders.ics', async (c) => {
      const { id, report } = await readyReport(c);
      c.header('Content-Disposition', `attachment; filename="reconnect-${id}.ics"`);
      return c.body(remindersIcs(report), 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
    })
    .delete('/:id', async (c) => {
      const { id } = await liveStatus(c);
      await store.deleteReport(id);
      forget(id);
      deps.log({ event: 'report-deleted', id });
      return c.body(null, 204);
    });
}

function matches(query: z.infer<typeof PeopleQuery>) {
  const q = query.q?.toLowerCase();
  const company = query.company?.toLowerCase();
  return (p: CachedPerson) =>
    (!query.category || p.category === query.category) &&
    (query.minConfidence === undefined || p.confidence >= query.minConfidence) &&
    // Part of a name, as for their own company: "Lumen" finds those who shared "Lumen Health" too.
    (!company || p.company.includes(company) || p.employers.some((e) => e.includes(company))) &&
    (!q || p.name.includes(q) || p.company.includes(q) || p.position.includes(q));
}
