import type { ReportStatus } from '../storage/report-store.ts';

/**
 * An ingest that failed on every retry leaves its report `processing` for good (on AWS the event then
 * waits in the dead-letter queue), and an upload link nobody used leaves it `pending`. Past these
 * limits the API says so as a failure, rather than let a page or a script poll forever.
 */
export const STALLED_PROCESSING_MS = 15 * 60_000;
/** After the upload link expires, a slow upload that started in time may still be arriving. */
const LATE_UPLOAD_MS = 15 * 60_000;

export function settledStatus(status: ReportStatus, now: number, uploadUrlSeconds: number): ReportStatus {
  const age = now - Date.parse(status.updatedAt);
  if (status.status === 'processing' && age > STALLED_PROCESSING_MS) {
    return failed(
      status,
      'processing-stalled',
      'Processing this export stopped without finishing. Please upload it again; if it stops again, try Connections.csv on its own.',
    );
  }
  if (status.status === 'pending' && age > uploadUrlSeconds * 1000 + LATE_UPLOAD_MS) {
    return failed(status, 'no-upload', 'No file arrived before the upload link expired. Please start again.');
  }
  return status;
}

function failed(status: ReportStatus, code: string, message: string): ReportStatus {
  return { ...status, status: 'failed', error: { code, message } };
}
