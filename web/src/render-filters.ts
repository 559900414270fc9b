import type { Report } from '../../functions/core/report.ts';
import { el } from './dom.ts';
import type { Strings } from './strings.ts';
import type { ListState, Sort, StatusFilter, Who } from './url-state.ts';

/**
 * Who, keep-in-touch status, employer, order and search: each change is the new list state (the page
 * puts it in the URL); typing is debounced. On a narrow screen all but the search fold under "Filters".
 */
export function renderFilters(
  report: Report,
  s: Strings,
  state: ListState,
  onChange: (state: ListState) => void,
): HTMLElement {
  const who = select<Who>('filter-category', s.category, state.who, [
    ['', s.categories.all],
    ['former-colleague', s.categories.former],
    ['possible', s.categories.possible],
    ['current-colleague', s.categories.current],
    ['alumni', s.categories.alumni],
    ['other', s.categories.other],
  ]);
  const status = select<StatusFilter>('filter-status', s.status, state.status, [
    ['', s.statuses.all],
    ['due', s.statuses.due],
    ['in-touch', s.statuses.inTouch],
    ['quiet', s.statuses.quiet],
  ]);
  const employers: [string, string][] = report.owner.employers.map((e) => [e.key, e.company]);
  // A company chosen in the graph (a destination, not an employer of yours) is a choice here too.
  if (state.company && !employers.some(([key]) => key === state.company))
    employers.push([state.company, state.company]);
  const employer = select<string>('filter-employer', s.employer, state.company, [
    ['', s.anyEmployer],
    ...employers,
  ]);
  const sort = select<Sort>('filter-sort', s.sort, state.sort, [
    ['rank', s.sorts.rank],
    ['quiet', s.sorts.quiet],
    ['name', s.sorts.name],
  ]);
  const search = el('input', {
    id: 'filter-q',
    type: 'search',
    placeholder: s.searchPlaceholder,
    autocomplete: 'off',
  });
  search.value = state.q;

  const read = (): ListState => ({
    who: who.control.value as Who,
    status: status.control.value as StatusFilter,
    company: employer.control.value,
    q: search.value.trim(),
    sort: sort.control.value as Sort,
  });
  for (const f of [who, status, employer, sort]) f.control.addEventListener('change', () => onChange(read()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => onChange(read()), 250);
  });
  const chosen = [state.who, state.status, state.company, state.sort !== 'rank'].filter(Boolean).length;
  const more = el(
    'details',
    { class: 'more-filters' },
    el('summary', { class: 'filters-toggle' }, chosen ? `${s.filtersButton} (${chosen})` : s.filtersButton),
    el('div', { class: 'filter-fields' }, who.field, status.field, employer.field, sort.field),
  );
  // Open where there is room for them all on one line; folded on a phone, unless one is in use.
  more.open = chosen > 0 || matchMedia('(min-width: 760px)').matches;
  const form = el(
    'form',
    { class: 'filters', role: 'search', 'aria-label': s.filtersLabel },
    el('div', { class: 'field grow' }, el('label', { for: 'filter-q' }, s.search), search),
    more,
  );
  form.addEventListener('submit', (event) => event.preventDefault());
  return form;
}

function select<T extends string>(id: string, label: string, value: T, options: [T, string][]) {
  const control = el('select', { id }, ...options.map(([v, text]) => el('option', { value: v }, text)));
  control.value = value;
  return { control, field: el('div', { class: 'field' }, el('label', { for: id }, label), control) };
}
