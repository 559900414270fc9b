/**
 * The API's report-read latency on loopback: the local server in its own process, a 30,000-person
 * report uploaded through the real presigned form, then an open-loop load of people-page reads at a
 * fixed rate for a fixed time (bounded: it stops by itself).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ApiBenchResult {
  ingestSeconds: number;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
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
    for (let i = 0; i < 200; i++) await (await fetch(url)).arrayBuffer(); // warm-up
    const latencies: number[] = [];
    let errors = 0;
    const inFlight: Promise<void>[] = [];
    const begin = performance.now();
    for (let i = 0; i < rate * seconds; i++) {
      const due = begin + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((done) => setTimeout(done, wait));
      const sent = performance.now();
      inFlight.push(
        fetch(url)
          .then(async (r) => {
            await r.arrayBuffer();
            if (r.status !== 200) errors++;
            latencies.push(performance.now() - sent);
          })
          .catch(() => {
            errors++;
          }),
      );
    }
    await Promise.all(inFlight);
    const elapsed = (performance.now() - begin) / 1000;
    latencies.sort((a, b) => a - b);
    const at = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
    return {
      ingestSeconds,
      requests: rate * seconds,
      errors,
      rps: latencies.length / elapsed,
      p50: at(0.5),
      p99: at(0.99),
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
