import type { Table } from '../input/read-export.ts';
import { type Day, parseDate } from '../normalise/dates.ts';
import { column, tidy } from './cells.ts';

/** Recommendations carry no URL: the person is found by name. `company` is theirs when they wrote it. */
export interface Recommendation {
  received: boolean;
  name: string;
  company: string;
  jobTitle: string;
  day: Day | null;
}

export function readRecommendations(tables: Table[], received: boolean): Recommendation[] {
  const recommendations: Recommendation[] = [];
  for (const table of tables) {
    const first = column(table, 'first name');
    const last = column(table, 'last name');
    const company = column(table, 'company');
    const title = column(table, 'job title');
    const date = column(table, 'creation date');
    const status = column(table, 'status');
    for (const row of table.rows) {
      if (/^(rejected|pending|declined)$/i.test(status(row))) continue;
      recommendations.push({
        received,
        name: tidy(`${first(row)} ${last(row)}`),
        company: tidy(company(row)),
        jobTitle: tidy(title(row)),
        day: parseDate(date(row)),
      });
    }
  }
  return recommendations;
}
