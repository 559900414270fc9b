import type { Warning } from './report.ts';

/** How many warnings of one kind in one file are listed before they are only counted. */
const LISTED_PER_KIND = 20;

/**
 * Collects what was skipped or repaired while reading, as codes with parameters. A broken file can
 * produce a warning per row; the report lists the first few of each kind and one `more-rows` line
 * (its `reason` the kind's code) for the rest, so it stays small.
 */
export class WarningLog {
  private readonly listed: Warning[] = [];
  private readonly counts = new Map<string, { file: string; code: string; count: number }>();

  add(warning: Warning): void {
    const kind = `${warning.file}\u0000${warning.code}`;
    const seen = this.counts.get(kind);
    if (seen) seen.count++;
    else this.counts.set(kind, { file: warning.file, code: warning.code, count: 1 });
    if ((seen?.count ?? 1) <= LISTED_PER_KIND) this.listed.push(warning);
  }

  list(): Warning[] {
    const more: Warning[] = [];
    for (const { file, code, count } of this.counts.values()) {
      if (count > LISTED_PER_KIND)
        more.push({ file, code: 'more-rows', reason: code, count: count - LISTED_PER_KIND });
    }
    return [...this.listed, ...more];
  }
}
