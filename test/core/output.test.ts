import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../functions/core/index.ts';
import { csvCell, PEOPLE_CSV_COLUMNS, peopleCsv } from '../../functions/core/output/people-csv.ts';
import { escapeHtml, reportHtml, SCRIPT_HASH } from '../../functions/core/output/report-html.ts';
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

  it('shows markup from names as text; its one script is allowed by its hash, and nothing else runs', () => {
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? '');
    expect(scripts).toHaveLength(1);
    const hash = `sha256-${createHash('sha256')
      .update(scripts[0] ?? '')
      .digest('base64')}`;
    // A changed script needs its new hash in report-html.ts: this says which.
    expect(SCRIPT_HASH, `SCRIPT_HASH should be '${hash}'`).toBe(hash);
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src '${hash}'`);
    expect(html).not.toMatch(/<img|<b>/i);
    // No event handler attribute: outside quoted attribute values, no " on…=" inside a tag.
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(html).toContain(escapeHtml('<img src=x onerror=alert(1)>'));
  });

  it('links only to LinkedIn profiles built by the engine', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBe(3);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/www\.linkedin\.com\/in\/[a-z0-9%-]+$/);
  });
});
