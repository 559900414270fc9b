import { getOrInsert } from '../get-or-insert.ts';
import { exactNameKey, personNameKey } from '../normalise/person-name.ts';
import type { Connection } from '../readers/connections.ts';

/** Finds a connection by profile slug, or by name when the name is unambiguous. */
export class PeopleIndex {
  private readonly slugs = new Map<string, number>();
  /** Built on first use: exports with URLs rarely need names at all. */
  private names: Map<string, number[]> | null = null;
  /** Within a group of namesakes, by the name with its accents: "Zoe" and "Zoë" are two people. */
  private readonly exactGroups = new Map<number[], Map<string, number[]>>();

  constructor(private readonly connections: Connection[]) {
    connections.forEach((c, i) => {
      if (c.slug) this.slugs.set(c.slug, i);
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

  /** A namesake group split by the names as written: worked out only for the few groups that exist. */
  private exactIn(group: number[]): Map<string, number[]> {
    let exact = this.exactGroups.get(group);
    if (!exact) {
      exact = new Map();
      for (const i of group) {
        const c = this.connections[i];
        if (c) getOrInsert(exact, exactNameKey(c.firstName, c.lastName), () => []).push(i);
      }
      this.exactGroups.set(group, exact);
    }
    return exact;
  }

  hasSlug(slug: string): boolean {
    return this.slugs.has(slug);
  }

  bySlug(slug: string): number | undefined {
    return this.slugs.get(slug);
  }

  /**
   * By profile when the file gives one; by name only for a connection whose own row has no profile
   * URL (old exports) — a namesake with a different profile is a different person.
   */
  bySlugOrName(slug: string | null, name: string): number | undefined {
    if (slug) {
      const found = this.slugs.get(slug);
      if (found !== undefined) return found;
    }
    const byName = this.uniqueName(name);
    if (byName === undefined || !slug) return byName;
    return this.connections[byName]?.slug ? undefined : byName;
  }

  /**
   * Every connection with this name, written as given (accents and all) where any is; else every one
   * whose name differs only in accents, case or punctuation. Recommendations pick among them by company.
   */
  namesakes(name: string): number[] {
    if (!name) return [];
    const folded = this.byName.get(getOrInsert(this.nameKeys, name, () => personNameKey(name))) ?? [];
    if (folded.length <= 1) return folded;
    const exact = this.exactIn(folded).get(exactNameKey(name));
    return exact?.length ? exact : folded;
  }

  /** The namesakes a file's row may mean: those without a profile URL of their own, or with this one. */
  candidates(slug: string | null, name: string): number[] {
    const namesakes = this.namesakes(name);
    if (!slug) return namesakes;
    return namesakes.filter((i) => {
      const own = this.connections[i]?.slug;
      return !own || own === slug;
    });
  }

  connectedOn(index: number): number | null {
    return this.connections[index]?.connectedOn ?? null;
  }

  private readonly nameKeys = new Map<string, string>();

  uniqueName(name: string): number | undefined {
    const found = this.namesakes(name);
    return found.length === 1 ? found[0] : undefined;
  }
}
