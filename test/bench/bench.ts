/**
 * `npm run bench`: a 30,000-connection export (LinkedIn's cap) with 100,000 messages, timed two ways
 * in fresh processes — papaparse alone parsing the same files, and the full analysis — with peak memory.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { reduceExport } from '../../functions/core/index.ts';
import { generateExport } from '../support/synthetic-export.ts';
import { benchApi } from './api-bench.ts';
import { benchDevice } from './device-bench.ts';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 30_000);
// The load generator shares this machine's two cores with the server and the S3 server.
const RATES = (process.env.BENCH_RATES ?? '200,1000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 100_000);

const dir = mkdtempSync(join(tmpdir(), 'reconnect-bench-'));
try {
  const synthetic = generateExport({ seed: 2026, connections: CONNECTIONS, messages: MESSAGES });
  let bytes = 0;
  for (const file of synthetic.files) {
    const path = join(dir, file.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    bytes += Buffer.byteLength(file.text);
  }
  console.log(
    `export: ${CONNECTIONS.toLocaleString('en')} connections, ${MESSAGES.toLocaleString('en')} messages, ` +
      `${synthetic.files.length} files, ${(bytes / 1048576).toFixed(1)} MB`,
  );
  // The same connections and work history without the message, invitation and endorsement files.
  const connectionsOnly = join(dir, 'connections-only');
  mkdirSync(connectionsOnly);
  for (const name of ['Connections.csv', 'Positions.csv']) {
    const file = synthetic.files.find((f) => f.name === name);
    if (file) writeFileSync(join(connectionsOnly, name), file.text);
  }
  const run = (mode: 'parse' | 'analyze', from = dir) => {
    const worker = join(import.meta.dirname, 'bench-worker.ts');
    const out = execFileSync(process.execPath, ['--import', 'tsx', worker, mode, from, synthetic.asOf], {
      encoding: 'utf8',
    });
    return JSON.parse(out) as { seconds: number; peakRssMb: number; detail: string };
  };
  const parse = run('parse');
  const analysis = run('analyze');
  console.log(`papaparse alone: ${parse.seconds.toFixed(3)} s (peak RSS ${parse.peakRssMb} MB)`);
  console.log(
    `full analysis:   ${analysis.seconds.toFixed(3)} s (peak RSS ${analysis.peakRssMb} MB) — ${analysis.detail}`,
  );
  console.log(`ratio:           ${(analysis.seconds / parse.seconds).toFixed(2)}× the parse alone`);
  const parseFew = run('parse', connectionsOnly);
  const analysisFew = run('analyze', connectionsOnly);
  console.log(
    `Connections.csv + Positions.csv only: papaparse ${parseFew.seconds.toFixed(3)} s, analysis ` +
      `${analysisFew.seconds.toFixed(3)} s (peak RSS ${analysisFew.peakRssMb} MB), ` +
      `${(analysisFew.seconds / parseFew.seconds).toFixed(1)}× the parse alone`,
  );

  const zip = zipSync(
    Object.fromEntries(synthetic.files.map((f) => [f.name, new TextEncoder().encode(f.text)])),
  );
  const zipped = join(dir, 'zipped');
  mkdirSync(zipped);
  writeFileSync(join(zipped, 'export.zip'), zip);
  const analysisZip = run('analyze', zipped);
  console.log(
    `the same export as one ZIP (${(zip.length / 1048576).toFixed(1)} MB), as people upload it: analysis ` +
      `${analysisZip.seconds.toFixed(3)} s (peak RSS ${analysisZip.peakRssMb} MB)`,
  );
  // The CLI as a person runs it, a whole process, against a whole process that only parses.
  const zipPath = join(zipped, 'export.zip');
  const out = join(dir, 'r.json');
  const time = (args: string[]) => {
    const started = performance.now();
    execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    return (performance.now() - started) / 1000;
  };
  const cliBin = join(import.meta.dirname, '../../functions/cli/reconnect.js');
  // Once first: the CLI writes its bundle to node_modules/.cache on first use.
  time([cliBin, 'analyze', zipPath, '--as-of', synthetic.asOf, '--format', 'json', '--out', out, '-q']);
  const cli = time([
    cliBin,
    'analyze',
    zipPath,
    '--as-of',
    synthetic.asOf,
    '--format',
    'json',
    '--out',
    out,
    '-q',
  ]);
  const parseProcess = time([join(import.meta.dirname, 'parse-process.mjs'), zipPath]);
  const report = readFileSync(out);
  console.log(
    `CLI end to end (reconnect analyze export.zip --format json --out r.json): ${cli.toFixed(2)} s; a process ` +
      `that only unzips and parses: ${parseProcess.toFixed(2)} s — ${(cli / parseProcess).toFixed(2)}×`,
  );
  console.log(
    `report as stored: ${(report.length / 1048576).toFixed(1)} MB of JSON (${(gzipSync(report).length / 1048576).toFixed(1)} MB gzipped)`,
  );
  // Issue 16: what the page uploads in place of the whole export, and the analysis on the device.
  const reduced = reduceExport([{ name: 'export.zip', bytes: zip }]);
  console.log(
    `reduced upload: ${(zip.length / 1048576).toFixed(2)} MB ZIP → ${(reduced.zip.length / 1048576).toFixed(2)} MB ` +
      `(${(reduced.bytes.after / 1048576).toFixed(1)} MB unzipped, of ${(synthetic.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1048576).toFixed(1)} MB)`,
  );
  const device = await benchDevice(zip);
  console.log(
    `on this device (Chromium, Web Worker): file in the page → first row ${device.seconds.map((s) => `${s.toFixed(1)} s`).join(', ')}`,
  );
  console.log(
    `on the server (Chromium: reduce, upload, ingest, first page): file in the page → first row ${device.server.map((s) => `${s.toFixed(1)} s`).join(', ')}`,
  );
  for (const rate of RATES) {
    const api = await benchApi(zip, rate, SECONDS);
    if (rate === RATES[0])
      console.log(
        `api: upload → ready report in ${api.ingestSeconds.toFixed(1)} s (presigned POST, s3rver, ingest)`,
      );
    console.log(
      `api: GET /api/reports/{id}/people?limit=50 at ${rate}/s for ${SECONDS} s — ${api.requests} requests, ` +
        `${api.errors} errors, ${api.rps.toFixed(0)}/s answered, p50 ${api.p50.toFixed(1)} ms, p99 ${api.p99.toFixed(1)} ms ` +
        `(p99 from when each request was due: ${api.p99FromDue.toFixed(1)} ms)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
