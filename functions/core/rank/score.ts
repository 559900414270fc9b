import type { Category } from '../report.ts';

/**
 * Relevance, recency and the score that orders the list. Plain numbers in, plain numbers out, so the
 * ranking can be recomputed from a stored report when the person corrects it.
 */
export interface RelevanceInputs {
  category: Category;
  confidence: number;
  messagesSent: number;
  messagesReceived: number;
  recommendations: number;
  endorsements: number;
  seniority: number;
  /** Centrality of their current company in the owner's company graph, 0–1. */
  centrality: number;
}

/** How much a shared employer counts, by category: former colleagues are who Reconnect is for. */
const TIE: Record<Category, number> = {
  'former-colleague': 0.5,
  'current-colleague': 0.35,
  alumni: 0.18,
  other: 0.06,
};

export function relevanceOf(x: RelevanceInputs): number {
  const tie = TIE[x.category] * (x.category === 'other' ? 1 : x.confidence);
  const total = x.messagesSent + x.messagesReceived;
  const messages =
    Math.min(0.2, 0.05 * Math.log2(1 + total)) + (x.messagesSent > 0 && x.messagesReceived > 0 ? 0.05 : 0);
  const vouched = (x.recommendations > 0 ? 0.12 : 0) + (x.endorsements > 0 ? 0.04 : 0);
  const value = 0.06 * x.seniority + 0.04 * x.centrality;
  return round(Math.min(1, tie + messages + vouched + value), 3);
}

/** Halves every two years since the last contact: a fresh tie is easier to pick up. */
export const RECENCY_HALF_LIFE_DAYS = 730;

export function recencyOf(lastContactDaysAgo: number | null): number {
  if (lastContactDaysAgo === null) return 0;
  return round(0.5 ** (Math.max(0, lastContactDaysAgo) / RECENCY_HALF_LIFE_DAYS), 3);
}

/**
 * Relevance leads; recency scales it by at most 40 %, so a strong tie gone quiet still ranks above a
 * faint one that is fresh — quiet strong ties are the ones worth reconnecting.
 */
export function scoreOf(relevance: number, recency: number): number {
  return Math.round(100 * relevance * (0.6 + 0.4 * recency));
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
