import type { Table } from '../input/read-export.ts';
import { column, tidy } from './cells.ts';

export interface Profile {
  firstName: string;
  lastName: string;
  headline: string;
}

export function readProfile(tables: Table[]): Profile | null {
  const table = tables[0];
  const row = table?.rows[0];
  if (!table || !row) return null;
  return {
    firstName: tidy(column(table, 'first name')(row)),
    lastName: tidy(column(table, 'last name')(row)),
    headline: tidy(column(table, 'headline')(row)),
  };
}
