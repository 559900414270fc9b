import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { errors, json } from '../schemas/responses.ts';

export const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Liveness',
  responses: {
    200: { description: 'The API answers', content: json(z.object({ status: z.literal('ok') })) },
    ...errors([]),
  },
});

export const health = (): RouteHandler<typeof healthRoute> => (c) => c.json({ status: 'ok' as const }, 200);
