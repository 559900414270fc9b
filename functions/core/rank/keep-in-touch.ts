import type { Day } from '../normalise/dates.ts';
import type { KeepInTouchDays, Tie, TouchStatus } from '../report.ts';

/**
 * The keep-in-touch model: each tie has an interval (close every 3 months, familiar every 6,
 * distant yearly, as personal CRMs let people set "stay in touch every N days"; here it comes from
 * the export). From the last contact a person is in touch until the interval has passed, then due,
 * and quiet once the silence has lasted years: a tie that went quiet long ago needs a careful word.
 */
export const KEEP_IN_TOUCH_DEFAULTS: KeepInTouchDays = { close: 90, familiar: 180, distant: 365 };
/** Silence from this long is "quiet for years". */
export const QUIET_DAYS = 730;
/** The most an interval may be set to: ten years. */
export const MAX_INTERVAL_DAYS = 3650;

export interface TouchState {
  status: TouchStatus;
  /** The day contact became (or becomes) due; null with no known contact. */
  due: Day | null;
}

export function touchState(
  lastContact: Day | null,
  tie: Tie,
  asOf: Day,
  every: KeepInTouchDays,
  mark?: { kind: 'messaged' | 'snoozed' | 'not-now'; on: Day; until: Day | null },
): TouchState {
  // Snoozed, or "not now" (until the tie's next interval from the day it was said): no reminder.
  const quietUntil =
    mark?.kind === 'snoozed' ? mark.until : mark?.kind === 'not-now' ? mark.on + every[tie] : null;
  if (quietUntil !== null && quietUntil !== undefined && asOf < quietUntil)
    return { status: 'snoozed', due: quietUntil };
  if (lastContact === null) return { status: 'quiet', due: null };
  const due = lastContact + every[tie];
  if (asOf < due) return { status: 'in-touch', due };
  return { status: asOf - lastContact >= QUIET_DAYS ? 'quiet' : 'due', due };
}

/** The intervals to use: the defaults, overridden by whole numbers of days from 1 to ten years. */
export function keepInTouchDays(given: Partial<KeepInTouchDays> | undefined): KeepInTouchDays {
  const days = { ...KEEP_IN_TOUCH_DEFAULTS };
  for (const tie of ['close', 'familiar', 'distant'] as const) {
    const n = given?.[tie];
    if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_INTERVAL_DAYS) days[tie] = n;
  }
  return days;
}
