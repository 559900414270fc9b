/** The export's files, laid out as LinkedIn wrote them in each era (see /work/shared/linkedin-export.md). */
import type { CompanyBook } from './companies.ts';
import type { Month, Ts } from './dates.ts';
import {
  fmtConnectedOn,
  fmtEndorsementDate,
  fmtMessageDate,
  fmtPositionMonth,
  fmtRecommendationDate,
  fmtUsShort,
  fmtYear,
} from './dates.ts';
import type { Interactions, Message, Party } from './interactions.ts';
import type { Owner } from './owner.ts';
import type { Person } from './people.ts';
import type { Rng } from './rng.ts';
import type { Region } from './vocabulary.ts';

export type Era = '2018' | '2020' | '2023' | '2026';

export const CONNECTIONS_PREAMBLE = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
];

export const HEADERS = {
  connectionsOld: ['First Name', 'Last Name', 'Email Address', 'Company', 'Position', 'Connected On'],
  connections: ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
  positions: ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'],
  profile: [
    'First Name',
    'Last Name',
    'Maiden Name',
    'Address',
    'Birth Date',
    'Headline',
    'Summary',
    'Industry',
    'Zip Code',
    'Geo Location',
    'Twitter Handles',
    'Websites',
    'Instant Messengers',
  ],
  messages2018: ['From', 'To', 'Date', 'Subject', 'Content', 'Direction', 'Folder'],
  messages9: [
    'CONVERSATION ID',
    'CONVERSATION TITLE',
    'FROM',
    'SENDER PROFILE URL',
    'TO',
    'DATE',
    'SUBJECT',
    'CONTENT',
    'FOLDER',
  ],
  messages2026a: [
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
    'IS MESSAGE DRAFT',
    'IS CONVERSATION DRAFT',
  ],
  messages2026b: [
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
    'ATTACHMENTS',
  ],
  invitationsOld: ['From', 'To', 'Sent At', 'Message', 'Direction'],
  invitations: ['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'],
  endorsementReceivedOld: [
    'Endorsement Date',
    'Skill Name',
    'Endorser First Name',
    'Endorser Last Name',
    'Endorsement Status',
  ],
  endorsementReceived: [
    'Endorsement Date',
    'Skill Name',
    'Endorser First Name',
    'Endorser Last Name',
    'Endorser Public Url',
    'Endorsement Status',
  ],
  endorsementGivenOld: [
    'Endorsement Date',
    'Skill Name',
    'Endorsee First Name',
    'Endorsee Last Name',
    'Endorsement Status',
  ],
  endorsementGiven: [
    'Endorsement Date',
    'Skill Name',
    'Endorsee First Name',
    'Endorsee Last Name',
    'Endorsee Public Url',
    'Endorsement Status',
  ],
  recommendations: ['First Name', 'Last Name', 'Company', 'Job Title', 'Text', 'Creation Date', 'Status'],
  education: ['School Name', 'Start Date', 'End Date', 'Notes', 'Degree Name', 'Activities'],
  skills: ['Name'],
} as const;

function field(v: string, quoteAll: boolean): string {
  if (quoteAll || /[",\r\n]/.test(v)) return `"${v.replace(/"/g, '""')}"`;
  return v;
}

function csv(
  header: readonly string[],
  rows: string[][],
  opts: { quoteAll?: boolean; finalNewline?: boolean; eol?: string; preamble?: string[] } = {},
): string {
  const eol = opts.eol ?? '\n';
  const lines = [...(opts.preamble ?? []), [...header].map((h) => field(h, !!opts.quoteAll)).join(',')];
  for (const r of rows) lines.push(r.map((v) => field(v, !!opts.quoteAll)).join(','));
  return lines.join(eol) + (opts.finalNewline === false ? '' : eol);
}

export interface WriteInput {
  era: Era;
  r: Rng;
  book: CompanyBook;
  owner: Owner;
  ownerUrl: string;
  region: Region;
  M: Month;
  /** Connections, newest first (the row order). */
  rows: Person[];
  people: Person[];
  inter: Interactions;
  withPositions: boolean;
  withMessages: boolean;
  /** 2026: which trailing columns messages.csv has. */
  messagesVariant: 'a' | 'b';
  /** People whose names the 2018 Messages.csv writes with a double space. */
  doubleSpaced: Set<number>;
}

/** The URL the era writes in Connections.csv: non-ASCII letters percent-encoded. */
export function connectionsUrl(slug: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}`;
}

export function writeFiles(w: WriteInput): { name: string; text: string }[] {
  const files: { name: string; text: string }[] = [];
  const { era } = w;
  const withUrl = era === '2026';
  const preamble = era === '2023' || era === '2026';
  const endorsementUrls = era === '2023' || era === '2026';

  // Connections.csv
  const connRows = w.rows.map((p) => {
    const when = era === '2018' ? fmtUsShort(p.connectedAt) : fmtConnectedOn(p.connectedAt);
    if (p.hidden) return withUrl ? ['', '', '', '', '', '', when] : ['', '', '', '', '', when];
    const base = [p.csvFirst, p.csvLast];
    const rest = [p.email, p.company, p.position, when];
    return withUrl ? [...base, connectionsUrl(p.slug), ...rest] : [...base, ...rest];
  });
  files.push({
    name: 'Connections.csv',
    text: csv(withUrl ? HEADERS.connections : HEADERS.connectionsOld, connRows, {
      finalNewline: false,
      preamble: preamble ? CONNECTIONS_PREAMBLE : undefined,
    }),
  });

  // Profile.csv
  const o = w.owner;
  const current = o.positions.find((p) => p.to === null && p.kind !== 'side') ?? o.positions[0];
  const headline = current ? `${current.title} at ${current.spelling.trim()}` : 'Student';
  files.push({
    name: 'Profile.csv',
    text: csv(HEADERS.profile, [
      [
        o.first,
        o.last,
        '',
        '',
        w.r.chance(0.3) ? `${w.r.pick(['Jan', 'Mar', 'Jul', 'Oct'])} ${w.r.int(1, 28)}` : '',
        headline,
        `I build things with people.\nCurrently: ${headline}.`,
        w.r.pick([
          'Software Development',
          'IT Services and IT Consulting',
          'Financial Services',
          'Internet',
          'Computer Software',
          'Staffing and Recruiting',
          'Management Consulting',
        ]),
        w.region.zip,
        w.region.geo,
        w.r.chance(0.3) ? `[${o.first.toLowerCase()}_${o.last.toLowerCase().replace(/[^a-z]/g, '')}]` : '',
        '',
        '',
      ],
    ]),
  });

  if (w.withPositions) {
    files.push({
      name: 'Positions.csv',
      text: csv(
        HEADERS.positions,
        o.positions.map((p) => [
          p.spelling,
          p.title,
          p.description,
          p.location,
          fmtPositionMonth(p.from, p.yearOnly),
          p.to === null ? '' : fmtPositionMonth(p.to, p.yearOnly),
        ]),
      ),
    });
  }

  files.push({
    name: 'Education.csv',
    text: csv(
      HEADERS.education,
      o.education.map((e) => [
        w.book.get(e.school).name,
        fmtYear(e.from),
        e.to === null ? '' : fmtYear(e.to),
        '',
        e.degree,
        '',
      ]),
    ),
  });
  files.push({
    name: 'Skills.csv',
    text: csv(
      HEADERS.skills,
      o.skills.map((s) => [s]),
    ),
  });

  if (w.withMessages) files.push(messagesFile(w));

  // Invitations.csv
  const inv = w.inter.invitations.slice().sort((a, b) => b.at - a.at);
  files.push({
    name: 'Invitations.csv',
    text: csv(
      era === '2026' ? HEADERS.invitations : HEADERS.invitationsOld,
      inv.map((i) => {
        const base = [
          i.from.name,
          i.to.name,
          fmtUsShort(i.at),
          i.message,
          i.outgoing ? 'OUTGOING' : 'INCOMING',
        ];
        return era === '2026' ? [...base, i.from.url, i.to.url] : base;
      }),
    ),
  });

  // Endorsements
  const byId = (id: number) => w.people[id] as Person;
  const noScheme = (slug: string) => `www.linkedin.com/in/${slug}`;
  const endorse = (direction: 'received' | 'given') => {
    const list = w.inter.endorsements.filter((e) => e.direction === direction).sort((a, b) => a.at - b.at);
    return list.map((e) => {
      const p = byId(e.person);
      const row = [fmtEndorsementDate(e.at), e.skill, p.first, p.last];
      return endorsementUrls ? [...row, noScheme(p.slug), 'ACCEPTED'] : [...row, 'ACCEPTED'];
    });
  };
  files.push({
    name: 'Endorsement_Received_Info.csv',
    text: csv(
      endorsementUrls ? HEADERS.endorsementReceived : HEADERS.endorsementReceivedOld,
      endorse('received'),
    ),
  });
  files.push({
    name: 'Endorsement_Given_Info.csv',
    text: csv(endorsementUrls ? HEADERS.endorsementGiven : HEADERS.endorsementGivenOld, endorse('given')),
  });

  // Recommendations
  const recs = (direction: 'received' | 'given') =>
    w.inter.recommendations
      .filter((x) => x.direction === direction)
      .sort((a, b) => b.at - a.at)
      .map((x) => {
        const p = byId(x.person);
        return [p.first, p.last, x.company, x.title, x.text, fmtRecommendationDate(x.at), 'VISIBLE'];
      });
  files.push({ name: 'Recommendations_Received.csv', text: csv(HEADERS.recommendations, recs('received')) });
  files.push({ name: 'Recommendations_Given.csv', text: csv(HEADERS.recommendations, recs('given')) });
  return files;
}

function messagesFile(w: WriteInput): { name: string; text: string } {
  const { era } = w;
  // Conversations newest first; inside one, messages newest first.
  const latest = new Map<string, Ts>();
  for (const m of w.inter.messages) latest.set(m.conv, Math.max(latest.get(m.conv) ?? 0, m.at));
  const sorted = w.inter.messages
    .slice()
    .sort(
      (a, b) =>
        (latest.get(b.conv) ?? 0) - (latest.get(a.conv) ?? 0) || a.conv.localeCompare(b.conv) || b.at - a.at,
    );
  if (era === '2018') {
    const name = (p: Party) => {
      if (p.person !== null && w.doubleSpaced.has(p.person)) return p.name.replace(' ', '  ');
      return p.name;
    };
    const rows = sorted
      .filter((m) => !m.draft)
      .map((m) => [
        name(m.from),
        m.to.map(name).join(', '),
        fmtUsShort(m.at),
        m.subject,
        m.content,
        m.outgoing ? 'OUTGOING' : 'INCOMING',
        m.outgoing ? 'SENT' : m.folder === 'ARCHIVE' ? 'ARCHIVED' : 'INBOX',
      ]);
    return { name: 'Messages.csv', text: csv(HEADERS.messages2018, rows) };
  }
  if (era === '2026') {
    const header = w.messagesVariant === 'a' ? HEADERS.messages2026a : HEADERS.messages2026b;
    const rows = sorted.map((m: Message) => {
      const base = [
        m.conv,
        m.title,
        m.from.name,
        m.from.url,
        m.to.map((t) => t.name).join(', '),
        m.to.map((t) => t.url).join(','),
        fmtMessageDate(m.at),
        m.subject,
        m.content,
        m.folder,
      ];
      return w.messagesVariant === 'a'
        ? [...base, m.draft ? 'Yes' : 'No', m.draft ? 'Yes' : 'No']
        : [...base, ''];
    });
    return { name: 'messages.csv', text: csv(header, rows, { quoteAll: true }) };
  }
  const rows = sorted.map((m) => [
    m.conv,
    m.title,
    m.from.name,
    m.from.url,
    m.to.map((t) => t.name).join(', '),
    fmtMessageDate(m.at),
    m.subject,
    m.content,
    m.folder,
  ]);
  return { name: 'messages.csv', text: csv(HEADERS.messages9, rows) };
}
