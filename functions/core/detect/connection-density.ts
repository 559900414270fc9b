import type { Day } from '../normalise/dates.ts';

/** Half-width of the window a connection's neighbours are counted in. */
const HALF_WINDOW = 15;
/** Months either side that set the local baseline rate. */
const BASELINE_MONTHS = 12;
const DAYS_PER_MONTH = 30.44;
/** Standard deviations of ordinary variation that a busy fortnight must exceed to count as a burst. */
const NOISE_MARGIN = 2;

/**
 * The first months of a job are a burst of colleague connections: against the owner's usual rate,
 * the excess in the weeks around a connection is the share of those connections that are
 * colleagues. The usual rate is a local median, so a network growing over the years is no burst.
 */
export class ConnectionDensity {
  private readonly start: Day;
  private readonly prefix: Int32Array;
  private readonly monthlyBaseline: Float64Array;

  constructor(days: (Day | null)[]) {
    const known = days.filter((d): d is Day => d !== null);
    let first = known[0] ?? 0;
    let last = first;
    for (const d of known) {
      if (d < first) first = d;
      if (d > last) last = d;
    }
    this.start = first - HALF_WINDOW;
    const end = last + HALF_WINDOW;
    const span = end - this.start + 1;
    const perDay = new Int32Array(span);
    for (const d of known) perDay[d - this.start] = (perDay[d - this.start] ?? 0) + 1;
    this.prefix = new Int32Array(span + 1);
    for (let i = 0; i < span; i++) this.prefix[i + 1] = (this.prefix[i] ?? 0) + (perDay[i] ?? 0);

    const months = Math.ceil(span / DAYS_PER_MONTH);
    const monthly: number[] = [];
    for (let m = 0; m < months; m++) {
      const a = Math.round(m * DAYS_PER_MONTH);
      monthly.push(this.countBetween(this.start + a, this.start + Math.round((m + 1) * DAYS_PER_MONTH) - 1));
    }
    this.monthlyBaseline = new Float64Array(months);
    for (let m = 0; m < months; m++) {
      const around = monthly.slice(Math.max(0, m - BASELINE_MONTHS), m + BASELINE_MONTHS + 1);
      this.monthlyBaseline[m] = median(around);
    }
  }

  /** Share of the connections around `day` beyond the usual rate, 0–1. */
  excess(day: Day): number {
    const n = this.countBetween(day - HALF_WINDOW, day + HALF_WINDOW);
    if (n === 0) return 0;
    const month = Math.min(
      this.monthlyBaseline.length - 1,
      Math.max(0, Math.floor((day - this.start) / DAYS_PER_MONTH)),
    );
    const expected = Math.max(
      1,
      ((this.monthlyBaseline[month] ?? 0) * (2 * HALF_WINDOW + 1)) / DAYS_PER_MONTH,
    );
    // Counts are noisy (Poisson): only what stands out beyond that noise counts as a burst.
    const noise = NOISE_MARGIN * Math.sqrt(expected);
    return Math.max(0, (n - expected - noise) / n);
  }

  private countBetween(from: Day, to: Day): number {
    const a = Math.max(0, from - this.start);
    const b = Math.min(this.prefix.length - 1, to - this.start + 1);
    return b > a ? (this.prefix[b] ?? 0) - (this.prefix[a] ?? 0) : 0;
  }
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
