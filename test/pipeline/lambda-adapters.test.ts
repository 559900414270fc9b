import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECT_ANSWER_BYTES } from '../../functions/api/answer.ts';
import { createApp } from '../../functions/api/create-app.ts';
import { ingestUpload } from '../../functions/ingest/ingest-upload.ts';
import { startLocalS3 } from '../../functions/local/local-s3.ts';
import { idOfUploadKey, keys, newReportId } from '../../functions/storage/report-id.ts';
import { ReportStore, s3ClientFromEnvironment } from '../../functions/storage/report-store.ts';
import { DEFAULT_SETTINGS } from '../../functions/storage/settings.ts';
import { fixtureZip } from '../support/fixtures.ts';
import { startTestServer } from '../support/local-server.ts';
import { createPendingReport } from '../support/pending-report.ts';
import { generateExport } from '../support/synthetic-export.ts';

/** The two Lambda entry points, each once with a literal event, and the ingest's guarantees. */
let t: Awaited<ReturnType<typeof startTestServer>>;
let store: ReportStore;
beforeAll(async () => {
  t = await startTestServer();
  store = new ReportStore(s3ClientFromEnvironment(), process.env.BUCKET_NAME ?? '');
});
afterAll(async () => {
  await t.server.close();
});

const pendingReport = () => createPendingReport(store);

describe('the API Lambda handler', () => {
  it('answers an API Gateway v2 HTTP event', async () => {
    const { handler } = await import('../../functions/api/lambda.ts');
    const response = (await handler({
      version: '2.0',
      routeKey: '$default',
      rawPath: '/api/health',
      rawQueryString: '',
      headers: { host: 'abc.execute-api.eu-west-1.amazonaws.com', accept: 'application/json' },
      requestContext: {
        accountId: '123456789012',
        apiId: 'abc',
        domainName: 'abc.execute-api.eu-west-1.amazonaws.com',
        domainPrefix: 'abc',
        http: {
          method: 'GET',
          path: '/api/health',
          protocol: 'HTTP/1.1',
          sourceIp: '192.0.2.1',
          userAgent: 'test',
        },
        requestId: 'id',
        routeKey: '$default',
        stage: '$default',
        time: '25/Nov/2026:19:00:00 +0000',
        timeEpoch: 1795633200000,
      },
      isBase64Encoded: false,
    } as never)) as { statusCode: number; body: string };
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ status: 'ok' });
  });
});

describe('the ingest Lambda handler', () => {
  it('decodes an S3 event key (+ for space) and turns the upload into a report', async () => {
    const id = await pendingReport();
    const key = `uploads/${id}/My Export.zip`;
    await store.client.send(
      new PutObjectCommand({ Bucket: store.bucket, Key: key, Body: fixtureZip('era-2026').bytes }),
    );
    await t.server.bridge.idle();
    const { handler } = await import('../../functions/ingest/handler.ts');
    await handler({
      Records: [
        {
          eventName: 'ObjectCreated:Put',
          s3: { bucket: { name: store.bucket }, object: { key: `uploads/${id}/My+Export.zip`, size: 1 } },
        },
      ],
    });
    expect((await store.getStatus(id))?.status).toBe('ready');
    expect((await store.getReport(id))?.people).toHaveLength(10);
    expect(await store.uploadSize(key)).toBeNull();
  });

  it('ignores keys outside uploads/ and events that are not ObjectCreated', async () => {
    const { handler } = await import('../../functions/ingest/handler.ts');
    const before = await store.listUploads();
    await handler({
      Records: [
        {
          eventName: 'ObjectCreated:Put',
          s3: { bucket: { name: store.bucket }, object: { key: 'reports/x/report.json' } },
        },
      ],
    });
    await handler({
      Records: [
        {
          eventName: 'ObjectRemoved:Delete',
          s3: { bucket: { name: store.bucket }, object: { key: 'uploads/x/y' } },
        },
      ],
    });
    expect(await store.listUploads()).toEqual(before);
  });
});

describe('ingest guarantees', () => {
  // A bucket of its own with no event bridge, so nothing but the test calls the ingest.
  let quiet: ReportStore;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const s3 = await startLocalS3({
      directory: mkdtempSync(join(tmpdir(), 'reconnect-ingest-')),
      bucket: 'quiet',
    });
    quiet = new ReportStore(s3ClientFromEnvironment(s3.endpoint), 'quiet');
    close = s3.close;
  });
  afterAll(() => close());

  const deps = (maxUploadBytes = 50 * 1024 * 1024) => ({
    store: quiet,
    maxUploadBytes,
    now: () => new Date(),
    log: () => {},
  });
  const pending = () => createPendingReport(quiet);
  const put = (key: string, body: Uint8Array) =>
    quiet.client.send(new PutObjectCommand({ Bucket: 'quiet', Key: key, Body: body }));

  it('is idempotent: a redelivered event for a finished report changes nothing', async () => {
    const id = await pending();
    await put(keys.upload(id), fixtureZip('era-2023').bytes);
    expect(await ingestUpload(keys.upload(id), deps())).toBe('ready');
    const first = await quiet.getReport(id);
    expect(first?.people.length).toBeGreaterThan(0);
    await put(keys.upload(id), fixtureZip('era-2026').bytes);
    expect(await ingestUpload(keys.upload(id), deps())).toBe('already-done');
    expect(await quiet.getReport(id)).toEqual(first);
    expect(await quiet.listUploads()).toEqual([]);
  });

  it('refuses an upload over the limit, checked in code, not trusted to the presigned policy', async () => {
    const id = await pending();
    await put(keys.upload(id), fixtureZip('era-2026').bytes);
    expect(await ingestUpload(keys.upload(id), deps(1000))).toBe('failed');
    const status = await quiet.getStatus(id);
    expect(status?.error?.code).toBe('too-large');
    expect(status?.error?.message).toContain('larger than');
    expect(await quiet.uploadSize(keys.upload(id))).toBeNull();
  });

  it('never brings back a report deleted while it was being processed', async () => {
    // The person deletes the report between the ingest reading the upload and writing the report.
    class DeletedMidway extends ReportStore {
      override async putReport(...[id, report, condition]: Parameters<ReportStore['putReport']>) {
        await this.deleteReport(id);
        return super.putReport(id, report, condition);
      }
    }
    const racing = new DeletedMidway(quiet.client, 'quiet');
    const id = await createPendingReport(racing, { upload: fixtureZip('era-2026').bytes });
    await ingestUpload(keys.upload(id), { ...deps(), store: racing });
    expect(await racing.getStatus(id)).toBeNull();
    expect(await racing.getReport(id)).toBeNull();
    expect(await racing.isDeleted(id)).toBe(true);
  });

  it('never brings back, as failed, a report deleted while a failing ingest ran', async () => {
    // The person deletes the report while the ingest reads an upload it will refuse.
    class DeletedMidway extends ReportStore {
      override async getUpload(...args: Parameters<ReportStore['getUpload']>) {
        const bytes = await super.getUpload(...args);
        await this.deleteReport(idOfUploadKey(args[0]) ?? '');
        return bytes;
      }
    }
    const racing = new DeletedMidway(quiet.client, 'quiet');
    const id = await createPendingReport(racing, { upload: new TextEncoder().encode('not an export') });
    await ingestUpload(keys.upload(id), { ...deps(), store: racing });
    expect(await racing.getStatus(id)).toBeNull();
    expect(await racing.isDeleted(id)).toBe(true);
  });

  it('reads no more of an upload than the limit, whatever its size said before', async () => {
    // Replaced by a larger object between the size check and the read.
    class Swapped extends ReportStore {
      override async uploadSize() {
        return 10;
      }
    }
    const swapped = new Swapped(quiet.client, 'quiet');
    const id = await createPendingReport(swapped, { upload: fixtureZip('era-2026').bytes });
    const read: number[] = [];
    class Counting extends Swapped {
      override async getUpload(...args: Parameters<ReportStore['getUpload']>) {
        const bytes = await super.getUpload(...args);
        read.push(bytes?.length ?? 0);
        return bytes;
      }
    }
    expect(
      await ingestUpload(keys.upload(id), { ...deps(1000), store: new Counting(quiet.client, 'quiet') }),
    ).toBe('failed');
    expect(read).toEqual([1001]);
    expect((await quiet.getStatus(id))?.error?.code).toBe('too-large');
  });

  it('keeps nothing of an upload no report was created for', async () => {
    const stranger = `uploads/${newReportId()}/export`;
    await put(stranger, new Uint8Array([1, 2, 3]));
    expect(await ingestUpload(stranger, deps())).toBe('ignored');
    expect(await quiet.uploadSize(stranger)).toBeNull();
  });
});

describe('restart', () => {
  it('processes uploads that arrived while the server was down', async () => {
    const data = mkdtempSync(join(tmpdir(), 'reconnect-restart-'));
    // The bucket alone, as if the API had handed out a form and then the server stopped.
    const s3 = await startLocalS3({ directory: join(data, 's3'), bucket: 'reconnect-local' });
    const offline = new ReportStore(s3ClientFromEnvironment(s3.endpoint), 'reconnect-local');
    const id = await createPendingReport(offline, {
      status: 'processing',
      upload: fixtureZip('era-2026').bytes,
    });
    await s3.close();

    const restarted = await startTestServer(data);
    try {
      const { status, body } = await restarted.settled(id);
      expect(status).toBe(200);
      expect(body.report.people).toHaveLength(10);
    } finally {
      await restarted.server.close();
    }
  });
});

describe('answers larger than a Lambda response may be', () => {
  it('sends a large CSV export gzipped, or else as a short-lived download link straight from storage', async () => {
    const big = generateExport({ seed: 11, connections: 14_000, messages: 2_000 });
    const zip = zipSync(Object.fromEntries(big.files.map((f) => [f.name, new TextEncoder().encode(f.text)])));
    const { id } = await t.upload('export.zip', zip);
    expect((await t.settled(id)).status).toBe(200);
    const plain = { redirect: 'manual', headers: { 'accept-encoding': 'identity' } } as const;
    const answer = await t.api(`/api/reports/${id}/export.csv`, plain);
    expect(answer.status).toBe(303);
    const link = answer.headers.get('location') ?? '';
    expect(link.startsWith(t.server.s3Endpoint)).toBe(true);
    expect(link).toContain(`reports/${id}/downloads/export-en.csv`);
    const download = await fetch(link);
    const text = await download.text();
    expect(Buffer.byteLength(text)).toBeGreaterThan(DIRECT_ANSWER_BYTES);
    expect(text.replace(/^\ufeff/, '').split('\r\n')[0]).toContain('rank,name,profile_url');
    // Gzipped, the same CSV fits in one answer (7 MB of text, well under 1 MB compressed).
    const zipped = await t.api(`/api/reports/${id}/export.csv`, { redirect: 'manual' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(await zipped.text()).toBe(text);

    // The full report too: the same body as ever, from a link (and the page's ?omit=people stays direct).
    const full = await t.api(`/api/reports/${id}`, plain);
    expect(full.status).toBe(303);
    const reportLink = full.headers.get('location') ?? '';
    expect(reportLink).toContain(`reports/${id}/downloads/report.json`);
    const body = await (await fetch(reportLink)).json();
    expect(body.status).toBe('ready');
    expect(body.report.people).toHaveLength(14_000);
    expect((await t.api(`/api/reports/${id}?omit=people`, plain)).status).toBe(200);

    // Deleting the report deletes the downloads too.
    await t.api(`/api/reports/${id}`, { method: 'DELETE' });
    expect((await fetch(link)).status).toBe(404);
    expect((await fetch(reportLink)).status).toBe(404);
  }, 60_000);
});

describe('corrections', () => {
  it('leave the corrected report in the API’s memory: the list read next is not read back from storage', async () => {
    class CountingStore extends ReportStore {
      reads = 0;
      override async getReport(id: string) {
        this.reads++;
        return super.getReport(id);
      }
    }
    const counting = new CountingStore(store.client, store.bucket);
    const id = await createPendingReport(counting, { upload: fixtureZip('era-2026').bytes });
    await ingestUpload(keys.upload(id), {
      store: counting,
      maxUploadBytes: 50 * 1024 * 1024,
      now: () => new Date(),
      log: () => {},
    });
    const api = createApp({
      store: counting,
      settings: DEFAULT_SETTINGS,
      now: () => new Date(),
      log: () => {},
    });
    const before = await (await api.request(`/api/reports/${id}/people?limit=50`)).json();
    const someone = before.people.findLast(
      (p: { profileUrl: string | null; category: string }) =>
        p.profileUrl && p.category !== 'former-colleague',
    ).profileUrl;
    const corrected = await api.request(`/api/reports/${id}/corrections?omit=people`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ colleague: [someone] }),
    });
    expect(corrected.status).toBe(200);
    const reads = counting.reads;
    const after = await (await api.request(`/api/reports/${id}/people?limit=50`)).json();
    expect(counting.reads).toBe(reads);
    const marked = after.people.find((p: { profileUrl: string }) => p.profileUrl === someone);
    expect(marked.category).toBe('former-colleague');
  });
});
