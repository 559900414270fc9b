import { personNameKey } from '../normalise/person-name.ts';
import type { Connection } from '../readers/connections.ts';

/** Finds a connection by profile slug, or by name when the name is unambiguous. */
export class PeopleIndex {
  private readonly bySlug = new Map<string, number>();
  private readonly byName = new Map<string, number[]>();

  constructor(connections: Connection[]) {
    connections.forEach((c, i) => {
      if (c.slug) this.bySlug.set(c.slug, i);
      if (!c.name) return;
      const key = personNameKey(c.firstName, c.lastName);
      const list = this.byName.get(key);
      if (list) list.push(i);
      else this.byName.set(key, [i]);
    });
  }

  hasSlug(slug: string): boolean {
    return this.bySlug.has(slug);
  }

  bySlugOrName(slug: string | null, name: string): number | undefined {
    if (slug) {
      const found = this.bySlug.get(slug);
      if (found !== undefined) return found;
    }
    return this.uniqueName(name);
  }

  /** Every connection with this name; recommendations use it to pick by company among namesakes. */
  namesakes(name: string): number[] {
    return this.byName.get(personNameKey(name)) ?? [];
  }

  uniqueName(name: string): number | undefined {
    const found = this.namesakes(name);
    return found.length === 1 ? found[0] : undefined;
  }
}
