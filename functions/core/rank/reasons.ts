import { isRecruiter } from '../detect/recruiter.ts';
import { LIKELY, POSSIBLE } from '../lines.ts';
import type { Certainty, EvidenceKind, Person, Reason, SharedEmployer, TimingKind } from '../report.ts';
import { TIMING_KINDS } from '../report.ts';
import { seniority } from './seniority.ts';

/** What the reasons need beyond the person. */
export interface ReasonContext {
  hasEmployers: boolean;
  /** Likely former colleagues working at a company now, by the company's name as written. */
  formerColleaguesAt: (company: string) => number;
}

const MAX_REASONS = 5;
const TIMING = new Set<EvidenceKind>(TIMING_KINDS);
/** Said in the lead reason, so never again as supporting evidence. */
const SAID_IN_LEAD = new Set<EvidenceKind>(['works-there-now', ...TIMING_KINDS, 'correction']);
const SENIOR = 0.8;

/**
 * The facts behind a person's place, most telling first: why they are here, whether a word is due,
 * the evidence that matters most, your contact, and where they are now. Facts only: `words/` says them.
 */
export function reasonsFor(person: Person, context: ReasonContext): Reason[] {
  if (person.hidden) return [{ kind: 'hidden-profile' }];
  const reasons: Reason[] = [];
  const lead = leadReason(person, context);
  if (lead) reasons.push(lead);
  reasons.push({ kind: 'keep-in-touch' });
  const top = person.sharedEmployers[0];
  let saidCluster = false;
  let saidMessages = false;
  if (top && lead?.kind !== 'no-shared-employer' && lead?.kind !== 'recruiter') {
    const supporting = top.evidence
      .filter((e) => !SAID_IN_LEAD.has(e.kind) && e.weight !== 0)
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
      .slice(0, 2);
    for (const e of supporting) {
      reasons.push({ kind: 'evidence', of: e.kind });
      saidCluster ||= e.kind === 'alumni-cluster';
      saidMessages ||= e.kind === 'messages-during-tenure';
    }
  }
  const c = person.contact;
  if (!saidMessages && ((c?.messagesSent ?? 0) + (c?.messagesReceived ?? 0) > 0 || c?.ambiguousMessages))
    reasons.push({ kind: 'contact' });
  const now = whereNow(person, context, saidCluster);
  if (now) reasons.push(now);
  return reasons.slice(0, MAX_REASONS);
}

function leadReason(person: Person, context: ReasonContext): Reason | null {
  const top = person.sharedEmployers[0];
  const mark = top?.evidence.find((e) => e.kind === 'correction');
  if (mark?.kind === 'correction') return { kind: 'marked', colleague: mark.colleague };
  if (person.confidence === 1 && person.category !== 'other' && !top)
    return { kind: 'marked', colleague: true };
  // Without work history the report's notes say how to add it once, not 30,000 times.
  if (!context.hasEmployers) return null;
  switch (person.category) {
    case 'current-colleague':
      return { kind: 'works-with-you', timing: top ? timingOf(top) : null };
    case 'former-colleague':
      return { kind: 'worked-together', certainty: certaintyOf(person), timing: top ? timingOf(top) : null };
    case 'alumni':
      return { kind: 'alumni' };
    default:
      if (isRecruiter(person.position, person.company)) return { kind: 'recruiter' };
      if (top && top.probability >= POSSIBLE)
        return { kind: 'worked-together', certainty: 'possible', timing: timingOf(top) };
      return top ? { kind: 'thin-evidence' } : { kind: 'no-shared-employer' };
  }
}

/**
 * Sure enough to say "you both worked at" (reasons) or "since we worked together" (drafts): the
 * export holds a fact that says so, not only a likelihood — a recommendation they wrote naming the
 * employer, an invitation that speaks of working together, a work email there, or the person's own
 * word. Messages and endorsements make someone likely, and so does working there now after
 * connecting during the job (people met there as clients or candidates join later); none of them
 * makes anyone sure.
 */
export function isConfirmedColleague(
  person: Pick<Person, 'confidence' | 'sharedEmployers' | 'category'>,
): boolean {
  if (person.category !== 'former-colleague' && person.category !== 'current-colleague') return false;
  const top = person.sharedEmployers[0];
  if (!top) return person.confidence === 1;
  if (top.evidence.some((e) => e.kind === 'correction')) return true;
  if (person.confidence < LIKELY) return false;
  return top.evidence.some(
    (e) =>
      // Written by them while there (the received file names the writer's company; what the given
      // file's company means varies between exports).
      (e.kind === 'recommendation' && e.company !== null && e.direction === 'received') ||
      (e.kind === 'invitation-mentions-company' && e.together) ||
      e.kind === 'email-domain',
  );
}

function certaintyOf(person: Person): Certainty {
  if (isConfirmedColleague(person)) return 'sure';
  return person.confidence >= LIKELY ? 'likely' : 'possible';
}

function timingOf(shared: SharedEmployer): TimingKind | null {
  for (const e of shared.evidence)
    if (TIMING.has(e.kind) && e.kind !== 'connected-outside-tenure') return e.kind as TimingKind;
  return null;
}

/** Where they are now, when it says something: where other former colleagues went, or a senior role. */
function whereNow(person: Person, context: ReasonContext, saidCluster: boolean): Reason | null {
  if (!person.company || person.category === 'other' || saidCluster) return null;
  const others =
    context.formerColleaguesAt(person.company) - (person.category === 'former-colleague' ? 1 : 0);
  const senior = seniority(person.position) >= SENIOR;
  if (others >= 2 || senior) return { kind: 'where-now', colleaguesThere: Math.max(0, others), senior };
  return null;
}
