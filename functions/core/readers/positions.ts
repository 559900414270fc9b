import type { Table } from '../input/read-export.ts';
import { type Day, parseMonthYear } from '../normalise/dates.ts';
import type { WarningLog } from '../warnings.ts';
import { column, rowNumber, tidy } from './cells.ts';

/** One row of the owner's work history. `to` is null for a current role. */
export interface Position {
  company: string;
  title: string;
  from: Day;
  to: Day | null;
}

export function readPositions(tables: Table[], warnings: WarningLog): Position[] {
  const positions: Position[] = [];
  for (const table of tables) {
    const company = column(table, 'company name');
    const title = column(table, 'title');
    const started = column(table, 'started on');
    const finished = column(table, 'finished on');
    table.rows.forEach((row, index) => {
      const name = tidy(company(row));
      const start = parseMonthYear(started(row));
      if (!name || !start) {
        warnings.add({ file: table.file, code: 'bad-position', row: rowNumber(index) });
        return;
      }
      const endText = finished(row);
      const end = endText ? parseMonthYear(endText) : null;
      if (endText && !end) {
        warnings.add({
          file: table.file,
          code: 'position-end-unreadable',
          company: name,
          row: rowNumber(index),
        });
      }
      let from = start.first;
      let to = end ? end.last : null;
      if (to !== null && to < from) {
        warnings.add({ file: table.file, code: 'dates-reversed', company: name, row: rowNumber(index) });
        from = end?.first ?? from;
        to = start.last;
      }
      positions.push({ company: name, title: tidy(title(row)), from, to });
    });
  }
  return positions;
}
