import { zipSync } from 'fflate';
import { CompanyResolver } from '../detect/company-resolver.ts';
import { invitationFacts } from '../detect/invitation-words.ts';
import { profileSlug } from '../normalise/profile-slug.ts';
import { requireConnections } from '../read-sources.ts';
import { readConnections } from '../readers/connections.ts';
import type { AnalyzeOptions } from '../report.ts';
import { WarningLog } from '../warnings.ts';
import { type InputFile, readExport, type Table } from './read-export.ts';
import { FILE_LABELS, type FileKind, MESSAGE_COLUMNS } from './recognise-file.ts';
import type { InflateRaw } from './unzip.ts';

/**
 * The columns the engine reads, per file: what a reduced upload keeps. Columns a file needs only to
 * be recognised (a message's content, a recommendation's text) keep their header and lose their
 * values; every other column — subjects, attachments, descriptions, emails' text — is left behind.
 */
const KEPT: Record<FileKind, { read: string[]; emptied?: string[] }> = {
  connections: {
    // Every name the reader takes a column by (readers/connections.ts), or the server would read less.
    read: [
      'first name',
      'last name',
      'url',
      'profile url',
      'email address',
      'email',
      'company',
      'position',
      'connected on',
    ],
  },
  positions: { read: ['company name', 'title', 'started on', 'finished on'] },
  profile: { read: ['first name', 'last name', 'headline'] },
  messages: { read: [...MESSAGE_COLUMNS], emptied: ['content'] },
  invitations: {
    read: [
      'from',
      'to',
      'sent at',
      'message',
      'direction',
      'inviterprofileurl',
      'inviter profile url',
      'inviterprofileurn',
      'inviteeprofileurl',
      'invitee profile url',
      'inviteeprofileurn',
    ],
  },
  'endorsements-received': {
    read: [
      'endorsement date',
      'skill name',
      'endorser first name',
      'endorser last name',
      'endorser public url',
      'endorsement status',
    ],
  },
  'endorsements-given': {
    read: [
      'endorsement date',
      'skill name',
      'endorsee first name',
      'endorsee last name',
      'endorsee public url',
      'endorsement status',
    ],
  },
  'recommendations-received': {
    read: ['first name', 'last name', 'company', 'job title', 'creation date', 'status'],
    emptied: ['text'],
  },
  'recommendations-given': {
    read: ['first name', 'last name', 'company', 'job title', 'creation date', 'status'],
    emptied: ['text'],
  },
};

export interface ReducedExport {
  /** One ZIP of the reduced files, ready to upload. */
  zip: Uint8Array;
  files: { name: string; rows: number; columns: string[] }[];
  /** Files that were not kept, by name: not read by the engine (photos, comments, shares...). */
  left: string[];
  /** Bytes before (the files as given: a ZIP as zipped) and after (the reduced files, unzipped). */
  bytes: { before: number; after: number };
}

/**
 * The export as the engine reads it, and nothing else: for the page to upload in place of the whole
 * ZIP. Message texts, subjects and attachments never leave the device; an invitation's note is
 * replaced by the only facts the engine takes from it (the employer it names, and whether it speaks
 * of working together). The server analyses the result like any export, to the same report.
 */
export function reduceExport(
  inputs: InputFile[],
  options: Pick<AnalyzeOptions, 'employers' | 'merges' | 'splits'> & { inflateRaw?: InflateRaw } = {},
): ReducedExport {
  const read = readExport(inputs, new WarningLog(), { inflateRaw: options.inflateRaw });
  const { tables, files } = read;
  // What the server's analysis would refuse is refused here, in its words, before anything is sent:
  // no Connections.csv, one without the columns it needs, or one without a single connection.
  readConnections(requireConnections(read), new WarningLog());
  const resolver = new CompanyResolver(options.merges, options.splits);
  const employerNames = [
    ...new Set([
      ...(tables.get('positions') ?? []).flatMap((t) =>
        t.rows.map((r) => r[t.columns.get('company name') ?? -1] ?? ''),
      ),
      ...(options.employers ?? []).map((e) => e.company),
      // A name merged with an employer is that employer: a note naming it names the employer.
      ...(options.merges ?? []).flat(),
    ]),
  ].filter((n) => n.trim());
  const out: Record<string, Uint8Array> = {};
  const written: ReducedExport['files'] = [];
  let after = 0;
  for (const [kind, list] of tables) {
    list.forEach((table, n) => {
      const csv = reducedCsv(kind, table, employerNames, (name) => resolver.key(name));
      const name = n === 0 ? FILE_LABELS[kind] : FILE_LABELS[kind].replace(/\.csv$/, ` (${n + 1}).csv`);
      const bytes = new TextEncoder().encode(csv.text);
      out[name] = bytes;
      after += bytes.length;
      written.push({ name, rows: table.rows.length, columns: csv.columns });
    });
  }
  const kept = new Set(files.filter((f) => f.kind !== null).map((f) => f.name));
  return {
    zip: zipSync(out, { level: 6 }),
    files: written,
    left: files.filter((f) => !kept.has(f.name)).map((f) => f.name),
    bytes: { before: inputs.reduce((sum, f) => sum + f.bytes.length, 0), after },
  };
}

function reducedCsv(
  kind: FileKind,
  table: Table,
  employerNames: string[],
  keyOf: (name: string) => string,
): { text: string; columns: string[] } {
  const { read, emptied = [] } = KEPT[kind];
  const columns = read.filter((c) => table.columns.has(c));
  const blanks = emptied.filter((c) => table.columns.has(c));
  const header = [...columns, ...blanks];
  const lines = [header.map(csvCell).join(',')];
  const indexes = columns.map((c) => table.columns.get(c) as number);
  const message = kind === 'invitations' ? columns.indexOf('message') : -1;
  // A conversation id only tells messages of one conversation together: a short number does too.
  const conversation = kind === 'messages' ? columns.indexOf('conversation id') : -1;
  // Profiles as their slugs, the one part the engine reads (profile-slug.ts takes a bare slug).
  const profiles = ['url', 'profile url', 'sender profile url', 'recipient profile urls']
    .map((c) => columns.indexOf(c))
    .filter((i) => i >= 0 && (kind === 'messages' || kind === 'connections'));
  // A message's day is all the engine keeps of its date.
  const date = kind === 'messages' ? columns.indexOf('date') : -1;
  const conversations = new Map<string, string>();
  for (const row of table.rows) {
    const cells = indexes.map((i) => row[i] ?? '');
    if (message >= 0) cells[message] = invitationFacts(cells[message] ?? '', employerNames, keyOf);
    if (conversation >= 0) {
      const id = cells[conversation] ?? '';
      let short = conversations.get(id);
      if (short === undefined) {
        short = id ? String(conversations.size + 1) : '';
        conversations.set(id, short);
      }
      cells[conversation] = short;
    }
    for (const p of profiles) cells[p] = (cells[p] ?? '').split(',').map(slugOnly).join(',');
    if (date >= 0 && /^\d{4}-\d{2}-\d{2}[ T]/.test(cells[date] ?? ''))
      cells[date] = (cells[date] ?? '').slice(0, 10);
    for (let b = 0; b < blanks.length; b++) cells.push('');
    lines.push(cells.map(csvCell).join(','));
  }
  return { text: `${lines.join('\n')}\n`, columns: header };
}

/** `https://www.linkedin.com/in/ada-l` as `ada-l`; anything else (or a slug with a dot) as it was. */
function slugOnly(url: string): string {
  const slug = profileSlug(url);
  return slug && !/[.,\s]/.test(slug) ? slug : url;
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
