import type { InflateRaw } from './input/unzip.ts';

/**
 * The report: the engine's one output, and the contract the CLI, the API and the web page share.
 * Version 1. Dates are ISO `YYYY-MM-DD`. Change a field's meaning only with a new version.
 */
export const REPORT_VERSION = 1;

export type Category = 'former-colleague' | 'current-colleague' | 'alumni' | 'other';
export type IsoDate = string;
export type MatchTier = 'exact' | 'strong' | 'weak';

export interface Report {
  version: typeof REPORT_VERSION;
  asOf: IsoDate;
  owner: Owner;
  summary: Summary;
  /** Every connection, ranked best first. */
  people: Person[];
  companies: CompanySummary[];
  timeline: TimelineMonth[];
  graph: ReportGraph;
  warnings: Warning[];
  inputs: InputSummary[];
  /** Corrections the person made since, applied to `people` and the counts. */
  corrections?: { colleague: string[]; notColleague: string[]; merge: [string, string][] };
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
  /** Everyone called a former colleague, possible ones included. */
  formerColleagues: number;
  /** Former colleagues with confidence 0.5 or more. */
  likelyFormerColleagues: number;
  currentColleagues: number;
  alumni: number;
  other: number;
  messages: number;
  byEmployer: {
    company: string;
    key: string;
    formerColleagues: number;
    currentColleagues: number;
    alumni: number;
  }[];
  /** Plain-words notes about the analysis as a whole, e.g. how to add missing employers. */
  notes: string[];
}

export interface Person {
  id: string;
  rank: number;
  name: string;
  firstName: string;
  lastName: string;
  /** Always `https://www.linkedin.com/in/...`, built from the slug; null for hidden profiles. */
  profileUrl: string | null;
  company: string;
  position: string;
  connectedOn: IsoDate | null;
  hidden: boolean;
  category: Category;
  /**
   * For a former colleague, the probability of having worked alongside the owner (from 0.2: "possible";
   * from 0.5: "likely"); for the other categories, how sure the engine is of the category. 0–1.
   */
  confidence: number;
  sharedEmployers: SharedEmployer[];
  /** 0–100, orders `people`. */
  score: number;
  /** 0–1: strength and value of the shared history. */
  relevance: number;
  /** 0–1: 1 for contact today, halving every two years. */
  recency: number;
  lastContact: IsoDate | null;
  lastContactKind: ContactKind | null;
  contact: ContactSummary;
  seniority: number;
  reasons: string[];
  draft: string;
}

export type ContactKind = 'message' | 'invitation' | 'endorsement' | 'recommendation' | 'connected';

export interface ContactSummary {
  messagesSent: number;
  messagesReceived: number;
  firstMessage: IsoDate | null;
  lastMessage: IsoDate | null;
  endorsements: number;
  recommendations: number;
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

export type EvidenceKind =
  | 'works-there-now'
  | 'connected-first-months'
  | 'connected-during-tenure'
  | 'connected-before-start'
  | 'connected-after-leaving'
  | 'connected-outside-tenure'
  | 'messages-during-tenure'
  | 'recommendation'
  | 'endorsement'
  | 'invitation-mentions-company'
  | 'email-domain'
  | 'alumni-cluster'
  | 'recruiter'
  | 'correction';

export interface Evidence {
  kind: EvidenceKind;
  /** A plain sentence a person would accept. */
  text: string;
  /** Log-odds this evidence adds to "worked there alongside the owner"; negative argues against. */
  weight: number;
  date?: IsoDate;
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
  /** For an employer: where its former colleagues work now, most first. */
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

export interface Warning {
  file: string;
  row?: number;
  code: string;
  message: string;
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
  /** A native inflater for the export ZIP, from a host that has one (see InflateRaw); fflate otherwise. */
  inflateRaw?: InflateRaw;
}
