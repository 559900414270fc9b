import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createIngestHandler } from '../../functions/ingest/create-ingest-handler.ts';
import { EventBridge } from '../../functions/local/event-bridge.ts';
import { LOCAL_KEYS, startLocalS3 } from '../../functions/local/local-s3.ts';
import { keys } from '../../functions/storage/report-id.ts';
import { ReportStore, s3ClientFromEnvironment } from '../../functions/storage/report-store.ts';
import { fixtureZip } from '../support/fixtures.ts';
import { createPendingReport } from '../support/pending-report.ts';
import { generateExport } from '../support/synthetic-export.ts';

/** Faults on loopback only, each bounded in time: the storage going away, the server being killed. */
async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('the S3-protocol server unreachable for a while', () => {
  it('the ingest fails the way Lambda retries, and the report completes once storage is back', async () => {
    // The local S3 server's credentials (its secret is made by the server, not s3rver's public one).
    process.env.AWS_ACCESS_KEY_ID = LOCAL_KEYS.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = LOCAL_KEYS.secretAccessKey;
    process.env.AWS_REGION = LOCAL_KEYS.region;
    const directory = mkdtempSync(join(tmpdir(), 'reconnect-fault-'));
    const port = await freePort();
    let s3 = await startLocalS3({ directory, bucket: 'faults', port });
    const store = new ReportStore(s3ClientFromEnvironment(`http://127.0.0.1:${port}`), 'faults');
    const id = await createPendingReport(store, { upload: fixtureZip('era-2026').bytes });

    const logs: Record<string, string | number>[] = [];
    const ingest = createIngestHandler({
      store,
      maxUploadBytes: 50 * 1024 * 1024,
      now: () => new Date(),
      log: () => {},
    });
    const bridge = new EventBridge('faults', ingest, (entry) => logs.push(entry), [400, 800, 1600, 3200]);
    await s3.close();
    bridge.enqueue(keys.upload(id), 1);
    await sleep(700);
    s3 = await startLocalS3({ directory, bucket: 'faults', port });
    await bridge.idle();

    expect(logs.filter((l) => l.event === 'ingest-error').length).toBeGreaterThanOrEqual(1);
    expect((await store.getStatus(id))?.status).toBe('ready');
    expect((await store.getReport(id))?.people).toHaveLength(10);
    expect(await store.listUploads()).toEqual([]);
    await s3.close();
  }, 30_000);
});

describe('the local server killed in the middle of processing', () => {
  function start(data: string): Promise<{ child: ChildProcess; url: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/main.ts'], {
      env: { ...process.env, PORT: '0', RECONNECT_DATA: data },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return new Promise((done, fail) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /running at (http:\/\/[^\s]+)/.exec(out);
        if (m?.[1]) done({ child, url: m[1] });
      });
      child.once('exit', (code) => fail(new Error(`the server exited (${code})`)));
    });
  }

  it('picks the upload up again on restart: the report is neither lost nor duplicated', async () => {
    const data = mkdtempSync(join(tmpdir(), 'reconnect-kill-'));
    // Big enough to be caught while processing: 30,000 connections.
    const big = generateExport({ seed: 7, connections: 30_000, messages: 20_000 });
    const zip = zipSync(Object.fromEntries(big.files.map((f) => [f.name, new TextEncoder().encode(f.text)])));

    const first = await start(data);
    const created = await (await fetch(`${first.url}/api/reports`, { method: 'POST' })).json();
    const form = new FormData();
    for (const [k, v] of Object.entries(created.upload.fields as Record<string, string>)) form.append(k, v);
    form.append('file', new Blob([zip]), 'export.zip');
    await fetch(created.upload.url, { method: 'POST', body: form });
    let seen = '';
    for (let i = 0; i < 200 && seen !== 'processing'; i++) {
      seen = (await (await fetch(`${first.url}/api/reports/${created.id}?omit=people`)).json()).status;
      if (seen === 'processing') break;
      await sleep(20);
    }
    expect(seen).toBe('processing');
    first.child.kill('SIGKILL');
    await new Promise((done) => first.child.once('exit', done));

    const second = await start(data);
    try {
      let status = 0;
      let body: { status: string; report?: { people: unknown[] } } = { status: '' };
      for (let i = 0; i < 300 && status !== 200; i++) {
        const response = await fetch(`${second.url}/api/reports/${created.id}?omit=people`);
        status = response.status;
        body = await response.json();
        if (status !== 200) await sleep(100);
      }
      expect(status).toBe(200);
      expect(body.status).toBe('ready');
      const page = await (await fetch(`${second.url}/api/reports/${created.id}/people?limit=1`)).json();
      expect(page.total).toBe(30_000);
    } finally {
      second.child.kill('SIGTERM');
    }
  }, 120_000);
});
