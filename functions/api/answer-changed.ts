import type { Context } from 'hono';
import { type Answer, answer, encodedBody } from './answer.ts';
import type { Changed, ReportService } from './report-service.ts';

/**
 * The answer to a change of a stored report (corrections, marks, employers): the report as stored,
 * `?omit=people` without the people (the page reads them again in pages; a full report can be
 * large), else the whole report, gzipped or, past what one answer carries, as a download link.
 */
export async function answerChanged(
  c: Context,
  reports: ReportService,
  id: string,
  { report, version }: Changed,
  omit: 'people' | undefined,
): Promise<Answer> {
  if (omit === 'people')
    return c.json({ status: 'ready' as const, report: { ...report, people: [] } }, 200) as unknown as Answer;
  const text = JSON.stringify({ status: 'ready', report });
  return answer(c, encodedBody(text), {
    tooLarge: async () =>
      c.redirect(await reports.downloadLink(id, 'report.json', version, 'application/json', () => text), 303),
  });
}
