export interface ScanOptions {
  delimiter: string;
  /** Rows read whole from the top of the file: the preamble and header, whatever their width. */
  wholeRows: number;
  /** Below those, only these columns are read; every other cell is left empty. */
  keep: ReadonlySet<number>;
}

/**
 * Reads CSV text like `parseCsv` (papaparse, empty lines skipped, any line end) but keeps only some
 * columns below the header. It exists for messages.csv, which can run to tens of megabytes of which
 * the engine reads a few short columns: skipping a message's text by jumping from quote to quote costs
 * a third of what splitting it into cells does, and nothing of it stays in memory.
 *
 * It gives up (null) on what it cannot read exactly as papaparse would — a quote that never closes,
 * or text after a closing quote — and the caller then parses the file with papaparse, warnings and all.
 */
export function scanCsv(text: string, { delimiter, wholeRows, keep }: ScanOptions): string[][] | null {
  const sep = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  const n = text.length;
  let row: string[] = [];
  // Whether the row's first cell held anything: projection may have left it empty when it was not.
  let firstHeld = false;
  let i = 0;
  while (i < n) {
    const whole = rows.length < wholeRows;
    const wanted = whole || keep.has(row.length);
    let cell = '';
    if (text.charCodeAt(i) === QUOTE) {
      let close = text.indexOf('"', i + 1);
      let escaped = false;
      while (close >= 0 && text.charCodeAt(close + 1) === QUOTE) {
        escaped = true;
        close = text.indexOf('"', close + 2);
      }
      if (close < 0) return null;
      if (row.length === 0) firstHeld = close > i + 1;
      if (wanted) {
        cell = text.slice(i + 1, close);
        if (escaped) cell = cell.replaceAll('""', '"');
        if (cell.includes('\r')) cell = cell.replace(/\r\n?/g, '\n');
      }
      i = close + 1;
      const next = text.charCodeAt(i);
      if (i < n && next !== sep && next !== LF && next !== CR) return null;
    } else {
      let end = i;
      for (; end < n; end++) {
        const c = text.charCodeAt(end);
        if (c === sep || c === LF || c === CR) break;
      }
      if (wanted) cell = text.slice(i, end);
      if (row.length === 0) firstHeld = end > i;
      i = end;
    }
    row.push(cell);
    if (text.charCodeAt(i) === sep) {
      i++;
      // A delimiter at the very end still opens one last, empty cell.
      if (i === n) row.push('');
      else continue;
    }
    if (text.charCodeAt(i) === CR) i++;
    if (text.charCodeAt(i) === LF) i++;
    // An empty line is one empty cell: skipped, as papaparse's skipEmptyLines does.
    if (row.length > 1 || firstHeld) rows.push(row);
    row = [];
  }
  return rows;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
