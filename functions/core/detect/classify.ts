import { LIKELY } from '../lines.ts';
import { type Category, type Evidence, TIMING_KINDS } from '../report.ts';
import type { EmployerScore } from './colleague-evidence.ts';
import { probabilityOf } from './evidence-weights.ts';

const TIMING = new Set<string>(TIMING_KINDS);
/** Employers below this probability are not listed as shared, unless the person works there now. */
const LISTED_PROBABILITY = 0.15;

export interface Classification {
  category: Category;
  confidence: number;
  /** The employers worth showing, most likely first. */
  shared: EmployerScore[];
}

/**
 * current-colleague: works now where the owner works now. former-colleague: more likely than not
 * worked at one of the owner's employers at the same time. alumni: works now at a former employer,
 * but the dates do not point to an overlap. other: the rest, possible colleagues included (their
 * employer and evidence stay listed). `mark` is the person's own word (a correction), which wins.
 */
export function classify(
  scores: EmployerScore[],
  employers: readonly { to: number | string | null }[],
  mark: boolean | null = null,
): Classification {
  const shared = scores
    .filter((s) => s.probability >= LISTED_PROBABILITY || s.match !== null)
    .sort((a, b) => b.probability - a.probability || a.employer - b.employer);
  if (mark !== null) return marked(shared, employers, mark);
  const best = shared[0];

  // A weak name match ("Acme Labs" for "Acme") needs other evidence before it makes a colleague.
  const current = shared.find(
    (s) =>
      employers[s.employer]?.to === null &&
      s.match !== null &&
      (s.match !== 'weak' || s.probability >= LIKELY),
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
  const onlyTiming = best?.evidence.every((e) => TIMING.has(e.kind) || e.weight < 1);
  if (best && best.probability >= LIKELY && !(alumni && onlyTiming && best !== alumni)) {
    return { category: 'former-colleague', confidence: best.probability, shared };
  }
  if (alumni) {
    const ceiling = alumni.match === 'weak' ? 0.6 : 0.9;
    const confidence = Math.max(0.5, Math.min(ceiling, ceiling * (1 - alumni.probability) + 0.1));
    return { category: 'alumni', confidence, shared: [alumni, ...shared.filter((s) => s !== alumni)] };
  }
  // Possible colleagues are `other`: how sure that is, is one minus the chance they were colleagues.
  return { category: 'other', confidence: best ? 1 - best.probability : 0.98, shared };
}

/** The person said so: a colleague (current where they share the owner's current employer) or not. */
function marked(
  shared: EmployerScore[],
  employers: readonly { to: number | string | null }[],
  colleague: boolean,
): Classification {
  const correction: Evidence = { kind: 'correction', weight: 0, colleague };
  const [top, ...rest] = shared;
  const withMark = top ? [{ ...top, evidence: [correction, ...top.evidence] }, ...rest] : [];
  const current =
    top !== undefined && top.match !== null && top.match !== 'weak' && employers[top.employer]?.to === null;
  return {
    category: colleague ? (current ? 'current-colleague' : 'former-colleague') : 'other',
    confidence: 1,
    shared: withMark,
  };
}

/** Re-weighs a score after its evidence changed. */
export function rescored(score: Omit<EmployerScore, 'probability'>): EmployerScore {
  return { ...score, probability: probabilityOf(score.evidence) };
}
