import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { ReportIdParams } from '../schemas/requests.ts';
import { errors } from '../schemas/responses.ts';
import type { RouteContext } from './route-context.ts';

export const deleteReportRoute = createRoute({
  method: 'delete',
  path: '/api/reports/{id}',
  summary: 'Delete the report and everything under its id (status, report, downloads, any upload)',
  request: { params: ReportIdParams },
  responses: { 204: { description: 'Deleted' }, ...errors([404]) },
});

export function deleteReport({ deps, reports }: RouteContext): RouteHandler<typeof deleteReportRoute> {
  return async (c) => {
    const { id } = c.req.valid('param');
    await reports.status(id);
    await reports.delete(id);
    deps.log({ event: 'report-deleted', id });
    return c.body(null, 204);
  };
}
