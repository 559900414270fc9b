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
  description:
    'From today: people snoozed or in touch are left out; each reminder falls on or after the day the person is due, on Tuesday to Thursday, never between Christmas Eve and Boxing Day nor on New Year’s Eve or Day.',
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

export function reminders({ reports, deps }: RouteContext): RouteHandler<typeof remindersIcsRoute> {
  return async (c) => {
    const { id } = c.req.valid('param');
    const { report, status } = await reports.report(id);
    const lang = langOf(c, c.req.valid('query').lang, status);
    // From today: who needs a word, and when, moves on with the days, not only with the report.
    const today = deps.now().toISOString().slice(0, 10);
    const ics = remindersIcs(report, { lang, from: today });
    return answer(c, encodedBody(ics, ICS), {
      headers: { 'Content-Disposition': `attachment; filename="reconnect-${id}.ics"` },
      tooLarge: async () =>
        c.redirect(
          await reports.downloadLink(
            id,
            `reminders-${lang}.ics`,
            `${status.updatedAt} ${today}`,
            ICS,
            () => ics,
          ),
          303,
        ),
    });
  };
}
