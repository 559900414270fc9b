import { analyze, isInputError } from '../core/index.ts';
import { inflateRawNative } from '../node/inflate-raw.ts';
import { idOfUploadKey, keys } from '../storage/report-id.ts';
import { type ReportStatus, type ReportStore, WriteConflict } from '../storage/report-store.ts';

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
export async function ingestUpload(key: string, deps: IngestDeps, tries = 3): Promise<IngestOutcome> {
  const id = idOfUploadKey(key);
  if (!id) {
    deps.log({ event: 'ingest-ignored', reason: 'not an upload key' });
    return 'ignored';
  }
  const started = Date.now();
  const read = await deps.store.getStatusVersioned(id);
  if (!read || read.value.status === 'ready' || read.value.status === 'failed') {
    // Not a report we handed out, one already deleted, or a redelivery: keep nothing of the upload.
    await deps.store.deletePrefix(keys.uploadPrefix(id));
    // A retry of an ingest that could not undo its work after the report was deleted: finish that.
    if (await deps.store.isDeleted(id)) {
      await deps.store.deleteReport(id);
      deps.log({ event: 'ingest-discarded', id });
      return 'already-done';
    }
    if (!read) {
      deps.log({ event: 'ingest-ignored', id, reason: 'no such report' });
      return 'ignored';
    }
    deps.log({ event: 'ingest-redelivered', id });
    return 'already-done';
  }

  // The upload's options (from POST /api/reports) stay while it is processed, as a retry needs them,
  // and go from the status once the upload has been read, as the upload itself goes.
  const status = read.value;
  const { options, ...settled } = status;
  const size = await deps.store.uploadSize(key);
  if (size === null) return 'already-done';
  if (size > deps.maxUploadBytes) return tooLarge(id, settled, deps);
  // A report there already, while the status is not ready, is what an earlier try of this ingest
  // left before it failed: it may be replaced, if it is still that one. None: only where none is.
  const left = await deps.store.reportETag(id);
  try {
    // Only over the status read: another delivery of the event may have moved it on meanwhile.
    await deps.store.putStatus(
      id,
      { ...status, status: 'processing', updatedAt: deps.now().toISOString() },
      { ifMatch: read.etag },
    );
  } catch (error) {
    if (!(error instanceof WriteConflict) || tries <= 1) throw error;
    return ingestUpload(key, deps, tries - 1);
  }
  // Read to one byte past the limit: the object may have been replaced since its size was read.
  const bytes = await deps.store.getUpload(key, deps.maxUploadBytes);
  if (!bytes) return 'already-done';
  if (bytes.length > deps.maxUploadBytes) return tooLarge(id, settled, deps);

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
  // Another delivery of this upload's event may have finished first, and the person may have changed
  // the report since: S3 refuses this write then (WriteConflict), and that report stays as it is.
  let written = true;
  try {
    await deps.store.putReport(id, report, left === null ? { ifNoneMatch: '*' } : { ifMatch: left });
  } catch (error) {
    if (!(error instanceof WriteConflict)) throw error;
    written = false;
  }
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

function tooLarge(id: string, status: ReportStatus, deps: IngestDeps): Promise<IngestOutcome> {
  const mb = Math.round(deps.maxUploadBytes / 1048576);
  return fail(
    id,
    status,
    deps,
    'too-large',
    `The upload is larger than ${mb} MB; a LinkedIn export is far smaller.`,
  );
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
  // Deleted while it was processed: a failure must not bring the report back either.
  if (await deps.store.isDeleted(id)) {
    await deps.store.deleteReport(id);
    deps.log({ event: 'ingest-discarded', id });
    return 'already-done';
  }
  deps.log({ event: 'ingest-failed', id, code });
  return 'failed';
}
