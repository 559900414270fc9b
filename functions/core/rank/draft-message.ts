import { ENDORSED_YOU } from '../detect/colleague-evidence.ts';
import { fnv1a } from '../hash.ts';
import { memoised } from '../memoised.ts';
import { isNotACompany } from '../normalise/company-key.ts';
import { type Day, parseIsoDate, yearOf } from '../normalise/dates.ts';
import { spokenCompany } from '../normalise/spoken-company.ts';
import type { Person, SharedEmployer } from '../report.ts';
import { type Slots, TEMPLATES, type Tone } from './draft-templates.ts';
import { isConfirmedColleague, spanOf } from './explain.ts';
import { roleTitle } from './role-title.ts';

/** Contact within this many days is "lately": a draft then claims no long silence. */
const RECENT_DAYS = 120;

/**
 * A first message: the tone fits the tie, it is a ping rather than a memoir (well under 60 words),
 * and it asks about them. It only states what the export shows: a likely colleague is never told
 * "we worked together" unless the evidence is strong, and nobody still at a company is told they left.
 *
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
  if (inTouchLately && person.lastContactKind === 'endorsement' && endorsedYouLast(person)) return 'thanks';
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

/**
 * The latest contact is an endorsement they gave you (not one you gave them). The person's record
 * does not say which way an endorsement went; its evidence does, for endorsements around a shared job.
 */
function endorsedYouLast(person: Person): boolean {
  return person.sharedEmployers.some((s) =>
    s.evidence.some(
      (e) => e.kind === 'endorsement' && e.date === person.lastContact && e.text.startsWith(ENDORSED_YOU),
    ),
  );
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
  // Cut at what follows the name itself: "Jane, PhD", "Jane (JJ)", 'Robert "Bob"', "Jane/Janie".
  const given = (firstName.split(/[,(/"“]|\s['‘]/)[0] ?? '').replace(/[^\p{L}\p{M}\s'’.-]/gu, ' ');
  const words = given
    .split(/\s+/)
    // Marks around a word are no part of a name ("..Ann", "Ann..").
    .map((w) => w.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}\p{M}.]+$|\.{2,}$/u, ''))
    .filter((w) => w && !HONORIFIC.test(w))
    .slice(0, 3);
  const name = words.join(' ');
  // An initial ("J.") is no name to greet by; one Chinese character (娜) is.
  if (!/\p{L}/u.test(name) || /^\p{Script=Latin}\.?$/u.test(name) || name.length > 30) return 'there';
  return words
    .map((w) =>
      w.length > 2 && (w === w.toUpperCase() || w === w.toLowerCase())
        ? w.toLowerCase().replace(/(^|-)\p{L}/gu, (start) => start.toUpperCase())
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
