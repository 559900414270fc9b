import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, InputError, type InputFile } from '../../functions/core/index.ts';
import { readExport } from '../../functions/core/input/read-export.ts';
import type { InflateRaw } from '../../functions/core/input/unzip.ts';
import { WarningLog } from '../../functions/core/warnings.ts';
import { inflateRawNative } from '../../functions/node/inflate-raw.ts';
import { fixtureFiles } from '../support/fixtures.ts';
import { buildZip } from '../support/zip-builder.ts';

const AS_OF = '2026-11-01';
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
const ROWS = 'Ada,Lovelace,https://www.linkedin.com/in/ada,,Analytical Engines,Engineer,05 Mar 2024';
const text = (s: string) => new TextEncoder().encode(s);
const file = (name: string, bytes: Uint8Array | string): InputFile => ({
  name,
  bytes: typeof bytes === 'string' ? text(bytes) : bytes,
});

function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('reading what people upload', () => {
  it('reads Connections.csv alone', () => {
    const report = analyze([file('Connections.csv', HEADER + ROWS)], { asOf: AS_OF });
    expect(report.people.map((p) => [p.name, p.company, p.connectedOn])).toEqual([
      ['Ada Lovelace', 'Analytical Engines', '2024-03-05'],
    ]);
  });

  it('recognises a file by its header, whatever it is called', () => {
    const report = analyze([file('export (1).csv', HEADER + ROWS)], { asOf: AS_OF });
    expect(report.inputs).toEqual([{ name: 'export (1).csv', kind: 'connections', rows: 1 }]);
  });

  it('reads UTF-16 big-endian, semicolon-separated and Windows-1252 re-saves', () => {
    const utf16be = Buffer.from(`\ufeff${HEADER}${ROWS}`, 'utf16le').swap16();
    const semicolons = (HEADER + ROWS).replace(/,/g, ';');
    const latin1 = Buffer.from(`${HEADER}Zoë,Ødegaard,,,Café Ltd,Chef,05 Mar 2024`, 'latin1');
    expect(analyze([file('c.csv', new Uint8Array(utf16be))], { asOf: AS_OF }).people[0]?.name).toBe(
      'Ada Lovelace',
    );
    expect(analyze([file('c.csv', semicolons)], { asOf: AS_OF }).people[0]?.company).toBe(
      'Analytical Engines',
    );
    const report = analyze([file('c.csv', new Uint8Array(latin1))], { asOf: AS_OF });
    expect(report.people[0]?.name).toBe('Zoë Ødegaard');
    expect(report.warnings.map((w) => w.code)).toContain('not-utf8');
  });

  it("refuses two people's exports given together, and says when two Connections.csv files were read as one", () => {
    const error = inputErrorOf(() =>
      analyze([...fixtureFiles('era-2026'), ...fixtureFiles('era-2022')], { asOf: AS_OF }),
    );
    expect(error.code).toBe('several-exports');
    expect(error.message).toContain('one person');
    const connectionsOnly = ['era-2026', 'era-2022'].flatMap((name) =>
      fixtureFiles(name).filter((f) => f.name.endsWith('Connections.csv')),
    );
    const merged = analyze(connectionsOnly, { asOf: AS_OF });
    expect(merged.warnings.map((w) => w.code)).toContain('several-connection-files');
    // One person's two exports, before and after a change of last name, are one person's.
    const profile = (first: string, last: string) =>
      file('Profile.csv', `First Name,Last Name,Headline\n${first},${last},Engineer\n`);
    const renamed = analyze(
      [file('Connections.csv', HEADER + ROWS), profile('Dana', 'Kowalski'), profile('Dana', 'Smith')],
      {
        asOf: AS_OF,
      },
    );
    expect(renamed.owner.name).toBe('Dana Kowalski');
  });

  it('refuses an empty file, a picture and messages.csv alone, saying what is missing', () => {
    expect(inputErrorOf(() => analyze([file('Connections.csv', '')], { asOf: AS_OF })).code).toBe(
      'empty-input',
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    const picture = inputErrorOf(() => analyze([file('Connections.csv', png)], { asOf: AS_OF }));
    expect(picture.code).toBe('no-connections');
    expect(picture.message).toContain('No LinkedIn export file was recognised');
    const messages = fixtureFiles('era-2026').filter((f) => f.name === 'messages.csv');
    expect(inputErrorOf(() => analyze(messages, { asOf: AS_OF })).message).toBe(
      'This is messages.csv; Reconnect needs Connections.csv or the whole export ZIP.',
    );
  });
});

// The engine inflates with fflate; the CLI, the API and the ingest function pass node:zlib's inflater.
/** node:zlib's inflater, counted: a test of the native path must show it was taken. */
let nativeCalls = 0;
const countedNative: InflateRaw = (deflated, maxBytes) => {
  nativeCalls++;
  return inflateRawNative(deflated, maxBytes);
};

describe.each([
  ['fflate', undefined],
  ['node:zlib', countedNative],
] as const)('reading ZIP files that are broken or hostile, inflated by %s', (_, inflateRaw) => {
  const options = { asOf: AS_OF, inflateRaw };
  const connections = { name: 'Connections.csv', data: text(HEADER + ROWS) };

  it('reads a well-formed ZIP built by hand, stored or deflated', () => {
    for (const stored of [true, false]) {
      const zip = buildZip([{ ...connections, stored }]);
      expect(analyze([file('export.zip', zip)], options).people).toHaveLength(1);
    }
  });

  it('refuses a ZIP bomb after a few megabytes, whatever size it declares', () => {
    // A valid header and 200 KB of real rows (past the part read to recognise the file), then 512 MiB
    // of zeros: under a megabyte deflated, declared as 100 bytes.
    const inflated = Buffer.alloc(512 * 1024 * 1024);
    let at = inflated.write(HEADER);
    for (let i = 0; at < 200_000; i++)
      at += inflated.write(`A${i * 7919},B${i * 104723},,,,,05 Mar 2024\n`, at);
    const bomb = buildZip([
      { name: 'Connections.csv', deflated: deflateRawSync(inflated, { level: 9 }), declaredSize: 100 },
    ]);
    const callsBefore = nativeCalls;
    const before = process.memoryUsage().arrayBuffers;
    const error = inputErrorOf(() => analyze([file('export.zip', bomb)], options));
    const grown = process.memoryUsage().arrayBuffers - before;
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('ZIP bomb');
    expect(grown).toBeLessThan(64 * 1024 * 1024);
    if (inflateRaw) expect(nativeCalls).toBeGreaterThan(callsBefore);
  });

  it('refuses encrypted, truncated and nested ZIPs, and ZIPs with no CSV', () => {
    expect(
      inputErrorOf(() => analyze([file('e.zip', buildZip([{ ...connections, encrypted: true }]))], options))
        .code,
    ).toBe('encrypted-zip');
    const whole = buildZip([connections]);
    expect(
      inputErrorOf(() => analyze([file('t.zip', whole.subarray(0, whole.length - 30))], options)).code,
    ).toBe('unreadable-zip');
    expect(
      inputErrorOf(() => analyze([file('n.zip', buildZip([{ name: 'inner.zip', data: whole }]))], options))
        .code,
    ).toBe('nested-zip');
    expect(
      inputErrorOf(() =>
        analyze([file('p.zip', buildZip([{ name: 'photo.jpg', data: text('x') }]))], options),
      ).code,
    ).toBe('not-an-export');
  });

  it('skips entries whose names climb out of the archive, and says so', () => {
    const zip = buildZip([
      { ...connections, name: '../Connections.csv' },
      { ...connections, name: 'ok/Connections.csv' },
    ]);
    const report = analyze([file('x.zip', zip)], options);
    expect(report.people).toHaveLength(1);
    expect(report.warnings.map((w) => w.code)).toContain('unsafe-path');
  });

  it('refuses an entry cut short after its header and an entry larger than the limit, in words', () => {
    // Rows that barely compress, so the cut falls after the part read to recognise the file.
    let rows = '';
    for (let i = 0; rows.length < 300_000; i++)
      rows += `A${(i * 7919) % 104729},B${(i * 104723) % 7907},,,,,05 Mar 2024\n`;
    const deflated = deflateRawSync(text(HEADER + rows));
    expect(deflated.length).toBeGreaterThan(40_000);
    const cut = buildZip([
      { name: 'Connections.csv', deflated: deflated.subarray(0, 40_000), declaredSize: 100 },
    ]);
    const error = inputErrorOf(() => analyze([file('d.zip', cut)], options));
    expect(error.code).toBe('unreadable-zip');
    expect(error.message).toContain('damaged');

    const zip = buildZip([{ name: 'Connections.csv', deflated, declaredSize: 100 }]);
    const limits = { maxEntries: 10, maxEntryBytes: 100_000, maxTotalBytes: 200_000 };
    const tooLarge = inputErrorOf(() =>
      readExport([file('l.zip', zip)], new WarningLog(), { limits, inflateRaw }),
    );
    expect(tooLarge.code).toBe('too-large');
    expect(tooLarge.message).toContain('far beyond a LinkedIn export');
  });

  it('refuses more entries than any export has', () => {
    const many = Array.from({ length: 5001 }, (_, i) => ({ name: `f${i}.txt`, data: text('') }));
    expect(inputErrorOf(() => analyze([file('m.zip', buildZip(many))], options)).code).toBe('too-large');
  });
});

describe('the readers never fail in any other way', () => {
  it('arbitrary bytes give a result or the engine’s own input error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), (bytes, asZip) => {
        const input = asZip ? new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...bytes]) : bytes;
        try {
          readExport([file('x.csv', input)], new WarningLog());
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary text under a Connections header never throws anything but an input error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (body) => {
        try {
          const report = analyze([file('Connections.csv', HEADER + body)], { asOf: AS_OF });
          expect(report.people.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
