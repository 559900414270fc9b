import type { Person, Report } from '../../functions/core/index.ts';
import { isPossibleColleague } from '../../functions/core/lines.ts';
import { companyKey } from '../../functions/core/normalise/company-key.ts';
import { spokenCompany } from '../../functions/core/normalise/spoken-company.ts';
import type { LabelledExport, TruthPerson } from './labelled.ts';

/** One connection: what the engine said, and what is true. */
export interface Judged {
  person: Person;
  truth: TruthPerson;
}

/** Pairs the report's people with the truth: by profile where both have one, else by name in order. */
export function judge(report: Report, labelled: LabelledExport): Judged[] {
  const bySlug = new Map<string, Person>();
  const byName = new Map<string, Person[]>();
  for (const p of report.people) {
    if (p.hidden) continue;
    if (p.profileUrl) bySlug.set(slugOf(p.profileUrl), p);
    const list = byName.get(p.name) ?? [];
    list.push(p);
    byName.set(p.name, list);
  }
  const used = new Set<Person>();
  const judged: Judged[] = [];
  for (const truth of labelled.truth) {
    let person = truth.profileUrl ? bySlug.get(slugOf(truth.profileUrl)) : undefined;
    if (!person) {
      const namesakes = (byName.get(truth.name) ?? []).filter((p) => !used.has(p));
      person =
        namesakes.find((p) => truth.connectedOn !== null && p.connectedOn === truth.connectedOn) ??
        namesakes[0];
    }
    if (!person) continue;
    used.add(person);
    judged.push({ person, truth });
  }
  return judged;
}

function slugOf(url: string): string {
  return decodeURIComponent(url.replace(/^https?:\/\/(www\.)?linkedin\.com\/in\//, '')).toLowerCase();
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  predicted: number;
  actual: number;
}

export function scores(
  rows: Judged[],
  predicted: (r: Judged) => boolean,
  actual: (r: Judged) => boolean,
): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    const p = predicted(row);
    const a = actual(row);
    if (p && a) tp++;
    else if (p) fp++;
    else if (a) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    predicted: tp + fp,
    actual: tp + fn,
  };
}

export const isFormer = (r: Judged) => r.truth.category === 'former-colleague';
export const saysFormer = (r: Judged) => r.person.category === 'former-colleague';

/** Of the former colleagues found, how many are named at the right employer. */
export function employerAccuracy(rows: Judged[]): { right: number; of: number } {
  let right = 0;
  let of = 0;
  for (const r of rows) {
    if (!isFormer(r) || !saysFormer(r)) continue;
    const top = r.person.sharedEmployers[0];
    if (!top || r.truth.employers.length === 0) continue;
    of++;
    if (r.truth.employers.includes(top.key) || r.truth.employers.includes(companyKey(top.company))) right++;
  }
  return { right, of };
}

/** The probability the report gives that someone is a former colleague, where it states one. */
export function statedProbability(p: Person): number | null {
  if (p.category === 'former-colleague') return p.confidence;
  if (isPossibleColleague(p)) return p.sharedEmployers[0]?.probability ?? null;
  return null;
}

/** Expected calibration error over ten bins of the stated probability (0 is perfect). */
export function calibrationError(rows: Judged[]): {
  ece: number;
  n: number;
  bins: { p: number; rate: number; n: number }[];
} {
  const bins = Array.from({ length: 10 }, () => ({ sum: 0, hits: 0, n: 0 }));
  let n = 0;
  for (const r of rows) {
    const p = statedProbability(r.person);
    if (p === null) continue;
    const bin = bins[Math.min(9, Math.floor(p * 10))] as (typeof bins)[number];
    bin.sum += p;
    bin.hits += isFormer(r) ? 1 : 0;
    bin.n++;
    n++;
  }
  let ece = 0;
  for (const b of bins) if (b.n) ece += (b.n / n) * Math.abs(b.sum / b.n - b.hits / b.n);
  return {
    ece,
    n,
    bins: bins.filter((b) => b.n).map((b) => ({ p: b.sum / b.n, rate: b.hits / b.n, n: b.n })),
  };
}

/** A plain rule of thumb: connected during one of the owner's jobs, plus one more sign of any kind. */
export function ruleOfThumb(report: Report): (r: Judged) => boolean {
  const windows = report.owner.employers.flatMap((e) =>
    e.tenures.map((t) => [t.from, t.to ?? report.asOf] as const),
  );
  const employerKeys = new Set(report.owner.employers.map((e) => e.key));
  return ({ person: p }) => {
    const day = p.connectedOn;
    if (!day || !windows.some(([from, to]) => day >= from && day <= to)) return false;
    const contact = p.contact !== undefined;
    const worksThere = employerKeys.has(companyKey(p.company));
    return contact || worksThere;
  };
}

/** The top of the list: how many are true former colleagues, and how many were in touch in the last 90 days. */
export function topOfList(
  rows: Judged[],
  report: Report,
  n = 25,
): { former: number; recent: number; of: number } {
  const truthOf = new Map(rows.map((r) => [r.person, r.truth]));
  const asOf = Date.parse(report.asOf);
  let former = 0;
  let recent = 0;
  const top = report.people.slice(0, n);
  for (const p of top) {
    if (truthOf.get(p)?.category === 'former-colleague') former++;
    if (p.lastContact && asOf - Date.parse(p.lastContact) < 90 * 86_400_000) recent++;
  }
  return { former, recent, of: top.length };
}

/**
 * Every claim the top of the list makes, read as facts (the reasons' and the draft's kinds and
 * parameters) and checked against what is true. A claim is false when the truth contradicts it; a
 * generator that does not record a kind of truth (A has no contact history) checks only the rest.
 */
export interface FalseClaim {
  person: string;
  claim: string;
}

export function falseClaims(rows: Judged[], report: Report, n = 100): FalseClaim[] {
  const truthOf = new Map(rows.map((r) => [r.person, r.truth]));
  const found: FalseClaim[] = [];
  for (const p of report.people.slice(0, n)) {
    const truth = truthOf.get(p);
    if (!truth) continue;
    const top = p.sharedEmployers[0];
    const add = (claim: string) => found.push({ person: p.name, claim });
    const workedAt = (key: string) =>
      (truth.category === 'former-colleague' || truth.category === 'current-colleague') &&
      (truth.employers.length === 0 || truth.employers.includes(key));
    for (const r of p.reasons) {
      if (r.kind === 'worked-together' && r.certainty === 'sure' && top && !workedAt(top.key))
        add(`you both worked at ${top.key}`);
      if (
        r.kind === 'works-with-you' &&
        truth.category !== 'current-colleague' &&
        !p.reasons.some((x) => x.kind === 'marked')
      )
        add(`you both work at ${top?.key ?? p.company} now`);
    }
    const hook = p.draft?.hook;
    if (hook?.kind === 'shared-years' && !workedAt(hook.employer)) add(`draft: our time at ${hook.employer}`);
    const history = truth.history;
    if (!history) continue;
    const sent = history.messages.filter((m) => m.direction === 'sent');
    const received = history.messages.filter((m) => m.direction === 'received');
    const c = p.contact;
    if ((c?.messagesSent ?? 0) > sent.length || (c?.messagesReceived ?? 0) > received.length)
      add(
        `${c?.messagesSent ?? 0} sent / ${c?.messagesReceived ?? 0} received (true: ${sent.length}/${received.length})`,
      );
    if (
      hook?.kind === 'recommendation' &&
      !history.recommendations.some((x) => x.direction === hook.direction)
    )
      add(`draft: a recommendation ${hook.direction}`);
    if (hook?.kind === 'endorsement' && !history.endorsements.some((x) => x.direction === hook.direction))
      add(`draft: an endorsement ${hook.direction}`);
    if (p.draft?.purpose === 'hello' && history.messages.length > 0) add('draft: we never talked');
    if (p.draft?.purpose === 'reply') {
      const lastIn =
        received
          .map((m) => m.date)
          .sort()
          .at(-1) ?? '';
      const lastOut =
        sent
          .map((m) => m.date)
          .sort()
          .at(-1) ?? '';
      if (!lastIn || lastOut > lastIn) add('draft: sorry for the slow reply');
    }
    if (hook?.kind === 'quiet' && p.lastContactKind === 'message') {
      const last = history.messages
        .map((m) => m.date)
        .sort()
        .at(-1);
      if (last && last > hook.since) add(`draft: last talked ${hook.since} (true: ${last})`);
    }
    if (p.lastContactKind === 'message' && p.lastContact) {
      const last = history.messages
        .map((m) => m.date)
        .sort()
        .at(-1);
      if (last && last !== p.lastContact) add(`last message ${p.lastContact} (true: ${last})`);
    }
  }
  return found;
}

/** How often the most common opening sentence of the top drafts comes, names and companies masked. */
export function openingRepeats(
  report: Report,
  draftOf: (p: Person) => string | null,
  n = 100,
): { most: number; sentence: string } {
  const companies = [
    ...report.owner.employers.map((e) => e.company),
    ...report.people.slice(0, n).map((p) => p.company),
  ].filter(Boolean);
  const counts = new Map<string, number>();
  for (const p of report.people.slice(0, n)) {
    let text = draftOf(p);
    if (!text) continue;
    for (const name of [p.name, p.firstName, ...p.name.split(' ')].filter((x) => x.length > 1))
      text = text.split(name).join('[N]');
    // Written and spoken forms: "Acme, Inc." and "Acme".
    for (const c of companies.flatMap((x) => [x, spokenCompany(x)]).sort((a, b) => b.length - a.length))
      if (c.length > 1) text = text.split(c).join('[C]');
    const sentences = text.split(/(?<=[.!?])\s/);
    const greetingOnly = /^\S+ [^ ]*\[N\]!$|^\S+ there!$/.test(sentences[0] ?? '');
    const first = sentences.slice(0, greetingOnly ? 2 : 1).join(' ');
    counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  let most = 0;
  let sentence = '';
  for (const [s, k] of counts) if (k > most) [most, sentence] = [k, s];
  return { most, sentence };
}
