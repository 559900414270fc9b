import packageJson from '../../package.json' with { type: 'json' };
import { analyze, isInputError, type Person, type Report } from '../core/index.ts';
import { isZip } from '../core/input/unzip.ts';
import { peopleCsv } from '../core/output/people-csv.ts';
import { reportHtml } from '../core/output/report-html.ts';
import { personWords, phrasebook, wordsContext } from '../core/words/index.ts';
import { inflateRawNative } from '../node/inflate-raw.ts';
import { type AnalyzeCommand, HELP, parseCommand, UsageError } from './parse-args.ts';
import { readInputs } from './read-inputs.ts';
import { formatTable, forTerminal } from './table.ts';
import { CannotWriteError, writeAtomically } from './write-atomically.ts';

export interface Streams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today, for the default --as-of: the engine itself has no clock. */
  today: () => string;
  columns?: number;
}

/** Inputs this big take a second or more: say what is happening. A ZIP holds 5–10 times its size. */
const PROGRESS_BYTES = 5 * 1024 * 1024;
const PROGRESS_ZIP_BYTES = 1024 * 1024;
const TABLE_TOP = 25;

const defaultStreams: Streams = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  today: () => new Date().toISOString().slice(0, 10),
  columns: process.stdout.columns,
};

/** Runs the CLI and returns its exit status: 0 done, 1 unusable input, 2 wrong usage. */
export async function main(argv: string[], io: Streams = defaultStreams): Promise<number> {
  try {
    const command = parseCommand(argv);
    if (command.command === 'help') io.stdout(HELP);
    else if (command.command === 'version') io.stdout(`${version()}\n`);
    else run(command, io);
    return 0;
  } catch (error) {
    // Messages echo what was typed or named (an option value, a path): no control characters either.
    if (error instanceof UsageError) {
      io.stderr(`reconnect: ${forTerminal(error.message)}\nRun "reconnect --help" for usage.\n`);
      return 2;
    }
    if (isInputError(error) || error instanceof CannotWriteError) {
      io.stderr(`reconnect: ${forTerminal(error.message)}\n`);
      return 1;
    }
    const detail = process.env.RECONNECT_DEBUG ? `\n${(error as Error).stack}` : '';
    io.stderr(`reconnect: something went wrong: ${(error as Error).message}${detail}\n`);
    return 1;
  }
}

function run(command: AnalyzeCommand, io: Streams): void {
  const started = performance.now();
  const files = readInputs(command.files);
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
  const zipped = files.some((f) => isZip(f.bytes));
  const progress = !command.quiet && bytes >= (zipped ? PROGRESS_ZIP_BYTES : PROGRESS_BYTES);
  if (progress)
    io.stderr(
      `Reading ${files.length} file${files.length === 1 ? '' : 's'}, ${(bytes / 1048576).toFixed(1)} MB…\n`,
    );
  const report = analyze(files, {
    asOf: command.asOf ?? io.today(),
    employers: command.employers,
    merges: command.merges,
    splits: command.splits,
    keepInTouchDays: command.keepInTouchDays,
    inflateRaw: inflateRawNative,
  });
  if (progress) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    io.stderr(`Ranked ${report.people.length.toLocaleString('en-US')} connections in ${seconds} s.\n`);
  }
  const output = render(report, command);
  if (command.out) writeAtomically(command.out, output);
  else io.stdout(output);
  if (command.out && !command.quiet) io.stderr(`Wrote ${forTerminal(command.out)}\n`);

  function render(r: Report, c: AnalyzeCommand): string {
    const top = c.top ?? (c.format === 'table' ? TABLE_TOP : null);
    const people: Person[] = top === null ? r.people : r.people.slice(0, top);
    switch (c.format) {
      case 'json':
        return `${JSON.stringify({ ...r, people: c.words ? withWords(r, people, c) : people })}\n`;
      case 'csv':
        return peopleCsv(r, people, c.lang);
      case 'html':
        return reportHtml(r, people, c.lang);
      default:
        return formatTable(r, people, {
          width: Math.max(60, io.columns ?? 100),
          topGiven: c.top !== null,
          lang: c.lang,
        });
    }
  }
}

/** `--words`: each person with their reasons and draft said in the chosen language. */
function withWords(report: Report, people: Person[], c: AnalyzeCommand) {
  const book = phrasebook(c.lang);
  const context = wordsContext(report);
  return people.map((p) => ({ ...p, words: personWords(p, context, book) }));
}

function version(): string {
  return `reconnect ${packageJson.version}`;
}
