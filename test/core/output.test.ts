import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../functions/core/index.ts';
import { csvCell, PEOPLE_CSV_COLUMNS, peopleCsv } from '../../functions/core/output/people-csv.ts';
import { escapeHtml, reportHtml } from '../../functions/core/output/report-html.ts';
import { buildExport } from '../support/build-export.ts';

const HOSTILE = [
  {
    first: '=HYPERLINK("http://evil")',
    last: '+1',
    slug: 'formula',
    company: '@SUM(A1)',
    position: '-2+3',
    connected: '01 Jan 2020',
  },
  {
    first: '<img src=x onerror=alert(1)>',
    last: '"><script>alert(2)</script>',
    slug: 'markup',
    company: '<b>Bold</b> & Co',
    connected: '01 Jan 2021',
  },
  { first: 'Tab', last: '\tStart', slug: 'tab', company: '\rCR', connected: '01 Jan 2022' },
];
const report = analyze(buildExport({ connections: HOSTILE }), { asOf: '2026-06-01' });

describe('the people CSV', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}x`)).toMatch(/^"?'/);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('reads back as the same people, one row each, nothing executable', () => {
    const text = peopleCsv(report).replace(/^\ufeff/, '');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(rows[0] ?? {})).toEqual([...PEOPLE_CSV_COLUMNS]);
    expect(rows.map((r) => r.profile_url).sort()).toEqual(report.people.map((p) => p.profileUrl).sort());
    for (const row of rows) {
      for (const cell of Object.values(row)) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const formula = rows.find((r) => r.profile_url?.endsWith('/formula'));
    expect(formula?.name).toBe(`'=HYPERLINK("http://evil") +1`);
  });
});

describe('the HTML report', () => {
  const html = reportHtml(report);

  it('shows markup from names as text and runs no script', () => {
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain(escapeHtml('<img src=x onerror=alert(1)>'));
    expect(html).toContain("default-src 'none'");
  });

  it('links only to LinkedIn profiles built by the engine', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBe(3);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/www\.linkedin\.com\/in\/[a-z0-9%-]+$/);
  });
});
