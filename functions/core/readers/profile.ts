import { InputError } from '../errors.ts';
import type { Table } from '../input/read-export.ts';
import { column, tidy } from './cells.ts';

export interface Profile {
  firstName: string;
  lastName: string;
  headline: string;
}

/**
 * The owner's profile. Two Profile.csv files of two people are two people's exports given together:
 * one report from both would rank one person's network against the other's jobs. One person's two
 * exports may differ in a name (a married name, a middle name added): only when both the first and
 * the last name differ are they taken for two people.
 */
export function readProfile(tables: Table[]): Profile | null {
  const profiles = tables.map(profileOf).filter((p) => p !== null);
  const first = profiles[0];
  const other = profiles.find(
    (p) => first && differs(p.firstName, first.firstName) && differs(p.lastName, first.lastName),
  );
  if (first && other) {
    const names = [first, other].map((p) => `${p.firstName} ${p.lastName}`.trim());
    throw new InputError(
      'several-exports',
      `These files come from ${names.length} people's exports (${names.join(', ')}). Give Reconnect one person's export at a time.`,
    );
  }
  return first ?? null;
}

/** Two names with nothing in common, a word of one not even in the other ("Ana" and "Ana María" share). */
function differs(a: string, b: string): boolean {
  const words = (name: string) =>
    name
      .toLowerCase()
      .split(/[\s-]+/)
      .filter(Boolean);
  const other = new Set(words(b));
  return words(a).length > 0 && other.size > 0 && !words(a).some((w) => other.has(w));
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
