import type { Evidence } from '../report.ts';

// How much each piece of evidence counts, in log-odds, and how the pieces add up to the probability
// that a connection worked alongside the owner at an employer.

/** Log-odds of "worked there alongside the owner" before any evidence: most people did not. */
export const BASE_LOGIT = logit(0.02);

/** Weights in log-odds; a weight of 2.2 turns even odds into 9 to 1. */
export const WEIGHTS = {
  worksThereNow: { exact: 3, strong: 3, weak: 1.5 },
  connectedBeforeStart: logit(0.12) - BASE_LOGIT,
  connectedAfterLeaving: logit(0.15) - BASE_LOGIT,
  connectedApartWhileThere: -1.5,
  messagesBothWays: 2.2,
  manyMessages: 0.4,
  messagesSentOnly: 0.9,
  messagesReceivedOnly: 0.4,
  recommendationAtEmployer: 5,
  recommendationDuringTenure: 1.5,
  endorsement: 2,
  invitationMentions: 0.5,
  invitationWorkedTogether: 4,
  emailDomain: 3,
  recruiter: -3,
} as const;

export function probabilityOf(evidence: Evidence[]): number {
  let sum = BASE_LOGIT;
  for (const e of evidence) sum += e.weight;
  return 1 / (1 + Math.exp(-sum));
}

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}
