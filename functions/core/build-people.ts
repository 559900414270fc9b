import type { Classification } from './detect/classify.ts';
import type { ContactHistory, Contacts } from './detect/contact-history.ts';
import type { Employer } from './detect/owner-employers.ts';
import { fnv1a } from './hash.ts';
import { type Day, isoDate } from './normalise/dates.ts';
import { profileUrlOf } from './normalise/profile-slug.ts';
import { round } from './rank/score.ts';
import { seniority } from './rank/seniority.ts';
import type { Connection } from './readers/connections.ts';
import type { ContactKind, Person } from './report.ts';

/** Turns one connection and what was found about them into the report's person (not yet ranked). */
export function buildPerson(
  connection: Connection,
  contacts: Contacts,
  index: number,
  classification: Classification,
  employers: Employer[],
): Person {
  const history = contacts.histories[index];
  const last = lastContact(connection, history);
  const [firstMessage, lastMessage] = history ? messageRange(history) : [null, null];
  return {
    id: personId(connection),
    rank: 0,
    name: connection.name,
    firstName: connection.firstName,
    lastName: connection.lastName,
    profileUrl: profileUrlOf(connection.slug ?? contacts.learnedSlugs.get(index) ?? null),
    company: connection.company,
    position: connection.position,
    connectedOn: connection.connectedOn === null ? null : isoDate(connection.connectedOn),
    hidden: connection.hidden,
    category: classification.category,
    confidence: round(classification.confidence, 2),
    sharedEmployers: classification.shared.map((s) => {
      const e = employers[s.employer] as Employer;
      // Fields listed rather than spread: a spread here cost more than the rest of the person.
      return {
        company: e.span.company,
        key: e.span.key,
        from: e.span.from,
        to: e.span.to,
        probability: round(s.probability, 2),
        match: s.match,
        evidence: s.evidence,
      };
    }),
    score: 0,
    // Fractions, set when ranked. Not 0: V8 would lay the field out for small integers and then move
    // every one of 30,000 people to a new layout when the first fraction is stored.
    relevance: Number.NaN,
    recency: Number.NaN,
    lastContact: last ? isoDate(last.day) : null,
    lastContactKind: last?.kind ?? null,
    contact: {
      messagesSent: history?.sentDays.length ?? 0,
      messagesReceived: history?.receivedDays.length ?? 0,
      firstMessage: firstMessage === null ? null : isoDate(firstMessage),
      lastMessage: lastMessage === null ? null : isoDate(lastMessage),
      endorsements: history?.endorsements.length ?? 0,
      recommendations: history?.recommendations.length ?? 0,
    },
    seniority: seniority(connection.position),
    reasons: [],
    draft: '',
  };
}

function lastContact(
  connection: Connection,
  history: ContactHistory | undefined,
): { day: Day; kind: ContactKind } | null {
  let day: Day | null = connection.connectedOn;
  let kind: ContactKind = 'connected';
  if (history) {
    // In this order, so a tie goes to the first: messages, then invitations, endorsements, recommendations.
    const latest: [number, ContactKind][] = [
      [Math.max(latestDay(history.sentDays), latestDay(history.receivedDays)), 'message'],
      [latestDay(history.invitations.map((i) => i.day)), 'invitation'],
      [latestDay(history.endorsements.map((e) => e.day)), 'endorsement'],
      [latestDay(history.recommendations.map((r) => r.day)), 'recommendation'],
    ];
    for (const [d, k] of latest) {
      if (d > (day ?? Number.NEGATIVE_INFINITY)) {
        day = d;
        kind = k;
      }
    }
  }
  return day === null ? null : { day, kind };
}

/** The latest of some days (unknown ones skipped); minus infinity when there is none. */
function latestDay(days: (Day | null)[]): number {
  let last = Number.NEGATIVE_INFINITY;
  for (const d of days) if (d !== null && d > last) last = d;
  return last;
}

function messageRange(history: ContactHistory): [Day | null, Day | null] {
  let first: Day | null = null;
  let last: Day | null = null;
  for (const days of [history.sentDays, history.receivedDays]) {
    for (const d of days) {
      if (first === null || d < first) first = d;
      if (last === null || d > last) last = d;
    }
  }
  return [first, last];
}

/** Stable across runs and not the slug itself: two independent 32-bit hashes of who they are. */
function personId(c: Connection): string {
  const basis = c.slug ?? `row:${c.row}:${c.name}:${c.connectedOn ?? ''}`;
  return `p${hex(fnv1a(basis))}${hex(fnv1a(basis, 3323198485))}`;
}

/** Eight hex digits from a table of byte pairs: toString(16) and padStart cost more, 60,000 times over. */
function hex(n: number): string {
  return `${HEX[n >>> 24]}${HEX[(n >>> 16) & 255]}${HEX[(n >>> 8) & 255]}${HEX[n & 255]}`;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
