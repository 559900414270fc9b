import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { applyCorrections } from '../core/corrections.ts';
import type { Category, Person, Report } from '../core/index.ts';
import { peopleCsv } from '../core/output/people-csv.ts';
import { remindersIcs } from '../core/output/reminders-ics.ts';
import { isReportId, keys, newReportId } from '../storage/report-id.ts';
import type { ReportStatus } from '../storage/report-store.ts';
import { ApiError, notFound } from './api-error.ts';
import type { AppDeps } from './app-deps.ts';

const CATEGORIES = ['former-colleague', 'current-colleague', 'alumni', 'other'] as const;

const PeopleQuery = z.object({
  category: z.enum(CATEGORIES).optional(),
  company: z.string().max(200).optional(),
  q: z.string().max(200).optional(),
  minConfidence: z.coerce.number().min(0).max(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z
    .string()
    .regex(/^\d{1,6}$/)
    .optional(),
});

const profileUrl = z
  .string()
  .max(300)
  .regex(/^https:\/\/www\.linkedin\.com\/in\/[^/?#\s]+$/, 'a LinkedIn profile URL');
const CorrectionsBody = z
  .object({
    colleague: z.array(profileUrl).max(1000).optional(),
    notColleague: z.array(profileUrl).max(1000).optional(),
    merge: z
      .array(z.tuple([z.string().min(1).max(200), z.string().min(1).max(200)]))
      .max(100)
      .optional(),
  })
  .strict();

/** The report lifecycle: create (a presigned upload), poll, read, page, correct, export, delete. */
export function reportsRoute(deps: AppDeps) {
  const { store, settings } = deps;

  /** The status of a live report; unknown, malformed and expired ids all answer the same 404. */
  async function liveStatus(c: Context): Promise<{ id: string; status: ReportStatus }> {
    const id = c.req.param('id') ?? '';
    if (!isReportId(id)) throw notFound();
    const status = await store.getStatus(id);
    if (!status) throw notFound();
    if (Date.parse(status.expiresAt) <= deps.now().getTime()) {
      await Promise.all([
        store.deletePrefix(keys.reportPrefix(id)),
        store.deletePrefix(keys.uploadPrefix(id)),
      ]);
      throw notFound();
    }
    return { id, status };
  }

  async function readyReport(c: Context): Promise<{ id: string; report: Report }> {
    const { id, status } = await liveStatus(c);
    if (status.status !== 'ready') {
      throw new ApiError(409, 'not-ready', `The report is ${status.status}; it has no people yet.`);
    }
    const report = await store.getReport(id);
    if (!report) throw notFound();
    return { id, report };
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
      const { id, status } = await liveStatus(c);
      if (status.status === 'failed') return c.json({ status: 'failed', error: status.error }, 422);
      if (status.status !== 'ready') return c.json({ status: status.status }, 202);
      const report = await store.getReport(id);
      if (!report) throw notFound();
      return c.json({ status: 'ready', report });
    })
    .get('/:id/people', async (c) => {
      const query = PeopleQuery.parse(c.req.query());
      const { report } = await readyReport(c);
      const matching = report.people.filter(matches(query));
      const start = Number(query.cursor ?? 0);
      const page = matching.slice(start, start + query.limit);
      const next = start + query.limit < matching.length ? String(start + query.limit) : null;
      return c.json({ total: matching.length, people: page, nextCursor: next });
    })
    .post('/:id/corrections', async (c) => {
      const body = CorrectionsBody.parse(await c.req.json().catch(() => ({ invalid: true })));
      const { id, report } = await readyReport(c);
      const corrected = applyCorrections(report, body);
      await store.putReport(id, corrected);
      return c.json({ status: 'ready', report: corrected });
    })
    .get('/:id/export.csv', async (c) => {
      const { id, report } = await readyReport(c);
      c.header('Content-Disposition', `attachment; filename="reconnect-${id}.csv"`);
      return c.body(peopleCsv(report), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    })
    .get('/:id/reminders.ics', async (c) => {
      const { id, report } = await readyReport(c);
      c.header('Content-Disposition', `attachment; filename="reconnect-${id}.ics"`);
      return c.body(remindersIcs(report), 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
    })
    .delete('/:id', async (c) => {
      const { id } = await liveStatus(c);
      await Promise.all([
        store.deletePrefix(keys.reportPrefix(id)),
        store.deletePrefix(keys.uploadPrefix(id)),
      ]);
      deps.log({ event: 'report-deleted', id });
      return c.body(null, 204);
    });
}

function matches(query: z.infer<typeof PeopleQuery>) {
  const q = query.q?.toLowerCase();
  const company = query.company?.toLowerCase();
  return (p: Person) =>
    (!query.category || p.category === (query.category as Category)) &&
    (query.minConfidence === undefined || p.confidence >= query.minConfidence) &&
    (!company ||
      p.company.toLowerCase().includes(company) ||
      p.sharedEmployers.some((s) => s.company.toLowerCase() === company || s.key === company)) &&
    (!q ||
      p.name.toLowerCase().includes(q) ||
      p.company.toLowerCase().includes(q) ||
      p.position.toLowerCase().includes(q));
}
