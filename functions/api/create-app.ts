import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { ApiError, notFound, onError } from './api-error.ts';
import type { AppDeps } from './app-deps.ts';
import { ReportService } from './report-service.ts';
import { analyzeExport, analyzeRoute } from './routes/analyze.ts';
import { createReport, createReportRoute } from './routes/create-report.ts';
import { deleteReport, deleteReportRoute } from './routes/delete-report.ts';
import { exportCsv, exportCsvRoute } from './routes/export-csv.ts';
import { getPeople, getPeopleRoute } from './routes/get-people.ts';
import { getReport, getReportRoute } from './routes/get-report.ts';
import { health, healthRoute } from './routes/health.ts';
import { openApiJson, openApiJsonRoute } from './routes/openapi-json.ts';
import { postCorrections, postCorrectionsRoute } from './routes/post-corrections.ts';
import { postMarks, postMarksRoute } from './routes/post-marks.ts';
import { putEmployers, putEmployersRoute } from './routes/put-employers.ts';
import { reminders, remindersIcsRoute } from './routes/reminders-ics.ts';
import type { RouteContext } from './routes/route-context.ts';

/** Bodies other than /api/analyze are small JSON: corrections, marks or employers at most. */
const JSON_BODY_LIMIT = 256 * 1024;

/** The HTTP API, the same on Lambda and on the local server. */
export function createApp(deps: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono({
    // Requests are validated by the routes' schemas; what fails goes to onError, as every error does.
    // A malformed id is no report: the same 404 as an unknown one.
    defaultHook: (result) => {
      if (result.success) return;
      throw result.target === 'param' ? notFound() : result.error;
    },
  });
  const uploads = deps.uploadOrigin ? [deps.uploadOrigin] : [];
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // The analysis worker (on-device mode) is a script of our own origin, never a blob or data URL.
        workerSrc: ["'self'"],
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

  const reports = new ReportService(deps.store, {
    now: () => deps.now().getTime(),
    uploadUrlSeconds: deps.settings.uploadUrlSeconds,
  });
  const ctx: RouteContext = { deps, reports };
  // One file a route, each with its schemas; the OpenAPI document is made from what is registered here.
  app.openapi(healthRoute, health());
  app.openapi(openApiJsonRoute, openApiJson(app));
  app.openapi(createReportRoute, createReport(ctx));
  app.openapi(getReportRoute, getReport(ctx));
  app.openapi(deleteReportRoute, deleteReport(ctx));
  app.openapi(getPeopleRoute, getPeople(ctx));
  app.openapi(postCorrectionsRoute, postCorrections(ctx));
  app.openapi(postMarksRoute, postMarks(ctx));
  app.openapi(putEmployersRoute, putEmployers(ctx));
  app.openapi(exportCsvRoute, exportCsv(ctx));
  app.openapi(remindersIcsRoute, reminders(ctx));
  app.openapi(analyzeRoute, analyzeExport(ctx));
  app.all('/api/*', () => {
    throw new ApiError(404, 'not-found', 'There is no such API route. See /api/openapi.json.');
  });
  app.onError(onError(deps.log));
  return app;
}
