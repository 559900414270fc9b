import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { newReportId } from '../../storage/report-id.ts';
import { type ReportStatus, type ReportStore, WriteConflict } from '../../storage/report-store.ts';
import { ReportOptions } from '../schemas/requests.ts';
import { CreatedReport, errors, json } from '../schemas/responses.ts';
import type { RouteContext } from './route-context.ts';

export const createReportRoute = createRoute({
  method: 'post',
  path: '/api/reports',
  summary: 'Create a report and get a presigned form to upload the export to',
  description:
    'Optionally with a JSON body of options for the analysis (as of when, your employers when the export has no Positions.csv, company merges and splits, keep-in-touch intervals) and the language of the words. They are kept with the upload and dropped once it has been read.',
  request: {
    body: { required: false, content: json(ReportOptions), description: 'Options for the analysis' },
  },
  responses: {
    201: {
      description:
        'Post the export as multipart form data to upload.url with upload.fields, the file field last',
      content: json(CreatedReport),
    },
    ...errors([400, 413, 415]),
  },
});

export function createReport({ deps }: RouteContext): RouteHandler<typeof createReportRoute> {
  const { store, settings } = deps;
  return async (c) => {
    const { lang, ...options } = c.req.valid('json');
    const now = deps.now();
    const expiresAt = new Date(now.getTime() + settings.reportTtlDays * 86_400_000).toISOString();
    const status: ReportStatus = {
      status: 'pending',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      expiresAt,
      // In the status, which the ingest reads anyway and rewrites without them once the upload is read.
      ...(Object.keys(options).length ? { options } : {}),
      ...(lang ? { lang } : {}),
    };
    const id = await newStatus(store, status);
    const upload = await store.presignUpload(id, settings.maxUploadBytes, settings.uploadUrlSeconds);
    deps.log({ event: 'report-created', id, options: Object.keys(options).length });
    return c.json({ id, upload, expiresAt }, 201);
  };
}

/**
 * A new id's status, written only where nothing is (If-None-Match: *): 128 random bits do not
 * collide, but if they ever did, no one else's report is overwritten; a fresh id is drawn instead.
 */
async function newStatus(store: ReportStore, status: ReportStatus): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const id = newReportId();
    try {
      await store.putStatus(id, status, { ifNoneMatch: '*' });
      return id;
    } catch (error) {
      if (!(error instanceof WriteConflict) || attempt >= 3) throw error;
    }
  }
}
