import type { Report } from '../../functions/core/report.ts';
import { el, svg } from './dom.ts';

const WIDTH = 800;
const HEIGHT = 180;
const BASE = 150;

/**
 * Connections per quarter across the years, colleagues in colour, your jobs as bands behind them:
 * the burst at the start of each job is where most colleagues come from.
 */
export function renderTimeline(report: Report): HTMLElement | null {
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
  const step = WIDTH / quarters;
  const x = (quarter: number) => (quarter - start) * step;

  const bands = report.owner.employers.map((e, i) => {
    const from = Math.max(start, quarterOf(e.from.slice(0, 7)));
    const to = Math.min(start + quarters - 1, quarterOf((e.to ?? last.month).slice(0, 7)));
    if (to < from) return null;
    return svg(
      'g',
      { class: `band band-${i % 4}` },
      svg('rect', { x: x(from), y: 0, width: Math.max(step, (to - from + 1) * step), height: BASE }),
      svg('text', { x: x(from) + 4, y: 14 }, e.company),
    );
  });
  const bars = totals.map((total, i) => {
    const h = (total / max) * (BASE - 24);
    const c = ((colleagues[i] ?? 0) / max) * (BASE - 24);
    const year = Math.floor((start + i) / 4);
    const label = `${year} Q${((start + i) % 4) + 1}: ${total} connections, ${colleagues[i]} colleagues`;
    return svg(
      'g',
      {},
      svg('title', {}, label),
      svg('rect', {
        class: 'bar-all',
        x: i * step + 1,
        y: BASE - h,
        width: Math.max(1, step - 2),
        height: h,
      }),
      svg('rect', {
        class: 'bar-colleagues',
        x: i * step + 1,
        y: BASE - c,
        width: Math.max(1, step - 2),
        height: c,
      }),
    );
  });
  const years: SVGElement[] = [];
  for (let q = start; q < start + quarters; q++) {
    if (q % 4 === 0 && quarters < 200 && x(q) < WIDTH - 30)
      years.push(svg('text', { class: 'axis', x: x(q) + 2, y: BASE + 16 }, String(q / 4)));
  }
  const chart = svg(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-labelledby': 'timeline-title timeline-desc',
      class: 'timeline',
    },
    svg('title', { id: 'timeline-title' }, 'Connections over time'),
    svg(
      'desc',
      { id: 'timeline-desc' },
      'Bars show connections per quarter; the coloured part is colleagues. Bands mark your jobs.',
    ),
    ...bands.filter((b): b is SVGElement => b !== null),
    ...bars,
    ...years,
  );
  return el(
    'figure',
    { class: 'picture' },
    chart,
    el(
      'figcaption',
      {},
      'Connections per quarter. Coloured: colleagues. Bands: your jobs — the burst at the start of each is where colleagues come from.',
    ),
  );
}
