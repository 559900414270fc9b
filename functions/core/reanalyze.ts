import { analyze } from './analyze.ts';
import { applyCorrections } from './corrections.ts';
import { InputError } from './errors.ts';
import { dayOfMonth, monthOf, parseIsoDate, yearOf } from './normalise/dates.ts';
import type { AnalyzeOptions, Note, Person, Report } from './report.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A stored report with the owner's employers given anew ("Your employers" on the report page),
 * without the export, which was deleted once read. The connections the report holds are analysed
 * again with those employers — when they connected and where they work now — through the same
 * engine, and then the report's own contact records and corrections are laid over them, as a
 * correction would be. Messages and endorsements then count for how close a tie is, not as evidence
 * of where people worked together: a note says so, when the export had them.
 */
export function withEmployers(report: Report, employers: NonNullable<AnalyzeOptions['employers']>): Report {
  if (employers.length === 0)
    throw new InputError('bad-option', 'Name at least one employer, like "Acme: 2018-03..2021-06".');
  const fresh = analyze(
    [{ name: 'Connections.csv', bytes: new TextEncoder().encode(connectionsCsv(report.people)) }],
    {
      asOf: report.asOf,
      employers,
      merges: report.options.merges,
      splits: report.options.splits,
      keepInTouchDays: report.keepInTouchDays,
    },
  );
  // The same people as before: their ids (marks and corrections name them), contact and last contact.
  const before = new Map<string, Person>();
  for (const p of report.people) before.set(keyOf(p), p);
  const people = fresh.people.map((p) => {
    const old = before.get(keyOf(p));
    if (!old) return p;
    const next: Person = {
      ...p,
      id: old.id,
      lastContact: old.lastContact,
      lastContactKind: old.lastContactKind,
    };
    if (old.contact) next.contact = old.contact;
    return next;
  });
  const hadContact = report.inputs.some(
    (f) => f.kind !== null && f.kind !== 'connections' && f.kind !== 'positions' && f.kind !== 'profile',
  );
  const notes: Note[] = report.summary.notes.filter((n) => n.code !== 'no-work-history');
  if (hadContact) notes.push({ code: 'employers-from-report' });
  const merged: Report = {
    ...fresh,
    owner: {
      ...fresh.owner,
      name: report.owner.name,
      headline: report.owner.headline,
      profileUrls: report.owner.profileUrls,
    },
    people,
    summary: { ...fresh.summary, messages: report.summary.messages, notes },
    warnings: report.warnings,
    inputs: report.inputs,
  };
  // Corrections and marks, and the contact records, through the one path that ranks a stored report.
  return applyCorrections(merged, report.corrections ?? {});
}

function keyOf(p: Person): string {
  return p.profileUrl ?? `${p.name}\u0000${p.connectedOn ?? ''}`;
}

/** The report's people as a Connections.csv, newest first as LinkedIn writes it. */
function connectionsCsv(people: Person[]): string {
  const rows = [...people].sort((a, b) => (b.connectedOn ?? '').localeCompare(a.connectedOn ?? ''));
  const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (const p of rows) {
    const last = p.name.slice(p.firstName.length).trim();
    const cells = p.hidden
      ? ['', '', '', '', '', '', dateOf(p.connectedOn)]
      : [p.firstName, last, p.profileUrl ?? '', '', p.company, p.position, dateOf(p.connectedOn)];
    lines.push(cells.map(cell).join(','));
  }
  return lines.join('\n');
}

function dateOf(iso: string | null): string {
  const day = iso ? parseIsoDate(iso) : null;
  if (day === null) return '';
  return `${String(dayOfMonth(day)).padStart(2, '0')} ${MONTHS[monthOf(day) - 1]} ${yearOf(day)}`;
}

function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
