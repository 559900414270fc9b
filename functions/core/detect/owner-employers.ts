import { InputError } from '../errors.ts';
import type { MatchTier } from '../normalise/company-key.ts';
import { type Day, isoDate, parseSpan } from '../normalise/dates.ts';
import type { Position } from '../readers/positions.ts';
import type { AnalyzeOptions } from '../report.ts';
import type { CompanyResolver } from './company-resolver.ts';
import { isStudentAtSchool } from './student.ts';

/** One of the owner's employers, with every role held there. */
export interface Employer {
  index: number;
  key: string;
  name: string;
  names: Set<string>;
  tenures: { title: string; from: Day; to: Day | null }[];
  from: Day;
  /** Null while the owner still works there. */
  to: Day | null;
  /** `to`, or the as-of date for a current employer. */
  end: Day;
  /** As people's shared employers show it; written once, not once per person. */
  span: { company: string; key: string; from: string; to: string | null };
}

/**
 * More employers than any working life holds. Every connection is weighed against every employer, so
 * a hostile Positions.csv of thousands of companies would multiply the work by thousands.
 */
export const MAX_EMPLOYERS = 60;

/** Groups the owner's positions by company (a promotion is two rows, one employer). */
export function employersFromPositions(
  positions: Position[],
  resolver: CompanyResolver,
  asOf: Day,
): Employer[] {
  const byKey = new Map<string, Employer>();
  const sorted = [...positions].sort((a, b) => a.from - b.from);
  for (const p of sorted) {
    const key = resolver.key(p.company) || `=${p.company.toLowerCase()}`;
    let employer = byKey.get(key);
    if (!employer) {
      employer = {
        index: byKey.size,
        key,
        name: p.company,
        names: new Set(),
        tenures: [],
        from: p.from,
        to: p.to,
        end: asOf,
        span: { company: '', key, from: '', to: null },
      };
      byKey.set(key, employer);
    }
    employer.names.add(p.company);
    employer.name = p.company;
    employer.tenures.push({ title: p.title, from: p.from, to: p.to });
    employer.from = Math.min(employer.from, p.from);
    // Open while any role there is open (the first role set `to` when the employer was made).
    if (employer.tenures.length > 1)
      employer.to = employer.to === null || p.to === null ? null : Math.max(employer.to, p.to);
  }
  const employers = [...byKey.values()];
  for (const e of employers) {
    e.end = e.to === null ? asOf : Math.min(e.to, asOf);
    e.span = { company: e.name, key: e.key, from: isoDate(e.from), to: e.to === null ? null : isoDate(e.to) };
  }
  return employers;
}

/** The MAX_EMPLOYERS most recently left (current ones first), in the order they were joined. */
export function mostRecentEmployers(employers: Employer[]): Employer[] {
  if (employers.length <= MAX_EMPLOYERS) return employers;
  const recency = (e: Employer) => (e.to === null ? Number.POSITIVE_INFINITY : e.to);
  const kept = new Set([...employers].sort((a, b) => recency(b) - recency(a)).slice(0, MAX_EMPLOYERS));
  return employers.filter((e) => kept.has(e)).map((e, index) => ({ ...e, index }));
}

/** `--employer "Acme:2018-03..2021-06"`, for exports without Positions.csv. */
export function employersFromOptions(
  options: NonNullable<AnalyzeOptions['employers']>,
  resolver: CompanyResolver,
  asOf: Day,
): Employer[] {
  const positions: Position[] = options.map(({ company, from, to }) => {
    const valid =
      typeof company === 'string' && typeof from === 'string' && (to == null || typeof to === 'string');
    const span = valid ? parseSpan(`${from}..${to ?? ''}`) : null;
    if (!valid || !company.trim() || !span) {
      throw new InputError(
        'bad-option',
        `The employer "${company}: ${from}..${to ?? ''}" could not be read. Write it as "Acme:2018-03..2021-06", leaving the end out for a current job.`,
      );
    }
    if (span.to !== null && span.from > span.to) {
      throw new InputError(
        'bad-option',
        `The employer "${company}: ${from}..${to}" starts after it ends. Write the start first: "Acme:2018-03..2021-06".`,
      );
    }
    return { company: company.trim(), title: '', from: span.from, to: span.to };
  });
  return employersFromPositions(positions, resolver, asOf);
}

const TIER_ORDER: Record<MatchTier, number> = { exact: 3, strong: 2, weak: 1 };

/** Which employers a company name denotes, and how closely; remembered per name (names repeat). */
export class EmployerMatcher {
  private readonly memo = new Map<string, (MatchTier | null)[]>();

  /** Employers as the engine has them, or as a stored report lists them (with every spelling seen). */
  constructor(
    private readonly employers: readonly { names: Iterable<string> }[],
    private readonly resolver: CompanyResolver,
  ) {}

  tiers(company: string): (MatchTier | null)[] {
    let tiers = this.memo.get(company);
    if (!tiers) {
      tiers = this.employers.map((e) => this.best(company, e));
      this.memo.set(company, tiers);
    }
    return tiers;
  }

  /**
   * As `tiers`, for a person with this position: a student at a school the owner worked at is no
   * colleague for being there, so that school does not count as their employer.
   */
  tiersFor(company: string, position: string): (MatchTier | null)[] {
    const tiers = this.tiers(company);
    if (!tiers.some((t, i) => t !== null && isStudentAtSchool(this.names[i] ?? '', position))) return tiers;
    return tiers.map((t, i) => (t !== null && isStudentAtSchool(this.names[i] ?? '', position) ? null : t));
  }

  private get names(): string[] {
    this.nameList ??= this.employers.map((e) => [...e.names][0] ?? '');
    return this.nameList;
  }

  private nameList: string[] | undefined;

  private best(company: string, employer: { names: Iterable<string> }): MatchTier | null {
    if (!company) return null;
    let best: MatchTier | null = null;
    for (const name of employer.names) {
      const tier = this.resolver.compare(company, name);
      if (tier && (!best || TIER_ORDER[tier] > TIER_ORDER[best])) best = tier;
    }
    return best;
  }
}

export function employerRef(e: Employer): { key: string; name: string; years: number } {
  return { key: e.key, name: e.name, years: (e.end - e.from) / 365.25 };
}
