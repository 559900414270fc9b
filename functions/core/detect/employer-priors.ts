import type { MatchTier } from '../normalise/company-key.ts';
import { isNotACompany } from '../normalise/company-key.ts';
import type { Day } from '../normalise/dates.ts';
import type { Employer } from './owner-employers.ts';

/**
 * Before any other evidence: the chance that someone the owner connected with during a job there was
 * a colleague. It differs a great deal between people and between jobs: an engineer at a mid-sized
 * company connects mostly with colleagues; a founder, a salesperson or a student connects with
 * hundreds of strangers during every role, and an advisory seat brings almost no colleagues at all.
 * So it is estimated per employer, from the export itself.
 */
export interface EmployerPrior {
  /** Connected during the job, after its first months. */
  during: number;
  /** Connected in the first months, before any burst is counted. */
  firstMonths: number;
  /** Self-employed, freelance: no colleagues to find. */
  none: boolean;
}

/** The usual share (an engineer's network): what the estimates are drawn towards when data is thin. */
const USUAL = { during: 0.25, firstMonths: 0.45 };
/** How many colleagues' connections a job brings, by years there: a team, then the people around it. */
const COLLEAGUES_FIRST_YEAR = 40;
const COLLEAGUES_PER_YEAR = 20;
/** Of the colleagues met at the owner's current employer, the share still there (and so visible). */
const STILL_THERE = 0.5;
/** Pseudo-counts that draw a small employer's estimate towards the usual share. */
const SHRINK = 12;
/** Roles that bring few colleagues: boards, advice, investing, teaching on the side, volunteering. */
const SIDE_ROLE =
  /\b(advis[eo]r|advisory|board|investor|angel|mentor|volunteer|ambassador|trustee|teaching assistant|tutor|lecturer|adjunct|speaker|judge|juror|committee|non-executive|venture partner|scout)\b/i;
const SIDE_FACTOR = 0.2;
const LIMITS = { low: 0.02, high: 0.6 };

export function employerPriors(
  employers: Employer[],
  connected: (Day | null)[],
  tiers: (index: number) => (MatchTier | null)[],
): EmployerPrior[] {
  return employers.map((e) => {
    if (isNotACompany(e.name)) return { during: 0, firstMonths: 0, none: true };
    let during = 0;
    let still = 0;
    connected.forEach((day, i) => {
      if (day === null || !e.tenures.some((t) => day >= t.from && day <= (t.to ?? e.end))) return;
      during++;
      const tier = tiers(i)[e.index];
      if (tier === 'exact' || tier === 'strong') still++;
    });
    const side = e.tenures.every((t) => SIDE_ROLE.test(t.title));
    const share = side ? SIDE_FACTOR * USUAL.during : shareOf(e, during, still);
    // Early in a job more of the new connections are colleagues: as much more as usual.
    return {
      during: clamp(share),
      firstMonths: clamp(Math.min(0.75, (share * USUAL.firstMonths) / USUAL.during)),
      none: false,
    };
  });
}

/**
 * The share of colleagues among those connected during the job who do not work there now (those who
 * do are judged by that). At the current employer, those still there show how many colleagues the job
 * brought; at a past one, too few are left to count, and the rate of connecting stands in.
 */
function shareOf(e: Employer, connected: number, stillThere: number): number {
  if (connected === 0) return USUAL.during;
  const others = Math.max(1, connected - stillThere);
  if (e.to === null) {
    const met = stillThere / STILL_THERE;
    return (met - stillThere + SHRINK * USUAL.during) / (others + SHRINK);
  }
  const years = e.tenures.reduce((n, t) => n + ((t.to ?? e.end) - t.from) / 365.25, 0);
  const colleagues = COLLEAGUES_FIRST_YEAR + COLLEAGUES_PER_YEAR * Math.max(0, Math.min(10, years) - 1);
  const rate = Math.min(1, colleagues / Math.max(connected, 1));
  // 0.25 is the usual share where a job's connections are about half colleagues.
  return (USUAL.during * (rate / 0.5) * connected + SHRINK * USUAL.during) / (connected + SHRINK);
}

function clamp(p: number): number {
  return Math.max(LIMITS.low, Math.min(LIMITS.high, p));
}
