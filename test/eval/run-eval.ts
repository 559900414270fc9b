/**
 * `npm run eval`: the engine on labelled exports of two independent generators, every era, on seeds it
 * was never tuned on, beside the plain rule of thumb. Prints a Markdown table (the README's).
 *   npm run eval -- --tuning     the seeds looked at while tuning (generator A 11–16, B 11–16)
 *   npm run eval -- --claims     also list every false claim found in the top 100
 */
import { analyze } from '../../functions/core/index.ts';
import { wordsOf } from '../support/words.ts';
import { generatorA, generatorB, type LabelledExport } from './labelled.ts';
import { evaluateSet, type SetResult, summarise } from './summary.ts';

const args = process.argv.slice(2);
const size = Number(process.env.EVAL_CONNECTIONS ?? 1000);
const seeds = args.includes('--tuning') ? [11, 12, 13, 14, 15, 16] : [201, 202, 203, 204];
const sets: LabelledExport[] = [];
for (const seed of seeds) {
  for (const era of ['2020', '2023', '2026'] as const) sets.push(generatorA(seed, era, size));
  for (const era of ['2018', '2020', '2023', '2026'] as const) sets.push(generatorB(seed, era, size));
}
const results: SetResult[] = [];
for (const set of sets) {
  const report = analyze(set.files, { asOf: set.asOf });
  const result = evaluateSet(set, report, wordsOf(report));
  results.push(result);
  if (args.includes('--claims'))
    for (const c of result.claims)
      console.log(`  ${set.generator}${set.seed}/${set.era} FALSE ${c.person}: ${c.claim}`);
}
console.log(`Seeds ${seeds.join(', ')}; about ${size} connections each.\n`);
console.log(summarise(results));
