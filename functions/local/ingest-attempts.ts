import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * How many times each upload has been handed to the ingest. Lambda keeps this count in the service; the
 * local server keeps it in a file, so that an upload whose ingest takes the whole process down with it
 * (or is under way whenever the server is stopped) is not tried again at every start, forever.
 */
export interface AttemptCounts {
  /** Counts one more attempt at the key, before it is made, and returns the total so far. */
  next(key: string): number;
  clear(key: string): void;
  /** Forgets every key but these (the uploads still waiting). */
  keepOnly(keys: string[]): void;
}

export class MemoryAttempts implements AttemptCounts {
  protected counts = new Map<string, number>();

  next(key: string): number {
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    this.saved();
    return count;
  }

  clear(key: string): void {
    if (this.counts.delete(key)) this.saved();
  }

  keepOnly(keys: string[]): void {
    const kept = new Set(keys);
    let changed = false;
    for (const key of this.counts.keys())
      if (!kept.has(key)) {
        this.counts.delete(key);
        changed = true;
      }
    if (changed) this.saved();
  }

  protected saved(): void {}
}

/** The counts in a small JSON file (owner-only), replaced whole on each change. */
export class FileAttempts extends MemoryAttempts {
  constructor(private readonly path: string) {
    super();
    try {
      const stored = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      for (const [key, count] of Object.entries(stored))
        if (Number.isInteger(count)) this.counts.set(key, count as number);
    } catch {
      // No file yet (or a broken one): no attempts known.
    }
  }

  protected override saved(): void {
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, JSON.stringify(Object.fromEntries(this.counts)), { mode: 0o600 });
    renameSync(temporary, this.path);
  }
}
