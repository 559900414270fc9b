import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../functions/core/index.ts';
import { peopleCsv } from '../../functions/core/output/people-csv.ts';
import { escapeIcsText, remindersIcs } from '../../functions/core/output/reminders-ics.ts';
import { buildExport, csv } from '../support/build-export.ts';

/** Whatever strangers put in their names, the exports carry it back unchanged and inert. */
const cellText = fc
  .stringMatching(/^[\p{L}\p{N} ,"'=+\-@<>&;:!?.()\u05d0-\u05ea\u{1F680}]{1,40}$/u)
  .filter((s) => s.trim().length > 0);

describe('the people CSV, read back', () => {
  it('gives the same people, names and companies, with formula starts neutralised', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cellText, cellText), { minLength: 1, maxLength: 8 }), (rows) => {
        const connections = rows.map(([name, company], i) => ({
          first: name,
          last: `P${i}`,
          slug: `p${i}`,
          company,
          connected: '05 Mar 2024',
        }));
        const report = analyze(buildExport({ connections }), { asOf: '2026-06-01' });
        const parsed = Papa.parse<Record<string, string>>(peopleCsv(report).replace(/^\ufeff/, ''), {
          header: true,
          skipEmptyLines: true,
        }).data;
        // What a spreadsheet must not run gets a leading apostrophe; everything else is as written.
        const guarded = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
        expect(parsed.map((r) => r.profile_url).sort()).toEqual(
          report.people.map((p) => p.profileUrl).sort(),
        );
        for (const person of report.people) {
          const row = parsed.find((r) => r.profile_url === person.profileUrl);
          expect(row?.name).toBe(guarded(person.name));
          expect(row?.company).toBe(guarded(person.company));
          for (const value of Object.values(row ?? {})) expect(value).not.toMatch(/^[=+\-@\t\r]/);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reads any CSV cell this project writes exactly as written', () => {
    fc.assert(
      // A lone empty cell is an empty line, which readers skip: rows here have something in them.
      fc.property(fc.array(fc.string({ maxLength: 30 }), { minLength: 2, maxLength: 6 }), (cells) => {
        const parsed = Papa.parse<string[]>(csv([cells]), { newline: '\n', delimiter: ',' }).data[0];
        expect(parsed).toEqual(cells);
      }),
      { numRuns: 300 },
    );
  });
});

describe('calendar reminders', () => {
  it('escape what RFC 5545 reserves and drop control characters', () => {
    expect(escapeIcsText('a;b,c\\d\ne\u0007f')).toBe('a\\;b\\,c\\\\d\\ne f');
  });

  it('keep every event inside its lines, whatever the names hold', () => {
    const report = analyze(
      buildExport({
        positions: [{ company: 'Acme', from: 'Jan 2018', to: 'Dec 2020' }],
        connections: [
          {
            first: 'Evil\r\nBEGIN:VEVENT',
            last: 'X;Y,Z',
            slug: 'evil',
            company: 'Acme',
            connected: '05 Mar 2018',
          },
          { first: 'Ann', last: 'Long'.repeat(40), slug: 'ann', company: 'Acme', connected: '06 Mar 2018' },
        ],
      }),
      { asOf: '2026-06-01' },
    );
    const ics = remindersIcs(report);
    const lines = ics.split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).not.toMatch(/\r\n(?! )[^A-Z]/);
  });
});
