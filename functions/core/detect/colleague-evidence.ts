import type { MatchTier } from '../normalise/company-key.ts';
import { type Day, isoDate } from '../normalise/dates.ts';
import type { Connection } from '../readers/connections.ts';
import type { Evidence } from '../report.ts';
import type { CompanyResolver } from './company-resolver.ts';
import type { ConnectionDensity } from './connection-density.ts';
import type { ContactHistory } from './contact-history.ts';
import type { ContactWeights } from './contact-likelihood.ts';
import type { EmployerPrior } from './employer-priors.ts';
import { probabilityOf, WEIGHTS } from './evidence-weights.ts';
import { mentionKeysOf, mentionText, speaksOfWorkingTogether } from './invitation-words.ts';
import type { Employer } from './owner-employers.ts';
import { isRecruiter } from './recruiter.ts';
import { timingEvidence, timingKind } from './timing-evidence.ts';

/**
 * The evidence that one connection worked alongside the owner at one employer, each piece weighed
 * in log-odds. Connections.csv only shows today's employer, so most colleagues who moved on are
 * found through timing (when you connected), contact (messages, recommendations, endorsements) and
 * where they went (alumni clusters, added later by the employer graph).
 */
export interface EmployerScore {
  employer: number;
  match: MatchTier | null;
  /** True when the connection date falls in or just around the owner's time there. */
  timed: boolean;
  evidence: Evidence[];
  probability: number;
}

const MESSAGE_MARGIN = 90;
const ENDORSEMENT_AFTER = 730;

const PERSONAL_MAIL =
  /^(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|yandex|mail|qq|163|126|zoho|fastmail|hey)$/;

export interface PersonFacts {
  connection: Connection;
  history: ContactHistory | undefined;
  tiers: (MatchTier | null)[];
}

export interface EvidenceContext {
  employers: Employer[];
  /** Per employer, by index: how likely a connection made there is a colleague (employer-priors.ts). */
  priors: EmployerPrior[];
  /** What contact says about working together in this export (contact-likelihood.ts). */
  contact: ContactWeights;
  density: ConnectionDensity;
  resolver: CompanyResolver;
}

export function scoreEmployers(facts: PersonFacts, context: EvidenceContext): EmployerScore[] {
  const scores: EmployerScore[] = [];
  // An invitation's words, normalised once for every employer it might mention.
  const invitationWords = facts.history?.invitations.map((i) => mentionText(i.message));
  for (const employer of context.employers) {
    const score = scoreEmployer(facts, employer, context, invitationWords ?? []);
    if (score) scores.push(score);
  }
  return scores;
}

/** The keys by which an invitation may name an employer, per resolver and employer: worked out once. */
const mentionKeys = new WeakMap<CompanyResolver, Map<Employer, string[]>>();
function keysMentioning(employer: Employer, resolver: CompanyResolver): string[] {
  let perEmployer = mentionKeys.get(resolver);
  if (!perEmployer) {
    perEmployer = new Map();
    mentionKeys.set(resolver, perEmployer);
  }
  let keys = perEmployer.get(employer);
  if (!keys) {
    keys = mentionKeysOf([employer.key, ...[...employer.names].map((n) => resolver.key(n))]);
    perEmployer.set(employer, keys);
  }
  return keys;
}

function scoreEmployer(
  facts: PersonFacts,
  employer: Employer,
  { density, resolver, priors, contact }: EvidenceContext,
  invitationWords: string[],
): EmployerScore | null {
  const { connection, history } = facts;
  const prior = priors[employer.index] as EmployerPrior;
  if (prior.none) return null;
  const match = facts.tiers[employer.index] ?? null;
  const day = connection.connectedOn;
  const kind = day === null ? null : timingKind(day, employer);
  // Most people have nothing to do with most employers: decide that before writing any sentence.
  if (!match && !history && !connection.email && (kind === null || kind === 'connected-outside-tenure'))
    return null;
  const evidence: Evidence[] = [];
  if (match) evidence.push(worksThereNow(match));
  // Connected years apart from your time there, with nothing else to go on: said only if something
  // else makes them a candidate (half the people weighed here have nothing else).
  const apart = day !== null && kind === 'connected-outside-tenure' && !match ? day : null;
  const timing =
    day === null || kind === null || apart !== null ? null : timingEvidence(day, kind, density, prior);
  if (timing?.kind === 'connected-outside-tenure' && match) {
    // They work there, yet you connected years apart from your time there: most likely you never overlapped.
    timing.weight = WEIGHTS.connectedApartWhileThere;
  }
  if (timing) evidence.push(timing);
  const timed = timing !== null && timing.kind !== 'connected-outside-tenure';

  if (history) {
    const from = employer.from - MESSAGE_MARGIN;
    const to = employer.end + MESSAGE_MARGIN;
    const sent = countBetween(history.sentDays, from, to);
    const received = countBetween(history.receivedDays, from, to);
    if (sent + received > 0) {
      // Counted with a margin either side of the job: "while you were at" only if all fell within it.
      const inside =
        countBetween(history.sentDays, employer.from, employer.end) +
          countBetween(history.receivedDays, employer.from, employer.end) ===
        sent + received;
      evidence.push(messageEvidence(sent, received, inside ? 'tenure' : 'around', contact));
    }
    for (const r of history.recommendations) {
      const atEmployer = [...employer.names].some((n) => resolver.compare(r.company, n) !== null);
      const during = r.day !== null && r.day >= employer.from && r.day <= employer.end + 365;
      if (!atEmployer && !during) continue;
      evidence.push({
        kind: 'recommendation',
        weight: atEmployer ? WEIGHTS.recommendationAtEmployer : WEIGHTS.recommendationDuringTenure,
        direction: r.received ? 'received' : 'given',
        company: atEmployer ? r.company : null,
        date: r.day === null ? null : isoDate(r.day),
      });
    }
    const endorsement = timed
      ? history.endorsements.find(
          (e) => e.day !== null && e.day >= employer.from && e.day <= employer.end + ENDORSEMENT_AFTER,
        )
      : undefined;
    if (endorsement?.day != null) {
      evidence.push({
        kind: 'endorsement',
        weight: contact.endorsement,
        direction: endorsement.received ? 'received' : 'given',
        skill: endorsement.skill,
        date: isoDate(endorsement.day),
      });
    }
    const keys = keysMentioning(employer, resolver);
    const invitation = history.invitations.find((_, n) => keys.some((k) => invitationWords[n]?.includes(k)));
    if (invitation) {
      const together = speaksOfWorkingTogether(invitation.message);
      evidence.push({
        kind: 'invitation-mentions-company',
        weight: together ? WEIGHTS.invitationWorkedTogether : WEIGHTS.invitationMentions,
        direction: invitation.outgoing ? 'given' : 'received',
        together,
      });
    }
  }
  const domain = emailDomain(connection.email);
  if (domain && domain === employer.key.replace(/ /g, '')) {
    evidence.push({ kind: 'email-domain', weight: WEIGHTS.emailDomain });
  }
  if (!match && timed && isRecruiter(connection.position, connection.company)) {
    evidence.push({ kind: 'recruiter', weight: WEIGHTS.recruiter });
  }
  if (!evidence.some((e) => e.weight > 0)) return null;
  if (apart !== null) evidence.unshift(timingEvidence(apart, 'connected-outside-tenure', density, prior));
  for (const e of evidence) e.weight = Math.round(e.weight * 100) / 100;
  return { employer: employer.index, match, timed, evidence, probability: probabilityOf(evidence) };
}

/** "Works there now": the one piece of evidence a correction (a merge) may add, so written once. */
export function worksThereNow(match: MatchTier): Evidence {
  return { kind: 'works-there-now', weight: WEIGHTS.worksThereNow[match] };
}

function messageEvidence(
  sent: number,
  received: number,
  within: 'tenure' | 'around',
  weights: ContactWeights,
): Evidence {
  // Not "unanswered": a reply may have come after the margin, and this counts only within it.
  const both = sent > 0 && received > 0;
  const weight = both
    ? weights.messagesBothWays
    : sent > 0
      ? weights.messagesOneWay
      : weights.messagesOneWay / 2;
  // Some fell just outside the job: half the weight.
  return {
    kind: 'messages-during-tenure',
    weight: within === 'tenure' ? weight : weight / 2,
    sent,
    received,
    within,
  };
}

function emailDomain(email: string): string | null {
  const m = /@([a-z0-9-]+)\.[a-z.]+$/i.exec(email.trim());
  const label = m?.[1]?.toLowerCase();
  return label && !PERSONAL_MAIL.test(label) ? label : null;
}

function countBetween(days: Day[], from: Day, to: Day): number {
  let n = 0;
  for (const d of days) if (d >= from && d <= to) n++;
  return n;
}
