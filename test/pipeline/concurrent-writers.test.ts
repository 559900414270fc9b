import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/create-app.ts';
import type { Person, Report } from '../../functions/core/index.ts';
import { ingestUpload } from '../../functions/ingest/ingest-upload.ts';
import { keys } from '../../functions/storage/report-id.ts';
import {
  ReportStore,
  s3ClientFor,
  s3ClientFromEnvironment,
  WriteConflict,
} from '../../functions/storage/report-store.ts';
import { DEFAULT_SETTINGS } from '../../functions/storage/settings.ts';
import { type MotoS3, motoEnvironment, startMotoS3 } from '../support/moto-s3.ts';
import { createPendingReport } from '../support/pending-report.ts';
import { generateExport } from '../support/synthetic-export.ts';

/**
 * Two API instances (two Lambdas) change the same report at once: each one's in-process queue cannot
 * see the other's, so only S3's conditional writes keep both sets of changes. moto's S3 server
 * enforces If-Match and If-None-Match as S3 does (s3rver ignores them), so these run against it.
 *
 * The same scenario runs twice: with the store as it is, nothing is lost; with a store that sends no
 * conditions (what every write was before, and what s3rver does with them), changes are lost. Reads
 * are slowed a little in both, so the two instances' read-modify-writes overlap every time.
 */
let moto: MotoS3;
let store: ReportStore;
let people: Person[];

beforeAll(async () => {
  moto = await startMotoS3();
  Object.assign(process.env, motoEnvironment(moto), {
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  store = new ReportStore(s3ClientFromEnvironment(moto.endpoint), moto.bucket);
  const synthetic = generateExport({ seed: 21, connections: 300, messages: 300 });
  people = ((await readyReport(synthetic)).people as Person[]).filter((p) => p.profileUrl);
}, 60_000);
afterAll(async () => {
  await moto?.close();
});

let exportZip: Uint8Array;
/** A report as the ingest leaves it, through the real ingest (its first write is If-None-Match: *). */
async function readyReport(synthetic?: ReturnType<typeof generateExport>): Promise<Report & { id: string }> {
  if (synthetic)
    exportZip = zipSync(
      Object.fromEntries(synthetic.files.map((f) => [f.name, new TextEncoder().encode(f.text)])),
    );
  const id = await createPendingReport(store, { upload: exportZip });
  const ingest = new ReportStore(s3ClientFor('ingest', moto.endpoint), moto.bucket);
  const outcome = await ingestUpload(keys.upload(id), {
    store: ingest,
    maxUploadBytes: DEFAULT_SETTINGS.maxUploadBytes,
    now: () => new Date(),
    log: () => {},
  });
  expect(outcome).toBe('ready');
  return { ...((await store.getReport(id)) as Report), id };
}

/** The API's store, its reads of the report slowed, its conflicts counted; `conditional: false` sends no conditions. */
function apiStore(conditional: boolean, counts: { conflicts: number }): ReportStore {
  class RacingStore extends ReportStore {
    override async getReportVersioned(id: string) {
      const read = await super.getReportVersioned(id);
      await new Promise((done) => setTimeout(done, 15 + Math.random() * 15));
      return read;
    }
    override async putReport(...[id, report, condition]: Parameters<ReportStore['putReport']>) {
      try {
        return await super.putReport(id, report, conditional ? condition : undefined);
      } catch (error) {
        if (error instanceof WriteConflict) counts.conflicts++;
        throw error;
      }
    }
    override async putStatus(...[id, status, condition]: Parameters<ReportStore['putStatus']>) {
      return super.putStatus(id, status, conditional ? condition : undefined);
    }
  }
  return new RacingStore(s3ClientFor('api', moto.endpoint), moto.bucket);
}

const lambda = (on: ReportStore) =>
  createApp({ store: on, settings: DEFAULT_SETTINGS, now: () => new Date(), log: () => {} });

const KINDS = ['messaged', 'snoozed', 'not-now'] as const;
const MARKED = 24;
const MERGES = 8;
const COLLEAGUES = 8;

/** Marks, merges and colleague corrections, all sent at once, alternately to the two instances. */
async function race(conditional: boolean) {
  const { id } = await readyReport();
  const counts = { conflicts: 0 };
  const apps = [lambda(apiStore(conditional, counts)), lambda(apiStore(conditional, counts))];
  const post = (i: number, path: string, body: unknown) =>
    (apps[i % 2] as ReturnType<typeof lambda>).request(`/api/reports/${id}/${path}?omit=people`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const marked = people.slice(0, MARKED).map((p, i) => ({
    who: p.profileUrl as string,
    kind: KINDS[i % 3] as (typeof KINDS)[number],
    ...(KINDS[i % 3] === 'snoozed' ? { until: '2099-01-01' } : {}),
  }));
  const merges = Array.from({ length: MERGES }, (_, i): [string, string] => [`Race ${i}`, `Race ${i} Group`]);
  const colleagues = people.slice(MARKED, MARKED + COLLEAGUES).map((p) => p.profileUrl as string);
  const requests = [
    ...marked.map((m, i) => () => post(i, 'marks', { marks: [m] })),
    ...merges.map((pair, i) => () => post(i + 1, 'corrections', { merge: [pair] })),
    ...colleagues.map((who, i) => () => post(i, 'corrections', { colleague: [who] })),
  ];
  const answers = await Promise.all(requests.map((send) => send()));
  const statuses = answers.map((a) => a.status);
  const final = (await store.getReport(id)) as Report;
  const byUrl = new Map(final.people.map((p) => [p.profileUrl, p]));
  const lost = {
    marks: marked.filter((m) => byUrl.get(m.who)?.mark?.kind !== m.kind).length,
    merges: merges.filter(([a, b]) => !final.corrections?.merge?.some(([x, y]) => x === a && y === b)).length,
    colleagues: colleagues.filter((who) => !final.corrections?.colleague?.includes(who)).length,
  };
  return { id, apps, statuses, final, lost, conflicts: counts.conflicts, marked, requests: requests.length };
}

describe('GIVEN two API instances changing the same report at once', () => {
  it('WHEN every change is written with If-Match on the ETag read, THEN none is lost: each person marked is marked, every merge and correction is there', async () => {
    const { id, apps, statuses, final, lost, conflicts, marked, requests } = await race(true);
    expect(statuses).toEqual(Array(requests).fill(200));
    expect(lost).toEqual({ marks: 0, merges: 0, colleagues: 0 });
    expect(final.corrections?.marks).toHaveLength(MARKED);
    expect(final.corrections?.merge).toHaveLength(MERGES);
    expect(final.corrections?.colleague).toHaveLength(COLLEAGUES);
    // The race really happened: S3 refused writes made on a stale read, and they were made again.
    expect(conflicts).toBeGreaterThan(0);
    // The status names the report last written, and both instances (whatever they cached) now serve it.
    const [status, report] = [await store.getStatusVersioned(id), await store.getReportVersioned(id)];
    expect(status?.value.reportETag).toBe(report?.etag);
    for (const app of apps) {
      const page = await (await app.request(`/api/reports/${id}/people?limit=500`)).json();
      const shown = page.people.filter((p: Person) => p.mark).map((p: Person) => p.profileUrl);
      expect(shown.sort()).toEqual(marked.map((m) => m.who).sort());
    }
    // A third instance, started after it all (a cold Lambda, or the server started again), reads it back.
    const cold = lambda(new ReportStore(s3ClientFor('api', moto.endpoint), moto.bucket));
    const { report: read } = await (await cold.request(`/api/reports/${id}`)).json();
    expect(read.corrections.marks).toHaveLength(MARKED);
  }, 120_000);

  it('WHEN the same changes are written without conditions (as before, and as s3rver treats them), THEN some are lost', async () => {
    const { statuses, lost, conflicts } = await race(false);
    // Every request was told it succeeded…
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(conflicts).toBe(0);
    // …yet the later write of each overlapping pair replaced the earlier one.
    expect(lost.marks + lost.merges + lost.colleagues).toBeGreaterThan(0);
  }, 120_000);
});

describe('GIVEN an upload whose event S3 delivers twice', () => {
  /**
   * The second delivery is slower: by the time it writes its report, the first delivery has finished
   * and the person has marked someone. Returns the marks stored at the end.
   */
  async function twinIngest(conditional: boolean) {
    const id = await createPendingReport(store, { upload: exportZip });
    const ingestDeps = (on: ReportStore) => ({
      store: on,
      maxUploadBytes: DEFAULT_SETTINGS.maxUploadBytes,
      now: () => new Date(),
      log: () => {},
    });
    const ingest = new ReportStore(s3ClientFor('ingest', moto.endpoint), moto.bucket);
    const app = lambda(new ReportStore(s3ClientFor('api', moto.endpoint), moto.bucket));
    const who = people[0]?.profileUrl;
    let marked = 0;
    class SlowTwin extends ReportStore {
      override async putReport(...[key, report, condition]: Parameters<ReportStore['putReport']>) {
        expect(await ingestUpload(keys.upload(id), ingestDeps(ingest))).toBe('ready');
        const mark = await app.request(`/api/reports/${id}/marks?omit=people`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ marks: [{ who, kind: 'messaged' }] }),
        });
        marked = mark.status;
        return super.putReport(key, report, conditional ? condition : undefined);
      }
    }
    const outcome = await ingestUpload(
      keys.upload(id),
      ingestDeps(new SlowTwin(ingest.client, ingest.bucket)),
    );
    expect(marked).toBe(200);
    expect((await store.getStatus(id))?.status).toBe('ready');
    expect(await store.listUploads()).not.toContain(keys.upload(id));
    return { outcome, who, marks: ((await store.getReport(id)) as Report).corrections?.marks ?? [] };
  }

  it('WHEN the second ingest writes its report only where none is (If-None-Match: *), THEN it leaves the change alone', async () => {
    const { outcome, who, marks } = await twinIngest(true);
    expect(outcome).toBe('already-done');
    expect(marks.map((m) => m.who)).toEqual([who]);
  }, 60_000);

  it('WHEN it wrote without a condition (as before), THEN the mark was lost', async () => {
    const { outcome, marks } = await twinIngest(false);
    expect(outcome).toBe('ready');
    expect(marks).toEqual([]);
  }, 60_000);
});
