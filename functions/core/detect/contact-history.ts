import { getOrInsert } from '../get-or-insert.ts';
import type { Day } from '../normalise/dates.ts';
import { personNameKey } from '../normalise/person-name.ts';
import type { Connection } from '../readers/connections.ts';
import type { Endorsement } from '../readers/endorsements.ts';
import type { Invitation } from '../readers/invitations.ts';
import { MAX_RECIPIENTS, type Message } from '../readers/messages.ts';
import type { Profile } from '../readers/profile.ts';
import type { Recommendation } from '../readers/recommendations.ts';
import type { CompanyResolver } from './company-resolver.ts';
import type { PeopleIndex } from './people-index.ts';

/** Everything the export says about the owner's contact with one connection. */
export interface ContactHistory {
  sentDays: Day[];
  receivedDays: Day[];
  invitations: Invitation[];
  endorsements: Endorsement[];
  recommendations: Recommendation[];
  /** Messages that are with this person or a namesake: the export cannot tell which. */
  ambiguousMessages?: number;
}

export interface ContactInputs {
  messages: Message[];
  invitations: Invitation[];
  endorsements: Endorsement[];
  recommendations: Recommendation[];
  profile: Profile | null;
}

export interface Contacts {
  /** Indexed like the connections; undefined where there was no contact beyond connecting. */
  histories: (ContactHistory | undefined)[];
  ownerSlugs: string[];
  /** Profile slugs found in other files for connections whose row had none (exports before mid-2023). */
  learnedSlugs: Map<number, string>;
  /** Messages that stayed ambiguous between namesakes, and how many connections share those names. */
  ambiguous: { messages: number; people: number };
}

/** A row found one connection, several it may mean (namesakes), or none. */
type Found = number | number[] | undefined;

/** A message may come a few days before the connection shows in the export (an InMail, then a request). */
const BEFORE_CONNECTING = 7;

/** Namesakes up to this many are compared one by one; more are looked up by company key. */
const FEW_NAMESAKES = 50;

export function collectContacts(
  connections: Connection[],
  people: PeopleIndex,
  inputs: ContactInputs,
  resolver: CompanyResolver,
): Contacts {
  const histories: (ContactHistory | undefined)[] = new Array(connections.length);
  const learnedSlugs = new Map<number, string>();
  const learnedBySlug = new Map<string, number>();
  const learn = (i: number, slug: string | null) => {
    if (slug && !connections[i]?.slug && !learnedSlugs.has(i) && !learnedBySlug.has(slug)) {
      learnedSlugs.set(i, slug);
      learnedBySlug.set(slug, i);
    }
  };
  // Finds the connection: by profile, by a profile learned from an earlier row, or by name; when found
  // by name for a row without a URL, remembers the URL this file gave. Namesakes come back as a list.
  const find = (slug: string | null, name: string): Found => {
    if (slug) {
      const i = people.bySlug(slug) ?? learnedBySlug.get(slug);
      if (i !== undefined) return i;
    }
    const candidates = people.candidates(slug, name);
    if (candidates.length !== 1) return candidates.length ? candidates : undefined;
    const i = candidates[0] as number;
    learn(i, slug);
    return i;
  };
  const one = (found: Found) => (typeof found === 'number' ? found : undefined);
  const historyOf = (i: number): ContactHistory => {
    let history = histories[i];
    if (!history) {
      history = { sentDays: [], receivedDays: [], invitations: [], endorsements: [], recommendations: [] };
      histories[i] = history;
    }
    return history;
  };

  const owners = findOwnerSlugs(inputs, people);
  const ambiguous = attributeMessages(inputs.messages, owners, people, find, historyOf, learn);

  for (const invitation of inputs.invitations) {
    const i = one(find(invitation.counterpart, invitation.counterpartName));
    if (i !== undefined) historyOf(i).invitations.push(invitation);
  }
  for (const endorsement of inputs.endorsements) {
    const i = one(find(endorsement.slug, endorsement.name));
    if (i !== undefined) historyOf(i).endorsements.push(endorsement);
  }
  // No URL in recommendations: among namesakes, the one whose company matches the recommendation's is
  // meant. A name shared by a few is checked one by one (strong and weak matches count); a name shared
  // by hundreds (a hostile file) is looked up by company key, so the cost does not grow with the square.
  const byCompany = new Map<string, Map<string, number>>();
  const namesakeAt = (name: string, company: string): number | undefined => {
    const namesakes = people.namesakes(name);
    if (namesakes.length <= 1) return namesakes[0];
    if (namesakes.length <= FEW_NAMESAKES) {
      return namesakes.find((n) => resolver.compare(connections[n]?.company ?? '', company) !== null);
    }
    let index = byCompany.get(name);
    if (!index) {
      index = new Map();
      for (const n of namesakes) {
        const key = resolver.key(connections[n]?.company ?? '');
        if (key && !index.has(key)) index.set(key, n);
      }
      byCompany.set(name, index);
    }
    return index.get(resolver.key(company));
  };
  for (const recommendation of inputs.recommendations) {
    const i = namesakeAt(recommendation.name, recommendation.company);
    if (i !== undefined) historyOf(i).recommendations.push(recommendation);
  }
  return { histories, ownerSlugs: [...owners].sort(), learnedSlugs, ambiguous };
}

/**
 * The export never says which profile is the owner's. The owner is in every conversation, is the
 * inviter of outgoing invitations, and is not one of their own connections.
 */
function findOwnerSlugs(inputs: ContactInputs, people: PeopleIndex): Set<string> {
  const owners = new Set<string>();
  for (const invitation of inputs.invitations) {
    if (invitation.ownerSlug && !people.hasSlug(invitation.ownerSlug)) owners.add(invitation.ownerSlug);
  }
  const ownerName = inputs.profile ? personNameKey(inputs.profile.firstName, inputs.profile.lastName) : '';
  const nameKeys = new Map<string, string>();
  const nameKey = (name: string) => getOrInsert(nameKeys, name, () => personNameKey(name));
  // Only profiles that are not connections can be the owner's. The owner talks with everyone; a
  // recruiter who wrote several times talks only with the owner. So count distinct partners first.
  const partners = new Map<string, Set<string>>();
  const conversations = new Map<string, Set<string>>();
  for (const m of inputs.messages) {
    // The 2018 layout says who sent each message: there is no owner's URL to find.
    if (m.outgoing !== undefined) continue;
    const here = getOrInsert(conversations, m.conversation, () => new Set<string>());
    here.add(m.sender);
    if (m.recipients) for (const r of m.recipients) here.add(r);
    if (
      ownerName &&
      !owners.has(m.sender) &&
      !people.hasSlug(m.sender) &&
      nameKey(m.fromName) === ownerName
    ) {
      owners.add(m.sender);
    }
  }
  const coverage = new Map<string, number>();
  for (const here of conversations.values()) {
    // Each message is capped in size, but one conversation id over many could still gather thousands:
    // that is no conversation between people, and its pairs would grow with the square of its size.
    if (here.size > MAX_RECIPIENTS + 1) continue;
    for (const slug of here) {
      if (people.hasSlug(slug)) continue;
      coverage.set(slug, (coverage.get(slug) ?? 0) + 1);
      const set = getOrInsert(partners, slug, () => new Set<string>());
      for (const other of here) if (other !== slug) set.add(other);
    }
  }
  const ranked = [...coverage]
    .map(([slug, n]) => ({ slug, n, partners: partners.get(slug)?.size ?? 0 }))
    .sort((a, b) => b.partners - a.partners || b.n - a.n || (a.slug < b.slug ? -1 : 1));
  const top = ranked[0];
  // With recipients named, the owner is in every conversation; in old exports only where they replied.
  if (top && top.n >= conversations.size * 0.2 && (top.partners >= 2 || conversations.size <= 2)) {
    owners.add(top.slug);
  }
  return owners;
}

interface Pending {
  slug: string | null;
  candidates: number[];
  sent: Day[];
  received: Day[];
}

/**
 * Each message to the connection(s) it was with. A row that names namesakes (old exports have no
 * URLs) waits until all are read: the sender's or recipient's messages then go to the one namesake
 * already connected when they began, or, where that does not tell them apart, are counted as
 * ambiguous for each of them — their contact is unknown, never "none".
 */
function attributeMessages(
  messages: Message[],
  owners: Set<string>,
  people: PeopleIndex,
  find: (slug: string | null, name: string) => Found,
  historyOf: (i: number) => ContactHistory,
  learn: (i: number, slug: string | null) => void,
): { messages: number; people: number } {
  const pending = new Map<string, Pending>();
  const defer = (slug: string | null, name: string, candidates: number[], day: Day, sent: boolean) => {
    const group = getOrInsert(pending, slug ?? `name:${name}`, () => ({
      slug,
      candidates,
      sent: [],
      received: [],
    }));
    (sent ? group.sent : group.received).push(day);
  };
  // Old nine-column files: a recipient is found from their own replies in the same conversation.
  let writers: Map<string, Set<number>> | null = null;
  const writersOf = (conversation: string) => {
    if (!writers) {
      writers = new Map();
      for (const m of messages) {
        const i = owners.has(m.sender) ? undefined : find(m.sender, m.fromName);
        if (typeof i === 'number') getOrInsert(writers, m.conversation, () => new Set<number>()).add(i);
      }
    }
    return writers.get(conversation) ?? new Set<number>();
  };

  // Files that name recipients without their URLs: who, by name, wrote in each conversation, and
  // from which profile. The owner's message to "Kim Lee" in a conversation where a Kim Lee wrote from
  // a profile is to that profile — a namesake who is not the connection named Kim Lee, if it is not hers.
  let writerSlugs: Map<string, Map<string, string>> | null = null;
  const writerSlug = (conversation: string, name: string) => {
    if (!writerSlugs) {
      writerSlugs = new Map();
      for (const m of messages)
        if (m.sender && !owners.has(m.sender))
          getOrInsert(writerSlugs, m.conversation, () => new Map<string, string>()).set(
            personNameKey(m.fromName),
            m.sender,
          );
    }
    return writerSlugs.get(conversation)?.get(personNameKey(name)) ?? null;
  };

  for (const m of messages) {
    // With no owner profile found, a sender who is not a connection is most likely the owner.
    const sentByOwner =
      m.outgoing ?? (owners.has(m.sender) || (owners.size === 0 && !people.hasSlug(m.sender)));
    if (!sentByOwner) {
      const found = find(m.sender || null, m.fromName);
      if (typeof found === 'number') historyOf(found).receivedDays.push(m.day);
      else if (found) defer(m.sender || null, m.fromName, found, m.day, false);
      continue;
    }
    // A message the owner sent: one day of contact for each connection it went to (a plain loop
    // with a set of indexes; it runs for every message).
    const counterparts = new Set<number>();
    const recipients = m.recipients ?? [];
    const single = recipients.length - (recipients.some((r) => owners.has(r)) ? 1 : 0) === 1;
    for (const r of recipients) {
      // With one recipient, TO is their whole name (it may hold a comma: "Smith, PhD").
      const found = owners.has(r) ? undefined : find(r, single ? m.toNames : '');
      if (typeof found === 'number') counterparts.add(found);
      else if (found) defer(r, m.toNames, found, m.day, true);
    }
    if (counterparts.size === 0 && m.recipients === null && m.outgoing === undefined) {
      // Thousands writing in one conversation is no conversation between people (see MAX_RECIPIENTS).
      const writersHere = writersOf(m.conversation);
      if (writersHere.size <= MAX_RECIPIENTS) for (const i of writersHere) counterparts.add(i);
    }
    if (counterparts.size === 0 && recipients.length === 0) {
      const names = m.toNames.split(', ');
      for (const name of names.length > MAX_RECIPIENTS ? [] : names) {
        const slug = m.outgoing === undefined ? writerSlug(m.conversation, name) : null;
        const found = find(slug, name);
        if (typeof found === 'number') counterparts.add(found);
        else if (found) defer(slug, name, found, m.day, true);
      }
    }
    for (const i of counterparts) historyOf(i).sentDays.push(m.day);
  }

  let unresolved = 0;
  const sharing = new Set<number>();
  for (const group of pending.values()) {
    let first = Number.POSITIVE_INFINITY;
    for (const d of group.sent) if (d < first) first = d;
    for (const d of group.received) if (d < first) first = d;
    const connected = group.candidates.filter((i) => {
      const on = people.connectedOn(i);
      return on === null || on <= first + BEFORE_CONNECTING;
    });
    if (connected.length === 1) {
      const i = connected[0] as number;
      const history = historyOf(i);
      history.sentDays.push(...group.sent);
      history.receivedDays.push(...group.received);
      learn(i, group.slug);
      continue;
    }
    const count = group.sent.length + group.received.length;
    unresolved += count;
    for (const i of connected.length ? connected : group.candidates) {
      const history = historyOf(i);
      history.ambiguousMessages = (history.ambiguousMessages ?? 0) + count;
      sharing.add(i);
    }
  }
  return { messages: unresolved, people: sharing.size };
}
