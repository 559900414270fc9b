import { InputError } from '../errors.ts';
import type { WarningLog } from '../warnings.ts';
import { decodeText } from './decode-text.ts';
import { dedupeTables } from './dedupe-tables.ts';
import { delimitersToTry, isBlankRow, type ParsedCsv, parseCsv } from './parse-csv.ts';
import {
  FILE_LABELS,
  type FileKind,
  HEADER_SEARCH_ROWS,
  kindByName,
  MESSAGE_COLUMNS,
  missingColumns,
  type RecognisedFile,
  recogniseFile,
} from './recognise-file.ts';
import { scanCsv } from './scan-csv.ts';
import { type InflateRaw, isZip, listZipEntries, readZipEntry, ZIP_LIMITS, type ZipLimits } from './unzip.ts';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** One recognised CSV: its data rows (below the header) and its columns by normalised name. */
export interface Table {
  kind: FileKind;
  file: string;
  columns: Map<string, number>;
  rows: string[][];
}

export interface FileSummary {
  name: string;
  kind: FileKind | null;
  rows: number;
}

export interface ExportTables {
  tables: Map<FileKind, Table[]>;
  files: FileSummary[];
  /** Files whose name promised a kind their header does not have, and the columns they lack. */
  unrecognised: { file: string; kind: FileKind; columns: string[] }[];
}

/** LinkedIn allows 30,000 connections; a file far beyond that is no export, and is refused before it is parsed. */
export const MAX_CONNECTION_ROWS = 60_000;
/** Rows read from any other file: far more than any export holds, so one hostile file cannot stall the run. */
const MAX_ROWS: Partial<Record<FileKind, number>> = { messages: 1_000_000 };
const MAX_OTHER_ROWS = 200_000;

/** Enough of a file to hold its header, even behind the Connections.csv preamble. */
const PEEK_BYTES = 16 * 1024;

export interface ZipOptions {
  limits?: ZipLimits;
  /** A faster inflater the host provides (see InflateRaw); fflate when absent. */
  inflateRaw?: InflateRaw;
}

/**
 * Reads whatever the person gave us — the export ZIP, one CSV, several CSVs — into recognised tables.
 * Files are recognised by header, since their names drift; unknown files are listed and ignored.
 */
export function readExport(
  inputs: InputFile[],
  warnings: WarningLog,
  { limits = ZIP_LIMITS, inflateRaw }: ZipOptions = {},
): ExportTables {
  const tables = new Map<FileKind, Table[]>();
  const files: FileSummary[] = [];
  const unrecognised: ExportTables['unrecognised'] = [];
  const add = (name: string, bytes: Uint8Array, peeked: Peeked) => {
    const recognised = peeked.recognised;
    if (recognised?.kind === 'messages' && isCompanionMessages(name)) {
      const file = baseName(name);
      warnings.add({ file, code: 'companion-messages' });
      files.push({ name, kind: null, rows: 0 });
      return;
    }
    if (!recognised) {
      files.push({ name, kind: null, rows: 0 });
      // Named as a file the engine reads, yet not its header (columns deleted, renamed by a script):
      // never skipped in silence.
      const kind = kindByName(name);
      const columns = kind ? missingColumns(peeked.rows, kind) : null;
      if (kind && columns) {
        unrecognised.push({ file: baseName(name), kind, columns });
        warnings.add({ file: baseName(name), code: 'unrecognised-file', what: FILE_LABELS[kind], columns });
      }
      return;
    }
    const table = toTable(name, bytes, peeked, warnings);
    files.push({ name, kind: table.kind, rows: table.rows.length });
    const list = tables.get(table.kind) ?? [];
    list.push(table);
    tables.set(table.kind, list);
  };

  const nonEmpty = inputs.filter((input) => input.bytes.length > 0);
  if (nonEmpty.length === 0)
    throw new InputError(
      'empty-input',
      'The file is empty. Give Reconnect your LinkedIn export ZIP or its Connections.csv.',
    );
  // One unreadable file among several (a workbook saved as .csv beside the export) is skipped with a
  // warning; only when nothing at all could be read is its reason the answer.
  let firstError: InputError | null = null;
  for (const input of nonEmpty) {
    try {
      if (isZip(input.bytes)) readZip(input, limits, inflateRaw, warnings, add);
      else add(input.name, input.bytes, peekKind(input.bytes, input.name));
    } catch (error) {
      if (!(error instanceof InputError) || nonEmpty.length === 1 || !SKIPPABLE.has(error.code)) throw error;
      firstError ??= error;
      warnings.add({ file: baseName(input.name), code: 'skipped-file', reason: error.code });
    }
  }
  if (firstError && tables.size === 0) throw firstError;
  for (const [kind, list] of tables)
    if (kind !== 'connections' && list.length > 1) dedupeTables(list, warnings);
  return { tables, files, unrecognised };
}

/** What one of several files may fail with and be skipped: not a bomb, not a second export. */
const SKIPPABLE = new Set([
  'not-csv',
  'not-an-export',
  'unreadable-zip',
  'encrypted-zip',
  'nested-zip',
  'unreadable-text',
]);

type AddFile = (name: string, bytes: Uint8Array, peeked: Peeked) => void;

function readZip(
  input: InputFile,
  limits: ZipLimits,
  inflateRaw: InflateRaw | undefined,
  warnings: WarningLog,
  add: AddFile,
): void {
  const entries = listZipEntries(input.bytes, limits).filter((e) => !isJunkEntry(e.name));
  // An Excel workbook is a ZIP too: say what it is, not "a ZIP without CSV files".
  if (
    entries.some((e) => e.name === '[Content_Types].xml') &&
    entries.some((e) => e.name.startsWith('xl/'))
  ) {
    throw new InputError(
      'not-csv',
      `"${baseName(input.name)}" is an Excel workbook, not a CSV file. Give Reconnect the export as LinkedIn sent it, or save the sheet as CSV.`,
    );
  }
  for (const e of entries.filter((x) => isUnsafePath(x.name))) {
    warnings.add({ file: baseName(e.name), code: 'unsafe-path' });
  }
  const csvs = entries.filter((e) => /\.csv$/i.test(e.name) && depth(e.name) <= 2 && !isUnsafePath(e.name));
  if (csvs.length === 0) {
    if (entries.some((e) => /\.zip$/i.test(e.name))) {
      throw new InputError(
        'nested-zip',
        'This ZIP holds other ZIP files. Unzip it and use the LinkedIn export inside.',
      );
    }
    throw new InputError(
      'not-an-export',
      'This ZIP holds no CSV files, so it is not a LinkedIn data export.',
    );
  }
  let total = 0;
  let firstError: InputError | null = null;
  let readConnections = false;
  for (const entry of csvs) {
    const name = entry.name;
    try {
      const head = readZipEntry(input.bytes, entry, limits.maxEntryBytes, PEEK_BYTES);
      const peeked = peekKind(head, name);
      const recognised = peeked.recognised;
      if (!recognised) {
        add(name, head, peeked);
        continue;
      }
      if (total >= limits.maxTotalBytes) throw tooMuchInTotal(limits.maxTotalBytes);
      const bytes = readZipEntry(
        input.bytes,
        entry,
        Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total),
        Number.POSITIVE_INFINITY,
        inflateRaw,
      );
      total += bytes.length;
      add(name, bytes, peeked);
      readConnections ||= recognised.kind === 'connections';
    } catch (error) {
      // A bomb or an oversized archive stops everything; one damaged or locked side file does not.
      if (!(error instanceof InputError) || error.code === 'too-large') throw error;
      firstError ??= error;
      warnings.add({ file: baseName(name), code: 'skipped-entry', reason: error.code });
    }
  }
  // Nothing readable at all: the reason is the entries' own (encrypted, damaged), not "no Connections.csv".
  if (firstError && !readConnections) throw firstError;
}

function tooMuchInTotal(maxBytes: number): InputError {
  const mb = Math.round(maxBytes / (1024 * 1024));
  return new InputError(
    'too-large',
    `The files in this ZIP unpack to more than ${mb} MB together, far beyond a LinkedIn export.`,
  );
}

/**
 * Recognises a file by its header. The delimiter is tried, likeliest first, until a header matches:
 * counting characters alone is fooled by, say, HTML with `&nbsp;` in a message before the first row.
 */
interface Peeked {
  recognised: RecognisedFile | null;
  /** The first rows as read with the likeliest delimiter: what a warning about the header shows. */
  rows: string[][];
}

function peekKind(bytes: Uint8Array, name: string): Peeked {
  const { text } = decodeText(bytes.subarray(0, PEEK_BYTES), { partial: true });
  let first: string[][] | null = null;
  for (const delimiter of delimitersToTry(text)) {
    const rows = parseCsv(text, { preview: 12, delimiter }).rows;
    first ??= rows;
    const found = recogniseFile(rows, name, delimiter);
    if (found) return { recognised: found, rows };
  }
  return { recognised: null, rows: first ?? [] };
}

function toTable(name: string, bytes: Uint8Array, peeked: Peeked, warnings: WarningLog): Table {
  const recognised = peeked.recognised as RecognisedFile;
  const { text, encoding } = decodeText(bytes);
  if (recognised.kind === 'connections') refuseBeyondLinkedIn(text);
  if (encoding === 'utf-8-repaired') {
    warnings.add({ file: baseName(name), code: 'bad-bytes' });
  }
  if (encoding === 'windows-1252') {
    warnings.add({ file: name, code: 'not-utf8' });
  }
  // The scanner reads well-formed CSV exactly as papaparse does, in about half the time; papaparse
  // reads what the scanner gives up on, and says what was wrong with it.
  const parsed =
    (recognised.kind === 'messages'
      ? scanMessages(text, recognised)
      : scanWhole(text, recognised.delimiter)) || parseCsv(text, { delimiter: recognised.delimiter });
  if (parsed.unbalancedQuotes) {
    warnings.add({ file: name, code: 'unbalanced-quotes' });
  }
  // Re-find the header in the full parse: the peek may have cut a quoted preamble differently.
  const header = recogniseFile(parsed.rows, name, recognised.delimiter) ?? recognised;
  const rows: string[][] = [];
  const limit = MAX_ROWS[header.kind] ?? MAX_OTHER_ROWS;
  for (let r = header.headerRow + 1; r < parsed.rows.length; r++) {
    const row = parsed.rows[r] as string[];
    if (isBlankRow(row)) continue;
    if (rows.length >= limit && header.kind !== 'connections') {
      warnings.add({ file: baseName(name), code: 'too-many-rows', limit });
      break;
    }
    rows.push(row);
  }
  return { kind: header.kind, file: baseName(name), columns: header.columns, rows };
}

/**
 * LinkedIn allows 30,000 connections. Far more lines than that is no export (or a hostile one): it
 * is refused from a count of its line breaks, before a single row is parsed into memory.
 */
function refuseBeyondLinkedIn(text: string): void {
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (++lines > MAX_CONNECTION_ROWS + HEADER_SEARCH_ROWS) {
      throw new InputError(
        'too-many-connections',
        `This Connections.csv holds more than ${MAX_CONNECTION_ROWS.toLocaleString('en-US')} rows; LinkedIn allows at most 30,000 connections, so it is not a LinkedIn export.`,
      );
    }
  }
}

function scanWhole(text: string, delimiter: string): ParsedCsv | false {
  const rows = scanCsv(text, { delimiter, wholeRows: Number.POSITIVE_INFINITY, keep: new Set() });
  return rows !== null && { rows, delimiter, unbalancedQuotes: false };
}

/**
 * messages.csv read for the columns the engine uses only (see scanCsv); false when the scan gave up or
 * found its header elsewhere than the peek did, and papaparse should read the whole file instead.
 */
function scanMessages(text: string, recognised: RecognisedFile): ParsedCsv | false {
  const keep = new Set(MESSAGE_COLUMNS.map((name) => recognised.columns.get(name) ?? -1));
  const rows = scanCsv(text, { delimiter: recognised.delimiter, wholeRows: HEADER_SEARCH_ROWS, keep });
  if (rows === null) return false;
  const header = recogniseFile(rows, '', recognised.delimiter);
  const sameColumns = MESSAGE_COLUMNS.every(
    (name) => header?.columns.get(name) === recognised.columns.get(name),
  );
  return header?.headerRow === recognised.headerRow && sameColumns
    ? { rows, delimiter: recognised.delimiter, unbalancedQuotes: false }
    : false;
}

/** guide_messages.csv, coach_messages.csv...: same header as messages.csv, but not conversations with people. */
function isCompanionMessages(name: string): boolean {
  return /[a-z]_messages\.csv$/i.test(baseName(name).replace(/ /g, '_'));
}

function isJunkEntry(name: string): boolean {
  return name.startsWith('__MACOSX/') || baseName(name).startsWith('._') || name.endsWith('/');
}

/** Never written to disk here, but an entry like `../x.csv` or `/etc/x.csv` is hostile by intent. */
function isUnsafePath(name: string): boolean {
  return name.startsWith('/') || /^[a-z]:/i.test(name) || name.split(/[\\/]/).includes('..');
}

function depth(name: string): number {
  return name.split('/').filter(Boolean).length;
}

export function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

export function describeKinds(kinds: Iterable<FileKind>): string {
  return [...kinds].map((k) => FILE_LABELS[k]).join(', ');
}
