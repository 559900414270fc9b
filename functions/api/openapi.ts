import type { OpenAPIHono } from '@hono/zod-openapi';
import { REPORT_VERSION } from '../core/index.ts';

/**
 * The OpenAPI 3.1 document, generated from the routes' own zod schemas (each route file declares its
 * request and responses once; `app.openapi` both validates with them and registers them here).
 */
export function openApiDocument(app: OpenAPIHono) {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Reconnect API',
      version: `2.0.0`,
      description: `Upload a LinkedIn data export, get back your former colleagues ranked, with the reasons and a first message each. Reports (version ${REPORT_VERSION}) hold facts; a page of people carries their words in English or German. Reports expire; uploads are deleted once read. Every error is {error: {code, message}}, the message in plain words.`,
    },
  });
}
