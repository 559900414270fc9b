import { describe, expect, it } from 'vitest';
import { encodedBody } from '../../functions/api/answer.ts';
import type { ApiError } from '../../functions/api/api-error.ts';
import { boundedCorrections } from '../../functions/api/correction-limits.ts';
import { ReportService } from '../../functions/api/report-service.ts';
import { MAX_MERGES } from '../../functions/api/schemas/requests.ts';
import { analyze, type Report } from '../../functions/core/index.ts';
import { type ReportStatus, WriteConflict } from '../../functions/storage/report-store.ts';
import { fixtureFiles } from '../support/fixtures.ts';
import { MemoryStore } from '../support/memory-store.ts';

/** The report service on its own: caches, eviction, the corrections queue, old versions. No HTTP. */
const report = analyze(fixtureFiles('era-2026'), { asOf: '2026-11-01' });
const ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const OTHER = 'BBBBBBBBBBBBBBBBBBBBBB';

function setup(options: { pagesKept?: number; statusTtlMs?: number } = {}, store = new MemoryStore()) {
  let now = Date.parse('2026-11-01T10:00:00Z');
  const service = new ReportService(store, {
    now: () => now,
    uploadUrlSeconds: 900,
    statusTtlMs: options.statusTtlMs ?? 2000,
    pagesKept: options.pagesKept,
    writeBackoffMs: 1,
  });
  return { store, service, tick: (ms: number) => (now += ms) };
}

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: ApiError) => `${error.status} ${error.code}`,
  );

describe('reading reports', () => {
  it('reads a report once for a burst of requests, and again only once its status changes', async () => {
    const { store, service, tick } = setup();
    await store.ready(ID, report);
    const all = await Promise.all(Array.from({ length: 20 }, () => service.cached(ID)));
    expect(store.reads.report).toBe(1);
    expect(new Set(all.map((a) => a.cached)).size).toBe(1);
    expect(all[0]?.cached.people).toHaveLength(report.people.length);
    // The status is re-read after its TTL; a new updatedAt means a new version of the report.
    const status = await store.getStatus(ID);
    await store.putStatus(ID, {
      ...(status as NonNullable<typeof status>),
      updatedAt: '2026-11-01T11:00:00.000Z',
    });
    await service.cached(ID);
    expect(store.reads.report).toBe(1);
    tick(4001);
    await service.cached(ID);
    expect(store.reads.report).toBe(2);
  });

  it('answers unknown and malformed ids 404, a report still pending 409, and an expired one 404 (deleting it)', async () => {
    const { store, service, tick } = setup();
    expect(await codeOf(service.status('nope'))).toBe('404 not-found');
    expect(await codeOf(service.status(ID))).toBe('404 not-found');
    await store.ready(OTHER, report, { status: 'pending' });
    expect(await codeOf(service.cached(OTHER))).toBe('409 not-ready');
    const expiring = 'CCCCCCCCCCCCCCCCCCCCCC';
    await store.ready(expiring, report, { expiresAt: '2026-11-02T00:00:00.000Z' });
    expect(await codeOf(service.cached(expiring))).toBe('resolved');
    tick(86_400_000);
    expect(await codeOf(service.cached(expiring))).toBe('404 not-found');
    expect(await store.getReport(expiring)).toBeNull();
  });

  it('answers a report stored by version 1 with 410 old-version, from cache and from storage, and reads it once', async () => {
    const { store, service } = setup();
    await store.ready(ID, { ...report, version: 1, people: [{ reasons: ['a sentence'], draft: 'Hi!' }] });
    expect(await codeOf(service.cached(ID))).toBe('410 old-version');
    expect(await codeOf(service.cached(ID))).toBe('410 old-version');
    expect(await codeOf(service.report(ID))).toBe('410 old-version');
    expect(await codeOf(service.correct(ID, { colleague: [] }))).toBe('410 old-version');
    expect(store.reads.report).toBe(1);
  });
});

describe('page bodies', () => {
  it('are made once per report version and query, the oldest dropped past the cap', async () => {
    const { service } = setup({ pagesKept: 2 });
    let made = 0;
    const make = () => {
      made++;
      return encodedBody(`{"n":${made}}`);
    };
    const a = service.page(ID, 'v1', 'q=a', make);
    expect(service.page(ID, 'v1', 'q=a', make)).toBe(a);
    expect(made).toBe(1);
    service.page(ID, 'v2', 'q=a', make); // another version of the report: another page
    service.page(ID, 'v1', 'q=b', make); // the cap of 2 drops the oldest (v1, q=a)
    expect(made).toBe(3);
    expect(service.sizes.pages).toBe(2);
    service.page(ID, 'v1', 'q=a', make);
    expect(made).toBe(4);
  });

  it('are forgotten, with download links, for one report only', async () => {
    const { service } = setup();
    service.page(ID, 'v1', 'q', () => encodedBody('{}'));
    service.page(OTHER, 'v1', 'q', () => encodedBody('{}'));
    await service.downloadLink(ID, 'report.json', 'v1', 'application/json', () => '{}');
    await service.downloadLink(OTHER, 'report.json', 'v1', 'application/json', () => '{}');
    service.forget(ID);
    expect(service.sizes).toMatchObject({ pages: 1, downloads: 1 });
  });
});

describe('download links', () => {
  it('are reused while the version holds and the link is young, and stored once', async () => {
    const { store, service, tick } = setup();
    let bodies = 0;
    const body = () => `{"n":${++bodies}}`;
    const first = await service.downloadLink(ID, 'report.json', 'v1', 'application/json', body);
    expect(await service.downloadLink(ID, 'report.json', 'v1', 'application/json', body)).toBe(first);
    expect(bodies).toBe(1);
    expect(store.downloads.map((d) => d.key)).toEqual([`reports/${ID}/downloads/report.json`]);
    tick(120_001);
    expect(await service.downloadLink(ID, 'report.json', 'v1', 'application/json', body)).not.toBe(first);
    const third = await service.downloadLink(ID, 'report.json', 'v2', 'application/json', body);
    expect(third).not.toBe(first);
    expect(bodies).toBe(3);
  });
});

describe('corrections', () => {
  it('applies two sent at once one after the other: both count', async () => {
    const { store, service } = setup();
    await store.ready(ID, report);
    const [a, b] = report.people.filter((p) => p.profileUrl).slice(-2);
    await Promise.all([
      service.correct(ID, { colleague: [a?.profileUrl ?? ''] }),
      service.correct(ID, { notColleague: [b?.profileUrl ?? ''] }),
    ]);
    const stored = (await store.getReport(ID)) as Report;
    expect(stored.corrections?.colleague).toEqual([a?.profileUrl]);
    expect(stored.corrections?.notColleague).toEqual([b?.profileUrl]);
  });

  it('keeps the corrected report for the next read, under a new version, without reading it back', async () => {
    const { store, service } = setup();
    await store.ready(ID, report);
    await service.cached(ID);
    const { version } = await service.correct(ID, { merge: [['Acme', 'Acme Labs']] });
    const reads = store.reads.report;
    await new Promise((done) => setTimeout(done, 5));
    const { cached, status } = await service.cached(ID);
    expect(status.updatedAt).toBe(version);
    expect(store.reads.report).toBe(reads);
    expect(cached.people).toHaveLength(report.people.length);
  });
});

describe('changes another instance makes at the same moment (conditional writes)', () => {
  it('makes the change again on the report the other left, when S3 refuses the write as made on a stale read', async () => {
    // Another instance's correction lands between this one's read and its write, once.
    class Raced extends MemoryStore {
      raced = false;
      override async putReport(...args: Parameters<MemoryStore['putReport']>) {
        if (!this.raced && args[2]) {
          this.raced = true;
          const other = (await this.getReport(ID)) as Report;
          await super.putReport(ID, { ...other, corrections: { colleague: [someone] } });
        }
        return super.putReport(...args);
      }
    }
    const someone = report.people.find((p) => p.profileUrl)?.profileUrl ?? '';
    const { store, service } = setup({}, new Raced());
    await store.ready(ID, report);
    await service.correct(ID, { merge: [['Acme', 'Acme Labs']] });
    const stored = (await store.getReport(ID)) as Report;
    expect(stored.corrections?.colleague).toEqual([someone]);
    expect(stored.corrections?.merge).toEqual([['Acme', 'Acme Labs']]);
  });

  it('writes the status on top of another writer’s, later than theirs, and then serves the report from storage', async () => {
    class StatusRaced extends MemoryStore {
      raced = false;
      override async putStatus(...args: Parameters<MemoryStore['putStatus']>) {
        if (!this.raced && args[2]) {
          this.raced = true;
          const other = (await this.getStatus(ID)) as ReportStatus;
          await super.putStatus(ID, { ...other, updatedAt: '2026-11-01T11:00:00.000Z' });
        }
        return super.putStatus(...args);
      }
    }
    const { store, service } = setup({}, new StatusRaced());
    await store.ready(ID, report, { updatedAt: '2026-11-01T09:00:00.000Z' });
    const { version } = await service.correct(ID, { merge: [['Acme', 'Acme Labs']] });
    expect(version).toBe('2026-11-01T11:00:00.001Z');
    expect((await store.getStatus(ID))?.updatedAt).toBe(version);
    // Its own copy is not kept: another writer came between, so storage says what the report is.
    const reads = store.reads.report;
    await new Promise((done) => setTimeout(done, 5));
    await service.cached(ID);
    expect(store.reads.report).toBe(reads + 1);
  });

  it('gives up after a bounded number of tries with 503 busy, to be tried again', async () => {
    class AlwaysRaced extends MemoryStore {
      tries = 0;
      override async putReport(...args: Parameters<MemoryStore['putReport']>) {
        if (!args[2]) return super.putReport(...args);
        this.tries++;
        throw new WriteConflict('reports/x/report.json');
      }
    }
    const store = new AlwaysRaced();
    const { service } = setup({}, store);
    await store.ready(ID, report);
    expect(await codeOf(service.correct(ID, { merge: [['Acme', 'Acme Labs']] }))).toBe('503 busy');
    expect(store.tries).toBe(12);
    expect(((await store.getReport(ID)) as Report).corrections).toBeUndefined();
  });
});

describe('bounded corrections', () => {
  it('stores a merge once, either way round and in any case, and never a name with itself', () => {
    const stored = { merge: [['Acme', 'Acme Labs']] as [string, string][] };
    const asked = {
      merge: [
        ['acme labs', 'ACME'],
        ['Lumen', 'Lumen Health'],
        ['Lumen', 'Lumen Health'],
        ['Cobalt', ' cobalt '],
      ] as [string, string][],
    };
    expect(boundedCorrections(stored, asked).merge).toEqual([['Lumen', 'Lumen Health']]);
  });

  it('refuses more than the caps in all, in plain words', () => {
    const stored = {
      merge: Array.from({ length: MAX_MERGES }, (_, i) => [`A${i}`, `B${i}`] as [string, string]),
    };
    expect(() => boundedCorrections(stored, { merge: [['A0', 'B0']] })).not.toThrow();
    expect(() => boundedCorrections(stored, { merge: [['C', 'D']] })).toThrow(
      /at most 100 merged company pairs; this one would hold 101/,
    );
    const many = Array.from({ length: 1001 }, (_, i) => `p${i.toString(16).padStart(16, '0')}`);
    expect(() =>
      boundedCorrections({ colleague: many.slice(0, 600) }, { notColleague: many.slice(600) }),
    ).toThrow(/at most 1000 people marked/);
  });
});
