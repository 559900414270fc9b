import { deflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import type { InputFile } from '../../functions/core/index.ts';
import { buildExport, csv } from './build-export.ts';
import { fixtureFiles } from './fixtures.ts';
import { buildZip } from './zip-builder.ts';

/**
 * The hostile corpus: files people (or attackers) upload instead of a clean export. Built in code,
 * because several are huge or binary; each names the exact outcome every entry point must give.
 */
export type Outcome = { error: string } | { people: number; warnings?: string[] };

export interface HostileCase {
  name: string;
  files: () => InputFile[];
  expect: Outcome;
}

const text = (s: string) => new TextEncoder().encode(s);
const file = (name: string, bytes: Uint8Array | string): InputFile => ({
  name,
  bytes: typeof bytes === 'string' ? text(bytes) : bytes,
});
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
const row = (first: string, slug: string, company = 'Acme', position = 'Engineer') =>
  `${first},Person,https://www.linkedin.com/in/${slug},,${company},${position},05 Mar 2024`;
const connections = (...rows: string[]) => file('Connections.csv', HEADER + rows.join('\n'));
const cell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const era = (name: string, only?: string) => fixtureFiles(name).filter((f) => !only || f.name === only);
const zipOf = (entries: Record<string, Uint8Array>) => file('export.zip', zipSync(entries));
const good = () => connections(row('Ada', 'ada'), row('Bob', 'bob'));

export const HOSTILE_CASES: HostileCase[] = [
  // Wrong files
  {
    name: 'messages.csv alone',
    files: () => era('era-2026', 'messages.csv'),
    expect: { error: 'no-connections' },
  },
  {
    name: 'an image renamed .csv',
    files: () => [
      file(
        'Connections.csv',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 1, 0]),
      ),
    ],
    expect: { error: 'no-connections' },
  },
  {
    name: 'a PDF',
    files: () => [
      file('export.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF'),
    ],
    expect: { error: 'no-connections' },
  },
  { name: 'an empty file', files: () => [file('Connections.csv', '')], expect: { error: 'empty-input' } },
  {
    name: 'a header-only Connections.csv',
    files: () => [file('Connections.csv', HEADER)],
    expect: { error: 'no-connection-rows' },
  },
  {
    name: 'a ZIP without Connections.csv',
    files: () => [zipOf({ 'messages.csv': era('era-2026', 'messages.csv')[0]?.bytes ?? text('') })],
    expect: { error: 'no-connections' },
  },
  {
    name: 'a ZIP of ZIPs',
    files: () => [zipOf({ 'inner.zip': zipSync({ 'Connections.csv': good().bytes }) })],
    expect: { error: 'nested-zip' },
  },
  {
    name: 'an encrypted ZIP',
    files: () => [
      file('export.zip', buildZip([{ name: 'Connections.csv', data: good().bytes, encrypted: true }])),
    ],
    expect: { error: 'encrypted-zip' },
  },
  {
    name: 'a truncated ZIP',
    files: () => {
      const z = zipSync({ 'Connections.csv': good().bytes });
      return [file('export.zip', z.subarray(0, z.length - 40))];
    },
    expect: { error: 'unreadable-zip' },
  },
  {
    name: 'a ZIP whose only entry climbs out with ../',
    files: () => [file('export.zip', buildZip([{ name: '../../Connections.csv', data: good().bytes }]))],
    expect: { error: 'not-an-export' },
  },
  {
    name: 'a ZIP with a ../ entry beside a good one',
    files: () => [
      file(
        'export.zip',
        buildZip([
          { name: '../evil.csv', data: good().bytes },
          { name: 'Connections.csv', data: good().bytes },
        ]),
      ),
    ],
    expect: { people: 2, warnings: ['unsafe-path'] },
  },
  {
    name: 'not a ZIP at all, named .zip',
    files: () => [
      file(
        'export.zip',
        new Uint8Array(4096).map((_, i) => (i * 7919) % 251),
      ),
    ],
    expect: { error: 'no-connections' },
  },
  {
    name: 'a ZIP with more entries than any export',
    files: () => [
      file(
        'export.zip',
        buildZip(Array.from({ length: 5001 }, (_, i) => ({ name: `f${i}.txt`, data: text('') }))),
      ),
    ],
    expect: { error: 'too-large' },
  },
  {
    name: 'a ZIP with a side file in an unknown compression',
    files: () => [
      file(
        'export.zip',
        buildZip([
          { name: 'Connections.csv', data: good().bytes },
          { name: 'Rich_Media.csv', data: text('a,b\n'), encrypted: true },
        ]),
      ),
    ],
    expect: { people: 2, warnings: ['skipped-entry'] },
  },
  // Size
  {
    name: 'a ZIP bomb (512 MiB of zeros declared as 100 bytes)',
    files: () => {
      const zeros = Buffer.alloc(512 * 1024 * 1024);
      zeros.write(HEADER);
      return [
        file(
          'export.zip',
          buildZip([
            { name: 'Connections.csv', deflated: deflateRawSync(zeros, { level: 9 }), declaredSize: 100 },
          ]),
        ),
      ];
    },
    expect: { error: 'too-large' },
  },
  {
    name: 'a 100 MB single line',
    files: () => {
      const bytes = new Uint8Array(100 * 1024 * 1024);
      bytes.set(text(HEADER));
      bytes.fill(97, HEADER.length);
      return [file('Connections.csv', bytes)];
    },
    // A name alone (no profile, company or date) is no connection; with none left, it is refused.
    expect: { error: 'no-connection-rows' },
  },
  {
    name: 'a million columns',
    files: () => [connections(','.repeat(1_000_000))],
    expect: { error: 'no-connection-rows' },
  },
  {
    name: '200,000 rows, more than LinkedIn allows',
    files: () => [
      file(
        'Connections.csv',
        HEADER + Array.from({ length: 200_000 }, (_, i) => row(`P${i}`, `p${i}`)).join('\n'),
      ),
    ],
    // Far beyond LinkedIn's 30,000: refused from a count of lines, before any row is parsed.
    expect: { error: 'too-many-connections' },
  },
  // Encoding and shape
  {
    name: 'UTF-16 LE with BOM',
    files: () => [
      file(
        'Connections.csv',
        new Uint8Array(Buffer.from(`\ufeff${Buffer.from(good().bytes).toString()}`, 'utf16le')),
      ),
    ],
    expect: { people: 2 },
  },
  {
    name: 'UTF-16 BE with BOM',
    files: () => [
      file(
        'Connections.csv',
        new Uint8Array(Buffer.from(`\ufeff${Buffer.from(good().bytes).toString()}`, 'utf16le').swap16()),
      ),
    ],
    expect: { people: 2 },
  },
  {
    name: 'Latin-1 bytes',
    files: () => [
      file(
        'Connections.csv',
        new Uint8Array(Buffer.from(`${HEADER}Zoë,Ødegaard,,,Café,Chef,05 Mar 2024`, 'latin1')),
      ),
    ],
    expect: { people: 1, warnings: ['not-utf8'] },
  },
  {
    name: 'a stray invalid UTF-8 byte',
    files: () => [
      file(
        'Connections.csv',
        new Uint8Array([
          ...text(`${HEADER}José,García,,,Café,Chef,05 Mar 2024\nZoë,`),
          0xff,
          ...text(',,,,,06 Mar 2024'),
        ]),
      ),
    ],
    expect: { people: 2, warnings: ['bad-bytes'] },
  },
  {
    name: 'NUL bytes in cells',
    files: () => [connections('A\u0000da,Per\u0000son,,,Ac\u0000me,,05 Mar 2024')],
    expect: { people: 1 },
  },
  {
    name: 'mixed line ends',
    files: () => [
      file(
        'Connections.csv',
        `${HEADER.trimEnd()}\r\n${row('A', 'a')}\n${row('B', 'b')}\r\n${row('C', 'c')}\n`,
      ),
    ],
    expect: { people: 3 },
  },
  // The quote swallows the rest of the file into one cell: that row is a name alone, no connection,
  // and is skipped; both warnings say so.
  {
    name: 'an unbalanced quote',
    files: () => [connections(row('A', 'a'), '"Broken,Person,,,Acme,,05 Mar 2024', row('C', 'c'))],
    expect: { people: 1, warnings: ['unbalanced-quotes', 'not-a-connection'] },
  },
  {
    name: 'duplicate header names',
    files: () => [
      file(
        'Connections.csv',
        'First Name,First Name,Last Name,Connected On,Connected On\nAda,X,Lovelace,05 Mar 2024,junk',
      ),
    ],
    expect: { people: 1 },
  },
  {
    name: 'duplicate people',
    files: () => [connections(row('A', 'same'), row('A', 'same'), row('B', 'b'))],
    expect: { people: 2, warnings: ['duplicate-person'] },
  },
  {
    name: 'dates in the future and in 1900',
    files: () => [file('Connections.csv', `${HEADER}A,B,,,,,05 Mar 2099\nC,D,,,,,05 Mar 1900`)],
    expect: { people: 2, warnings: ['date-before-linkedin'] },
  },
  {
    name: 'Finished On before Started On',
    files: () => [
      good(),
      file(
        'Positions.csv',
        'Company Name,Title,Description,Location,Started On,Finished On\nAcme,Engineer,,,Mar 2021,Jan 2019',
      ),
    ],
    expect: { people: 2, warnings: ['dates-reversed'] },
  },
  {
    name: 'positions with unreadable dates',
    files: () => [
      good(),
      file(
        'Positions.csv',
        'Company Name,Title,Description,Location,Started On,Finished On\nAcme,Engineer,,,someday,never',
      ),
    ],
    expect: { people: 2, warnings: ['bad-position'] },
  },
  {
    name: 'semicolon-separated',
    files: () => [file('Connections.csv', (HEADER + row('A', 'a')).replace(/,/g, ';'))],
    expect: { people: 1 },
  },
  {
    name: 'tab-separated UTF-8',
    files: () => [file('Connections.csv', (HEADER + row('A', 'a')).replace(/,/g, '\t'))],
    expect: { people: 1 },
  },
  {
    name: 'only blank rows under the header',
    files: () => [file('Connections.csv', `${HEADER},,,,,,\n\n   \n,,,,,,`)],
    expect: { error: 'no-connection-rows' },
  },
  {
    name: 'only hidden profiles',
    files: () => [file('Connections.csv', `${HEADER},,,,,,05 Mar 2024\n,,,,,,06 Mar 2024`)],
    expect: { people: 2 },
  },
  {
    name: 'the header too far down to be a LinkedIn file',
    files: () => [file('Connections.csv', `${'junk line\n'.repeat(15)}${HEADER}${row('A', 'a')}`)],
    expect: { error: 'no-connections' },
  },
  // Payloads in cells
  {
    name: '<script> in names',
    files: () => [
      connections(
        `${cell('<script>alert(1)</script>')},Person,https://www.linkedin.com/in/s,,Acme,Eng,05 Mar 2024`,
      ),
    ],
    expect: { people: 1 },
  },
  {
    name: '<img onerror> in companies',
    files: () => [
      connections(
        `Ada,Person,https://www.linkedin.com/in/i,,${cell('<img src=x onerror=alert(1)>')},Eng,05 Mar 2024`,
      ),
    ],
    expect: { people: 1 },
  },
  {
    name: 'javascript: URLs in the URL column',
    files: () => [connections('Ada,Person,javascript:alert(1),,Acme,Eng,05 Mar 2024')],
    expect: { people: 1 },
  },
  {
    name: 'formula starts in names and companies',
    files: () => [
      connections(
        ...['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'].map(
          (start, i) =>
            `${cell(start)},Person,https://www.linkedin.com/in/f${i},,${cell(start)},Eng,05 Mar 2024`,
        ),
      ),
    ],
    expect: { people: 6 },
  },
  {
    name: '10,000-character names',
    files: () => [
      connections(`${'x'.repeat(10_000)},Person,https://www.linkedin.com/in/x,,Acme,Eng,05 Mar 2024`),
    ],
    expect: { people: 1, warnings: ['long-cell'] },
  },
  {
    name: 'emoji and right-to-left text',
    files: () => [
      connections(
        '🚀 Zoë,שלום,https://www.linkedin.com/in/e,,شركة,مهندس,05 Mar 2024',
        row('\u202eevil', 'rtl'),
      ),
    ],
    expect: { people: 2 },
  },
  {
    name: 'a whole era-2026 export with payload names',
    files: () =>
      buildExport({
        positions: [{ company: 'Acme', from: 'Jan 2018' }],
        connections: [{ first: '"><svg onload=alert(1)>', last: 'X', slug: 'svg', connected: '05 Mar 2018' }],
      }),
    expect: { people: 1 },
  },
  // Work that would grow with the square of one file's size: each finished in seconds to minutes, or
  // ran out of memory, before it was bounded.
  {
    name: 'one message addressed to 20,000 people',
    files: () => {
      const urls = Array.from({ length: 20_000 }, (_, i) => `https://www.linkedin.com/in/p${i}`).join(',');
      const header =
        'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER';
      const rows = [1, 2, 3].map(
        (d) =>
          `c1,,Ada Person,https://www.linkedin.com/in/ada,Bob,"${urls}",2024-01-0${d} 10:00:00 UTC,,hi,INBOX`,
      );
      return [good(), file('messages.csv', [header, ...rows].join('\n'))];
    },
    expect: { people: 2, warnings: ['too-many-recipients'] },
  },
  {
    name: '8,000 connections and 8,000 recommendations, all "John Smith"',
    files: () => {
      const people = Array.from({ length: 8000 }, (_, i) =>
        row('John', `js${i}`, `Company ${i}`).replace(',Person,', ',Smith,'),
      );
      const recs = Array.from(
        { length: 8000 },
        (_, i) => `John,Smith,Company ${i},Eng,Great,01/02/24,VISIBLE`,
      );
      return [
        connections(...people),
        file(
          'Recommendations_Received.csv',
          ['First Name,Last Name,Company,Job Title,Text,Creation Date,Status', ...recs].join('\n'),
        ),
      ];
    },
    expect: { people: 8000 },
  },
  {
    name: 'a Positions.csv of 3,000 employers',
    files: () => {
      const jobs = Array.from(
        { length: 3000 },
        (_, i) => `Company ${i},Eng,,,Jan ${2000 + (i % 20)},Dec ${2001 + (i % 20)}`,
      );
      return [
        connections(...Array.from({ length: 3000 }, (_, i) => row(`A${i}`, `a${i}`, `Company ${i}`))),
        file(
          'Positions.csv',
          ['Company Name,Title,Description,Location,Started On,Finished On', ...jobs].join('\n'),
        ),
      ];
    },
    expect: { people: 3000, warnings: ['too-many-employers'] },
  },
];

export function totalBytes(files: InputFile[]): number {
  return files.reduce((n, f) => n + f.bytes.length, 0);
}

/** Several files go up as one ZIP, as the page does. */
export function asOneUpload(files: InputFile[]): InputFile {
  const [only] = files;
  if (files.length === 1 && only) return only;
  return { name: 'export.zip', bytes: zipSync(Object.fromEntries(files.map((f) => [f.name, f.bytes]))) };
}

export { csv };
