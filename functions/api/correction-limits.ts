import { mergeCorrections } from '../core/corrections.ts';
import type { Corrections, Person, Report, TouchMark } from '../core/index.ts';
import { parseIsoDate } from '../core/normalise/dates.ts';
import { ApiError } from './api-error.ts';
import { MAX_MARKED, MAX_MERGES, type MarksBody } from './schemas/requests.ts';

/**
 * Corrections accumulate in the stored report and come back in every answer, so they are bounded:
 * a merge already stored (either way round, any case) or of a name with itself is not stored again,
 * and past MAX_MERGES pairs or MAX_MARKED people in all the request is refused in plain words.
 * (Unbounded, 150 requests of 100 merges each made a 5.9 MB answer.) Counted on what the report would
 * hold after the request, so an undo (`clear`, `unmerge`) makes room. Returns what to apply.
 */
export function boundedCorrections(stored: Corrections | undefined, asked: Corrections): Corrections {
  const known = new Set((stored?.merge ?? []).map(pairKey));
  const merge: [string, string][] = [];
  for (const pair of asked.merge ?? []) {
    const key = pairKey(pair);
    if (known.has(key) || sameName(pair)) continue;
    known.add(key);
    merge.push(pair);
  }
  const apply: Corrections = {
    ...(asked.colleague ? { colleague: [...new Set(asked.colleague)] } : {}),
    ...(asked.notColleague ? { notColleague: [...new Set(asked.notColleague)] } : {}),
    ...(asked.clear ? { clear: [...new Set(asked.clear)] } : {}),
    ...(merge.length ? { merge } : {}),
    ...(asked.unmerge?.length ? { unmerge: asked.unmerge } : {}),
  };
  const after = mergeCorrections(stored, apply);
  if (after.merge.length > MAX_MERGES)
    throw new ApiError(
      422,
      'too-many-corrections',
      `A report holds at most ${MAX_MERGES} merged company pairs; this one would hold ${after.merge.length}.`,
    );
  const marked = new Set([...after.colleague, ...after.notColleague]).size;
  if (marked > MAX_MARKED)
    throw new ApiError(
      422,
      'too-many-corrections',
      `A report holds at most ${MAX_MARKED} people marked colleague or not; this one would hold ${marked}.`,
    );
  return apply;
}

/** What POST …/marks takes: a mark's `on` defaults to the day it is sent. */
export type MarksAsked = MarksBody;

/**
 * Keep-in-touch marks, bounded as corrections are: a report keeps the latest mark per person (a
 * person named by profile URL or by id is one person, stored under their URL when they have one), and
 * at most MAX_MARKED people marked in all. Dates are checked against `today`: a mark is of something
 * done, not to come (a day's grace for time zones), and a snooze ends after it starts.
 */
export function boundedMarks(report: Report, asked: MarksAsked, today: string): Corrections {
  const people = new Map<string, Person>();
  for (const p of report.people) {
    people.set(p.id, p);
    if (p.profileUrl) people.set(p.profileUrl, p);
  }
  // Unknown people are left as given: applying them says in plain words that no one has that profile.
  const forms = (who: string) => {
    const p = people.get(who);
    return p ? [p.profileUrl ?? p.id, ...(p.profileUrl ? [p.id] : [])] : [who];
  };
  const latest = (parseIsoDate(today) ?? 0) + 1;
  const marks = new Map<string, TouchMark>();
  const clearMarks = new Set<string>();
  (asked.marks ?? []).forEach((m, i) => {
    const [who = m.who, ...other] = forms(m.who);
    const on = m.on ?? today;
    if ((parseIsoDate(on) ?? 0) > latest)
      throw badMark(`marks.${i}.on`, `on is the day it was done, at most today (${today})`);
    if (m.until !== undefined && m.until <= on)
      throw badMark(`marks.${i}.until`, `until is a day after the mark's day (${on})`);
    marks.delete(who);
    marks.set(who, { who, kind: m.kind, on, ...(m.until ? { until: m.until } : {}) });
    // A mark stored before under the person's other form (their id) gives way to this one.
    for (const form of other) clearMarks.add(form);
  });
  for (const who of asked.clearMarks ?? []) for (const form of forms(who)) clearMarks.add(form);
  const apply: Corrections = {
    ...(marks.size ? { marks: [...marks.values()] } : {}),
    ...(clearMarks.size ? { clearMarks: [...clearMarks] } : {}),
  };
  const after = new Set(
    mergeCorrections(report.corrections, apply).marks.map((m) => forms(m.who)[0] ?? m.who),
  );
  if (after.size > MAX_MARKED)
    throw new ApiError(
      422,
      'too-many-corrections',
      `A report holds at most ${MAX_MARKED} people with a keep-in-touch mark; this one would hold ${after.size}.`,
    );
  return apply;
}

const badMark = (field: string, message: string) =>
  new ApiError(400, 'bad-request', `The request is not valid (${field}): ${message}.`);

const norm = (name: string) => name.trim().toLowerCase();
const sameName = ([a, b]: [string, string]) => norm(a) === norm(b);
const pairKey = ([a, b]: [string, string]) => [norm(a), norm(b)].sort().join('\u0000');
