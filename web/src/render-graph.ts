import type { Report } from '../../functions/core/report.ts';
import { el, svg } from './dom.ts';
import { drawAtWidth } from './render-timeline.ts';
import type { Strings } from './strings.ts';

const ROW = 30;
const FONT = 13;
const TOP = 28;

/**
 * Your employers (left) and the companies where their former colleagues work now (right), a line for
 * each move, thicker for more people. Names sit in two columns a row apart, so they never collide,
 * at the size they show. Every company is a button: choosing it shows its people in the list.
 */
export function renderGraph(
  report: Report,
  s: Strings,
  onPick: (company: string) => void,
): HTMLElement | null {
  const { nodes, edges } = report.graph;
  const employers = nodes.filter((n) => n.kind === 'employer').slice(0, 10);
  const moves = edges.filter((e) => e.kind === 'alumni-went-to');
  const reached = new Set(moves.map((e) => e.target));
  // The ten biggest destinations: more would turn the picture into a hairball.
  const companies = nodes
    .filter((n) => n.kind === 'company' && reached.has(n.id))
    .sort((a, b) => b.size - a.size)
    .slice(0, 10);
  if (employers.length === 0) return null;
  const keyOf = (nodeId: string) => nodeId.replace(/^company:/, '');
  const rows = Math.max(employers.length, companies.length, 1);
  const height = TOP + rows * ROW;

  const draw = (width: number): SVGElement => {
    const column = Math.min(180, Math.floor(width * 0.38));
    const leftX = column;
    const rightX = width - column;
    const chars = Math.max(6, Math.floor((column - 16) / (FONT * 0.56)));
    const fits = (label: string) => label.length <= chars;
    const maxSize = Math.max(1, ...employers.map((n) => n.size), ...companies.map((n) => n.size));
    const at = new Map<string, { x: number; y: number }>();
    for (const [i, n] of employers.entries()) at.set(n.id, { x: leftX, y: TOP + i * ROW + ROW / 2 });
    for (const [i, n] of companies.entries()) at.set(n.id, { x: rightX, y: TOP + i * ROW + ROW / 2 });
    const lines = moves.flatMap((e) => {
      const a = at.get(e.source);
      const b = at.get(e.target);
      if (!a || !b) return [];
      return [
        svg('line', {
          class: 'edge',
          x1: a.x,
          y1: a.y,
          x2: b.x,
          y2: b.y,
          'stroke-width': Math.min(8, 1 + e.weight),
        }),
      ];
    });
    const node = (n: (typeof nodes)[number], side: 'left' | 'right') => {
      const p = at.get(n.id) as { x: number; y: number };
      const r = 4 + 6 * Math.sqrt(n.size / maxSize);
      const filter = n.kind === 'employer' ? keyOf(n.id) : n.label;
      const button = svg(
        'g',
        {
          class: `node ${n.kind}`,
          role: 'button',
          tabindex: 0,
          'aria-label': `${s.graphShow(n.label)} (${s.graphNode(n.label, n.size, n.kind === 'employer')})`,
        },
        svg('title', {}, s.graphNode(n.label, n.size, n.kind === 'employer')),
        svg('circle', { cx: p.x, cy: p.y, r }),
        // The whole name, cut at its column by a viewport of its own: what shows is part of the
        // button's name, and never reaches the other column.
        svg(
          'svg',
          {
            x: side === 'left' ? 0 : p.x + r + 6,
            y: p.y - ROW / 2,
            width: side === 'left' ? Math.max(0, p.x - r - 6) : Math.max(0, width - p.x - r - 6),
            height: ROW,
            overflow: 'hidden',
          },
          svg(
            'text',
            {
              x: side === 'left' && fits(n.label) ? p.x - r - 6 : 0,
              y: ROW / 2 + FONT * 0.35,
              'text-anchor': side === 'left' && fits(n.label) ? 'end' : 'start',
              'font-size': FONT,
            },
            n.label,
          ),
        ),
      );
      button.addEventListener('click', () => onPick(filter));
      button.addEventListener('keydown', (event) => {
        const key = (event as KeyboardEvent).key;
        if (key === 'Enter' || key === ' ') {
          event.preventDefault();
          onPick(filter);
        }
      });
      return button;
    };
    return svg(
      'svg',
      {
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        role: 'group',
        'aria-labelledby': 'graph-title',
        class: 'graph',
      },
      svg('title', { id: 'graph-title' }, s.graphTitle),
      svg(
        'text',
        { class: 'column-head', x: leftX, y: FONT + 2, 'text-anchor': 'end', 'font-size': FONT },
        s.graphEmployers,
      ),
      companies.length
        ? svg('text', { class: 'column-head', x: rightX, y: FONT + 2, 'font-size': FONT }, s.graphWentTo)
        : null,
      ...lines,
      ...employers.map((n) => node(n, 'left')),
      ...companies.map((n) => node(n, 'right')),
    );
  };

  const box = el('div', { class: 'chart-box' });
  drawAtWidth(box, draw);
  return el('figure', { class: 'picture' }, box, el('figcaption', {}, s.graphCaption));
}
