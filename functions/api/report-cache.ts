import type { Category, Report } from '../core/index.ts';
import { type EncodedBody, encodedBody } from './encoded-body.ts';

/** One person as the people pages filter them, with their JSON written once. */
export interface CachedPerson {
  category: Category;
  confidence: number;
  name: string;
  company: string;
  position: string;
  /** Their shared employers' names and keys, lower-cased. */
  employers: string[];
  json: string;
}

/** A report kept for reading: flat strings, cheap for the garbage collector to skip over. */
export interface CachedReport {
  people: CachedPerson[];
  /** The whole `{status: 'ready', report}` body, serialised once. */
  body: string;
  /** Its size in UTF-8 bytes: over Lambda's answer limit, it is handed out by a download link. */
  bodyBytes: number;
  /** The same without `people`: what a page needs to draw the summary, timeline and graph. */
  overview: EncodedBody;
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
    const body = JSON.stringify({ status: 'ready', report });
    const cached: CachedReport = {
      body,
      bodyBytes: Buffer.byteLength(body),
      overview: encodedBody(JSON.stringify({ status: 'ready', report: { ...report, people: [] } })),
      people: report.people.map((p) => ({
        category: p.category,
        confidence: p.confidence,
        name: p.name.toLowerCase(),
        company: p.company.toLowerCase(),
        position: p.position.toLowerCase(),
        employers: p.sharedEmployers.flatMap((s) => [s.company.toLowerCase(), s.key]),
        json: JSON.stringify(p),
      })),
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
