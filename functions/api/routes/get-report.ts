import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { acceptsGzip, answer, DIRECT_ANSWER_BYTES, encodedBody } from '../answer.ts';
import { ReportIdParams, ReportQuery } from '../schemas/requests.ts';
import { errors, FailedBody, json, ReadyBody, seeOther, WaitingBody } from '../schemas/responses.ts';
import type { RouteContext } from './route-context.ts';

export const getReportRoute = createRoute({
  method: 'get',
  path: '/api/reports/{id}',
  summary: 'Status, and the report once ready (facts only: words come with a page of people)',
  request: { params: ReportIdParams, query: ReportQuery },
  responses: {
    200: { description: 'Ready', content: json(ReadyBody) },
    202: { description: 'Pending or processing', content: json(WaitingBody) },
    303: seeOther('The full report'),
    422: {
      description:
        'The upload could not be used, or never finished: processing stalled for 15 minutes (processing-stalled), or no file came before the upload link expired (no-upload)',
      content: json(FailedBody),
    },
    ...errors([400, 404, 410]),
  },
});

export function getReport({ reports }: RouteContext): RouteHandler<typeof getReportRoute> {
  return async (c) => {
    const { id } = c.req.valid('param');
    const { omit } = c.req.valid('query');
    const status = await reports.status(id);
    if (status.status === 'failed') {
      const error = status.error ?? { code: 'failed', message: 'The export could not be analysed.' };
      return c.json({ status: 'failed' as const, error }, 422);
    }
    if (status.status !== 'ready') return c.json({ status: status.status }, 202);
    const { cached, status: current } = await reports.cached(id);
    const link = async () =>
      c.redirect(
        await reports.downloadLink(id, 'report.json', current.updatedAt, 'application/json', cached.body),
        303,
      );
    // ?omit=people: everything but the (possibly 30,000) people, who come in pages from /people.
    if (omit === 'people') return answer(c, cached.overview, { tooLarge: link });
    // Far over what one answer carries even gzipped: to the link without putting the body together.
    if (cached.bodyBytes > (acceptsGzip(c) ? 12 : 1) * DIRECT_ANSWER_BYTES) return link();
    return answer(c, encodedBody(cached.body()), { tooLarge: link });
  };
}
