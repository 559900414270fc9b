import type { WarningLog } from '../warnings.ts';
import type { Table } from './read-export.ts';

/**
 * The same category given twice — an export folder and its own messages.csv, an endorsements file
 * and its UTF-16 re-save — must not count each message or endorsement twice. A row of a later file
 * that an earlier file of the same kind already holds, cell for cell by column name, is dropped, and
 * a warning says how many. Rows repeated within one file are kept: there they are real.
 */
export function dedupeTables(tables: Table[], warnings: WarningLog): void {
  const seen = new Set<string>();
  tables.forEach((table, n) => {
    const names = [...table.columns.keys()].sort();
    const indexes = names.map((name) => table.columns.get(name) as number);
    const keyOf = (row: string[]) => {
      let key = '';
      for (let i = 0; i < names.length; i++)
        key += `${names[i]}\u0000${(row[indexes[i] as number] ?? '').trim()}\u0001`;
      return key;
    };
    if (n === 0) {
      for (const row of table.rows) seen.add(keyOf(row));
      return;
    }
    const before = table.rows.length;
    const kept = table.rows.filter((row) => {
      const key = keyOf(row);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (kept.length < before) {
      table.rows = kept;
      warnings.add({ file: table.file, code: 'duplicate-rows', count: before - kept.length });
    }
  });
}
