import { describe, expect, it } from 'vitest';
import { analyze } from '../../functions/core/index.ts';
import { wordsOf } from '../support/words.ts';
import { generatorA, generatorB, type LabelledExport } from './labelled.ts';
import { evaluateSet, type SetResult, summarise } from './summary.ts';

/**
 * Issue 13's targets on labelled exports the engine was not tuned on (seeds 201–202; tuning used
 * 11–16), of two generators written apart from each other. Only what is met is asserted here; the
 * README's table (npm run eval) reports every target, met or not, on more and larger exports.
 */
const sets: LabelledExport[] = [
  ...[201, 202].flatMap((seed) => (['2020', '2026'] as const).map((era) => generatorA(seed, era, 600))),
  ...[201, 202].flatMap((seed) => (['2018', '2026'] as const).map((era) => generatorB(seed, era, 600))),
];

describe('answers a user can trust, on exports the engine was not tuned on', () => {
  const results: SetResult[] = sets.map((set) => {
    const report = analyze(set.files, { asOf: set.asOf });
    return evaluateSet(set, report, wordsOf(report));
  });
  const of = (generator: 'A' | 'B') => results.filter((r) => r.set.generator === generator);

  it('prints the measurements', () => {
    console.info(summarise(results));
    expect(results).toHaveLength(sets.length);
  });

  it('never puts anyone contacted in the last 90 days in the top 25, whatever the generator', () => {
    for (const r of results) expect(r.top.recent, `${r.set.generator}${r.set.seed}/${r.set.era}`).toBe(0);
  });

  it('makes no false claim in the top 100 where the export names people by profile (generator A)', () => {
    for (const r of of('A').filter((x) => x.set.era !== '2020'))
      expect(r.claims, `${r.set.seed}/${r.set.era}`).toEqual([]);
  });

  it('is right 8 times in 10 when it says "former colleague" (generator A)', () => {
    const tp = of('A').reduce((n, r) => n + r.engine.precision * r.engine.predicted, 0);
    const predicted = of('A').reduce((n, r) => n + r.engine.predicted, 0);
    expect(tp / predicted).toBeGreaterThanOrEqual(0.8);
  });
});
