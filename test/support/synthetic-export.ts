// Deterministic generator of synthetic LinkedIn data exports with ground-truth labels.
//
// It models how a real network grows (jobs, the people met there, where they went afterwards, recruiters,
// classmates, conferences) and then writes the files the way LinkedIn does, era by era. Evidence such as
// messages, endorsements and recommendations is generated with imperfect probabilities, as in real life,
// so that a detector has to weigh it rather than read the answer off one column.
import {
  CITIES,
  COLLEAGUE_TITLES,
  COMPANY_PREFIXES,
  COMPANY_SUFFIXES,
  CONFERENCES,
  DEGREES,
  EMPLOYER_BASES,
  FIRST_NAMES,
  INDUSTRIES,
  LADDERS,
  LAST_NAMES,
  LEGAL_SUFFIXES,
  OTHER_TITLES,
  RECRUITER_TITLES,
  SIDE_COMPANIES,
  SIDE_ROLES,
  SKILLS,
  STAFFING_FIRMS,
  TOPICS,
  type Track,
  UNIVERSITIES,
  WEAK_SUFFIXES,
} from './synthetic-names.ts';

export type LabelCategory = 'former-colleague' | 'current-colleague' | 'alumni' | 'other';

export interface SyntheticOptions {
  seed: number;
  connections?: number;
  messages?: number;
  asOf?: string;
  era?: '2020' | '2023' | '2026';
  includePositions?: boolean;
}

export interface SyntheticLabel {
  profileUrl: string;
  name: string;
  category: LabelCategory;
  /** The owner's employer (spelled as in Positions.csv) the label refers to; colleagues and alumni only. */
  employer?: string;
}

export interface SyntheticExport {
  files: { name: string; text: string }[];
  labels: SyntheticLabel[];
  owner: {
    firstName: string;
    lastName: string;
    profileUrl: string;
    positions: { company: string; title: string; startedOn: string; finishedOn: string | null }[];
  };
  asOf: string;
}

// ---------------------------------------------------------------------------------------------------------
// Randomness and dates

class Rand {
  private state: number;

  constructor(seed: number) {
    // Fold all bits of the seed (not only the low 32) into the state.
    const s = Number.isFinite(seed) ? Math.floor(seed) : 0;
    const lo = s >>> 0;
    const hi = Math.floor(s / 4294967296) >>> 0;
    const h = Math.imul(hi ^ 0x85ebca6b, 0xc2b2ae35) >>> 0;
    this.state = (Math.imul(lo ^ h ^ 0x5bd1e995, 0x9e3779b1) ^ 0x1b873593) >>> 0;
  }

  /** mulberry32 */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi]; lo when the range is empty. */
  int(lo: number, hi: number): number {
    return hi <= lo ? lo : lo + Math.floor(this.next() * (hi - lo + 1));
  }

  range(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const v = items[Math.floor(this.next() * items.length)];
    if (v === undefined) throw new Error('synthetic-export: pick from an empty list');
    return v;
  }

  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const p of pairs) total += p[1];
    let x = this.next() * total;
    for (const p of pairs) {
      x -= p[1];
      if (x < 0) return p[0];
    }
    const last = pairs[pairs.length - 1];
    if (!last) throw new Error('synthetic-export: weighted pick from an empty list');
    return last[0];
  }

  expo(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  chars(n: number, alphabet: string): string {
    const codes: number[] = new Array(n);
    for (let i = 0; i < n; i++) codes[i] = alphabet.charCodeAt(Math.floor(this.next() * alphabet.length));
    return String.fromCharCode(...codes);
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const a = items[i] as T;
      items[i] = items[j] as T;
      items[j] = a;
    }
    return items;
  }
}

const DAY = 86_400;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Days since 1970-01-01 for a civil date (proleptic Gregorian, no Date object needed). */
function dayOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civil(day: number): [number, number, number] {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const years = (days: number): string => {
  const n = Math.max(1, Math.round(days / 365));
  return n === 1 ? 'a year' : `${n} years`;
};
const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const monthName = (m: number): string => MONTHS[m - 1] ?? 'Jan';
const monthStart = (mi: number): number => dayOf(Math.floor(mi / 12), (mi % 12) + 1, 1);
const monthEnd = (mi: number): number => monthStart(mi + 1) - 1;
const monthOfDay = (day: number): number => {
  const [y, m] = civil(day);
  return y * 12 + m - 1;
};

function isoDay(day: number): string {
  const [y, m, d] = civil(day);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Connections.csv: `05 Mar 2024` */
function fmtConnected(day: number): string {
  const [y, m, d] = civil(day);
  return `${pad2(d)} ${monthName(m)} ${y}`;
}

/** messages.csv `2023-03-12 14:05:33 UTC`, endorsements `2023/03/12 14:05:33 UTC` */
function fmtUtc(ts: number, sep: string): string {
  const day = Math.floor(ts / DAY);
  const s = ts - day * DAY;
  const [y, m, d] = civil(day);
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  return `${y}${sep}${pad2(m)}${sep}${pad2(d)} ${pad2(hh)}:${pad2(mm)}:${pad2(s % 60)} UTC`;
}

function clock12(ts: number): [number, number, string] {
  const s = ts - Math.floor(ts / DAY) * DAY;
  const h = Math.floor(s / 3600);
  return [h % 12 === 0 ? 12 : h % 12, Math.floor((s % 3600) / 60), h < 12 ? 'AM' : 'PM'];
}

/** Invitations.csv `3/7/26, 1:07 PM` */
function fmtInvite(ts: number): string {
  const [y, m, d] = civil(Math.floor(ts / DAY));
  const [h, mi, ap] = clock12(ts);
  return `${m}/${d}/${pad2(y % 100)}, ${h}:${pad2(mi)} ${ap}`;
}

/** Recommendations `03/12/20, 02:05 PM` */
function fmtRec(ts: number): string {
  const [y, m, d] = civil(Math.floor(ts / DAY));
  const [h, mi, ap] = clock12(ts);
  return `${pad2(m)}/${pad2(d)}/${pad2(y % 100)}, ${pad2(h)}:${pad2(mi)} ${ap}`;
}

/** Positions.csv `Mar 2019` or just `2019` */
function fmtPositionMonth(mi: number, yearOnly: boolean): string {
  const y = Math.floor(mi / 12);
  return yearOnly ? `${y}` : `${monthName((mi % 12) + 1)} ${y}`;
}

// ---------------------------------------------------------------------------------------------------------
// CSV

const NEEDS_QUOTES = /[",\r\n]/;
const escapeQuotes = (s: string): string => (s.includes('"') ? s.replace(/"/g, '""') : s);
const csvField = (s: string): string => (NEEDS_QUOTES.test(s) ? `"${escapeQuotes(s)}"` : s);
const csvQuoted = (s: string): string => `"${escapeQuotes(s)}"`;
const csvRow = (fields: readonly string[]): string => fields.map(csvField).join(',');
const csvRowQuoted = (fields: readonly string[]): string => fields.map(csvQuoted).join(',');

// ---------------------------------------------------------------------------------------------------------
// Model

interface Company {
  /** The spelling used in Positions.csv (employers) or the usual display name (other companies). */
  name: string;
  /** Short brand used in free text ("Welcome to Acme!"). */
  base: string;
  variants: readonly (readonly [string, number])[];
  weak: string;
}

interface Employer {
  company: Company;
  startMonth: number;
  endMonth: number | null;
  /** Owner's tenure in days; `end` is the as-of day for the current employer. */
  start: number;
  end: number;
  current: boolean;
  side: boolean;
  size: number;
  destinations: Company[];
  chrono: number;
}

interface PositionRow {
  employer: Employer;
  title: string;
  startMonth: number;
  endMonth: number | null;
  yearOnly: boolean;
  description: string;
  location: string;
}

type Kind = 'colleague' | 'alumni' | 'friend' | 'classmate' | 'industry' | 'recruiter' | 'hidden';

interface Person {
  order: number;
  kind: Kind;
  category: LabelCategory;
  /** Employer the label refers to (followers who joined the owner's current employer point there). */
  labelEmployer: Employer | null;
  /** Employer where they overlapped with the owner (colleagues) or that they are alumni of. */
  shared: Employer | null;
  first: string;
  last: string;
  csvFirst: string;
  csvLast: string;
  slug: string;
  url: string;
  hidden: boolean;
  connected: number;
  company: string;
  position: string;
  email: string;
  /** Their own time at `shared`; `still` when they are there now. */
  pS: number;
  pE: number;
  still: boolean;
  ovS: number;
  ovE: number;
  titleThen: string;
  companyThen: string;
}

interface Participant {
  name: string;
  first: string;
  url: string;
}

interface Msg {
  ts: number;
  from: Participant;
  subject: string;
  content: string;
  draft: boolean;
  attachment: string;
}

interface Conversation {
  id: string;
  title: string;
  members: Participant[];
  msgs: Msg[];
  last: number;
}

type ConvKind = 'one' | 'group' | 'recruiter' | 'inmail' | 'sponsored';

interface ConvPlan {
  kind: ConvKind;
  person: Person | null;
  group: Person[];
  groupDay: number;
  weight: number;
  size: number;
}

const ERA_CONNECTIONS_PREAMBLE = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
];

const LINKEDIN_LAUNCH = dayOf(2003, 5, 5);
const ENDORSEMENTS_LAUNCH = dayOf(2012, 9, 24);

const foldCache = new Map<string, string>();

/** ASCII slug part of a name ("Søren" -> "soren"); memoised, names repeat a lot. */
function fold(s: string): string {
  let v = foldCache.get(s);
  if (v === undefined) {
    v = foldUncached(s);
    foldCache.set(s, v);
  }
  return v;
}

function foldUncached(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/đ/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '');
}

function rawSlugPart(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/['’.]/g, '');
}

const hasNonAscii = (s: string): boolean => /[\u0080-\uffff]/.test(s);

function employerCompany(r: Rand, base: string): Company {
  const suffix = r.chance(0.25) ? '' : r.pick(LEGAL_SUFFIXES);
  const name = suffix ? `${base} ${suffix}` : base;
  const upper = base.toUpperCase();
  const v: [string, number][] = [
    [base, 44],
    [name, 22],
    [upper, 4],
  ];
  if (suffix === 'Inc.' || suffix === '') v.push([`${base}, Inc.`, 8], [`${base} Inc`, 4]);
  else v.push([`${base}, ${suffix}`, 4], [`${base} ${suffix.replace(/\.$/, '')}`.replace(/ $/, ''), 4]);
  if (suffix !== 'Corporation') v.push([`${base} Corporation`, 5], [`${upper} Corporation`, 2]);
  return { name, base, variants: v, weak: `${base} ${r.pick(WEAK_SUFFIXES)}` };
}

function plainCompany(name: string): Company {
  return {
    name,
    base: name,
    variants: [
      [name, 80],
      [`${name} Inc.`, 10],
      [`${name}, Inc.`, 5],
      [name.toUpperCase(), 2],
    ],
    weak: name,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Message texts (written from the sender's point of view; `to` is the addressee's first name)

interface Say {
  to: string;
  from: string;
  company: string;
  theirCompany: string;
  topic: string;
  title: string;
  conf: string;
}

type Tpl = (c: Say) => string;

const T_WORK: Tpl[] = [
  (c) => `Hey ${c.to}, do you have a minute to look at ${c.topic}?`,
  (c) => `Thanks for the help with ${c.topic} today!`,
  (c) => `Are you going to the ${c.company} all-hands later?`,
  (c) => `Quick one: who owns ${c.topic} now?`,
  (c) => `Can you send me the deck from ${c.topic}?`,
  () => 'Lunch tomorrow?',
  (c) => `I left some comments on ${c.topic}, let me know what you think.`,
  (c) => `Running 5 min late for ${c.topic}, start without me`,
  () => 'Did you see the email from leadership? Thoughts?',
  (c) => `Can we move our 1:1 to Thursday, ${c.to}?`,
];
const T_WELCOME_TO_OWNER: Tpl[] = [
  (c) => `Welcome to ${c.company}, ${c.to}! Let me know if you need anything.`,
  () => 'Great to have you on the team! Coffee this week?',
  (c) => `Hi ${c.to}, welcome aboard! I'll be your onboarding buddy at ${c.company}.`,
];
const T_NEWCOMER: Tpl[] = [
  (c) => `Hi ${c.to}, I just joined ${c.company} and would love 30 minutes to learn about your team.`,
  (c) => `Hi ${c.to}, great meeting you today! Looking forward to working together.`,
];
const T_I_LEAVE: Tpl[] = [
  (c) => `Today is my last day at ${c.company}. It was a pleasure working with you, ${c.to}!`,
  (c) => `Hey ${c.to}, before I leave ${c.company}: thanks for everything. Keep in touch!`,
];
const T_YOU_LEAVE: Tpl[] = [
  (c) => `Sad to see you go, ${c.to}! Let's stay in touch.`,
  (c) => `${c.company} won't be the same without you, ${c.to}. Good luck!`,
];
const T_CHAT: Tpl[] = [
  () => 'How is the family?',
  () => 'We should grab lunch soon.',
  () => 'Are you still in touch with anyone from the old team?',
  () => "I'm in town next week, coffee?",
  () => 'Haha, some things never change',
  () => 'Let me know how it goes!',
];
const T_OWNER_TO_ALUMNI: Tpl[] = [
  (c) => `Hi ${c.to}, I noticed we both worked at ${c.company}. Would you be up for a quick chat?`,
  (c) => `Hi ${c.to}, thanks for connecting! Always nice to meet fellow ${c.company} people.`,
  (c) => `Hi ${c.to}, how do you like ${c.company} these days?`,
];
const T_AFTER: Tpl[] = [
  (c) => `Congrats on the new role at ${c.theirCompany}! 🎉`,
  (c) => `Hey ${c.to}, long time no see! How are things at ${c.theirCompany}?`,
  (c) => `Hi ${c.to}, I miss working with you at ${c.company}. Coffee sometime?`,
  (c) => `Are you coming to the ${c.company} reunion drinks next week?`,
  (c) => `Hi ${c.to}, would you be open to being a reference for me?`,
  (c) => `Hi ${c.to}, we're hiring a ${c.title} and I thought of you right away.`,
  (c) => `Happy work anniversary, ${c.to}!`,
  () => 'Saw the news about the reorg, hope you are doing ok!',
];
const T_REPLY: Tpl[] = [
  () => 'Sure!',
  () => 'Thanks, will do.',
  () => 'Sounds good 👍',
  () => 'Haha yes',
  () => 'On it.',
  () => 'Let me check and get back to you.',
  () => 'Perfect, thanks!',
  () => 'Yes, tomorrow works.',
  (c) => `Thanks ${c.to}! Really appreciate it.`,
  () => 'Great to hear from you!',
  () => 'Absolutely, let me know when suits you.',
  () => 'Ha, that is so true',
  () => 'ok',
];
const T_FRIEND: Tpl[] = [
  () => 'Happy birthday!! 🎂',
  () => 'Are you around this weekend?',
  () => 'Saw this and thought of you',
  (c) => `How was the trip, ${c.to}?`,
  () => 'Congrats on the new job!',
  () => 'Dinner next week? The usual place?',
  (c) => `Hey ${c.to}, can you send me the photos from Saturday?`,
];
const T_CLASSMATE: Tpl[] = [
  () => 'Reunion next month, are you coming?',
  (c) => `Hey ${c.to}! Do you still have the notes from the statistics course?`,
  () => 'Study group tonight at the library?',
  (c) => `Long time! What are you up to these days, ${c.to}?`,
];
const T_INDUSTRY: Tpl[] = [
  (c) => `Great meeting you at ${c.conf}, ${c.to}!`,
  (c) => `Thanks for the talk at ${c.conf}. Could you share the slides?`,
  (c) =>
    `Hi ${c.to}, I'd love to show you how ${c.theirCompany} helps teams like yours cut their cloud bill. 15 minutes next week?`,
  (c) => `Hi ${c.to}, just following up on my last note.`,
  (c) => `Hi ${c.to}, we're organising a panel on ${c.topic}. Would you like to speak?`,
];
const T_ALUMNI: Tpl[] = [
  (c) => `Hi ${c.to}, I saw you used to work at ${c.company}. I just joined and would love your advice.`,
  (c) => `Hi ${c.to}, fellow ${c.company} alum here! Would you be open to a quick chat?`,
  (c) => `Hi ${c.to}, I'm interviewing at ${c.company}. How did you find the engineering culture there?`,
  (c) => `Hey ${c.to}, are you going to the ${c.company} alumni meetup?`,
];
const T_RECRUITER: Tpl[] = [
  (c) =>
    `Hi ${c.to}, I came across your profile and I'm working on a ${c.title} role with a fast-growing company. Fully remote, very competitive package. Open to a quick chat?`,
  (c) =>
    `Hello ${c.to}, I'm partnering with a well-funded Series B startup looking for a ${c.title}. Your background looks like a great fit. Would you be interested?`,
  (c) =>
    `Hi ${c.to}, hope you're well! Are you open to new opportunities? I have a ${c.title} position that matches your experience.`,
];
const T_RECRUITER_FOLLOWUP: Tpl[] = [
  (c) => `Hi ${c.to}, just following up on my previous message. Let me know if you'd like to hear more!`,
  () => 'Bumping this in case it got lost in your inbox.',
];
const T_OWNER_TO_RECRUITER: Tpl[] = [
  () => "Thanks for reaching out, but I'm not looking at the moment.",
  () => 'Happy to chat. What is the compensation range?',
  () => 'Thanks, not interested right now. Good luck with the search!',
];
const RECRUITER_SUBJECTS = [
  'Exciting opportunity',
  'Quick question',
  'Role that fits your background',
  'Hello!',
];
const T_GROUP: Tpl[] = [
  () => "Who's in for drinks on Friday?",
  (c) => `Notes from ${c.topic} are in the doc`,
  () => 'Welcome to the group!',
  (c) => `Reminder: ${c.topic} moved to 3pm`,
  () => 'Happy Friday everyone!',
];

// ---------------------------------------------------------------------------------------------------------
// The builder

class Builder {
  readonly r: Rand;
  readonly era: '2020' | '2023' | '2026';
  readonly asOfDay: number;
  readonly asOfMonth: number;
  readonly connections: number;
  readonly messages: number;
  readonly includePositions: boolean;

  track: Track = 'engineering';
  ownerFirst = '';
  ownerLast = '';
  ownerSlug = '';
  ownerUrl = '';
  ownerMe: Participant = { name: '', first: '', url: '' };
  uniStart = 0;
  uniEnd = 0;
  ownerJoin = 0;
  firstStart = 0;
  university = '';
  city = '';
  employers: Employer[] = [];
  rows: PositionRow[] = [];
  people: Person[] = [];
  conferences: [number, string][] = [];
  usedSlugs = new Set<string>();
  pool: string[] = [];
  poolCache = new Map<string, Company>();
  order = 0;

  constructor(o: SyntheticOptions, asOfDay: number) {
    this.r = new Rand(o.seed);
    this.era = o.era ?? '2026';
    this.asOfDay = asOfDay;
    this.asOfMonth = monthOfDay(asOfDay);
    this.connections = Math.max(0, Math.floor(o.connections ?? 600));
    this.messages = Math.max(0, Math.floor(o.messages ?? this.connections * 2));
    this.includePositions = o.includePositions ?? true;
    const combos: string[] = [];
    for (const p of COMPANY_PREFIXES) for (const s of COMPANY_SUFFIXES) combos.push(`${p} ${s}`);
    this.pool = this.r.shuffle(combos);
  }

  get current(): Employer {
    const e = this.employers.find((x) => x.current);
    if (!e) throw new Error('synthetic-export: no current employer');
    return e;
  }

  // -- companies ------------------------------------------------------------------------------------------

  poolCompany(index: number): Company {
    const name = this.pool[index % this.pool.length] ?? 'Nova Analytics';
    let c = this.poolCache.get(name);
    if (!c) {
      c = plainCompany(name);
      this.poolCache.set(name, c);
    }
    return c;
  }

  /** A random other company, popular ones more often (Zipf-like). */
  randomCompany(): Company {
    return this.poolCompany(Math.floor(this.pool.length * this.r.next() ** 2.2));
  }

  variant(c: Company): string {
    return this.r.weighted(c.variants);
  }

  // -- people ---------------------------------------------------------------------------------------------

  makeSlug(first: string, last: string): string {
    const r = this.r;
    const keepRaw = hasNonAscii(first + last) && r.chance(0.5);
    let f = keepRaw ? rawSlugPart(first) : fold(first);
    let l = keepRaw ? rawSlugPart(last) : fold(last);
    if (!f) f = 'member';
    if (!l) l = r.chars(4, HEX);
    const x = r.next();
    let slug: string;
    if (x < 0.55) slug = `${f}-${l}-${r.chars(r.pick([6, 7, 8, 9]), HEX)}`;
    else if (x < 0.68) slug = `${f}-${l}`;
    else if (x < 0.78) slug = `${f}${l}`.replace(/-/g, '');
    else if (x < 0.85) slug = `${f.charAt(0)}${l}`;
    else if (x < 0.96) slug = `${f}-${l}-${r.int(1, 999)}`;
    else slug = `${f.charAt(0).toUpperCase()}${f.slice(1)}${l.charAt(0).toUpperCase()}${l.slice(1)}`;
    while (this.usedSlugs.has(slug.toLowerCase())) slug = `${f}-${l}-${r.chars(8, HEX)}`;
    this.usedSlugs.add(slug.toLowerCase());
    return slug;
  }

  newPerson(kind: Kind, category: LabelCategory): Person {
    const r = this.r;
    const first = r.pick(FIRST_NAMES);
    const plainLast = r.pick(LAST_NAMES);
    let last = plainLast;
    const x = r.next();
    if (x < 0.012) last = `${plainLast}, ${r.pick(['PhD', 'MBA', 'CFA', 'PMP', 'CPA', 'MD'])}`;
    else if (x < 0.018) last = `${plainLast} ${r.pick(['🚀', '🌍', '✨', '☕', '🌱'])}`;
    else if (x < 0.022) last = `${plainLast} (${r.pick(['she/her', 'he/him', 'they/them'])})`;
    const slug = this.makeSlug(first, plainLast);
    const p: Person = {
      order: this.order++,
      kind,
      category,
      labelEmployer: null,
      shared: null,
      first,
      last,
      csvFirst: r.chance(0.01) ? `${first} ` : first,
      csvLast: r.chance(0.01) ? `${last} ` : r.chance(0.005) ? ` ${last}` : last,
      slug,
      url: `https://www.linkedin.com/in/${slug}`,
      hidden: false,
      connected: 0,
      company: '',
      position: '',
      email: '',
      pS: 0,
      pE: 0,
      still: false,
      ovS: 0,
      ovE: 0,
      titleThen: '',
      companyThen: '',
    };
    if (r.chance(0.008))
      p.email = `${fold(first).replace(/-/g, '')}.${fold(plainLast).replace(/-/g, '')}@gmail.com`;
    this.people.push(p);
    return p;
  }

  clampDay(d: number): number {
    return Math.min(this.asOfDay, Math.max(this.ownerJoin, Math.round(d)));
  }

  colleagueTitle(): string {
    const r = this.r;
    const group = r.weighted<Track | 'business' | 'people'>([
      [this.track, 48],
      ['engineering', 12],
      ['product', 8],
      ['data', 6],
      ['design', 5],
      ['business', 17],
      ['people', 4],
    ]);
    return r.pick(COLLEAGUE_TITLES[group]);
  }

  laterTitle(then: string): string {
    const r = this.r;
    if (r.chance(0.35)) return then;
    const promotable =
      /(Engineer|Designer|Scientist|Analyst|Developer|Product Manager|Researcher|Recruiter)$/;
    if (r.chance(0.3) && promotable.test(then) && !/^(Senior|Staff|Principal|Lead) /.test(then)) {
      return `Senior ${then}`;
    }
    return this.colleagueTitle();
  }

  // -- the owner ------------------------------------------------------------------------------------------

  buildOwner(): void {
    const r = this.r;
    this.track = r.pick<Track>(['engineering', 'engineering', 'product', 'data', 'design']);
    this.ownerFirst = r.pick(FIRST_NAMES.slice(0, 140));
    this.ownerLast = r.pick(LAST_NAMES.slice(0, 130));
    this.ownerSlug = `${fold(this.ownerFirst)}-${fold(this.ownerLast)}-${r.chars(8, HEX)}`;
    this.usedSlugs.add(this.ownerSlug);
    this.ownerUrl = `https://www.linkedin.com/in/${this.ownerSlug}`;
    this.ownerMe = {
      name: `${this.ownerFirst} ${this.ownerLast}`,
      first: this.ownerFirst,
      url: this.ownerUrl,
    };
    this.city = r.pick(CITIES);
    this.university = r.pick(UNIVERSITIES);

    const careerYears = r.int(8, 15);
    const firstMonth = this.asOfMonth - careerYears * 12 - r.int(0, 11);
    const nJobs = r.weighted([
      [3, 35],
      [4, 40],
      [5, 25],
    ] as const);
    const total = this.asOfMonth - firstMonth;
    const currentLen = Math.max(6, Math.min(r.int(6, 48), total - (nJobs - 1) * 16));
    const currentStart = this.asOfMonth - currentLen + 1;
    const gaps: number[] = [];
    for (let i = 0; i < nJobs - 1; i++) gaps.push(r.chance(0.5) ? 0 : r.int(1, 3));
    const room = currentStart - firstMonth - gaps.reduce((a, b) => a + b, 0);
    const weights: number[] = [];
    for (let i = 0; i < nJobs - 1; i++) weights.push(r.range(0.6, 1.6));
    const wsum = weights.reduce((a, b) => a + b, 0);
    const extra = Math.max(0, room - 10 * (nJobs - 1));
    const lens = weights.map((w) => 10 + Math.floor((extra * w) / wsum));

    const bases = r.shuffle([...EMPLOYER_BASES]);
    const ladder = LADDERS[this.track];
    let level = r.int(0, 1);
    let cursor = firstMonth;
    const spans: [number, number | null][] = [];
    for (let i = 0; i < nJobs; i++) {
      const isCurrent = i === nJobs - 1;
      const start = isCurrent ? Math.max(cursor, currentStart) : cursor;
      const end = isCurrent ? null : start + (lens[i] ?? 12) - 1;
      spans.push([start, end]);
      if (end !== null) cursor = end + 1 + (gaps[i] ?? 0) - (gaps[i] === 0 && r.chance(0.3) ? 1 : 0);
    }
    this.firstStart = monthStart(firstMonth);
    this.uniEnd = this.firstStart - r.int(0, 120);
    this.uniStart = this.uniEnd - r.int(4, 6) * 365 - r.int(0, 150);
    this.ownerJoin = Math.max(LINKEDIN_LAUNCH, this.uniStart + r.int(100, 800));

    spans.forEach(([start, end], i) => {
      const isCurrent = end === null;
      const company = employerCompany(r, bases[i] ?? `Company ${i}`);
      const e: Employer = {
        company,
        startMonth: start,
        endMonth: end,
        start: monthStart(start),
        end: end === null ? this.asOfDay : monthEnd(end),
        current: isCurrent,
        side: false,
        size: r.pick([0.5, 0.8, 1, 1, 1.3, 1.8]),
        destinations: [],
        chrono: i,
      };
      this.employers.push(e);
      const len = (end ?? this.asOfMonth) - start + 1;
      const title = ladder[Math.min(level, ladder.length - 1)] ?? 'Engineer';
      if (len >= 24 && r.chance(0.5)) {
        // A promotion: two rows for the same company.
        const split = start + Math.floor(len * r.range(0.35, 0.65));
        const endFirst = r.chance(0.5) ? split : split - 1;
        this.addRow(e, title, start, endFirst);
        level++;
        this.addRow(e, ladder[Math.min(level, ladder.length - 1)] ?? title, split, end);
      } else {
        this.addRow(e, title, start, end);
      }
      level += r.chance(0.7) ? 1 : 0;
    });

    // Occasionally a short side role overlapping a main job.
    const hosts = this.employers.filter((e) => !e.current && (e.endMonth ?? 0) - e.startMonth >= 14);
    if (hosts.length > 0 && r.chance(0.4)) {
      const host = r.pick(hosts);
      const start = host.startMonth + r.int(2, (host.endMonth ?? host.startMonth) - host.startMonth - 8);
      const end = Math.min(start + r.int(4, 14) - 1, this.asOfMonth - 2);
      const name = r.pick(SIDE_COMPANIES);
      const e: Employer = {
        company: { name, base: name, variants: [[name, 1]], weak: `${name} Community` },
        startMonth: start,
        endMonth: end,
        start: monthStart(start),
        end: monthEnd(end),
        current: false,
        side: true,
        size: 0,
        destinations: [],
        chrono: host.chrono,
      };
      this.employers.push(e);
      this.addRow(e, r.pick(SIDE_ROLES), start, end);
    }
    this.rows.sort((a, b) => b.startMonth - a.startMonth || (a.endMonth === null ? -1 : 0));

    // Alumni destinations: a few companies where several ex-colleagues of the same employer end up.
    for (const e of this.employers) {
      if (e.current || e.side) continue;
      const n = r.weighted([
        [1, 40],
        [2, 45],
        [3, 15],
      ] as const);
      for (let i = 0; i < n; i++) e.destinations.push(this.poolCompany(r.int(30, 400)));
    }

    const confCount = Math.max(3, Math.round(careerYears * 0.8));
    for (let i = 0; i < confCount; i++) {
      this.conferences.push([r.int(this.firstStart, this.asOfDay - 10), r.pick(CONFERENCES)]);
    }
  }

  addRow(e: Employer, title: string, startMonth: number, endMonth: number | null): void {
    const r = this.r;
    const yearOnly = endMonth !== null ? r.chance(0.15) : false;
    let description = '';
    const x = r.next();
    if (x < 0.35)
      description = `Worked on ${r.pick(TOPICS)} and ${r.pick(TOPICS)}, with a team of ${r.int(3, 40)}.`;
    else if (x < 0.5)
      description = `Led ${r.pick(TOPICS)}.\n- Built ${r.pick(TOPICS)}, end to end\n- Hired and mentored ${r.int(2, 9)} people`;
    this.rows.push({
      employer: e,
      title,
      startMonth,
      endMonth,
      yearOnly,
      description,
      location: r.chance(0.8) ? this.city : '',
    });
  }

  // -- connections ----------------------------------------------------------------------------------------

  buildPeople(): void {
    const r = this.r;
    const N = this.connections;
    const nHidden = N >= 40 ? Math.max(1, Math.round(N * r.range(0.006, 0.014))) : 0;
    const take = (share: number): number => Math.round(N * share);
    const nColl = take(r.range(0.36, 0.46));
    const nAlum = take(r.range(0.06, 0.1));
    const nRec = take(r.range(0.07, 0.11));
    const nClass = take(r.range(0.06, 0.1));
    const nFriend = take(r.range(0.05, 0.08));
    const nIndustry = Math.max(0, N - nHidden - nColl - nAlum - nRec - nClass - nFriend);

    // Colleagues per employer: longer, bigger and more recent jobs yield more connections.
    const mains = this.employers.filter((e) => !e.side);
    const sides = this.employers.filter((e) => e.side);
    let sideCount = 0;
    for (const e of sides) {
      const n = Math.min(nColl, N >= 100 ? r.int(1, 3) : r.int(0, 1));
      sideCount += n;
      for (let i = 0; i < n; i++) this.makeColleague(e);
    }
    const collWeights = mains.map(
      (e) =>
        (((e.end - e.start) / 365) ** 0.7 + 0.3) * e.size * (1 + 0.15 * e.chrono) * (e.current ? 1.25 : 1),
    );
    this.apportion(nColl - sideCount, collWeights).forEach((n, i) => {
      const e = mains[i];
      if (e) for (let k = 0; k < n; k++) this.makeColleague(e);
    });

    const former = mains.filter((e) => !e.current);
    const alumWeights = former.map((e) => e.size * (1 + ((this.asOfDay - e.end) / 365) * 0.25));
    this.apportion(nAlum, alumWeights).forEach((n, i) => {
      const e = former[i];
      if (e) for (let k = 0; k < n; k++) this.makeAlumnus(e);
    });

    for (let i = 0; i < nRec; i++) this.makeRecruiter();
    for (let i = 0; i < nClass; i++) this.makeClassmate();
    for (let i = 0; i < nFriend; i++) this.makeFriend();
    for (let i = 0; i < nIndustry; i++) this.makeIndustry();
    for (let i = 0; i < nHidden; i++) {
      const p = this.newPerson('hidden', 'other');
      p.hidden = true;
      p.connected = r.int(this.ownerJoin, this.asOfDay);
    }
    this.injectHardCases();
    this.people.sort((a, b) => b.connected - a.connected || a.order - b.order);
  }

  apportion(total: number, weights: number[]): number[] {
    const sum = weights.reduce((a, b) => a + b, 0);
    if (total <= 0 || sum <= 0) return weights.map(() => 0);
    const exact = weights.map((w) => (total * w) / sum);
    const out = exact.map(Math.floor);
    let left = total - out.reduce((a, b) => a + b, 0);
    const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
    for (const [, i] of byRemainder) {
      if (left <= 0) break;
      out[i] = (out[i] ?? 0) + 1;
      left--;
    }
    return out;
  }

  tenureLength(): number {
    return Math.min(4200, 220 + Math.round(this.r.expo(950)));
  }

  makeColleague(e: Employer): void {
    const r = this.r;
    const oS = e.start;
    const oE = e.end;
    // Most of the people one works with were already there on day one.
    const pS = r.chance(0.55) ? oS - r.int(20, 2400) : r.int(oS, Math.max(oS, oE - 45));
    let pE = pS + (r.chance(0.12) ? 400 + Math.round(r.expo(3000)) : this.tenureLength());
    const minEnd = Math.max(pS, oS) + 45;
    if (pE < minEnd) pE = minEnd + r.int(0, 150);
    if (e.side) pE = Math.min(pE, oE + r.int(0, 400));
    const still = !e.side && pE >= this.asOfDay - 7;
    const ovS = Math.max(pS, oS);
    const ovE = Math.min(still ? this.asOfDay : pE, oE);
    const p = this.newPerson('colleague', 'former-colleague');
    p.shared = e;
    p.labelEmployer = e;
    p.pS = pS;
    p.pE = still ? this.asOfDay : pE;
    p.still = still;
    p.ovS = ovS;
    p.ovE = ovE;
    p.titleThen = this.colleagueTitle();
    p.companyThen = this.variant(e.company);
    if (still) {
      p.category = e.current ? 'current-colleague' : 'former-colleague';
      p.company = this.variant(e.company);
      p.position = r.chance(0.3) ? this.laterTitle(p.titleThen) : p.titleThen;
    } else {
      p.position = this.laterTitle(p.titleThen);
      const cur = this.current;
      const x = r.next();
      if (!e.current && !e.side && x < 0.035 && pE < this.asOfDay - 40) {
        // Followed the owner (or was followed) to the owner's current employer.
        p.category = 'current-colleague';
        p.labelEmployer = cur;
        p.company = this.variant(cur.company);
      } else if (x < 0.26 && e.destinations.length > 0) {
        p.company = this.variant(r.pick(e.destinations));
      } else if (x < 0.32) {
        p.company = '';
        p.position = r.chance(0.5) ? '' : p.position;
      } else {
        p.company = this.variant(this.randomCompany());
      }
    }
    p.connected = this.clampDay(this.colleagueConnectDay(p, e));
  }

  colleagueConnectDay(p: Person, e: Employer): number {
    const r = this.r;
    const { ovS, ovE } = p;
    const x = r.next();
    if (x < 0.07 && p.pS < e.start - 30) return e.start - r.int(3, 50); // interviewers, hiring manager
    if (x < 0.45) {
      // The burst of the first months of the owner's job, or when the colleague joins later.
      const from = Math.max(p.pS, e.start);
      return Math.min(ovE, from + Math.round(Math.min(r.expo(35), 120)));
    }
    if (x < 0.75) return r.int(ovS, ovE);
    if (x < 0.85) {
      if (!e.current && (p.still || p.pE >= e.end)) return e.end + r.int(-40, 30); // the owner leaves
      if (!p.still) return p.pE + r.int(-30, 20); // they leave
      return r.int(ovS, ovE);
    }
    if (ovE >= this.asOfDay - 30) return r.int(ovS, ovE);
    // Connected only later, when one of them looked the other up.
    const after = Math.min(this.asOfDay, ovE + 1);
    return after + Math.floor((this.asOfDay - after) * r.next() ** 1.6);
  }

  makeAlumnus(e: Employer): void {
    const r = this.r;
    const p = this.newPerson('alumni', 'alumni');
    p.shared = e;
    p.labelEmployer = e;
    p.titleThen = this.colleagueTitle();
    p.companyThen = this.variant(e.company);
    const roomAfter = this.asOfDay - e.end;
    if (roomAfter > 90 && r.chance(0.62)) {
      // Joined after the owner left.
      p.pS = r.int(e.end + 20, this.asOfDay - 30);
      p.still = r.chance(0.72);
      p.pE = p.still ? this.asOfDay : r.int(Math.min(p.pS + 90, this.asOfDay - 10), this.asOfDay - 10);
      if (p.pE >= this.asOfDay - 10) p.still = true;
      p.connected = this.clampDay(r.int(Math.max(e.end + 1, p.pS - 150), this.asOfDay));
    } else {
      // Left before the owner joined.
      p.pE = e.start - r.int(10, 2200);
      p.pS = p.pE - this.tenureLength();
      p.still = false;
      const x = r.next();
      if (x < 0.3 && p.pS < e.start - 30) {
        p.connected = this.clampDay(r.int(Math.max(this.ownerJoin, p.pS), e.start - 1));
      } else if (x < 0.55) {
        p.connected = this.clampDay(r.int(e.start, e.end)); // met at an event, a referral
      } else {
        p.connected = this.clampDay(r.int(e.end + 1, this.asOfDay));
      }
    }
    if (p.still) {
      p.company = this.variant(e.company);
      p.position = p.titleThen;
    } else {
      const x = r.next();
      p.position = this.laterTitle(p.titleThen);
      if (x < 0.3 && e.destinations.length > 0) p.company = this.variant(r.pick(e.destinations));
      else if (x < 0.37) p.company = '';
      else p.company = this.variant(this.randomCompany());
    }
  }

  makeRecruiter(): void {
    const r = this.r;
    const p = this.newPerson('recruiter', 'other');
    if (r.chance(0.7)) {
      p.company = r.pick(STAFFING_FIRMS);
      p.position = r.pick(RECRUITER_TITLES);
    } else {
      p.company = this.variant(this.randomCompany());
      p.position = r.pick([
        'Technical Recruiter',
        'Talent Acquisition Partner',
        'Recruiter',
        'Senior Sourcer',
      ]);
    }
    const x = r.next();
    const mains = this.employers.filter((e) => !e.side && e.chrono > 0);
    if (x < 0.55 || mains.length === 0) {
      p.connected = r.int(this.firstStart - 120, this.asOfDay);
    } else if (x < 0.85) {
      const e = r.pick(mains); // job hunting: recruiters cluster around a job change
      p.connected = e.start - r.int(-20, 150);
    } else {
      p.connected = r.int(this.asOfDay - 730, this.asOfDay);
    }
    p.connected = this.clampDay(p.connected);
  }

  makeClassmate(): void {
    const r = this.r;
    const p = this.newPerson('classmate', 'other');
    p.connected = this.clampDay(
      r.chance(0.72) ? r.int(this.uniStart, this.firstStart + 60) : r.int(this.ownerJoin, this.asOfDay),
    );
    this.otherJob(p);
  }

  makeFriend(): void {
    const p = this.newPerson('friend', 'other');
    p.connected = this.clampDay(this.r.int(this.ownerJoin, this.asOfDay));
    this.otherJob(p);
  }

  makeIndustry(): void {
    const r = this.r;
    const p = this.newPerson('industry', 'other');
    if (r.chance(0.35) && this.conferences.length > 0) {
      const [day] = r.pick(this.conferences);
      p.connected = this.clampDay(day + r.int(0, 4));
    } else {
      const span = this.asOfDay - this.firstStart;
      p.connected = this.clampDay(this.firstStart + Math.floor(span * r.next() ** 0.8));
    }
    this.otherJob(p);
    // Some vendors, customers and peers sit at the companies where ex-colleagues went.
    const dests = this.employers.flatMap((e) => e.destinations);
    if (dests.length > 0 && r.chance(0.04)) p.company = this.variant(r.pick(dests));
    if (r.chance(0.5)) p.position = this.colleagueTitle();
  }

  otherJob(p: Person): void {
    const r = this.r;
    if (r.chance(0.06)) return;
    p.company = this.variant(this.randomCompany());
    p.position = r.chance(0.5) ? r.pick(OTHER_TITLES) : this.colleagueTitle();
  }

  injectHardCases(): void {
    const r = this.r;
    const formers = this.people.filter((p) => p.category === 'former-colleague');
    const others = this.people.filter((p) => p.kind === 'industry' || p.kind === 'friend');
    const a = formers.length > 0 ? r.pick(formers) : undefined;
    const b = others.length > 0 ? r.pick(others) : undefined;
    if (a && b) {
      // Two people called Chris Lee: one a colleague, one not.
      for (const p of [a, b]) {
        p.first = 'Chris';
        p.last = 'Lee';
        p.csvFirst = 'Chris';
        p.csvLast = 'Lee';
        this.usedSlugs.delete(p.slug.toLowerCase());
        p.slug = this.makeSlug('Chris', 'Lee');
        p.url = `https://www.linkedin.com/in/${p.slug}`;
      }
    }
    // Colleagues still at an employer sometimes name a team or unit rather than the company.
    const atEmployer = this.people.filter(
      (p) => p.kind === 'colleague' && p.still && p.labelEmployer && !p.labelEmployer.side,
    );
    let weak = 0;
    for (const p of atEmployer) {
      if (r.chance(0.04) && p.labelEmployer) {
        p.company = p.labelEmployer.company.weak;
        weak++;
      }
    }
    const w = atEmployer.length > 0 ? r.pick(atEmployer) : undefined;
    if (weak === 0 && w?.labelEmployer) w.company = w.labelEmployer.company.weak;
    // At least one credential with a comma, one stray space, one non-ASCII slug, when big enough.
    const visible = this.people.filter((p) => !p.hidden && p !== a && p !== b);
    if (visible.length >= 20) {
      const c = r.pick(visible);
      if (!c.last.includes(',')) {
        c.last = `${c.last.replace(/ \(.*\)$/, '')}, PhD`;
        c.csvLast = c.last;
      }
      const s = r.pick(visible);
      s.csvFirst = ` ${s.first}`;
      const withCompany = visible.filter((p) => p.company !== '');
      if (withCompany.length > 0) {
        const sc = r.pick(withCompany);
        sc.company = `${sc.company} `;
      }
      if (!visible.some((p) => hasNonAscii(p.slug))) {
        const u = r.pick(visible);
        u.first = 'José';
        u.csvFirst = 'José';
        this.usedSlugs.delete(u.slug.toLowerCase());
        let slug = `josé-${rawSlugPart(u.last.replace(/[,(].*$/, '').trim())}-${r.chars(6, HEX)}`;
        while (this.usedSlugs.has(slug)) slug = `josé-${r.chars(8, HEX)}`;
        this.usedSlugs.add(slug);
        u.slug = slug;
        u.url = `https://www.linkedin.com/in/${slug}`;
      }
    }
  }

  // -- files ----------------------------------------------------------------------------------------------

  connectionsCsv(): string {
    const lines: string[] = [];
    const withUrl = this.era !== '2020';
    if (withUrl) lines.push(...ERA_CONNECTIONS_PREAMBLE);
    lines.push(
      withUrl
        ? 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'
        : 'First Name,Last Name,Email Address,Company,Position,Connected On',
    );
    for (const p of this.people) {
      const when = fmtConnected(p.connected);
      if (p.hidden) {
        lines.push(withUrl ? `,,,,,,${when}` : `,,,,,${when}`);
        continue;
      }
      const url = `https://www.linkedin.com/in/${encodeURIComponent(p.slug)}`;
      const fields = withUrl
        ? [p.csvFirst, p.csvLast, url, p.email, p.company, p.position, when]
        : [p.csvFirst, p.csvLast, p.email, p.company, p.position, when];
      lines.push(csvRow(fields));
    }
    return lines.join('\n');
  }

  labels(): SyntheticLabel[] {
    const out: SyntheticLabel[] = [];
    for (const p of this.people) {
      if (p.hidden) continue;
      const label: SyntheticLabel = {
        profileUrl: `https://www.linkedin.com/in/${encodeURIComponent(p.slug)}`,
        name: `${p.first} ${p.last}`,
        category: p.category,
      };
      if (p.category !== 'other' && p.labelEmployer) label.employer = p.labelEmployer.company.name;
      out.push(label);
    }
    return out;
  }

  positionsCsv(): string {
    const lines = ['Company Name,Title,Description,Location,Started On,Finished On'];
    for (const row of this.rows) {
      lines.push(
        csvRow([
          row.employer.company.name,
          row.title,
          row.description,
          row.location,
          fmtPositionMonth(row.startMonth, row.yearOnly),
          row.endMonth === null ? '' : fmtPositionMonth(row.endMonth, row.yearOnly),
        ]),
      );
    }
    return `${lines.join('\n')}\n`;
  }

  profileCsv(): string {
    const top = this.rows.find((x) => x.endMonth === null) ?? this.rows[0];
    const headline = top ? `${top.title} at ${top.employer.company.base}` : '';
    const summary = `${headline}. I like building things, shipping often and growing teams.\nPreviously at ${this.employers
      .filter((e) => !e.current && !e.side)
      .map((e) => e.company.base)
      .join(', ')}.`;
    return `${[
      'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers',
      csvRow([
        this.ownerFirst,
        this.ownerLast,
        '',
        '',
        '',
        headline,
        summary,
        this.r.pick(INDUSTRIES),
        '',
        this.city,
        '',
        '',
        '',
      ]),
    ].join('\n')}\n`;
  }

  educationCsv(): string {
    const [y0] = civil(this.uniStart);
    const [y1] = civil(this.uniEnd);
    return `${[
      'School Name,Start Date,End Date,Notes,Degree Name,Activities',
      csvRow([this.university, `${y0}`, `${y1}`, '', this.r.pick(DEGREES), '']),
    ].join('\n')}\n`;
  }

  // -- messages -------------------------------------------------------------------------------------------

  participant(p: Person): Participant {
    return { name: `${p.first} ${p.last}`, first: p.first, url: p.url };
  }

  /** Text parameters; `theirCompany` is the addressee's current company. */
  say(to: string, from: string, p: Person | null, fromOwner = false): Say {
    const r = this.r;
    return {
      to,
      from,
      company: p?.shared ? p.shared.company.base : this.current.company.base,
      theirCompany: fromOwner ? p?.company.trim() || 'the new place' : this.current.company.base,
      topic: r.pick(TOPICS),
      title: r.pick(LADDERS[this.track]),
      conf: r.pick(CONFERENCES),
    };
  }

  /** Sometimes a first message becomes a small letter; only the 2026 export keeps raw line breaks. */
  letter(body: string, to: string, from: string): string {
    if (!this.r.chance(0.3)) return body;
    const text = `Hi ${to},\n\n${body}\n\n${this.r.pick(['Best', 'Cheers', 'Thanks'])},\n${from}`;
    return this.era === '2026' ? text : text.replace(/\n+/g, ' ');
  }

  newConvId(used: Set<string>): string {
    let id = `2-${this.r.chars(52, B64)}==`;
    while (used.has(id)) id = `2-${this.r.chars(52, B64)}==`;
    used.add(id);
    return id;
  }

  planConversations(): ConvPlan[] {
    const r = this.r;
    const plans: ConvPlan[] = [];
    const base = { group: [], groupDay: 0, weight: 0, size: 0 };
    for (const p of this.people) {
      if (p.hidden) continue;
      let prob = 0;
      let weight = 1;
      switch (p.kind) {
        case 'colleague':
          prob = p.category === 'current-colleague' ? 0.5 : 0.55;
          weight = 3;
          break;
        case 'alumni':
          prob = 0.22;
          weight = 1;
          break;
        case 'friend':
          prob = 0.45;
          weight = 2.2;
          break;
        case 'classmate':
          prob = 0.3;
          weight = 1.5;
          break;
        case 'industry':
          prob = 0.2;
          weight = 0.8;
          break;
        case 'recruiter':
          prob = 0.5;
          break;
        default:
          prob = 0;
      }
      if (!r.chance(prob)) continue;
      if (p.kind === 'recruiter') {
        plans.push({ ...base, kind: 'recruiter', person: p, size: 0 });
      } else {
        // Heavy tail: most threads are short, a few close contacts have long ones.
        const tail = Math.min(40, 1 / (1 - r.next()) ** 0.8);
        plans.push({ ...base, kind: 'one', person: p, weight: weight * tail });
      }
    }
    // InMails from recruiters the owner never connected with.
    const nInmail = Math.round(plans.filter((x) => x.kind === 'recruiter').length * 0.5);
    for (let i = 0; i < nInmail; i++) plans.push({ ...base, kind: 'inmail', person: null });
    // Team group chats.
    for (const e of this.employers) {
      if (e.side) continue;
      const team = this.people.filter((p) => p.kind === 'colleague' && p.shared === e);
      if (team.length < 6) continue;
      const n = Math.min(4, Math.floor(team.length / 12) + (r.chance(0.5) ? 1 : 0));
      for (let i = 0; i < n; i++) {
        const day = r.int(e.start + 20, Math.max(e.start + 20, e.end - 10));
        const there = team.filter((p) => p.pS <= day && p.pE >= day);
        if (there.length < 2) continue;
        const members = r.shuffle([...there]).slice(0, r.int(2, 4));
        plans.push({ ...base, kind: 'group', person: null, group: members, groupDay: day, weight: 4 });
      }
    }
    if (this.messages >= 50) {
      const nSponsored = Math.min(40, Math.max(1, Math.round(this.messages * 0.002)));
      for (let i = 0; i < nSponsored; i++) plans.push({ ...base, kind: 'sponsored', person: null, size: 1 });
    }
    return this.sizePlans(plans);
  }

  /** Decide how many messages each thread gets so that the total lands on the requested count. */
  sizePlans(all: ConvPlan[]): ConvPlan[] {
    const r = this.r;
    const M = this.messages;
    if (M <= 0) return [];
    let plans = all;
    for (const p of plans) {
      if (p.kind === 'recruiter' || p.kind === 'inmail') {
        p.size = 1 + (r.chance(0.3) ? 1 : 0) + (r.chance(0.15) ? 1 : 0);
      }
    }
    const fixedOf = (ps: ConvPlan[]): number => ps.reduce((a, p) => a + (p.weight > 0 ? 0 : p.size), 0);
    if (fixedOf(plans) > M * 0.3) {
      // Too many recruiter threads for the requested size: keep a random subset that fits.
      let room = Math.floor(M * 0.3);
      const kept = new Set<ConvPlan>();
      for (const p of r.shuffle(plans.filter((x) => x.weight === 0))) {
        if (p.size <= room) {
          kept.add(p);
          room -= p.size;
        }
      }
      plans = plans.filter((p) => p.weight > 0 || kept.has(p));
    }
    const drafts = M >= 50 ? Math.min(30, Math.max(1, Math.round(M * 0.002))) : 0;
    const budget = Math.max(0, M - fixedOf(plans) - drafts);
    let flex = plans.filter((p) => p.weight > 0);
    const maxFlex = Math.floor(budget / 2);
    if (flex.length > maxFlex) {
      const dropped = new Set(r.shuffle([...flex]).slice(maxFlex));
      plans = plans.filter((p) => !dropped.has(p));
      flex = plans.filter((p) => p.weight > 0);
    }
    const wsum = flex.reduce((a, p) => a + p.weight, 0);
    let total = 0;
    for (const p of flex) {
      const x = (p.weight / wsum) * budget;
      p.size = Math.max(1, Math.min(400, Math.floor(x) + (r.next() < x - Math.floor(x) ? 1 : 0)));
      total += p.size;
    }
    // Correct the rounding so the total is what was asked for.
    let guard = 0;
    while (total !== budget && flex.length > 0 && guard++ < 10 * budget + 100) {
      const p = r.pick(flex);
      if (total < budget && p.size < 400) {
        p.size++;
        total++;
      } else if (total > budget && p.size > 1) {
        p.size--;
        total--;
      }
    }
    this.draftCount = drafts;
    return plans;
  }

  draftCount = 0;

  /** Session start days for a 1:1 thread with a connection. */
  sessionDays(p: Person, n: number): number[] {
    const r = this.r;
    const count = Math.min(n, 1 + Math.min(4, Math.floor(r.expo(0.8))));
    const days: number[] = [];
    const c = p.connected;
    for (let i = 0; i < count; i++) {
      if (p.kind === 'colleague') {
        const dFrom = Math.max(c, p.ovS);
        const during = dFrom <= p.ovE && (r.chance(0.65) || p.ovE >= this.asOfDay - 1);
        days.push(during ? r.int(dFrom, p.ovE) : r.int(Math.max(c, p.ovE), this.asOfDay));
      } else if (p.kind === 'classmate' && c < this.firstStart) {
        days.push(r.chance(0.6) ? r.int(c, this.firstStart) : r.int(c, this.asOfDay));
      } else {
        days.push(r.int(c, this.asOfDay));
      }
    }
    return days.sort((a, b) => a - b);
  }

  buildConversations(): Conversation[] {
    const r = this.r;
    const plans = this.planConversations();
    const used = new Set<string>();
    const convs: Conversation[] = [];
    const maxTs = this.asOfDay * DAY + 11 * 3600;
    const me = this.ownerMe;
    const dayTime = (day: number): number => Math.min(maxTs, day * DAY + r.int(7 * 3600, 22 * 3600));
    const gap = (): number => {
      const x = r.next();
      if (x < 0.7) return r.int(20, 3 * 3600);
      if (x < 0.95) return r.int(3 * 3600, 2 * DAY);
      return r.int(2 * DAY, 12 * DAY);
    };
    const msg = (ts: number, from: Participant, content: string, subject = ''): Msg => ({
      ts: Math.min(ts, maxTs),
      from,
      subject,
      content,
      draft: false,
      attachment: r.chance(0.004) ? `https://www.linkedin.com/dms/prv/vid/${r.chars(24, B64)}` : '',
    });

    for (const plan of plans) {
      const conv: Conversation = { id: this.newConvId(used), title: '', members: [], msgs: [], last: 0 };
      if (plan.kind === 'one' && plan.person) {
        const p = plan.person;
        const them = this.participant(p);
        conv.members = [them];
        const days = this.sessionDays(p, plan.size);
        const counts = days.map(() => 1);
        for (let k = days.length; k < plan.size; k++) {
          const i = r.int(0, days.length - 1);
          counts[i] = (counts[i] ?? 0) + 1;
        }
        days.forEach((day, si) => {
          let ts = dayTime(day);
          const n = counts[si] ?? 1;
          const ownerStarts = r.chance(p.kind === 'alumni' ? 0.3 : p.kind === 'industry' ? 0.35 : 0.5);
          let sender = ownerStarts ? me : them;
          for (let k = 0; k < n; k++) {
            const to = sender === me ? them.first : me.first;
            const c = this.say(to, sender.first, p, sender === me);
            let text: string;
            if (k === 0) text = this.letter(this.opener(p, day, sender === me)(c), to, sender.first);
            else if (r.chance(0.72)) text = r.pick(T_REPLY)(c);
            else text = r.pick(this.followUps(p, day))(c);
            conv.msgs.push(msg(ts, sender, text));
            ts += gap();
            if (r.chance(0.75)) sender = sender === me ? them : me;
          }
        });
      } else if (plan.kind === 'group') {
        conv.members = plan.group.map((p) => this.participant(p));
        if (r.chance(0.4))
          conv.title = r.pick(['Team', 'Offsite planning', 'Lunch crew', 'On-call', 'Launch war room']);
        let ts = dayTime(plan.groupDay);
        for (let k = 0; k < plan.size; k++) {
          const sender = r.chance(0.3) ? me : r.pick(conv.members);
          const first = plan.group[0];
          const c = this.say('all', sender.first, first ?? null);
          conv.msgs.push(msg(ts, sender, r.chance(0.5) ? r.pick(T_GROUP)(c) : r.pick(T_REPLY)(c)));
          ts += gap();
        }
      } else if (plan.kind === 'recruiter' || plan.kind === 'inmail') {
        let who: Participant;
        let start: number;
        if (plan.person) {
          who = this.participant(plan.person);
          start = Math.max(this.ownerJoin, plan.person.connected - r.int(0, 20));
        } else {
          const ghost = this.ghost();
          who = ghost;
          start = r.int(Math.max(this.ownerJoin, this.firstStart), this.asOfDay);
        }
        conv.members = [who];
        let ts = dayTime(r.int(start, this.asOfDay));
        const c = this.say(me.first, who.first, null);
        const subject = plan.kind === 'inmail' || r.chance(0.4) ? r.pick(RECRUITER_SUBJECTS) : '';
        conv.msgs.push(msg(ts, who, this.letter(r.pick(T_RECRUITER)(c), me.first, who.first), subject));
        let left = plan.size - 1;
        if (left > 0 && r.chance(0.5)) {
          ts += r.int(3 * DAY, 10 * DAY);
          conv.msgs.push(msg(ts, who, r.pick(T_RECRUITER_FOLLOWUP)(c)));
          left--;
        }
        for (; left > 0; left--) {
          ts += r.int(3600, 3 * DAY);
          conv.msgs.push(msg(ts, me, r.pick(T_OWNER_TO_RECRUITER)(this.say(who.first, me.first, null))));
        }
      } else if (plan.kind === 'sponsored') {
        const sponsor: Participant = { name: 'LinkedIn Member', first: '', url: '' };
        conv.members = [sponsor];
        const brand = this.randomCompany().name;
        const html = `<p>Hi ${me.first},</p><p>Join ${brand} for a free webinar on ${r.pick(TOPICS)}, with practical tips from industry leaders.</p><p><a href="https://www.example.com/webinar?utm_source=linkedin">Register now</a></p>`;
        const ts = dayTime(r.int(Math.max(this.firstStart, this.asOfDay - 900), this.asOfDay));
        conv.msgs.push(msg(ts, sponsor, html, `${brand} invites you`));
      }
      if (conv.msgs.length > 0) convs.push(conv);
    }

    // A few drafts: owner messages never sent.
    const ones = convs.filter((c) => c.members.length === 1 && c.members[0]?.url);
    for (let i = 0; i < this.draftCount && ones.length > 0; i++) {
      const c = r.pick(ones);
      const lastTs = c.msgs.reduce((a, m) => Math.max(a, m.ts), 0);
      const to = c.members[0]?.first ?? '';
      const d = msg(
        lastTs + r.int(600, 30 * DAY),
        me,
        `Hi ${to}, hope you're doing well! I wanted to ask you about`,
      );
      d.draft = true;
      c.msgs.push(d);
    }
    for (const c of convs) {
      c.msgs.sort((a, b) => b.ts - a.ts);
      c.last = c.msgs[0]?.ts ?? 0;
    }
    convs.sort((a, b) => b.last - a.last);
    return convs;
  }

  ghost(): Participant {
    const r = this.r;
    const first = r.pick(FIRST_NAMES);
    const last = r.pick(LAST_NAMES);
    return {
      name: `${first} ${last}`,
      first,
      url: `https://www.linkedin.com/in/${this.makeSlug(first, last)}`,
    };
  }

  opener(p: Person, day: number, fromOwner: boolean): Tpl {
    const r = this.r;
    switch (p.kind) {
      case 'colleague': {
        const e = p.shared;
        if (!e) return r.pick(T_WORK);
        // Whoever joined second is the newcomer; whoever leaves says goodbye.
        const ownerIsNew = p.pS <= e.start;
        const joined = ownerIsNew ? e.start : p.pS;
        if (day >= joined && day <= joined + 90) {
          return r.pick(fromOwner === ownerIsNew ? T_NEWCOMER : T_WELCOME_TO_OWNER);
        }
        if (!e.current && Math.abs(day - e.end) <= 30 && p.pE >= e.end) {
          return r.pick(fromOwner ? T_I_LEAVE : T_YOU_LEAVE);
        }
        if (!p.still && Math.abs(day - p.pE) <= 30 && p.pE < e.end) {
          return r.pick(fromOwner ? T_YOU_LEAVE : T_I_LEAVE);
        }
        if (day <= p.ovE) return r.pick(T_WORK);
        return r.pick(T_AFTER);
      }
      case 'alumni':
        return r.pick(fromOwner ? T_OWNER_TO_ALUMNI : T_ALUMNI);
      case 'friend':
        return r.pick(T_FRIEND);
      case 'classmate':
        return r.pick(T_CLASSMATE);
      default:
        return r.pick(T_INDUSTRY);
    }
  }

  /** Later messages of a session that are not mere replies. */
  followUps(p: Person, day: number): Tpl[] {
    switch (p.kind) {
      case 'colleague':
        return day <= p.ovE ? T_WORK : T_CHAT;
      case 'friend':
        return T_FRIEND;
      case 'classmate':
        return T_CLASSMATE;
      case 'industry':
        return T_INDUSTRY;
      default:
        return T_CHAT;
    }
  }

  messagesCsv(): string {
    const convs = this.buildConversations();
    const era = this.era;
    const me = this.ownerMe;
    const lines: string[] = [];
    if (era === '2020') {
      lines.push('CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER');
    } else if (era === '2023') {
      lines.push(
        'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER',
      );
    } else {
      lines.push(
        csvRowQuoted([
          'CONVERSATION ID',
          'CONVERSATION TITLE',
          'FROM',
          'SENDER PROFILE URL',
          'TO',
          'RECIPIENT PROFILE URLS',
          'DATE',
          'SUBJECT',
          'CONTENT',
          'FOLDER',
          'ATTACHMENTS',
          'IS MESSAGE DRAFT',
          'IS CONVERSATION DRAFT',
        ]),
      );
    }
    for (const c of convs) {
      const everyone = [me, ...c.members];
      // Everything before DATE is fixed per conversation and sender: build it once.
      const prefixes = new Map<Participant, string>();
      for (const m of c.msgs) {
        let prefix = prefixes.get(m.from);
        if (prefix === undefined) {
          const recipients = everyone.filter((x) => x !== m.from);
          const to = recipients.map((x) => x.name).join(', ');
          const toUrls = recipients
            .map((x) => x.url)
            .filter((u) => u !== '')
            .join(',');
          const head = [c.id, c.title, m.from.name, m.from.url, to];
          if (era !== '2020') head.push(toUrls);
          prefix = era === '2026' ? `${csvRowQuoted(head)},` : `${csvRow(head)},`;
          prefixes.set(m.from, prefix);
        }
        const date = fmtUtc(m.ts, '-');
        const folder = m.draft ? '' : 'INBOX';
        if (era === '2026') {
          const draft = m.draft ? 'Yes' : 'No';
          lines.push(
            `${prefix}"${date}",${csvQuoted(m.subject)},${csvQuoted(m.content)},"${folder}",${csvQuoted(m.attachment)},"${draft}","No"`,
          );
        } else {
          lines.push(`${prefix}${date},${csvField(m.subject)},${csvField(m.content)},${folder}`);
        }
      }
    }
    return `${lines.join('\n')}\n`;
  }

  // -- invitations ----------------------------------------------------------------------------------------

  invitationsCsv(): string {
    const r = this.r;
    const windowStart = this.asOfDay - r.int(365, 730);
    const me = this.ownerMe;
    type Inv = { ts: number; out: boolean; who: Participant; message: string };
    const invs: Inv[] = [];
    for (const p of this.people) {
      if (p.hidden || p.connected < windowStart || !r.chance(0.92)) continue;
      const day = Math.max(windowStart, p.connected - (r.chance(0.6) ? 0 : r.int(1, 14)));
      const ts = Math.min(this.asOfDay * DAY + 9 * 3600, day * DAY + r.int(6 * 3600, 23 * 3600));
      let out: boolean;
      let message = '';
      const who = this.participant(p);
      switch (p.kind) {
        case 'colleague': {
          out = r.chance(0.5);
          const e = p.shared;
          if (e && r.chance(0.12)) {
            const co = this.variant(e.company);
            const to = out ? p.first : me.first;
            message =
              p.connected > p.ovE
                ? `Hi ${to}, great working with you at ${co}! Let's stay in touch.`
                : r.pick([
                    `Hi ${to}, looking forward to working together at ${co}!`,
                    `Great working with you at ${co}`,
                    `Hi ${to}, nice to meet you at the ${co} onboarding.`,
                  ]);
          }
          break;
        }
        case 'alumni':
          out = r.chance(0.4);
          if (!out && p.shared && r.chance(0.25)) {
            message = `Hi ${me.first}, fellow ${p.shared.company.base} alum here. Would love to connect!`;
          }
          break;
        case 'recruiter':
          out = r.chance(0.08);
          if (!out && r.chance(0.45)) {
            message = `Hi ${me.first}, I'm recruiting for a ${r.pick(LADDERS[this.track])} role and would love to connect.`;
          }
          break;
        case 'industry':
          out = r.chance(0.5);
          if (r.chance(0.15)) message = `Great meeting you at ${r.pick(CONFERENCES)}!`;
          break;
        default:
          out = r.chance(0.5);
          if (r.chance(0.05)) message = 'Hey! Good to find you here 😊';
      }
      invs.push({ ts, out, who, message });
    }
    // Invitations that were never accepted: not in Connections.csv.
    const pending = Math.round(invs.length * 0.08);
    for (let i = 0; i < pending; i++) {
      const day = r.int(windowStart, this.asOfDay);
      const out = r.chance(0.4);
      invs.push({
        ts: Math.min(this.asOfDay * DAY + 9 * 3600, day * DAY + r.int(6 * 3600, 23 * 3600)),
        out,
        who: this.ghost(),
        message:
          !out && r.chance(0.4) ? `Hi ${me.first}, I'd like to add you to my professional network.` : '',
      });
    }
    invs.sort((a, b) => b.ts - a.ts);
    const withUrls = this.era === '2026';
    const lines = [
      withUrls
        ? 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl'
        : 'From,To,Sent At,Message,Direction',
    ];
    for (const v of invs) {
      const from = v.out ? me : v.who;
      const to = v.out ? v.who : me;
      const fields = [from.name, to.name, fmtInvite(v.ts), v.message, v.out ? 'OUTGOING' : 'INCOMING'];
      if (withUrls) fields.push(from.url, to.url);
      lines.push(csvRow(fields));
    }
    return `${lines.join('\n')}\n`;
  }

  // -- endorsements and recommendations -------------------------------------------------------------------

  endorsementsCsv(): string {
    const r = this.r;
    const skills = SKILLS[this.track];
    type End = { ts: number; skill: string; p: Person; status: string };
    const rows: End[] = [];
    for (const p of this.people) {
      if (p.hidden) continue;
      let prob: number;
      switch (p.kind) {
        case 'colleague':
          prob = p.category === 'current-colleague' ? 0.12 : 0.22;
          break;
        case 'alumni':
          prob = 0.04;
          break;
        case 'friend':
          prob = 0.08;
          break;
        case 'classmate':
          prob = 0.06;
          break;
        case 'recruiter':
          prob = 0.02;
          break;
        default:
          prob = 0.04;
      }
      if (!r.chance(prob)) continue;
      let lo = Math.max(p.connected, ENDORSEMENTS_LAUNCH);
      let hi = this.asOfDay;
      if (p.kind === 'colleague') {
        lo = Math.max(lo, p.ovS + 30);
        hi = Math.min(hi, p.ovE + 730);
      }
      if (lo > hi) {
        lo = Math.max(p.connected, ENDORSEMENTS_LAUNCH);
        hi = this.asOfDay;
      }
      if (lo > hi) continue;
      const ts = r.int(lo, hi) * DAY + r.int(0, DAY - 1);
      const n = r.int(1, 3);
      const picked = r.shuffle([...skills]).slice(0, n);
      picked.forEach((skill, i) => {
        rows.push({ ts: Math.min(ts + i, this.asOfDay * DAY + 9 * 3600), skill, p, status: 'ACCEPTED' });
      });
    }
    rows.sort((a, b) => b.ts - a.ts);
    const withUrl = this.era !== '2020';
    const lines = [
      withUrl
        ? 'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status'
        : 'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorsement Status',
    ];
    for (const e of rows) {
      const fields = [fmtUtc(e.ts, '/'), e.skill, e.p.first, e.p.last];
      if (withUrl) fields.push(`www.linkedin.com/in/${e.p.slug}`);
      fields.push(e.status);
      lines.push(csvRow(fields));
    }
    return `${lines.join('\n')}\n`;
  }

  recommendationsCsv(given: boolean): string {
    const r = this.r;
    const candidates: (readonly [Person, number])[] = [];
    for (const p of this.people) {
      if (p.hidden) continue;
      if (p.kind === 'colleague' && p.shared && !p.shared.side && p.ovE - p.ovS >= 180) {
        candidates.push([p, p.category === 'former-colleague' ? 8 : 1.5]);
      } else if (!given && (p.kind === 'industry' || p.kind === 'classmate')) {
        candidates.push([p, 0.3]);
      }
    }
    const want = given ? r.int(1, 5) : r.int(2, 7);
    const chosen = new Set<Person>();
    for (let i = 0; i < want * 4 && chosen.size < want && candidates.length > 0; i++) {
      chosen.add(r.weighted(candidates));
    }
    type Rec = { ts: number; p: Person; company: string; title: string; text: string; status: string };
    const recs: Rec[] = [];
    for (const p of chosen) {
      let lo: number;
      let hi: number;
      if (p.kind === 'colleague') {
        lo = p.ovE >= this.asOfDay - 1 ? p.ovS + 120 : p.ovE - 60;
        hi = Math.min(this.asOfDay, p.ovE + 400);
        lo = Math.max(lo, p.connected);
      } else {
        lo = p.connected;
        hi = this.asOfDay;
      }
      if (lo > hi) lo = hi;
      const ts = r.int(lo, hi) * DAY + r.int(8 * 3600, 21 * 3600);
      const colleague = p.kind === 'colleague';
      const company = colleague ? p.companyThen : p.company;
      const title = colleague ? p.titleThen : p.position;
      const name = given ? p.first : this.ownerFirst;
      const text = colleague
        ? r.pick([
            `I had the pleasure of working with ${name} at ${p.shared?.company.base ?? company} for ${years(p.ovE - p.ovS)}. ${name} is thoughtful, reliable and always the first to help a teammate.\n\nAny team would be lucky to have them.`,
            `${name} and I worked together on ${r.pick(TOPICS)}. Sharp, pragmatic, and a "get it done" attitude, highly recommended!`,
            `Working with ${name} was a highlight of my time at ${p.shared?.company.base ?? company}. Great communicator, great engineer, great person.`,
          ])
        : `I've known ${name} for years. Curious, generous with their time, and excellent at what they do.`;
      recs.push({ ts, p, company, title, text, status: r.chance(0.9) ? 'VISIBLE' : 'HIDDEN' });
    }
    recs.sort((a, b) => b.ts - a.ts);
    const lines = ['First Name,Last Name,Company,Job Title,Text,Creation Date,Status'];
    for (const x of recs) {
      lines.push(csvRow([x.p.first, x.p.last, x.company, x.title, x.text, fmtRec(x.ts), x.status]));
    }
    return `${lines.join('\n')}\n`;
  }
}

// ---------------------------------------------------------------------------------------------------------

function parseAsOf(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new Error(`synthetic-export: asOf must be YYYY-MM-DD, got "${s}"`);
  return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Generate a synthetic LinkedIn export with ground truth. Same options give byte-identical output.
 *
 * Labels follow the order of Connections.csv rows (newest first), skipping hidden profiles (rows with only
 * `Connected On`). `profileUrl` is exactly the `URL` cell of that row (percent-encoded), also in era 2020
 * where the column does not exist.
 */
export function generateExport(options: SyntheticOptions): SyntheticExport {
  const asOf = options.asOf ?? '2026-06-01';
  const b = new Builder(options, parseAsOf(asOf));
  b.buildOwner();
  b.buildPeople();
  const files: { name: string; text: string }[] = [{ name: 'Connections.csv', text: b.connectionsCsv() }];
  if (b.includePositions) files.push({ name: 'Positions.csv', text: b.positionsCsv() });
  files.push({ name: 'Profile.csv', text: b.profileCsv() });
  files.push({ name: 'Education.csv', text: b.educationCsv() });
  files.push({ name: 'messages.csv', text: b.messagesCsv() });
  files.push({ name: 'Invitations.csv', text: b.invitationsCsv() });
  files.push({ name: 'Endorsement_Received_Info.csv', text: b.endorsementsCsv() });
  files.push({ name: 'Recommendations_Received.csv', text: b.recommendationsCsv(false) });
  files.push({ name: 'Recommendations_Given.csv', text: b.recommendationsCsv(true) });
  return {
    files,
    labels: b.labels(),
    owner: {
      firstName: b.ownerFirst,
      lastName: b.ownerLast,
      profileUrl: b.ownerUrl,
      positions: b.rows.map((row) => ({
        company: row.employer.company.name,
        title: row.title,
        startedOn: isoDay(monthStart(row.startMonth)),
        finishedOn: row.endMonth === null ? null : isoDay(monthEnd(row.endMonth)),
      })),
    },
    asOf,
  };
}
