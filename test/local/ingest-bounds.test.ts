import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestLimits } from '../../functions/local/ingest-process.ts';
import { ReportStore } from '../../functions/storage/report-store.ts';
import { fixtureZip } from '../support/fixtures.ts';
import { startTestServer } from '../support/local-server.ts';
import { LOCAL_BUCKET, s3Client } from '../support/s3-requests.ts';
import { generateExport } from '../support/synthetic-export.ts';

/**
 * One upload that costs too much time or memory must not hold the ingest queue: its process is
 * ended, its report failed with the reason (not retried: it would cost the same again), and the
 * next upload goes through. The limits are set low here; the work is real: a 30,000-connection
 * export (LinkedIn's cap), which needs seconds and hundreds of MB.
 */
let heavy: Uint8Array;
beforeAll(() => {
  const { files } = generateExport({ seed: 7, connections: 30_000, messages: 0 });
  heavy = zipSync(Object.fromEntries(files.map((f) => [f.name, new TextEncoder().encode(f.text)])));
});

async function heavyThenLight(limits: Partial<IngestLimits>) {
  const t = await startTestServer(undefined, undefined, { ingestLimits: limits });
  try {
    const started = Date.now();
    const heavyUpload = await t.upload('export.zip', heavy);
    const lightUpload = await t.upload('export.zip', fixtureZip('era-2026').bytes);
    const first = await t.settled(heavyUpload.id);
    const second = await t.settled(lightUpload.id);
    const store = new ReportStore(s3Client(t.server.s3Endpoint), LOCAL_BUCKET);
    return {
      first,
      second,
      ms: Date.now() - started,
      uploadsLeft: await store.listUploads(),
      events: t.logs.map((l) => JSON.parse(l).event as string),
      health: (await t.api('/api/health')).status,
    };
  } finally {
    await t.server.close();
  }
}

describe('an upload over its bounds', () => {
  it('over its time: the process is killed, the report failed with the reason, the next upload ready', async () => {
    const run = await heavyThenLight({ timeoutMs: 1500 });
    expect(run.first.status).toBe(422);
    expect(run.first.body).toEqual({
      status: 'failed',
      error: {
        code: 'too-slow',
        message:
          'Analysing this export took longer than 1500 ms, so it was stopped. Please try again with Connections.csv (and Positions.csv) on their own.',
      },
    });
    expect(run.second.status).toBe(200);
    expect(run.second.body.report.people).toHaveLength(10);
    expect(run.events.filter((e) => e === 'ingest-process-ended')).toHaveLength(1);
    // Not retried.
    expect(run.events).not.toContain('ingest-error');
    expect(run.uploadsLeft).toEqual([]);
    expect(run.ms).toBeLessThan(20_000);
  }, 40_000);

  it('over its memory: the process dies alone, the report is failed with the reason, the server goes on', async () => {
    const run = await heavyThenLight({ heapMb: 64 });
    expect(run.first.status).toBe(422);
    expect(run.first.body).toEqual({
      status: 'failed',
      error: {
        code: 'too-much-memory',
        message:
          'Analysing this export needed more than 64 MB of memory, so it was stopped. Please try again with Connections.csv (and Positions.csv) on their own.',
      },
    });
    expect(run.second.status).toBe(200);
    expect(run.health).toBe(200);
    expect(run.events).not.toContain('ingest-error');
    expect(run.uploadsLeft).toEqual([]);
  }, 40_000);
});
