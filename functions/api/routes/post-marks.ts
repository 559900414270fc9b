import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { answerChanged } from '../answer-changed.ts';
import { requireJson } from '../require-json.ts';
import { MAX_MARKED, MarksBody, ReportIdParams, ReportQuery } from '../schemas/requests.ts';
import { CHANGE_CONFLICT, errors, json, ReadyBody, seeOther } from '../schemas/responses.ts';
import type { RouteContext } from './route-context.ts';

export const postMarksRoute = createRoute({
  method: 'post',
  path: '/api/reports/{id}/marks',
  summary:
    'Keep-in-touch marks (messaged, snoozed, not now), or their undo; answers the re-ranked report, stored',
  description:
    'Marks add to the ones made before, the latest per person kept; the report is re-ranked as of today. Requires Content-Type: application/json.',
  middleware: [requireJson] as const,
  request: {
    params: ReportIdParams,
    query: ReportQuery,
    body: { required: true, content: json(MarksBody) },
  },
  responses: {
    200: {
      description: 'The re-ranked report (people left out with ?omit=people)',
      content: json(ReadyBody),
    },
    303: seeOther('The re-ranked report'),
    ...errors([400, 404, 409, 410, 413, 415], {
      422: `Someone who is no one in the report (bad-option), or more people marked than a report keeps (too-many-corrections): at most ${MAX_MARKED}`,
      503: CHANGE_CONFLICT,
    }),
  },
});

export function postMarks({ reports, deps }: RouteContext): RouteHandler<typeof postMarksRoute> {
  return async (c) => {
    const { id } = c.req.valid('param');
    const today = deps.now().toISOString().slice(0, 10);
    const changed = await reports.mark(id, c.req.valid('json'), today);
    return answerChanged(c, reports, id, changed, c.req.valid('query').omit);
  };
}
