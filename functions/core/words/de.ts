import { type Day, monthOf, parseIsoDate, wholeYears, yearOf } from '../normalise/dates.ts';
import type { DraftPlan, SharedEmployer } from '../report.ts';
import type { Phrasebook, Said } from './phrasebook.ts';
import { sayableSkill } from './sayable.ts';

/**
 * Deutsch. The report speaks to its reader with "Sie"; a draft speaks to the contact as a German
 * speaker would: "du" for a close or familiar tie (colleagues one worked and wrote with), "Sie" for a
 * distant one, greeted by full name.
 */

const MONATE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

/** `März 2019`. */
function monthYear(day: Day): string {
  return `${MONATE[monthOf(day) - 1]} ${yearOf(day)}`;
}

function yearSpan(from: Day, to: Day | null): string {
  if (to === null) return `seit ${yearOf(from)}`;
  const a = yearOf(from);
  const b = yearOf(to);
  return a === b ? `${a}` : `${a}–${b}`;
}

/** `heute`, `vor 5 Tagen`, `vor 3 Wochen`, `vor 5 Monaten`, `vor einem Jahr`, `vor 2 Jahren`. */
function timeAgo(day: Day, asOf: Day): string {
  const days = asOf - day;
  if (days < 0) return 'kürzlich';
  if (days === 0) return 'heute';
  if (days === 1) return 'gestern';
  if (days < 14) return `vor ${days} Tagen`;
  if (days < 61) return `vor ${Math.floor(days / 7)} Wochen`;
  const years = wholeYears(day, asOf);
  if (years >= 2) return `vor ${years} Jahren`;
  if (years === 1) {
    const months = Math.floor(days / 30.44);
    return months <= 12 ? 'vor einem Jahr' : `vor ${months} Monaten`;
  }
  return `vor ${Math.min(11, Math.max(2, Math.floor(days / 30.44)))} Monaten`;
}

function count(n: number): string {
  return n.toLocaleString('de-DE');
}

function plural(n: number, one: string, many: string): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

function sentence(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last === 46 || last === 33 || last === 63 ? text : `${text}.`;
}

const day = (iso: string | null | undefined): Day | null => (iso ? parseIsoDate(iso) : null);
const pick = <T>(choices: T[], variant: number, salt = 1): T =>
  choices[Math.floor(variant / salt) % choices.length] as T;
/** `2026-06-01` as `01.06.2026`. */
const dateDe = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

// ---------------------------------------------------------------------------------------------------
// Hinweise (evidence)

const waehrend = (w: SharedEmployer) =>
  w.to === null ? `seit Ihrem Einstieg bei ${w.company}` : `während Ihrer Zeit bei ${w.company}`;
const when = (iso: string) => {
  const d = day(iso);
  return d === null ? iso : monthYear(d);
};

const evidence: Phrasebook['evidence'] = {
  'works-there-now': (_, w, s) =>
    w.match === 'weak'
      ? `Arbeitet jetzt bei ${s.person.company || w.company}, was nach ${w.company} aussieht`
      : `Arbeitet jetzt bei ${s.person.company || w.company}`,
  'connected-first-months': (e, w) => `In Ihren ersten Monaten bei ${w.company} vernetzt (${when(e.date)})`,
  'connected-during-tenure': (e, w) =>
    w.to === null
      ? `Nach Ihrem Einstieg bei ${w.company} vernetzt (${when(e.date)})`
      : `Während Ihrer Zeit bei ${w.company} vernetzt (${when(e.date)})`,
  'connected-before-start': (e, w) => `Kurz vor Ihrem Einstieg bei ${w.company} vernetzt (${when(e.date)})`,
  'connected-after-leaving': (e, w) => `Bei Ihrem Weggang von ${w.company} vernetzt (${when(e.date)})`,
  'connected-outside-tenure': (e, w) =>
    e.date < w.from
      ? `${e.date.slice(0, 4)} vernetzt, bevor Sie bei ${w.company} anfingen`
      : `${e.date.slice(0, 4)} vernetzt, nachdem Sie ${w.company} verlassen hatten`,
  'messages-during-tenure': (e, w) => {
    const at = e.within === 'tenure' ? waehrend(w) : `rund um Ihre Zeit bei ${w.company}`;
    if (e.sent > 0 && e.received > 0)
      return `${plural(e.sent + e.received, 'Nachricht', 'Nachrichten')} ausgetauscht, ${at}`;
    return e.sent > 0
      ? `Sie haben dieser Person ${plural(e.sent, 'Nachricht', 'Nachrichten')} geschrieben, ${at}`
      : `Diese Person hat Ihnen ${plural(e.received, 'Nachricht', 'Nachrichten')} geschrieben, ${at}`;
  },
  recommendation: (e, w) => {
    const year = e.date ? ` (${e.date.slice(0, 4)})` : '';
    const where = e.company ? `damals bei ${e.company}` : waehrend(w);
    return e.direction === 'received'
      ? `Hat Ihnen eine Empfehlung geschrieben, ${where}${year}`
      : `Sie haben dieser Person eine Empfehlung geschrieben, ${where}${year}`;
  },
  endorsement: (e) => {
    const skill = sayableSkill(e.skill) ? ` in ${sayableSkill(e.skill)}` : '';
    return e.direction === 'received'
      ? `Hat Ihre Kenntnisse${skill} bestätigt (${e.date.slice(0, 4)})`
      : `Sie haben die Kenntnisse dieser Person${skill} bestätigt (${e.date.slice(0, 4)})`;
  },
  'invitation-mentions-company': (e, w) =>
    `${e.direction === 'received' ? 'Die Einladung dieser Person' : 'Ihre Einladung'} zum Vernetzen erwähnt ${w.company}${e.together ? ' und die Zusammenarbeit' : ''}`,
  'email-domain': (_, w) => `Die E-Mail-Adresse gehört zu ${w.company}`,
  'alumni-cluster': (e, w, s) =>
    `Arbeitet bei ${s.person.company}, wo inzwischen etwa ${e.colleagues} Ihrer wahrscheinlichen Kolleginnen und Kollegen von ${w.company} arbeiten`,
  recruiter: (_, w) =>
    `Arbeitet anderswo im Recruiting: eine Vernetzung ${waehrend(w)} spricht nicht für eine Zusammenarbeit`,
  correction: (e) =>
    e.colleague
      ? 'Von Ihnen als Kollegin oder Kollege markiert'
      : 'Von Ihnen als keine Kollegin und kein Kollege markiert',
};

// ---------------------------------------------------------------------------------------------------
// Gründe (reasons)

const TIMING: Record<string, string> = {
  'connected-first-months': 'in Ihren ersten Monaten dort vernetzt',
  'connected-during-tenure': 'während Ihrer Zeit dort vernetzt',
  'connected-before-start': 'kurz vor Ihrem Einstieg vernetzt',
  'connected-after-leaving': 'bei Ihrem Weggang vernetzt',
};

function timingPhrase(timing: string | null, w: SharedEmployer | undefined): string {
  if (!timing) return '';
  if (timing === 'connected-during-tenure' && w?.to === null) return 'nach Ihrem Einstieg vernetzt';
  return TIMING[timing] ?? '';
}

/** "bei Acme (2018–2021) gearbeitet", or for a job you still have "bei Acme gearbeitet, wo Sie seit 2023 sind". */
function workedAt(w: SharedEmployer): string {
  if (w.to === null) return `bei ${w.company} gearbeitet, wo Sie seit ${w.from.slice(0, 4)} sind`;
  return `bei ${w.company} (${spanOf(w)}) gearbeitet`;
}

function spanOf(w: SharedEmployer): string {
  const from = day(w.from);
  return from === null ? '' : yearSpan(from, day(w.to));
}

const reason: Phrasebook['reason'] = {
  'hidden-profile': () =>
    'Profil verborgen oder geschlossen: LinkedIn exportiert nur das Datum der Vernetzung.',
  marked: (r) =>
    r.colleague
      ? 'Sie haben diese Person als Kollegin oder Kollegen markiert.'
      : 'Sie haben markiert, dass diese Person keine Kollegin und kein Kollege ist.',
  'worked-together': (r, s) => {
    const w = s.top;
    if (!w) return null;
    const timing = timingPhrase(r.timing, w);
    if (r.certainty === 'sure') return `Sie haben beide ${workedAt(w)}${timing ? `; ${timing}` : ''}.`;
    if (r.certainty === 'likely')
      return `Hat wahrscheinlich mit Ihnen ${workedAt(w)}${timing ? `; ${timing}` : ''}.`;
    const only =
      w.evidence.filter((e) => e.weight > 0).length === 1 ? ', und sonst spricht nichts dafür' : '';
    return `Hat vielleicht mit Ihnen ${workedAt(w)}${timing ? `: ${timing}${only}` : ''}.`;
  },
  'works-with-you': (r, s) => {
    const w = s.top;
    const timing = timingPhrase(r.timing, w);
    if (w?.match === 'weak') {
      return sentence(
        `Arbeitet jetzt bei ${s.person.company}, was nach Ihrem Arbeitgeber ${w.company} aussieht${timing ? `; ${timing}` : ''}`,
      );
    }
    return sentence(
      `Sie arbeiten beide jetzt bei ${w?.company ?? s.person.company}${timing ? `; ${timing}` : ''}`,
    );
  },
  alumni: (_, s) => {
    const w = s.top;
    if (!w) return null;
    const apart = w.evidence.find((e) => e.kind === 'connected-outside-tenure');
    const connected = apart ? `; ${evidence['connected-outside-tenure'](apart as never, w, s)}` : '';
    return sentence(
      `Arbeitet jetzt bei ${s.person.company || w.company}, wo Sie ${spanOf(w)} gearbeitet haben${connected}`,
    );
  },
  recruiter: () =>
    'Arbeitet im Recruiting: Recruiter vernetzen sich in jedem Job mit vielen Menschen, das spricht nicht für eine Zusammenarbeit.',
  'thin-evidence': (_, s) =>
    s.top
      ? `Vielleicht haben sich Ihre Wege bei ${s.top.company} gekreuzt, aber die Hinweise sind dünn.`
      : null,
  'no-shared-employer': () => 'Kein gemeinsamer Arbeitgeber gefunden.',
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
    const role = s.role && s.role.length <= 50 ? `${s.role} bei ${p.company}` : `bei ${p.company}`;
    if (r.colleaguesThere >= 2)
      return `Jetzt ${role}, wo ${r.colleaguesThere} Ihrer früheren Kolleginnen und Kollegen arbeiten.`;
    return r.senior ? `Jetzt ${role}, eine leitende Position.` : null;
  },
};

const TIE = { close: 'Enge Verbindung', familiar: 'Vertraute Verbindung', distant: 'Lose Verbindung' };
const LAST = {
  message: 'letzte Nachricht',
  endorsement: 'letzte Bestätigung',
  recommendation: 'letzte Empfehlung',
  invitation: 'letzte Einladung',
  connected: 'vernetzt',
  marked: 'Ihre Nachricht',
};

function keepInTouch(s: Said): string {
  const p = s.person;
  const last = day(p.lastContact);
  if (last === null) return 'Kein Kontakt verzeichnet.';
  const talked = (p.contact?.messagesSent ?? 0) + (p.contact?.messagesReceived ?? 0) > 0;
  const since =
    p.lastContactKind === 'connected' && s.hasMessages && !talked && !p.contact?.ambiguousMessages
      ? ', seitdem keine Nachrichten'
      : '';
  return `${TIE[p.tie]}; ${LAST[p.lastContactKind ?? 'connected']} ${timeAgo(last, s.asOf)}${since}: ${status(s)}.`;
}

function status(s: Said): string {
  const p = s.person;
  const due = day(p.due);
  const last = day(p.lastContact);
  if (due === null || last === null) return 'kein Kontakt verzeichnet';
  if (p.status === 'in-touch') return `in Kontakt, wieder fällig im ${monthYear(due)}`;
  if (p.status === 'due') return `fällig seit ${monthYear(due)}`;
  if (p.status === 'snoozed') return `pausiert bis ${monthYear(due)}`;
  return `seit ${wholeYears(last, s.asOf)} Jahren still`;
}

function contactSummary(s: Said): string | null {
  const c = s.person.contact;
  const sent = c?.messagesSent ?? 0;
  const received = c?.messagesReceived ?? 0;
  if (sent + received === 0) {
    return c?.ambiguousMessages
      ? `${plural(c.ambiguousMessages, 'Nachricht', 'Nachrichten')} mit jemandem dieses Namens: Der Export kann diese Person nicht von einer gleichnamigen unterscheiden, daher ist Ihr Kontakt unbekannt.`
      : null;
  }
  const first = day(c?.firstMessage);
  const from = first === null ? '' : `, seit ${yearOf(first)}`;
  if (sent > 0 && received > 0)
    return `${plural(sent + received, 'Nachricht', 'Nachrichten')} in beide Richtungen${from}.`;
  const who = received > 0 ? 'von dieser Person' : 'von Ihnen';
  return sent + received === 1
    ? `1 Nachricht, ${who}${from}.`
    : `${plural(sent + received, 'Nachricht', 'Nachrichten')}, alle ${who}${from}.`;
}

// ---------------------------------------------------------------------------------------------------
// Entwürfe (drafts): "du" for a close or familiar tie, "Sie" for a distant one.

/** One wording in both forms of address. */
type Both = [du: string, sie: string];
const say = (both: Both, du: boolean) => (du ? both[0] : both[1]);

function draft(plan: DraftPlan, s: Said): string {
  const du = plan.tone !== 'polite';
  const v = plan.variant;
  const opening = opener(plan, s, du);
  const saidCompany = s.company !== '' && opening.includes(s.company);
  const greeting = du
    ? s.greeting
      ? plan.tone === 'warm'
        ? `${pick(['Hallo', 'Hey'], v, 5)} ${s.greeting}!`
        : `${pick(['Hallo', 'Hi'], v, 5)} ${s.greeting},`
      : 'Hallo,'
    : `${pick(['Guten Tag', 'Hallo'], v, 5)}${fullName(s) ? ` ${fullName(s)}` : ''},`;
  const body = greeting.endsWith('!') ? upperFirst(opening) : opening;
  return [greeting, body, ask(plan, s, du, saidCompany), closer(plan, du)].filter(Boolean).join(' ');
}

/** For "Sie": the greeting takes the whole name ("Guten Tag Anna Schmidt,"), as German business mail does. */
function fullName(s: Said): string {
  if (!s.greeting) return '';
  const last = s.person.name.slice(s.person.firstName.length).split(',')[0]?.trim() ?? '';
  const name = /^[\p{L}\p{M}' .-]{1,40}$/u.test(last) ? `${s.greeting} ${last}` : s.greeting;
  return name.trim();
}

function opener(plan: DraftPlan, s: Said, du: boolean): string {
  const v = plan.variant;
  const h = plan.hook;
  const p = s.person;
  const year = (iso: string | null | undefined) => (day(iso) === null ? '' : ` ${iso?.slice(0, 4)}`);
  switch (h.kind) {
    case 'endorsement': {
      const skill = sayableSkill(h.skill) ? ` in ${sayableSkill(h.skill)}` : '';
      if (h.direction === 'given')
        return say(
          [
            `ich habe${year(h.date)} gern deine Kenntnisse${skill} bestätigt.`,
            `ich habe${year(h.date)} gern Ihre Kenntnisse${skill} bestätigt.`,
          ],
          du,
        );
      if (plan.purpose === 'thanks') {
        return pick(
          [
            say(
              [
                `danke, dass du meine Kenntnisse${skill} bestätigt hast, das ist sehr nett von dir!`,
                `vielen Dank, dass Sie meine Kenntnisse${skill} bestätigt haben, das ist sehr freundlich.`,
              ],
              du,
            ),
            say(
              [
                `ich habe gerade deine Bestätigung${sayableSkill(h.skill) ? ` für ${sayableSkill(h.skill)}` : ''} gesehen: vielen Dank!`,
                `ich habe gerade Ihre Bestätigung${sayableSkill(h.skill) ? ` für ${sayableSkill(h.skill)}` : ''} gesehen: herzlichen Dank!`,
              ],
              du,
            ),
          ],
          v,
        );
      }
      return pick(
        [
          say(
            [
              `danke nochmal, dass du${year(h.date)} meine Kenntnisse${skill} bestätigt hast.`,
              `nochmals vielen Dank, dass Sie${year(h.date)} meine Kenntnisse${skill} bestätigt haben.`,
            ],
            du,
          ),
          say(
            [
              `ich habe mich nie richtig für deine Bestätigung${sayableSkill(h.skill) ? ` für ${sayableSkill(h.skill)}` : ''} bedankt, also: danke!`,
              `ich habe mich nie richtig für Ihre Bestätigung${sayableSkill(h.skill) ? ` für ${sayableSkill(h.skill)}` : ''} bedankt, daher: herzlichen Dank!`,
            ],
            du,
          ),
        ],
        v,
      );
    }
    case 'recommendation': {
      if (plan.purpose === 'thanks') {
        return pick(
          [
            say(
              [
                'vielen Dank für die Empfehlung, die du mir geschrieben hast; sie bedeutet mir viel.',
                'herzlichen Dank für die Empfehlung, die Sie mir geschrieben haben; sie bedeutet mir viel.',
              ],
              du,
            ),
            say(
              [
                'ich habe gerade deine Empfehlung gelesen und wollte mich richtig bedanken.',
                'ich habe gerade Ihre Empfehlung gelesen und möchte mich herzlich bedanken.',
              ],
              du,
            ),
          ],
          v,
        );
      }
      if (h.direction === 'given') {
        return say(
          [
            `ich habe an die Empfehlung gedacht, die ich${year(h.date)} für dich geschrieben habe, und wollte mich melden.`,
            `ich habe an die Empfehlung gedacht, die ich${year(h.date)} für Sie geschrieben habe, und wollte mich bei Ihnen melden.`,
          ],
          du,
        );
      }
      return pick(
        [
          say(
            [
              `ich habe gerade noch einmal die Empfehlung gelesen, die du mir${year(h.date)} geschrieben hast, und musste an dich denken.`,
              `ich habe gerade noch einmal die Empfehlung gelesen, die Sie mir${year(h.date)} geschrieben haben, und musste an Sie denken.`,
            ],
            du,
          ),
          say(
            [
              `deine Empfehlung${h.date ? ` von ${h.date.slice(0, 4)}` : ''} ist mir heute wieder eingefallen, und damit auch du.`,
              `Ihre Empfehlung${h.date ? ` von ${h.date.slice(0, 4)}` : ''} ist mir heute wieder eingefallen, und ich wollte mich bei Ihnen melden.`,
            ],
            du,
          ),
        ],
        v,
      );
    }
    case 'message': {
      const received = day(h.date);
      const from = received !== null && s.asOf - received > 21 ? ` vom ${monthYear(received)}` : '';
      return pick(
        [
          say(
            [
              `sorry, dass ich erst jetzt auf deine Nachricht${from} antworte.`,
              `entschuldigen Sie bitte meine späte Antwort auf Ihre Nachricht${from}.`,
            ],
            du,
          ),
          say(
            [
              'danke für deine Nachricht, und entschuldige, dass ich mich nicht früher gemeldet habe.',
              'vielen Dank für Ihre Nachricht, und entschuldigen Sie, dass ich mich erst jetzt melde.',
            ],
            du,
          ),
        ],
        v,
      );
    }
    case 'shared-years': {
      const e = s.employer(h.employer).spoken;
      const from = day(h.from);
      const to = day(h.to);
      if (plan.purpose === 'follow-up') return `schön, dass wir seit ${e} in Kontakt geblieben sind.`;
      const since =
        to === null
          ? []
          : [
              say(
                [
                  `es ist schon ${jahre(to, s.asOf)} her, dass ich bei ${e} aufgehört habe, und ich wollte mich schon lange mal melden.`,
                  `es ist schon ${jahre(to, s.asOf)} her, dass ich bei ${e} aufgehört habe, und ich wollte mich schon lange bei Ihnen melden.`,
                ],
                du,
              ),
            ];
      const span = from !== null && to !== null ? ` (${yearSpan(from, to)})` : '';
      if (plan.tone === 'warm') {
        return pick(
          [
            to === null
              ? `es ist viel zu lange her, dass wir zusammen bei ${e} waren!`
              : `unsere Zeit bei ${e} ist viel zu lange her!`,
            `ich habe neulich an unsere Zeit bei ${e}${span} gedacht, und dabei an dich.`,
            `ich denke immer noch gern an unsere gemeinsame Zeit bei ${e} zurück.`,
            ...since,
          ],
          v,
        );
      }
      if (du) {
        return pick(
          [
            `es ist eine Weile her, dass wir bei ${e} zusammengearbeitet haben.`,
            `ich habe an unsere Zeit bei ${e} gedacht und wollte mal Hallo sagen.`,
            `neulich kam das Gespräch auf ${e}, und ich musste an dich denken.`,
            ...since,
          ],
          v,
        );
      }
      return pick(
        [
          `ich hoffe, es ist Ihnen seit unserer gemeinsamen Zeit bei ${e} gut ergangen.`,
          `ich habe an unsere Zeit bei ${e}${span} gedacht und wollte mich bei Ihnen melden.`,
          ...since,
        ],
        v,
      );
    }
    case 'same-employer':
      return say(
        [
          `wir sind ja beide bei ${s.employer(h.employer).spoken}.`,
          `wir sind ja beide bei ${s.employer(h.employer).spoken}.`,
        ],
        du,
      );
    case 'alumni': {
      const e = s.employer(h.employer).spoken;
      const from = day(h.from);
      const span = from === null ? '' : yearSpan(from, day(h.to));
      if (h.to === null)
        return say(
          [
            `ich habe gesehen, dass du auch bei ${e} bist; ich bin dort seit ${h.from.slice(0, 4)}.`,
            `ich habe gesehen, dass Sie auch bei ${e} sind; ich bin dort seit ${h.from.slice(0, 4)}.`,
          ],
          du,
        );
      const war = 'war';
      return pick(
        [
          say(
            [
              `ich habe gesehen, dass du bei ${e} bist, wo ich ${span} gearbeitet habe.`,
              `ich habe gesehen, dass Sie bei ${e} sind, wo ich ${span} gearbeitet habe.`,
            ],
            du,
          ),
          say(
            [
              `ich ${war} selbst ${span} bei ${e} und habe gesehen, dass du jetzt dort bist.`,
              `ich ${war} selbst ${span} bei ${e} und habe gesehen, dass Sie jetzt dort sind.`,
            ],
            du,
          ),
        ],
        v,
      );
    }
    case 'quiet': {
      const lastMessage = latest(p.contact?.lastSent, p.contact?.lastReceived);
      if (plan.purpose === 'follow-up')
        return `ich wollte an unseren letzten Austausch${lastMessage !== null ? ` im ${monthYear(lastMessage)}` : ''} anknüpfen.`;
      if (p.lastContactKind === 'message' && lastMessage !== null) {
        const when = monthYear(lastMessage);
        return pick(
          [
            `es ist schon ${jahre(lastMessage, s.asOf)} her, dass wir uns zuletzt geschrieben haben.`,
            `mir ist aufgefallen, dass wir seit ${when} nichts mehr voneinander gehört haben.`,
            `unser letzter Austausch war im ${when}, und ich wollte mich schon länger melden.`,
            say(
              [
                `ich habe gerade unsere Nachrichten vom ${when} gesehen und an dich gedacht.`,
                `ich habe gerade unsere Nachrichten vom ${when} gesehen und an Sie gedacht.`,
              ],
              du,
            ),
            say(
              [
                `du bist mir heute eingefallen: Zuletzt haben wir im ${when} geschrieben.`,
                `Sie sind mir heute eingefallen: Zuletzt haben wir im ${when} geschrieben.`,
              ],
              du,
            ),
            ...(plan.tone === 'warm' && s.asOf - lastMessage >= 365
              ? [`unser letzter Austausch im ${when} ist viel zu lange her!`]
              : []),
          ],
          v,
        );
      }
      return say(
        [
          'es ist eine Weile her, seit wir zuletzt in Kontakt waren.',
          'es ist eine Weile her, seit wir zuletzt in Kontakt waren.',
        ],
        du,
      );
    }
    case 'connected': {
      const d = day(h.date);
      const y = d === null ? '' : ` ${yearOf(d)}`;
      // "Nie gesprochen" only with the messages at hand and no contact of any kind in them.
      const never = s.hasMessages && !p.contact;
      if (plan.purpose === 'follow-up') {
        return d !== null && s.asOf - d < 120
          ? 'schön, dass wir jetzt vernetzt sind.'
          : say(
              [
                'ich hoffe, es geht dir gut seit unserem letzten Kontakt.',
                'ich hoffe, es geht Ihnen gut seit unserem letzten Kontakt.',
              ],
              du,
            );
      }
      if (h.employer) {
        const e = s.employer(h.employer).spoken;
        const then = e && d !== null ? ` während meiner Zeit bei ${e}` : '';
        return never
          ? `wir haben uns${y}${then} vernetzt, aber ich glaube, wir haben nie richtig miteinander gesprochen.`
          : pick(
              [
                `wir haben uns${y}${then} vernetzt, und ich wollte mich mal melden.`,
                say(
                  [
                    `wir haben uns${y}${then} vernetzt, und ich hoffe, es ist dir seitdem gut ergangen.`,
                    `wir haben uns${y}${then} vernetzt, und ich hoffe, es ist Ihnen seitdem gut ergangen.`,
                  ],
                  du,
                ),
              ],
              v,
            );
      }
      if (never || plan.purpose === 'hello') {
        return pick(
          [
            `wir sind seit${y || ' einiger Zeit'} vernetzt, hatten aber nie die Gelegenheit, uns auszutauschen.`,
            `wir sind seit${y || ' einiger Zeit'} vernetzt und haben uns nie Hallo gesagt, also: Hallo!`,
            'ich bin mein Netzwerk durchgegangen und habe gemerkt, dass wir nie richtig miteinander gesprochen haben.',
          ],
          v,
        );
      }
      return pick(
        [
          `wir haben uns${y} vernetzt, und ich wollte mich mal melden.`,
          ...(d === null
            ? []
            : [
                say(
                  [
                    `ich habe meine Kontakte von ${yearOf(d)} durchgesehen und an dich gedacht.`,
                    `ich habe meine Kontakte von ${yearOf(d)} durchgesehen und an Sie gedacht.`,
                  ],
                  du,
                ),
              ]),
        ],
        v,
      );
    }
    default:
      return pick(
        [
          'ich bin mein Netzwerk durchgegangen und wollte mich mal melden.',
          say(
            [
              'du bist mir neulich eingefallen, also wollte ich mich melden.',
              'Sie sind mir neulich eingefallen, daher wollte ich mich kurz melden.',
            ],
            du,
          ),
        ],
        v,
      );
  }
}

function ask(plan: DraftPlan, s: Said, du: boolean, companySaid: boolean): string {
  const v = plan.variant;
  const company = companySaid ? '' : s.company;
  const role = s.role;
  if (plan.hook.kind === 'alumni')
    return say(
      [
        'Mich würde interessieren, was sich dort verändert hat. Wie gefällt es dir?',
        'Mich würde interessieren, was sich dort verändert hat. Wie gefällt es Ihnen?',
      ],
      du,
    );
  if (plan.ask === 'new-job' && company) {
    return pick(
      [
        say([`Wie gefällt es dir bei ${company}?`, `Wie gefällt es Ihnen bei ${company}?`], du),
        say([`Woran arbeitest du gerade bei ${company}?`, `Woran arbeiten Sie gerade bei ${company}?`], du),
        `Wie läuft es bei ${company}?`,
      ],
      v,
      7,
    );
  }
  if (role && company) {
    return pick(
      [
        say(
          [
            `Wie gefällt dir die Rolle als ${role} bei ${company}?`,
            `Wie gefällt Ihnen die Rolle als ${role} bei ${company}?`,
          ],
          du,
        ),
        say([`Woran arbeitest du gerade bei ${company}?`, `Woran arbeiten Sie gerade bei ${company}?`], du),
        `Wie läuft es als ${role} bei ${company}?`,
      ],
      v,
      7,
    );
  }
  if (company) return pick([`Wie läuft es bei ${company}?`, `Was gibt es Neues bei ${company}?`], v, 7);
  if (role) return `Wie läuft es als ${role}?`;
  return pick(
    [
      say(['Was machst du gerade so?', 'Woran arbeiten Sie derzeit?'], du),
      say(['Wie geht es dir?', 'Wie geht es Ihnen?'], du),
    ],
    v,
    7,
  );
}

function closer(plan: DraftPlan, du: boolean): string {
  const v = plan.variant;
  if (plan.purpose === 'thanks' || plan.purpose === 'reply') return '';
  if (plan.purpose === 'follow-up')
    return pick(
      [say(['Lass uns bald mal in Ruhe sprechen.', 'Ich würde mich über ein Gespräch freuen.'], du), ''],
      v,
      49,
    );
  if (plan.purpose === 'hello') return pick(['', 'Ich würde mich über einen Austausch freuen.'], v, 49);
  if (plan.tone === 'warm') {
    return pick(
      [
        'Lass uns bald mal wieder richtig quatschen!',
        'Hast du Lust auf einen Kaffee oder ein kurzes Telefonat?',
        'Lass uns bald mal wieder sprechen.',
      ],
      v,
      49,
    );
  }
  if (du)
    return pick(
      ['Ich würde mich freuen, von dir zu hören.', 'Ich freue mich immer über einen Austausch.', ''],
      v,
      49,
    );
  return pick(['', 'Ich würde mich freuen, von Ihnen zu hören.'], v, 49);
}

/** "2 Jahre", "ein Jahr", "ein paar Monate". */
function jahre(since: Day, asOf: Day): string {
  const years = wholeYears(since, asOf);
  if (years >= 2) return `${years} Jahre`;
  if (years === 1) return 'ein Jahr';
  return asOf - since > 60 ? 'ein paar Monate' : 'ein paar Wochen';
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
// Hinweise und Warnungen (notes and warnings)

const SKIPPED: Record<string, string> = {
  'encrypted-zip': 'sie ist verschlüsselt',
  'unreadable-zip': 'sie ist beschädigt',
  'nested-zip': 'sie ist eine ZIP-Datei in der ZIP-Datei',
  'unreadable-text': 'ihr Text ist nicht lesbar',
  'too-large': 'sie ist zu groß',
  'not-csv': 'sie ist eine Excel-Arbeitsmappe, keine CSV-Datei',
  'not-an-export': 'sie enthält keine Exportdateien',
};

export const de: Phrasebook = {
  lang: 'de',
  name: 'Deutsch',
  labels: {
    category: {
      'former-colleague': 'früher zusammengearbeitet',
      'current-colleague': 'arbeitet mit Ihnen',
      alumni: 'Alumni Ihres Arbeitgebers',
      other: 'andere',
    },
    possibleColleague: 'vielleicht zusammengearbeitet',
    tie: { close: 'eng', familiar: 'vertraut', distant: 'lose' },
    status: { 'in-touch': 'in Kontakt', due: 'fällig', quiet: 'seit Jahren still', snoozed: 'pausiert' },
    purpose: {
      reconnect: 'Wieder melden',
      'follow-up': 'Nachfassen',
      thanks: 'Dankeschön',
      reply: 'Antwort',
      hello: 'Hallo sagen',
    },
    confidence: (c) =>
      c >= 0.8 ? 'sicher' : c >= 0.5 ? 'wahrscheinlich' : c >= 0.2 ? 'möglich' : 'unwahrscheinlich',
  },
  ui: {
    reminder: (name) => `Bei ${name} melden`,
    summary: (s, asOf) =>
      `${plural(s.connections, 'Kontakt', 'Kontakte')}: ${count(s.formerColleagues)} ehemalige und ${count(s.currentColleagues)} aktuelle Kolleginnen und Kollegen, ${count(s.alumni)} Alumni Ihrer Arbeitgeber (Stand ${dateDe(asOf)})`,
    possible: (n) =>
      `${plural(n, 'mögliche Kollegin oder möglicher Kollege', 'mögliche Kolleginnen und Kollegen')} (unterhalb der Linie: eher nicht als doch) ${n === 1 ? 'ist' : 'sind'} hier nicht mitgezählt.`,
    hiddenProfile: 'Verborgenes Profil',
    warnings: (n) => `${plural(n, 'Hinweis', 'Hinweise')} zu übersprungenen oder reparierten Zeilen`,
    warningsTitle: 'Übersprungene oder reparierte Zeilen',
    row: (row) => `Zeile ${row}`,
    draft: 'Entwurf',
    evidence: 'Hinweise',
    note: 'Hinweis',
    more: (n) => `…${count(n)} weitere`,
    score: 'Punkte 0–100: wer jetzt ein Wort braucht',
    title: (owner) => (owner ? `Reconnect — ${owner}` : 'Reconnect-Bericht'),
  },
  status,
  evidence,
  reason,
  draft,
  note: {
    'no-work-history': () =>
      'Es wurde kein Werdegang gefunden, daher lassen sich Kolleginnen und Kollegen nicht erkennen. Fügen Sie Positions.csv aus Ihrem Export hinzu (oder nehmen Sie die ganze ZIP-Datei), oder nennen Sie Ihre Arbeitgeber (auf der Seite: „Ihre Arbeitgeber“; Kommandozeile: --employer "Acme:2018-03..2021-06").',
    'no-messages-file': () =>
      'Es wurde keine messages.csv angegeben: Mit ihr wird genauer, wem Sie nahestanden und wann Sie zuletzt geschrieben haben.',
    'dates-after-as-of': () =>
      'Einige Vernetzungsdaten liegen nach dem Stichtag; sie zählen als Kontakt von heute.',
    'employers-from-report': () =>
      'Ihre Arbeitgeber wurden im Bericht geändert: Vernetzungsdaten und heutige Arbeitgeber wurden neu gewichtet; Nachrichten und Bestätigungen zählen nun dafür, wie nah Sie sich stehen, nicht als Hinweis auf eine gemeinsame Stelle. Analysieren Sie Ihren Export erneut, um auch sie zu gewichten.',
    'ambiguous-namesakes': (n) =>
      `${plural(n.messages ?? 0, 'Nachricht', 'Nachrichten')} ließen sich nicht eindeutig zuordnen, weil sich ${count(n.people ?? 0)} Kontakte einen Namen teilen; ihr Kontakt gilt als unbekannt, nicht als keiner.`,
  },
  warning: {
    'duplicate-file': (w) => `${w.file} wurde zweimal angegeben; die zweite Kopie wurde nicht verwendet.`,
    'several-connection-files': (w) =>
      `${w.count} verschiedene Connections.csv-Dateien wurden angegeben; ihre Kontakte wurden als ein Netzwerk gelesen (wer in beiden steht, einmal).`,
    'over-linkedin-cap': (w) =>
      `${count(w.count ?? 0)} Kontakte sind mehr, als LinkedIn erlaubt (${count(w.limit ?? 0)}); das ist vielleicht kein LinkedIn-Export, wurde aber gelesen.`,
    'empty-row': () => 'Eine Zeile ohne Namen, Profil oder Datum wurde übersprungen.',
    'bad-date': (w) =>
      w.what === 'message'
        ? 'Eine Nachricht ohne lesbares Datum wurde übersprungen.'
        : w.what === 'invitation'
          ? 'Das Datum einer Einladung war nicht lesbar.'
          : '„Connected On“ war kein lesbares Datum; die Zeile wurde ohne Datum behalten.',
    'duplicate-person': () =>
      'Dasselbe Profil steht zweimal in der Datei; die zweite Zeile wurde übersprungen.',
    'long-cell': (w) => `Eine Zelle mit mehr als ${count(w.limit ?? 0)} Zeichen wurde gekürzt.`,
    'date-before-linkedin': () =>
      '„Connected On“ liegt vor der Gründung von LinkedIn (2003); die Zeile wurde behalten.',
    'too-many-recipients': (w) =>
      `Eine Nachricht an mehr als ${w.limit} Personen wurde übersprungen: So groß ist keine LinkedIn-Unterhaltung.`,
    'bad-position': () => 'Eine Position ohne Firma oder lesbares Anfangsdatum wurde übersprungen.',
    'position-end-unreadable': (w) =>
      `„Finished On“ war nicht lesbar; die Stelle bei ${w.company} gilt als aktuelle Stelle.`,
    'dates-reversed': (w) =>
      `Die Stelle bei ${w.company} endet vor ihrem Beginn; die beiden Daten wurden getauscht.`,
    'companion-messages': (w) =>
      `${w.file} enthält Nachrichten mit LinkedIns Assistenten, nicht mit Menschen; sie wurde nicht verwendet.`,
    'unsafe-path': (w) =>
      `„${w.file}“ zeigt in der ZIP-Datei nach außerhalb des Archivs; die Datei wurde nicht gelesen.`,
    'skipped-entry': (w) =>
      `${w.file} konnte nicht gelesen werden (${SKIPPED[w.reason ?? ''] ?? 'sie ist beschädigt'}); die Datei wurde übersprungen.`,
    'bad-bytes': (w) => `${w.file} enthält einige Bytes, die kein gültiges UTF-8 sind; sie erscheinen als �.`,
    'not-utf8': (w) =>
      `${w.file} ist nicht in UTF-8; die Datei wurde als Windows-1252 gelesen, daher können einige Umlaute falsch aussehen.`,
    'unbalanced-quotes': (w) =>
      `${w.file} enthält ein Anführungszeichen, das nie schließt; einige Zeilen danach können zusammengefügt sein oder fehlen.`,
    'too-many-employers': (w) =>
      `Mehr als ${w.limit} Arbeitgeber wurden angegeben; gesucht wurde bei den ${w.limit} jüngsten.`,
    'more-rows': (w) => `…und ${plural(w.count ?? 0, 'weitere Zeile', 'weitere Zeilen')} wie die obigen.`,
    'not-a-connection': () =>
      'Eine Zeile nur mit einem Namen (ohne Profil, Firma oder Datum) ist kein Kontakt; sie wurde übersprungen.',
    'skipped-file': (w) =>
      `${w.file} konnte nicht gelesen werden (${SKIPPED[w.reason ?? ''] ?? 'sie ist beschädigt'}); die übrigen Dateien wurden gelesen.`,
    'unrecognised-file': (w) =>
      `${w.file} sieht dem Namen nach wie ${w.what ?? 'eine Exportdatei'} aus, aber ${(w.columns?.length ?? 0) === 1 ? 'die Spalte' : 'die Spalten'} ${(w.columns ?? []).join(', ')} ${(w.columns?.length ?? 0) === 1 ? 'fehlt' : 'fehlen'}; sie wurde nicht verwendet.`,
    'duplicate-rows': (w) =>
      `${w.file} wiederholt ${plural(w.count ?? 0, 'Zeile', 'Zeilen')} aus einer anderen Datei derselben Art; jede wurde einmal gezählt.`,
    'too-many-rows': (w) =>
      `${w.file} enthält mehr Zeilen als jeder Export; nur die ersten ${count(w.limit ?? 0)} wurden gelesen.`,
  },
  timeAgo,
  monthYear,
  count,
};
