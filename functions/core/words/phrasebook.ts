import type { Day } from '../normalise/dates.ts';
import type {
  Category,
  DraftPlan,
  DraftPurpose,
  Evidence,
  EvidenceKind,
  Note,
  NoteCode,
  Person,
  Reason,
  ReasonKind,
  SharedEmployer,
  Summary,
  Tie,
  TouchStatus,
  Warning,
  WarningCode,
} from '../report.ts';

/**
 * What one locale must say: every fact kind the engine writes has a phrase here, so a new kind that
 * lacks one fails the type check (and the phrase test). A locale is one file (`en.ts`, `de.ts`):
 * pure functions from facts to words.
 */
export interface Phrasebook {
  lang: string;
  /** The language's own name, for a language menu. */
  name: string;
  labels: Labels;
  ui: Ui;
  /** "due since September 2025", "in touch (due again in March 2026)", "quiet for 4 years". */
  status: (said: Said) => string;
  evidence: {
    [K in EvidenceKind]: (e: Extract<Evidence, { kind: K }>, where: SharedEmployer, said: Said) => string;
  };
  reason: { [K in ReasonKind]: (r: Extract<Reason, { kind: K }>, said: Said) => string | null };
  draft: (plan: DraftPlan, said: Said) => string;
  note: { [K in NoteCode]: (n: Note) => string };
  warning: { [K in WarningCode]: (w: Warning) => string };
  /** "3 weeks ago", "2 years ago": the time wholly gone by, so the words only grow with it. */
  timeAgo: (day: Day, asOf: Day) => string;
  /** "Mar 2019". */
  monthYear: (day: Day) => string;
  /** "1,234". */
  count: (n: number) => string;
}

/** The words around the facts: headings and lines of the CLI, the HTML report and the calendar. */
export interface Ui {
  /** "Reconnect with Sam Lee": a calendar reminder's title. */
  reminder: (name: string) => string;
  /** One line: how many connections, and how many of them are likely colleagues, as of when. */
  summary: (summary: Summary, asOf: string) => string;
  /** Possible colleagues are left out of the counts: how to see them. */
  possible: (count: number) => string;
  hiddenProfile: string;
  /** "5 warnings about skipped or repaired rows". */
  warnings: (count: number) => string;
  /** "Rows skipped or repaired". */
  warningsTitle: string;
  /** "row 12". */
  row: (row: number) => string;
  /** "Draft" */
  draft: string;
  /** "Evidence" */
  evidence: string;
  /** "Note" */
  note: string;
  /** "…1,234 more" */
  more: (count: number) => string;
  /** "score 0–100" */
  score: string;
  /** "Reconnect report" and "Reconnect — Sam Lee" */
  title: (owner: string | null) => string;
}

export interface Labels {
  category: Record<Category, string>;
  possibleColleague: string;
  tie: Record<Tie, string>;
  status: Record<TouchStatus, string>;
  purpose: Record<DraftPurpose, string>;
  /** How sure, in words: "sure", "likely", "possible", "unlikely". */
  confidence: (confidence: number) => string;
}

/** One person's facts, with what every locale needs worked out once (in render.ts). */
export interface Said {
  person: Person;
  asOf: Day;
  /** Whether messages.csv was read: without it, no sentence may say you never talked. */
  hasMessages: boolean;
  /** The most likely shared employer, as the report lists it. */
  top: SharedEmployer | undefined;
  /** An employer of the owner's by key, as Positions.csv writes it (reasons) and as people say it (drafts). */
  employer: (key: string) => { written: string; spoken: string };
  /** The name to greet them by; null when the profile holds none (each locale greets them its own way). */
  greeting: string | null;
  /** Their role as a sentence can hold it ('' when the headline holds none). */
  role: string;
  /** Their company as said in a message ('' when it is no company or too long to say). */
  company: string;
}
