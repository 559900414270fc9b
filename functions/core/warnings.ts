import type { Warning } from './report.ts';

/** How many warnings of one kind in one file are listed before they are only counted. */
const LISTED_PER_KIND = 20;

/**
 * Collects what was skipped or repaired while reading. A broken file can produce a warning per row;
 * the report lists the first few of each kind and one summary line for the rest, so it stays small.
 */
export class WarningLog {
  private readonly listed: Warning[] = [];
  private readonly counts = new Map<string, { file: string; code: string; message: string; count: number }>();

  add(file: string, code: string, message: string, row?: number): void {
    const kind = `${file}\u0000${code}`;
    const seen = this.counts.get(kind);
    if (seen) seen.count++;
    else this.counts.set(kind, { file, code, message, count: 1 });
    if ((seen?.count ?? 1) <= LISTED_PER_KIND) {
      this.listed.push(row === undefined ? { file, code, message } : { file, row, code, message });
    }
  }

  list(): Warning[] {
    const more: Warning[] = [];
    for (const { file, code, count } of this.counts.values()) {
      if (count > LISTED_PER_KIND) {
        const rest = count - LISTED_PER_KIND;
        more.push({
          file,
          code,
          message: `…and ${rest} more row${rest === 1 ? '' : 's'} like the ones above.`,
        });
      }
    }
    return [...this.listed, ...more];
  }
}
