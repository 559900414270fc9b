import { type Day, parseSpan } from '../../functions/core/normalise/dates.ts';
import { splitEmployerLine } from '../../functions/core/normalise/employer-line.ts';
import { phrasebook } from '../../functions/core/words/index.ts';
import { el } from './dom.ts';

export interface EnteredEmployer {
  company: string;
  from: Day;
  to: Day | null;
}

/**
 * Employers typed on the page, one a line, as the CLI's `--employer` takes them: `Acme: 2018-03..2021-06`,
 * the end left out for a current job. Blank lines are ignored; each unreadable line is named.
 */
export function readEmployerLines(text: string): { employers: EnteredEmployer[]; problems: string[] } {
  const employers: EnteredEmployer[] = [];
  const problems: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const parts = splitEmployerLine(line);
    const span = parts ? parseSpan(parts.span) : null;
    // A start after the end is a typo, not a job: named like a line that could not be read.
    if (!parts || !span || (span.to !== null && span.from > span.to)) problems.push(line.trim());
    else employers.push({ company: parts.company, ...span });
  }
  return { employers, problems };
}

/** The employers as the Positions.csv LinkedIn would have written, so every path reads them alike. */
export function positionsCsv(employers: EnteredEmployer[]): string {
  const cell = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const rows = employers.map((e) =>
    [
      cell(e.company),
      '""',
      '""',
      '""',
      cell(phrasebook('en').monthYear(e.from)),
      cell(e.to === null ? '' : phrasebook('en').monthYear(e.to)),
    ].join(','),
  );
  return ['Company Name,Title,Description,Location,Started On,Finished On', ...rows].join('\n');
}

/**
 * Where someone uploading Connections.csv alone names their employers: without a work history no
 * colleague can be told apart. Read when the files are chosen; used only when they hold no Positions.csv.
 */
export function renderEmployersEntry(): {
  element: HTMLElement;
  read: () => ReturnType<typeof readEmployerLines>;
} {
  const area = el('textarea', {
    id: 'employers',
    rows: '3',
    spellcheck: 'false',
    placeholder: 'Acme: 2018-03..2021-06\nGlobex: 2021-07..',
    'aria-describedby': 'employers-hint',
  });
  const element = el(
    'details',
    { class: 'employers' },
    el('summary', {}, 'Uploading Connections.csv without Positions.csv? Name your employers first'),
    el('label', { for: 'employers' }, 'Your employers, one a line'),
    el(
      'p',
      { id: 'employers-hint', class: 'hint' },
      'Company, a colon, then when you started and left; leave the end out for your current job. Used only when your files hold no Positions.csv.',
    ),
    area,
  );
  return { element, read: () => readEmployerLines(area.value) };
}
