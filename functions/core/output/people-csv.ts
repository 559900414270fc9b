import type { Person, Report } from '../report.ts';

/**
 * The ranked people as CSV, one row a person. Cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) get a leading apostrophe: names come from strangers.
 */
export const PEOPLE_CSV_COLUMNS = [
  'rank',
  'name',
  'profile_url',
  'company',
  'position',
  'category',
  'confidence',
  'score',
  'relevance',
  'recency',
  'shared_employer',
  'connected_on',
  'last_contact',
  'reasons',
  'draft',
] as const;

export function peopleCsv(report: Report, people: Person[] = report.people): string {
  const rows = people.map((p) => [
    String(p.rank),
    p.name,
    p.profileUrl ?? '',
    p.company,
    p.position,
    p.category,
    String(p.confidence),
    String(p.score),
    String(p.relevance),
    String(p.recency),
    p.sharedEmployers[0]?.company ?? '',
    p.connectedOn ?? '',
    p.lastContact ?? '',
    p.reasons.join(' '),
    p.draft,
  ]);
  // A BOM so spreadsheets open the file as UTF-8; CRLF as RFC 4180 asks.
  return `\ufeff${[[...PEOPLE_CSV_COLUMNS], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
