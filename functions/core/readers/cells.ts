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

/**
 * A cell as shown to people: trimmed, runs of spaces collapsed, and control characters (NUL, escape,
 * line breaks) gone — they mean nothing in a name and could do harm where it is printed.
 */
export function tidy(text: string): string {
  const trimmed = text.trim();
  return UNTIDY.test(trimmed) ? trimmed.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim() : trimmed;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const UNTIDY = /\s\s|[\u0000-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;
