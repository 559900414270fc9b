import type { CompanyResolver } from './detect/company-resolver.ts';
import type { Day } from './normalise/dates.ts';
import { rankPeople } from './rank/rank-people.ts';
import type { KeepInTouchDays, Note, Person, Report } from './report.ts';
import {
  destinationsByEmployer,
  type EmployerRef,
  listCompanies,
  reportGraph,
  summarise,
  tallyCompanies,
  timeline,
} from './summarise.ts';

export interface RankAndSummariseInput {
  asOf: Day;
  resolver: CompanyResolver;
  employers: EmployerRef[];
  /** Company key → centrality in the company graph, 0–1. */
  centrality: Map<string, number>;
  hasMessages: boolean;
  messages: number;
  notes: Note[];
  keepInTouchDays: KeepInTouchDays;
}

/**
 * Ranks the people and writes everything the report says about them as a whole — counts, companies,
 * timeline, graph. The one path for a fresh analysis and for a report re-ranked after corrections.
 */
export function rankAndSummarise(
  people: Person[],
  input: RankAndSummariseInput,
): Pick<Report, 'people' | 'summary' | 'companies' | 'timeline' | 'graph'> {
  const { resolver, centrality, employers } = input;
  const tallies = tallyCompanies(people, resolver);
  const ranked = rankPeople(people, {
    asOf: input.asOf,
    hasEmployers: employers.length > 0,
    hasMessages: input.hasMessages,
    keepInTouchDays: input.keepInTouchDays,
    formerColleaguesAt: (company) => tallies.get(resolver.key(company))?.formerColleagues ?? 0,
    centralityOf: (company) => centrality.get(resolver.key(company)) ?? 0,
  });
  const companies = listCompanies(employers, tallies, destinationsByEmployer(ranked, resolver), centrality);
  // Summary before people, so a person reading the JSON meets the counts first.
  return {
    summary: summarise(ranked, employers, input.messages, input.notes),
    people: ranked,
    companies,
    timeline: timeline(ranked),
    graph: reportGraph(companies, employers),
  };
}
