import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { analyzeRoute } from './analyze-route.ts';
import { ApiError, onError } from './api-error.ts';
import type { AppDeps } from './app-deps.ts';
import { openApiDocument } from './openapi.ts';
import { reportsRoute } from './reports-route.ts';

/** Bodies other than /api/analyze are small JSON: corrections at most. */
const JSON_BODY_LIMIT = 256 * 1024;

/** The HTTP API, the same on Lambda and on the local server. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  const uploads = deps.uploadOrigin ? [deps.uploadOrigin] : [];
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...uploads],
        formAction: ["'self'", ...uploads],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
    }),
  );
  if (deps.allowedOrigin) app.use('/api/*', cors({ origin: deps.allowedOrigin, maxAge: 600 }));
  // Reports are personal data: no browser or proxy keeps a copy. (Set on the response's headers, as
  // secureHeaders does: `c.header` after the body is written would rebuild the response as a stream.)
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use('/api/*', async (c, next) => {
    if (c.req.path === '/api/analyze') return next();
    return bodyLimit({
      maxSize: JSON_BODY_LIMIT,
      onError: () => {
        throw new ApiError(413, 'too-large', 'The request body is too large.');
      },
    })(c, next);
  });

  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument));
  app.route('/api/reports', reportsRoute(deps));
  app.route('/api/analyze', analyzeRoute(deps));
  app.all('/api/*', () => {
    throw new ApiError(404, 'not-found', 'There is no such API route. See /api/openapi.json.');
  });
  app.onError(onError(deps.log));
  return app;
}
