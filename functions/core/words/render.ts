import { isPossibleColleague } from '../lines.ts';
import { memoised } from '../memoised.ts';
import { isNotACompany } from '../normalise/company-key.ts';
import { type Day, parseIsoDate } from '../normalise/dates.ts';
import { roleTitle } from '../normalise/role-title.ts';
import { spokenCompany } from '../normalise/spoken-company.ts';
import type { Evidence, Note, Person, Report, SharedEmployer, Warning } from '../report.ts';
import { greetingName } from './greeting-name.ts';
import type { Phrasebook, Said } from './phrasebook.ts';

/** What words need of a report beyond the person: worked out once per report. */
export interface WordsContext {
  asOf: Day;
  hasMessages: boolean;
  employer: (key: string) => { written: string; spoken: string };
}

export function wordsContext(report: Pick<Report, 'asOf' | 'owner' | 'inputs'>): WordsContext {
  const employers = new Map(
    report.owner.employers.map((e) => [e.key, { written: e.company, spoken: spokenCompany(e.company) }]),
  );
  return {
    asOf: parseIsoDate(report.asOf) ?? 0,
    hasMessages: report.inputs.some((f) => f.kind === 'messages'),
    employer: (key) => employers.get(key) ?? { written: key, spoken: key },
  };
}

/** A person's facts in words: what the CLI's rows, the CSV, the HTML report and the page show. */
export interface PersonWords {
  /** "former colleague", "possible colleague", … */
  label: string;
  /** "likely", "sure", … */
  confidence: string;
  tie: string;
  status: string;
  reasons: string[];
  /** What the draft is for ("Reconnect note", "Follow-up", "Thank-you"); null without a draft. */
  draftLabel: string | null;
  draft: string | null;
  /** Each shared employer's evidence, a line a piece. */
  evidence: { company: string; lines: string[] }[];
}

export function personWords(person: Person, context: WordsContext, book: Phrasebook): PersonWords {
  const said = saidOf(person, context);
  const reasons: string[] = [];
  for (const r of person.reasons) {
    const line = (book.reason[r.kind] as (r: unknown, s: Said) => string | null)(r, said);
    if (line) reasons.push(line);
  }
  return {
    label: isPossibleColleague(person)
      ? book.labels.possibleColleague
      : book.labels.category[person.category],
    confidence: book.labels.confidence(person.confidence),
    tie: book.labels.tie[person.tie],
    status: book.status(said),
    reasons,
    draftLabel: person.draft ? book.labels.purpose[person.draft.purpose] : null,
    draft: person.draft ? book.draft(person.draft, said) : null,
    evidence: person.sharedEmployers.map((w) => ({
      company: w.company,
      lines: w.evidence.map((e) => evidenceLine(e, w, said, book)),
    })),
  };
}

export function evidenceLine(e: Evidence, where: SharedEmployer, said: Said, book: Phrasebook): string {
  return (book.evidence[e.kind] as (e: Evidence, w: SharedEmployer, s: Said) => string)(e, where, said);
}

export function noteWords(note: Note, book: Phrasebook): string {
  return book.note[note.code](note);
}

export function warningWords(warning: Warning, book: Phrasebook): string {
  return book.warning[warning.code](warning);
}

const sayable = memoised((company: string) => {
  const name = spokenCompany(company);
  if (!name || isNotACompany(name)) return '';
  return name.split(/\s+/).length <= 6 && name.length <= 50 ? name : '';
});
const greetingOf = memoised(greetingName);

function saidOf(person: Person, context: WordsContext): Said {
  return {
    person,
    asOf: context.asOf,
    hasMessages: context.hasMessages,
    top: person.sharedEmployers[0],
    employer: context.employer,
    greeting: greetingOf(person.firstName),
    role: roleTitle(person.position),
    company: sayable(person.company),
  };
}
