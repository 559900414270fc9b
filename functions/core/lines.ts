import type { Person } from './report.ts';

/**
 * The lines the engine draws, in one place: the engine, the API and the page import them from here.
 * Confidences are calibrated probabilities, so each line means what it says.
 */

/** From this probability on, a person is a former colleague: more likely than not. */
export const LIKELY = 0.5;
/**
 * Sure enough to say "you both worked at" (reasons) or "since we worked together" (drafts), given
 * evidence besides the timing of the connection.
 */
export const SURE = 0.8;
/** A possible colleague: below LIKELY, shown on request with the evidence, never counted. */
export const POSSIBLE = 0.2;

/** Below LIKELY, with a shared employer from POSSIBLE: offered on request ("show possible colleagues"). */
export function isPossibleColleague(person: Pick<Person, 'category' | 'sharedEmployers'>): boolean {
  const top = person.sharedEmployers[0];
  return person.category === 'other' && top !== undefined && top.probability >= POSSIBLE;
}
