import { type Day, dayFromYmd, dayOfMonth, daysInMonth, monthOf, yearOf } from './normalise/dates.ts';

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

/**
 * `today`, `5 days ago`, `3 weeks ago`, `5 months ago`, `1 year ago`, `2 years ago`: always the
 * time wholly gone by (2 years and 8 months is "2 years ago"; 11 and a half months is "11 months
 * ago"), so the words only grow with the time, and two reasons about one date never disagree.
 */
export function timeAgo(day: Day, asOf: Day): string {
  const days = asOf - day;
  if (days < 0) return 'recently';
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 61) return `${Math.floor(days / 7)} weeks ago`;
  const years = wholeYears(day, asOf);
  if (years >= 2) return `${years} years ago`;
  if (years === 1) {
    const months = Math.floor(days / 30.44);
    return months <= 12 ? '1 year ago' : `${months} months ago`;
  }
  return `${Math.min(11, Math.max(2, Math.floor(days / 30.44)))} months ago`;
}

/** Calendar years from `day` to `asOf`: the anniversary counts on its day (29 February on the 28th). */
function wholeYears(day: Day, asOf: Day): number {
  const month = monthOf(day);
  const anniversary =
    dayFromYmd(yearOf(asOf), month, Math.min(dayOfMonth(day), daysInMonth(yearOf(asOf), month))) ?? asOf;
  return yearOf(asOf) - yearOf(day) - (anniversary > asOf ? 1 : 0);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Ends a sentence once, even after a name that ends in a full stop ("Acme Inc.") or a "!" ("Yahoo!"). */
export function sentence(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last === 46 || last === 33 || last === 63 ? text : `${text}.`;
}

const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'at', 'to', 'a', 'an', 'on', 'by']);

/**
 * "SENIOR SOFTWARE ENGINEER" as "Senior Software Engineer", "HEAD OF DATA" as "Head of Data": text in
 * capitals only, with a word too long to be an acronym (or two of four letters). "KPMG" alone, and
 * short words anywhere (VP, CTO, IBM), stay as they are.
 */
export function unshout(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  const long = text.match(/\p{Lu}{4,}/gu) ?? [];
  if (!long.some((word) => word.length >= 5) && long.length < 2) return text;
  return text.replace(/\p{L}+/gu, (word, at: number) => {
    const lower = word.toLowerCase();
    if (SMALL_WORDS.has(lower)) return at > 0 ? lower : word.charAt(0) + lower.slice(1);
    return word.length <= 3 ? word : word.charAt(0) + lower.slice(1);
  });
}
