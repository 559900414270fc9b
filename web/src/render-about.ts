import type { Report } from '../../functions/core/report.ts';
import { noteWords, type Phrasebook, warningWords } from '../../functions/core/words/index.ts';
import { el } from './dom.ts';
import type { Strings } from './strings.ts';

/** The numbers behind the one-line summary: counts, colleagues per employer, notes, rows skipped and why. */
export function renderAbout(report: Report, s: Strings, book: Phrasebook): HTMLElement[] {
  const sum = report.summary;
  const n = (value: number) => value.toLocaleString(s.lang);
  const count = (value: number, label: string, detail?: string) =>
    el(
      'div',
      { class: 'count' },
      el('strong', {}, n(value)),
      el('span', {}, label),
      detail ? el('small', {}, detail) : null,
    );
  const byEmployer = sum.byEmployer.filter((e) => e.formerColleagues + e.currentColleagues + e.alumni > 0);
  const notes = sum.notes.filter(
    (note) => note.code !== 'no-work-history' || report.owner.employersSource !== 'none',
  );
  return [
    el('h2', { id: 'about-title' }, s.aboutTitle),
    el(
      'div',
      { class: 'counts' },
      count(
        sum.formerColleagues,
        s.counts.former(sum.formerColleagues),
        sum.possibleColleagues > 0 ? s.counts.possible(sum.possibleColleagues) : undefined,
      ),
      count(sum.currentColleagues, s.counts.current(sum.currentColleagues)),
      count(sum.alumni, s.counts.alumni(sum.alumni)),
      count(sum.messages, s.counts.messages(sum.messages)),
    ),
    byEmployer.length
      ? el(
          'div',
          // Scrolls sideways on a narrow screen: reachable by keyboard, named for screen readers.
          { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': s.byEmployer },
          el(
            'table',
            { class: 'by-employer' },
            el('caption', {}, s.byEmployer),
            el('thead', {}, el('tr', {}, ...s.byEmployerCols.map((c) => el('th', { scope: 'col' }, c)))),
            el(
              'tbody',
              {},
              ...byEmployer.map((e) =>
                el(
                  'tr',
                  {},
                  el('th', { scope: 'row' }, e.company),
                  el('td', {}, n(e.formerColleagues)),
                  el('td', {}, n(e.currentColleagues)),
                  el('td', {}, n(e.alumni)),
                ),
              ),
            ),
          ),
        )
      : el('span', { hidden: true }),
    ...notes.map((note) => el('p', { class: 'notice' }, noteWords(note, book))),
    report.warnings.length
      ? el(
          'details',
          { class: 'warnings' },
          el('summary', {}, s.warnings(report.warnings.length)),
          el(
            'ul',
            {},
            ...report.warnings.map((w) =>
              el('li', {}, `${w.file}${w.row ? `, ${book.ui.row(w.row)}` : ''}: ${warningWords(w, book)}`),
            ),
          ),
        )
      : el('span', { hidden: true }),
  ];
}
