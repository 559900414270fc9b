import { fnv1a } from '../hash.ts';
import { LIKELY } from '../lines.ts';
import { isNotACompany } from '../normalise/company-key.ts';
import { type Day, parseIsoDate } from '../normalise/dates.ts';
import { roleTitle } from '../normalise/role-title.ts';
import type { DraftAsk, DraftHook, DraftPlan, DraftPurpose, DraftTone, Person, Tie } from '../report.ts';
import { isConfirmedColleague } from './reasons.ts';

/** Contact within this many days is "lately": a draft then follows up rather than reconnects. */
const RECENT_DAYS = 120;
/** An endorsement within this many days is still worth a thank-you in a reconnect note. */
const ENDORSEMENT_REMEMBERED = 730;
const TONE: Record<Tie, DraftTone> = { close: 'warm', familiar: 'friendly', distant: 'polite' };

export interface DraftContext {
  asOf: Day;
  /** Without messages.csv, whether you ever talked is unknown: no draft may say either way. */
  hasMessages: boolean;
}

/**
 * What a first message should say, as facts: what it is for, the register the tie calls for, the most
 * personal true fact the export holds to open with, and what to ask about them. It never claims more
 * than the export shows: a shared past only for a confirmed colleague, "we never talked" only with the
 * messages at hand, "it's been a while" only after a real silence. None for a current colleague (met
 * at work) or a hidden profile.
 */
export function draftPlan(person: Person, context: DraftContext): DraftPlan | null {
  if (person.hidden || person.category === 'current-colleague') return null;
  const purpose = purposeOf(person, context);
  return {
    purpose,
    tone: TONE[person.tie],
    hook: hookFor(person, purpose, context),
    ask: askFor(person),
    variant: fnv1a(person.id, 2654435761) & 0xffff,
  };
}

function purposeOf(person: Person, { asOf, hasMessages }: DraftContext): DraftPurpose {
  const c = person.contact;
  const last = person.lastContact ? parseIsoDate(person.lastContact) : null;
  const recent = last !== null && asOf - last < RECENT_DAYS && asOf >= last;
  if (recent && person.lastContactKind === 'endorsement' && c?.lastEndorsement?.direction === 'received')
    return 'thanks';
  if (
    recent &&
    person.lastContactKind === 'recommendation' &&
    c?.lastRecommendation?.direction === 'received'
  )
    return 'thanks';
  if (recent && person.lastContactKind === 'message' && c?.lastReceived === person.lastContact) {
    if (!c.lastSent || c.lastSent < c.lastReceived) return 'reply';
  }
  // In touch lately (or still within the tie's interval): a follow-up, never "it's been a while".
  if ((person.status === 'in-touch' || recent) && person.lastContactKind !== 'connected') return 'follow-up';
  // Never talked: only with the messages at hand, and no contact of any kind in them.
  if (hasMessages && !c && !isConfirmedColleague(person)) return 'hello';
  return 'reconnect';
}

function hookFor(person: Person, purpose: DraftPurpose, { asOf }: DraftContext): DraftHook {
  const c = person.contact;
  const top = person.sharedEmployers[0];
  if (purpose === 'reply' && c?.lastReceived) return { kind: 'message', date: c.lastReceived };
  const recommendation = c?.lastRecommendation;
  if (recommendation)
    return { kind: 'recommendation', direction: recommendation.direction, date: recommendation.date };
  const endorsement = c?.lastEndorsement;
  const endorsedLately =
    endorsement && asOf - (parseIsoDate(endorsement.date) ?? 0) <= ENDORSEMENT_REMEMBERED;
  if (endorsement && (purpose === 'thanks' || (endorsedLately && endorsement.direction === 'received')))
    return {
      kind: 'endorsement',
      direction: endorsement.direction,
      skill: endorsement.skill,
      date: endorsement.date,
    };
  if (top && isConfirmedColleague(person))
    return { kind: 'shared-years', employer: top.key, from: top.from, to: top.to };
  if (top && person.category === 'alumni')
    return { kind: 'alumni', employer: top.key, from: top.from, to: top.to };
  const talked = (c?.messagesSent ?? 0) + (c?.messagesReceived ?? 0) > 0;
  if (purpose === 'reconnect' && talked && person.lastContact && person.lastContactKind !== 'connected')
    return { kind: 'quiet', since: person.lastContact };
  // Likely colleagues are told only what is sure: when you connected, and that you were there then.
  const during = top?.evidence.some(
    (e) => e.kind === 'connected-first-months' || e.kind === 'connected-during-tenure',
  );
  if (
    person.connectedOn &&
    top &&
    during &&
    person.confidence >= LIKELY &&
    person.category === 'former-colleague'
  )
    return { kind: 'connected', date: person.connectedOn, employer: top.key };
  if (person.connectedOn) return { kind: 'connected', date: person.connectedOn };
  return { kind: 'none' };
}

function askFor(person: Person): DraftAsk {
  const role = roleTitle(person.position);
  const company = person.company && !isNotACompany(person.company) ? person.company : '';
  const top = person.sharedEmployers[0];
  const moved =
    company !== '' && top !== undefined && top.match === null && person.category === 'former-colleague';
  if (moved) return 'new-job';
  if (role && company) return 'role-company';
  if (company) return 'company';
  if (role) return 'role';
  return 'news';
}
