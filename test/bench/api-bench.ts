/**
 * The API's report-read latency on loopback: the local server in its own process, a 30,000-person
 * report uploaded through the real presigned form, then an open-loop load of people-page reads at a
 * fixed rate for a fixed time (bounded: it stops by itself).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ApiBenchResult {
  ingestSeconds: number;
  requests: number;
  errors: number;
  rps: number;
  /** Milliseconds from when each request was sent to its last byte. */
  p50: number;
  p99: number;
  /** Milliseconds from when each request was due: also counts the load generator falling behind. */
  p99FromDue: number;
}

export async function benchApi(exportZip: Uint8Array, rate = 1000, seconds = 5): Promise<ApiBenchResult> {
  const data = mkdtempSync(join(tmpdir(), 'reconnect-api-bench-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'functions/local/main.ts'], {
    env: { ...process.env, PORT: '0', RECONNECT_DATA: data },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const base = await serverUrl(server);
    const started = performance.now();
    const created = await (await fetch(`${base}/api/reports`, { method: 'POST' })).json();
    const form = new FormData();
    for (const [k, v] of Object.entries(created.upload.fields as Record<string, string>)) form.append(k, v);
    form.append('file', new Blob([exportZip as Uint8Array<ArrayBuffer>]), 'export.zip');
    await fetch(created.upload.url, { method: 'POST', body: form });
    while ((await fetch(`${base}/api/reports/${created.id}/people?limit=1`)).status !== 200) {
      await new Promise((done) => setTimeout(done, 100));
    }
    const ingestSeconds = (performance.now() - started) / 1000;

    const url = `${base}/api/reports/${created.id}/people?limit=50&category=former-colleague`;
    const agent = new Agent({ keepAlive: true, maxSockets: 256 });
    await openLoop(url, agent, rate, 1); // warm-up: JIT, connections, caches
    const begin = performance.now();
    const outcomes = await openLoop(url, agent, rate, seconds);
    const elapsed = (performance.now() - begin) / 1000;
    agent.destroy();
    const answered = outcomes.filter((o) => o !== null);
    const percentile = (values: number[], q: number) => {
      const sorted = values.toSorted((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
    };
    const fromSent = answered.map((o) => o.fromSent);
    return {
      ingestSeconds,
      requests: outcomes.length,
      errors: outcomes.length - answered.length,
      rps: answered.length / elapsed,
      p50: percentile(fromSent, 0.5),
      p99: percentile(fromSent, 0.99),
      p99FromDue: percentile(
        answered.map((o) => o.fromDue),
        0.99,
      ),
    };
  } finally {
    server.kill('SIGTERM');
    rmSync(data, { recursive: true, force: true });
  }
}

function serverUrl(server: ChildProcess): Promise<string> {
  return new Promise((done, fail) => {
    let out = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /running at (http:\/\/[^\s]+)/.exec(out);
      if (m?.[1]) done(m[1]);
    });
    server.once('exit', (code) => fail(new Error(`the local server exited (${code})`)));
  });
}

interface Timing {
  fromSent: number;
  fromDue: number;
}

/**
 * Sends `rate` requests a second for `seconds`, each when it is due whatever happened to the earlier
 * ones (an open loop), and times each one, or gives null when it failed.
 */
async function openLoop(url: string, agent: Agent, rate: number, seconds: number) {
  const inFlight: Promise<Timing | null>[] = [];
  const begin = performance.now();
  const total = rate * seconds;
  for (let i = 0; i < total; ) {
    const now = performance.now();
    for (; i < total && begin + (i * 1000) / rate <= now; i++)
      inFlight.push(timedGet(url, agent, begin + (i * 1000) / rate).catch(() => null));
    if (i < total)
      await new Promise((done) => setTimeout(done, begin + (i * 1000) / rate - performance.now()));
  }
  return Promise.all(inFlight);
}

/**
 * One GET with a keep-alive agent and plain http: fetch costs the client more CPU per request than
 * the server spends answering, and the client shares the machine's two cores with the server.
 * Rejects on anything but a 200.
 */
function timedGet(url: string, agent: Agent, due: number): Promise<Timing> {
  const sent = performance.now();
  return new Promise((done, fail) => {
    // As a browser asks: the server keeps each cached page gzipped too (about 12 KB instead of 85 KB).
    get(url, { agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
      res.resume();
      res.on('error', fail);
      res.on('end', () => {
        const now = performance.now();
        if (res.statusCode === 200) done({ fromSent: now - sent, fromDue: now - due });
        else fail(new Error(`HTTP ${res.statusCode}`));
      });
    }).on('error', fail);
  });
}
