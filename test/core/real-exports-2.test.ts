import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyze, InputError, type Person, type Report } from '../../functions/core/index.ts';
import { csv } from '../support/build-export.ts';

/**
 * What real export folders hold besides the clean files, as ../shared/linkedin-export.md describes
 * them: the 2018 Messages.csv, side files that are no CSV at all, one category given twice, columns
 * deleted or renamed by the owner, and rows that are no connection. Built from those facts, not from
 * anyone's data.
 */
const AS_OF = '2019-06-01';
const text = (s: string) => new TextEncoder().encode(s);
const file = (name: string, body: string | Uint8Array) => ({
  name,
  bytes: typeof body === 'string' ? text(body) : body,
});

/** The 2018 layout: no preamble, no URL column, dates as Excel-style numbers with a time. */
const CONNECTIONS_2018 = file(
  'export/Connections.csv',
  csv([
    ['First Name', 'Last Name', 'Email Address', 'Company', 'Position', 'Connected On'],
    ['Priyanka', 'Bose', '', 'Initech', 'Engineer', '1/8/18, 6:14 PM'],
    ['Sam', 'Lee', '', 'Hooli', 'Designer', '3/2/17, 9:01 AM'],
    ['Dana', 'Diaz', '', 'Globex', 'Analyst', '5/5/16, 10:00 AM'],
  ]),
);
const MESSAGES_2018 = file(
  'export/Messages.csv',
  csv([
    ['From', 'To', 'Date', 'Subject', 'Content', 'Direction', 'Folder'],
    ['Alex Owner', 'Priyanka  Bose', '10/16/18, 8:36 AM', 'Hi', 'Coffee soon?', 'OUTGOING', 'SENT'],
    ['Priyanka  Bose', 'Alex Owner', '10/17/18, 9:02 AM', 'Re: Hi', 'Sure!', 'INCOMING', 'INBOX'],
    ['Sam Lee', 'Alex Owner', '11/2/18, 7:15 PM', '', 'Long time!', 'INCOMING', 'INBOX'],
    ['Google Cloud', 'Alex Owner', '11/3/18, 7:15 PM', 'Offer', 'Try it', 'INCOMING', 'INBOX'],
  ]),
);
const ENDORSEMENTS = [
  ['Endorsement Date', 'Skill Name', 'Endorser First Name', 'Endorser Last Name', 'Endorsement Status'],
  ['2018/03/12 14:05:33 UTC', 'Java', 'Sam', 'Lee', 'ACCEPTED'],
  ['2018/04/12 14:05:33 UTC', 'SQL', 'Dana', 'Diaz', 'ACCEPTED'],
];

const by = (report: Report, name: string) => report.people.find((p) => p.name === name) as Person;

describe('real export folders', () => {
  it('read the 2018 Messages.csv: its Direction says who wrote, its names who it was with', () => {
    const report = analyze([CONNECTIONS_2018, MESSAGES_2018], { asOf: AS_OF });
    expect(report.inputs.find((i) => i.name.endsWith('Messages.csv'))?.kind).toBe('messages');
    expect(report.summary.notes.map((n) => n.code)).not.toContain('no-messages-file');
    expect(by(report, 'Priyanka Bose').contact).toMatchObject({ messagesSent: 1, messagesReceived: 1 });
    expect(by(report, 'Sam Lee').contact).toMatchObject({ messagesReceived: 1 });
    expect(by(report, 'Sam Lee').contact?.messagesSent).toBeUndefined();
    expect(by(report, 'Dana Diaz').contact).toBeUndefined();
  });

  it('skip a side file that is no CSV (an Excel workbook named Reactions.csv) with a warning, and read the rest', () => {
    const workbook = zipSync({
      '[Content_Types].xml': text('<Types/>'),
      'xl/workbook.xml': text('<workbook/>'),
    });
    const report = analyze([CONNECTIONS_2018, file('export/Reactions.csv', workbook)], { asOf: AS_OF });
    expect(report.people).toHaveLength(3);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ file: 'Reactions.csv', code: 'skipped-file', reason: 'not-csv' }),
    );
    // Alone, it is refused in words that say what it is.
    expect(() => analyze([file('Connections.csv', workbook)], { asOf: AS_OF })).toThrow(/Excel workbook/);
  });

  it('count an endorsement once when the folder holds the file and its UTF-16 tab-separated re-save', () => {
    const utf16 = (s: string) => {
      const out = new Uint8Array(2 + s.length * 2);
      out.set([0xff, 0xfe]);
      for (let i = 0; i < s.length; i++) out.set([s.charCodeAt(i) & 255, s.charCodeAt(i) >> 8], 2 + 2 * i);
      return out;
    };
    const tabbed = ENDORSEMENTS.map((r) => r.join('\t')).join('\r\n');
    const report = analyze(
      [
        CONNECTIONS_2018,
        file('export/Endorsement_Received_Info.csv', csv(ENDORSEMENTS)),
        file('export/Endorsement Received Info.csv', utf16(tabbed)),
      ],
      { asOf: AS_OF },
    );
    expect(by(report, 'Sam Lee').contact?.endorsementsReceived).toBe(1);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'duplicate-rows', count: 2 }));
  });

  it('count a message once when a folder is given together with its own messages.csv', () => {
    const twice = analyze([CONNECTIONS_2018, MESSAGES_2018, file('Messages.csv', MESSAGES_2018.bytes)], {
      asOf: AS_OF,
    });
    expect(by(twice, 'Priyanka Bose').contact).toMatchObject({ messagesSent: 1, messagesReceived: 1 });
    expect(twice.summary.messages).toBe(
      analyze([CONNECTIONS_2018, MESSAGES_2018], { asOf: AS_OF }).summary.messages,
    );
    expect(twice.warnings.map((w) => w.code)).toContain('duplicate-rows');
  });

  it('refuse a Connections.csv whose name columns were deleted, naming them', () => {
    const stripped = file(
      'Connections.csv',
      csv([
        ['Company', 'Position', 'Connected On'],
        ['Initech', 'Engineer', '08 Jan 2018'],
      ]),
    );
    let error: unknown;
    try {
      analyze([stripped], { asOf: AS_OF });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('missing-columns');
    expect((error as InputError).message).toMatch(/lacks the columns First Name, Last Name/);
  });

  it('warn about a Recommendations_Received.csv whose header a script renamed, instead of skipping it in silence', () => {
    const renamed = file(
      'Recommendations_Received.csv',
      csv([
        ['', 'First Name', 'Last Name', 'Company', 'Job Title', 'Recommendation', 'Date', 'Status'],
        ['0', 'Sam', 'Lee', 'Hooli', 'Designer', 'Great to work with', '03/12/18, 02:05 PM', 'VISIBLE'],
      ]),
    );
    const report = analyze([CONNECTIONS_2018, renamed], { asOf: AS_OF });
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        file: 'Recommendations_Received.csv',
        code: 'unrecognised-file',
        columns: ['Text', 'Creation Date'],
      }),
    );
  });

  it('skip a row that is no connection (a name alone) with a warning, and refuse an export with none left', () => {
    const header = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'];
    const stray = ['just a note', '', '', '', '', '', ''];
    const report = analyze(
      [
        file(
          'Connections.csv',
          csv([
            header,
            stray,
            ['Ada', 'Lovelace', 'https://www.linkedin.com/in/ada', '', 'Initech', 'Eng', '05 Mar 2018'],
          ]),
        ),
      ],
      { asOf: AS_OF },
    );
    expect(report.people.map((p) => p.name)).toEqual(['Ada Lovelace']);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'not-a-connection', row: 1 }));
    expect(() => analyze([file('Connections.csv', csv([header, stray]))], { asOf: AS_OF })).toThrow(
      /no connections in it/,
    );
  });

  it('refuse far more rows than LinkedIn allows before parsing them', () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
    const rows = 'A,B,,,,,05 Mar 2018\n'.repeat(80_000);
    expect(() => analyze([file('Connections.csv', header + rows)], { asOf: AS_OF })).toThrow(
      /LinkedIn allows at most 30,000 connections/,
    );
  });
});
