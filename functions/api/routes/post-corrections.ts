import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { answer, encodedBody } from '../answer.ts';
import { requireJson } from '../require-json.ts';
import { CorrectionsBody, MAX_MARKED, MAX_MERGES, ReportIdParams, ReportQuery } from '../schemas/requests.ts';
import { errors, json, ReadyBody, seeOther } from '../schemas/responses.ts';
import type { RouteContext } from './route-context.ts';

export const postCorrectionsRoute = createRoute({
  method: 'post',
  path: '/api/reports/{id}/corrections',
  summary: 'Mark people colleague or not, merge company names; answers the re-ranked report, stored',
  description:
    'Corrections add to the ones made before; the latest word about a person wins. Requires Content-Type: application/json.',
  middleware: [requireJson] as const,
  request: {
    params: ReportIdParams,
    query: ReportQuery,
    body: { required: true, content: json(CorrectionsBody) },
  },
  responses: {
    200: {
      description: 'The re-ranked report (people left out with ?omit=people)',
      content: json(ReadyBody),
    },
    303: seeOther('The re-ranked report'),
    ...errors([400, 404, 409, 410, 413, 415], {
      422: `Someone who is no one in the report (bad-option), or more corrections than a report keeps (too-many-corrections): at most ${MAX_MERGES} merged company pairs and ${MAX_MARKED} people marked, in all`,
    }),
  },
});

export function postCorrections({ reports }: RouteContext): RouteHandler<typeof postCorrectionsRoute> {
  return async (c) => {
    const { id } = c.req.valid('param');
    const { omit } = c.req.valid('query');
    const { report, version } = await reports.correct(id, c.req.valid('json'));
    // ?omit=people, as the page asks: the list is read again in pages, and a full report can be large.
    if (omit === 'people')
      return c.json({ status: 'ready' as const, report: { ...report, people: [] } }, 200);
    const text = JSON.stringify({ status: 'ready', report });
    return answer(c, encodedBody(text), {
      tooLarge: async () =>
        c.redirect(
          await reports.downloadLink(id, 'report.json', version, 'application/json', () => text),
          303,
        ),
    });
  };
}
