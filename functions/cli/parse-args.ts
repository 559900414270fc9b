import { parseArgs } from 'node:util';
import { parseIsoDate, parseSpan } from '../core/normalise/dates.ts';
import { splitEmployerLine } from '../core/normalise/employer-line.ts';
import type { KeepInTouchDays } from '../core/report.ts';
import { isLang, LANGS, type Lang } from '../core/words/index.ts';

export type Format = 'table' | 'json' | 'csv' | 'html';

export interface AnalyzeCommand {
  command: 'analyze';
  files: string[];
  asOf: string | null;
  format: Format;
  out: string | null;
  top: number | null;
  employers: { company: string; from: string; to: string | null }[];
  merges: [string, string][];
  splits: string[];
  keepInTouchDays: Partial<KeepInTouchDays>;
  lang: Lang;
  /** JSON with each person's reasons and draft in words too, for scripts that want them. */
  words: boolean;
  quiet: boolean;
}

export type Command = AnalyzeCommand | { command: 'help' } | { command: 'version' };

/** Wrong usage: the CLI prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {}

const FORMATS: Format[] = ['table', 'json', 'csv', 'html'];

export function parseCommand(argv: string[]): Command {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(plainParseError((error as Error).message));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...files] = positionals;
  if (command === undefined || command === 'help') return { command: 'help' };
  if (command !== 'analyze') throw new UsageError(`Unknown command "${command}". The command is "analyze".`);
  if (files.length === 0)
    throw new UsageError('Name your export: reconnect analyze Basic_LinkedInDataExport.zip');

  // `--out=` would otherwise print to the terminal as if --out had not been given.
  if (values.out === '') throw new UsageError('--out needs a value after it.');
  const format = (values.format ?? formatOfFileName(values.out) ?? 'table') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
  if (values['as-of'] !== undefined && parseIsoDate(values['as-of']) === null) {
    throw new UsageError('--as-of takes a date like 2026-03-01.');
  }
  let top: number | null = null;
  if (values.top !== undefined) {
    top = Number(values.top);
    if (!Number.isInteger(top) || top < 1)
      throw new UsageError('--top takes a whole number of people, 1 or more.');
  }
  return {
    command: 'analyze',
    files,
    asOf: values['as-of'] ?? null,
    format,
    out: values.out ?? null,
    top,
    employers: (values.employer ?? []).map(parseEmployer),
    merges: (values.merge ?? []).map(parseMerge),
    splits: (values.split ?? []).map(parseSplit),
    keepInTouchDays: parseKeepInTouch(values['keep-in-touch']),
    lang: parseLang(values.lang),
    words: values.words ?? false,
    quiet: values.quiet ?? false,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      'as-of': { type: 'string' },
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      top: { type: 'string', short: 'n' },
      employer: { type: 'string', multiple: true },
      merge: { type: 'string', multiple: true },
      split: { type: 'string', multiple: true },
      'keep-in-touch': { type: 'string' },
      lang: { type: 'string' },
      words: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

/** `-o report.html` means HTML: a table of text in a file named .html would be no use to anyone. */
function formatOfFileName(path: string | undefined): Format | null {
  const extension = /\.(json|csv|html)$/i.exec(path ?? '');
  return extension ? (extension[1]?.toLowerCase() as Format) : null;
}

/**
 * `Acme:2018-03..2021-06`, read here as the engine will read it, so a wrong value is wrong usage
 * (exit 2) echoed exactly as typed, not an unusable input in the engine's own rewording of it.
 */
function parseEmployer(text: string): { company: string; from: string; to: string | null } {
  const line = splitEmployerLine(text);
  const dates = /^\s*([^.]+?)\s*\.\.\s*([^.]*?)\s*$/.exec(line?.span ?? '');
  const span = line ? parseSpan(line.span) : null;
  if (!line || !dates?.[1] || !span) {
    throw new UsageError(
      `--employer "${text}" should look like "Acme:2018-03..2021-06" (leave the end out for a current job).`,
    );
  }
  const [, from, to] = dates;
  if (span.to !== null && span.from > span.to) {
    throw new UsageError(`--employer "${text}": the start (${from}) is after the end (${to}).`);
  }
  return { company: line.company, from, to: to || null };
}

function parseLang(text: string | undefined): Lang {
  if (text === undefined) return 'en';
  if (!isLang(text)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}.`);
  return text;
}

/** `close=60,familiar=120`: how often to be in touch with each tie, in days (the rest keep their default). */
function parseKeepInTouch(text: string | undefined): Partial<KeepInTouchDays> {
  if (text === undefined) return {};
  const days: Partial<KeepInTouchDays> = {};
  for (const part of text.split(',')) {
    const m = /^\s*(close|familiar|distant)\s*=\s*(\d{1,4})\s*$/.exec(part);
    const n = Number(m?.[2]);
    if (!m || n < 1 || n > 3650) {
      throw new UsageError(
        `--keep-in-touch "${text}" should look like "close=90,familiar=180,distant=365" (days, 1 to 3650).`,
      );
    }
    days[m[1] as keyof KeepInTouchDays] = n;
  }
  return days;
}

/** `Acme Labs`: a name kept apart from similar ones; an empty one would say nothing. */
function parseSplit(text: string): string {
  if (!text.trim()) throw new UsageError('--split needs a company name, like --split "Acme Labs".');
  return text.trim();
}

/** `Acme=Acme Labs`: two names of one company. */
function parseMerge(text: string): [string, string] {
  const [a, b, ...rest] = text.split('=');
  if (!a?.trim() || !b?.trim() || rest.length)
    throw new UsageError(`--merge "${text}" should look like "Acme=Acme Labs".`);
  return [a.trim(), b.trim()];
}

export const HELP = `reconnect — find the former colleagues in your LinkedIn data export

Usage:
  reconnect analyze <export.zip | folder | file.csv ...> [options]

Give it the export ZIP LinkedIn sent you, the unzipped folder, or one or more of its CSV files
(Connections.csv is required; Positions.csv, messages.csv, Invitations.csv, endorsements and
recommendations make it sharper). Nothing leaves your machine.

Options:
  --as-of YYYY-MM-DD     what "today" is for who is due a word (default: today)
  -f, --format FORMAT    table (default: each person with the first reasons and the drafted message),
                         json (the full report, as facts), csv, or html (one self-contained file)
  -o, --out FILE         write to FILE instead of the terminal; a FILE ending in .json, .csv or .html
                         is written in that format unless --format says otherwise
  -n, --top N            only the N best-ranked people (table shows 25 unless told)
  --employer "Acme:2018-03..2021-06"
                         one of your employers and your time there, when Positions.csv is missing;
                         repeat for each (leave the end out for a current job: "Globex:2021-07..")
  --merge "Acme=Acme Labs"   treat two company names as one company (repeatable)
  --split "Acme Labs"        keep a company name apart from similar names (repeatable)
  --keep-in-touch "close=90,familiar=180,distant=365"
                         how often, in days, to be in touch with a close, familiar or distant tie
                         (these are the defaults; give any of them)
  --lang LANG            the language of reasons and drafts: ${LANGS.join(', ')} (default: en)
  --words                with --format json: each person's reasons and draft in words too (the
                         report itself holds facts, not sentences)
  -q, --quiet            no progress messages
  -h, --help             this help
  -v, --version          the version

Exit status: 0 done, 1 the input could not be used or --out could not be written (the message says
why), 2 wrong usage.

Examples:
  reconnect analyze ~/Downloads/Basic_LinkedInDataExport_03-01-2026.zip
  reconnect analyze Connections.csv --employer "Acme:2018-03..2021-06" --employer "Globex:2021-07.."
  reconnect analyze export.zip --format html --out reconnect.html
`;

/** Node's own wording for a wrong flag, cut to what a person needs to read. */
function plainParseError(message: string): string {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `Unknown option '${unknown[1]}'.`;
  // `Option '-o, --out <value>' argument missing`: name the option by its long name only.
  const missing = /^Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(message);
  if (missing) return `${missing[1]} needs a value after it.`;
  // `-o -q` is reported as '-o'; node's hint further on has the long name, which `=` works with.
  const ambiguous = /^Option '([^' ]+)' argument is ambiguous[\s\S]*?use '(--[\w-]+)=/.exec(message);
  if (ambiguous)
    return `${ambiguous[2]} needs a value after it (one that starts with "-" is written ${ambiguous[2]}=-…).`;
  return message.split('\n')[0] ?? message;
}
