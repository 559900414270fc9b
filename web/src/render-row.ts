import type { Category } from '../../functions/core/report.ts';
import type { PersonWithWords } from './api-client.ts';
import { el, linkedInSearchUrl, safeProfileUrl } from './dom.ts';
import { renderDraft } from './render-draft.ts';
import { type RowActions, renderRowActions } from './row-actions.ts';
import type { Strings } from './strings.ts';

export interface RowContext {
  s: Strings;
  /** Whether the row is open, by person id: kept while the row scrolls out of view and back. */
  open: Set<string>;
  /** Drafts as edited, by person id. */
  drafts: Map<string, string>;
  actions: RowActions;
  /** The row changed height (opened, closed): the list measures it again. */
  onResize: () => void;
}

const STATUS_MARK: Record<string, string> = { due: '●', 'in-touch': '✓', quiet: '◌', snoozed: '⏸' };
const SAYS_CONFIDENCE: Category[] = ['former-colleague', 'current-colleague', 'alumni'];

/** A person's place in the list: one compact row that opens, in place, to why, the evidence and the draft. */
export function renderRow(person: PersonWithWords, ctx: RowContext): HTMLLIElement {
  const { s } = ctx;
  const w = person.words;
  const name = person.name || s.hiddenProfile;
  const where = [person.position, person.company].filter(Boolean).join(' · ');
  const shared = person.sharedEmployers[0];
  const label = SAYS_CONFIDENCE.includes(person.category) ? `${w.label} (${w.confidence})` : w.label;
  const tie = [
    label,
    s.tie[person.tie],
    shared ? s.sinceYears(shared.company, years(shared.from, shared.to, s.now)) : null,
  ].filter(Boolean);
  const detailId = `detail-${person.id}`;
  const button = el(
    'button',
    {
      type: 'button',
      class: 'row',
      id: `row-${person.id}`,
      'aria-expanded': 'false',
      'aria-controls': detailId,
    },
    el(
      'span',
      { class: 'row-rank' },
      el('span', { class: 'visually-hidden' }, `${s.rank} `),
      String(person.rank),
    ),
    el(
      'span',
      { class: 'row-main' },
      el('span', { class: 'row-name' }, name),
      where ? el('span', { class: 'row-where' }, where) : null,
      // The numbers behind the words, on hover (and in the opened row).
      el(
        'span',
        { class: 'row-tie', title: `${s.sure(w.confidence, person.confidence)} · ${s.score(person.score)}` },
        tie.join(' · '),
      ),
    ),
    el(
      'span',
      { class: `row-status status-${person.status}`, title: w.status },
      el('span', { 'aria-hidden': 'true' }, STATUS_MARK[person.status] ?? ''),
      ` ${w.status}`,
    ),
  );
  const item = el('li', { class: `row-item ${person.category}`, 'data-id': person.id }, button);
  let detail: HTMLElement | null = null;
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    item.classList.toggle('open', open);
    if (open) {
      detail ??= renderDetail(person, ctx, detailId);
      if (!detail.isConnected) item.append(detail);
      detail.hidden = false;
      ctx.open.add(person.id);
    } else {
      if (detail) detail.hidden = true;
      ctx.open.delete(person.id);
    }
    ctx.onResize();
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  if (ctx.open.has(person.id)) setOpen(true);
  return item;
}

function renderDetail(person: PersonWithWords, ctx: RowContext, id: string): HTMLElement {
  const { s } = ctx;
  const w = person.words;
  const name = person.name || s.hiddenProfile;
  const url = safeProfileUrl(person.profileUrl);
  const profile = person.hidden
    ? null
    : el(
        'a',
        {
          class: 'button profile',
          href: url ?? linkedInSearchUrl(person.name, person.company),
          rel: 'noopener noreferrer',
          target: '_blank',
        },
        url ? s.openProfile : s.searchProfile,
        el('span', { class: 'visually-hidden' }, ` (${name}, ${s.profileHint})`),
      );
  const facts = [
    person.lastContact ? s.lastContact(day(person.lastContact, s.lang)) : null,
    person.connectedOn ? s.connectedOn(day(person.connectedOn, s.lang)) : null,
  ].filter((f): f is string => f !== null);
  const evidence = w.evidence.filter((e) => e.lines.length > 0);
  return el(
    'div',
    { class: 'detail', id, role: 'region', 'aria-label': s.detailsOf(name) },
    el(
      'dl',
      { class: 'facts-row' },
      el('dt', {}, s.howSure),
      el('dd', {}, s.sure(w.confidence, person.confidence)),
      el('dt', {}, s.keepInTouch),
      el('dd', {}, [w.status, ...facts].join(' · ')),
      el('dt', { class: 'visually-hidden' }, 'Score'),
      el('dd', { title: s.scoreHint }, `${s.score(person.score)}. ${s.scoreHint}`),
    ),
    w.reasons.length
      ? el(
          'div',
          { class: 'why' },
          el('h3', {}, s.why),
          el('ul', { class: 'reasons' }, ...w.reasons.map((r) => el('li', {}, r))),
        )
      : null,
    evidence.length
      ? el(
          'details',
          { class: 'evidence' },
          el('summary', {}, s.evidence),
          ...evidence.map((e) =>
            el(
              'div',
              {},
              el('h4', {}, e.company),
              el('ul', {}, ...e.lines.map((line) => el('li', {}, line))),
            ),
          ),
        )
      : null,
    w.draft
      ? renderDraft(person, ctx, profile)
      : profile
        ? el('p', { class: 'draft-actions' }, profile)
        : null,
    renderRowActions(person, ctx),
  );
}

/** `2019–2022`, `2022–now`. */
function years(from: string, to: string | null, now: string): string {
  const a = from.slice(0, 4);
  const b = to ? to.slice(0, 4) : now;
  return a === b ? a : `${a}–${b}`;
}

export function day(iso: string, lang: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
