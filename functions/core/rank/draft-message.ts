import { fnv1a } from '../hash.ts';
import { memoised } from '../memoised.ts';
import { isNotACompany } from '../normalise/company-key.ts';
import { type Day, parseIsoDate, yearOf } from '../normalise/dates.ts';
import { spokenCompany } from '../normalise/spoken-company.ts';
import type { Person, SharedEmployer } from '../report.ts';
import { sentence } from '../wording.ts';
import { isConfirmedColleague, spanOf } from './explain.ts';
import { roleTitle } from './role-title.ts';

/**
 * A first message: the tone fits the tie, it is a ping rather than a memoir (well under 60 words),
 * and it asks about them. It only states what the export shows: a likely colleague is never told
 * "we worked together" unless the evidence is strong, and nobody still at a company is told they left.
 */
type Tone =
  | 'thanks'
  | 'reply'
  | 'recent'
  | 'new-connection'
  | 'recent-colleague'
  | 'close'
  | 'colleague'
  | 'current'
  | 'maybe'
  | 'maybe-current'
  | 'maybe-talked'
  | 'maybe-talked-current'
  | 'current-unmet'
  | 'near'
  | 'alumni'
  | 'acquaintance'
  | 'stranger'
  | 'unknown'
  | 'unknown-current';

interface Slots {
  first: string;
  employer: string;
  theirCompany: string;
  span: string;
  /** The span as said after "I was there": "in 2019", "from 2019 to 2021". */
  spanSaid: string;
  year: string;
  ask: string;
}

const TEMPLATES: Record<Tone, ((s: Slots) => string)[]> = {
  // The latest contact is their endorsement, lately: the thanks is the news.
  thanks: [
    (s) => `Hi ${s.first}, thanks for the endorsement, much appreciated! ${s.ask}`,
    (s) => `Hi ${s.first}, thank you for endorsing me, that was kind of you. ${s.ask}`,
  ],
  // They wrote lately and the export shows no reply.
  reply: [
    (s) => `Hi ${s.first}, sorry for the slow reply to your message. ${s.ask}`,
    (s) =>
      `Hi ${s.first}, thanks for your message, and apologies for not getting back to you sooner. ${s.ask}`,
  ],
  // In touch lately: no "it's been a while", no "too long".
  recent: [
    (s) => `Hi ${s.first}, good to be in touch. ${s.ask} I'd be glad to swap notes sometime.`,
    (s) => `Hi ${s.first}, glad our paths have crossed lately. ${s.ask}`,
  ],
  // Connected lately and nothing since: the connection itself is the news.
  'new-connection': [
    (s) => `Hi ${s.first}, nice to be connected. ${s.ask}`,
    (s) => `Hi ${s.first}, glad we're connected now. ${s.ask} I'd be happy to swap notes sometime.`,
  ],
  'recent-colleague': [
    (s) =>
      `Hi ${s.first}, glad we've been in touch lately. ${s.ask} Would be great to catch up properly sometime.`,
    (s) => `Hey ${s.first}, good to be back in touch. ${s.ask} Let's find time for a proper catch-up.`,
  ],
  close: [
    (s) =>
      `Hey ${s.first}! It's been too long since our ${s.employer} days. ${s.ask} Would love to catch up properly soon.`,
    (s) =>
      `Hi ${s.first}, you came to mind today and I realised it's been far too long. ${s.ask} Coffee or a call sometime?`,
    (s) => `Hey ${s.first}, I still think of our ${s.employer} days! ${s.ask} Let's catch up soon.`,
  ],
  colleague: [
    (s) =>
      `Hi ${s.first}, it's been a while since we worked together at ${sentence(s.employer)} ${s.ask} I'd love to hear how things are going.`,
    (s) =>
      `Hi ${s.first}, I was thinking back to our time at ${s.employer} and wanted to say hello. ${s.ask}`,
    (s) =>
      `Hi ${s.first}! Our ${s.employer} days came up in a conversation and I thought of you. ${s.ask} Always happy to swap notes.`,
  ],
  current: [
    (s) =>
      `Hi ${s.first}, we're both at ${s.employer} but haven't crossed paths in a while. ${s.ask} Fancy a quick coffee?`,
    (s) =>
      `Hi ${s.first}, it's been a while since we talked, even though we're both at ${sentence(s.employer)} ${s.ask}`,
  ],
  maybe: [
    (s) =>
      `Hi ${s.first}, we connected around my time at ${s.employer} and I realised we haven't been in touch since. ${s.ask}`,
    (s) => `Hi ${s.first}, I was looking back at my ${s.employer} years and thought I'd say hello. ${s.ask}`,
    (s) =>
      `Hi ${s.first}, I think our paths crossed around my time at ${s.employer}, and we haven't been in touch since. ${s.ask}`,
  ],
  // You are still at the employer: nothing about "my time there" as if it were over.
  'maybe-current': [
    (s) =>
      `Hi ${s.first}, we connected${s.year ? ` in ${s.year}` : ' a while back'} and I realised we haven't been in touch since. ${s.ask}`,
    (s) =>
      `Hi ${s.first}, I noticed we haven't been in touch since we connected${s.year ? ` in ${s.year}` : ''}. ${s.ask}`,
  ],
  // A possible colleague the export shows some contact with since: no "not in touch since".
  'maybe-talked': [
    (s) => `Hi ${s.first}, I was looking back at my ${s.employer} years and thought I'd say hello. ${s.ask}`,
    (s) => `Hi ${s.first}, it's been a while since we were last in touch. ${s.ask} I'd be glad to catch up.`,
    (s) => `Hi ${s.first}, my ${s.employer} days came to mind and so did you. ${s.ask}`,
  ],
  'maybe-talked-current': [
    (s) => `Hi ${s.first}, it's been a while since we were last in touch. ${s.ask} I'd be glad to catch up.`,
    (s) => `Hi ${s.first}, you came to mind the other day and I thought I'd say hello. ${s.ask}`,
  ],
  // Both there now, and not one message between you in the export.
  'current-unmet': [
    (s) =>
      `Hi ${s.first}, we're both at ${s.employer} but I don't think we've properly met. ${s.ask} Fancy a quick coffee?`,
    (s) => `Hi ${s.first}, I realised that for colleagues at ${s.employer} we've barely talked. ${s.ask}`,
  ],
  near: [
    (s) =>
      `Hi ${s.first}, I noticed you're at ${s.theirCompany}, not far from my own world at ${sentence(s.employer)} ${s.ask}`,
  ],
  alumni: [
    (s) =>
      `Hi ${s.first}, I noticed you're at ${s.employer}, where I spent ${s.span}. ${s.ask} I'd love to hear how it has changed.`,
    (s) => `Hi ${s.first}, fellow ${s.employer} person here: I was there ${s.spanSaid}. ${s.ask}`,
  ],
  // No contact at all in an export that has the messages: no "catch up", no "been a while since we talked".
  stranger: [
    (s) =>
      `Hi ${s.first}, we connected${s.year ? ` in ${s.year}` : ''} but never got the chance to talk. ${s.ask}`,
    (s) => `Hi ${s.first}, I was going through my network and realised we've never properly talked. ${s.ask}`,
    (s) => `Hi ${s.first}, we've been connected a while without ever saying hello, so: hello! ${s.ask}`,
  ],
  // Some contact the export shows, none lately: true of everyone here whatever the first contact was.
  acquaintance: [
    (s) => `Hi ${s.first}, it's been a while since we were last in touch. ${s.ask} I'd be glad to catch up.`,
    (s) => `Hi ${s.first}, you came to mind the other day and I thought I'd say hello. ${s.ask}`,
    (s) =>
      `Hi ${s.first}, I was going through my network and realised we haven't been in touch for a while. ${s.ask}`,
  ],
  // No messages.csv: whether you ever talked is unknown, so nothing is said of it either way.
  unknown: [
    (s) => `Hi ${s.first}, I was going through my network and thought I'd say hello. ${s.ask}`,
    (s) => `Hi ${s.first}, you came to mind the other day, so I thought I'd say hello. ${s.ask}`,
  ],
  'unknown-current': [
    (s) =>
      `Hi ${s.first}, we're both at ${s.employer}, so I thought I'd say hello. ${s.ask} Fancy a quick coffee?`,
  ],
};

/** Contact within this many days is "lately": a draft then claims no long silence. */
const RECENT_DAYS = 120;

/**
 * A writer with its own memory of company phrases and greetings (they repeat): one per ranking, none
 * kept after. `asOf` is the report's today, against which "lately" is judged; without `hasMessages`
 * (no messages.csv) no draft may say you never talked.
 */
export function createDraftWriter(asOf: Day, hasMessages: boolean): (person: Person) => string {
  const companyOf = memoised(companyPhrase);
  const greetingOf = memoised(greetingName);
  const spoken = memoised(spokenCompany);
  return (person) => {
    if (person.hidden) return '';
    const top = person.sharedEmployers[0];
    const last = person.lastContact ? parseIsoDate(person.lastContact) : null;
    const employer = spoken(top?.company ?? person.company);
    // Alumni and colleague drafts speak of a shared employer: only with one, and a name to say.
    const named =
      /[\p{L}\p{N}]/u.test(employer) && (top !== undefined || person.category === 'current-colleague');
    const tone = toneOf(person, last !== null && asOf - last < RECENT_DAYS, hasMessages, named);
    const connected = person.connectedOn ? parseIsoDate(person.connectedOn) : null;
    const role = roleTitle(person.position);
    const company = companyOf(person.company);
    const slots: Slots = {
      first: greetingOf(person.firstName),
      employer,
      theirCompany: company || spoken(person.company),
      span: top ? spanOf(top) : '',
      spanSaid: top ? spanSaid(top) : '',
      year: connected === null ? '' : String(yearOf(connected)),
      ask: askAbout(person.id, tone, role, company),
    };
    const choices = TEMPLATES[tone];
    const template = choices[fnv1a(person.id) % choices.length];
    if (!template) return '';
    const draft = template(slots);
    // "our Hooli days. … at Hooli?": the company once is enough.
    if (company && draft.indexOf(company) !== draft.lastIndexOf(company))
      return template({ ...slots, ask: askAbout(person.id, tone, role, '') });
    return draft;
  };
}

function toneOf(person: Person, inTouchLately: boolean, hasMessages: boolean, employerNamed: boolean): Tone {
  const { messagesSent, messagesReceived, endorsements, recommendations } = person.contact;
  const top = person.sharedEmployers[0];
  const messages = messagesSent + messagesReceived;
  const contact = messages + endorsements + recommendations;
  // Drafts about a shared employer need its name: without one (a colleague marked by hand, with no
  // company in the export), the tie is drafted as any other.
  const category = employerNamed ? person.category : 'other';
  if (inTouchLately && person.lastContactKind === 'endorsement') return 'thanks';
  if (inTouchLately && person.lastContactKind === 'message' && messagesSent === 0) return 'reply';
  if (category === 'current-colleague') {
    if (inTouchLately) return 'recent';
    if (top?.match === 'weak') return 'near';
    if (!hasMessages && contact === 0) return 'unknown-current';
    return contact === 0 ? 'current-unmet' : 'current';
  }
  if (category === 'alumni') return 'alumni';
  if (inTouchLately) {
    if (category === 'former-colleague' && isConfirmedColleague(person)) return 'recent-colleague';
    return person.lastContactKind === 'connected' ? 'new-connection' : 'recent';
  }
  if (category === 'former-colleague' && isConfirmedColleague(person)) {
    const close = (messagesSent > 0 && messagesReceived > 0 && messages >= 6) || recommendations > 0;
    return close ? 'close' : 'colleague';
  }
  if (contact === 0 && !hasMessages) return 'unknown';
  if (category === 'former-colleague') {
    if (contact > 0) return top?.to === null ? 'maybe-talked-current' : 'maybe-talked';
    return top?.to === null ? 'maybe-current' : 'maybe';
  }
  return contact === 0 ? 'stranger' : 'acquaintance';
}

/** A second, independent choice per person: which question to ask. */
const ASK_SEED = 2654435761;

/** The question that makes it about them: their role, their company, or simply their news. */
function askAbout(id: string, tone: Tone, role: string, company: string): string {
  if (tone === 'current' || tone === 'current-unmet' || tone === 'unknown-current' || tone === 'alumni') {
    return role ? `How are you finding the ${role} role?` : 'How are you finding it these days?';
  }
  if (role && company) {
    // Only the chosen question is written; the choice is stable per person.
    switch (fnv1a(id, ASK_SEED) % 3) {
      case 0:
        return `How are you finding life as ${article(role)} ${role} at ${company}?`;
      case 1:
        return `What are you working on at ${company} these days?`;
      default:
        return `How's the ${role} role at ${company} treating you?`;
    }
  }
  if (company) return `How are things at ${company}?`;
  if (role) return `How's the ${role} work going?`;
  return 'What are you up to these days?';
}

/** A company as said in a message (see spokenCompany), unless it is no company at all or too long to say. */
function companyPhrase(company: string): string {
  const name = spokenCompany(company);
  if (!name || isNotACompany(name)) return '';
  return name.split(/\s+/).length <= 6 && name.length <= 50 ? name : '';
}

/** "in 2019", "from 2019 to 2021", "since 2023". */
function spanSaid(shared: SharedEmployer): string {
  const from = shared.from.slice(0, 4);
  const to = shared.to?.slice(0, 4);
  if (!to) return `since ${from}`;
  return from === to ? `in ${from}` : `from ${from} to ${to}`;
}

const HONORIFIC = /^(dr|mr|mrs|ms|mx|miss|prof|sir|dame|rev)\.?$/i;

/**
 * The first name as given, for "Hi …": "Mary Ann" and "María José" whole; "Dr. Jane" as Jane; "Jane,
 * PhD" and "Jane (JJ)" as Jane; emoji dropped; "MARY" and "mary" as Mary; "JP" kept. An initial alone
 * ("J.") or nothing usable is greeted as "there".
 */
function greetingName(firstName: string): string {
  const given = (firstName.split(/[,(]/)[0] ?? '').replace(/[^\p{L}\p{M}\s'’.-]/gu, ' ');
  const words = given
    .split(/\s+/)
    // Marks around a word are no part of a name ("..Ann", "Ann..").
    .map((w) => w.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}\p{M}.]+$|\.{2,}$/u, ''))
    .filter((w) => w && !HONORIFIC.test(w));
  const name = words.slice(0, 3).join(' ');
  // An initial ("J.") is no name to greet by; one Chinese character (娜) is.
  if (!/\p{L}/u.test(name) || /^\p{Script=Latin}\.?$/u.test(name) || name.length > 30) return 'there';
  return words
    .slice(0, 3)
    .map((w) =>
      w.length > 2 && (w === w.toUpperCase() || w === w.toLowerCase())
        ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()
        : w,
    )
    .join(' ');
}

/**
 * "a" or "an" by sound: an HR Business Partner, a UI Designer, an Engineer, a University Lecturer.
 * Acronyms are said letter by letter; a few words starting with a vowel letter start with a "y" or "w".
 */
export function article(phrase: string): string {
  const word = phrase.split(/[\s/-]/)[0] ?? '';
  if (/^[A-Z]{2,}s?$/.test(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  if (/^(uni|use|usu|uti|eu|one\b|once)/i.test(word)) return 'a';
  if (/^(hour|honest|honou?r|heir)/i.test(word)) return 'an';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
