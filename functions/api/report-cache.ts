import type { Report } from '../core/index.ts';
import { type FilterKey, filterKey } from '../core/output/people-filter.ts';
import { type WordsContext, wordsContext } from '../core/words/index.ts';
import { type EncodedBody, encodedBody } from './answer.ts';

/** One person as the people pages filter them, with their JSON written once. */
export interface CachedPerson extends FilterKey {
  json: string;
}

/** Stands for the people while the rest of the report is serialised; no real value looks like it. */
const PEOPLE_MARKER = '\u0000people\u0000';

/** A report kept for reading: flat strings, cheap for the garbage collector to skip over. */
export interface CachedReport {
  people: CachedPerson[];
  /**
   * The whole `{status: 'ready', report}` body, put together from the pieces above when asked for
   * (few ask: the page reads pages), so a first read does not serialise 40 MB it may never send.
   */
  body: () => string;
  /** Its size in UTF-8 bytes: over Lambda's answer limit, it is handed out by a download link. */
  bodyBytes: number;
  /** The same without `people`: what a page needs to draw the summary, timeline and graph. */
  overview: EncodedBody;
  /** What the words for its people need of the report beyond each person. */
  words: WordsContext;
}

/**
 * The last few reports read, so paging through 30,000 people does not re-read and re-parse 40 MB from
 * S3 on every request. Entries are kept as strings rather than the report's object graph: thirty
 * thousand nested people would make every major garbage collection of a busy server slow. An entry is
 * only used while the report's status still carries the same `updatedAt`.
 */
export class ReportCache {
  private readonly entries = new Map<string, { version: string; report: CachedReport }>();

  constructor(private readonly capacity = 4) {}

  get(id: string, version: string): CachedReport | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.version !== version) return undefined;
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.report;
  }

  set(id: string, version: string, report: Report): CachedReport {
    // Everything but the people, once; the people go where the marker is.
    const [before = '', after = ''] = JSON.stringify({
      status: 'ready',
      report: { ...report, people: PEOPLE_MARKER },
    }).split(JSON.stringify(PEOPLE_MARKER));
    const people = report.people.map((p) => ({ ...filterKey(p), json: JSON.stringify(p) }));
    let peopleBytes = 0;
    for (const p of people) peopleBytes += Buffer.byteLength(p.json) + 1;
    const cached: CachedReport = {
      people,
      body: () => `${before}[${people.map((p) => p.json).join(',')}]${after}`,
      bodyBytes: Buffer.byteLength(before) + Buffer.byteLength(after) + peopleBytes + (people.length ? 1 : 2),
      overview: encodedBody(`${before}[]${after}`),
      words: wordsContext(report),
    };
    this.entries.delete(id);
    this.entries.set(id, { version, report: cached });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return cached;
  }

  delete(id: string): void {
    this.entries.delete(id);
  }
}
