import type { Report } from '../../functions/core/report.ts';
import { noteWords, phrasebook, warningWords } from '../../functions/core/words/index.ts';
import { el } from './dom.ts';
import { formatCount } from './labels.ts';

/** Counts, former colleagues per employer, notes, and the rows that were skipped and why. */
export function renderSummary(report: Report): HTMLElement {
  const s = report.summary;
  const who = report.owner.name ? `${report.owner.name}'s network` : 'Your network';
  const byEmployer = s.byEmployer.filter((e) => e.formerColleagues + e.currentColleagues + e.alumni > 0);
  return el(
    'section',
    { class: 'summary', 'aria-labelledby': 'summary-title' },
    el('h1', { id: 'summary-title' }, who),
    el('p', { class: 'muted' }, `As of ${report.asOf}, from ${formatCount(s.connections)} connections.`),
    el(
      'div',
      { class: 'counts' },
      count(
        s.formerColleagues,
        ['likely former colleague', 'likely former colleagues'],
        s.possibleColleagues > 0
          ? `${formatCount(s.formerColleagues + s.possibleColleagues)} including possible ones`
          : undefined,
      ),
      count(s.currentColleagues, ['current colleague', 'current colleagues']),
      count(s.alumni, ['alumnus of your employers', 'alumni of your employers']),
      count(s.messages, ['message read', 'messages read']),
    ),
    byEmployer.length
      ? el(
          'div',
          { class: 'table-wrap' },
          el(
            'table',
            { class: 'employers' },
            el('caption', {}, 'Former colleagues by employer'),
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                el('th', { scope: 'col' }, 'Employer'),
                el('th', { scope: 'col' }, 'Former'),
                el('th', { scope: 'col' }, 'Current'),
                el('th', { scope: 'col' }, 'Alumni'),
              ),
            ),
            el(
              'tbody',
              {},
              ...byEmployer.map((e) =>
                el(
                  'tr',
                  {},
                  el('th', { scope: 'row' }, e.company),
                  el('td', {}, formatCount(e.formerColleagues)),
                  el('td', {}, formatCount(e.currentColleagues)),
                  el('td', {}, formatCount(e.alumni)),
                ),
              ),
            ),
          ),
        )
      : null,
    ...s.notes.map((n) => el('p', { class: 'notice' }, noteWords(n, phrasebook('en')))),
    report.warnings.length
      ? el(
          'details',
          { class: 'warnings' },
          el(
            'summary',
            {},
            `${report.warnings.length} note${report.warnings.length === 1 ? '' : 's'} about rows skipped or repaired`,
          ),
          el(
            'ul',
            {},
            ...report.warnings.map((w) =>
              el('li', {}, `${w.file}${w.row ? `, row ${w.row}` : ''}: ${warningWords(w, phrasebook('en'))}`),
            ),
          ),
        )
      : null,
  );
}

function count(n: number, [one, many]: [string, string], detail?: string): HTMLElement {
  return el(
    'div',
    { class: 'count' },
    el('strong', {}, formatCount(n)),
    el('span', {}, n === 1 ? one : many),
    detail ? el('small', {}, detail) : null,
  );
}
