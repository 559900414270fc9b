import { sharedEmployersOf } from './build-people.ts';
import { classify } from './detect/classify.ts';
import { type EmployerScore, worksThereNow } from './detect/colleague-evidence.ts';
import { CompanyResolver } from './detect/company-resolver.ts';
import { probabilityOf } from './detect/evidence-weights.ts';
import { EmployerMatcher } from './detect/owner-employers.ts';
import { InputError } from './errors.ts';
import { parseIsoDate } from './normalise/dates.ts';
import { round } from './rank/score.ts';
import { rankAndSummarise } from './rank-and-summarise.ts';
import { type Corrections, type Evidence, type Person, type Report, TIMING_KINDS } from './report.ts';
import type { EmployerRef } from './summarise.ts';

export type { Corrections };

const TIMING = new Set<string>(TIMING_KINDS);

/**
 * Re-ranks a stored report after corrections, from the report alone (the raw export is deleted after
 * processing). A correction changes the engine's inputs — a person's own word about them, two company
 * names that are one — and the report goes through the same classify → rank → facts path as a fresh
 * analysis. Corrections accumulate in `report.corrections`, so later ones add to earlier ones.
 */
export function applyCorrections(
  report: Report,
  corrections: Corrections,
  { asOf: today }: { asOf?: string } = {},
): Report {
  // Marks are made after the export: re-ranked as of the day they are made, when one is given.
  const asOfText = today ?? report.asOf;
  const asOf = parseIsoDate(asOfText);
  if (asOf === null) throw new InputError('bad-option', 'The stored report has no readable as-of date.');
  const all = mergeCorrections(report.corrections, corrections);
  const known = new Set(report.people.flatMap((p) => (p.profileUrl ? [p.profileUrl, p.id] : [p.id])));
  const asked = [...all.colleague, ...all.notColleague, ...all.marks.map((m) => m.who)];
  const unknown = asked.filter((who) => !known.has(who));
  if (unknown.length)
    throw new InputError('bad-option', `No one in this report has the profile or id ${unknown[0]}.`);
  for (const m of all.marks) {
    const on = parseIsoDate(m.on);
    const until = m.until === undefined ? null : parseIsoDate(m.until);
    if (on === null || (m.until !== undefined && until === null) || (m.kind === 'snoozed' && until === null))
      throw new InputError(
        'bad-option',
        `A keep-in-touch mark needs dates like 2026-03-01 (and a snooze an end).`,
      );
  }

  // The analysis's own merges and splits stay; corrections add to them.
  const resolver = new CompanyResolver(
    [...(report.options?.merges ?? []), ...all.merge],
    report.options?.splits,
  );
  const employers = report.owner.employers;
  const matcher = new EmployerMatcher(employers, resolver);
  const colleague = new Set(all.colleague);
  const notColleague = new Set(all.notColleague);
  const named = (set: Set<string>, p: Person) =>
    set.has(p.id) || (p.profileUrl !== null && set.has(p.profileUrl));
  const marks = new Map(all.marks.map((m) => [m.who, m]));
  const people = report.people.map((person) => {
    const mark = named(colleague, person) ? true : named(notColleague, person) ? false : null;
    const touch = marks.get(person.id) ?? (person.profileUrl ? marks.get(person.profileUrl) : undefined);
    const scores = storedScores(person, matcher.tiersFor(person.company, person.position), employers);
    const classification = classify(scores, employers, mark);
    const { mark: _, ...rest } = person;
    const next: Person = {
      ...rest,
      // The export's last contact: a mark is laid over it again when ranked.
      lastContact: person.lastContactKind === 'marked' ? exportContact(person) : person.lastContact,
      lastContactKind:
        person.lastContactKind === 'marked' ? exportContactKind(person) : person.lastContactKind,
      category: classification.category,
      confidence: round(classification.confidence, 2),
      sharedEmployers: sharedEmployersOf(classification, employers),
    };
    if (touch)
      next.mark =
        touch.until === undefined
          ? { kind: touch.kind, on: touch.on }
          : { kind: touch.kind, on: touch.on, until: touch.until };
    return next;
  });

  const refs: EmployerRef[] = employers.map((e) => ({
    key: e.key,
    name: e.company,
    years: ((parseIsoDate(e.to ?? report.asOf) ?? asOf) - (parseIsoDate(e.from) ?? asOf)) / 365.25,
  }));
  const ranked = rankAndSummarise(people, {
    asOf,
    resolver,
    employers: refs,
    centrality: new Map(report.companies.map((c) => [c.key, c.centrality])),
    hasMessages: report.inputs.some((f) => f.kind === 'messages'),
    messages: report.summary.messages,
    notes: report.summary.notes,
    keepInTouchDays: report.keepInTouchDays,
  });
  return { ...report, asOf: asOfText, ...ranked, corrections: all };
}

/** The last contact the export itself showed, under a "messaged" mark that was laid over it. */
function exportContact(person: Person): string | null {
  const c = person.contact;
  const dates = [
    c?.lastSent,
    c?.lastReceived,
    c?.lastEndorsement?.date,
    c?.lastRecommendation?.date ?? undefined,
    c?.lastInvitation?.date,
    person.connectedOn ?? undefined,
  ].filter((d): d is string => typeof d === 'string');
  return dates.sort().at(-1) ?? null;
}

function exportContactKind(person: Person): Person['lastContactKind'] {
  const last = exportContact(person);
  const c = person.contact;
  if (last === null) return null;
  if (last === c?.lastSent || last === c?.lastReceived) return 'message';
  if (last === c?.lastInvitation?.date) return 'invitation';
  if (last === c?.lastEndorsement?.date) return 'endorsement';
  if (last === c?.lastRecommendation?.date) return 'recommendation';
  return 'connected';
}

/**
 * The evidence the analysis found, per employer, as it was stored, with "works there now" given as
 * the analysis gives it, for the company names as merged and split now.
 */
function storedScores(
  person: Person,
  tiers: ReturnType<EmployerMatcher['tiers']>,
  employers: Report['owner']['employers'],
): EmployerScore[] {
  const scores: EmployerScore[] = [];
  tiers.forEach((tier, index) => {
    const stored = person.sharedEmployers.find((s) => s.key === employers[index]?.key);
    // Where they work now is read again with the merges as they are now (one may have been taken back);
    // the rest of the evidence is as the analysis found it.
    const evidence: Evidence[] = (stored?.evidence ?? []).filter(
      (e) => e.kind !== 'correction' && e.kind !== 'works-there-now',
    );
    if (tier) evidence.unshift(worksThereNow(tier));
    if (evidence.length === 0) return;
    scores.push({
      employer: index,
      match: tier,
      timed: evidence.some((e) => TIMING.has(e.kind) && e.kind !== 'connected-outside-tenure'),
      evidence,
      probability: probabilityOf(evidence),
    });
  });
  return scores;
}

/** The same two names however written or ordered: a merge is stored once. */
function pairKey([a, b]: [string, string]): string {
  const x = a.trim().toLowerCase();
  const y = b.trim().toLowerCase();
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}

/**
 * Earlier corrections with later ones on top: the latest word about a person wins (a mark as colleague
 * or not, or `clear` for the engine's own judgement again), merges are kept once and can be taken
 * back, and each person keeps their latest keep-in-touch mark.
 */
export function mergeCorrections(a: Corrections | undefined, b: Corrections): Required<Corrections> {
  const colleague = new Set([...(a?.colleague ?? []), ...(b.colleague ?? [])]);
  const notColleague = new Set([...(a?.notColleague ?? []), ...(b.notColleague ?? [])]);
  for (const who of b.colleague ?? []) notColleague.delete(who);
  for (const who of b.notColleague ?? []) colleague.delete(who);
  for (const who of b.clear ?? []) {
    colleague.delete(who);
    notColleague.delete(who);
  }
  const merges = new Map<string, [string, string]>();
  for (const pair of [...(a?.merge ?? []), ...(b.merge ?? [])]) {
    const key = pairKey(pair);
    if (!key.includes('\u0000') || key.split('\u0000')[0] === key.split('\u0000')[1]) continue;
    if (!merges.has(key)) merges.set(key, [pair[0].trim(), pair[1].trim()]);
  }
  for (const pair of b.unmerge ?? []) merges.delete(pairKey(pair));
  const marks = new Map((a?.marks ?? []).map((m) => [m.who, m]));
  for (const m of b.marks ?? []) marks.set(m.who, m);
  for (const who of b.clearMarks ?? []) marks.delete(who);
  return {
    colleague: [...colleague],
    notColleague: [...notColleague],
    clear: [],
    merge: [...merges.values()],
    unmerge: [],
    marks: [...marks.values()],
    clearMarks: [],
  };
}
