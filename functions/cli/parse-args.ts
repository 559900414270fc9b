import { parseArgs } from 'node:util';
import { parseIsoDate } from '../core/normalise/dates.ts';
import { splitEmployerLine } from '../core/normalise/employer-line.ts';

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

  const format = (values.format ?? 'table') as Format;
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
    splits: values.split ?? [],
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
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

/** `Acme:2018-03..2021-06`: the dates are read by the engine, which says if it cannot. */
function parseEmployer(text: string): { company: string; from: string; to: string | null } {
  const line = splitEmployerLine(text);
  const span = /^\s*([^.]+?)\s*\.\.\s*([^.]*?)\s*$/.exec(line?.span ?? '');
  if (!line || !span?.[1]) {
    throw new UsageError(
      `--employer "${text}" should look like "Acme:2018-03..2021-06" (leave the end out for a current job).`,
    );
  }
  return { company: line.company, from: span[1], to: span[2] || null };
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
  --as-of YYYY-MM-DD     what "today" is for recency (default: today)
  -f, --format FORMAT    table (default), json (the full report), csv, or html (one self-contained file)
  -o, --out FILE         write to FILE instead of the terminal
  -n, --top N            only the N best-ranked people (table shows 25 unless told)
  --employer "Acme:2018-03..2021-06"
                         one of your employers and your time there, when Positions.csv is missing;
                         repeat for each (leave the end out for a current job: "Globex:2021-07..")
  --merge "Acme=Acme Labs"   treat two company names as one company (repeatable)
  --split "Acme Labs"        keep a company name apart from similar names (repeatable)
  -q, --quiet            no progress messages
  -h, --help             this help
  -v, --version          the version

Exit status: 0 done, 1 the input could not be used (the message says why), 2 wrong usage.

Examples:
  reconnect analyze ~/Downloads/Basic_LinkedInDataExport_03-01-2026.zip
  reconnect analyze Connections.csv --employer "Acme:2018-03..2021-06" --employer "Globex:2021-07.."
  reconnect analyze export.zip --format html --out reconnect.html
`;

/** Node's own wording for a wrong flag, cut to what a person needs to read. */
function plainParseError(message: string): string {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `Unknown option '${unknown[1]}'.`;
  const ambiguous = /^Option '([^' ]+)[^']*' argument is ambiguous/.exec(message);
  if (ambiguous)
    return `${ambiguous[1]} needs a value after it (one that starts with "-" is written ${ambiguous[1]}=-…).`;
  return message.split('\n')[0] ?? message;
}
