import { InputError } from '../errors.ts';
import { getOrInsert } from '../get-or-insert.ts';
import type { Table } from '../input/read-export.ts';
import { type Day, detectNumericOrder, parseDate } from '../normalise/dates.ts';
import { profileSlug } from '../normalise/profile-slug.ts';
import type { WarningLog } from '../warnings.ts';
import { column, rowNumber, tidy } from './cells.ts';

/** Longest name, company or position kept, in characters. */
const LONGEST = 200;
const LINKEDIN_CAP = 30_000;
const LINKEDIN_FOUNDED = 12_177; // 2003-05-05, as a day number

export interface Connection {
  row: number;
  firstName: string;
  lastName: string;
  name: string;
  slug: string | null;
  email: string;
  company: string;
  position: string;
  connectedOn: Day | null;
  /** A closed or hidden profile: LinkedIn gives only the date. */
  hidden: boolean;
}

export function readConnections(tables: Table[], warnings: WarningLog): Connection[] {
  const connections: Connection[] = [];
  // Shared across files: the same export given twice (a ZIP and its CSV) must not double anyone.
  const seen = new Set<string>();
  const files = new Set<string>();
  for (const table of tables) {
    const signature = `${table.rows.length}\u0000${JSON.stringify(table.rows.slice(0, 3))}`;
    if (files.has(signature)) {
      warnings.add({ file: table.file, code: 'duplicate-file' });
      continue;
    }
    files.add(signature);
    readTable(table, warnings, connections, seen);
  }
  if (files.size > 1) {
    warnings.add({
      file: tables[0]?.file ?? 'Connections.csv',
      code: 'several-connection-files',
      count: files.size,
    });
  }
  if (connections.length > LINKEDIN_CAP) {
    warnings.add({
      file: tables[0]?.file ?? 'Connections.csv',
      code: 'over-linkedin-cap',
      count: connections.length,
      limit: LINKEDIN_CAP,
    });
  }
  if (connections.length === 0) {
    throw new InputError(
      'no-connection-rows',
      'Connections.csv has no connections in it (rows that hold none were skipped). Download the export again; if you have no connections yet, there is nothing to rank.',
    );
  }
  return connections;
}

function readTable(table: Table, warnings: WarningLog, out: Connection[], seen: Set<string>): void {
  const first = column(table, 'first name');
  const last = column(table, 'last name');
  const url = column(table, 'url', 'profile url');
  const email = column(table, 'email address', 'email');
  const company = column(table, 'company');
  const position = column(table, 'position');
  const connected = column(table, 'connected on');
  const order = detectNumericOrder(table.rows.slice(0, 2000).map(connected));
  // 30,000 rows share a few thousand dates: read each distinct text once.
  const dates = new Map<string, Day | null>();
  const dateOf = (text: string) => getOrInsert(dates, text, () => parseDate(text, order));

  table.rows.forEach((row, index) => {
    const firstName = shortened(tidy(first(row)));
    const lastName = shortened(tidy(last(row)));
    const slug = profileSlug(url(row));
    const dateText = connected(row);
    const connectedOn = dateOf(dateText);
    if (!firstName && !lastName && !slug && connectedOn === null) {
      warnings.add({ file: table.file, code: 'empty-row', row: rowNumber(index) });
      return;
    }
    // A name alone — no profile, no company, no date — is no connection (a stray line, a pasted note).
    if (!slug && connectedOn === null && !tidy(company(row))) {
      warnings.add({ file: table.file, code: 'not-a-connection', row: rowNumber(index) });
      return;
    }
    if (dateText && connectedOn === null) {
      warnings.add({ file: table.file, code: 'bad-date', what: 'connection', row: rowNumber(index) });
    }
    if (slug) {
      if (seen.has(slug)) {
        warnings.add({ file: table.file, code: 'duplicate-person', row: rowNumber(index) });
        return;
      }
      seen.add(slug);
    }
    const name = `${firstName} ${lastName}`.trim();
    const companyName = shortened(tidy(company(row)));
    const positionName = shortened(tidy(position(row)));
    // Only a cut cell is longer than LONGEST (by its ellipsis).
    const long =
      firstName.length > LONGEST ||
      lastName.length > LONGEST ||
      companyName.length > LONGEST ||
      positionName.length > LONGEST;
    if (long) warnings.add({ file: table.file, code: 'long-cell', limit: LONGEST, row: rowNumber(index) });
    if (connectedOn !== null && connectedOn < LINKEDIN_FOUNDED) {
      warnings.add({ file: table.file, code: 'date-before-linkedin', row: rowNumber(index) });
    }
    out.push({
      row: out.length,
      firstName,
      lastName,
      name,
      slug,
      email: email(row),
      company: companyName,
      position: positionName,
      connectedOn,
      hidden: !name && !slug,
    });
  });
}

/** A name is not a novel: cells beyond LONGEST are cut, so one hostile row cannot bloat the report. */
function shortened(text: string): string {
  return text.length <= LONGEST ? text : `${text.slice(0, LONGEST)}…`;
}

/** Collapses runs of spaces that re-saves and copy-paste leave inside names. */
