import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/create-app.ts';
import { ingestUpload } from '../../functions/ingest/ingest-upload.ts';
import { keys } from '../../functions/storage/report-id.ts';
import {
  IncompleteDelete,
  ReportStore,
  s3ClientFor,
  s3ClientFromEnvironment,
} from '../../functions/storage/report-store.ts';
import { DEFAULT_SETTINGS } from '../../functions/storage/settings.ts';
import { sweepExpired } from '../../functions/storage/sweep-expired.ts';
import { fixtureZip } from '../support/fixtures.ts';
import { type MotoS3, motoEnvironment, startMotoS3 } from '../support/moto-s3.ts';
import { createPendingReport } from '../support/pending-report.ts';

/**
 * On AWS, a multi-object delete of keys the caller may not delete answers 200 and names each refused
 * key in `Errors`. Until this was handled, the API said 204 to a deletion the ingest then failed to
 * finish, and the report stayed readable until it expired. moto's S3 server answers the same way when
 * a bucket policy refuses the deletion (s3rver cannot refuse anything), so these run against it.
 */
let moto: MotoS3;
/** The test's own view of the bucket: setting the stage and looking at what is left. */
let store: ReportStore;
/** Each function's client, so what each one does is also held to its role (s3-grants-setup.ts). */
let as: { api: ReportStore; ingest: ReportStore; sweep: ReportStore };

beforeAll(async () => {
  moto = await startMotoS3();
  Object.assign(process.env, motoEnvironment(moto), {
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  store = new ReportStore(s3ClientFromEnvironment(moto.endpoint), moto.bucket);
  const of = (principal: 'api' | 'ingest' | 'sweep') =>
    new ReportStore(s3ClientFor(principal, moto.endpoint), moto.bucket);
  as = { api: of('api'), ingest: of('ingest'), sweep: of('sweep') };
}, 60_000);
afterAll(async () => {
  await moto?.close();
});

const ingestDeps = (on: ReportStore) => ({
  store: on,
  maxUploadBytes: DEFAULT_SETTINGS.maxUploadBytes,
  now: () => new Date(),
  log: () => {},
});

/** A ready report: status and report stored, as an ingest leaves them. */
async function readyReport(): Promise<string> {
  const id = await createPendingReport(store, { upload: fixtureZip('era-2026').bytes });
  expect(await ingestUpload(keys.upload(id), ingestDeps(as.ingest))).toBe('ready');
  return id;
}

describe('GIVEN S3 refuses to delete under reports/ (AccessDenied inside a 200 answer)', () => {
  it('WHEN a report is deleted, THEN the deletion fails, naming the refusal, instead of claiming success', async () => {
    const id = await readyReport();
    await moto.refuseDeletes('reports/');
    try {
      const deleting = as.api.deleteReport(id);
      await expect(deleting).rejects.toBeInstanceOf(IncompleteDelete);
      await expect(deleting).rejects.toThrow(/did not delete 2 objects \(AccessDenied\)/);
      // It really is still there: a success here would have been a false promise.
      expect((await store.getStatus(id))?.status).toBe('ready');
    } finally {
      await moto.allowAll();
    }
  });

  it('WHEN the person deletes it through the API, THEN they get a 500, not a 204 for a report still readable', async () => {
    const id = await readyReport();
    const logs: string[] = [];
    const api = createApp({
      store: as.api,
      settings: DEFAULT_SETTINGS,
      now: () => new Date(),
      log: (entry) => logs.push(JSON.stringify(entry)),
    });
    await moto.refuseDeletes('reports/');
    try {
      const answer = await api.request(`/api/reports/${id}`, { method: 'DELETE' });
      expect(answer.status).toBe(500);
      expect((await answer.json()).error.code).toBe('internal');
      expect(logs.join('\n')).toContain('"name":"IncompleteDelete"');
    } finally {
      await moto.allowAll();
    }
    // Asked again once S3 allows it, the deletion completes.
    expect((await api.request(`/api/reports/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await store.getReport(id)).toBeNull();
  });

  it('WHEN the report is deleted while its ingest runs, THEN the ingest fails (Lambda retries it) and the retry finishes the deletion', async () => {
    // The person deletes the report between the ingest reading the upload and writing the report;
    // from then on the ingest, and only it, may not delete under reports/ (as its role could not).
    class DeletedMidway extends ReportStore {
      override async putReport(...[id, report, condition]: Parameters<ReportStore['putReport']>) {
        await as.api.deleteReport(id);
        await moto.refuseDeletes('reports/');
        return super.putReport(id, report, condition);
      }
    }
    const racing = new DeletedMidway(as.ingest.client, as.ingest.bucket);
    const id = await createPendingReport(store, { upload: fixtureZip('era-2026').bytes });
    try {
      await expect(ingestUpload(keys.upload(id), ingestDeps(racing))).rejects.toBeInstanceOf(
        IncompleteDelete,
      );
      // Not quietly "already done": the report it wrote is still there, so the failure must be loud.
      expect(await store.getReport(id)).not.toBeNull();
    } finally {
      await moto.allowAll();
    }
    // Lambda's retry (the event again), now allowed to delete: nothing of the report is left.
    expect(await ingestUpload(keys.upload(id), ingestDeps(as.ingest))).toBe('already-done');
    expect(await store.getReport(id)).toBeNull();
    expect(await store.getStatus(id)).toBeNull();
    expect(await store.isDeleted(id)).toBe(true);
  });

  it('WHEN the daily sweep meets an expired report, THEN it fails rather than count it deleted', async () => {
    const id = await readyReport();
    const past = new Date(Date.now() - 1000).toISOString();
    await store.putStatus(id, { status: 'ready', createdAt: past, updatedAt: past, expiresAt: past });
    await moto.refuseDeletes('reports/');
    try {
      await expect(sweepExpired(as.sweep, new Date())).rejects.toBeInstanceOf(IncompleteDelete);
    } finally {
      await moto.allowAll();
    }
    expect((await sweepExpired(as.sweep, new Date())).deleted).toBeGreaterThanOrEqual(1);
    expect(await store.getStatus(id)).toBeNull();
  });
});
