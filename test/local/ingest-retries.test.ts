import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBridge } from '../../functions/local/event-bridge.ts';
import { FileAttempts } from '../../functions/local/ingest-attempts.ts';
import { markIngestFailed } from '../../functions/local/ingest-failure.ts';
import { type LocalS3, startLocalS3 } from '../../functions/local/local-s3.ts';
import { keys } from '../../functions/storage/report-id.ts';
import { ReportStore } from '../../functions/storage/report-store.ts';
import { fixtureZip } from '../support/fixtures.ts';
import { startTestServer } from '../support/local-server.ts';
import { createPendingReport } from '../support/pending-report.ts';
import { s3Client } from '../support/s3-requests.ts';

/**
 * An upload whose ingest keeps failing is given up on, as Lambda gives up after its first try and
 * two retries (then the dead-letter queue): its report ends `failed` with a plain reason, its upload
 * deleted, instead of being retried at every start of the server, forever.
 */
const BUCKET = 'retries';
const RETRIES_SPENT = {
  code: 'ingest-failed',
  message:
    'Processing this export failed 3 times, so it was stopped. Please upload it again; if it fails again, try Connections.csv on its own.',
};
let s3: LocalS3;
let store: ReportStore;
let folder: string;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'reconnect-retries-'));
  s3 = await startLocalS3({ directory: join(folder, 's3'), bucket: BUCKET });
  store = new ReportStore(s3Client(s3.endpoint), BUCKET);
});
afterAll(async () => {
  await s3.close();
});

function bridge(
  deliver: () => Promise<void>,
  attemptsFile: string,
  logs: Record<string, string | number>[] = [],
) {
  return new EventBridge(BUCKET, deliver, (entry) => logs.push(entry), [10, 10], {
    attempts: new FileAttempts(attemptsFile),
    giveUp: (key, failure) => markIngestFailed(store, key, failure, new Date()),
  });
}

describe('an ingest that keeps failing', () => {
  it('is tried three times, then its report is failed with the reason and its upload deleted', async () => {
    const id = await createPendingReport(store, { upload: new Uint8Array([1, 2, 3]) });
    let deliveries = 0;
    const logs: Record<string, string | number>[] = [];
    const failing = bridge(
      async () => {
        deliveries++;
        throw new Error('storage unreachable');
      },
      join(folder, 'a.json'),
      logs,
    );
    failing.enqueue(keys.upload(id), 3);
    await failing.idle();
    expect(deliveries).toBe(3);
    const status = await store.getStatus(id);
    expect(status?.status).toBe('failed');
    expect(status?.error).toEqual(RETRIES_SPENT);
    expect(await store.listUploads()).not.toContain(keys.upload(id));
    expect(logs.map((l) => l.event)).toEqual([
      'ingest-error',
      'ingest-error',
      'ingest-error',
      'ingest-abandoned',
    ]);
  });

  it('counts across restarts: an upload that takes the server down each time is not tried a fourth time', async () => {
    const id = await createPendingReport(store, { upload: new Uint8Array([1, 2, 3]) });
    const file = join(folder, 'b.json');
    // Three runs of the server, each dying in the middle of the ingest (the delivery never returns).
    for (let run = 0; run < 3; run++) {
      bridge(() => new Promise(() => {}), file).enqueue(keys.upload(id), 3);
      await sleep(20);
    }
    let deliveries = 0;
    const fourth = bridge(async () => {
      deliveries++;
    }, file);
    fourth.enqueue(keys.upload(id), 3);
    await fourth.idle();
    expect(deliveries).toBe(0);
    expect((await store.getStatus(id))?.error).toEqual(RETRIES_SPENT);
    expect(await store.listUploads()).not.toContain(keys.upload(id));
  });

  it('starts afresh once an attempt succeeds, and leaves a settled report as it is', async () => {
    const id = await createPendingReport(store, { upload: new Uint8Array([1]) });
    const file = join(folder, 'c.json');
    let calls = 0;
    const flaky = bridge(async () => {
      calls++;
      if (calls < 3) throw new Error('once, twice');
    }, file);
    flaky.enqueue(keys.upload(id), 1);
    await flaky.idle();
    expect(calls).toBe(3);
    expect((await store.getStatus(id))?.status).toBe('pending');
    // Its count was cleared: a later event for the same key gets three attempts of its own.
    flaky.enqueue(keys.upload(id), 1);
    await flaky.idle();
    expect(calls).toBe(4);
    const ready = await createPendingReport(store, { status: 'ready', upload: new Uint8Array([1]) });
    await markIngestFailed(store, keys.upload(ready), RETRIES_SPENT, new Date());
    expect((await store.getStatus(ready))?.status).toBe('ready');
    expect(await store.listUploads()).not.toContain(keys.upload(ready));
  });
});

describe('the local server', () => {
  it('gives up at start on an upload already tried three times, without a fourth try', async () => {
    const data = mkdtempSync(join(tmpdir(), 'reconnect-retries-start-'));
    const offline = await startLocalS3({ directory: join(data, 's3'), bucket: 'reconnect-local' });
    const id = await createPendingReport(new ReportStore(s3Client(offline.endpoint), 'reconnect-local'), {
      status: 'processing',
      upload: fixtureZip('era-2026').bytes,
    });
    await offline.close();
    // What three starts that each died while ingesting it leave behind.
    writeFileSync(join(data, 'ingest-attempts.json'), JSON.stringify({ [keys.upload(id)]: 3 }));
    const restarted = await startTestServer(data);
    try {
      const { status, body } = await restarted.settled(id);
      expect(status).toBe(422);
      expect(body).toEqual({ status: 'failed', error: RETRIES_SPENT });
      expect(restarted.logs.some((l) => l.includes('ingest-process-started'))).toBe(false);
    } finally {
      await restarted.server.close();
    }
  });
});
