import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { InputFile } from '../../core/index.ts';
import { analyzeInProcess } from '../analyze-in-process.ts';
import { answer, encodedBody } from '../answer.ts';
import { ApiError } from '../api-error.ts';
import { ReportSchema } from '../schemas/report-schema.ts';
import { AnalyzeQuery } from '../schemas/requests.ts';
import { errors, json } from '../schemas/responses.ts';
import type { RouteContext } from './route-context.ts';

/**
 * Lambda takes 6 MB of request, and API Gateway sends binary bodies base64-encoded (4/3 larger):
 * 4 MB is what fits. Larger exports go through the upload flow.
 */
export const ANALYZE_MAX_BYTES = 4 * 1024 * 1024;

const binary = { type: 'string', format: 'binary' } as const;

export const analyzeRoute = createRoute({
  method: 'post',
  path: '/api/analyze',
  summary: 'Analyse up to 4 MB at once (a CSV, the ZIP, or several CSVs as multipart); nothing is stored',
  description:
    'For scripts and curl. The report can be larger than one answer may carry: ask for it gzipped (Accept-Encoding: gzip), or use the upload flow (POST /api/reports), which reads it in pages.',
  middleware: [
    bodyLimit({
      maxSize: ANALYZE_MAX_BYTES,
      onError: () => {
        throw new ApiError(
          413,
          'too-large',
          'Send at most 4 MB here; upload larger exports with POST /api/reports.',
        );
      },
    }),
  ] as const,
  request: {
    query: AnalyzeQuery,
    body: {
      content: {
        'text/csv': { schema: { type: 'string' } },
        'application/zip': { schema: binary },
        'multipart/form-data': {
          schema: { type: 'object', properties: { files: { type: 'array', items: binary } } },
        },
      },
    },
  },
  responses: {
    200: { description: 'The report', content: json(ReportSchema) },
    ...errors([], {
      400: 'No file (empty-input), or an asOf that is not a date',
      413: 'Over 4 MB sent (too-large), or a report too large to send in one answer (answer-too-large): use the upload flow',
      422: 'Not a usable export; the message says why',
      503: 'The analysis took longer than allowed (analysis-timeout), or too many run at once (busy): use the upload flow, or try again',
    }),
  },
});

export function analyzeExport({ deps }: RouteContext): RouteHandler<typeof analyzeRoute> {
  const run = deps.analyze ?? analyzeInProcess;
  return async (c) => {
    const files = await filesOf(c.req.raw);
    if (files.length === 0)
      throw new ApiError(
        400,
        'empty-input',
        'Send the export: a CSV file, the ZIP, or several CSVs as multipart form data.',
      );
    const asOf = c.req.valid('query').asOf ?? deps.now().toISOString().slice(0, 10);
    const report = encodedBody(await run(files, { asOf }));
    return answer(c, report, {
      tooLarge: (sent) => {
        const mb = (sent / 1048576).toFixed(1);
        throw new ApiError(
          413,
          'answer-too-large',
          `The report is ${mb} MB, more than one answer may carry. Upload the export with POST /api/reports instead (the report is then read in pages)${c.req.header('Accept-Encoding')?.includes('gzip') ? '' : ', or ask for it gzipped (Accept-Encoding: gzip)'}.`,
        );
      },
    });
  };
}

async function filesOf(request: Request): Promise<InputFile[]> {
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await request.formData();
    const files: InputFile[] = [];
    for (const value of form.values()) {
      if (typeof value !== 'string')
        files.push({ name: value.name || 'upload.csv', bytes: new Uint8Array(await value.arrayBuffer()) });
    }
    return files;
  }
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length === 0) return [];
  return [{ name: type.includes('zip') ? 'export.zip' : 'upload.csv', bytes }];
}
