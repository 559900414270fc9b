import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalS3, startLocalS3, useLocalS3 } from '../../functions/local/local-s3.ts';
import { keys, newReportId } from '../../functions/storage/report-id.ts';
import { ReportStore, s3ClientFromEnvironment } from '../../functions/storage/report-store.ts';
import { LEFTOVER_MS, sweepExpired } from '../../functions/storage/sweep-expired.ts';
import { startTestServer } from '../support/local-server.ts';
import { createPendingReport } from '../support/pending-report.ts';

const BUCKET = 'reconnect-sweep';
let s3: LocalS3;
let store: ReportStore;

beforeAll(async () => {
  s3 = await startLocalS3({ directory: mkdtempSync(join(tmpdir(), 'reconnect-sweep-')), bucket: BUCKET });
  useLocalS3(s3.endpoint, BUCKET);
  store = new ReportStore(s3ClientFromEnvironment(s3.endpoint), BUCKET);
});
afterAll(async () => {
  await s3?.close();
});

/** A ready report with everything a report can leave behind: status, report, a download, an upload. */
async function storedReport(expiresAt: string): Promise<string> {
  const id = newReportId();
  const now = new Date().toISOString();
  await store.putStatus(id, { status: 'ready', createdAt: now, updatedAt: now, expiresAt });
  await store.client.send(
    new PutObjectCommand({ Bucket: BUCKET, Key: keys.report(id), Body: '{"people":[]}' }),
  );
  await store.client.send(
    new PutObjectCommand({ Bucket: BUCKET, Key: keys.download(id, 'people.csv'), Body: 'name\n' }),
  );
  await store.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: keys.upload(id), Body: 'x' }));
  return id;
}

const objectsOf = async (id: string) => {
  const listed = await store.listReports();
  const report = listed.some((r) => r.id === id);
  return { report, upload: (await store.uploadSize(keys.upload(id))) !== null };
};

describe('sweeping expired reports', () => {
  it('GIVEN an expired and a live report, WHEN swept, THEN only the expired one is gone, upload and downloads too', async () => {
    const now = new Date();
    const expired = await storedReport(new Date(now.getTime() - 1000).toISOString());
    const live = await storedReport(new Date(now.getTime() + 86_400_000).toISOString());

    const result = await sweepExpired(store, now);

    expect(result.deleted).toBeGreaterThanOrEqual(1);
    expect(await objectsOf(expired)).toEqual({ report: false, upload: false });
    expect(await objectsOf(live)).toEqual({ report: true, upload: true });
    expect((await store.getReport(live))?.people).toEqual([]);
  });

  it('GIVEN a deleted report, THEN its tombstone stays a day (work under way must see it), then goes', async () => {
    const id = await createPendingReport(store);
    await store.deleteReport(id);
    expect(await store.isDeleted(id)).toBe(true);

    await sweepExpired(store, new Date());
    expect(await store.isDeleted(id)).toBe(true);

    await sweepExpired(store, new Date(Date.now() + LEFTOVER_MS + 60_000));
    expect(await store.isDeleted(id)).toBe(false);
    expect((await store.listReports()).some((r) => r.id === id)).toBe(false);
  });

  it('GIVEN a status that cannot be read as a date, THEN the report is kept until it is a day old', async () => {
    const id = newReportId();
    await store.client.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: keys.status(id), Body: '{"status":"ready"}' }),
    );
    await sweepExpired(store, new Date());
    expect((await store.listReports()).some((r) => r.id === id)).toBe(true);
    await sweepExpired(store, new Date(Date.now() + LEFTOVER_MS + 60_000));
    expect((await store.listReports()).some((r) => r.id === id)).toBe(false);
  });
});

describe('local mode', () => {
  it('WHEN the server starts, THEN reports that expired while it was down are deleted', async () => {
    const data = mkdtempSync(join(tmpdir(), 'reconnect-sweep-local-'));
    const first = await startTestServer(data);
    const firstStore = new ReportStore(s3ClientFromEnvironment(first.server.s3Endpoint), 'reconnect-local');
    const expired = newReportId();
    const past = new Date(Date.now() - 1000).toISOString();
    await firstStore.putStatus(expired, {
      status: 'ready',
      createdAt: past,
      updatedAt: past,
      expiresAt: past,
    });
    const live = await createPendingReport(firstStore);
    await first.server.close();

    const second = await startTestServer(data);
    try {
      const ids = (
        await new ReportStore(
          s3ClientFromEnvironment(second.server.s3Endpoint),
          'reconnect-local',
        ).listReports()
      ).map((r) => r.id);
      expect(ids).toContain(live);
      expect(ids).not.toContain(expired);
      expect(second.logs.some((l) => l.includes('"event":"sweep"'))).toBe(true);
    } finally {
      await second.server.close();
    }
  });
});
