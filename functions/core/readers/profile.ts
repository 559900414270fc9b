import { InputError } from '../errors.ts';
import type { Table } from '../input/read-export.ts';
import { column, tidy } from './cells.ts';

export interface Profile {
  firstName: string;
  lastName: string;
  headline: string;
}

/**
 * The owner's profile. Two Profile.csv files naming two people are two people's exports given
 * together: one report from both would rank one person's network against the other's jobs.
 */
export function readProfile(tables: Table[]): Profile | null {
  const profiles = tables.map(profileOf).filter((p) => p !== null);
  const names = [...new Set(profiles.map((p) => `${p.firstName} ${p.lastName}`.trim()).filter(Boolean))];
  if (names.length > 1) {
    throw new InputError(
      'several-exports',
      `These files come from ${names.length} people's exports (${names.join(', ')}). Give Reconnect one person's export at a time.`,
    );
  }
  return profiles[0] ?? null;
}

function profileOf(table: Table): Profile | null {
  const row = table.rows[0];
  if (!row) return null;
  return {
    firstName: tidy(column(table, 'first name')(row)),
    lastName: tidy(column(table, 'last name')(row)),
    headline: tidy(column(table, 'headline')(row)),
  };
}
