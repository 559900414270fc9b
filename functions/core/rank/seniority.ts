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

/** Memoised: titles repeat ("Software Engineer" thousands of times). */
export const seniority: (title: string) => number = memoised(
  (title) => LEVELS.find(([pattern]) => pattern.test(title))?.[1] ?? 0.3,
);
