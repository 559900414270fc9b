import type { Category } from '../report.ts';
import type { EmployerScore } from './colleague-evidence.ts';
import type { Employer } from './owner-employers.ts';

/** At even odds or better, a person is called a colleague. */
export const COLLEAGUE_THRESHOLD = 0.5;
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
export function classify(scores: EmployerScore[], employers: Employer[]): Classification {
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
  if (best && best.probability >= COLLEAGUE_THRESHOLD) {
    return { category: 'former-colleague', confidence: best.probability, shared };
  }
  const alumni = shared.find((s) => s.match !== null);
  if (alumni) {
    const ceiling = alumni.match === 'weak' ? 0.6 : 0.9;
    const confidence = Math.max(0.5, Math.min(ceiling, ceiling * (1 - alumni.probability) + 0.1));
    return { category: 'alumni', confidence, shared: [alumni, ...shared.filter((s) => s !== alumni)] };
  }
  return { category: 'other', confidence: best ? 1 - best.probability : 0.98, shared };
}
