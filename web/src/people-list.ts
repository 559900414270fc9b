import {
  defaultRangeExtractor,
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
} from '@tanstack/virtual-core';
import type { Report } from '../../functions/core/report.ts';
import type { Lang } from '../../functions/core/words/index.ts';
import type { PersonWithWords } from './api-client.ts';
import { el, fill } from './dom.ts';
import { PeopleSource } from './people-source.ts';
import { type RowContext, renderRow } from './render-row.ts';
import type { ReportBackend } from './report-backend.ts';
import { type RowAction, type RowActions, today } from './row-actions.ts';
import type { Strings } from './strings.ts';
import { isFiltered, type ListState } from './url-state.ts';

/** A closed row's height before it is measured: name, role, tie and status. */
const ROW_ESTIMATE = 76;

export interface PeopleListOptions {
  backend: ReportBackend;
  lang: Lang;
  s: Strings;
  state: ListState;
  onClearFilters: () => void;
  /** A mark or correction re-ranked the report: the summary and pictures follow. */
  onReportChanged: (report: Report) => void;
}

/**
 * The reconnect list: every matching person as a compact row in one scrolling list, virtualised
 * (@tanstack/virtual-core) so thousands scroll smoothly with only the visible rows in the page, read
 * from the API in pages as the list needs them. Rows open in place; marks and corrections are made
 * on the row and undone there.
 */
export function renderPeopleList(options: PeopleListOptions) {
  const { backend, lang, s, state } = options;
  const total = el('p', { class: 'total', role: 'status', tabindex: '-1' }, s.loading);
  const problem = el('p', { class: 'error', role: 'alert', hidden: true });
  const empty = el('div', { class: 'empty', hidden: true });
  const inner = el('ol', { class: 'rows-inner', 'aria-label': s.listLabel });
  const scroller = el('div', { class: 'rows' }, inner);
  const element = el('div', { class: 'people-list' }, total, problem, empty, scroller);

  const nodes = new Map<string, HTMLLIElement>();
  const said = new Map<string, { text: string; undo: (() => Promise<void>) | null }>();
  const ctx: RowContext = {
    s,
    open: new Set(),
    drafts: new Map(),
    actions: actions(),
    onResize: () => schedule(),
  };

  const filtered = isFiltered(state);
  const source = new PeopleSource(
    (cursor, limit) =>
      backend.people({
        category: state.who === 'possible' ? 'former-colleague' : state.who,
        possible: state.who === 'possible',
        status: state.status,
        company: state.company,
        q: state.q,
        cursor,
        limit,
        lang,
      }),
    state.sort,
    () => schedule(),
  );

  let focusedIndex = -1;
  const virtualizer = new Virtualizer<HTMLDivElement, HTMLLIElement>({
    count: 0,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    getItemKey: (index) => source.items[index]?.id ?? `at-${index}`,
    // The row holding focus stays in the page while it scrolls out of view, so focus is never lost.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex >= 0 && focusedIndex < range.count && !indexes.includes(focusedIndex))
        indexes.push(focusedIndex);
      return indexes.sort((a, b) => a - b);
    },
    initialRect: { width: 800, height: 600 },
    onChange: () => schedule(),
  });

  let frame = 0;
  function schedule(): void {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  }

  function draw(): void {
    virtualizer.setOptions({ ...virtualizer.options, count: source.total });
    virtualizer._willUpdate();
    const items = virtualizer.getVirtualItems();
    inner.style.height = `${virtualizer.getTotalSize()}px`;
    const wanted = new Map<string, { index: number; start: number }>();
    for (const item of items) {
      const person = source.items[item.index];
      wanted.set(person ? person.id : `at-${item.index}`, { index: item.index, start: item.start });
    }
    for (const [key, node] of nodes) {
      if (!wanted.has(key)) {
        node.remove();
        nodes.delete(key);
      }
    }
    let previous: HTMLLIElement | null = null;
    for (const [key, { index, start }] of wanted) {
      const person = source.items[index];
      let node = nodes.get(key);
      if (!node) {
        node = person ? renderRow(person, ctx) : placeholder();
        nodes.set(key, node);
      }
      node.dataset.index = String(index);
      node.setAttribute('aria-posinset', String(index + 1));
      node.setAttribute('aria-setsize', String(source.total));
      node.style.transform = `translateY(${start}px)`;
      // In index order in the page, so Tab goes down the list; a row already in place is not moved
      // (moving it would take the focus away).
      if (node.previousElementSibling !== previous || node.parentNode !== inner) {
        if (previous) previous.after(node);
        else inner.prepend(node);
      }
      virtualizer.measureElement(node);
      previous = node;
    }
    const last = items.at(-1);
    if (last) source.ensure(last.index + 20);
  }

  function placeholder(): HTMLLIElement {
    return el('li', { class: 'row-item loading' }, el('span', { class: 'row' }, s.loading));
  }

  /** Arrow keys move between rows; the list scrolls to bring the next one into view. */
  inner.addEventListener('keydown', (event) => {
    const row = (event.target as HTMLElement).closest('button.row');
    if (!row) return;
    const index = Number((row.parentElement as HTMLElement).dataset.index);
    const to =
      event.key === 'ArrowDown'
        ? index + 1
        : event.key === 'ArrowUp'
          ? index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? source.total - 1
              : null;
    if (to === null || to < 0 || to >= source.total) return;
    event.preventDefault();
    virtualizer.scrollToIndex(to, { align: 'auto' });
    const focus = (tries: number) => {
      const target = inner.querySelector<HTMLElement>(`li[data-index="${to}"] button.row`);
      if (target) target.focus();
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    // At once when the row is already in the page; else once the list has drawn it.
    focus(10);
  });
  inner.addEventListener('focusin', (event) => {
    const li = (event.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    focusedIndex = li ? Number(li.dataset.index) : -1;
  });

  function actions(): RowActions {
    const who = (p: PersonWithWords) => p.profileUrl ?? p.id;
    const changed = async (
      person: PersonWithWords,
      report: Report,
      text: string,
      undo: (() => Promise<void>) | null,
    ) => {
      said.set(person.id, { text, undo });
      options.onReportChanged(report);
      await refresh(person);
    };
    const run = async (person: PersonWithWords, work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        said.set(person.id, { text: (error as Error).message || s.actionFailed, undo: null });
        redrawRow(person);
      }
    };
    return {
      act: (person, action: RowAction) =>
        run(person, async () => {
          if (action.kind === 'colleague') {
            const report = await backend.correct(
              action.colleague ? { colleague: [who(person)] } : { notColleague: [who(person)] },
            );
            const undo = async () => {
              const back = await backend.correct({ clear: [who(person)] });
              await changed(person, back, s.undone, null);
            };
            await changed(person, report, action.colleague ? s.markedColleague : s.markedNotColleague, undo);
            return;
          }
          const mark =
            action.kind === 'snoozed'
              ? { who: who(person), kind: action.kind, until: action.until }
              : action.kind === 'messaged' && action.on
                ? { who: who(person), kind: action.kind, on: action.on }
                : { who: who(person), kind: action.kind };
          const report = await backend.mark({ marks: [mark] });
          const undo = async () => {
            const back = await backend.mark({ clearMarks: [who(person)] });
            await changed(person, back, s.undone, null);
          };
          const text =
            action.kind === 'messaged'
              ? s.markedMessaged(dayText(action.on ?? today(), lang))
              : action.kind === 'snoozed'
                ? s.markedSnoozed(dayText(action.until, lang))
                : s.markedNotNow;
          await changed(person, report, text, undo);
        }),
      undo: (person) => run(person, async () => (await said.get(person.id)?.undo?.()) ?? undefined),
      said: (personId) => {
        const note = said.get(personId);
        return note ? { text: note.text, canUndo: note.undo !== null } : undefined;
      },
    };
  }

  /** The person as re-ranked, found by name among the matching people, drawn again in place. */
  async function refresh(person: PersonWithWords): Promise<void> {
    if (person.name) {
      const page = await backend.people({ q: person.name, limit: 50, lang });
      const fresh = page.people.find((p) => p.id === person.id);
      if (fresh) {
        // Its place in this list stays until the list is read again: the undo stays where it was made.
        source.replace({ ...fresh, rank: fresh.rank });
        person = fresh;
      }
    }
    redrawRow(person);
  }

  function redrawRow(person: PersonWithWords): void {
    const node = nodes.get(person.id);
    if (!node) return;
    const hadFocus = node.contains(document.activeElement);
    const fresh = renderRow(person, ctx);
    fresh.dataset.index = node.dataset.index;
    fresh.style.transform = node.style.transform;
    fresh.setAttribute('aria-posinset', node.getAttribute('aria-posinset') ?? '');
    fresh.setAttribute('aria-setsize', node.getAttribute('aria-setsize') ?? '');
    node.replaceWith(fresh);
    nodes.set(person.id, fresh);
    virtualizer.measureElement(fresh);
    // Focus goes to what was done: the undo, or the note saying so.
    if (hadFocus)
      (
        fresh.querySelector<HTMLElement>('.row-note button') ?? fresh.querySelector<HTMLElement>('button.row')
      )?.focus();
    schedule();
  }

  async function start(): Promise<void> {
    element.setAttribute('aria-busy', 'true');
    try {
      await source.start();
      total.textContent = s.total(source.total, filtered);
      if (source.sortRefused) total.textContent += ` ${s.sortTooMany(source.total)}`;
      if (source.total === 0) {
        scroller.hidden = true;
        empty.hidden = false;
        const clear = el('button', { type: 'button', class: 'primary' }, s.clearFilters);
        clear.addEventListener('click', options.onClearFilters);
        fill(empty, el('p', {}, filtered ? s.emptyFiltered : s.emptyAll), filtered ? clear : null);
      }
      schedule();
    } catch (error) {
      problem.textContent = (error as Error).message;
      problem.hidden = false;
    } finally {
      element.setAttribute('aria-busy', 'false');
    }
  }

  return {
    element,
    /** Call once the list is in the page: the virtualiser measures its scrolling box from here on. */
    mount(): () => void {
      const unmount = virtualizer._didMount();
      virtualizer._willUpdate();
      start();
      return () => {
        unmount();
        source.stop();
        cancelAnimationFrame(frame);
      };
    },
    focusTotal: () => total.focus(),
  };
}

function dayText(iso: string, lang: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
