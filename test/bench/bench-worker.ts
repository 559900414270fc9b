/** One timed measurement in a fresh process, so neither side warms the other's JIT or heap. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { analyze } from '../../functions/core/index.ts';
import { inflateRawNative } from '../../functions/node/inflate-raw.ts';

const [mode, dir, asOf] = process.argv.slice(2) as ['parse' | 'analyze', string, string];
// The export ZIP, as people upload it, is inflated by node:zlib as the CLI and the functions do.
const files = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map(({ name }) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));

const started = performance.now();
let detail = '';
let report: ReturnType<typeof analyze> | null = null;
if (mode === 'parse') {
  // The floor: decode each file and let papaparse split it into rows, nothing else.
  let rows = 0;
  for (const f of files)
    rows += Papa.parse<string[]>(new TextDecoder().decode(f.bytes), { skipEmptyLines: true }).data.length;
  detail = `${rows} rows`;
} else {
  report = analyze(files, { asOf, inflateRaw: inflateRawNative });
  const s = report.summary;
  detail = `${s.connections} people, ${s.formerColleagues} likely former colleagues (${s.possibleColleagues} possible), ${s.messages} messages`;
}
const seconds = (performance.now() - started) / 1000;
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
if (report) {
  // After the timing: what just holding the report in memory costs. JSON.parse builds the same
  // people, evidence, reasons and drafts, with no work to find them: a floor for the analysis.
  const json = JSON.stringify(report);
  const parsing = performance.now();
  JSON.parse(json);
  detail += `; the report is ${(json.length / 1048576).toFixed(1)} MB of JSON, and JSON.parse alone takes ${((performance.now() - parsing) / 1000).toFixed(2)} s to build it`;
}
process.stdout.write(JSON.stringify({ seconds, peakRssMb, detail }));
