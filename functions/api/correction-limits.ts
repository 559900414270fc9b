import type { Corrections } from '../core/index.ts';
import { ApiError } from './api-error.ts';
import { MAX_MARKED, MAX_MERGES } from './schemas/requests.ts';

/**
 * Corrections accumulate in the stored report and come back in every answer, so they are bounded:
 * a merge already stored (either way round, any case) or of a name with itself is not stored again,
 * and past MAX_MERGES pairs or MAX_MARKED people in all the request is refused in plain words.
 * (Unbounded, 150 requests of 100 merges each made a 5.9 MB answer.) Returns what to apply.
 */
export function boundedCorrections(stored: Corrections | undefined, asked: Corrections): Corrections {
  const known = new Set((stored?.merge ?? []).map(pairKey));
  const merge: [string, string][] = [];
  for (const pair of asked.merge ?? []) {
    const key = pairKey(pair);
    if (known.has(key) || sameName(pair)) continue;
    known.add(key);
    merge.push(pair);
  }
  if (known.size > MAX_MERGES)
    throw new ApiError(
      422,
      'too-many-corrections',
      `A report holds at most ${MAX_MERGES} merged company pairs; this one would hold ${known.size}.`,
    );
  const marked = new Set([
    ...(stored?.colleague ?? []),
    ...(stored?.notColleague ?? []),
    ...(asked.colleague ?? []),
    ...(asked.notColleague ?? []),
  ]);
  if (marked.size > MAX_MARKED)
    throw new ApiError(
      422,
      'too-many-corrections',
      `A report holds at most ${MAX_MARKED} people marked colleague or not; this one would hold ${marked.size}.`,
    );
  return {
    ...(asked.colleague ? { colleague: [...new Set(asked.colleague)] } : {}),
    ...(asked.notColleague ? { notColleague: [...new Set(asked.notColleague)] } : {}),
    ...(merge.length ? { merge } : {}),
  };
}

const norm = (name: string) => name.trim().toLowerCase();
const sameName = ([a, b]: [string, string]) => norm(a) === norm(b);
const pairKey = ([a, b]: [string, string]) => [norm(a), norm(b)].sort().join('\u0000');
