// The floor for `reconnect analyze export.zip` as a whole process: a plain Node process that unzips
// the same ZIP with node:zlib (as the CLI does) and lets papaparse split every CSV into rows. Plain
// JavaScript, no TypeScript loader, so it starts as fast as the CLI's prebuilt bundle.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import Papa from 'papaparse';

const zip = readFileSync(process.argv[2]);
const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
let end = zip.length - 22;
while (view.getUint32(end, true) !== 0x06054b50) end--;
const count = view.getUint16(end + 10, true);
let at = view.getUint32(end + 16, true);
let rows = 0;
for (let i = 0; i < count; i++) {
  const method = view.getUint16(at + 10, true);
  const size = view.getUint32(at + 20, true);
  const nameLength = view.getUint16(at + 28, true);
  const extra = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  const local = view.getUint32(at + 42, true);
  const name = zip.subarray(at + 46, at + 46 + nameLength).toString();
  at += 46 + nameLength + extra;
  if (!name.toLowerCase().endsWith('.csv')) continue;
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = zip.subarray(start, start + size);
  const bytes = method === 8 ? inflateRawSync(data) : data;
  rows += Papa.parse(new TextDecoder().decode(bytes), { skipEmptyLines: true }).data.length;
}
process.stdout.write(`${rows}\n`);
