import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { peoplePage } from '../../functions/api/people-page.ts';
import { ReportCache } from '../../functions/api/report-cache.ts';
import { analyze, inflateWithStreams } from '../../functions/core/index.ts';
import { DeviceReport } from '../../web/src/device/device-report.ts';
import { workerBundleProblems } from '../../web/worker-bundle-check.ts';
import { fixtureFiles, fixtureZip } from '../support/fixtures.ts';

const AS_OF = '2026-11-01';

describe('a report kept on the device', () => {
  it('is the report analyze gives, inflated with the streams a browser has', async () => {
    const zip = fixtureZip('era-2026');
    const device = await DeviceReport.analyse([zip], { asOf: AS_OF, inflate: inflateWithStreams });
    expect(device.file('json', 'en', AS_OF)).toBe(`${JSON.stringify(analyze([zip], { asOf: AS_OF }))}\n`);
  });

  it('gives the same pages of people, with the same words, as the API', async () => {
    const files = fixtureFiles('era-2026');
    const report = analyze(files, { asOf: AS_OF });
    const cached = new ReportCache().set('r', 'v1', report);
    const device = await DeviceReport.analyse(files, { asOf: AS_OF });
    for (const query of [
      { limit: 5 },
      { limit: 3, cursor: '3' },
      { category: 'former-colleague' as const, possible: true, limit: 50 },
      { q: 'chen', limit: 50 },
      { company: 'lumen', status: 'due' as const, limit: 50 },
    ]) {
      for (const lang of ['en', 'de'] as const) {
        const api = JSON.parse(new TextDecoder().decode(peoplePage(cached, query, lang).plain));
        expect(device.people({ ...query, lang }), JSON.stringify(query)).toEqual(api);
      }
    }
  });

  it('keeps marks and corrections, and lays kept ones over a fresh analysis of the same person', async () => {
    const files = fixtureFiles('era-2026');
    const device = await DeviceReport.analyse(files, { asOf: AS_OF });
    const [first] = device.people({ lang: 'en', limit: 1 }).people;
    if (!first) throw new Error('no people');
    const who = first.profileUrl ?? first.id;
    device.mark({ marks: [{ who, kind: 'messaged' }] }, '2026-11-20');
    expect(device.people({ lang: 'en', q: first.name.toLowerCase(), limit: 5 }).people[0]?.status).toBe(
      'in-touch',
    );
    const kept = device.kept();
    expect(kept.marks).toEqual([{ who, kind: 'messaged', on: '2026-11-20' }]);

    // The next analysis (another day, or a newer export) takes back what was kept, for people it has.
    const again = await DeviceReport.analyse(files, { asOf: '2026-11-21' });
    const stranger = {
      who: 'https://www.linkedin.com/in/not-in-this-export',
      kind: 'messaged' as const,
      on: '2026-11-20',
    };
    const restored = again.restore({ ...kept, marks: [...(kept.marks ?? []), stranger] });
    expect(restored.corrections?.marks).toEqual(kept.marks);
    // What was kept about someone not in this export is kept on, not lost at the next change.
    again.correct({ notColleague: [who] });
    expect(again.kept().marks).toEqual([...(kept.marks ?? []), stranger]);
    expect(again.kept().notColleague).toEqual([who]);

    // Clearing takes everything back, here and in what is kept.
    const forgotten = again.forget();
    expect(forgotten.corrections?.marks ?? []).toEqual([]);
    expect(forgotten.corrections?.notColleague ?? []).toEqual([]);
    expect(again.kept()).toEqual({ colleague: [], notColleague: [], merge: [], marks: [] });
    expect(again.people({ lang: 'en', q: first.name.toLowerCase(), limit: 5 }).people[0]?.status).not.toBe(
      'in-touch',
    );
  });

  it('keeps corrections under the owner, never one key for two people', async () => {
    const whole = await DeviceReport.analyse(fixtureFiles('era-2026'), { asOf: AS_OF });
    expect(whole.keptKey()).toMatch(/^(profile|name):/);
    const only = (name: string) => fixtureFiles(name).filter((f) => f.name === 'Connections.csv');
    const a = await DeviceReport.analyse(only('era-2026'), { asOf: AS_OF });
    const b = await DeviceReport.analyse(only('era-2023'), { asOf: AS_OF });
    expect(a.keptKey()).toMatch(/^connections:/);
    expect(a.keptKey()).not.toBe(b.keptKey());
  });
});

describe("the analysis worker's bundle", () => {
  it('holds the core only: the check names the AWS SDK, Hono, Node built-ins and server code', () => {
    expect(
      workerBundleProblems([
        'functions/core/analyze.ts',
        'node_modules/graphology/dist/graphology.mjs',
        'node_modules/@aws-sdk/client-s3/dist-es/index.js',
        'node_modules/hono/dist/index.js',
        'node:zlib',
        'functions/api/answer.ts',
      ]),
    ).toEqual([
      'node_modules/@aws-sdk/client-s3/dist-es/index.js (the AWS SDK)',
      'node_modules/hono/dist/index.js (Hono)',
      'node:zlib (a Node built-in)',
      'functions/api/answer.ts (server code)',
    ]);
  });

  it('as built has nothing the check refuses', async () => {
    const { metafile } = await build({
      entryPoints: [join(import.meta.dirname, '..', '..', 'web', 'src', 'device', 'analysis-worker.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((i) => i.includes('functions/core/analyze.ts'))).toBe(true);
    expect(workerBundleProblems(inputs)).toEqual([]);
  });
});
