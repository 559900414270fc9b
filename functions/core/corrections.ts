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
export function applyCorrections(report: Report, corrections: Corrections): Report {
  const asOf = parseIsoDate(report.asOf);
  if (asOf === null) throw new InputError('bad-option', 'The stored report has no readable as-of date.');
  const all = mergeCorrections(report.corrections, corrections);
  const known = new Set(report.people.flatMap((p) => (p.profileUrl ? [p.profileUrl, p.id] : [p.id])));
  const unknown = [...all.colleague, ...all.notColleague].filter((who) => !known.has(who));
  if (unknown.length)
    throw new InputError('bad-option', `No one in this report has the profile or id ${unknown[0]}.`);

  const resolver = new CompanyResolver(all.merge);
  const employers = report.owner.employers;
  const matcher = new EmployerMatcher(employers, resolver);
  const colleague = new Set(all.colleague);
  const notColleague = new Set(all.notColleague);
  const named = (set: Set<string>, p: Person) =>
    set.has(p.id) || (p.profileUrl !== null && set.has(p.profileUrl));
  const people = report.people.map((person) => {
    const mark = named(colleague, person) ? true : named(notColleague, person) ? false : null;
    const scores = storedScores(person, matcher.tiersFor(person.company, person.position), employers);
    const classification = classify(scores, employers, mark);
    const next: Person = {
      ...person,
      category: classification.category,
      confidence: round(classification.confidence, 2),
      sharedEmployers: sharedEmployersOf(classification, employers),
    };
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
  return { ...report, ...ranked, corrections: all };
}

/**
 * The evidence the analysis found, per employer, as it was stored; where a merge now makes the
 * person's company one of the employers, the same "works there now" evidence the analysis gives.
 */
function storedScores(
  person: Person,
  tiers: ReturnType<EmployerMatcher['tiers']>,
  employers: Report['owner']['employers'],
): EmployerScore[] {
  const scores: EmployerScore[] = [];
  tiers.forEach((tier, index) => {
    const stored = person.sharedEmployers.find((s) => s.key === employers[index]?.key);
    const evidence: Evidence[] = (stored?.evidence ?? []).filter((e) => e.kind !== 'correction');
    if (tier && !evidence.some((e) => e.kind === 'works-there-now')) evidence.unshift(worksThereNow(tier));
    if (evidence.length === 0) return;
    scores.push({
      employer: index,
      match: tier ?? stored?.match ?? null,
      timed: evidence.some((e) => TIMING.has(e.kind) && e.kind !== 'connected-outside-tenure'),
      evidence,
      probability: probabilityOf(evidence),
    });
  });
  return scores;
}

function mergeCorrections(a: Corrections | undefined, b: Corrections): Required<Corrections> {
  const colleague = new Set([...(a?.colleague ?? []), ...(b.colleague ?? [])]);
  const notColleague = new Set([...(a?.notColleague ?? []), ...(b.notColleague ?? [])]);
  // The latest word about a person wins.
  for (const url of b.colleague ?? []) notColleague.delete(url);
  for (const url of b.notColleague ?? []) colleague.delete(url);
  return {
    colleague: [...colleague],
    notColleague: [...notColleague],
    merge: [...(a?.merge ?? []), ...(b.merge ?? [])],
  };
}
