import type { Category } from '../report.ts';
import type { EmployerScore } from './colleague-evidence.ts';

/**
 * From this probability on, a person is called a former colleague. It is low on purpose: missing a
 * colleague costs more than listing a stranger, whom the owner recognises at a glance and can correct.
 * `confidence` says how sure, and the ranking puts the sure ones first.
 */
export const COLLEAGUE_THRESHOLD = 0.2;
/** Likely rather than possible: the line the summary and the drafts' wording use. */
export const LIKELY = 0.5;
const TIMING_KINDS = new Set([
  'connected-first-months',
  'connected-during-tenure',
  'connected-before-start',
  'connected-after-leaving',
]);
/** Employers below this probability are not listed as shared, unless the person works there now. */
const LISTED_PROBABILITY = 0.15;

export interface Classification {
  category: Category;
  confidence: number;
  /** The employers worth showing, most likely first. */
  shared: EmployerScore[];
}

/**
 * current-colleague: works now where the owner works now. former-colleague: likely worked at one of
 * the owner's employers at the same time. alumni: works now at a former employer, but the dates do not
 * point to an overlap. other: no shared employer found.
 */
export function classify(
  scores: EmployerScore[],
  employers: readonly { to: number | string | null }[],
): Classification {
  const shared = scores
    .filter((s) => s.probability >= LISTED_PROBABILITY || s.match !== null)
    .sort((a, b) => b.probability - a.probability || a.employer - b.employer);
  const best = shared[0];

  // A weak name match ("Acme Labs" for "Acme") needs other evidence before it makes a colleague.
  const current = shared.find(
    (s) =>
      employers[s.employer]?.to === null &&
      s.match !== null &&
      (s.match !== 'weak' || s.probability >= COLLEAGUE_THRESHOLD),
  );
  if (current) {
    const confidence = current.match === 'weak' ? current.probability : current.timed ? 0.95 : 0.85;
    return {
      category: 'current-colleague',
      confidence,
      shared: [current, ...shared.filter((s) => s !== current)],
    };
  }
  // Alumni work at a *former* employer; a name like your current employer's is not alumni of it.
  const alumni = shared.find((s) => s.match !== null && !s.timed && employers[s.employer]?.to !== null);
  // Working now at a former employer of yours explains a connection better than timing alone does.
  const onlyTiming = best?.evidence.every((e) => TIMING_KINDS.has(e.kind) || e.weight < 1);
  if (best && best.probability >= COLLEAGUE_THRESHOLD && !(alumni && onlyTiming && best !== alumni)) {
    return { category: 'former-colleague', confidence: best.probability, shared };
  }
  if (alumni) {
    const ceiling = alumni.match === 'weak' ? 0.6 : 0.9;
    const confidence = Math.max(0.5, Math.min(ceiling, ceiling * (1 - alumni.probability) + 0.1));
    return { category: 'alumni', confidence, shared: [alumni, ...shared.filter((s) => s !== alumni)] };
  }
  return { category: 'other', confidence: best ? 1 - best.probability : 0.98, shared };
}
