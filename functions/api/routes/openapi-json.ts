import { createRoute, type OpenAPIHono, type RouteHandler, z } from '@hono/zod-openapi';
import { openApiDocument } from '../openapi.ts';
import { errors, json } from '../schemas/responses.ts';

export const openApiJsonRoute = createRoute({
  method: 'get',
  path: '/api/openapi.json',
  summary: 'This document',
  responses: {
    200: { description: 'OpenAPI 3.1', content: json(z.record(z.string(), z.unknown())) },
    ...errors([]),
  },
});

/** Made once, on first request: by then every route is registered. */
export function openApiJson(app: OpenAPIHono): RouteHandler<typeof openApiJsonRoute> {
  let document: ReturnType<typeof openApiDocument> | undefined;
  return (c) => {
    document ??= openApiDocument(app);
    return c.json(document as unknown as Record<string, unknown>, 200);
  };
}
