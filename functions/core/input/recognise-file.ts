import { type Delimiter, normaliseHeaderCell } from './parse-csv.ts';

/** The export files the engine uses, recognised by their header rather than their name. */
export type FileKind =
  | 'connections'
  | 'positions'
  | 'profile'
  | 'messages'
  | 'invitations'
  | 'endorsements-received'
  | 'endorsements-given'
  | 'recommendations-received'
  | 'recommendations-given';

interface Signature {
  kind: FileKind;
  columns: string[];
}

// Most specific first: Profile and Connections both start with First Name, Last Name.
const SIGNATURES: Signature[] = [
  { kind: 'connections', columns: ['first name', 'last name', 'connected on'] },
  { kind: 'messages', columns: ['conversation id', 'from', 'date', 'content'] },
  // The 2018 layout: no conversation id and no URLs, but a direction.
  { kind: 'messages', columns: ['from', 'to', 'date', 'content', 'direction'] },
  { kind: 'invitations', columns: ['from', 'to', 'sent at', 'direction'] },
  { kind: 'endorsements-received', columns: ['endorsement date', 'endorser first name'] },
  { kind: 'endorsements-given', columns: ['endorsement date', 'endorsee first name'] },
  {
    kind: 'recommendations-received',
    columns: ['first name', 'last name', 'company', 'text', 'creation date'],
  },
  { kind: 'positions', columns: ['company name', 'title', 'started on'] },
  { kind: 'profile', columns: ['first name', 'last name', 'headline'] },
];

/**
 * The only columns read from messages.csv, which can run to tens of megabytes, nearly all of it the
 * text of the messages: the engine needs who, to whom, when and where filed, never what was said.
 */
export const MESSAGE_COLUMNS = [
  'conversation id',
  'from',
  'sender profile url',
  'to',
  'recipient profile urls',
  'date',
  'folder',
  'is message draft',
  'direction',
] as const;

/** How far down a header may sit: Connections.csv has a three-line preamble. */
export const HEADER_SEARCH_ROWS = 10;

export interface RecognisedFile {
  kind: FileKind;
  headerRow: number;
  columns: Map<string, number>;
  delimiter: Delimiter;
}

export function recogniseFile(
  rows: string[][],
  fileName: string,
  delimiter: Delimiter = ',',
): RecognisedFile | null {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = rows[r];
    if (!row || row.length < 2) continue;
    const columns = columnIndex(row);
    const signature = SIGNATURES.find((s) => s.columns.every((c) => columns.has(c)));
    if (!signature) continue;
    let kind = signature.kind;
    if (kind === 'recommendations-received' && /given/i.test(fileName)) kind = 'recommendations-given';
    return { kind, headerRow: r, columns, delimiter };
  }
  return null;
}

function columnIndex(row: string[]): Map<string, number> {
  const columns = new Map<string, number>();
  row.forEach((cell, i) => {
    const name = normaliseHeaderCell(cell);
    // A duplicated header name keeps its first column, as a reader mapping by name would expect.
    if (name && !columns.has(name)) columns.set(name, i);
  });
  return columns;
}

/** The kind a file's name promises ("Endorsement Received Info.csv", "recommendations_given.csv"). */
const NAMED: [RegExp, FileKind][] = [
  [/^connections\b/, 'connections'],
  [/^positions\b/, 'positions'],
  [/^profile\b/, 'profile'],
  [/^messages\b/, 'messages'],
  [/^invitations\b/, 'invitations'],
  [/^endorsement received/, 'endorsements-received'],
  [/^endorsement given/, 'endorsements-given'],
  [/^recommendations received/, 'recommendations-received'],
  [/^recommendations given/, 'recommendations-given'],
];

export function kindByName(fileName: string): FileKind | null {
  const base = (fileName.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/[\s_]+/g, ' ');
  return NAMED.find(([pattern]) => pattern.test(base))?.[1] ?? null;
}

/**
 * The columns a file of `kind` needs that the best header row among the first lines lacks: what a
 * person must put back (a Connections.csv whose name columns were deleted, a renamed header).
 */
export function missingColumns(rows: string[][], kind: FileKind): string[] | null {
  const wanted = SIGNATURES.filter(
    (s) => s.kind === (kind === 'recommendations-given' ? 'recommendations-received' : kind),
  );
  let best: string[] | null = null;
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const columns = columnIndex(row);
    for (const signature of wanted) {
      const missing = signature.columns.filter((c) => !columns.has(c));
      // A header only if it has some of the columns: an image or a page of prose has none.
      if (missing.length < signature.columns.length && (best === null || missing.length < best.length))
        best = missing;
    }
  }
  return best?.map(titleCase) ?? null;
}

function titleCase(column: string): string {
  return column.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** LinkedIn's own label for a kind, for messages that name the file. */
export const FILE_LABELS: Record<FileKind, string> = {
  connections: 'Connections.csv',
  positions: 'Positions.csv',
  profile: 'Profile.csv',
  messages: 'messages.csv',
  invitations: 'Invitations.csv',
  'endorsements-received': 'Endorsement_Received_Info.csv',
  'endorsements-given': 'Endorsement_Given_Info.csv',
  'recommendations-received': 'Recommendations_Received.csv',
  'recommendations-given': 'Recommendations_Given.csv',
};
