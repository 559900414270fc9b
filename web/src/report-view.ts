import type { Report } from '../../functions/core/report.ts';
import { type Lang, phrasebook } from '../../functions/core/words/index.ts';
import { el, fill } from './dom.ts';
import { employerLines, employerOptions, renderEmployersEntry } from './employers-entry.ts';
import { renderPeopleList } from './people-list.ts';
import { renderAbout } from './render-about.ts';
import { renderFilters } from './render-filters.ts';
import { renderGraph } from './render-graph.ts';
import { renderTimeline } from './render-timeline.ts';
import { renderTools, type ToolsContext } from './render-tools.ts';
import type { ReportBackend } from './report-backend.ts';
import type { Strings } from './strings.ts';
import { type ListState, NO_FILTERS, urlFor } from './url-state.ts';

export interface ReportContext {
  backend: ReportBackend;
  report: Report;
  lang: Lang;
  s: Strings;
  list: ListState;
  onDeleted: () => void;
  /** The tools of where the report lives: the server's (link, delete) or the device's (files, keep, save). */
  modeTools: (ctx: ToolsContext) => Node[];
  /** Said under the summary: where the report lives (on this device), or what did not come along. */
  notice?: string;
  /** The report as changed (a mark, a correction): what a redraw (another language) starts from. */
  onReportChanged?: (report: Report) => void;
}

/** The list drawn last: its virtualiser lets go of the page when the report is drawn again. */
let unmountList: () => void = () => {};

/**
 * The report: a one-line summary, then the reconnect list (what the first screen shows), the pictures
 * beside it on a wide screen and below it on a phone, then the numbers, your employers, corrections,
 * exports and deleting it all.
 */
export function renderReport(root: HTMLElement, ctx: ReportContext): void {
  const { backend, lang, s } = ctx;
  const { id } = backend;
  let report = ctx.report;
  let state = ctx.list;
  const book = phrasebook(lang);

  const head = el('header', { class: 'report-head' });
  const listSection = el('section', { class: 'list', 'aria-labelledby': 'list-title' });
  const filters = el('div', { class: 'filter-bar' });
  const aside = el('aside', { class: 'pictures', 'aria-labelledby': 'pictures-title' });
  const about = el('section', { class: 'about', 'aria-labelledby': 'about-title' });
  const changed = el('p', { class: 'changed', hidden: true });

  // Your employers: at the top, open, when the report has none (nothing can be found without them).
  const entry = renderEmployersEntry(s, {
    id: 'report-employers',
    summary: s.employersLabel,
    hint: s.employersReportHint,
    initial: employerLines(report.owner.employers),
  });
  const apply = el('button', { type: 'button', class: 'primary' }, s.employersApply);
  const entrySaid = el('p', { class: 'muted', role: 'status' });
  entry.element.append(apply, entrySaid);
  apply.addEventListener('click', async () => {
    const typed = entry.read();
    const [first] = typed.problems;
    if (first !== undefined || typed.employers.length === 0) {
      entrySaid.textContent = s.employerUnreadable(first ?? '');
      return;
    }
    apply.disabled = true;
    try {
      const next = await backend.setEmployers(employerOptions(typed.employers));
      reportChanged(next, true);
      entrySaid.textContent = s.employersApplied;
    } catch (error) {
      entrySaid.textContent = (error as Error).message || s.actionFailed;
    } finally {
      apply.disabled = false;
    }
  });

  // Where the box sits for this drawing: at the top when the report had no employers, so what it says
  // after they are given stays where they were typed.
  const entryAtTop = report.owner.employersSource === 'none';
  entry.element.open = entryAtTop;
  function drawHead(): void {
    const none = report.owner.employersSource === 'none';
    fill(
      head,
      el('h1', { id: 'report-title', tabindex: '-1' }, s.reportTitle(report.owner.name)),
      el('p', { class: 'summary-line' }, book.ui.summary(report.summary, report.asOf)),
      ctx.notice ? el('p', { class: 'notice', role: 'status' }, ctx.notice) : null,
      none ? el('p', { class: 'notice' }, s.employersNeeded) : null,
      entryAtTop ? entry.element : null,
    );
  }

  function drawPictures(): void {
    const timeline = renderTimeline(report, s);
    const graph = renderGraph(report, s, (company) => setState({ ...state, company }));
    aside.hidden = !timeline && !graph;
    fill(aside, el('h2', { id: 'pictures-title' }, s.picturesTitle), timeline, graph);
  }

  function drawAbout(): void {
    about.replaceChildren(...renderAbout(report, s, book));
  }

  function drawList(): void {
    unmountList();
    changed.hidden = true;
    const list = renderPeopleList({
      backend,
      lang,
      s,
      state,
      onClearFilters: () => setState({ ...NO_FILTERS, sort: state.sort }),
      onReportChanged: (next) => {
        reportChanged(next, false);
        changed.hidden = false;
      },
    });
    const reorder = el('button', { type: 'button', class: 'quiet' }, s.showNewOrder);
    reorder.addEventListener('click', () => {
      drawList();
      list.focusTotal();
    });
    changed.replaceChildren(s.changed, ' ', reorder);
    filters.replaceChildren(renderFilters(report, s, state, setState));
    listSection.replaceChildren(
      el('h2', { id: 'list-title', class: 'visually-hidden' }, s.listTitle),
      changed,
      list.element,
    );
    unmountList = list.mount();
  }

  function setState(next: ListState): void {
    state = next;
    history.replaceState(null, '', urlFor(backend.where === 'server' ? id : null, lang, state));
    drawList();
  }

  /** A correction, a mark or new employers: the report was ranked again. */
  function reportChanged(next: Report, list: boolean): void {
    report = next;
    ctx.onReportChanged?.(next);
    drawHead();
    drawPictures();
    drawAbout();
    if (list) drawList();
  }

  drawHead();
  drawPictures();
  drawAbout();
  const tools = renderTools(
    {
      backend,
      lang,
      s,
      report: () => report,
      onChanged: (next) => reportChanged(next, true),
      onDeleted: ctx.onDeleted,
    },
    ctx.modeTools,
  );
  root.replaceChildren(
    el(
      'div',
      { class: 'report' },
      head,
      filters,
      el('div', { class: 'report-body' }, listSection, aside),
      about,
      entryAtTop ? null : el('section', { class: 'your-employers' }, entry.element),
      tools,
    ),
  );
  drawList();
}
