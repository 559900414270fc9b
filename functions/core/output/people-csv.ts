import type { Person, Report } from '../report.ts';
import { type Lang, personWords, phrasebook, wordsContext } from '../words/index.ts';

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
  'tie',
  'status',
  'due',
  'score',
  'relevance',
  'shared_employer',
  'connected_on',
  'last_contact',
  'reasons',
  'draft',
] as const;

export function peopleCsv(report: Report, people: Person[] = report.people, lang: Lang = 'en'): string {
  const book = phrasebook(lang);
  const context = wordsContext(report);
  const rows = people.map((p) => {
    const words = personWords(p, context, book);
    return [
      String(p.rank),
      p.name,
      p.profileUrl ?? '',
      p.company,
      p.position,
      p.category,
      String(p.confidence),
      p.tie,
      p.status,
      p.due ?? '',
      String(p.score),
      String(p.relevance),
      p.sharedEmployers[0]?.company ?? '',
      p.connectedOn ?? '',
      p.lastContact ?? '',
      words.reasons.join(' '),
      words.draft ?? '',
    ];
  });
  // A BOM so spreadsheets open the file as UTF-8; CRLF as RFC 4180 asks.
  return `\ufeff${[[...PEOPLE_CSV_COLUMNS], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
