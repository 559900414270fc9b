import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { answerChanged } from '../answer-changed.ts';
import { requireJson } from '../require-json.ts';
import { EmployersBody, ReportIdParams, ReportQuery } from '../schemas/requests.ts';
import { CHANGE_CONFLICT, errors, json, ReadyBody, seeOther } from '../schemas/responses.ts';
import type { RouteContext } from './route-context.ts';

export const putEmployersRoute = createRoute({
  method: 'put',
  path: '/api/reports/{id}/employers',
  summary: 'Your employers, given anew: the connections analysed again with them; answers the report, stored',
  description:
    'For a report made without Positions.csv, or with employers to put right. Replaces the employers; corrections and keep-in-touch marks are kept. Requires Content-Type: application/json.',
  middleware: [requireJson] as const,
  request: {
    params: ReportIdParams,
    query: ReportQuery,
    body: { required: true, content: json(EmployersBody) },
  },
  responses: {
    200: {
      description: 'The report analysed again (people left out with ?omit=people)',
      content: json(ReadyBody),
    },
    303: seeOther('The report'),
    ...errors([400, 404, 409, 410, 413, 415], {
      422: 'Employers the engine cannot use (bad-option)',
      503: CHANGE_CONFLICT,
    }),
  },
});

export function putEmployers({ reports }: RouteContext): RouteHandler<typeof putEmployersRoute> {
  return async (c) => {
    const { id } = c.req.valid('param');
    const changed = await reports.setEmployers(id, c.req.valid('json').employers);
    return answerChanged(c, reports, id, changed, c.req.valid('query').omit);
  };
}
