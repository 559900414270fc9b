import type { Table } from '../input/read-export.ts';
import { type Day, parseDate } from '../normalise/dates.ts';
import { profileSlug } from '../normalise/profile-slug.ts';
import { column, tidy } from './cells.ts';

export interface Endorsement {
  received: boolean;
  slug: string | null;
  name: string;
  skill: string;
  day: Day | null;
}

export function readEndorsements(tables: Table[], received: boolean): Endorsement[] {
  const who = received ? 'endorser' : 'endorsee';
  const endorsements: Endorsement[] = [];
  for (const table of tables) {
    const date = column(table, 'endorsement date');
    const skill = column(table, 'skill name');
    const first = column(table, `${who} first name`);
    const last = column(table, `${who} last name`);
    const url = column(table, `${who} public url`);
    const status = column(table, 'endorsement status');
    for (const row of table.rows) {
      if (/^(rejected|hidden|removed)$/i.test(status(row))) continue;
      endorsements.push({
        received,
        slug: profileSlug(url(row)),
        name: tidy(`${first(row)} ${last(row)}`),
        skill: skill(row),
        day: parseDate(date(row)),
      });
    }
  }
  return endorsements;
}
