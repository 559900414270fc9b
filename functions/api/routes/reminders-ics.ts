import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { remindersIcs } from '../../core/output/reminders-ics.ts';
import { answer, encodedBody } from '../answer.ts';
import { langOf } from '../lang.ts';
import { LangQuery, ReportIdParams } from '../schemas/requests.ts';
import { errors, seeOther } from '../schemas/responses.ts';
import type { RouteContext } from './route-context.ts';

const ICS = 'text/calendar; charset=utf-8';

export const remindersIcsRoute = createRoute({
  method: 'get',
  path: '/api/reports/{id}/reminders.ics',
  summary: 'Calendar reminders to reconnect with your top former colleagues, a few a week',
  request: { params: ReportIdParams, query: LangQuery },
  responses: {
    200: {
      description: 'iCalendar, the drafts in the language asked for',
      content: { [ICS]: { schema: z.string() } },
    },
    303: seeOther('The calendar'),
    ...errors([400, 404, 409, 410]),
  },
});

export function reminders({ reports }: RouteContext): RouteHandler<typeof remindersIcsRoute> {
  return async (c) => {
    const { id } = c.req.valid('param');
    const { report, status } = await reports.report(id);
    const lang = langOf(c, c.req.valid('query').lang, status);
    const ics = remindersIcs(report, { lang });
    return answer(c, encodedBody(ics, ICS), {
      headers: { 'Content-Disposition': `attachment; filename="reconnect-${id}.ics"` },
      tooLarge: async () =>
        c.redirect(
          await reports.downloadLink(id, `reminders-${lang}.ics`, status.updatedAt, ICS, () => ics),
          303,
        ),
    });
  };
}
