import type { Evidence } from '../report.ts';
import type { EmployerScore } from './colleague-evidence.ts';
import type { AlumniFlows } from './employer-graph.ts';
import { probabilityOf } from './evidence-weights.ts';
import type { Employer } from './owner-employers.ts';

/** Where several former colleagues of one employer went, one more who connected then likely went too. */
const CLUSTER_WEIGHTS: [minimum: number, weight: number][] = [
  [3, 1],
  [1.5, 0.6],
];

/**
 * The second pass: a person whose timing points to an employer, and who now works where other likely
 * colleagues from that employer work, gets that as evidence. Their own tie is taken out of the count.
 */
export function addClusterEvidence(
  scores: EmployerScore[],
  companyKey: string,
  employers: Employer[],
  flows: AlumniFlows,
): void {
  // At one of your own employers they are accounted for by that employer, not by a cluster.
  if (!companyKey || employers.some((e) => e.key === companyKey)) return;
  for (const score of scores) {
    const employer = employers[score.employer];
    if (!employer || !score.timed || score.match !== null) continue;
    const own = score.probability >= 0.15 ? score.probability : 0;
    const others = (flows.get(employer.key)?.get(companyKey) ?? 0) - own;
    const weight = CLUSTER_WEIGHTS.find(([minimum]) => others >= minimum)?.[1];
    if (weight === undefined) continue;
    const evidence: Evidence = { kind: 'alumni-cluster', weight, colleagues: Math.round(others) };
    score.evidence.push(evidence);
    score.probability = probabilityOf(score.evidence);
  }
}
