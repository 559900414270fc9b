import type { Category, Tie, TouchStatus } from '../report.ts';
import { QUIET_DAYS } from './keep-in-touch.ts';

/**
 * Relevance (the value of the tie) and the score that orders the list (who needs a word now). Plain
 * numbers in, plain numbers out, so a stored report can be re-ranked after corrections.
 */
export interface RelevanceInputs {
  category: Category;
  confidence: number;
  /** A possible colleague's probability (below the line), else 0. */
  possible: number;
  tie: Tie;
  seniority: number;
  /** Centrality of their current company in the owner's company graph, 0–1. */
  centrality: number;
}

/** How much a shared employer counts, by category: former colleagues are who Reconnect is for. */
const CATEGORY: Record<Category, number> = {
  'former-colleague': 1,
  'current-colleague': 0.6,
  alumni: 0.3,
  other: 0.12,
};
const TIE: Record<Tie, number> = { close: 1, familiar: 0.7, distant: 0.45 };
/**
 * How much surer counts than closer at the top of the list: cubed, a likely colleague (0.6) you wrote
 * with often comes after a sure one (0.95) you rarely did. On the labelled exports' tuning seeds the
 * top 25 held 93% (generator A) and 56% (B) true former colleagues with the confidence as it is, and
 * 97% and 64% with it cubed.
 */
const SURENESS = 3;

export function relevanceOf(x: RelevanceInputs): number {
  const shared =
    x.category === 'other'
      ? CATEGORY.other + 0.2 * x.possible
      : CATEGORY[x.category] * x.confidence ** SURENESS;
  const value = 0.06 * x.seniority + 0.04 * x.centrality;
  return round(Math.min(1, 0.9 * shared * TIE[x.tie] + value), 3);
}

export interface UrgencyInputs {
  category: Category;
  status: TouchStatus;
  /** Days since contact became due (negative while in touch); null without any contact. */
  overdueDays: number | null;
  /** Days since the last contact; null without any. */
  silentDays: number | null;
}

/**
 * How much a word is needed now, 0–1. Just past due is the moment: the tie is still warm and due a
 * word. The longer it has been due, the less; quiet for years still counts (a careful word can
 * revive a strong tie) but after those due now. In touch lately: no need. Current colleagues are
 * met at work.
 */
export function urgencyOf(x: UrgencyInputs): number {
  const atWork = x.category === 'current-colleague' ? 0.35 : 1;
  // In touch lately: below anyone a word is due to, however strong the tie; snoozed: below them all.
  if (x.status === 'snoozed') return atWork * 0.01;
  if (x.status === 'in-touch') return atWork * 0.05;
  if (x.overdueDays === null || x.silentDays === null) return atWork * 0.5;
  if (x.status === 'due') return atWork * (1 - 0.15 * Math.min(1, x.overdueDays / QUIET_DAYS));
  // Quiet: from 0.75 at two years down to 0.45 at ten and after.
  const years = x.silentDays / 365.25;
  return atWork * Math.max(0.45, 0.75 - 0.0375 * (years - 2));
}

export function scoreOf(relevance: number, urgency: number): number {
  return Math.round(100 * relevance * urgency);
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
