import type { Classification } from './detect/classify.ts';
import type { ContactHistory, Contacts } from './detect/contact-history.ts';
import type { Employer } from './detect/owner-employers.ts';
import { fnv1a } from './hash.ts';
import { type Day, isoDate } from './normalise/dates.ts';
import { profileUrlOf } from './normalise/profile-slug.ts';
import { round } from './rank/score.ts';
import type { Connection } from './readers/connections.ts';
import type { Endorsement } from './readers/endorsements.ts';
import type { Invitation } from './readers/invitations.ts';
import type { Recommendation } from './readers/recommendations.ts';
import type { ContactKind, ContactRecord, Person, SharedEmployer } from './report.ts';

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
  const person: Person = {
    id: personId(connection),
    rank: 0,
    name: connection.name,
    firstName: connection.firstName,
    profileUrl: profileUrlOf(connection.slug ?? contacts.learnedSlugs.get(index) ?? null),
    company: connection.company,
    position: connection.position,
    connectedOn: connection.connectedOn === null ? null : isoDate(connection.connectedOn),
    category: classification.category,
    confidence: round(classification.confidence, 2),
    // Set when ranked.
    tie: 'distant',
    status: 'quiet',
    due: null,
    sharedEmployers: sharedEmployersOf(
      classification,
      employers.map((e) => e.span),
    ),
    score: 0,
    // A fraction, set when ranked. Not 0: V8 would lay the field out for small integers and then move
    // every one of 30,000 people to a new layout when the first fraction is stored.
    relevance: Number.NaN,
    lastContact: last ? isoDate(last.day) : null,
    lastContactKind: last?.kind ?? null,
    reasons: [],
    draft: null,
  };
  if (connection.hidden) person.hidden = true;
  const contact = history ? contactRecord(history) : undefined;
  if (contact) person.contact = contact;
  return person;
}

/** The classification's employers as the report lists them: the one way both analysis and corrections do. */
export function sharedEmployersOf(
  classification: Classification,
  spans: readonly { company: string; key: string; from: string; to: string | null }[],
): SharedEmployer[] {
  return classification.shared.map((s) => {
    const e = spans[s.employer] as (typeof spans)[number];
    // Fields listed rather than spread: a spread here cost more than the rest of the person.
    return {
      company: e.company,
      key: e.key,
      from: e.from,
      to: e.to,
      probability: round(s.probability, 2),
      match: s.match,
      evidence: s.evidence,
    };
  });
}

/** Counts and latest dates, with zero and none left out; undefined when there is nothing at all. */
function contactRecord(history: ContactHistory): ContactRecord | undefined {
  const record: ContactRecord = {};
  const sent = history.sentDays.length;
  const received = history.receivedDays.length;
  if (sent) record.messagesSent = sent;
  if (received) record.messagesReceived = received;
  const first = Math.min(earliest(history.sentDays), earliest(history.receivedDays));
  if (Number.isFinite(first)) record.firstMessage = isoDate(first);
  if (sent) record.lastSent = isoDate(latestDay(history.sentDays));
  if (received) record.lastReceived = isoDate(latestDay(history.receivedDays));
  let endorsement: Endorsement | undefined;
  for (const e of history.endorsements) {
    if (e.received) record.endorsementsReceived = (record.endorsementsReceived ?? 0) + 1;
    else record.endorsementsGiven = (record.endorsementsGiven ?? 0) + 1;
    if (e.day !== null && (endorsement?.day == null || e.day > endorsement.day)) endorsement = e;
  }
  if (endorsement?.day != null) {
    record.lastEndorsement = {
      date: isoDate(endorsement.day),
      direction: endorsement.received ? 'received' : 'given',
      skill: endorsement.skill,
    };
  }
  let recommendation: Recommendation | undefined;
  for (const r of history.recommendations) {
    if (r.received) record.recommendationsReceived = (record.recommendationsReceived ?? 0) + 1;
    else record.recommendationsGiven = (record.recommendationsGiven ?? 0) + 1;
    if (!recommendation || (r.day ?? -1) > (recommendation.day ?? -1)) recommendation = r;
  }
  if (recommendation) {
    record.lastRecommendation = {
      date: recommendation.day === null ? null : isoDate(recommendation.day),
      direction: recommendation.received ? 'received' : 'given',
      company: recommendation.company,
    };
  }
  let invitation: Invitation | undefined;
  for (const i of history.invitations) if (i.day !== null && (invitation?.day ?? -1) < i.day) invitation = i;
  if (invitation?.day != null) {
    record.lastInvitation = {
      date: isoDate(invitation.day),
      direction: invitation.outgoing ? 'given' : 'received',
    };
  }
  if (history.ambiguousMessages) record.ambiguousMessages = history.ambiguousMessages;
  return Object.keys(record).length ? record : undefined;
}

function earliest(days: Day[]): number {
  let first = Number.POSITIVE_INFINITY;
  for (const d of days) if (d < first) first = d;
  return first;
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
