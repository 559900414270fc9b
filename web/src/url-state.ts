import { isLang, type Lang, langFrom } from '../../functions/core/words/index.ts';

/**
 * What the address bar holds, so a reload or a shared link shows the same: the report, the language,
 * and the list's filters, search and order. Defaults are left out of the URL.
 */
export type Who = '' | 'former-colleague' | 'possible' | 'current-colleague' | 'alumni' | 'other';
export type StatusFilter = '' | 'due' | 'in-touch' | 'quiet';
export type Sort = 'rank' | 'name' | 'quiet';

export interface ListState {
  who: Who;
  status: StatusFilter;
  /** An employer's key, or part of a company's name (the graph's destinations). */
  company: string;
  q: string;
  sort: Sort;
}

export const NO_FILTERS: ListState = { who: '', status: '', company: '', q: '', sort: 'rank' };

const WHO: Who[] = ['', 'former-colleague', 'possible', 'current-colleague', 'alumni', 'other'];
const STATUS: StatusFilter[] = ['', 'due', 'in-touch', 'quiet'];
const SORT: Sort[] = ['rank', 'name', 'quiet'];
const oneOf = <T extends string>(list: T[], value: string | null, fallback: T): T =>
  list.includes(value as T) ? (value as T) : fallback;

export function readState(search = location.search): {
  report: string | null;
  lang: Lang;
  list: ListState;
} {
  const p = new URLSearchParams(search);
  const category = p.get('category');
  const lang = p.get('lang');
  return {
    report: p.get('report'),
    lang: isLang(lang) ? lang : langFrom(navigator.languages),
    list: {
      who:
        category === 'former-colleague' && p.get('possible') === 'true'
          ? 'possible'
          : oneOf(WHO, category, ''),
      status: oneOf(STATUS, p.get('status'), ''),
      company: (p.get('company') ?? '').slice(0, 200),
      q: (p.get('q') ?? '').slice(0, 200),
      sort: oneOf(SORT, p.get('sort'), 'rank'),
    },
  };
}

export function urlFor(report: string | null, lang: Lang, list: ListState = NO_FILTERS): string {
  const p = new URLSearchParams();
  if (report) p.set('report', report);
  // The language stays in the URL once chosen or defaulted, so a shared link reads the same.
  p.set('lang', lang);
  if (list.who === 'possible') {
    p.set('category', 'former-colleague');
    p.set('possible', 'true');
  } else if (list.who) p.set('category', list.who);
  if (list.status) p.set('status', list.status);
  if (list.company) p.set('company', list.company);
  if (list.q) p.set('q', list.q);
  if (list.sort !== 'rank') p.set('sort', list.sort);
  return `/?${p}`;
}

export function isFiltered(list: ListState): boolean {
  return Boolean(list.who || list.status || list.company || list.q);
}
