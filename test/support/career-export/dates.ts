/**
 * Time in the model. Careers move in months (an integer, year * 12 + month - 1, as Positions.csv is
 * month-precise); events (connections, messages, endorsements) are instants in seconds since 1970, UTC.
 * Each export format is written here, once.
 */
export type Month = number;
export type Ts = number;

export const DAY = 86_400;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const month = (year: number, m: number): Month => year * 12 + (m - 1);
export const yearOf = (m: Month): number => Math.floor(m / 12);
export const monthNumber = (m: Month): number => (m % 12) + 1;

export function monthStart(m: Month): Ts {
  return Date.UTC(yearOf(m), monthNumber(m) - 1, 1) / 1000;
}

/** First second after the month ends. */
export function monthEnd(m: Month): Ts {
  return monthStart(m + 1);
}

export function monthOfTs(t: Ts): Month {
  const d = new Date(t * 1000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

export const isoMonth = (m: Month): string => `${yearOf(m)}-${String(monthNumber(m)).padStart(2, '0')}-01`;

export function isoDay(t: Ts): string {
  return new Date(t * 1000).toISOString().slice(0, 10);
}

/** `2023-03-12T14:05:33Z` */
export function isoTime(t: Ts): string {
  return `${new Date(t * 1000).toISOString().slice(0, 19)}Z`;
}

export function parseIsoDay(iso: string): Ts {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 1000;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function parts(t: Ts) {
  const d = new Date(t * 1000);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
  };
}

/** Connections.csv `Connected On` since 2020: `05 Mar 2024`. */
export function fmtConnectedOn(t: Ts): string {
  const p = parts(t);
  return `${pad2(p.d)} ${MONTHS[p.mo - 1]} ${p.y}`;
}

/** US short date-time without padding or zone: `1/8/18, 6:14 PM` (2018 files, Invitations `Sent At`). */
export function fmtUsShort(t: Ts): string {
  const p = parts(t);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `${p.mo}/${p.d}/${pad2(p.y % 100)}, ${h12}:${pad2(p.mi)} ${p.h < 12 ? 'AM' : 'PM'}`;
}

/** messages.csv `DATE`: `2023-03-12 14:05:33 UTC`. */
export function fmtMessageDate(t: Ts): string {
  const p = parts(t);
  return `${p.y}-${pad2(p.mo)}-${pad2(p.d)} ${pad2(p.h)}:${pad2(p.mi)}:${pad2(p.s)} UTC`;
}

/** Endorsements: `2020/03/12 14:05:33 UTC`. */
export function fmtEndorsementDate(t: Ts): string {
  const p = parts(t);
  return `${p.y}/${pad2(p.mo)}/${pad2(p.d)} ${pad2(p.h)}:${pad2(p.mi)}:${pad2(p.s)} UTC`;
}

/** Recommendations: `03/12/20, 02:05 PM` (padded). */
export function fmtRecommendationDate(t: Ts): string {
  const p = parts(t);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `${pad2(p.mo)}/${pad2(p.d)}/${pad2(p.y % 100)}, ${pad2(h12)}:${pad2(p.mi)} ${p.h < 12 ? 'AM' : 'PM'}`;
}

/** Positions.csv: `Mar 2019`, or `2019` when the owner wrote only the year. */
export function fmtPositionMonth(m: Month, yearOnly: boolean): string {
  return yearOnly ? String(yearOf(m)) : `${MONTHS[monthNumber(m) - 1]} ${yearOf(m)}`;
}

/** Education.csv dates are years. */
export const fmtYear = (m: Month): string => String(yearOf(m));

/** Truncate an instant to the minute (for formats that drop seconds). */
export const toMinute = (t: Ts): Ts => t - (t % 60);
