import { type Day, isoDate, parseIsoDate } from '../normalise/dates.ts';
import type { Person, Report } from '../report.ts';
import { type Lang, type PersonWords, personWords, phrasebook, wordsContext } from '../words/index.ts';

/**
 * A calendar of reconnect reminders: the top former colleagues who need a word, a few a week on
 * weekdays, each with the drafted message and the profile link. Text is escaped as RFC 5545 asks;
 * lines are folded.
 */
export const REMINDERS_DEFAULTS = { people: 12, perWeek: 3 };

/** Tuesday to Thursday (messages then get answered); Monday and Friday only past three a week. */
const WEEKDAYS = [2, 3, 4, 1, 5];
/** Christmas to New Year's Day, as month-day: no one wants a "get back in touch" then. */
const NO_REMINDER_DAYS = new Set(['12-24', '12-25', '12-26', '12-31', '01-01']);
/** However far off a due date, a reminder is looked for within this many weeks. */
const MAX_WEEKS = 520;

export interface RemindersOptions extends Partial<typeof REMINDERS_DEFAULTS> {
  lang?: Lang;
  /** The first day reminders may fall on, and "now" for who needs one (today); the report's as-of date if earlier or not given. */
  from?: string;
}

/**
 * Who is reminded follows the keep-in-touch marks: people snoozed or in touch as of `from` are not
 * (nor anyone whose marked quiet time has not run out), and each reminder falls on or after the
 * person's `due` date, in reconnect order, one a day on the weekdays above, never on a day of
 * NO_REMINDER_DAYS.
 */
export function remindersIcs(report: Report, options: RemindersOptions = {}): string {
  const { people: count, perWeek, lang, from } = { ...REMINDERS_DEFAULTS, ...options };
  const book = phrasebook(lang);
  const context = wordsContext(report);
  const asOf = parseIsoDate(report.asOf) ?? 0;
  const start = Math.max(asOf, (from === undefined ? null : parseIsoDate(from)) ?? asOf);
  const chosen = report.people
    .filter((p) => p.category === 'former-colleague' && !p.hidden && needsWord(p, start))
    .slice(0, count);
  const stamp = `${report.asOf.replace(/-/g, '')}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Reconnect//Reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  const taken = new Set<Day>();
  for (const person of chosen) {
    const due = person.due === null ? null : parseIsoDate(person.due);
    const day = reminderDay(start, perWeek, Math.max(start, due ?? start), taken);
    if (day === null) continue;
    taken.add(day);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${person.id}-${report.asOf}@reconnect`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${isoDate(day).replace(/-/g, '')}`,
      `DTEND;VALUE=DATE:${isoDate(day + 1).replace(/-/g, '')}`,
      `SUMMARY:${escapeIcsText(book.ui.reminder(person.name))}`,
      `DESCRIPTION:${escapeIcsText(description(person, personWords(person, context, book)))}`,
      ...(person.profileUrl ? [`URL:${person.profileUrl}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/**
 * Due or quiet; or in touch or snoozed when the report was ranked, but due again by `start` (a
 * stored report is ranked as of its last change, and the calendar starts today).
 */
function needsWord(person: Person, start: Day): boolean {
  if (person.status === 'due' || person.status === 'quiet') return true;
  const due = person.due === null ? null : parseIsoDate(person.due);
  return due !== null && due <= start;
}

function description(person: Person, words: PersonWords): string {
  return [words.reasons[0] ?? '', '', words.draft ?? '', '', person.profileUrl ?? ''].join('\n');
}

/**
 * The first free reminder day on or after `earliest`: from the week after `start`, `perWeek` of the
 * weekdays (Tue, Wed, Thu first), one reminder a day, none on NO_REMINDER_DAYS. Null if none within
 * MAX_WEEKS.
 */
function reminderDay(start: Day, perWeek: number, earliest: Day, taken: Set<Day>): Day | null {
  // Day 0 (1970-01-01) was a Thursday: weekday = (day + 4) % 7, with Sunday = 0.
  const weekday = (start + 4) % 7;
  const nextMonday = start + ((8 - weekday) % 7 || 7);
  const weekdays = WEEKDAYS.slice(0, Math.max(1, Math.min(perWeek, WEEKDAYS.length))).sort((a, b) => a - b);
  const firstWeek = Math.max(0, Math.floor((earliest - nextMonday) / 7));
  for (let week = firstWeek; week < firstWeek + MAX_WEEKS; week++) {
    for (const wd of weekdays) {
      const day = nextMonday + week * 7 + (wd - 1);
      if (day >= earliest && !taken.has(day) && !NO_REMINDER_DAYS.has(isoDate(day).slice(5))) return day;
    }
  }
  return null;
}

export function escapeIcsText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters have no place in a calendar
  const clean = text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ');
  return clean.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const length = new TextEncoder().encode(char).length;
    if (size + length > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += length;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
