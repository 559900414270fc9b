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
      return { ...e.span, probability: round(s.probability, 2), match: s.match, evidence: s.evidence };
    }),
    score: 0,
    relevance: 0,
    recency: 0,
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
  const consider = (d: Day | null, k: ContactKind) => {
    if (d !== null && (day === null || d > day)) {
      day = d;
      kind = k;
    }
  };
  if (history) {
    for (const d of history.sentDays) consider(d, 'message');
    for (const d of history.receivedDays) consider(d, 'message');
    for (const i of history.invitations) consider(i.day, 'invitation');
    for (const e of history.endorsements) consider(e.day, 'endorsement');
    for (const r of history.recommendations) consider(r.day, 'recommendation');
  }
  return day === null ? null : { day, kind };
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

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}
