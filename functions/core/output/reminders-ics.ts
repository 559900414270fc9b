import { type Day, isoDate, parseIsoDate } from '../normalise/dates.ts';
import type { Person, Report } from '../report.ts';
import { type Lang, type PersonWords, personWords, phrasebook, wordsContext } from '../words/index.ts';

/**
 * A calendar of reconnect reminders: the top former colleagues, a few a week on weekdays, each with
 * the drafted message and the profile link. Text is escaped as RFC 5545 asks; lines are folded.
 */
export const REMINDERS_DEFAULTS = { people: 12, perWeek: 3 };

const WEEKDAYS = [2, 3, 4]; // Tuesday to Thursday: messages then get answered.

export function remindersIcs(
  report: Report,
  options: Partial<typeof REMINDERS_DEFAULTS> & { lang?: Lang } = {},
): string {
  const { people: count, perWeek, lang } = { ...REMINDERS_DEFAULTS, ...options };
  const book = phrasebook(lang);
  const context = wordsContext(report);
  const asOf = parseIsoDate(report.asOf) ?? 0;
  const chosen = report.people.filter((p) => p.category === 'former-colleague' && !p.hidden).slice(0, count);
  const stamp = `${report.asOf.replace(/-/g, '')}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Reconnect//Reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  chosen.forEach((person, i) => {
    const day = reminderDay(asOf, Math.floor(i / perWeek), i % perWeek);
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
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

function description(person: Person, words: PersonWords): string {
  return [words.reasons[0] ?? '', '', words.draft ?? '', '', person.profileUrl ?? ''].join('\n');
}

/** The `slot`-th weekday (Tue, Wed, Thu) of the `week`-th week after the as-of date. */
function reminderDay(asOf: Day, week: number, slot: number): Day {
  // Day 0 (1970-01-01) was a Thursday: weekday = (day + 4) % 7, with Sunday = 0.
  const weekday = (asOf + 4) % 7;
  const nextMonday = asOf + ((8 - weekday) % 7 || 7);
  return nextMonday + week * 7 + ((WEEKDAYS[slot % WEEKDAYS.length] ?? 2) - 1);
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
