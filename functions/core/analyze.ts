import { buildPerson } from './build-people.ts';
import { addClusterEvidence } from './detect/alumni-cluster.ts';
import { classify } from './detect/classify.ts';
import { type EmployerScore, type EvidenceContext, scoreEmployers } from './detect/colleague-evidence.ts';
import { CompanyResolver } from './detect/company-resolver.ts';
import { ConnectionDensity } from './detect/connection-density.ts';
import { type Contacts, collectContacts } from './detect/contact-history.ts';
import { contactWeights } from './detect/contact-likelihood.ts';
import {
  alumniFlows,
  buildEmployerGraph,
  companyCentrality,
  type GraphPerson,
  MIN_EDGE_PROBABILITY,
} from './detect/employer-graph.ts';
import { employerPriors } from './detect/employer-priors.ts';
import {
  type Employer,
  EmployerMatcher,
  employerRef,
  employersFromOptions,
  employersFromPositions,
  MAX_EMPLOYERS,
  mostRecentEmployers,
} from './detect/owner-employers.ts';
import { PeopleIndex } from './detect/people-index.ts';
import { InputError } from './errors.ts';
import type { InputFile } from './input/read-export.ts';
import { type Day, isoDate, parseIsoDate } from './normalise/dates.ts';
import { profileUrlOf } from './normalise/profile-slug.ts';
import { keepInTouchDays } from './rank/keep-in-touch.ts';
import { rankAndSummarise } from './rank-and-summarise.ts';
import { readSources } from './read-sources.ts';
import type { Connection } from './readers/connections.ts';
import { type AnalyzeOptions, type Note, REPORT_VERSION, type Report } from './report.ts';
import { WarningLog } from './warnings.ts';

/**
 * The engine: export files in, report out. Pure — no I/O, no clock (`asOf` says what "now" is) — so
 * it runs the same in Lambda, in the CLI, in tests and in a browser.
 */
export function analyze(files: InputFile[], options: AnalyzeOptions): Report {
  // Options may come from JSON (the API): check their shape before trusting it.
  const asOf = typeof options?.asOf === 'string' ? parseIsoDate(options.asOf) : null;
  if (asOf === null)
    throw new InputError(
      'bad-option',
      `The as-of date "${String(options?.asOf)}" is not a date like 2026-03-01.`,
    );
  const warnings = new WarningLog();
  const { inputs, connections, profile, positions, messages, hasMessages, ...rest } = readSources(
    files,
    warnings,
    { inflateRaw: options.inflateRaw },
  );
  const { invitations, endorsements, recommendations } = rest;
  // Counted now, so the messages (and the file text their cells point into) can go once attributed.
  const messageCount = messages.length;

  const resolver = new CompanyResolver(options.merges, options.splits);
  const employersSource = positions.length > 0 ? 'positions' : options.employers?.length ? 'options' : 'none';
  const listed: Employer[] =
    employersSource === 'positions'
      ? employersFromPositions(positions, resolver, asOf)
      : employersFromOptions(options.employers ?? [], resolver, asOf);
  const employers = mostRecentEmployers(listed);
  if (employers.length < listed.length) {
    warnings.add({
      file: employersSource === 'positions' ? 'Positions.csv' : 'options',
      code: 'too-many-employers',
      limit: MAX_EMPLOYERS,
    });
  }

  const people = new PeopleIndex(connections);
  const contacts = collectContacts(
    connections,
    people,
    {
      messages,
      invitations,
      endorsements,
      recommendations,
      profile,
    },
    resolver,
  );
  const matcher = new EmployerMatcher(employers, resolver);
  const connected = connections.map((c) => c.connectedOn);
  const tiersOf = (i: number) =>
    matcher.tiersFor(connections[i]?.company ?? '', connections[i]?.position ?? '');
  const priors = employerPriors(employers, connected, tiersOf);
  const context: EvidenceContext = {
    employers,
    priors,
    contact: contactWeights(employers, priors, connected, contacts.histories, tiersOf),
    density: new ConnectionDensity(connected),
    resolver,
  };

  // Pass 1: evidence from each person's own record.
  const scores = connections.map((connection, i) =>
    connection.hidden
      ? []
      : scoreEmployers({ connection, history: contacts.histories[i], tiers: tiersOf(i) }, context),
  );
  // The graph of shared employers, then pass 2: evidence from where the others went.
  const graphPeople = peopleForGraph(connections, scores, resolver);
  const flows = alumniFlows(buildEmployerGraph(employers, graphPeople), employers);
  for (const p of graphPeople) addClusterEvidence(scores[p.index] ?? [], p.companyKey, employers, flows);
  const centrality = companyCentrality(employers, flows);

  const unranked = connections.map((c, i) =>
    buildPerson(c, contacts, i, classify(scores[i] ?? [], employers), employers),
  );
  const every = keepInTouchDays(options.keepInTouchDays);
  const ranked = rankAndSummarise(unranked, {
    asOf,
    resolver,
    employers: employers.map(employerRef),
    centrality,
    hasMessages,
    messages: messageCount,
    notes: notesFor(employersSource, hasMessages, asOf, connections, contacts),
    keepInTouchDays: every,
  });
  return {
    version: REPORT_VERSION,
    asOf: isoDate(asOf),
    owner: {
      name: profile ? `${profile.firstName} ${profile.lastName}`.trim() || null : null,
      headline: profile?.headline || null,
      profileUrls: contacts.ownerSlugs.map((s) => profileUrlOf(s) ?? '').filter(Boolean),
      employersSource,
      employers: employers.map((e) => ({
        company: e.name,
        key: e.key,
        names: [...e.names],
        from: isoDate(e.from),
        to: e.to === null ? null : isoDate(e.to),
        tenures: e.tenures.map((t) => ({
          title: t.title,
          from: isoDate(t.from),
          to: t.to === null ? null : isoDate(t.to),
        })),
      })),
    },
    ...ranked,
    warnings: warnings.list(),
    inputs: inputs.map((f) => ({ name: f.name, kind: f.kind, rows: f.rows })),
    keepInTouchDays: every,
    options: { merges: [...(options.merges ?? [])], splits: [...(options.splits ?? [])] },
  };
}

/**
 * The people worth a node: some tie to an employer, and a current company shared with another such
 * person — a company only one of them works at can form no alumni cluster, so it would only cost time.
 */
function peopleForGraph(
  connections: Connection[],
  scores: EmployerScore[][],
  resolver: CompanyResolver,
): GraphPerson[] {
  const candidates: GraphPerson[] = [];
  const perCompany = new Map<string, number>();
  connections.forEach((c, i) => {
    const companyKey = c.company ? resolver.key(c.company) : '';
    const workedAt = (scores[i] ?? [])
      .filter((x) => x.probability >= MIN_EDGE_PROBABILITY)
      .map((x) => ({ employer: x.employer, probability: x.probability }));
    if (workedAt.length === 0 || !companyKey) return;
    candidates.push({ index: i, name: c.name, company: c.company, companyKey, workedAt });
    perCompany.set(companyKey, (perCompany.get(companyKey) ?? 0) + 1);
  });
  return candidates.filter((p) => (perCompany.get(p.companyKey) ?? 0) >= 2);
}

function notesFor(
  source: string,
  hasMessages: boolean,
  asOf: Day,
  connections: { connectedOn: Day | null }[],
  contacts: Contacts,
): Note[] {
  const notes: Note[] = [];
  if (source === 'none') notes.push({ code: 'no-work-history' });
  if (!hasMessages) notes.push({ code: 'no-messages-file' });
  if (contacts.ambiguous.messages > 0) {
    notes.push({
      code: 'ambiguous-namesakes',
      messages: contacts.ambiguous.messages,
      people: contacts.ambiguous.people,
    });
  }
  if (connections.some((c) => c.connectedOn !== null && c.connectedOn > asOf))
    notes.push({ code: 'dates-after-as-of' });
  return notes;
}
