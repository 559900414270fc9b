import { type Day, monthOf, parseIsoDate, wholeYears, yearOf } from '../normalise/dates.ts';
import type { DraftPlan, SharedEmployer, Warning } from '../report.ts';
import type { Phrasebook, Said } from './phrasebook.ts';
import { sayableSkill } from './sayable.ts';

/** English: the reasons, drafts, notes and warnings of a report, from its facts. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `Mar 2019`. */
export function monthYear(day: Day): string {
  return `${MONTHS[monthOf(day) - 1]} ${yearOf(day)}`;
}

/** `September 2025`. */
function monthLong(day: Day): string {
  return `${MONTHS_LONG[monthOf(day) - 1]} ${yearOf(day)}`;
}

/** `2019–2021`, `2019`, or `2022–now` for an open span. */
function yearSpan(from: Day, to: Day | null): string {
  if (to === null) return `${yearOf(from)}–now`;
  const a = yearOf(from);
  const b = yearOf(to);
  return a === b ? `${a}` : `${a}–${b}`;
}

/**
 * `today`, `5 days ago`, `3 weeks ago`, `5 months ago`, `1 year ago`, `2 years ago`: always the
 * time wholly gone by (2 years and 8 months is "2 years ago"; 11 and a half months is "11 months
 * ago"), so the words only grow with the time, and two reasons about one date never disagree.
 */
export function timeAgo(day: Day, asOf: Day): string {
  const days = asOf - day;
  if (days < 0) return 'recently';
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 61) return `${Math.floor(days / 7)} weeks ago`;
  const years = wholeYears(day, asOf);
  if (years >= 2) return `${years} years ago`;
  if (years === 1) {
    const months = Math.floor(days / 30.44);
    return months <= 12 ? '1 year ago' : `${months} months ago`;
  }
  return `${Math.min(11, Math.max(2, Math.floor(days / 30.44)))} months ago`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** Ends a sentence once, even after a name that ends in a full stop ("Acme Inc.") or a "!" ("Yahoo!"). */
export function sentence(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last === 46 || last === 33 || last === 63 ? text : `${text}.`;
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

const day = (iso: string | null | undefined): Day | null => (iso ? parseIsoDate(iso) : null);
const yearIn = (iso: string | null | undefined) => {
  const d = day(iso);
  return d === null ? '' : ` in ${yearOf(d)}`;
};
/** Picks one wording of several, stable per person; `salt` makes a second, independent pick. */
const pick = <T>(choices: T[], variant: number, salt = 1): T =>
  choices[Math.floor(variant / salt) % choices.length] as T;

// ---------------------------------------------------------------------------------------------------
// Evidence: one line each, for the expanded row and the HTML report.

const whileAt = (w: SharedEmployer) =>
  w.to === null ? `since you joined ${w.company}` : `while you were at ${w.company}`;

const evidence: Phrasebook['evidence'] = {
  'works-there-now': (_, w, s) =>
    w.match === 'weak'
      ? `Works at ${s.person.company || w.company} now, which looks like ${w.company}`
      : `Works at ${s.person.company || w.company} now`,
  'connected-first-months': (e, w) => `Connected in your first months at ${w.company} (${when(e.date)})`,
  'connected-during-tenure': (e, w) =>
    w.to === null
      ? `Connected after you joined ${w.company} (${when(e.date)})`
      : `Connected while you were at ${w.company} (${when(e.date)})`,
  'connected-before-start': (e, w) => `Connected just before you joined ${w.company} (${when(e.date)})`,
  'connected-after-leaving': (e, w) => `Connected as you were leaving ${w.company} (${when(e.date)})`,
  'connected-outside-tenure': (e, w) =>
    e.date < w.from
      ? `Connected in ${e.date.slice(0, 4)}, before you joined ${w.company}`
      : `Connected in ${e.date.slice(0, 4)}, after you left ${w.company}`,
  'messages-during-tenure': (e, w) => {
    const at = e.within === 'tenure' ? whileAt(w) : `around your time at ${w.company}`;
    if (e.sent > 0 && e.received > 0) return `You exchanged ${plural(e.sent + e.received, 'message')} ${at}`;
    return e.sent > 0
      ? `You wrote them ${plural(e.sent, 'message')} ${at}`
      : `They wrote you ${plural(e.received, 'message')} ${at}`;
  },
  recommendation: (e, w) => {
    const who = e.direction === 'received' ? 'Recommended you' : 'You recommended them';
    const year = e.date ? ` (${e.date.slice(0, 4)})` : '';
    return e.company ? `${who} while at ${e.company}${year}` : `${who} ${whileAt(w)}${year}`;
  },
  endorsement: (e) =>
    `${e.direction === 'received' ? 'Endorsed you' : 'You endorsed them'}${sayableSkill(e.skill) ? ` for ${sayableSkill(e.skill)}` : ''} (${e.date.slice(0, 4)})`,
  'invitation-mentions-company': (e, w) =>
    `${e.direction === 'received' ? 'Their' : 'Your'} invitation to connect mentions ${w.company}${e.together ? ' and working together' : ''}`,
  'email-domain': (_, w) => `Their email address is at ${w.company}`,
  'alumni-cluster': (e, w, s) =>
    `Works at ${s.person.company}, where about ${e.colleagues} of your likely ${w.company} colleagues work now`,
  recruiter: (_, w) =>
    `Works as a recruiter elsewhere: connecting ${whileAt(w)} is no sign of working together`,
  correction: (e) => (e.colleague ? 'You marked them as a colleague' : 'You marked them as not a colleague'),
};

function when(iso: string): string {
  const d = day(iso);
  return d === null ? iso : monthYear(d);
}

// ---------------------------------------------------------------------------------------------------
// Reasons

const TIMING: Record<string, string> = {
  'connected-first-months': 'connected in your first months there',
  'connected-during-tenure': 'connected while you were there',
  'connected-before-start': 'connected just before you joined',
  'connected-after-leaving': 'connected as you were leaving',
};

function timingPhrase(timing: string | null, w: SharedEmployer | undefined): string {
  if (!timing) return '';
  // "while you were there" of a job you still have reads as if you had left.
  if (timing === 'connected-during-tenure' && w?.to === null) return 'connected after you joined';
  return TIMING[timing] ?? '';
}

/** "Acme (2018–2021)", or for a job you still have "Acme, where you have been since 2023". */
function whereShared(w: SharedEmployer): string {
  if (w.to === null) return `${w.company}, where you have been since ${w.from.slice(0, 4)}`;
  return `${w.company} (${spanOf(w)})`;
}

function spanOf(w: SharedEmployer): string {
  const from = day(w.from);
  return from === null ? '' : yearSpan(from, day(w.to));
}

const reason: Phrasebook['reason'] = {
  'hidden-profile': () => 'Profile hidden or closed: LinkedIn exports only the date you connected.',
  marked: (r) => (r.colleague ? 'You marked them as a colleague.' : 'You marked them as not a colleague.'),
  'worked-together': (r, s) => {
    const w = s.top;
    if (!w) return null;
    const timing = timingPhrase(r.timing, w);
    if (r.certainty === 'sure') return `You both worked at ${whereShared(w)}${timing ? `; ${timing}` : ''}.`;
    if (r.certainty === 'likely')
      return `Probably worked with you at ${whereShared(w)}${timing ? `; ${timing}` : ''}.`;
    const only = w.evidence.filter((e) => e.weight > 0).length === 1 ? ', and nothing else confirms it' : '';
    return `Possibly worked with you at ${whereShared(w)}${timing ? `: you ${timing}${only}` : ''}.`;
  },
  'works-with-you': (r, s) => {
    const w = s.top;
    const timing = timingPhrase(r.timing, w);
    if (w?.match === 'weak') {
      return sentence(
        `Works at ${s.person.company} now, which looks like your employer ${w.company}${timing ? `; ${timing}` : ''}`,
      );
    }
    return sentence(`You both work at ${w?.company ?? s.person.company} now${timing ? `; ${timing}` : ''}`);
  },
  alumni: (_, s) => {
    const w = s.top;
    if (!w) return null;
    const apart = w.evidence.find((e) => e.kind === 'connected-outside-tenure');
    const connected = apart
      ? `; ${lowerFirst(evidence['connected-outside-tenure'](apart as never, w, s))}`
      : '';
    return sentence(
      `Works at ${s.person.company || w.company} now, where you worked ${spanOf(w)}${connected}`,
    );
  },
  recruiter: () =>
    'Works as a recruiter: recruiters connect with people at every job, which is no sign of working together.',
  'thin-evidence': (_, s) =>
    s.top ? `Maybe crossed paths at ${s.top.company}, but the evidence is thin.` : null,
  'no-shared-employer': () => 'No shared employer found.',
  'keep-in-touch': (_, s) => keepInTouch(s),
  evidence: (r, s) => {
    const w = s.top;
    const e = w?.evidence.find((x) => x.kind === r.of);
    if (!w || !e) return null;
    return sentence((evidence[e.kind] as (x: typeof e, w: SharedEmployer, s: Said) => string)(e, w, s));
  },
  contact: (_, s) => contactSummary(s),
  'where-now': (r, s) => {
    const p = s.person;
    const role = s.role && s.role.length <= 50 ? `${s.role} at ${p.company}` : `at ${p.company}`;
    if (r.colleaguesThere >= 2)
      return `Now ${role}, where ${r.colleaguesThere} of your former colleagues work.`;
    return r.senior ? `Now ${role}, a senior role.` : null;
  },
};

const TIE = { close: 'Close tie', familiar: 'Familiar tie', distant: 'Distant tie' };
const LAST = {
  message: 'last message',
  endorsement: 'last endorsement',
  recommendation: 'last recommendation',
  invitation: 'last invitation',
  connected: 'connected',
  marked: 'you messaged them',
};

/** "Close tie; last message 14 months ago: due since September 2025." */
function keepInTouch(s: Said): string {
  const p = s.person;
  const last = day(p.lastContact);
  if (last === null) return 'No contact on record.';
  const what = LAST[p.lastContactKind ?? 'connected'];
  const talked = (p.contact?.messagesSent ?? 0) + (p.contact?.messagesReceived ?? 0) > 0;
  const since =
    p.lastContactKind === 'connected' && s.hasMessages && !talked && !p.contact?.ambiguousMessages
      ? ', and no messages since'
      : '';
  return `${TIE[p.tie]}; ${what} ${timeAgo(last, s.asOf)}${since}: ${status(s)}.`;
}

function status(s: Said): string {
  const p = s.person;
  const due = day(p.due);
  const last = day(p.lastContact);
  if (due === null || last === null) return 'no contact on record';
  if (p.status === 'in-touch') return `in touch, due again in ${monthLong(due)}`;
  if (p.status === 'due') return `due since ${monthLong(due)}`;
  if (p.status === 'snoozed') return `snoozed until ${monthLong(due)}`;
  return `quiet for ${wholeYears(last, s.asOf)} years`;
}

/** "12 messages, both ways, since 2017"; "3 messages, all from them". */
function contactSummary(s: Said): string | null {
  const c = s.person.contact;
  const sent = c?.messagesSent ?? 0;
  const received = c?.messagesReceived ?? 0;
  if (sent + received === 0) {
    return c?.ambiguousMessages
      ? `${plural(c.ambiguousMessages, 'message')} with someone of this name: the export cannot tell them from a namesake, so your contact is unknown.`
      : null;
  }
  const first = day(c?.firstMessage);
  const from = first === null ? '' : `, since ${yearOf(first)}`;
  if (sent > 0 && received > 0) return `${plural(sent + received, 'message')}, both ways${from}.`;
  const who = received > 0 ? 'them' : 'you';
  return sent + received === 1
    ? `1 message, from ${who}${from}.`
    : `${plural(sent + received, 'message')}, all from ${who}${from}.`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------------
// Drafts: a greeting that fits the tie, an opening with the most personal true fact, a question
// about them, and for a warm tie a wish to catch up. Short: a ping, not a memoir.

function draft(plan: DraftPlan, s: Said): string {
  const v = plan.variant;
  const opening = opener(plan, s);
  const saidCompany = s.company !== '' && opening.includes(s.company);
  const question = ask(plan, s, saidCompany);
  const close = closer(plan, s);
  const name = s.greeting ?? 'there';
  const greeting =
    plan.tone === 'warm'
      ? pick([`Hey ${name}!`, `Hi ${name}!`], v, 5)
      : `${pick(['Hi', 'Hello'], v, 5)} ${name},`;
  const body = plan.tone === 'warm' ? upperFirst(opening) : opening;
  return [greeting, body, question, close].filter(Boolean).join(' ');
}

function opener(plan: DraftPlan, s: Said): string {
  const v = plan.variant;
  const h = plan.hook;
  const p = s.person;
  switch (h.kind) {
    case 'endorsement': {
      const skill = sayableSkill(h.skill) ? ` for ${sayableSkill(h.skill)}` : '';
      if (h.direction === 'given') return `I was glad to endorse you${skill}${yearIn(h.date)}.`;
      if (plan.purpose === 'thanks') {
        return pick(
          [
            `thanks so much for endorsing me${skill}, that was kind of you.`,
            `I just saw your endorsement${skill}: thank you!`,
            `thank you for the endorsement${skill}, much appreciated!`,
          ],
          v,
        );
      }
      return pick(
        [
          `thanks again for endorsing me${skill}${yearIn(h.date)}.`,
          `I never properly thanked you for the endorsement${skill}${yearIn(h.date)}, so: thank you!`,
        ],
        v,
      );
    }
    case 'recommendation': {
      if (plan.purpose === 'thanks') {
        return pick(
          [
            'thank you so much for the recommendation you wrote me; it means a lot.',
            'I just read your recommendation and wanted to say a proper thank you.',
          ],
          v,
        );
      }
      if (h.direction === 'given') {
        return pick(
          [
            `I was looking back at the recommendation I wrote for you${yearIn(h.date)} and thought I'd say hello.`,
            `writing your recommendation${yearIn(h.date)} came to mind today, and so did you.`,
          ],
          v,
        );
      }
      return pick(
        [
          `I was re-reading the recommendation you wrote me${yearIn(h.date)} and it made me think of you.`,
          `I came across the recommendation you wrote for me${yearIn(h.date)}: it still means a lot.`,
          `your recommendation${h.date ? ` from ${h.date.slice(0, 4)}` : ''} came to mind today, and so did you.`,
        ],
        v,
      );
    }
    case 'message': {
      const received = day(h.date);
      const from = received !== null && s.asOf - received > 21 ? ` from ${monthLong(received)}` : '';
      return pick(
        [
          `sorry for the slow reply to your message${from}.`,
          'thanks for your message, and apologies for not getting back to you sooner.',
          `I owe you a reply${from}: sorry for the delay.`,
        ],
        v,
      );
    }
    case 'shared-years': {
      const e = s.employer(h.employer).spoken;
      const from = day(h.from);
      const to = day(h.to);
      // The owner is still there: "our Acme days (2023–now)" would read as if both had left.
      const span = from === null || to === null ? '' : ` (${yearSpan(from, to)})`;
      const left =
        to === null
          ? []
          : [`it's been ${yearsWord(to, s.asOf)} since I left ${e}, and I've been meaning to say hello.`];
      if (plan.purpose === 'follow-up')
        return pick(
          [`good to have been back in touch since our ${e} days.`, `glad we've kept in touch since ${e}.`],
          v,
        );
      if (plan.tone === 'warm') {
        return pick(
          [
            to === null
              ? `it's been too long since we were both at ${e}!`
              : `it's been too long since our ${e} days!`,
            `I was thinking back to our ${e} days${span} and you came to mind.`,
            `I still think of our time at ${e}.`,
            ...left,
          ],
          v,
        );
      }
      if (plan.tone === 'friendly') {
        return pick(
          [
            `it's been a while since we worked together at ${sentence(e)}`,
            `I was thinking back to our time at ${e} and wanted to say hello.`,
            `our ${e} days came up in a conversation and I thought of you.`,
            ...left,
          ],
          v,
        );
      }
      return pick(
        [
          `I hope you've been well since our time at ${sentence(e)}`,
          `I was thinking back to ${e}${span} and wanted to reach out.`,
          ...left,
        ],
        v,
      );
    }
    case 'same-employer':
      return `we're both at ${sentence(s.employer(h.employer).spoken)}`;
    case 'alumni': {
      const e = s.employer(h.employer).spoken;
      const from = day(h.from);
      const span = from === null ? '' : yearSpan(from, day(h.to));
      const spanSaid =
        h.to === null
          ? `since ${h.from.slice(0, 4)}`
          : h.from.slice(0, 4) === h.to.slice(0, 4)
            ? `in ${h.from.slice(0, 4)}`
            : `from ${h.from.slice(0, 4)} to ${h.to.slice(0, 4)}`;
      if (h.to === null) return `I noticed you're at ${e} too: I've been there since ${h.from.slice(0, 4)}.`;
      return pick(
        [
          `I noticed you're at ${e}, where I spent ${span}.`,
          `fellow ${e} person here: I was there ${spanSaid}.`,
          `I saw you're at ${e} now; I was there ${spanSaid}.`,
        ],
        v,
      );
    }
    case 'quiet': {
      const lastMessage = latest(p.contact?.lastSent, p.contact?.lastReceived);
      if (plan.purpose === 'follow-up')
        return `following up on our last exchange${lastMessage !== null ? ` in ${monthLong(lastMessage)}` : ''}.`;
      if (p.lastContactKind === 'message' && lastMessage !== null) {
        const when = monthLong(lastMessage);
        const long = yearsWord(lastMessage, s.asOf);
        // Many wordings, each with the date of the last message: the top of a list is mostly people
        // last written to a while ago, and their drafts should not all open alike.
        // "Far too long" only of a silence of a year or more.
        const warm =
          plan.tone === 'warm' && s.asOf - lastMessage >= 365
            ? [
                `it's been far too long since our last chat in ${when}!`,
                `${long} since we last talked: far too long!`,
              ]
            : [];
        const polite =
          plan.tone === 'polite' ? [`I hope all has been well since we last spoke in ${when}.`] : [];
        return pick(
          [
            `it's been ${long} since we last talked.`,
            `I realised we haven't talked since ${when}.`,
            `our last conversation was back in ${when}, and I've been meaning to write.`,
            `I was looking back at our messages from ${when} and thought of you.`,
            `you came to mind today: we last talked in ${when}.`,
            ...warm,
            ...polite,
          ],
          v,
        );
      }
      const since = day(h.since);
      if (since === null) return "it's been a while since we were last in touch.";
      return pick(
        [
          `it's been ${yearsWord(since, s.asOf)} since we were last in touch.`,
          `the last time we were in touch was back in ${monthLong(since)}.`,
          `I noticed our last exchange was back in ${monthLong(since)}.`,
        ],
        v,
      );
    }
    case 'connected': {
      const d = day(h.date);
      const year = d === null ? '' : ` in ${yearOf(d)}`;
      // "Never talked" only with the messages at hand and no contact of any kind in them.
      const never = s.hasMessages && !p.contact;
      if (plan.purpose === 'follow-up') {
        return d !== null && s.asOf - d < 120
          ? "glad we're connected now."
          : 'I hope all is well since we were last in touch.';
      }
      if (h.employer) {
        const e = s.employer(h.employer).spoken;
        const then = e && d !== null ? `, during my time at ${e},` : '';
        return never
          ? pick(
              [
                `we connected${year}${then} but I don't think we ever properly talked.`,
                `we connected${year}${then} but never got the chance to talk.`,
              ],
              v,
            )
          : pick(
              [
                `we connected${year}${then} and I thought I'd say hello.`,
                `we connected${year}${then} and I hope things have gone well since.`,
              ],
              v,
            );
      }
      if (never || plan.purpose === 'hello') {
        return pick(
          [
            `we connected${year} but never got the chance to talk.`,
            `we've been connected${d === null ? ' a while' : ` since ${yearOf(d)}`} without ever saying hello, so: hello!`,
            "I was going through my network and realised we've never properly talked.",
          ],
          v,
        );
      }
      const since =
        d !== null && s.asOf - d > 365
          ? [`it's been a while since we connected${year}, so I thought I'd get in touch.`]
          : [];
      return pick(
        [
          `we connected${year} and I thought I'd say hello.`,
          ...(d === null
            ? []
            : [`I was looking through my connections from ${yearOf(d)} and thought of you.`]),
          ...since,
        ],
        v,
      );
    }
    default:
      return pick(
        [
          "I was going through my network and thought I'd say hello.",
          "you came to mind the other day, so I thought I'd say hello.",
        ],
        v,
      );
  }
}

/** The question that makes it about them: their new place, their role, their company, or their news. */
function ask(plan: DraftPlan, s: Said, companySaid: boolean): string {
  const v = plan.variant;
  const company = companySaid ? '' : s.company;
  const role = s.role;
  if (plan.hook.kind === 'alumni') {
    return role
      ? `How are you finding the ${role} role? I'd love to hear how things have changed there.`
      : "How are things there these days? I'd love to hear how they have changed.";
  }
  if (plan.ask === 'new-job' && company) {
    return pick(
      [
        `How are you finding ${company}?`,
        `What's keeping you busy at ${company} these days?`,
        `How's life at ${company}?`,
      ],
      v,
      7,
    );
  }
  if (role && company) {
    return pick(
      [
        `How are you finding life as ${article(role)} ${role} at ${company}?`,
        `What are you working on at ${company} these days?`,
        `How's the ${role} role at ${company} treating you?`,
      ],
      v,
      7,
    );
  }
  if (company) return pick([`How are things at ${company}?`, `What's new at ${company}?`], v, 7);
  if (role) return `How's the ${role} work going?`;
  return pick(['What are you up to these days?', 'What have you been up to?'], v, 7);
}

function closer(plan: DraftPlan, s: Said): string {
  const v = plan.variant;
  if (plan.purpose === 'thanks' || plan.purpose === 'reply') return '';
  if (plan.purpose === 'follow-up') return pick(['Would be great to catch up properly sometime.', ''], v, 49);
  if (plan.purpose === 'hello') return pick(['', "I'd be happy to swap notes sometime."], v, 49);
  if (plan.tone === 'warm') {
    return pick(
      ['Would love to catch up properly soon.', 'Coffee or a call sometime?', "Let's catch up soon."],
      v,
      49,
    );
  }
  if (plan.tone === 'friendly')
    return pick(["I'd love to hear how things are going.", 'Always happy to swap notes.', ''], v, 49);
  return s.person.category === 'former-colleague'
    ? pick(['', "I'd be glad to hear how things are going."], v, 49)
    : '';
}

/** "2 years", "a year", "a few months": how long since, for a sentence. */
function yearsWord(since: Day, asOf: Day): string {
  const years = wholeYears(since, asOf);
  if (years >= 2) return `${years} years`;
  if (years === 1) return 'a year';
  return asOf - since > 60 ? 'a few months' : 'a few weeks';
}

function latest(a: string | undefined, b: string | undefined): Day | null {
  const x = day(a);
  const y = day(b);
  if (x === null) return y;
  if (y === null) return x;
  return Math.max(x, y);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------------
// Notes and warnings

const SKIPPED: Record<string, string> = {
  'encrypted-zip': 'it is encrypted',
  'unreadable-zip': 'it is damaged',
  'nested-zip': 'it is a ZIP inside the ZIP',
  'unreadable-text': 'its text could not be read',
  'too-large': 'it is too large',
  'not-csv': 'it is an Excel workbook, not CSV',
  'not-an-export': 'it holds no export files',
};

const warning: Phrasebook['warning'] = {
  'duplicate-file': (w) => `${w.file} was given twice; the second copy was not used.`,
  'several-connection-files': (w) =>
    `${w.count} different Connections.csv files were given; their connections were read together as one network (anyone in both, once).`,
  'over-linkedin-cap': (w) =>
    `${count(w.count ?? 0)} connections is more than LinkedIn allows (${count(w.limit ?? 0)}); this may not be a LinkedIn export, but it was read.`,
  'empty-row': () => 'A row with no name, profile or date was skipped.',
  'bad-date': (w) =>
    w.what === 'message'
      ? 'A message without a readable date was skipped.'
      : w.what === 'invitation'
        ? 'An invitation date could not be read.'
        : '"Connected On" could not be read as a date; the row was kept without one.',
  'duplicate-person': () => 'The same profile appears twice; the second row was skipped.',
  'long-cell': (w) => `A cell longer than ${count(w.limit ?? 0)} characters was shortened.`,
  'date-before-linkedin': () => '"Connected On" is before LinkedIn existed (2003); the row was kept.',
  'too-many-recipients': (w) =>
    `A message addressed to more than ${w.limit} people was skipped: no LinkedIn conversation is that large.`,
  'bad-position': () => 'A position without a company or a readable start date was skipped.',
  'position-end-unreadable': (w) =>
    `"Finished On" could not be read; the role at ${w.company} is treated as current.`,
  'dates-reversed': (w) => `The role at ${w.company} ends before it starts; the two dates were swapped.`,
  'companion-messages': (w) =>
    `${w.file} holds messages with LinkedIn's assistants, not people; it was not used.`,
  'unsafe-path': (w) => `"${w.file}" in the ZIP points outside the archive; it was not read.`,
  'skipped-entry': (w) =>
    `${w.file} could not be read (${SKIPPED[w.reason ?? ''] ?? 'it is damaged'}); it was skipped.`,
  'bad-bytes': (w) => `${w.file} has a few bytes that are not valid UTF-8; they show as �.`,
  'not-utf8': (w) =>
    `${w.file} is not UTF-8; it was read as Windows-1252, so some accented letters may look wrong.`,
  'unbalanced-quotes': (w) =>
    `${w.file} has a quote that never closes; some rows after it may be merged or missing.`,
  'too-many-employers': (w) =>
    `More than ${w.limit} employers were listed; colleagues were looked for at the ${w.limit} most recent.`,
  'more-rows': (w: Warning) => `…and ${plural(w.count ?? 0, 'more row')} like the ones above.`,
  'not-a-connection': () =>
    'A row with only a name (no profile, company or date) is no connection; it was skipped.',
  'skipped-file': (w) =>
    `${w.file} could not be read (${SKIPPED[w.reason ?? ''] ?? 'it is damaged'}); the other files were.`,
  'unrecognised-file': (w) =>
    `${w.file} looks like ${w.what ?? 'an export file'} by its name, but lacks the column${(w.columns?.length ?? 0) === 1 ? '' : 's'} ${(w.columns ?? []).join(', ')}; it was not used.`,
  'duplicate-rows': (w) =>
    `${w.file} repeats ${plural(w.count ?? 0, 'row')} already read from another file of the same kind; each was counted once.`,
  'too-many-rows': (w) =>
    `${w.file} holds more rows than any export does; only the first ${count(w.limit ?? 0)} were read.`,
};

export const en: Phrasebook = {
  lang: 'en',
  name: 'English',
  labels: {
    category: {
      'former-colleague': 'former colleague',
      'current-colleague': 'current colleague',
      alumni: 'alumni of your employer',
      other: 'other',
    },
    possibleColleague: 'possible colleague',
    tie: { close: 'close', familiar: 'familiar', distant: 'distant' },
    status: { 'in-touch': 'in touch', due: 'due', quiet: 'quiet for years', snoozed: 'snoozed' },
    purpose: {
      reconnect: 'Reconnect note',
      'follow-up': 'Follow-up',
      thanks: 'Thank-you',
      reply: 'Reply',
      hello: 'Hello',
    },
    confidence: (c) => (c >= 0.8 ? 'sure' : c >= 0.5 ? 'likely' : c >= 0.2 ? 'possible' : 'unlikely'),
  },
  ui: {
    reminder: (name) => `Reconnect with ${name}`,
    summary: (s, asOf) =>
      `${plural(s.connections, 'connection')}: ${plural(s.formerColleagues, 'former colleague')}, ${plural(s.currentColleagues, 'current colleague')}, ${plural(s.alumni, 'alumnus', 'alumni')} of your employers (as of ${asOf})`,
    possible: (n) =>
      `${plural(n, 'possible colleague')} (below the line: more likely not than so) ${n === 1 ? 'is' : 'are'} not counted here.`,
    hiddenProfile: 'Hidden profile',
    warnings: (n) => `${plural(n, 'warning')} about skipped or repaired rows`,
    warningsTitle: 'Rows skipped or repaired',
    row: (row) => `row ${row}`,
    draft: 'Draft',
    evidence: 'Evidence',
    note: 'Note',
    more: (n) => `…${count(n)} more`,
    score: 'score 0–100: who needs a word now',
    title: (owner) => (owner ? `Reconnect — ${owner}` : 'Reconnect report'),
  },
  status,
  evidence,
  reason,
  draft,
  note: {
    'no-work-history': () =>
      'No work history was found, so colleagues could not be told apart. Add Positions.csv from your export to Connections.csv (or use the whole ZIP), or name your employers (on the page: "Your employers"; command line: --employer "Acme:2018-03..2021-06").',
    'no-messages-file': () =>
      'No messages.csv was given: adding it sharpens who you were close to and when you last talked.',
    'dates-after-as-of': () => 'Some connection dates are after the as-of date; they count as contact today.',
    'employers-from-report': () =>
      'Your employers were changed on the report: when you connected and where people work now were weighed again; messages and endorsements now count for how close you are, not as signs of where you worked together. Analyse your export again to weigh them too.',
    'ambiguous-namesakes': (n) =>
      `${plural(n.messages ?? 0, 'message')} could not be told apart between ${plural(n.people ?? 0, 'connection')} who share a name; their contact is shown as unknown, not as none.`,
  },
  warning,
  timeAgo,
  monthYear,
  count,
};
