import { keys } from './report-id.ts';
import type { ReportStore } from './report-store.ts';

/**
 * How long what is left of a report without a status (a deletion's tombstone, a half-written report)
 * is kept: long enough for any ingest or correction still running for that id to see the tombstone.
 */
export const LEFTOVER_MS = 86_400_000;

export interface SweepResult {
  checked: number;
  deleted: number;
}

/**
 * Deletes every report past its expiry date: status, report, downloads and any upload. The API
 * already refuses an expired report, and the bucket's lifecycle rule deletes objects 30 days after
 * their last write; but a report corrected on its 29th day would otherwise stay stored, unreadable,
 * for 30 more. Run daily on AWS and hourly in local mode, where there is no lifecycle rule at all.
 */
export async function sweepExpired(store: ReportStore, now: Date): Promise<SweepResult> {
  let checked = 0;
  let deleted = 0;
  for (const { id, lastModified } of await store.listReports()) {
    checked++;
    const status = await store.getStatus(id);
    const expiresAt = Date.parse(status?.expiresAt ?? '');
    const expired = Number.isFinite(expiresAt)
      ? expiresAt <= now.getTime()
      : now.getTime() - lastModified >= LEFTOVER_MS;
    if (!expired) continue;
    await store.deletePrefix(keys.uploadPrefix(id));
    await store.deletePrefix(keys.reportPrefix(id));
    deleted++;
  }
  return { checked, deleted };
}
