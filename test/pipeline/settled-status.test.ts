import { describe, expect, it } from 'vitest';
import { STALLED_PROCESSING_MS, settledStatus } from '../../functions/api/settled-status.ts';
import type { ReportStatus } from '../../functions/storage/report-store.ts';

const at = Date.parse('2026-06-01T12:00:00Z');
const status = (state: ReportStatus['status'], minutesAgo: number): ReportStatus => ({
  status: state,
  createdAt: new Date(at - 3_600_000).toISOString(),
  updatedAt: new Date(at - minutesAgo * 60_000).toISOString(),
  expiresAt: new Date(at + 86_400_000).toISOString(),
});

describe('settledStatus', () => {
  it('calls processing that stalled past the limit a failure, and leaves it alone before', () => {
    expect(settledStatus(status('processing', 14), at, 900).status).toBe('processing');
    const stalled = settledStatus(status('processing', STALLED_PROCESSING_MS / 60_000 + 1), at, 900);
    expect(stalled.status).toBe('failed');
    expect(stalled.error?.code).toBe('processing-stalled');
    expect(stalled.error?.message).toMatch(/upload it again/);
  });

  it('calls a report whose upload never came a failure once the link and a grace period are past', () => {
    expect(settledStatus(status('pending', 20), at, 900).status).toBe('pending');
    const abandoned = settledStatus(status('pending', 31), at, 900);
    expect(abandoned.error?.code).toBe('no-upload');
  });

  it('never touches a ready or failed report, however old', () => {
    expect(settledStatus(status('ready', 10_000), at, 900).status).toBe('ready');
    const failed = { ...status('failed', 10_000), error: { code: 'not-an-export', message: 'x' } };
    expect(settledStatus(failed, at, 900)).toEqual(failed);
  });
});
