import { classify } from './detect/classify.ts';
import type { EmployerScore } from './detect/colleague-evidence.ts';
import { CompanyResolver } from './detect/company-resolver.ts';
import { probabilityOf, WEIGHTS } from './detect/evidence-weights.ts';
import { InputError } from './errors.ts';
import { parseIsoDate } from './normalise/dates.ts';
import { round } from './rank/score.ts';
import { rankAndSummarise } from './rank-and-summarise.ts';
import type { Evidence, Person, Report } from './report.ts';
import type { EmployerRef } from './summarise.ts';

/**
 * What the person says the engine got wrong: people by profile URL or, for those the export gives
 * no URL (older exports, hidden profiles), by their id in the report; companies by name.
 */
export interface Corrections {
  colleague?: string[];
  notColleague?: string[];
  merge?: [string, string][];
}

const TIMING = new Set([
  'connected-first-months',
  'connected-during-tenure',
  'connected-before-start',
  'connected-after-leaving',
]);

/**
 * Re-ranks a stored report after corrections, from the report alone (the raw export is deleted after
 * processing). Corrections accumulate in `report.corrections`, so later ones add to earlier ones.
 */
export function applyCorrections(report: Report, corrections: Corrections): Report {
  const asOf = parseIsoDate(report.asOf);
  if (asOf === null) throw new InputError('bad-option', 'The stored report has no readable as-of date.');
  const all = mergeCorrections(report.corrections, corrections);
  const known = new Set(report.people.flatMap((p) => (p.profileUrl ? [p.profileUrl, p.id] : [p.id])));
  const unknown = [...(all.colleague ?? []), ...(all.notColleague ?? [])].filter((who) => !known.has(who));
  if (unknown.length)
    throw new InputError('bad-option', `No one in this report has the profile or id ${unknown[0]}.`);

  const resolver = new CompanyResolver(all.merge);
  const employers = report.owner.employers;
  const colleague = new Set(all.colleague);
  const notColleague = new Set(all.notColleague);
  const people = report.people.map((person) => {
    const scores = rescore(person, employers, resolver);
    const shared = scores.length ? scores : [];
    const classification = classify(shared, employers);
    const next: Person = {
      ...person,
      category: classification.category,
      confidence: round(classification.confidence, 2),
      sharedEmployers: classification.shared.map((s) => {
        const e = employers[s.employer];
        const previous = person.sharedEmployers.find((x) => x.key === e?.key);
        return {
          company: e?.company ?? '',
          key: e?.key ?? '',
          from: e?.from ?? '',
          to: e?.to ?? null,
          probability: round(s.probability, 2),
          match: s.match ?? previous?.match ?? null,
          evidence: s.evidence,
        };
      }),
    };
    const named = (set: Set<string>) =>
      set.has(person.id) || (person.profileUrl !== null && set.has(person.profileUrl));
    if (named(colleague)) return marked(next, true);
    if (named(notColleague)) return marked(next, false);
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
  });
  return {
    ...report,
    ...ranked,
    corrections: all,
  };
}

/** The person's stored evidence, plus "works there now" for a company the person merged into an employer. */
function rescore(
  person: Person,
  employers: Report['owner']['employers'],
  resolver: CompanyResolver,
): EmployerScore[] {
  const scores: EmployerScore[] = [];
  employers.forEach((employer, index) => {
    const stored = person.sharedEmployers.find((s) => s.key === employer.key);
    const evidence: Evidence[] = (stored?.evidence ?? []).filter((e) => e.kind !== 'correction');
    const tier = person.company ? bestTier(person.company, employer.names, resolver) : null;
    if (tier && !evidence.some((e) => e.kind === 'works-there-now')) {
      evidence.unshift({
        kind: 'works-there-now',
        text: `Works at ${person.company} now`,
        weight: WEIGHTS.worksThereNow[tier],
      });
    }
    if (evidence.length === 0) return;
    const timed = evidence.some((e) => TIMING.has(e.kind));
    scores.push({
      employer: index,
      match: tier ?? stored?.match ?? null,
      timed,
      evidence,
      probability: probabilityOf(evidence),
    });
  });
  return scores;
}

function bestTier(company: string, names: string[], resolver: CompanyResolver) {
  const tiers = names.map((n) => resolver.compare(company, n));
  return (
    tiers.find((t) => t === 'exact') ??
    tiers.find((t) => t === 'strong') ??
    tiers.find((t) => t === 'weak') ??
    null
  );
}

function marked(person: Person, isColleague: boolean): Person {
  const text = isColleague ? 'You marked them as a colleague' : 'You marked them as not a colleague';
  const [top, ...rest] = person.sharedEmployers;
  const correction: Evidence = { kind: 'correction', text, weight: 0 };
  return {
    ...person,
    category: isColleague
      ? person.category === 'current-colleague'
        ? 'current-colleague'
        : 'former-colleague'
      : 'other',
    confidence: 1,
    sharedEmployers: top ? [{ ...top, evidence: [correction, ...top.evidence] }, ...rest] : [],
  };
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
