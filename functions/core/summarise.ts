import type { CompanyResolver } from './detect/company-resolver.ts';
import { getOrInsert } from './get-or-insert.ts';
import { isPossibleColleague } from './lines.ts';
import type {
  Category,
  CompanySummary,
  Note,
  Person,
  ReportGraph,
  Summary,
  TimelineMonth,
} from './report.ts';

/** Counts, companies, timeline and the picture of the graph: the report around the ranked list. */
/** An employer as the summaries need it, from the engine or from a stored report. */
export interface EmployerRef {
  key: string;
  name: string;
  /** The owner's years there, for the graph's edge weight. */
  years: number;
}

interface ColleagueCounts {
  formerColleagues: number;
  currentColleagues: number;
  alumni: number;
}

export interface CompanyTally extends ColleagueCounts {
  key: string;
  name: string;
  connections: number;
}

const noColleagues = (): ColleagueCounts => ({ formerColleagues: 0, currentColleagues: 0, alumni: 0 });

function countCategory(counts: ColleagueCounts, category: Category): void {
  if (category === 'former-colleague') counts.formerColleagues++;
  else if (category === 'current-colleague') counts.currentColleagues++;
  else if (category === 'alumni') counts.alumni++;
}

export function tallyCompanies(people: Person[], resolver: CompanyResolver): Map<string, CompanyTally> {
  const tallies = new Map<string, CompanyTally>();
  for (const p of people) {
    const key = p.company ? resolver.key(p.company) : '';
    if (!key) continue;
    const t = getOrInsert(tallies, key, () => ({
      key,
      name: p.company,
      connections: 0,
      ...noColleagues(),
    }));
    t.connections++;
    countCategory(t, p.category);
  }
  return tallies;
}

/** Employer key → (current company key → number of its former colleagues there). */
export function destinationsByEmployer(
  people: Person[],
  resolver: CompanyResolver,
): Map<string, Map<string, number>> {
  const destinations = new Map<string, Map<string, number>>();
  for (const p of people) {
    const employer = p.sharedEmployers[0];
    const key = p.company ? resolver.key(p.company) : '';
    if (p.category !== 'former-colleague' || !employer || !key || key === employer.key) continue;
    const map = getOrInsert(destinations, employer.key, () => new Map<string, number>());
    map.set(key, (map.get(key) ?? 0) + 1);
  }
  return destinations;
}

export function summarise(
  people: Person[],
  employers: EmployerRef[],
  messages: number,
  notes: Note[],
): Summary {
  const all = noColleagues();
  const byEmployer = new Map(employers.map((e) => [e.key, noColleagues()]));
  const keepInTouch: Summary['keepInTouch'] = { 'in-touch': 0, due: 0, quiet: 0, snoozed: 0 };
  let hiddenProfiles = 0;
  let possibleColleagues = 0;
  let other = 0;
  // One pass: a report holds up to 30,000 people.
  for (const p of people) {
    if (p.hidden) hiddenProfiles++;
    if (p.category === 'other') other++;
    if (isPossibleColleague(p)) possibleColleagues++;
    if (p.category === 'former-colleague') keepInTouch[p.status]++;
    countCategory(all, p.category);
    const here = byEmployer.get(p.sharedEmployers[0]?.key ?? '');
    if (here) countCategory(here, p.category);
  }
  return {
    connections: people.length,
    hiddenProfiles,
    formerColleagues: all.formerColleagues,
    possibleColleagues,
    currentColleagues: all.currentColleagues,
    alumni: all.alumni,
    other,
    messages,
    byEmployer: employers.map((e) => ({
      company: e.name,
      key: e.key,
      ...(byEmployer.get(e.key) ?? noColleagues()),
    })),
    keepInTouch,
    notes,
  };
}

const DESTINATIONS_LISTED = 8;
const OTHER_COMPANIES_LISTED = 40;

export function listCompanies(
  employers: EmployerRef[],
  tallies: Map<string, CompanyTally>,
  destinations: Map<string, Map<string, number>>,
  centrality: Map<string, number>,
): CompanySummary[] {
  const nameOf = (key: string) => tallies.get(key)?.name ?? key;
  const summaryOf = (key: string, name: string, isEmployer: boolean): CompanySummary => {
    const t = tallies.get(key);
    return {
      key,
      name,
      isEmployer,
      connections: t?.connections ?? 0,
      formerColleagues: t?.formerColleagues ?? 0,
      currentColleagues: t?.currentColleagues ?? 0,
      alumni: t?.alumni ?? 0,
      alumniDestinations: [...(destinations.get(key) ?? [])]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, DESTINATIONS_LISTED)
        .map(([k, people]) => ({ company: nameOf(k), key: k, people })),
      centrality: Math.round((centrality.get(key) ?? 0) * 1000) / 1000,
    };
  };
  const employerKeys = new Set(employers.map((e) => e.key));
  const others = [...tallies.values()]
    .filter((t) => !employerKeys.has(t.key) && t.formerColleagues + t.currentColleagues + t.alumni > 0)
    .sort(
      (a, b) =>
        b.formerColleagues - a.formerColleagues || b.connections - a.connections || (a.key < b.key ? -1 : 1),
    )
    .slice(0, OTHER_COMPANIES_LISTED);
  return [
    ...employers.map((e) => summaryOf(e.key, e.name, true)),
    ...others.map((t) => summaryOf(t.key, t.name, false)),
  ];
}

export function timeline(people: Person[]): TimelineMonth[] {
  const months = new Map<string, TimelineMonth>();
  for (const p of people) {
    if (!p.connectedOn) continue;
    const month = p.connectedOn.slice(0, 7);
    const m = getOrInsert(months, month, () => ({ month, connections: 0, ...noColleagues() }));
    m.connections++;
    countCategory(m, p.category);
  }
  return [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}

/** A picture-sized graph: you, your employers, and the companies where two or more of their alumni went. */
export function reportGraph(companies: CompanySummary[], employers: EmployerRef[]): ReportGraph {
  const nodes: ReportGraph['nodes'] = [{ id: 'owner', label: 'You', kind: 'owner', size: 1 }];
  const edges: ReportGraph['edges'] = [];
  const seen = new Set<string>();
  for (const e of employers) {
    const c = companies.find((x) => x.key === e.key);
    nodes.push({
      id: `company:${e.key}`,
      label: e.name,
      kind: 'employer',
      size: (c?.formerColleagues ?? 0) + (c?.currentColleagues ?? 0),
    });
    seen.add(e.key);
    edges.push({
      source: 'owner',
      target: `company:${e.key}`,
      kind: 'worked-at',
      weight: Math.round(e.years * 10) / 10,
    });
  }
  for (const c of companies.filter((x) => x.isEmployer)) {
    for (const d of c.alumniDestinations.filter((x) => x.people >= 2)) {
      if (!seen.has(d.key)) {
        seen.add(d.key);
        nodes.push({ id: `company:${d.key}`, label: d.company, kind: 'company', size: d.people });
      }
      edges.push({
        source: `company:${c.key}`,
        target: `company:${d.key}`,
        kind: 'alumni-went-to',
        weight: d.people,
      });
    }
  }
  return { nodes, edges };
}
