import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { analyze, type InputFile } from '../core/index.ts';
import { parseIsoDate } from '../core/normalise/dates.ts';
import { inflateRawNative } from '../node/inflate-raw.ts';
import { ApiError } from './api-error.ts';
import type { AppDeps } from './app-deps.ts';

/**
 * Lambda takes 6 MB of request, and API Gateway sends binary bodies base64-encoded (4/3 larger):
 * 4 MB is what fits. Larger exports go through the upload flow.
 */
export const ANALYZE_MAX_BYTES = 4 * 1024 * 1024;

/**
 * `POST /api/analyze`: a CSV, a ZIP, or multipart with several CSVs in; the report out, at once.
 * For scripts and curl; nothing is stored.
 */
export function analyzeRoute(deps: AppDeps) {
  const tooLarge = () => {
    throw new ApiError(
      413,
      'too-large',
      'Send at most 4 MB here; upload larger exports with POST /api/reports.',
    );
  };
  return new Hono().post('/', bodyLimit({ maxSize: ANALYZE_MAX_BYTES, onError: tooLarge }), async (c) => {
    const files = await filesOf(c.req.raw);
    if (files.length === 0)
      throw new ApiError(
        400,
        'empty-input',
        'Send the export: a CSV file, the ZIP, or several CSVs as multipart form data.',
      );
    const asOf = c.req.query('asOf') ?? deps.now().toISOString().slice(0, 10);
    if (parseIsoDate(asOf) === null)
      throw new ApiError(400, 'bad-request', 'asOf must be a date like 2026-03-01.');
    return c.json(analyze(files, { asOf, inflateRaw: inflateRawNative }));
  });
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
