import type { MatchTier } from '../normalise/company-key.ts';
import type { Day } from '../normalise/dates.ts';
import type { ContactHistory } from './contact-history.ts';
import type { EmployerPrior } from './employer-priors.ts';
import type { Employer } from './owner-employers.ts';

/**
 * How much contact says about having worked together, in log-odds, learned from the export itself.
 * Some people write mostly to colleagues; others (founders, salespeople, recruiters) write to
 * everyone they meet, and there a message says little. The owner's current employer shows which:
 * those who work there now and were connected during the job are colleagues, and how often the owner
 * wrote with them, against how often with everyone else connected then, gives the likelihood ratio.
 */
export interface ContactWeights {
  messagesBothWays: number;
  messagesOneWay: number;
  endorsement: number;
}

/** Without a current employer to learn from: between a colleague-centred network and a salesperson's. */
export const DEFAULT_CONTACT_WEIGHTS: ContactWeights = {
  messagesBothWays: 1.2,
  messagesOneWay: 0.4,
  endorsement: 1.2,
};
/** Pseudo-counts: how many people's worth of data the default counts for. */
const PRIOR_PEOPLE = 25;
/** A ratio learned from a few dozen people is kept within reason either way. */
const LIMITS = { low: -0.5, high: 2.5 };

interface Tally {
  people: number;
  bothWays: number;
  oneWay: number;
  endorsed: number;
}

export function contactWeights(
  employers: Employer[],
  priors: EmployerPrior[],
  connected: (Day | null)[],
  histories: (ContactHistory | undefined)[],
  tiers: (index: number) => (MatchTier | null)[],
): ContactWeights {
  const colleagues: Tally = { people: 0, bothWays: 0, oneWay: 0, endorsed: 0 };
  const others: Tally = { people: 0, bothWays: 0, oneWay: 0, endorsed: 0 };
  let share = 0;
  let weighed = 0;
  for (const e of employers) {
    const prior = priors[e.index];
    if (e.to !== null || !prior || prior.none) continue;
    connected.forEach((day, i) => {
      if (day === null || !e.tenures.some((t) => day >= t.from && day <= (t.to ?? e.end))) return;
      const tier = tiers(i)[e.index];
      const there = tier === 'exact' || tier === 'strong';
      const tally = there ? colleagues : others;
      const h = histories[i];
      tally.people++;
      if (!there) {
        share += prior.during;
        weighed++;
      }
      if (!h) return;
      const sent = countFrom(h.sentDays, e.from);
      const received = countFrom(h.receivedDays, e.from);
      if (sent > 0 && received > 0) tally.bothWays++;
      else if (sent + received > 0) tally.oneWay++;
      if (h.endorsements.some((x) => x.day !== null && x.day >= e.from)) tally.endorsed++;
    });
  }
  // Of those connected then who are not there now, this share were colleagues (who have since left).
  const pi = weighed ? share / weighed : 0;
  const learn = (count: (t: Tally) => number, fallback: number): number => {
    if (colleagues.people === 0 || others.people === 0) return fallback;
    // Rates with a little smoothing, so that one person more or less does not swing the ratio.
    const a = (count(colleagues) + 0.5) / (colleagues.people + 1);
    const mixed = (count(others) + 0.5) / (others.people + 1);
    const b = Math.max(0.01, (mixed - pi * a) / (1 - pi));
    const learned = Math.max(LIMITS.low, Math.min(LIMITS.high, Math.log(a / b)));
    const n = Math.min(colleagues.people, others.people);
    return (n * learned + PRIOR_PEOPLE * fallback) / (n + PRIOR_PEOPLE);
  };
  return {
    messagesBothWays: learn((t) => t.bothWays, DEFAULT_CONTACT_WEIGHTS.messagesBothWays),
    messagesOneWay: learn((t) => t.oneWay, DEFAULT_CONTACT_WEIGHTS.messagesOneWay),
    endorsement: learn((t) => t.endorsed, DEFAULT_CONTACT_WEIGHTS.endorsement),
  };
}

function countFrom(days: Day[], from: Day): number {
  let n = 0;
  for (const d of days) if (d >= from) n++;
  return n;
}
