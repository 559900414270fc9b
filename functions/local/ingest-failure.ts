import { idOfUploadKey, keys } from '../storage/report-id.ts';
import type { ReportStore } from '../storage/report-store.ts';

/** Why the local ingest gave up on an upload: a code, and words for the person who uploaded it. */
export interface IngestFailure {
  code: string;
  message: string;
}

export const ingestFailures = {
  /** Every attempt failed (Lambda's first try and its retries, then the dead-letter queue). */
  retriesSpent: (attempts: number): IngestFailure => ({
    code: 'ingest-failed',
    message: `Processing this export failed ${attempts} times, so it was stopped. Please upload it again; if it fails again, try Connections.csv on its own.`,
  }),
  tooSlow: (ms: number): IngestFailure => ({
    code: 'too-slow',
    message: `Analysing this export took longer than ${describeDuration(ms)}, so it was stopped. Please try again with Connections.csv (and Positions.csv) on their own.`,
  }),
  tooBig: (heapMb: number): IngestFailure => ({
    code: 'too-much-memory',
    message: `Analysing this export needed more than ${heapMb} MB of memory, so it was stopped. Please try again with Connections.csv (and Positions.csv) on their own.`,
  }),
};

function describeDuration(ms: number): string {
  if (ms >= 120_000) return `${Math.round(ms / 60_000)} minutes`;
  if (ms >= 2_000) return `${Math.round(ms / 1000)} seconds`;
  return `${ms} ms`;
}

/**
 * An ingest stopped for good: retrying would only cost the same again (a time or memory bound hit by
 * this very file), so the upload ends `failed` at once.
 */
export class IngestStopped extends Error {
  override name = 'IngestStopped';
  constructor(readonly failure: IngestFailure) {
    super(failure.message);
  }
}

/**
 * Writes the report's status `failed` with the reason, and deletes the upload, as the ingest function
 * does for a file it cannot use (functions/ingest/ingest-upload.ts). A report already settled, or
 * deleted meanwhile, keeps what it has: only the upload goes.
 */
export async function markIngestFailed(
  store: ReportStore,
  key: string,
  failure: IngestFailure,
  now: Date,
): Promise<void> {
  const id = idOfUploadKey(key);
  if (!id) return;
  const status = await store.getStatus(id);
  if (status && (status.status === 'pending' || status.status === 'processing')) {
    await store.putStatus(id, { ...status, status: 'failed', updatedAt: now.toISOString(), error: failure });
    // Deleted while this was written: the status must not come back.
    if (await store.isDeleted(id)) await store.deleteReport(id);
  }
  await store.deletePrefix(keys.uploadPrefix(id));
}
