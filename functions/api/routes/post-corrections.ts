import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { answerChanged } from '../answer-changed.ts';
import { requireJson } from '../require-json.ts';
import { CorrectionsBody, MAX_MARKED, MAX_MERGES, ReportIdParams, ReportQuery } from '../schemas/requests.ts';
import { CHANGE_CONFLICT, errors, json, ReadyBody, seeOther } from '../schemas/responses.ts';
import type { RouteContext } from './route-context.ts';

export const postCorrectionsRoute = createRoute({
  method: 'post',
  path: '/api/reports/{id}/corrections',
  summary:
    'Mark people colleague or not, merge company names, or undo either; answers the re-ranked report, stored',
  description:
    'Corrections add to the ones made before; the latest word about a person wins (clear: the engine’s own judgement again; unmerge: a merge taken back). Requires Content-Type: application/json.',
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
      503: CHANGE_CONFLICT,
    }),
  },
});

export function postCorrections({ reports }: RouteContext): RouteHandler<typeof postCorrectionsRoute> {
  return async (c) => {
    const { id } = c.req.valid('param');
    const changed = await reports.correct(id, c.req.valid('json'));
    return answerChanged(c, reports, id, changed, c.req.valid('query').omit);
  };
}
