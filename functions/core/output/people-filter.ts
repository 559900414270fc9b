import { isPossibleColleague } from '../lines.ts';
import type { Category, Person, TouchStatus } from '../report.ts';

/** What a list of people can be narrowed to: the API's people pages and the on-device page alike. */
export interface PeopleFilter {
  category?: Category;
  /** With category former-colleague: the possible colleagues too (below the line, never counted). */
  possible?: boolean;
  status?: TouchStatus;
  minConfidence?: number;
  /** Part of their company, or of an employer they share with the owner. */
  company?: string;
  /** Text in their name, company or position. */
  q?: string;
}

/** One person as a filter reads them: worked out once per report, lower-cased for matching. */
export interface FilterKey {
  category: Category;
  /** Below the line with a possible shared employer (lines.ts): shown on request. */
  possible: boolean;
  status: TouchStatus;
  confidence: number;
  name: string;
  company: string;
  position: string;
  /** Their shared employers' names and keys, lower-cased. */
  employers: string[];
}

export function filterKey(p: Person): FilterKey {
  return {
    category: p.category,
    possible: isPossibleColleague(p),
    status: p.status,
    confidence: p.confidence,
    name: p.name.toLowerCase(),
    company: p.company.toLowerCase(),
    position: p.position.toLowerCase(),
    employers: p.sharedEmployers.flatMap((s) => [s.company.toLowerCase(), s.key]),
  };
}

export function matchesFilter(filter: PeopleFilter): (p: FilterKey) => boolean {
  const q = filter.q?.toLowerCase();
  const company = filter.company?.toLowerCase();
  const category = (p: FilterKey) =>
    !filter.category ||
    p.category === filter.category ||
    // Possible colleagues are below the line: only when asked for, beside the likely ones.
    (filter.category === 'former-colleague' && filter.possible === true && p.possible);
  return (p: FilterKey) =>
    category(p) &&
    (!filter.status || p.status === filter.status) &&
    (filter.minConfidence === undefined || p.confidence >= filter.minConfidence) &&
    // Part of a name, as for their own company: "Lumen" finds those who shared "Lumen Health" too.
    (!company || p.company.includes(company) || p.employers.some((e) => e.includes(company))) &&
    (!q || p.name.includes(q) || p.company.includes(q) || p.position.includes(q));
}
