import type { Person, Report } from '../../functions/core/report.ts';
import {
  ApiProblem,
  deleteReport,
  getPeople,
  getStatus,
  type PeopleQuery,
  postCorrections,
} from './api-client.ts';
import { el } from './dom.ts';
import { formatCount } from './labels.ts';
import { renderFilters } from './render-filters.ts';
import { renderGraph } from './render-graph.ts';
import { renderPerson } from './render-person.ts';
import { renderSummary } from './render-summary.ts';
import { renderTimeline } from './render-timeline.ts';

const PAGE = 50;

/**
 * The report: summary and pictures, then the ranked list, read from the API in pages of 50 so it
 * stays fast with 30,000 people; filters, corrections, exports, and deleting it all.
 */
export function renderReport(
  root: HTMLElement,
  id: string,
  report: Report,
  onDeleted: () => void,
  said = '',
): void {
  let query: PeopleQuery = {};
  let cursor: string | null = null;
  const list = el('ol', { class: 'people', 'aria-busy': 'false' });
  const total = el('p', { class: 'total', role: 'status', tabindex: '-1' });
  const more = el('button', { type: 'button', class: 'more' }, 'Show more');
  const message = el('p', { class: 'message', role: 'alert' });

  async function load(reset: boolean): Promise<void> {
    if (reset) cursor = null;
    list.setAttribute('aria-busy', 'true');
    try {
      const page = await getPeople(id, { ...query, limit: PAGE, cursor });
      if (reset) list.replaceChildren();
      for (const person of page.people) list.appendChild(renderPerson(person, { onCorrect: correct }));
      cursor = page.nextCursor;
      total.textContent = `${formatCount(page.total)} ${page.total === 1 ? 'person' : 'people'}, best first`;
      more.hidden = cursor === null;
      message.textContent = '';
    } catch (error) {
      message.textContent = (error as Error).message;
    } finally {
      list.setAttribute('aria-busy', 'false');
    }
  }

  async function correct(person: Person, isColleague: boolean): Promise<void> {
    // The profile URL where the export has one; older exports have none, and the id stands in.
    const who = person.profileUrl ?? person.id;
    try {
      await postCorrections(id, isColleague ? { colleague: [who] } : { notColleague: [who] });
      await refresh(
        `Re-ranked: ${person.name || 'they'} marked ${isColleague ? 'a colleague' : 'not a colleague'}.`,
      );
    } catch (error) {
      message.textContent = (error as Error).message;
    }
  }

  /** After a correction the counts, pictures and list all change: draw the report again. */
  async function refresh(said: string): Promise<void> {
    const answer = await getStatus(id);
    if (answer.status !== 'ready') return;
    renderReport(root, id, answer.report, onDeleted, said);
  }

  more.addEventListener('click', () => load(false));
  root.replaceChildren(
    el(
      'div',
      { class: 'report' },
      renderSummary(report),
      pictures(report),
      el(
        'section',
        { class: 'list', 'aria-labelledby': 'list-title' },
        el('h2', { id: 'list-title' }, 'Who to reconnect with'),
        renderFilters(report, query, (next) => {
          query = next;
          load(true);
        }),
        total,
        message,
        list,
        more,
      ),
      renderTools(id, report, () => refresh('Merged: the two names now count as one company.'), onDeleted),
    ),
  );
  load(true).then(() => {
    if (!said) return;
    message.textContent = said;
    total.focus();
  });
}

function pictures(report: Report): HTMLElement | null {
  const timeline = renderTimeline(report);
  const graph = renderGraph(report);
  if (!timeline && !graph) return null;
  return el(
    'section',
    { class: 'pictures', 'aria-labelledby': 'pictures-title' },
    el('h2', { id: 'pictures-title' }, 'Your working life in connections'),
    el('div', { class: 'picture-row' }, timeline, graph),
  );
}

/** Merging company names, exports, the link back, and deleting the report. */
function renderTools(id: string, report: Report, onChanged: () => void, onDeleted: () => void): HTMLElement {
  const names = [
    ...new Set([...report.owner.employers.map((e) => e.company), ...report.companies.map((c) => c.name)]),
  ];
  const list = el('datalist', { id: 'company-names' }, ...names.map((n) => el('option', { value: n })));
  const a = el('input', { id: 'merge-a', list: 'company-names', required: true, autocomplete: 'off' });
  const b = el('input', { id: 'merge-b', list: 'company-names', required: true, autocomplete: 'off' });
  const said = el('p', { role: 'status', class: 'muted' });
  const merge = el(
    'form',
    { class: 'merge' },
    el('div', { class: 'field' }, el('label', { for: 'merge-a' }, 'Company'), a),
    el('div', { class: 'field' }, el('label', { for: 'merge-b' }, 'is the same as'), b),
    el('button', { type: 'submit' }, 'Merge'),
    list,
  );
  merge.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await postCorrections(id, { merge: [[a.value.trim(), b.value.trim()]] });
      said.textContent = `Merged: ${a.value.trim()} and ${b.value.trim()} now count as one company.`;
      onChanged();
    } catch (error) {
      said.textContent =
        error instanceof ApiProblem ? error.message : 'The merge did not work. Please try again.';
    }
  });
  const remove = el('button', { type: 'button', class: 'danger' }, 'Delete my report now');
  remove.addEventListener('click', async () => {
    if (!confirm('Delete this report for good? This cannot be undone.')) return;
    try {
      await deleteReport(id);
      onDeleted();
    } catch (error) {
      said.textContent = (error as Error).message;
    }
  });
  const link = `${location.origin}/?report=${encodeURIComponent(id)}`;
  return el(
    'section',
    { class: 'tools', 'aria-labelledby': 'tools-title' },
    el('h2', { id: 'tools-title' }, 'Correct, export, keep or delete'),
    el('h3', {}, 'Two names, one company?'),
    merge,
    said,
    el('h3', {}, 'Take it with you'),
    el(
      'p',
      { class: 'exports' },
      el(
        'a',
        {
          href: `/api/reports/${encodeURIComponent(id)}/export.csv`,
          download: `reconnect-${id}.csv`,
          class: 'button',
        },
        'Download CSV',
      ),
      el(
        'a',
        {
          href: `/api/reports/${encodeURIComponent(id)}/reminders.ics`,
          download: `reconnect-${id}.ics`,
          class: 'button',
        },
        'Calendar reminders',
      ),
    ),
    el(
      'p',
      {},
      'Come back to this report with this link (no account needed): ',
      el('a', { href: link }, link),
    ),
    el('p', { class: 'muted' }, `It expires on its own; you can also delete it now.`),
    remove,
  );
}

/** How long the page waits before saying so: a large export takes seconds, not minutes. */
const PATIENCE_MS = 5 * 60 * 1000;

/** Polls until the report is ready or has failed, or until waiting longer would only hide a problem. */
export async function waitForReport(
  id: string,
  onProcessing: () => void,
): Promise<Awaited<ReturnType<typeof getStatus>> | { status: 'slow' }> {
  const started = Date.now();
  // Soon at first (a small export is ready in well under a second), then every second at most.
  for (let wait = 200; ; wait = Math.min(1000, wait * 1.5)) {
    const answer = await getStatus(id);
    if (answer.status !== 'pending' && answer.status !== 'processing') return answer;
    if (Date.now() - started > PATIENCE_MS) return { status: 'slow' };
    onProcessing();
    await new Promise((done) => setTimeout(done, wait));
  }
}
