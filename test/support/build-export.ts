import type { InputFile } from '../../functions/core/index.ts';

/** Small exports written row by row in the current LinkedIn format, for behaviour tests. */
export interface ConnectionRow {
  first: string;
  last: string;
  slug?: string;
  email?: string;
  company?: string;
  position?: string;
  /** `05 Mar 2024`. */
  connected: string;
}

export interface PositionRow {
  company: string;
  title?: string;
  from: string;
  to?: string;
}

export interface MessageRow {
  from: string;
  to: string;
  date: string;
  conversation?: string;
}

export interface ExportSpec {
  connections: ConnectionRow[];
  positions?: PositionRow[];
  messages?: MessageRow[];
  recommendations?: { first: string; last: string; company: string; date: string }[];
  invitations?: { from: string; to: string; date: string; message: string; outgoing: boolean }[];
  owner?: string;
}

const OWNER = 'alex-owner';

/** messages.csv's header from 2023 on (with recipient URLs). */
export const MESSAGE_HEADER = [
  'CONVERSATION ID',
  'CONVERSATION TITLE',
  'FROM',
  'SENDER PROFILE URL',
  'TO',
  'RECIPIENT PROFILE URLS',
  'DATE',
  'SUBJECT',
  'CONTENT',
  'FOLDER',
];
const url = (slug: string) => `https://www.linkedin.com/in/${slug}`;

export function csv(rows: string[][]): string {
  return rows
    .map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
    .join('\n');
}

export function buildExport(spec: ExportSpec): InputFile[] {
  const owner = spec.owner ?? OWNER;
  const files: [string, string][] = [
    [
      'Connections.csv',
      `Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n${csv(
        [
          ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
          ...spec.connections.map((c) => [
            c.first,
            c.last,
            c.slug ? url(c.slug) : '',
            c.email ?? '',
            c.company ?? '',
            c.position ?? '',
            c.connected,
          ]),
        ],
      )}`,
    ],
  ];
  if (spec.positions) {
    files.push([
      'Positions.csv',
      csv([
        ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'],
        ...spec.positions.map((p) => [p.company, p.title ?? 'Engineer', '', '', p.from, p.to ?? '']),
      ]),
    ]);
  }
  if (spec.messages) {
    files.push([
      'messages.csv',
      csv([
        MESSAGE_HEADER,
        ...spec.messages.map((m, i) => {
          const other = m.from === owner ? m.to : m.from;
          return [
            m.conversation ?? `conv-${other}`,
            '',
            m.from,
            url(m.from),
            m.to,
            url(m.to),
            `${m.date} 10:00:00 UTC`,
            '',
            `message ${i}`,
            'INBOX',
          ];
        }),
      ]),
    ]);
  }
  if (spec.recommendations) {
    files.push([
      'Recommendations_Received.csv',
      csv([
        ['First Name', 'Last Name', 'Company', 'Job Title', 'Text', 'Creation Date', 'Status'],
        ...spec.recommendations.map((r) => [
          r.first,
          r.last,
          r.company,
          'Engineer',
          'Great to work with.',
          r.date,
          'VISIBLE',
        ]),
      ]),
    ]);
  }
  if (spec.invitations) {
    files.push([
      'Invitations.csv',
      csv([
        ['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'],
        ...spec.invitations.map((i) => [
          i.outgoing ? 'Alex Owner' : i.from,
          i.outgoing ? i.to : 'Alex Owner',
          i.date,
          i.message,
          i.outgoing ? 'OUTGOING' : 'INCOMING',
          url(i.outgoing ? owner : i.from),
          url(i.outgoing ? i.to : owner),
        ]),
      ]),
    ]);
  }
  return files.map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) }));
}
