import { PutObjectCommand } from '@aws-sdk/client-s3';
import { keys, newReportId } from '../../functions/storage/report-id.ts';
import type { ReportStatus, ReportStore } from '../../functions/storage/report-store.ts';

/**
 * A report as POST /api/reports leaves it (a status, far from expiry), optionally with its upload
 * already in the bucket: the starting point of every ingest test. Returns the id.
 */
export async function createPendingReport(
  store: ReportStore,
  { status = 'pending', upload }: { status?: ReportStatus['status']; upload?: Uint8Array } = {},
): Promise<string> {
  const id = newReportId();
  const now = new Date().toISOString();
  await store.putStatus(id, {
    status,
    createdAt: now,
    updatedAt: now,
    expiresAt: '2999-01-01T00:00:00.000Z',
  });
  if (upload)
    await store.client.send(
      new PutObjectCommand({ Bucket: store.bucket, Key: keys.upload(id), Body: upload }),
    );
  return id;
}
