import { matchesFilter } from '../core/output/people-filter.ts';
import { type Lang, personWords, phrasebook } from '../core/words/index.ts';
import { type EncodedBody, encodedBody } from './answer.ts';
import type { CachedReport } from './report-cache.ts';
import type { PeopleQuery } from './schemas/requests.ts';

/** A page of people as sent: each person's facts, and beside them their words in the page's language. */
export function peoplePage(cached: CachedReport, query: PeopleQuery, lang: Lang): EncodedBody {
  const book = phrasebook(lang);
  const matching = cached.people.filter(matchesFilter(query));
  const start = Number(query.cursor ?? 0);
  const page = matching.slice(start, start + query.limit).map((p) => {
    const words = personWords(JSON.parse(p.json), cached.words, book);
    // The facts as stored, the words added as one more field: no second serialising of the person.
    return `${p.json.slice(0, -1)},"words":${JSON.stringify(words)}}`;
  });
  const next = start + query.limit < matching.length ? String(start + query.limit) : null;
  return encodedBody(
    `{"total":${matching.length},"people":[${page.join(',')}],"nextCursor":${JSON.stringify(next)}}`,
  );
}
