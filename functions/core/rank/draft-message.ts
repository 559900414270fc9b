import { fnv1a } from '../hash.ts';
import { parseIsoDate, yearOf } from '../normalise/dates.ts';
import type { Person } from '../report.ts';
import { spanOf } from './explain.ts';

/**
 * A first message: the tone fits the tie, it is a ping rather than a memoir (well under 60 words),
 * and it asks about them. It only states what the export shows: a likely colleague is never told
 * "we worked together" unless the evidence is strong.
 */
type Tone = 'close' | 'colleague' | 'current' | 'maybe' | 'alumni' | 'acquaintance';

interface Slots {
  first: string;
  employer: string;
  span: string;
  year: string;
  ask: string;
}

const TEMPLATES: Record<Tone, ((s: Slots) => string)[]> = {
  close: [
    (s) =>
      `Hey ${s.first}! It's been too long since our ${s.employer} days. ${s.ask} Would love to catch up properly soon.`,
    (s) =>
      `Hi ${s.first}, you came to mind today and I realised we haven't talked in ages. ${s.ask} Coffee or a call sometime?`,
    (s) => `Hey ${s.first}, I miss our ${s.employer} chats! ${s.ask} Let's catch up soon.`,
  ],
  colleague: [
    (s) =>
      `Hi ${s.first}, it's been a while since we worked together at ${s.employer}. ${s.ask} I'd love to hear how things are going.`,
    (s) =>
      `Hi ${s.first}, I was thinking back to our time at ${s.employer} and wanted to say hello. ${s.ask}`,
    (s) => `Hi ${s.first}! I hope all is well since ${s.employer}. ${s.ask} Always happy to swap notes.`,
  ],
  current: [
    (s) =>
      `Hi ${s.first}, we're both at ${s.employer} but haven't crossed paths in a while. ${s.ask} Fancy a quick coffee?`,
    (s) =>
      `Hi ${s.first}, it's been a while since we talked, even though we're both at ${s.employer}. ${s.ask}`,
  ],
  maybe: [
    (s) =>
      `Hi ${s.first}, we connected around my time at ${s.employer} and I realised we haven't been in touch since. ${s.ask}`,
    (s) => `Hi ${s.first}, I was looking back at my ${s.employer} years and thought I'd say hello. ${s.ask}`,
  ],
  alumni: [
    (s) =>
      `Hi ${s.first}, I noticed you're at ${s.employer}, where I spent ${s.span}. ${s.ask} I'd love to hear how it has changed.`,
    (s) => `Hi ${s.first}, fellow ${s.employer} person here: I was there ${s.span}. ${s.ask}`,
  ],
  acquaintance: [
    (s) =>
      `Hi ${s.first}, it's been a while since we connected${s.year ? ` in ${s.year}` : ''}. ${s.ask} I'd be glad to catch up.`,
    (s) =>
      `Hi ${s.first}, I was going through my network and realised we haven't been in touch for a while. ${s.ask}`,
  ],
};

export function draftMessage(person: Person): string {
  if (person.hidden) return '';
  const top = person.sharedEmployers[0];
  const tone = toneOf(person);
  const connected = person.connectedOn ? parseIsoDate(person.connectedOn) : null;
  const slots: Slots = {
    first: greetingName(person.firstName),
    employer: withoutFinalStop(top?.company ?? person.company),
    span: top ? spanOf(top) : '',
    year: connected === null ? '' : String(yearOf(connected)),
    ask: askAbout(person, tone),
  };
  const choices = TEMPLATES[tone];
  return choices[fnv1a(person.id) % choices.length]?.(slots) ?? '';
}

function toneOf(person: Person): Tone {
  const { messagesSent, messagesReceived, recommendations } = person.contact;
  const colleague = person.category === 'former-colleague' || person.category === 'current-colleague';
  if (
    colleague &&
    person.confidence >= 0.8 &&
    ((messagesSent > 0 && messagesReceived > 0 && messagesSent + messagesReceived >= 6) ||
      recommendations > 0)
  ) {
    return 'close';
  }
  if (person.category === 'current-colleague') return 'current';
  if (person.category === 'former-colleague') return person.confidence >= 0.8 ? 'colleague' : 'maybe';
  if (person.category === 'alumni') return 'alumni';
  return 'acquaintance';
}

/** The question that makes it about them: their role, their company, or simply their news. */
function askAbout(person: Person, tone: Tone): string {
  const role = shortPhrase(person.position, 6);
  const company = withoutFinalStop(shortPhrase(person.company, 5));
  const pick = fnv1a(`${person.id}/ask`);
  if (tone === 'current' || tone === 'alumni') {
    return role ? `How are you finding the ${role} role?` : 'How are you finding it these days?';
  }
  if (role && company) {
    const asks = [
      `How are you finding life as ${article(role)} ${role} at ${company}?`,
      `What are you working on at ${company} these days?`,
      `How's the ${role} role at ${company} treating you?`,
    ];
    return asks[pick % asks.length] ?? '';
  }
  if (company) return `How are things at ${company}?`;
  if (role) return `How's the ${role} work going?`;
  return 'What are you up to these days?';
}

/** Headlines run long ("Engineer | Cloud | Speaker"): keep the first part, or nothing if still long. */
function shortPhrase(text: string, maxWords: number): string {
  const key = `${maxWords}\u0000${text}`;
  let phrase = phrases.get(key);
  if (phrase === undefined) {
    const first = (text.split(/\s[|·•–—-]\s|\s\|\s?|,\s|;\s/)[0] ?? '').trim();
    phrase = first && first.split(/\s+/).length <= maxWords && first.length <= 60 ? first : '';
    if (phrases.size < 50_000) phrases.set(key, phrase);
  }
  return phrase;
}

/** Titles and companies repeat across thousands of people: shorten each once. */
const phrases = new Map<string, string>();

/** "Acme Inc." mid-sentence is fine, but before "?" or "." it doubles the stop. */
function withoutFinalStop(name: string): string {
  return name.replace(/\.+$/, '');
}

function greetingName(firstName: string): string {
  const name = firstName.split(/[\s,(]/)[0]?.trim() ?? '';
  return name && name.length <= 30 ? name : 'there';
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
