import { type Day, isoDate, yearOf } from '../normalise/dates.ts';
import type { Evidence } from '../report.ts';
import { monthYear } from '../wording.ts';
import type { ConnectionDensity } from './connection-density.ts';
import { BASE_LOGIT, logit, WEIGHTS } from './evidence-weights.ts';
import type { Employer } from './owner-employers.ts';

// When you connected, read against your time at an employer: in your first months there, during it,
// just before or just after, or years apart. Connections.csv only shows today's employer, so for
// colleagues who moved on this is often the first clue.

/**
 * Before other evidence: the chance that someone you connected with while at a company worked there
 * with you. Early in a job most new connections are colleagues; later, the rest of life catches up.
 */
const PRIOR = { firstMonths: 0.45, duringTenure: 0.25 };
const TIMING_ALONE_MAX = 0.75;

/** Early months of a job: colleagues make up most new connections even without a visible burst. */
const FIRST_MONTHS = 120;
const BEFORE_START = 90;
const AFTER_LEAVING = 60;

export type TimingKind =
  | 'connected-first-months'
  | 'connected-during-tenure'
  | 'connected-before-start'
  | 'connected-after-leaving'
  | 'connected-outside-tenure';

export function timingKind(day: Day, employer: Employer): TimingKind {
  if (employer.tenures.some((t) => day >= t.from && day <= (t.to ?? employer.end))) {
    return day - employer.from <= FIRST_MONTHS ? 'connected-first-months' : 'connected-during-tenure';
  }
  if (day < employer.from && day >= employer.from - BEFORE_START) return 'connected-before-start';
  if (employer.to !== null && day > employer.to && day <= employer.to + AFTER_LEAVING)
    return 'connected-after-leaving';
  return 'connected-outside-tenure';
}

export function timingEvidence(
  day: Day,
  kind: TimingKind,
  employer: Employer,
  density: ConnectionDensity,
): Evidence {
  const name = employer.name;
  const when = monthYear(day);
  const date = isoDate(day);
  if (kind === 'connected-first-months' || kind === 'connected-during-tenure') {
    const early = kind === 'connected-first-months';
    // Colleagues dominate the connections of a working period; more so in a burst and early on.
    // A burst means new colleagues only at the start of a job; later it is as likely a conference.
    // Timing alone stays below "you both worked at" (0.8): on labelled exports, people whose only
    // evidence was a burst pushed to 0.85–0.9 were colleagues 4 times in 10.
    const prior = early
      ? Math.min(TIMING_ALONE_MAX, PRIOR.firstMonths + 0.6 * density.excess(day))
      : PRIOR.duringTenure;
    return {
      kind: early ? 'connected-first-months' : 'connected-during-tenure',
      text: early
        ? `Connected in your first months at ${name} (${when})`
        : employer.to === null
          ? `Connected after you joined ${name} (${when})`
          : `Connected while you were at ${name} (${when})`,
      weight: logit(prior) - BASE_LOGIT,
      date,
    };
  }
  if (kind === 'connected-before-start') {
    return {
      kind,
      text: `Connected just before you joined ${name} (${when})`,
      weight: WEIGHTS.connectedBeforeStart,
      date,
    };
  }
  if (kind === 'connected-after-leaving') {
    return {
      kind,
      text: `Connected as you were leaving ${name} (${when})`,
      weight: WEIGHTS.connectedAfterLeaving,
      date,
    };
  }
  const side = day < employer.from ? `before you joined ${name}` : `after you left ${name}`;
  return { kind: 'connected-outside-tenure', text: `Connected in ${yearOf(day)}, ${side}`, weight: 0, date };
}
