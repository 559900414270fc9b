import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { peopleCsv } from '../../core/output/people-csv.ts';
import { answer, encodedBody } from '../answer.ts';
import { langOf } from '../lang.ts';
import { LangQuery, ReportIdParams } from '../schemas/requests.ts';
import { errors, seeOther } from '../schemas/responses.ts';
import type { RouteContext } from './route-context.ts';

const CSV = 'text/csv; charset=utf-8';

export const exportCsvRoute = createRoute({
  method: 'get',
  path: '/api/reports/{id}/export.csv',
  summary: 'The ranked people as CSV, reasons and drafts in the language asked for (formulas neutralised)',
  request: { params: ReportIdParams, query: LangQuery },
  responses: {
    200: { description: 'CSV, UTF-8 with a BOM', content: { [CSV]: { schema: z.string() } } },
    303: seeOther('The CSV'),
    ...errors([400, 404, 409, 410]),
  },
});

export function exportCsv({ reports }: RouteContext): RouteHandler<typeof exportCsvRoute> {
  return async (c) => {
    const { id } = c.req.valid('param');
    const { report, status } = await reports.report(id);
    const lang = langOf(c, c.req.valid('query').lang, status);
    const csv = peopleCsv(report, report.people, lang);
    return answer(c, encodedBody(csv, CSV), {
      headers: { 'Content-Disposition': `attachment; filename="reconnect-${id}.csv"` },
      tooLarge: async () =>
        c.redirect(
          await reports.downloadLink(id, `export-${lang}.csv`, status.updatedAt, CSV, () => csv),
          303,
        ),
    });
  };
}
