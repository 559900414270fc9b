import type { Report } from '../../functions/core/report.ts';
import { el, svg } from './dom.ts';

const SIZE = 520;
const CENTER = SIZE / 2;

/** You in the middle, your employers around you, and where their former colleagues went, outside. */
export function renderGraph(report: Report): HTMLElement | null {
  const { nodes, edges } = report.graph;
  const employers = nodes.filter((n) => n.kind === 'employer');
  // The twelve biggest destinations: more would turn the picture into a hairball.
  const companies = nodes
    .filter((n) => n.kind === 'company')
    .sort((a, b) => b.size - a.size)
    .slice(0, 12);
  if (employers.length === 0) return null;
  const place = (list: typeof nodes, radius: number, turn = 0) =>
    new Map(
      list.map((n, i) => {
        const angle = turn + (2 * Math.PI * i) / list.length - Math.PI / 2;
        return [
          n.id,
          { x: CENTER + radius * Math.cos(angle), y: CENTER + radius * Math.sin(angle) },
        ] as const;
      }),
    );
  const at = new Map([
    ['owner', { x: CENTER, y: CENTER }],
    ...place(employers, 120),
    ...place(companies, 215, Math.PI / Math.max(1, companies.length)),
  ]);
  const maxSize = Math.max(1, ...companies.map((c) => c.size), ...employers.map((e) => e.size));
  const lines = edges.flatMap((e) => {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b) return [];
    return [
      svg('line', {
        class: `edge ${e.kind}`,
        x1: a.x,
        y1: a.y,
        x2: b.x,
        y2: b.y,
        'stroke-width': Math.min(8, 1 + e.weight),
      }),
    ];
  });
  const dots = [...at].map(([id, p]) => {
    const node = nodes.find((n) => n.id === id);
    if (!node) return null;
    const r = node.kind === 'owner' ? 18 : 6 + 14 * Math.sqrt(node.size / maxSize);
    const label = node.kind === 'owner' ? 'You' : node.label;
    return svg(
      'g',
      { class: `node ${node.kind}` },
      svg(
        'title',
        {},
        node.kind === 'owner'
          ? 'You'
          : `${node.label}: ${node.size} ${node.kind === 'employer' ? 'colleagues' : 'of your former colleagues'}`,
      ),
      svg('circle', { cx: p.x, cy: p.y, r }),
      svg(
        'text',
        { x: p.x, y: p.y + r + 13, 'text-anchor': 'middle' },
        label.length > 22 ? `${label.slice(0, 21)}…` : label,
      ),
    );
  });
  // Fit the picture to what is drawn: with few companies the outer ring is empty.
  const points = [...at.values()];
  const left = Math.min(...points.map((p) => p.x)) - 80;
  const top = Math.min(...points.map((p) => p.y)) - 30;
  const width = Math.max(...points.map((p) => p.x)) + 80 - left;
  const height = Math.max(...points.map((p) => p.y)) + 45 - top;
  return el(
    'figure',
    { class: 'picture' },
    svg(
      'svg',
      {
        viewBox: `${left} ${top} ${width} ${height}`,
        role: 'img',
        'aria-labelledby': 'graph-title',
        class: 'graph',
      },
      svg('title', { id: 'graph-title' }, 'Your employers and where their former colleagues work now'),
      ...lines,
      ...dots.filter((d): d is SVGElement => d !== null),
    ),
    el(
      'figcaption',
      {},
      'Your employers (inner ring) and the companies where two or more of their former colleagues work now (outer ring).',
    ),
  );
}
