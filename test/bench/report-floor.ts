/**
 * `npx tsx test/bench/report-floor.ts`: how small the bench export's report could be on its present
 * contract — only the fields every person must carry, as objects and as a table of columns, then with
 * `sharedEmployers` — beside the report as it is, raw and gzipped.
 */
import { gzipSync } from 'node:zlib';
import { analyze } from '../../functions/core/index.ts';
import { generateExport } from '../support/synthetic-export.ts';

const synthetic = generateExport({ seed: 2026, connections: 30_000, messages: 100_000 });
const files = synthetic.files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
const report = analyze(files, { asOf: synthetic.asOf });
const mb = (x: unknown) => `${(JSON.stringify(x).length / 1048576).toFixed(1)} MB`;
const required = [
  'id',
  'name',
  'profileUrl',
  'company',
  'position',
  'connectedOn',
  'category',
  'confidence',
  'tie',
  'status',
  'due',
  'score',
  'relevance',
  'lastContact',
] as const;
const pick = (p: (typeof report.people)[number]) => Object.fromEntries(required.map((k) => [k, p[k]]));
console.log(
  `the report as it is: ${mb(report)} (${(gzipSync(JSON.stringify(report)).length / 1048576).toFixed(1)} MB gzipped)`,
);
console.log(`the required fields only, as objects: ${mb(report.people.map(pick))}`);
console.log(
  `the same as a table of columns: ${mb({ columns: required, rows: report.people.map((p) => required.map((k) => p[k])) })}`,
);
console.log(
  `with sharedEmployers too: ${mb(report.people.map((p) => ({ ...pick(p), sharedEmployers: p.sharedEmployers })))}`,
);
