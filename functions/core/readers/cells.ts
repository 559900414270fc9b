import type { Table } from '../input/read-export.ts';

/** Reads cells by column name, so an added or reordered column never shifts the data. */
export type CellReader = (row: string[]) => string;

export function column(table: Table, ...names: string[]): CellReader {
  for (const name of names) {
    const index = table.columns.get(name);
    if (index !== undefined) return (row) => (row[index] ?? '').trim();
  }
  return () => '';
}

export function hasColumn(table: Table, name: string): boolean {
  return table.columns.has(name);
}

/** Data row numbers in warnings count from 1, the first row under the header. */
export function rowNumber(index: number): number {
  return index + 1;
}
