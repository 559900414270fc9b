import { analyze, isInputError, type Report } from '../core/index.ts';
import { inflateRawNative } from '../node/inflate-raw.ts';
import { idOfUploadKey, keys } from '../storage/report-id.ts';
import {
  type ReportStatus,
  type ReportStore,
  type WriteCondition,
  WriteConflict,
} from '../storage/report-store.ts';

export interface IngestDeps {
  store: ReportStore;
  maxUploadBytes: number;
  /** "Now", for the report's as-of date and the status times: the engine itself has no clock. */
  now: () => Date;
  log: (entry: Record<string, string | number>) => void;
}

export type IngestOutcome = 'ignored' | 'already-done' | 'ready' | 'failed';

/**
 * One uploaded export: read it, run the engine, store the report, delete the upload. Bad input ends
 * as status `failed` with the engine's own words; a fault of S3 itself throws, so Lambda retries.
 * Logs carry ids, counts and timings only — never a name from the export.
 */
export async function ingestUpload(key: string, deps: IngestDeps): Promise<IngestOutcome> {
  const id = idOfUploadKey(key);
  if (!id) {
    deps.log({ event: 'ingest-ignored', reason: 'not an upload key' });
    return 'ignored';
  }
  const started = Date.now();
  const status = await deps.store.getStatus(id);
  if (!status || status.status === 'ready' || status.status === 'failed') {
    // Not a report we handed out, one already deleted, or a redelivery: keep nothing of the upload.
    await deps.store.deletePrefix(keys.uploadPrefix(id));
    // A retry of an ingest that could not undo its work after the report was deleted: finish that.
    if (await deps.store.isDeleted(id)) {
      await deps.store.deleteReport(id);
      deps.log({ event: 'ingest-discarded', id });
      return 'already-done';
    }
    if (!status) {
      deps.log({ event: 'ingest-ignored', id, reason: 'no such report' });
      return 'ignored';
    }
    deps.log({ event: 'ingest-redelivered', id });
    return 'already-done';
  }

  // The upload's options (from POST /api/reports) stay while it is processed, as a retry needs them,
  // and go from the status once the upload has been read, as the upload itself goes.
  const { options, ...settled } = status;
  const size = await deps.store.uploadSize(key);
  if (size === null) return 'already-done';
  if (size > deps.maxUploadBytes) {
    const mb = Math.round(deps.maxUploadBytes / 1048576);
    return fail(
      id,
      settled,
      deps,
      'too-large',
      `The upload is larger than ${mb} MB; a LinkedIn export is far smaller.`,
    );
  }
  await deps.store.putStatus(id, { ...status, status: 'processing', updatedAt: deps.now().toISOString() });
  const bytes = await deps.store.getUpload(key);
  if (!bytes) return 'already-done';

  let report: ReturnType<typeof analyze>;
  try {
    report = analyze([{ name: key.slice(key.lastIndexOf('/') + 1), bytes }], {
      ...options,
      asOf: options?.asOf ?? deps.now().toISOString().slice(0, 10),
      inflateRaw: inflateRawNative,
    });
  } catch (error) {
    if (!isInputError(error)) throw error;
    return fail(id, settled, deps, error.code, error.message);
  }
  // False when another delivery of this upload's event finished first (the report may be corrected since).
  const written = await writeFirstReport(id, report, deps);
  if (written)
    await deps.store.putStatus(id, { ...settled, status: 'ready', updatedAt: deps.now().toISOString() });
  await deps.store.deletePrefix(keys.uploadPrefix(id));
  // Deleted while it was processed: the report must not come back.
  if (await deps.store.isDeleted(id)) {
    await deps.store.deleteReport(id);
    deps.log({ event: 'ingest-discarded', id });
    return 'already-done';
  }
  if (!written) {
    deps.log({ event: 'ingest-redelivered', id });
    return 'already-done';
  }
  deps.log({
    event: 'ingest-ready',
    id,
    people: report.people.length,
    bytes: bytes.length,
    ms: Date.now() - started,
  });
  return 'ready';
}

/**
 * The report's first write: only where there is none (If-None-Match: *). S3 may deliver an upload's
 * event twice, and a second ingest finishing after the first must not overwrite a report the person
 * has corrected since. One is there already: if its status is settled, another ingest finished (false:
 * nothing written); if still processing, it is what an earlier try of this ingest left before failing
 * (or a twin's, just as good), replaced only if it is still that one (If-Match).
 */
async function writeFirstReport(id: string, report: Report, deps: IngestDeps): Promise<boolean> {
  let condition: WriteCondition = { ifNoneMatch: '*' };
  for (let attempt = 1; ; attempt++) {
    try {
      await deps.store.putReport(id, report, condition);
      return true;
    } catch (error) {
      if (!(error instanceof WriteConflict) || attempt >= 4) throw error;
    }
    const status = await deps.store.getStatus(id);
    if (!status || status.status === 'ready' || status.status === 'failed') return false;
    const there = await deps.store.getReportVersioned(id);
    condition = there ? { ifMatch: there.etag } : { ifNoneMatch: '*' };
  }
}

async function fail(
  id: string,
  status: ReportStatus,
  deps: IngestDeps,
  code: string,
  message: string,
): Promise<IngestOutcome> {
  await deps.store.putStatus(id, {
    ...status,
    status: 'failed',
    updatedAt: deps.now().toISOString(),
    error: { code, message },
  });
  await deps.store.deletePrefix(keys.uploadPrefix(id));
  deps.log({ event: 'ingest-failed', id, code });
  return 'failed';
}
