import { getOrInsert } from '../get-or-insert.ts';
import { personNameKey } from '../normalise/person-name.ts';
import type { Connection } from '../readers/connections.ts';

/** Finds a connection by profile slug, or by name when the name is unambiguous. */
export class PeopleIndex {
  private readonly bySlug = new Map<string, number>();
  /** Built on first use: exports with URLs rarely need names at all. */
  private names: Map<string, number[]> | null = null;

  constructor(private readonly connections: Connection[]) {
    connections.forEach((c, i) => {
      if (c.slug) this.bySlug.set(c.slug, i);
    });
  }

  private get byName(): Map<string, number[]> {
    if (!this.names) {
      const names = new Map<string, number[]>();
      this.connections.forEach((c, i) => {
        if (c.name) getOrInsert(names, personNameKey(c.firstName, c.lastName), () => []).push(i);
      });
      this.names = names;
    }
    return this.names;
  }

  hasSlug(slug: string): boolean {
    return this.bySlug.has(slug);
  }

  /**
   * By profile when the file gives one; by name only for a connection whose own row has no profile
   * URL (old exports) — a namesake with a different profile is a different person.
   */
  bySlugOrName(slug: string | null, name: string): number | undefined {
    if (slug) {
      const found = this.bySlug.get(slug);
      if (found !== undefined) return found;
    }
    const byName = this.uniqueName(name);
    if (byName === undefined || !slug) return byName;
    return this.connections[byName]?.slug ? undefined : byName;
  }

  /** Every connection with this name; recommendations use it to pick by company among namesakes. */
  namesakes(name: string): number[] {
    if (!name) return [];
    return this.byName.get(getOrInsert(this.nameKeys, name, () => personNameKey(name))) ?? [];
  }

  private readonly nameKeys = new Map<string, string>();

  uniqueName(name: string): number | undefined {
    const found = this.namesakes(name);
    return found.length === 1 ? found[0] : undefined;
  }
}
