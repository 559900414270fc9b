import { InputError } from './errors.ts';
import {
  describeKinds,
  type ExportTables,
  type FileSummary,
  type InputFile,
  readExport,
  type ZipOptions,
} from './input/read-export.ts';
import type { FileKind } from './input/recognise-file.ts';
import { type Connection, readConnections } from './readers/connections.ts';
import { type Endorsement, readEndorsements } from './readers/endorsements.ts';
import { type Invitation, readInvitations } from './readers/invitations.ts';
import { type Message, readMessages } from './readers/messages.ts';
import { type Position, readPositions } from './readers/positions.ts';
import { type Profile, readProfile } from './readers/profile.ts';
import { type Recommendation, readRecommendations } from './readers/recommendations.ts';
import type { WarningLog } from './warnings.ts';

/** What the export says, file by file, once read; the raw rows are gone by the time this returns. */
export interface Sources {
  inputs: FileSummary[];
  connections: Connection[];
  profile: Profile | null;
  positions: Position[];
  messages: Message[];
  hasMessages: boolean;
  invitations: Invitation[];
  endorsements: Endorsement[];
  recommendations: Recommendation[];
}

/**
 * Reads every recognised file. Kept apart from the analysis so the parsed rows — the largest thing
 * in memory for a big message history — can be freed before the report is built.
 */
export function readSources(files: InputFile[], warnings: WarningLog, zip: ZipOptions = {}): Sources {
  const { tables, files: inputs, unrecognised } = readExport(files, warnings, zip);
  const connectionTables = requireConnections({ tables, unrecognised });
  const tablesOf = (kind: FileKind) => tables.get(kind) ?? [];
  return {
    inputs,
    connections: readConnections(connectionTables, warnings),
    profile: readProfile(tablesOf('profile')),
    positions: readPositions(tablesOf('positions'), warnings),
    messages: readMessages(tablesOf('messages'), warnings).messages,
    hasMessages: tables.has('messages'),
    invitations: readInvitations(tablesOf('invitations'), warnings),
    endorsements: [
      ...readEndorsements(tablesOf('endorsements-received'), true),
      ...readEndorsements(tablesOf('endorsements-given'), false),
    ],
    recommendations: [
      ...readRecommendations(tablesOf('recommendations-received'), true),
      ...readRecommendations(tablesOf('recommendations-given'), false),
    ],
  };
}

/**
 * The export's Connections.csv tables, or the error that says in plain words why there are none (its
 * columns were deleted, or the files are something else): the same for an analysis and a reduced upload.
 */
export function requireConnections({ tables, unrecognised }: Pick<ExportTables, 'tables' | 'unrecognised'>) {
  const connectionTables = tables.get('connections');
  if (!connectionTables) {
    // A Connections.csv is there, but its header lost columns the engine needs: name them.
    const damaged = unrecognised.find((u) => u.kind === 'connections');
    if (damaged) {
      throw new InputError(
        'missing-columns',
        `${damaged.file} lacks the column${damaged.columns.length === 1 ? '' : 's'} ${damaged.columns.join(', ')}, which Reconnect needs to tell your connections apart. Download the export again, or put ${damaged.columns.length === 1 ? 'it' : 'them'} back.`,
      );
    }
    throw missingConnections(tables.keys());
  }
  return connectionTables;
}

function missingConnections(found: Iterable<FileKind>): InputError {
  const kinds = [...found];
  const what = kinds.length
    ? `This is ${describeKinds(kinds)}`
    : 'No LinkedIn export file was recognised here';
  return new InputError(
    'no-connections',
    `${what}; Reconnect needs Connections.csv or the whole export ZIP.`,
  );
}
