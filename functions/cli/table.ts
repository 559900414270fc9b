import type { Category, Person, Report } from '../core/index.ts';
import { plural } from '../core/wording.ts';

/** A readable ranked list for a terminal: one line a person, the first reason under it. */
const SHORT: Record<Category, string> = {
  'former-colleague': 'former',
  'current-colleague': 'current',
  alumni: 'alumni',
  other: 'other',
};

export interface TableOptions {
  /** Terminal columns; longer lines are clipped. */
  width?: number;
  /** The user chose how many to show: suggesting --top for the rest would only repeat it. */
  topGiven?: boolean;
}

export function formatTable(
  report: Report,
  people: Person[],
  { width = 100, topGiven = false }: TableOptions = {},
): string {
  const s = report.summary;
  const lines = [
    // Likely ones first, as on the page: the possible ones are many in a large network, and mostly not.
    `${plural(s.connections, 'connection')}: ${plural(s.likelyFormerColleagues, 'likely former colleague')}${
      s.formerColleagues > s.likelyFormerColleagues ? ` (${s.formerColleagues} with possible ones)` : ''
    }, ${plural(s.currentColleagues, 'current colleague')}, ${plural(s.alumni, 'alumnus', 'alumni')} (as of ${report.asOf})`,
    ...s.notes.map((n) => `Note: ${n}`),
    '',
    `${'#'.padStart(4)}  ${'score'.padStart(5)}  ${'category'.padEnd(8)}  ${'conf'.padStart(4)}  name, company`,
  ];
  for (const p of people) {
    const who = [p.name || '(hidden profile)', [p.position, p.company].filter(Boolean).join(' at ')]
      .filter(Boolean)
      .join(' — ');
    lines.push(
      clip(
        `${String(p.rank).padStart(4)}  ${String(p.score).padStart(5)}  ${SHORT[p.category].padEnd(8)}  ${p.confidence.toFixed(2)}  ${who}`,
        width,
      ),
    );
    if (p.reasons[0]) lines.push(clip(`${INDENT}${p.reasons[0]}`, width));
    // The first message in full: it is what the list is for, and a cut one cannot be copied.
    if (p.draft) lines.push(...wrap(`Draft: ${p.draft}`, width - INDENT.length).map((line) => INDENT + line));
  }
  if (people.length < report.people.length) {
    lines.push('', `…${report.people.length - people.length} more; ${howToSeeTheRest(topGiven)}`);
  }
  if (report.warnings.length)
    lines.push(
      '',
      `${plural(report.warnings.length, 'warning')} about skipped or repaired rows: see --format json.`,
    );
  return `${lines.join('\n')}\n`;
}

// --top limits every format, so once it is given the way to all of them is to leave it out.
function howToSeeTheRest(topGiven: boolean): string {
  return topGiven
    ? 'leave out --top and use --format csv/json/html for all.'
    : 'use --top or --format csv/json/html for all.';
}

/** Where a person's reason and draft begin: under their name. */
const INDENT = ' '.repeat(31);

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
