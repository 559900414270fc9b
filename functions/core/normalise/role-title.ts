import { memoised } from '../memoised.ts';
import { unshout } from './unshout.ts';

/**
 * The title a headline starts with ("Engineer | Cloud | Speaker" → "Engineer"). Memoised: positions
 * repeat ("Software Engineer" thousands of times).
 */
export const titleOf: (position: string) => string = memoised(
  (position) => position.split(/\s[|·•–—-]\s|\s\|\s?|,\s|;\s/)[0]?.trim() ?? '',
);

/**
 * Headlines that are no role. Whole titles, or the start of a status ("Looking for…", "Open to…"):
 * a Student Success Manager, a Hiring Manager and a Building Manager keep theirs.
 */
const NOT_A_ROLE =
  /^(?:retired|student|unemployed|available|self[- ]?employed|freelancer?|n\/?a|none|hiring|we're hiring|career break|between jobs|mba|phd)$|^(?:looking for|seeking|open to|building something)\b/i;

/**
 * A title fit for a sentence ("How's the … role", "Now … at Acme"), or '' when the headline holds
 * none: "Engineer (he/him) at Google 🚀" → "Engineer", "Hiring!" and "Career break" → ''.
 */
export const roleTitle: (position: string) => string = memoised((position) => {
  const title = titleOf(position)
    .replace(/\([^)]*\)/g, ' ')
    // "Engineer at Google", "Founder @ Stealth": the company is said elsewhere, from its own column.
    .replace(/\s(?:@|at)\s.*$/i, '')
    .replace(/[^\p{L}\p{M}\p{N}\s&'’./+#-]/gu, ' ')
    .split(/\s+/)
    // Stray marks between words ("Engineer - ", "À .") are no part of a title.
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .join(' ')
    .replace(/^[^\p{L}\p{N}]+/u, '');
  if (!/\p{L}/u.test(title) || NOT_A_ROLE.test(title)) return '';
  return title.split(' ').length <= 6 && title.length <= 60 ? unshout(title) : '';
});
