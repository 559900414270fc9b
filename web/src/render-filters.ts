import type { Report } from '../../functions/core/report.ts';
import type { PeopleQuery } from './api-client.ts';
import { el } from './dom.ts';

/** Category, employer, text and confidence filters; changes are reported, debounced for typing. */
export function renderFilters(
  report: Report,
  query: PeopleQuery,
  onChange: (query: PeopleQuery) => void,
): HTMLElement {
  const category = select('filter-category', 'Category', query.category ?? '', [
    ['', 'Everyone'],
    ['former-colleague', 'Former colleagues'],
    ['current-colleague', 'Current colleagues'],
    ['alumni', 'Alumni'],
    ['other', 'Other'],
  ]);
  const employer = select('filter-employer', 'Employer', query.company ?? '', [
    ['', 'Any employer'],
    ...report.owner.employers.map((e) => [e.key, e.company] as [string, string]),
  ]);
  const confidence = select('filter-confidence', 'Confidence', String(query.minConfidence ?? ''), [
    ['', 'Any'],
    ['0.5', 'Likely or sure'],
    ['0.8', 'Sure'],
  ]);
  const search = el('input', {
    id: 'filter-q',
    type: 'search',
    placeholder: 'Name, company or title',
    autocomplete: 'off',
  });
  search.value = query.q ?? '';

  const read = (): PeopleQuery => ({
    category: category.control.value as PeopleQuery['category'],
    company: employer.control.value,
    minConfidence: confidence.control.value ? Number(confidence.control.value) : undefined,
    q: search.value.trim(),
  });
  for (const s of [category, employer, confidence])
    s.control.addEventListener('change', () => onChange(read()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => onChange(read()), 250);
  });
  return el(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter people' },
    category.field,
    employer.field,
    confidence.field,
    el('div', { class: 'field grow' }, el('label', { for: 'filter-q' }, 'Search'), search),
  );
}

function select(id: string, label: string, value: string, options: [string, string][]) {
  const control = el('select', { id }, ...options.map(([v, text]) => el('option', { value: v }, text)));
  control.value = value;
  return { control, field: el('div', { class: 'field' }, el('label', { for: id }, label), control) };
}
