import type { InflateRaw } from './input/unzip.ts';

/**
 * The report: the engine's one output, and the contract the CLI, the API and the web page share.
 * Version 2: facts, not sentences. Every piece of evidence, every reason and every draft is a `kind`
 * with its parameters; `words/` turns them into sentences for a locale where they are shown. Dates are
 * ISO `YYYY-MM-DD`. Change a field's meaning only with a new version.
 */
export const REPORT_VERSION = 2;

export type Category = 'former-colleague' | 'current-colleague' | 'alumni' | 'other';
export type IsoDate = string;
export type MatchTier = 'exact' | 'strong' | 'weak';
/** How close the tie is, from the evidence: messages both ways, a recommendation, endorsements, overlap. */
export type Tie = 'close' | 'familiar' | 'distant';
/**
 * Keep-in-touch status from the last contact and the tie's interval: `in-touch` until the interval
 * has passed, then `due` (since `due`), and `quiet` once the last contact is two years or more ago;
 * `snoozed` while the person asked not to be reminded (until `due`).
 */
export type TouchStatus = 'in-touch' | 'due' | 'quiet' | 'snoozed';
/** An endorsement or recommendation: `received` they gave you, `given` you gave them. */
export type Direction = 'received' | 'given';
/** `marked`: the person said they wrote to them (a keep-in-touch mark), after the export was made. */
export type ContactKind =
  | 'message'
  | 'invitation'
  | 'endorsement'
  | 'recommendation'
  | 'connected'
  | 'marked';

export interface Report {
  version: typeof REPORT_VERSION;
  asOf: IsoDate;
  owner: Owner;
  /** Counts of *likely* people: the possible ones are in `people` but never counted here. */
  summary: Summary;
  /** Every connection, in reconnect order: who to get back in touch with now first. */
  people: Person[];
  companies: CompanySummary[];
  timeline: TimelineMonth[];
  graph: ReportGraph;
  warnings: Warning[];
  inputs: InputSummary[];
  /** The keep-in-touch interval per tie, in days, that `due` was worked out with. */
  keepInTouchDays: KeepInTouchDays;
  /** Company names the analysis was told to treat as one, or apart: corrections keep them. */
  options: { merges: [string, string][]; splits: string[] };
  /** Corrections the person made since, applied to `people` and the counts. */
  corrections?: Corrections;
}

export interface KeepInTouchDays {
  close: number;
  familiar: number;
  distant: number;
}

/**
 * What the person says the engine got wrong: people by profile URL or, for those the export gives
 * no URL (older exports, hidden profiles), by their id in the report; companies by name.
 */
export interface Corrections {
  colleague?: string[];
  notColleague?: string[];
  /** The engine's own judgement again for these people: the undo of `colleague` and `notColleague`. */
  clear?: string[];
  merge?: [string, string][];
  /** Merges taken back. */
  unmerge?: [string, string][];
  /** Keep-in-touch marks, the latest one per person. */
  marks?: TouchMark[];
  /** Marks taken back, by person. */
  clearMarks?: string[];
}

/**
 * What the person did about someone after the export was made: `messaged` them (on a day), `snoozed`
 * them (until a day), or `not-now` (no reminder until their next interval has passed).
 */
export interface TouchMark {
  who: string;
  kind: 'messaged' | 'snoozed' | 'not-now';
  on: IsoDate;
  until?: IsoDate;
}

export interface Owner {
  name: string | null;
  headline: string | null;
  profileUrls: string[];
  /** Where the employers came from; `none` means the report could not look for colleagues. */
  employersSource: 'positions' | 'options' | 'none';
  employers: OwnerEmployer[];
}

export interface OwnerEmployer {
  company: string;
  key: string;
  /** Every spelling seen for it, in Positions.csv and in connections' companies. */
  names: string[];
  from: IsoDate;
  /** Null while the owner still works there. */
  to: IsoDate | null;
  tenures: { title: string; from: IsoDate; to: IsoDate | null }[];
}

export interface Summary {
  connections: number;
  hiddenProfiles: number;
  /** Former colleagues the engine believes more likely than not (confidence ≥ LIKELY). */
  formerColleagues: number;
  /** Below the line: a possible shared employer and its evidence, shown on request, counted nowhere else. */
  possibleColleagues: number;
  currentColleagues: number;
  alumni: number;
  other: number;
  messages: number;
  /** Likely people per employer of the owner's. */
  byEmployer: {
    company: string;
    key: string;
    formerColleagues: number;
    currentColleagues: number;
    alumni: number;
  }[];
  /** Keep-in-touch counts among former colleagues. */
  keepInTouch: Record<TouchStatus, number>;
  /** Notes about the analysis as a whole, e.g. how to add missing employers. */
  notes: Note[];
}

export const NOTE_CODES = [
  'no-work-history',
  'no-messages-file',
  'dates-after-as-of',
  'ambiguous-namesakes',
  'employers-from-report',
] as const;
export type NoteCode = (typeof NOTE_CODES)[number];
export interface Note {
  code: NoteCode;
  /** For `ambiguous-namesakes`: the messages that could not be told apart, and the people sharing names. */
  messages?: number;
  people?: number;
}

export interface Person {
  id: string;
  /** 1 for the first in reconnect order. */
  rank: number;
  name: string;
  /** The first name as written, for the greeting. */
  firstName: string;
  /** Always `https://www.linkedin.com/in/...`, built from the slug; null for hidden profiles. */
  profileUrl: string | null;
  company: string;
  position: string;
  connectedOn: IsoDate | null;
  /** Present (true) only for a hidden or closed profile: LinkedIn exports only the date. */
  hidden?: true;
  /**
   * `former-colleague` only from LIKELY. Below it a person is `other`, and `sharedEmployers` still
   * holds the possible employer and its evidence: a "possible colleague".
   */
  category: Category;
  /**
   * Calibrated: for a former colleague, the probability of having worked alongside the owner; for a
   * possible one, the same probability (below LIKELY); for the other categories, how sure the engine
   * is of the category. 0–1.
   */
  confidence: number;
  tie: Tie;
  status: TouchStatus;
  /** From when contact is due (the last contact plus the tie's interval); null with no known contact. */
  due: IsoDate | null;
  sharedEmployers: SharedEmployer[];
  /** 0–100, orders `people`: who to get back in touch with now. */
  score: number;
  /** 0–1: strength and value of the shared history, regardless of when you last talked. */
  relevance: number;
  lastContact: IsoDate | null;
  lastContactKind: ContactKind | null;
  /** Contact beyond connecting, with directions; absent when the export shows none. */
  contact?: ContactRecord;
  /** The person's own keep-in-touch mark, if any. */
  mark?: Omit<TouchMark, 'who'>;
  /** Why this person sits where they do, most telling first. */
  reasons: Reason[];
  /** What a first message should say; null for hidden profiles and current colleagues. */
  draft: DraftPlan | null;
}

/** Counts and latest dates; a missing field is zero or none. */
export interface ContactRecord {
  messagesSent?: number;
  messagesReceived?: number;
  firstMessage?: IsoDate;
  lastSent?: IsoDate;
  lastReceived?: IsoDate;
  endorsementsReceived?: number;
  endorsementsGiven?: number;
  recommendationsReceived?: number;
  recommendationsGiven?: number;
  lastEndorsement?: { date: IsoDate; direction: Direction; skill: string };
  lastRecommendation?: { date: IsoDate | null; direction: Direction; company: string };
  lastInvitation?: { date: IsoDate; direction: Direction };
  /** Messages that may be with this person or a namesake: their contact is not known, not none. */
  ambiguousMessages?: number;
}

export interface SharedEmployer {
  company: string;
  key: string;
  /** The owner's time at that employer: the window any overlap falls in. */
  from: IsoDate;
  to: IsoDate | null;
  /** Probability that this person worked there alongside the owner. */
  probability: number;
  /** How the person's current company matches this employer, if it does. */
  match: MatchTier | null;
  evidence: Evidence[];
}

export const TIMING_KINDS = [
  'connected-first-months',
  'connected-during-tenure',
  'connected-before-start',
  'connected-after-leaving',
  'connected-outside-tenure',
] as const;
export type TimingKind = (typeof TIMING_KINDS)[number];

/** Evidence, weighed in log-odds (`weight`) for "worked there alongside the owner"; negative argues against. */
export type Evidence =
  | { kind: 'works-there-now'; weight: number }
  | { [K in TimingKind]: { kind: K; weight: number; date: IsoDate } }[TimingKind]
  | {
      kind: 'messages-during-tenure';
      weight: number;
      sent: number;
      received: number;
      /** `around`: some fell within a few months either side of the job rather than in it. */
      within: 'tenure' | 'around';
    }
  | {
      kind: 'recommendation';
      weight: number;
      direction: Direction;
      /** The company the recommendation names, when it names this employer. */
      company: string | null;
      date: IsoDate | null;
    }
  | { kind: 'endorsement'; weight: number; direction: Direction; skill: string; date: IsoDate }
  | { kind: 'invitation-mentions-company'; weight: number; direction: Direction; together: boolean }
  | { kind: 'email-domain'; weight: number }
  | { kind: 'alumni-cluster'; weight: number; colleagues: number }
  | { kind: 'recruiter'; weight: number }
  | { kind: 'correction'; weight: number; colleague: boolean };
export type EvidenceKind = Evidence['kind'];
export const EVIDENCE_KINDS: readonly EvidenceKind[] = [
  'works-there-now',
  ...TIMING_KINDS,
  'messages-during-tenure',
  'recommendation',
  'endorsement',
  'invitation-mentions-company',
  'email-domain',
  'alumni-cluster',
  'recruiter',
  'correction',
];

/** How sure a reason is of a shared past: it decides between "you both worked", "probably" and "possibly". */
export type Certainty = 'sure' | 'likely' | 'possible';

/**
 * One reason for a person's place. Reasons about an employer speak of `sharedEmployers[0]`; about
 * contact, of `contact` and `lastContact`; every other parameter is in the reason itself.
 */
export type Reason =
  | { kind: 'hidden-profile' }
  | { kind: 'marked'; colleague: boolean }
  | { kind: 'worked-together'; certainty: Certainty; timing: TimingKind | null }
  | { kind: 'works-with-you'; timing: TimingKind | null }
  | { kind: 'alumni' }
  | { kind: 'recruiter' }
  | { kind: 'thin-evidence' }
  | { kind: 'no-shared-employer' }
  | { kind: 'keep-in-touch' }
  | { kind: 'evidence'; of: EvidenceKind }
  | { kind: 'contact' }
  | { kind: 'where-now'; colleaguesThere: number; senior: boolean };
export type ReasonKind = Reason['kind'];
export const REASON_KINDS: readonly ReasonKind[] = [
  'hidden-profile',
  'marked',
  'worked-together',
  'works-with-you',
  'alumni',
  'recruiter',
  'thin-evidence',
  'no-shared-employer',
  'keep-in-touch',
  'evidence',
  'contact',
  'where-now',
];

/**
 * What the draft is for: `reconnect` a tie gone quiet, `follow-up` someone in touch lately, `thanks`
 * for an endorsement or recommendation just received, `reply` to a message left unanswered, `hello`
 * to someone never talked to.
 */
export type DraftPurpose = 'reconnect' | 'follow-up' | 'thanks' | 'reply' | 'hello';
/** The register, by tie: warm for a close tie, friendly for a familiar one, polite for a distant one. */
export type DraftTone = 'warm' | 'friendly' | 'polite';
/** The question that makes the message about them. */
export type DraftAsk = 'role' | 'company' | 'role-company' | 'news' | 'new-job';

/** The most personal true fact the export holds, which the draft opens with. */
export type DraftHook =
  | { kind: 'recommendation'; direction: Direction; date: IsoDate | null }
  | { kind: 'endorsement'; direction: Direction; skill: string; date: IsoDate }
  | { kind: 'message'; date: IsoDate }
  | { kind: 'shared-years'; employer: string; from: IsoDate; to: IsoDate | null }
  | { kind: 'same-employer'; employer: string }
  | { kind: 'alumni'; employer: string; from: IsoDate; to: IsoDate | null }
  /** When you connected; `employer` when that was during your time there (a true fact, not a shared past). */
  | { kind: 'connected'; date: IsoDate | null; employer?: string }
  | { kind: 'quiet'; since: IsoDate }
  | { kind: 'none' };
export type DraftHookKind = DraftHook['kind'];
export const DRAFT_HOOK_KINDS: readonly DraftHookKind[] = [
  'recommendation',
  'endorsement',
  'message',
  'shared-years',
  'same-employer',
  'alumni',
  'connected',
  'quiet',
  'none',
];

export interface DraftPlan {
  purpose: DraftPurpose;
  tone: DraftTone;
  hook: DraftHook;
  ask: DraftAsk;
  /** Picks among a locale's wordings, stable per person, so a list does not read like a mail merge. */
  variant: number;
}

export interface CompanySummary {
  key: string;
  name: string;
  isEmployer: boolean;
  /** Connections whose current company this is. */
  connections: number;
  formerColleagues: number;
  currentColleagues: number;
  alumni: number;
  /** For an employer: where its likely former colleagues work now, most first. */
  alumniDestinations: { company: string; key: string; people: number }[];
  /** Centrality in the company graph (PageRank), 0–1 relative to the most central. */
  centrality: number;
}

export interface TimelineMonth {
  month: string;
  connections: number;
  formerColleagues: number;
  currentColleagues: number;
  alumni: number;
}

export interface ReportGraph {
  nodes: { id: string; label: string; kind: 'owner' | 'employer' | 'company'; size: number }[];
  edges: { source: string; target: string; kind: 'worked-at' | 'alumni-went-to'; weight: number }[];
}

export const WARNING_CODES = [
  'duplicate-file',
  'several-connection-files',
  'over-linkedin-cap',
  'empty-row',
  'not-a-connection',
  'bad-date',
  'duplicate-person',
  'long-cell',
  'date-before-linkedin',
  'too-many-recipients',
  'bad-position',
  'position-end-unreadable',
  'dates-reversed',
  'companion-messages',
  'unsafe-path',
  'skipped-entry',
  'bad-bytes',
  'not-utf8',
  'unbalanced-quotes',
  'too-many-employers',
  'more-rows',
  'skipped-file',
  'unrecognised-file',
  'duplicate-rows',
  'too-many-rows',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/**
 * Something skipped or repaired while reading: a code and its parameters. `file` is the file's name,
 * `row` the row in it (1 for the first data row), `what` what was skipped (for `bad-date`: a message,
 * an invitation, a connection, or the kind a file's name promised), `company` a company named in the
 * file, `count` or `limit` a number, `reason` the code of an unreadable entry's error.
 */
export interface Warning {
  file: string;
  row?: number;
  code: WarningCode;
  what?: string;
  company?: string;
  count?: number;
  limit?: number;
  reason?: string;
  /** For `unrecognised-file`: the columns a file of its kind needs that it lacks. */
  columns?: string[];
}

export interface InputSummary {
  name: string;
  /** What the file was recognised as, or null when it was not used. */
  kind: string | null;
  rows: number;
}

/** What the caller may tell the engine besides the files. */
export interface AnalyzeOptions {
  asOf: IsoDate;
  /** The owner's employers when Positions.csv is missing: `{company, from: '2018-03', to: '2021-06' | null}`. */
  employers?: { company: string; from: string; to?: string | null }[];
  /** Pairs of company names that are one company. */
  merges?: [string, string][];
  /** Company names that must only match themselves (no folding into a similar name). */
  splits?: string[];
  /** Keep-in-touch intervals in days per tie (default: close 90, familiar 180, distant 365). */
  keepInTouchDays?: Partial<KeepInTouchDays>;
  /** A native inflater for the export ZIP, from a host that has one (see InflateRaw); fflate otherwise. */
  inflateRaw?: InflateRaw;
}
