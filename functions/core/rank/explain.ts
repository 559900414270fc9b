import { LIKELY } from '../detect/classify.ts';
import { isRecruiter } from '../detect/colleague-evidence.ts';
import { type Day, parseIsoDate } from '../normalise/dates.ts';
import type { ContactKind, EvidenceKind, Person, SharedEmployer } from '../report.ts';
import { isLikelyFormer } from '../summarise.ts';
import { plural, sentence, timeAgo, yearSpan } from '../wording.ts';
import { roleTitle } from './role-title.ts';

/** What the reasons need beyond the person. */
export interface ExplainContext {
  asOf: Day;
  hasEmployers: boolean;
  /** Whether messages.csv was read: without it, "no messages" would be a claim the export cannot make. */
  hasMessages: boolean;
  /** Likely former colleagues working at a company now, by the company's name as written. */
  formerColleaguesAt: (company: string) => number;
}

const MAX_REASONS = 5;
/** Contact other than messages and connecting, as a reason names it. */
const OTHER_CONTACT: Record<ContactKind, string | null> = {
  invitation: 'an invitation',
  endorsement: 'an endorsement',
  recommendation: 'a recommendation',
  message: null,
  connected: null,
};
const TIMING: Partial<Record<EvidenceKind, string>> = {
  'connected-first-months': 'connected in your first months there',
  'connected-during-tenure': 'connected while you were there',
  'connected-before-start': 'connected just before you joined',
  'connected-after-leaving': 'connected as you were leaving',
};
const SAID_IN_HEADLINE = new Set<EvidenceKind>([
  'works-there-now',
  'connected-first-months',
  'connected-during-tenure',
  'connected-before-start',
  'connected-after-leaving',
  'connected-outside-tenure',
]);

/** Short plain sentences, most telling first: why this person sits where they do in the list. */
export function explain(person: Person, context: ExplainContext): string[] {
  if (person.hidden) return ['Profile hidden or closed: LinkedIn exports only the date you connected.'];
  // Why they are here, then the one thing to act on (a strong tie gone quiet), then the detail.
  const correction = person.sharedEmployers[0]?.evidence.find((e) => e.kind === 'correction');
  const lead = correction
    ? sentence(correction.text)
    : markedWithoutEmployer(person)
      ? 'You marked them as a colleague.'
      : headline(person, context);
  const reasons = lead === null ? [] : [lead];
  const quiet = quietTie(person, context.asOf);
  if (quiet) reasons.push(quiet);
  const top = person.sharedEmployers[0];
  let saidCluster = false;
  let saidMessages = false;
  if (top) {
    const supporting = top.evidence
      .filter((e) => !SAID_IN_HEADLINE.has(e.kind) && e.weight !== 0)
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
      .slice(0, 2);
    for (const e of supporting) {
      reasons.push(sentence(e.text));
      saidCluster ||= e.kind === 'alumni-cluster';
      saidMessages ||= e.kind === 'messages-during-tenure';
    }
  }
  const contact = contactReason(person, context.asOf, context.hasMessages, saidMessages);
  if (contact) reasons.push(contact);
  const now = whereNow(person, context, saidCluster);
  if (now) reasons.push(now);
  // Without work history the report's notes say how to add it once, not 30,000 times.
  if (reasons.length === 0) reasons.push('No work history to compare with.');
  return reasons.slice(0, MAX_REASONS);
}

/** Evidence beyond when you connected, strong enough on its own to say so. */
const CORROBORATION = 0.9;

/**
 * Sure enough to say "you both worked at" (reasons) or "since we worked together" (drafts): 0.8 or
 * more, and something besides the timing of the connection says so — a message you sent, an
 * endorsement, a recommendation, where they work now. Timing and one unanswered message are not enough.
 */
export function isConfirmedColleague(person: Person): boolean {
  if (person.confidence < 0.8) return false;
  const top = person.sharedEmployers[0];
  if (!top) return markedWithoutEmployer(person);
  return top.evidence.some(
    (e) => e.kind === 'correction' || (!e.kind.startsWith('connected-') && e.weight >= CORROBORATION),
  );
}

/** Marked a colleague by the person though no employer in common was found: their word is all there is. */
function markedWithoutEmployer(person: Person): boolean {
  return (
    person.confidence === 1 && person.sharedEmployers.length === 0 && person.category === 'former-colleague'
  );
}

function headline(person: Person, context: ExplainContext): string | null {
  const top = person.sharedEmployers[0];
  const span = top ? spanOf(top) : '';
  const timing = top ? timingPhrase(top) : '';
  switch (person.category) {
    case 'current-colleague':
      if (top?.match === 'weak') {
        return sentence(
          `Works at ${person.company} now, which looks like your employer ${top.company}${timing ? `; ${timing}` : ''}`,
        );
      }
      return sentence(`You both work at ${top?.company ?? person.company} now${timing ? `; ${timing}` : ''}`);
    case 'former-colleague': {
      // "You both worked at Acme (2023–now)" reads as if you had left too.
      const where =
        top?.to === null
          ? `${top.company}, where you have been since ${top.from.slice(0, 4)}`
          : `${top?.company} (${span})`;
      if (person.confidence < LIKELY) {
        const only =
          top?.evidence.filter((e) => e.weight > 0).length === 1 ? ', and nothing else confirms it' : '';
        return `Possibly worked with you at ${where}${timing ? `: you ${timing}${only}` : ''}.`;
      }
      const lead = isConfirmedColleague(person) ? 'You both worked at' : 'Probably worked with you at';
      return `${lead} ${where}${timing ? `; ${timing}` : ''}.`;
    }
    case 'alumni': {
      const when = top?.evidence.find((e) => e.kind === 'connected-outside-tenure');
      return sentence(
        `Works at ${person.company || top?.company} now, where you worked ${span}${when ? `; ${lowerFirst(when.text)}` : ''}`,
      );
    }
    default:
      if (!context.hasEmployers) return null;
      if (isRecruiter(person.position)) {
        return 'Works as a recruiter: recruiters connect with people at every job, which is no sign of working together.';
      }
      return top
        ? `Maybe crossed paths at ${top.company}, but the evidence is thin.`
        : 'No shared employer found.';
  }
}

function contactReason(
  person: Person,
  asOf: Day,
  hasMessages: boolean,
  saidMessages: boolean,
): string | null {
  const { messagesSent: sent, messagesReceived: received } = person.contact;
  const last = person.lastContact ? parseIsoDate(person.lastContact) : null;
  const lastOther = last === null ? null : OTHER_CONTACT[person.lastContactKind ?? 'connected'];
  if (sent + received > 0 && person.contact.lastMessage) {
    const lastMessage = parseIsoDate(person.contact.lastMessage);
    // An endorsement or recommendation since the last message is the latest news: say it too.
    const since =
      lastOther && last !== null && lastMessage !== null && last > lastMessage
        ? `; since then ${lastOther} ${timeAgo(last, asOf)}`
        : '';
    // The count was just said with the shared employer: only when is new.
    if (saidMessages && lastMessage !== null) return `Last message ${timeAgo(lastMessage, asOf)}${since}.`;
    const writer = received > 0 ? 'them' : 'you';
    const both =
      sent > 0 && received > 0
        ? ' (both ways)'
        : sent + received === 1
          ? `, from ${writer}`
          : `, all from ${writer}`;
    const ago = lastMessage === null ? '' : `; the latest ${timeAgo(lastMessage, asOf)}`;
    return `${plural(sent + received, 'message')}${both}${ago}${since}.`;
  }
  if (last === null) return null;
  if (lastOther) return `Last contact: ${lastOther} ${timeAgo(last, asOf)}.`;
  return hasMessages
    ? `Connected ${timeAgo(last, asOf)}; no messages since.`
    : `Connected ${timeAgo(last, asOf)}.`;
}

/** Where they are now. `saidCluster`: how many colleagues went there was just said; say only the role. */
function whereNow(person: Person, context: ExplainContext, saidCluster: boolean): string | null {
  if (!person.company || person.category === 'other') return null;
  const others = context.formerColleaguesAt(person.company) - (isLikelyFormer(person) ? 1 : 0);
  const title = roleTitle(person.position);
  const role = title && title.length <= 50 ? `${title} at ${person.company}` : `at ${person.company}`;
  if (saidCluster) return title && title.length <= 50 ? sentence(`Now ${role}`) : null;
  if (others >= 2) return `Now ${role}, where ${others} of your former colleagues work.`;
  if (person.seniority >= 0.8) return `Now ${role}, a senior role.`;
  return null;
}

/** A tie the export shows (messages, an endorsement, a recommendation), strong, and silent for years. */
function quietTie(person: Person, asOf: Day): string | null {
  const last = person.lastContact ? parseIsoDate(person.lastContact) : null;
  if (last === null || person.relevance < 0.5 || asOf - last < 730) return null;
  const { messagesSent, messagesReceived, endorsements, recommendations } = person.contact;
  if (messagesSent + messagesReceived + endorsements + recommendations === 0) return null;
  return `A strong tie gone quiet for ${timeAgo(last, asOf).replace(' ago', '')}: a good moment to reconnect.`;
}

function timingPhrase(shared: SharedEmployer): string {
  for (const e of shared.evidence) {
    // "while you were there" of a job you still have reads as if you had left.
    if (e.kind === 'connected-during-tenure' && shared.to === null) return 'connected after you joined';
    const phrase = TIMING[e.kind];
    if (phrase) return phrase;
  }
  return '';
}

export function spanOf(shared: SharedEmployer): string {
  const from = parseIsoDate(shared.from);
  const to = shared.to ? parseIsoDate(shared.to) : null;
  return from === null ? '' : yearSpan(from, to);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
