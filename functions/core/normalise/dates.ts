import { memoised } from '../memoised.ts';

/**
 * Dates as the export writes them, in every format LinkedIn and spreadsheets produce, turned into
 * day numbers (days since 1970-01-01): cheap to compare, and free of time zones and clocks.
 */
export type Day = number;

/** Which of the two numbers comes first in `3/5/24`: US spreadsheets and LinkedIn write month first. */
export type NumericOrder = 'mdy' | 'dmy';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

export function dayFromYmd(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1)
    return null;
  if (day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Calendar arithmetic without Date objects (H. Hinnant's days-from-civil): reports format tens of
// thousands of dates, and a Date plus toISOString each time showed up as the hottest line in profiles.
function daysFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: Day): [year: number, month: number, day: number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Memoised: a report writes the same few thousand days tens of thousands of times. */
export const isoDate: (day: Day) => string = memoised((day) => {
  const [y, m, d] = civilFromDays(day);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
});

/**
 * The fast path for `2023-03-12…` and `2020/03/12…`, the forms of messages and endorsements (100,000
 * rows of them in a big export): digits read by char code. Undefined when the text is not of that form.
 */
function isoPrefix(text: string): Day | null | undefined {
  if (text.length < 10) return undefined;
  const sep = text.charCodeAt(4);
  if ((sep !== 45 && sep !== 47) || text.charCodeAt(7) !== sep) return undefined;
  if (text.length > 10 && text.charCodeAt(10) !== 32 && text.charCodeAt(10) !== 84) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  return year < 0 || month < 0 || day < 0 ? undefined : dayFromYmd(year, month, day);
}

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** `2026-03-01` and only that: the report's own dates and the as-of date ("2026/03/01" is not ISO). */
export function parseIsoDate(text: string): Day | null {
  if (text.length === 10 && text.charCodeAt(4) === 45) {
    const fast = isoPrefix(text);
    if (fast !== undefined) return fast;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function yearOf(day: Day): number {
  return civilFromDays(day)[0];
}

export function monthOf(day: Day): number {
  return civilFromDays(day)[1];
}

export function dayOfMonth(day: Day): number {
  return civilFromDays(day)[2];
}

/** Two-digit years: LinkedIn began in 2003, so `24` is 2024. */
function fullYear(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}

const ISO_PREFIX = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[ T])/;
const DAY_MONTH_NAME = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{2}|\d{4})$/;
const MONTH_NAME_DAY = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:$|[ ,])/;

/**
 * A calendar date: `05 Mar 2024`, `5-Mar-24`, `Mar 5, 2024`, `3/5/24`, `2024-03-05`,
 * `2023-03-12 14:05:33 UTC`, `2020/03/12 14:05:33 UTC`, `3/7/26, 1:07 PM`. Null when unreadable.
 */
export function parseDate(raw: string, order: NumericOrder = 'mdy'): Day | null {
  const fast = isoPrefix(raw);
  if (fast !== undefined) return fast;
  const text = raw.trim();
  if (!text) return null;
  let m = ISO_PREFIX.exec(text);
  if (m) return dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_NAME.exec(text);
  if (m) return withMonthName(m[2], Number(m[1]), m[3]);
  m = MONTH_NAME_DAY.exec(text);
  if (m) return withMonthName(m[1], Number(m[2]), m[3]);
  m = NUMERIC.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const year = fullYear(m[3] ?? '');
    return order === 'mdy' ? dayFromYmd(year, a, b) : dayFromYmd(year, b, a);
  }
  return null;
}

function withMonthName(name: string | undefined, day: number, year: string | undefined): Day | null {
  const month = MONTHS[(name ?? '').toLowerCase()];
  return month ? dayFromYmd(fullYear(year ?? ''), month, day) : null;
}

/**
 * Decides `3/5/24` for a whole column: a first number above 12 proves day-first, a second above 12
 * proves month-first. Undecided columns are month-first, as LinkedIn's own numeric dates are.
 */
export function detectNumericOrder(values: Iterable<string>): NumericOrder {
  for (const value of values) {
    const m = NUMERIC.exec(value.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) return 'dmy';
    if (Number(m[2]) > 12) return 'mdy';
  }
  return 'mdy';
}

export interface MonthSpan {
  first: Day;
  last: Day;
}

/**
 * A Positions.csv date: `Mar 2019`, `March 2019`, `2019`, `03/2019`, `2019-03`. Returns the first
 * and last day it can mean, so a start takes `first` and an end takes `last`.
 */
export function parseMonthYear(raw: string): MonthSpan | null {
  const parts = yearAndMonth(raw.trim());
  if (parts === undefined) {
    const day = parseDate(raw);
    return day === null ? null : { first: day, last: day };
  }
  if (parts === null) return null;
  const [year, month] = parts;
  const first = dayFromYmd(year, month ?? 1, 1);
  const last = dayFromYmd(year, month ?? 12, daysInMonth(year, month ?? 12));
  return first === null || last === null ? null : { first, last };
}

/** [year, month?] for the month-or-year forms; null for a bad month name; undefined for other forms. */
function yearAndMonth(text: string): [number, number | undefined] | null | undefined {
  // `Mar 2019`, and Excel's re-saves of it: `Mar-19`, `Mar-2019`.
  const named = /^([A-Za-z]{3,9})\.?[ -](\d{4}|\d{2})$/.exec(text);
  if (named) {
    const month = MONTHS[(named[1] ?? '').toLowerCase()];
    return month ? [fullYear(named[2] ?? ''), month] : null;
  }
  const yearOnly = /^(\d{4})$/.exec(text);
  if (yearOnly) return [Number(yearOnly[1]), undefined];
  const monthFirst = /^(\d{1,2})\/(\d{4})$/.exec(text);
  if (monthFirst) return [Number(monthFirst[2]), Number(monthFirst[1])];
  const isoMonth = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (isoMonth) return [Number(isoMonth[1]), Number(isoMonth[2])];
  return undefined;
}

/** `2019-03..2021-06`, `2019..`, `2019-03-15..2021`: the owner's tenure given as an option. */
export function parseSpan(text: string): { from: Day; to: Day | null } | null {
  const m = /^\s*([^.]+?)\s*\.\.\s*([^.]*?)\s*$/.exec(text);
  if (!m) return null;
  const from = parseLooseDate(m[1] ?? '', 'first');
  if (from === null) return null;
  if (!m[2]) return { from, to: null };
  const to = parseLooseDate(m[2], 'last');
  return to === null ? null : { from, to };
}

function parseLooseDate(text: string, end: 'first' | 'last'): Day | null {
  const exact = parseIsoDate(text);
  if (exact !== null) return exact;
  const span = parseMonthYear(text);
  return span ? span[end] : null;
}

/** Calendar years from `day` to `asOf`: the anniversary counts on its day (29 February on the 28th). */
export function wholeYears(day: Day, asOf: Day): number {
  const month = monthOf(day);
  const anniversary =
    dayFromYmd(yearOf(asOf), month, Math.min(dayOfMonth(day), daysInMonth(yearOf(asOf), month))) ?? asOf;
  return yearOf(asOf) - yearOf(day) - (anniversary > asOf ? 1 : 0);
}
