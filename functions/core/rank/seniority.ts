import { memoised } from '../memoised.ts';

/**
 * How senior a job title reads, 0–1. A rough scale, but a tie to a director can open more doors
 * than a tie to an intern, and the ranking says so openly in the reasons.
 */
const LEVELS: [RegExp, number][] = [
  [
    /\b(chief|ceo|cto|cfo|coo|cmo|cio|cpo|founder|co-founder|cofounder|owner|president|partner|managing director)\b/i,
    1,
  ],
  [/\b(vp|svp|evp|vice president|head of|director|general manager)\b/i, 0.8],
  [/\b(principal|staff|lead|manager|architect)\b/i, 0.6],
  [/\b(senior|sr\.?)\b/i, 0.45],
  [/\b(intern|internship|trainee|apprentice|student|junior|jr\.?|assistant|graduate)\b/i, 0.15],
];

/**
 * Owners and partners that are no rank: a Product Owner, an HR Business Partner, a Partner Manager.
 * A Business Owner, or a Technology or Delivery Partner at a consultancy, keeps the rank.
 * The word is taken out before the title is graded, so "Senior Product Owner" still reads as senior
 * and a Partner Manager as a manager.
 */
const ROLE_BEFORE =
  /\b(product|process|service|data|people|hr|talent|channel|recruit\w*|learning|finance|alliance)(?:\s+business)?\s+(?:owner|partner)s?\b/gi;
const ROLE_AFTER =
  /\b(?:partner|owner)s?(?=\s+(?:manager|marketing|success|engineer|solutions?|sales|development|relations|programs?|operations|enablement)\b)/gi;

/** Memoised: titles repeat ("Software Engineer" thousands of times). */
export const seniority: (title: string) => number = memoised((title) => {
  const graded = title.replace(ROLE_BEFORE, '$1').replace(ROLE_AFTER, '');
  return LEVELS.find(([pattern]) => pattern.test(graded))?.[1] ?? 0.3;
});
