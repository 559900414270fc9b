import type { PeoplePage, PersonWithWords } from './api-client.ts';
import type { Sort } from './url-state.ts';

/** Past this many people an order other than the engine's is not worked out in the page. */
export const SORT_LIMIT = 5000;
const FIRST_PAGE = 60;
const PAGE = 250;

/**
 * The people matching a filter, read from the API in pages as the list needs them (following each
 * page's nextCursor), or all of them at once for an order the API does not give (up to SORT_LIMIT).
 */
export class PeopleSource {
  total = 0;
  items: (PersonWithWords | undefined)[] = [];
  /** The order asked for could not be given (too many people): shown in the engine's order. */
  sortRefused = false;
  private cursor: string | null = null;
  private loading: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly fetchPage: (cursor: string | null, limit: number) => Promise<PeoplePage>,
    private readonly sort: Sort,
    private readonly onLoaded: () => void,
  ) {}

  async start(): Promise<void> {
    const page = await this.fetchPage(null, FIRST_PAGE);
    this.total = page.total;
    this.items = page.people;
    this.cursor = page.nextCursor;
    if (this.sort === 'rank') return;
    if (this.total > SORT_LIMIT) {
      this.sortRefused = true;
      return;
    }
    while (this.cursor !== null && !this.stopped) await this.next();
    this.items.sort(ORDER[this.sort]);
  }

  /** Loads pages until `index` is loaded (or the list ends). */
  ensure(index: number): void {
    if (this.loading || this.cursor === null || index < this.items.length) return;
    this.loading = (async () => {
      try {
        while (!this.stopped && this.cursor !== null && index >= this.items.length) await this.next();
      } finally {
        this.loading = null;
        if (!this.stopped) this.onLoaded();
      }
    })();
  }

  replace(person: PersonWithWords): void {
    const at = this.items.findIndex((p) => p?.id === person.id);
    if (at >= 0) this.items[at] = person;
  }

  stop(): void {
    this.stopped = true;
  }

  private async next(): Promise<void> {
    const page = await this.fetchPage(this.cursor, PAGE);
    this.items.push(...page.people);
    this.cursor = page.nextCursor;
  }
}

const byRank = (a: PersonWithWords | undefined, b: PersonWithWords | undefined) =>
  (a?.rank ?? 0) - (b?.rank ?? 0);
const ORDER: Record<Exclude<Sort, 'rank'>, (a?: PersonWithWords, b?: PersonWithWords) => number> = {
  name: (a, b) => (a?.name ?? '').localeCompare(b?.name ?? '') || byRank(a, b),
  // No contact on record first: the longest silence there is.
  quiet: (a, b) => (a?.lastContact ?? '').localeCompare(b?.lastContact ?? '') || byRank(a, b),
};
