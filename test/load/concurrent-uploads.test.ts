import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureZip } from '../support/fixtures.ts';
import { startTestServer } from '../support/local-server.ts';

/**
 * Many uploads at once and many reads while they process, on loopback, bounded: every upload yields
 * exactly one report and no request fails. `LOAD_UPLOADS` raises the count for longer runs.
 */
const UPLOADS = Number(process.env.LOAD_UPLOADS ?? 50);
let t: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.server.close();
});

describe(`${UPLOADS} uploads at once`, () => {
  it('each yields exactly one report; no request fails', async () => {
    const zip = fixtureZip('era-2026').bytes;
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const latencies: number[] = [];
    let failedRequests = 0;
    const timed = async (path: string) => {
      const sent = performance.now();
      const response = await t.api(path).catch(() => null);
      latencies.push(performance.now() - sent);
      if (!response || response.status >= 500) failedRequests++;
      return response;
    };

    const uploaded = await Promise.all(Array.from({ length: UPLOADS }, () => t.upload('export.zip', zip)));
    expect(uploaded.every((u) => u.status < 300)).toBe(true);
    // Read every report's status again and again while the ingests run.
    let ready = 0;
    const deadline = performance.now() + 90_000;
    while (ready < UPLOADS && performance.now() < deadline) {
      const answers = await Promise.all(uploaded.map((u) => timed(`/api/reports/${u.id}?omit=people`)));
      ready = answers.filter((r) => r?.status === 200).length;
      await new Promise((done) => setTimeout(done, 50));
    }
    await t.server.bridge.idle();
    const seconds = (performance.now() - started) / 1000;

    expect(ready).toBe(UPLOADS);
    if (failedRequests)
      console.info(
        t.logs
          .filter((l) => l.includes('error'))
          .slice(0, 5)
          .join('\n'),
      );
    expect(failedRequests).toBe(0);
    const { ReportStore, s3ClientFromEnvironment } = await import('../../functions/storage/report-store.ts');
    const store = new ReportStore(s3ClientFromEnvironment(), process.env.BUCKET_NAME ?? '');
    for (const u of uploaded) expect((await store.getReport(u.id))?.people).toHaveLength(10);
    expect(await store.listUploads()).toEqual([]);
    expect(new Set(uploaded.map((u) => u.id)).size).toBe(UPLOADS);

    latencies.sort((a, b) => a - b);
    const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
    console.info(
      `load: ${UPLOADS} uploads, ${latencies.length} status reads in ${seconds.toFixed(1)} s — errors ${failedRequests}, ` +
        `reports lost 0, read p99 ${p99.toFixed(1)} ms, RSS +${Math.round((process.memoryUsage().rss - before) / 1048576)} MB`,
    );
  }, 120_000);
});
