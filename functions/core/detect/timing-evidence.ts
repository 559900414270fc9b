import { type Day, isoDate } from '../normalise/dates.ts';
import type { Evidence, TimingKind } from '../report.ts';
import type { ConnectionDensity } from './connection-density.ts';
import type { EmployerPrior } from './employer-priors.ts';
import { BASE_LOGIT, logit, WEIGHTS } from './evidence-weights.ts';
import type { Employer } from './owner-employers.ts';

// When you connected, read against your time at an employer: in your first months there, during it,
// just before or just after, or years apart. Connections.csv only shows today's employer, so for
// colleagues who moved on this is often the first clue.

/** Timing alone stays below SURE however strong the burst. */
const TIMING_ALONE_MAX = 0.75;

/** Early months of a job: colleagues make up most new connections even without a visible burst. */
const FIRST_MONTHS = 120;
const BEFORE_START = 90;
const AFTER_LEAVING = 60;

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
  density: ConnectionDensity,
  prior: EmployerPrior,
): Evidence & { kind: TimingKind } {
  const date = isoDate(day);
  if (kind === 'connected-first-months' || kind === 'connected-during-tenure') {
    // The employer's own share of colleagues (employer-priors.ts); early in a job, and in a burst of
    // new connections, more of them are colleagues. A burst means new colleagues only at the start of
    // a job; later it is as likely a conference. Timing alone stays below SURE: on labelled exports,
    // people whose only evidence was a burst pushed to 0.85–0.9 were colleagues 4 times in 10.
    const base =
      kind === 'connected-first-months'
        ? Math.min(
            TIMING_ALONE_MAX,
            prior.firstMonths + 0.6 * density.excess(day) * Math.min(1, prior.firstMonths / 0.45),
          )
        : prior.during;
    // Connected during the job, yet no sign at all: never quite nothing (a log-odds of minus infinity).
    const p = Math.max(base, 0.001);
    return { kind, weight: logit(p) - BASE_LOGIT, date };
  }
  if (kind === 'connected-before-start') return { kind, weight: WEIGHTS.connectedBeforeStart, date };
  if (kind === 'connected-after-leaving') return { kind, weight: WEIGHTS.connectedAfterLeaving, date };
  return { kind, weight: 0, date };
}
