import type { Person, Report } from '../../functions/core/index.ts';
import {
  calibrationError,
  employerAccuracy,
  type FalseClaim,
  falseClaims,
  isFormer,
  type Judged,
  judge,
  openingRepeats,
  ruleOfThumb,
  type Scores,
  saysFormer,
  scores,
  topOfList,
} from './evaluate.ts';
import type { LabelledExport } from './labelled.ts';

/** One labelled export, evaluated. */
export interface SetResult {
  set: LabelledExport;
  rows: Judged[];
  engine: Scores;
  rule: Scores;
  employer: { right: number; of: number };
  top: { former: number; recent: number; of: number };
  claims: FalseClaim[];
  openings: number;
}

export function evaluateSet(
  set: LabelledExport,
  report: Report,
  words: (p: Person) => { draft: string | null },
): SetResult {
  const rows = judge(report, set);
  return {
    set,
    rows,
    engine: scores(rows, saysFormer, isFormer),
    rule: scores(rows, ruleOfThumb(report), isFormer),
    employer: employerAccuracy(rows),
    top: topOfList(rows, report),
    claims: falseClaims(rows, report),
    openings: openingRepeats(report, (p) => words(p).draft).most,
  };
}

/** Per generator and era, and per generator overall: the targets of issue 13 beside the rule. */
export function summarise(results: SetResult[]): string {
  const lines = [
    '| generator | era | people | precision | recall | F1 | rule: P / R / F1 | employer right | ECE | top 25: former / in touch ≤ 90 d | false claims, top 100 | most repeated opening |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const groups = new Map<string, SetResult[]>();
  for (const r of results) {
    for (const key of [`${r.set.generator}\u0000${r.set.era}`, `${r.set.generator}\u0000all`]) {
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
  }
  const f = (x: number) => x.toFixed(2);
  for (const [key, group] of [...groups].sort()) {
    const [generator, era] = key.split('\u0000');
    const rows = group.flatMap((g) => g.rows);
    const engine = scores(rows, saysFormer, isFormer);
    const ruleHits = group.reduce(
      (a, g) => ({
        tp: a.tp + g.rule.precision * g.rule.predicted,
        predicted: a.predicted + g.rule.predicted,
        actual: a.actual + g.rule.actual,
      }),
      { tp: 0, predicted: 0, actual: 0 },
    );
    const rp = ruleHits.tp / Math.max(1, ruleHits.predicted);
    const rr = ruleHits.tp / Math.max(1, ruleHits.actual);
    const employer = group.reduce(
      (a, g) => ({ right: a.right + g.employer.right, of: a.of + g.employer.of }),
      {
        right: 0,
        of: 0,
      },
    );
    const top = group.reduce(
      (a, g) => ({ former: a.former + g.top.former, recent: a.recent + g.top.recent, of: a.of + g.top.of }),
      {
        former: 0,
        recent: 0,
        of: 0,
      },
    );
    const claims = group.reduce((n, g) => n + g.claims.length, 0);
    const openings = Math.max(...group.map((g) => g.openings));
    lines.push(
      `| ${generator} | ${era} | ${rows.length} | ${f(engine.precision)} | ${f(engine.recall)} | ${f(engine.f1)} | ${f(rp)} / ${f(rr)} / ${f((2 * rp * rr) / (rp + rr || 1))} | ${f(employer.right / Math.max(1, employer.of))} | ${calibrationError(rows).ece.toFixed(3)} | ${top.former}/${top.of} / ${top.recent} | ${claims} in ${group.length} exports | ×${openings} |`,
    );
  }
  return lines.join('\n');
}
