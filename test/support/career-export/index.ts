/**
 * A second, independent generator of synthetic LinkedIn data exports with ground truth.
 * It simulates an owner's career and network (see README.md) and writes the files in one era's layout.
 */
import { categoryOf, employerNow, overlapsOf } from './classify.ts';
import { CompanyBook } from './companies.ts';
import { DAY, isoDay, isoMonth, isoTime, monthOfTs, parseIsoDay, toMinute } from './dates.ts';
import { InteractionBuilder } from './interactions.ts';
import { asciiSlug } from './names.ts';
import type { OwnerProfile } from './owner.ts';
import { buildOwner } from './owner.ts';
import type { Person, Source, Tie } from './people.ts';
import { Network } from './people.ts';
import { Rng } from './rng.ts';
import { FIRST, LAST, REGIONS } from './vocabulary.ts';
import type { Era } from './write.ts';
import { connectionsUrl, writeFiles } from './write.ts';

export type { OwnerProfile } from './owner.ts';
export type { Era } from './write.ts';

export const ERAS: readonly Era[] = ['2018', '2020', '2023', '2026'];
export const PROFILES: readonly OwnerProfile[] = [
  'engineer',
  'student',
  'founder',
  'sales',
  'recruiter',
  'consultant',
  'manager',
];

export interface CareerExportOptions {
  seed: number;
  era: Era;
  connections?: number;
  profile?: OwnerProfile;
  asOf?: string;
  withPositions?: boolean;
  withMessages?: boolean;
}

export interface CareerExport {
  files: { name: string; text: string }[];
  asOf: string;
  owner: {
    firstName: string;
    lastName: string;
    profileUrl: string;
    positions: { company: string; title: string; from: string; to: string | null }[];
  };
  truth: PersonTruth[];
}

export interface PersonTruth {
  row: number;
  name: string;
  profileUrl: string | null;
  connectedOn: string | null;
  hidden: boolean;
  category: 'former-colleague' | 'current-colleague' | 'alumni' | 'other';
  overlaps: { company: string; from: string; to: string }[];
  employerNow: string | null;
  isRecruiter: boolean;
  tie: 'close' | 'familiar' | 'distant' | 'none';
  messages: { date: string; direction: 'sent' | 'received' }[];
  endorsements: { date: string; direction: 'received' | 'given'; skill: string }[];
  recommendations: { date: string; direction: 'received' | 'given'; company: string }[];
  invitations: { date: string; direction: 'incoming' | 'outgoing' }[];
  namesakes: number;
  /** Extra, for analysing results: how this person came into the network (colleague, classmate, recruiter, event...). */
  source: Source;
}

/** The default export date of an era: within the months that era's layout was current. */
function defaultAsOf(era: Era, r: Rng): string {
  const months: Record<Era, [number, number]> = {
    '2018': [2, 11],
    '2020': [1, 11],
    '2023': [1, 5],
    '2026': [1, 4],
  };
  const [lo, hi] = months[era];
  const m = r.int(lo, hi);
  const d = r.int(1, 28);
  return `${era}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function generateCareerExport(options: CareerExportOptions): CareerExport {
  const era = options.era;
  const asOf = options.asOf ?? defaultAsOf(era, new Rng(options.seed).fork(`asof-${era}`));
  // The world depends on the seed and the export date, not on the layout: the same seed and date give the
  // same people in every era; the eras' default dates give different worlds.
  const root = new Rng(options.seed).fork(`world-${asOf}`);
  const setup = root.fork('setup');
  const profile = options.profile ?? setup.pick(PROFILES);
  const region = setup.pick(REGIONS);
  const asOfTs = parseIsoDay(asOf) + 18 * 3600;
  const M = monthOfTs(asOfTs);
  const n = Math.max(20, Math.min(20_000, Math.round(options.connections ?? 800)));

  const ownerCulture = setup.chance(0.75) ? region.main : setup.pick(region.also);
  const ownerFirst = setup.pick(FIRST[ownerCulture]);
  const ownerLast = setup.pick(LAST[ownerCulture]);
  const book = new CompanyBook(root.fork('companies'), region, M);
  const owner = buildOwner(root.fork('owner'), book, region, M, profile, {
    culture: ownerCulture,
    first: ownerFirst,
    last: ownerLast,
  });

  const net = new Network(root.fork('network'), book, owner, region, M, asOfTs);
  const people = net.build(n);
  net.finish();
  const slugBase = asciiSlug(`${ownerFirst} ${ownerLast}`);
  let ownerSlug = setup.chance(0.5)
    ? slugBase
    : `${slugBase}-${setup.int(10, 99)}${setup.pick(['a', 'b', 'x', '7'])}${setup.int(100, 999)}`;
  const taken = new Set(people.map((p) => p.slug));
  while (taken.has(ownerSlug)) ownerSlug += '-1';
  const ownerUrl = `https://www.linkedin.com/in/${ownerSlug}`;

  const inter = new InteractionBuilder(
    root.fork('interactions'),
    book,
    owner,
    ownerSlug,
    people,
    region,
    M,
    asOfTs,
  ).build(era);

  const rows = people.slice().sort((a, b) => b.connectedAt - a.connectedAt || a.id - b.id);
  const writeRng = root.fork('write');
  const doubleSpaced = new Set(people.filter(() => writeRng.chance(0.03)).map((p) => p.id));
  const files = writeFiles({
    era,
    r: writeRng,
    book,
    owner,
    ownerUrl,
    region,
    M,
    rows,
    people,
    inter,
    withPositions: options.withPositions ?? true,
    withMessages: options.withMessages ?? true,
    messagesVariant: writeRng.chance(0.5) ? 'a' : 'b',
    doubleSpaced,
  });

  // Truth: what each connection row really is, and exactly what the files hold about them.
  const minuteOnly = (t: number) => isoTime(toMinute(t));
  const withMessages = options.withMessages ?? true;
  const perPerson = new Map<number, PersonTruth>();
  const truth: PersonTruth[] = rows.map((p: Person, row) => {
    const name = p.hidden ? '' : `${p.csvFirst} ${p.csvLast}`.trim();
    const t: PersonTruth = {
      row,
      name,
      profileUrl: era === '2026' && !p.hidden ? connectionsUrl(p.slug) : null,
      connectedOn: isoDay(p.connectedAt),
      hidden: p.hidden,
      category: categoryOf(p, owner, M),
      overlaps: overlapsOf(p, owner, M).map((o) => ({
        company: o.company,
        from: isoMonth(o.from),
        to: isoMonth(o.to),
      })),
      employerNow: employerNow(p, book, M),
      isRecruiter: p.recruiter || p.stints.some((s) => s.to === null && s.func === 'recruiting'),
      tie: p.tie as Tie,
      messages: [],
      endorsements: [],
      recommendations: [],
      invitations: [],
      namesakes: 0,
      source: p.source,
    };
    perPerson.set(p.id, t);
    return t;
  });
  if (withMessages) {
    const sorted = inter.messages.filter((m) => !(m.draft && era !== '2026')).sort((a, b) => a.at - b.at);
    for (const m of sorted) {
      const date = era === '2018' ? minuteOnly(m.at) : isoTime(m.at);
      if (m.outgoing) {
        for (const to of m.to)
          if (to.person !== null) perPerson.get(to.person)?.messages.push({ date, direction: 'sent' });
      } else if (m.from.person !== null) {
        perPerson.get(m.from.person)?.messages.push({ date, direction: 'received' });
      }
    }
  }
  for (const e of inter.endorsements.slice().sort((a, b) => a.at - b.at)) {
    perPerson
      .get(e.person)
      ?.endorsements.push({ date: isoTime(e.at), direction: e.direction, skill: e.skill });
  }
  for (const x of inter.recommendations.slice().sort((a, b) => a.at - b.at)) {
    perPerson
      .get(x.person)
      ?.recommendations.push({ date: minuteOnly(x.at), direction: x.direction, company: x.company });
  }
  for (const i of inter.invitations.slice().sort((a, b) => a.at - b.at)) {
    const id = i.outgoing ? i.to.person : i.from.person;
    if (id !== null)
      perPerson
        .get(id)
        ?.invitations.push({ date: minuteOnly(i.at), direction: i.outgoing ? 'outgoing' : 'incoming' });
  }
  const counts = new Map<string, number>();
  for (const t of truth) if (!t.hidden) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
  for (const t of truth) if (!t.hidden) t.namesakes = (counts.get(t.name) ?? 1) - 1;

  return {
    files,
    asOf,
    owner: {
      firstName: owner.first,
      lastName: owner.last,
      profileUrl: ownerUrl,
      positions: owner.positions.map((p) => ({
        company: p.spelling,
        title: p.title,
        from: isoMonth(p.from),
        to: p.to === null ? null : isoMonth(p.to),
      })),
    },
    truth,
  };
}

/** Days between two ISO dates (for summaries). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseIsoDay(b) - parseIsoDay(a)) / DAY);
}
