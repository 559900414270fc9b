import type { Person, Report } from '../core/index.ts';
import { type Lang, noteWords, personWords, phrasebook, wordsContext } from '../core/words/index.ts';

/** A readable list for a terminal: a line a person, then their first reasons and drafted message. */
export interface TableOptions {
  /** Terminal columns; longer lines are clipped. */
  width?: number;
  /** The user chose how many to show: suggesting --top for the rest would only repeat it. */
  topGiven?: boolean;
  lang?: Lang;
}

/** How many reasons a row shows: why they are here, and whether a word is due. */
const REASONS_SHOWN = 2;

export function formatTable(
  report: Report,
  people: Person[],
  { width = 100, topGiven = false, lang = 'en' }: TableOptions = {},
): string {
  const book = phrasebook(lang);
  const context = wordsContext(report);
  const s = report.summary;
  const lines = [
    book.ui.summary(s, report.asOf),
    ...(s.possibleColleagues ? [book.ui.possible(s.possibleColleagues)] : []),
    ...s.notes.map((n) => `${book.ui.note}: ${noteWords(n, book)}`),
    '',
  ];
  for (const p of people) {
    const words = personWords(p, context, book);
    const who = [p.name || book.ui.hiddenProfile, [p.position, p.company].filter(Boolean).join(' · ')]
      .filter(Boolean)
      .join(' — ');
    lines.push(
      clip(
        `${String(p.rank).padStart(4)}  ${String(p.score).padStart(3)}  ${who}  [${words.label}, ${words.status}]`,
        width,
      ),
    );
    for (const reason of words.reasons.slice(0, REASONS_SHOWN)) lines.push(clip(`${INDENT}${reason}`, width));
    // The message in full: it is what the list is for, and a cut one cannot be copied.
    if (words.draft) {
      const label = `${words.draftLabel ?? book.ui.draft}: `;
      lines.push(...wrap(`${label}${words.draft}`, width - INDENT.length).map((line) => INDENT + line));
    }
  }
  if (people.length < report.people.length) {
    lines.push('', `${book.ui.more(report.people.length - people.length)}; ${howToSeeTheRest(topGiven)}`);
  }
  if (report.warnings.length) lines.push('', `${book.ui.warnings(report.warnings.length)}: --format json.`);
  return `${lines.join('\n')}\n`;
}

// --top limits every format, so once it is given the way to all of them is to leave it out.
function howToSeeTheRest(topGiven: boolean): string {
  return topGiven ? 'leave out --top and use --format csv/json/html' : '--top N, or --format csv/json/html';
}

/** Where a person's reasons and draft begin: under their name. */
const INDENT = ' '.repeat(11);

/** Words in lines of at most `width` characters (a longer word gets a line of its own). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of forTerminal(text).split(/\s+/)) {
    if (line && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function clip(line: string, width: number): string {
  const clean = forTerminal(line);
  const chars = [...clean];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : clean;
}

/**
 * Text from the export, made safe for a terminal: no control characters (a name must not move the
 * cursor, recolour or retitle the window) and no bidirectional overrides (which reorder a line).
 */
export function forTerminal(text: string): string {
  let out = '';
  for (const char of text) out += isUnsafeForTerminal(char.codePointAt(0) ?? 0) ? ' ' : char;
  return out;
}

function isUnsafeForTerminal(c: number): boolean {
  const control = (c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f);
  const bidi = c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  return control || bidi;
}
