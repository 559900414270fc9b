import { InputError } from '../errors.ts';
import { getOrInsert } from '../get-or-insert.ts';
import type { Table } from '../input/read-export.ts';
import { type Day, detectNumericOrder, parseDate } from '../normalise/dates.ts';
import { profileSlug } from '../normalise/profile-slug.ts';
import type { WarningLog } from '../warnings.ts';
import { column, rowNumber } from './cells.ts';

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
      warnings.add(
        table.file,
        'duplicate-file',
        `${table.file} was given twice; the second copy was not used.`,
      );
      continue;
    }
    files.add(signature);
    readTable(table, warnings, connections, seen);
  }
  if (connections.length === 0) {
    throw new InputError(
      'no-connection-rows',
      'Connections.csv has a header but no connections in it. Download the export again; if you have no connections yet, there is nothing to rank.',
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
    const firstName = tidy(first(row));
    const lastName = tidy(last(row));
    const slug = profileSlug(url(row));
    const dateText = connected(row);
    const connectedOn = dateOf(dateText);
    if (!firstName && !lastName && !slug && connectedOn === null) {
      warnings.add(
        table.file,
        'empty-row',
        'A row with no name, profile or date was skipped.',
        rowNumber(index),
      );
      return;
    }
    if (dateText && connectedOn === null) {
      warnings.add(
        table.file,
        'bad-date',
        `"Connected On" could not be read as a date; the row was kept without one.`,
        rowNumber(index),
      );
    }
    if (slug) {
      if (seen.has(slug)) {
        warnings.add(
          table.file,
          'duplicate-person',
          'The same profile appears twice; the second row was skipped.',
          rowNumber(index),
        );
        return;
      }
      seen.add(slug);
    }
    const name = `${firstName} ${lastName}`.trim();
    out.push({
      row: out.length,
      firstName,
      lastName,
      name,
      slug,
      email: email(row),
      company: tidy(company(row)),
      position: tidy(position(row)),
      connectedOn,
      hidden: !name && !slug,
    });
  });
}

/** Collapses runs of spaces that re-saves and copy-paste leave inside names. */
export function tidy(text: string): string {
  const trimmed = text.trim();
  return INNER_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

const INNER_SPACE = /\s\s|[\t\n\r]/;
