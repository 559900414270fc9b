import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../functions/core/corrections.ts';
import { analyze, type Person, type Report, type TouchMark } from '../../functions/core/index.ts';
import { isoDate, parseIsoDate } from '../../functions/core/normalise/dates.ts';
import { remindersIcs } from '../../functions/core/output/reminders-ics.ts';
import { type Reminder, readReminders } from '../support/read-reminders.ts';
import { generateExport } from '../support/synthetic-export.ts';

/**
 * The calendar follows the keep-in-touch marks: read back, it reminds no one snoozed or in touch, no
 * one before they are due, a few a week on Tuesday to Thursday, and never over Christmas or New Year.
 */
const AS_OF = '2026-12-14'; // a Monday: the reminders run through Christmas and New Year
const synthetic = generateExport({ seed: 5, connections: 400, messages: 600, asOf: AS_OF });
const report = analyze(
  synthetic.files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) })),
  { asOf: AS_OF },
);
const colleagues = report.people.filter((p) => p.category === 'former-colleague' && !p.hidden);

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
/** The Monday of the day's week, to count reminders per week. */
const weekOf = (day: string) => isoDate((parseIsoDate(day) ?? 0) - ((weekday(day) + 6) % 7));
const HOLIDAYS = ['12-24', '12-25', '12-26', '12-31', '01-01'];

function expectCalendarRules(reminders: Reminder[], people: Report['people'], perWeek = 3) {
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const { personId, day } of reminders) {
    const person = byId.get(personId) as Person;
    expect(person.category).toBe('former-colleague');
    expect(person.due === null || day >= person.due, `${day} before ${person.due}`).toBe(true);
    expect([2, 3, 4]).toContain(weekday(day));
    expect(HOLIDAYS).not.toContain(day.slice(5));
  }
  const days = reminders.map((r) => r.day);
  expect(new Set(days).size).toBe(days.length);
  const perWeekCounts = new Map<string, number>();
  for (const day of days) perWeekCounts.set(weekOf(day), (perWeekCounts.get(weekOf(day)) ?? 0) + 1);
  for (const count of perWeekCounts.values()) expect(count).toBeLessThanOrEqual(perWeek);
}

describe('calendar reminders', () => {
  it('leave out people snoozed or in touch, marked so or not, and keep to weekdays outside the holidays', () => {
    const [snoozed, messaged, notNow] = colleagues;
    const marks: TouchMark[] = [
      { who: snoozed?.id ?? '', kind: 'snoozed', on: AS_OF, until: '2027-03-01' },
      { who: messaged?.profileUrl ?? '', kind: 'messaged', on: AS_OF },
      { who: notNow?.id ?? '', kind: 'not-now', on: AS_OF },
    ];
    const marked = applyCorrections(report, { marks }, { asOf: AS_OF });
    const reminders = readReminders(remindersIcs(marked, { from: AS_OF }));
    expect(reminders).toHaveLength(12);
    const reminded = new Set(reminders.map((r) => r.personId));
    for (const person of [snoozed, messaged, notNow]) expect(reminded.has(person?.id ?? '')).toBe(false);
    for (const person of marked.people.filter((p) => reminded.has(p.id)))
      expect(['due', 'quiet']).toContain(person.status);
    // The in-touch colleagues are in the report, not in the calendar.
    const inTouch = marked.people.filter((p) => p.category === 'former-colleague' && p.status === 'in-touch');
    expect(inTouch.length).toBeGreaterThan(1);
    for (const person of inTouch) expect(reminded.has(person.id)).toBe(false);
    expectCalendarRules(reminders, marked.people);
    // Tue 22 and Wed 23 December, then past Christmas and New Year's Eve, into January.
    expect(reminders.map((r) => r.day).slice(0, 5)).toEqual([
      '2026-12-22',
      '2026-12-23',
      '2026-12-29',
      '2026-12-30',
      '2027-01-05',
    ]);
  });

  it('put each reminder on or after the day the person is due, keeping earlier days for the others', () => {
    const [first, second] = colleagues as [Person, Person];
    const later: Report = {
      ...report,
      people: report.people.map((p) => (p.id === first.id ? { ...p, status: 'due', due: '2027-02-10' } : p)),
    };
    const reminders = readReminders(remindersIcs(later, { from: AS_OF }));
    const day = reminders.find((r) => r.personId === first.id)?.day ?? '';
    expect(day >= '2027-02-10').toBe(true);
    expect(day).toBe('2027-02-10'); // a Wednesday, and free
    // The second in line is not held up behind the first: they get the first day there is.
    expect(reminders.find((r) => r.personId === second.id)?.day).toBe('2026-12-22');
    expectCalendarRules(reminders, later.people);
  });

  it('remind someone in touch when the report was ranked once they are due by the calendar’s first day', () => {
    const inTouch = colleagues.find((p) => p.status === 'in-touch' && p.due !== null) as Person;
    expect(inTouch).toBeDefined();
    const due = inTouch.due ?? '';
    const before = readReminders(remindersIcs(report, { from: isoDate((parseIsoDate(due) ?? 0) - 1) }));
    expect(before.some((r) => r.personId === inTouch.id)).toBe(false);
    const after = readReminders(remindersIcs(report, { from: due, people: colleagues.length }));
    const reminder = after.find((r) => r.personId === inTouch.id);
    expect(reminder?.day && reminder.day >= due).toBe(true);
    expectCalendarRules(after, report.people);
  });

  it('start no earlier than the report’s own date, and spread more people over more weeks, a few a week', () => {
    const reminders = readReminders(remindersIcs(report, { from: '2020-01-01', people: 40 }));
    expect(reminders).toHaveLength(40);
    expect(reminders.every((r) => r.day > AS_OF)).toBe(true);
    expectCalendarRules(reminders, report.people);
    const two = readReminders(remindersIcs(report, { perWeek: 2, people: 10 }));
    expectCalendarRules(two, report.people, 2);
    expect(two.map((r) => weekday(r.day))).not.toContain(4);
  });
});
