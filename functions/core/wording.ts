import { type Day, monthOf, yearOf } from './normalise/dates.ts';

/** Small helpers that turn numbers and dates into the plain words of reasons and drafts. */
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Mar 2019`. */
export function monthYear(day: Day): string {
  return `${MONTH_NAMES[monthOf(day) - 1]} ${yearOf(day)}`;
}

/** `2019–2021`, `2019`, or `2022–now` for an open span. */
export function yearSpan(from: Day, to: Day | null): string {
  if (to === null) return `${yearOf(from)}–now`;
  const a = yearOf(from);
  const b = yearOf(to);
  return a === b ? `${a}` : `${a}–${b}`;
}

/** `3 years ago`, `5 months ago`, `this month`. */
export function timeAgo(day: Day, asOf: Day): string {
  const days = asOf - day;
  if (days < 31) return days < 0 ? 'recently' : 'this month';
  const months = Math.round(days / 30.44);
  if (months < 18) return `${months} month${months === 1 ? '' : 's'} ago`;
  const years = Math.round(days / 365.25);
  return `${years} year${years === 1 ? '' : 's'} ago`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Ends a sentence once, even after a name that ends in a full stop ("Acme Inc.") or a "!" ("Yahoo!"). */
export function sentence(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last === 46 || last === 33 || last === 63 ? text : `${text}.`;
}
