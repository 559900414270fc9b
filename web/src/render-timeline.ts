import type { Report } from '../../functions/core/report.ts';
import { el, svg } from './dom.ts';
import type { Strings } from './strings.ts';

const HEIGHT = 150;
const BASE = 124;
/** Text is drawn at the size it shows: the SVG is as wide as its box, never scaled down. */
const FONT = 12;

/**
 * Connections per quarter across the years, colleagues darker, your jobs as numbered bands behind them
 * (named in a list below, so names never collide): the burst at the start of each job is where most
 * colleagues come from. Drawn at the width it is shown at, and again when that changes.
 */
export function renderTimeline(report: Report, s: Strings): HTMLElement | null {
  const months = report.timeline;
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return null;
  const quarterOf = (month: string) =>
    Number(month.slice(0, 4)) * 4 + Math.floor((Number(month.slice(5, 7)) - 1) / 3);
  const start = quarterOf(first.month);
  const quarters = quarterOf(last.month) - start + 1;
  const totals = new Array<number>(quarters).fill(0);
  const colleagues = new Array<number>(quarters).fill(0);
  for (const m of months) {
    const q = quarterOf(m.month) - start;
    totals[q] = (totals[q] ?? 0) + m.connections;
    colleagues[q] = (colleagues[q] ?? 0) + m.formerColleagues + m.currentColleagues;
  }
  const max = Math.max(1, ...totals);
  const jobs = report.owner.employers.map((e, i) => ({
    number: i + 1,
    company: e.company,
    from: Math.max(start, quarterOf(e.from.slice(0, 7))),
    to: Math.min(start + quarters - 1, quarterOf((e.to ?? `${last.month}-01`).slice(0, 7))),
    years: `${e.from.slice(0, 4)}–${e.to ? e.to.slice(0, 4) : s.now}`,
  }));

  const draw = (width: number): SVGElement => {
    const step = width / quarters;
    const x = (quarter: number) => (quarter - start) * step;
    const bands = jobs
      .filter((j) => j.to >= j.from)
      .map((j) => {
        const w = Math.max(step, (j.to - j.from + 1) * step);
        return svg(
          'g',
          { class: `band band-${(j.number - 1) % 4}` },
          svg('title', {}, `${j.number}. ${j.company} ${j.years}`),
          svg('rect', { x: x(j.from), y: 0, width: w, height: BASE }),
          w >= FONT + 4
            ? svg('text', { x: x(j.from) + 3, y: FONT + 2, 'font-size': FONT }, String(j.number))
            : null,
        );
      });
    const bars = totals.map((total, i) => {
      const h = (total / max) * (BASE - 22);
      const c = ((colleagues[i] ?? 0) / max) * (BASE - 22);
      const year = Math.floor((start + i) / 4);
      const bar = { x: i * step + (step > 3 ? 0.5 : 0), width: Math.max(0.5, step - (step > 3 ? 1 : 0)) };
      return svg(
        'g',
        {},
        svg('title', {}, s.timelineBar(`${year} Q${((start + i) % 4) + 1}`, total, colleagues[i] ?? 0)),
        svg('rect', { class: 'bar-all', ...bar, y: BASE - h, height: h }),
        svg('rect', { class: 'bar-colleagues', ...bar, y: BASE - c, height: c }),
      );
    });
    // A year label every so many years that two are never closer than 40 px.
    const perYear = step * 4;
    const every = Math.max(1, Math.ceil(40 / perYear));
    const years: SVGElement[] = [];
    for (let q = start; q < start + quarters; q++) {
      const year = Math.floor(q / 4);
      if (q % 4 === 0 && year % every === 0 && x(q) + 34 <= width)
        years.push(
          svg('text', { class: 'axis', x: x(q), y: BASE + FONT + 6, 'font-size': FONT }, String(year)),
        );
    }
    return svg(
      'svg',
      {
        width,
        height: HEIGHT,
        viewBox: `0 0 ${width} ${HEIGHT}`,
        role: 'img',
        'aria-labelledby': 'timeline-title timeline-desc',
        class: 'timeline',
      },
      svg('title', { id: 'timeline-title' }, s.timelineTitle),
      svg('desc', { id: 'timeline-desc' }, s.timelineDesc),
      ...bands,
      ...bars,
      ...years,
    );
  };

  const box = el('div', { class: 'chart-box' });
  const figure = el(
    'figure',
    { class: 'picture' },
    box,
    el(
      'ol',
      { class: 'jobs', 'aria-label': s.timelineJobs },
      ...jobs.map((j) =>
        el(
          'li',
          { class: `job band-${(j.number - 1) % 4}` },
          el('span', { class: 'job-number', 'aria-hidden': 'true' }, String(j.number)),
          ` ${j.company} `,
          el('span', { class: 'muted' }, j.years),
        ),
      ),
    ),
    el('figcaption', {}, s.timelineCaption),
  );
  drawAtWidth(box, draw);
  return figure;
}

/** Draws into `box` at its width once it is in the page, and again whenever that width changes. */
export function drawAtWidth(box: HTMLElement, draw: (width: number) => SVGElement): void {
  let drawn = 0;
  const observer = new ResizeObserver(() => {
    const width = Math.floor(box.clientWidth);
    if (width <= 0 || width === drawn) return;
    drawn = width;
    box.replaceChildren(draw(width));
  });
  observer.observe(box);
}
