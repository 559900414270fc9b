import { type Day, isoDate, parseSpan } from '../../functions/core/normalise/dates.ts';
import { splitEmployerLine } from '../../functions/core/normalise/employer-line.ts';
import type { OwnerEmployer } from '../../functions/core/report.ts';
import type { EmployerOption } from './api-client.ts';
import { el } from './dom.ts';
import type { Strings } from './strings.ts';

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

/** As the API takes them (upload options, or a stored report's employers): months, `to` null for now. */
export function employerOptions(employers: EnteredEmployer[]): EmployerOption[] {
  return employers.map((e) => ({
    company: e.company,
    from: isoDate(e.from).slice(0, 7),
    to: e.to === null ? null : isoDate(e.to).slice(0, 7),
  }));
}

/** A report's employers as lines to edit, the way they are typed. */
export function employerLines(employers: Pick<OwnerEmployer, 'company' | 'from' | 'to'>[]): string {
  return employers
    .map((e) => `${e.company}: ${e.from.slice(0, 7)}..${e.to ? e.to.slice(0, 7) : ''}`)
    .join('\n');
}

/**
 * Where someone names their employers: on the landing page before an upload of Connections.csv alone
 * (without a work history no colleague can be told apart), and on the report, to rank it again.
 */
export function renderEmployersEntry(
  s: Strings,
  { initial = '', open = false, hint = s.employersHint, id = 'employers', summary = s.employersSummary } = {},
): {
  element: HTMLDetailsElement;
  area: HTMLTextAreaElement;
  read: () => ReturnType<typeof readEmployerLines>;
} {
  const area = el('textarea', {
    id,
    rows: '3',
    spellcheck: 'false',
    placeholder: 'Acme: 2018-03..2021-06\nGlobex: 2021-07..',
    'aria-describedby': `${id}-hint`,
  });
  area.value = initial;
  const element = el(
    'details',
    { class: 'employers', open },
    el('summary', {}, summary),
    el('label', { for: id }, s.employersLabel),
    el('p', { id: `${id}-hint`, class: 'hint' }, hint),
    area,
  );
  return { element, area, read: () => readEmployerLines(area.value) };
}
