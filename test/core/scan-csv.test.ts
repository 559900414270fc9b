import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Delimiter, parseCsv } from '../../functions/core/input/parse-csv.ts';
import { scanCsv } from '../../functions/core/input/scan-csv.ts';

/** CSV text as exports and spreadsheets write it, and as they break it: quotes, line ends, blanks. */
const piece = fc.oneof(
  fc.constantFrom(',', ',', ',', '"', '""', '\n', '\r\n', '\r', ' ', 'a', 'Zoë', '☕', ';', '\t', ''),
  fc.stringMatching(/^[a-z ,]{1,8}$/),
);
const csvText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

/** Well-formed CSV: every cell either bare or quoted with its quotes doubled. */
const cell = fc.oneof(
  fc.stringMatching(/^[a-z☕ ]{0,6}$/),
  fc.stringMatching(/^[a-z,"\n ☕]{0,8}$/).map((s) => `"${s.replaceAll('"', '""')}"`),
);
const wellFormed = fc
  .tuple(
    fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([rows, end]) => rows.map((r) => r.join(',')).join(end));

/** Every row read whole, as papaparse reads them all: the two readings to compare. */
const scannedWhole = (text: string, delimiter: Delimiter = ',') =>
  scanCsv(text, { delimiter, wholeRows: Number.POSITIVE_INFINITY, keep: new Set() });
const papaparsed = (text: string, delimiter: Delimiter = ',') => parseCsv(text, { delimiter }).rows;

describe('scanCsv', () => {
  it('reads whole rows exactly as papaparse does, or gives up', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const scanned = scannedWhole(text);
        if (scanned !== null) expect(scanned).toEqual(papaparsed(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every well-formed file', () => {
    fc.assert(
      fc.property(wellFormed, (text) => {
        expect(scannedWhole(text)).toEqual(papaparsed(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads tab- and semicolon-separated re-saves as papaparse does', () => {
    fc.assert(
      fc.property(wellFormed, fc.constantFrom('\t', ';'), (text, delimiter) => {
        const resaved = text.replaceAll(',', delimiter);
        expect(scannedWhole(resaved, delimiter)).toEqual(papaparsed(resaved, delimiter));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the asked-for columns below the top rows and leaves the others empty', () => {
    fc.assert(
      fc.property(wellFormed, fc.nat(3), fc.subarray([0, 1, 2, 3, 4]), (text, wholeRows, keep) => {
        const scanned = scanCsv(text, { delimiter: ',', wholeRows, keep: new Set(keep) });
        const expected = papaparsed(text).map((row, r) =>
          r < wholeRows ? row : row.map((c, i) => (keep.includes(i) ? c : '')),
        );
        expect(scanned).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives up on a quote that never closes, and on text after a closing quote', () => {
    const options = { delimiter: ',', wholeRows: 1, keep: new Set([0]) };
    expect(scanCsv('a,b\n"open,c\n', options)).toBeNull();
    expect(scanCsv('a,b\n"x"y,c\n', options)).toBeNull();
    expect(scanCsv('a;b\n"x";"y"\n', { ...options, delimiter: ';' })).toEqual([
      ['a', 'b'],
      ['x', ''],
    ]);
  });
});
