import Papa from 'papaparse';

export interface ParsedCsv {
  rows: string[][];
  delimiter: string;
  /** Papaparse found a quote that never closes: rows after it may have been merged. */
  unbalancedQuotes: boolean;
}

/** Parses CSV text into rows of cells. Empty lines are dropped; the delimiter is detected. */
export function parseCsv(raw: string, { preview = 0, delimiter = detectDelimiter(raw) } = {}): ParsedCsv {
  // Papaparse takes one kind of line end per file; a file edited in several tools mixes them.
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  // `true`, not 'greedy': greedy tests every row with a regex; blank-celled rows are dropped by the caller.
  // The line end is known (normalised above): papaparse need not guess it by splitting the text.
  const result = Papa.parse<string[]>(text, { delimiter, newline: '\n', skipEmptyLines: true, preview });
  const unbalancedQuotes = result.errors.some((error) => error.type === 'Quotes');
  return { rows: result.data, delimiter, unbalancedQuotes };
}

/**
 * LinkedIn writes commas; spreadsheets re-save with tabs ("Unicode text") or, in many European
 * locales, semicolons. Count each in the first lines, where the header sits.
 */
export type Delimiter = ',' | '\t' | ';';

/** The likeliest delimiter first; a caller that can check the header tries the others too. */
export function delimitersToTry(text: string): Delimiter[] {
  const first = detectDelimiter(text);
  return [first, ...(['\t', ',', ';'] as const).filter((d) => d !== first)];
}

export function detectDelimiter(text: string): Delimiter {
  const head = text.slice(0, 4096);
  let commas = 0;
  let tabs = 0;
  let semicolons = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 44) commas++;
    else if (c === 9) tabs++;
    else if (c === 59) semicolons++;
  }
  if (tabs >= 2 && tabs * 2 >= commas) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

/** A header cell as compared: no BOM, quotes or stray spaces, lower case. */
export function normaliseHeaderCell(cell: string): string {
  return cell
    .replace(/^\ufeff/, '')
    .replace(/^\s*"|"\s*$/g, '')
    .trim()
    .replace(/[\s_]+/g, ' ')
    .toLowerCase();
}

/** A row of only empty cells, as spreadsheets write for blank lines (`,,,,,,`). */
export function isBlankRow(row: string[]): boolean {
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}
