import { sentence } from '../wording.ts';

/**
 * What each kind of tie is told: two or three wordings a tone, chosen per person so that a list of
 * drafts does not read like a mail merge. Which tone fits whom is draft-message.ts's business.
 */
export type Tone =
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

export interface Slots {
  first: string;
  employer: string;
  theirCompany: string;
  span: string;
  /** The span as said after "I was there": "in 2019", "from 2019 to 2021". */
  spanSaid: string;
  year: string;
  ask: string;
}

export const TEMPLATES: Record<Tone, ((s: Slots) => string)[]> = {
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
      `Hi ${s.first}, it's been a while since we were last in touch, even though we're both at ${sentence(s.employer)} ${s.ask}`,
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
