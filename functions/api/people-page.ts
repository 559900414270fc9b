import { type Lang, personWords, phrasebook } from '../core/words/index.ts';
import { type EncodedBody, encodedBody } from './answer.ts';
import type { CachedPerson, CachedReport } from './report-cache.ts';
import type { PeopleQuery } from './schemas/requests.ts';

/** A page of people as sent: each person's facts, and beside them their words in the page's language. */
export function peoplePage(cached: CachedReport, query: PeopleQuery, lang: Lang): EncodedBody {
  const book = phrasebook(lang);
  const matching = cached.people.filter(matches(query));
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

function matches(query: PeopleQuery) {
  const q = query.q?.toLowerCase();
  const company = query.company?.toLowerCase();
  const category = (p: CachedPerson) =>
    !query.category ||
    p.category === query.category ||
    // Possible colleagues are below the line: only when asked for, beside the likely ones.
    (query.category === 'former-colleague' && query.possible === true && p.possible);
  return (p: CachedPerson) =>
    category(p) &&
    (!query.status || p.status === query.status) &&
    (query.minConfidence === undefined || p.confidence >= query.minConfidence) &&
    // Part of a name, as for their own company: "Lumen" finds those who shared "Lumen Health" too.
    (!company || p.company.includes(company) || p.employers.some((e) => e.includes(company))) &&
    (!q || p.name.includes(q) || p.company.includes(q) || p.position.includes(q));
}
