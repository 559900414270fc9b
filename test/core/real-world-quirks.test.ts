import { describe, expect, it } from 'vitest';
import { analyze, InputError, type Person, type Report } from '../../functions/core/index.ts';
import { readExport } from '../../functions/core/input/read-export.ts';
import { readMessages } from '../../functions/core/readers/messages.ts';
import { WarningLog } from '../../functions/core/warnings.ts';
import { buildExport, csv, MESSAGE_HEADER } from '../support/build-export.ts';
import { expectedOf, fixtureFiles } from '../support/fixtures.ts';
import { wordsOf } from '../support/words.ts';
import { buildZip } from '../support/zip-builder.ts';

const AS_OF = '2026-06-01';
const text = (s: string) => new TextEncoder().encode(s);
const bySlug = (report: Report, slug: string) =>
  report.people.find((p) => p.profileUrl?.endsWith(`/${slug}`)) as Person;
const POSITIONS = [
  { company: 'Acme', from: 'Mar 2016', to: 'Jun 2019' },
  { company: 'Globex', from: 'Jul 2019' },
];
const url = (slug: string) => `https://www.linkedin.com/in/${slug}`;

describe('what real exports throw at the readers', () => {
  it('recognises messages.csv even when HTML InMail full of semicolons comes first', () => {
    const html = '<p style="margin:0;padding:0;">Hello&nbsp;there;&nbsp;&nbsp;</p>'.repeat(40);
    const messages = csv([
      MESSAGE_HEADER,
      [
        'c0',
        '',
        'LinkedIn Member',
        '',
        'Alex Owner',
        url('alex-owner'),
        '2024-01-01 10:00:00 UTC',
        '',
        html,
        'INBOX',
      ],
      [
        'c1',
        '',
        'Alex Owner',
        url('alex-owner'),
        'Mo Moved',
        url('mo'),
        '2017-05-01 10:00:00 UTC',
        '',
        'hi',
        'INBOX',
      ],
      [
        'c1',
        '',
        'Mo Moved',
        url('mo'),
        'Alex Owner',
        url('alex-owner'),
        '2017-05-02 10:00:00 UTC',
        '',
        'hey',
        'INBOX',
      ],
    ]);
    const files = buildExport({
      connections: [{ first: 'Mo', last: 'Moved', slug: 'mo', company: 'Initech', connected: '02 Apr 2016' }],
      positions: POSITIONS,
    });
    const report = analyze([...files, { name: 'messages.csv', bytes: text(messages) }], { asOf: AS_OF });
    expect(report.inputs.find((f) => f.name === 'messages.csv')?.kind).toBe('messages');
    expect(bySlug(report, 'mo').contact).toMatchObject({ messagesSent: 1, messagesReceived: 1 });
  });

  it('never credits a namesake who has a different profile', () => {
    const files = buildExport({
      connections: [
        {
          first: 'Chris',
          last: 'Taylor',
          slug: 'chris-taylor-connection',
          company: 'Initech',
          connected: '02 Apr 2016',
        },
      ],
      positions: POSITIONS,
      messages: [
        { from: 'chris-taylor-stranger', to: 'alex-owner', date: '2017-05-01' },
        { from: 'alex-owner', to: 'someone-else', date: '2017-05-03' },
      ],
    });
    const report = analyze(files, { asOf: AS_OF });
    expect(bySlug(report, 'chris-taylor-connection').contact?.messagesReceived ?? 0).toBe(0);
  });

  it('never credits a connection with messages the owner sent to a namesake who wrote from another profile', () => {
    // The 2022–2023 layout names recipients without their URLs: the conversation tells who they were.
    const header = [
      'CONVERSATION ID',
      'CONVERSATION TITLE',
      'FROM',
      'SENDER PROFILE URL',
      'TO',
      'DATE',
      'SUBJECT',
      'CONTENT',
      'FOLDER',
    ];
    const row = (c: string, from: string, fromUrl: string, to: string, date: string) => [
      c,
      '',
      from,
      fromUrl,
      to,
      `${date} 10:00:00 UTC`,
      '',
      'hi',
      'INBOX',
    ];
    const messages = csv([
      header,
      // With the connection Chris Taylor: one message each way.
      row('c1', 'Alex Owner', url('alex-owner'), 'Chris Taylor', '2017-05-01'),
      row('c1', 'Chris Taylor', url('chris-taylor-connection'), 'Alex Owner', '2017-05-02'),
      // With another Chris Taylor, who is no connection: two from the owner, one back.
      row('c2', 'Chris Taylor', url('chris-taylor-stranger'), 'Alex Owner', '2021-10-19'),
      row('c2', 'Alex Owner', url('alex-owner'), 'Chris Taylor', '2021-10-20'),
      row('c2', 'Alex Owner', url('alex-owner'), 'Chris Taylor', '2021-10-21'),
      // And with Ann, so the owner's profile is the one that talks with everyone.
      row('c3', 'Alex Owner', url('alex-owner'), 'Ann A', '2018-01-01'),
      row('c3', 'Ann A', url('ann'), 'Alex Owner', '2018-01-02'),
    ]);
    const files = buildExport({
      connections: [
        {
          first: 'Chris',
          last: 'Taylor',
          slug: 'chris-taylor-connection',
          company: 'Initech',
          connected: '02 Apr 2016',
        },
        { first: 'Ann', last: 'A', slug: 'ann', connected: '02 Apr 2016' },
      ],
      positions: POSITIONS,
    });
    const report = analyze([...files, { name: 'messages.csv', bytes: text(messages) }], { asOf: AS_OF });
    expect(bySlug(report, 'chris-taylor-connection').contact).toMatchObject({
      messagesSent: 1,
      messagesReceived: 1,
      lastSent: '2017-05-01',
    });
  });

  it('counts each connection once when the same file comes twice (the ZIP and its CSV)', () => {
    const files = buildExport({
      connections: [{ first: 'Mo', last: 'Moved', slug: 'mo', connected: '02 Apr 2016' }],
    });
    const [connections] = files;
    const zip = buildZip([{ name: 'Connections.csv', data: connections?.bytes ?? new Uint8Array() }]);
    const report = analyze([...files, { name: 'export.zip', bytes: zip }], { asOf: AS_OF });
    expect(report.people).toHaveLength(1);
    expect(report.warnings.map((w) => w.code)).toContain('duplicate-file');
  });

  it('does not take a stranger in a few conversations for the owner', () => {
    const files = buildExport({
      connections: [
        { first: 'Ann', last: 'A', slug: 'ann', connected: '02 Apr 2016' },
        { first: 'Bob', last: 'B', slug: 'bob', connected: '02 Apr 2016' },
      ],
      messages: [
        { from: 'recruiter-x', to: 'alex-owner', date: '2020-01-01', conversation: 'r1' },
        { from: 'recruiter-x', to: 'alex-owner', date: '2020-02-01', conversation: 'r2' },
        { from: 'alex-owner', to: 'ann', date: '2020-03-01', conversation: 'a' },
        { from: 'bob', to: 'alex-owner', date: '2020-03-02', conversation: 'b' },
      ],
    });
    expect(analyze(files, { asOf: AS_OF }).owner.profileUrls).toEqual([url('alex-owner')]);
  });

  it('reads Excel re-saved Positions.csv months like Mar-19', () => {
    const positions = csv([
      ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'],
      ['Acme', 'Engineer', '', '', 'Mar-19', 'Jun-2021'],
    ]);
    const files = buildExport({
      connections: [{ first: 'Mo', last: 'M', slug: 'mo', connected: '02 Apr 2019' }],
    });
    const report = analyze([...files, { name: 'Positions.csv', bytes: text(positions) }], { asOf: AS_OF });
    expect(report.owner.employers.map((e) => [e.from, e.to])).toEqual([['2019-03-01', '2021-06-30']]);
  });

  it('skips a locked side file in the ZIP, with a warning, and reads the rest', () => {
    const [connections] = buildExport({
      connections: [{ first: 'Mo', last: 'M', slug: 'mo', connected: '02 Apr 2019' }],
    });
    const zip = buildZip([
      { name: 'Connections.csv', data: connections?.bytes ?? new Uint8Array() },
      { name: 'Rich_Media.csv', data: text('Date/Time,Media Description\n'), encrypted: true },
    ]);
    const report = analyze([{ name: 'export.zip', bytes: zip }], { asOf: AS_OF });
    expect(report.people).toHaveLength(1);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: 'skipped-entry', reason: 'encrypted-zip' }),
    );
  });

  it('keeps accented names when one stray byte is not UTF-8', () => {
    const good =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nJosé,García,,,Café,Chef,05 Mar 2024\n';
    const bytes = new Uint8Array([...text(good), ...text('Zoë,Bad'), 0xff, ...text(',,,,,06 Mar 2024\n')]);
    const report = analyze([{ name: 'Connections.csv', bytes }], { asOf: AS_OF });
    expect(report.people.map((p) => p.firstName)).toContain('José');
    expect(report.warnings.map((w) => w.code)).toContain('bad-bytes');
  });

  it('refuses missing or malformed options with its own error, as JSON callers may send', () => {
    const files = buildExport({
      connections: [{ first: 'Mo', last: 'M', slug: 'mo', connected: '02 Apr 2019' }],
    });
    expect(() => analyze(files, {} as never)).toThrow(InputError);
    expect(() =>
      analyze(files, { asOf: AS_OF, employers: [{ company: null, from: '2019-01' }] as never }),
    ).toThrow(InputError);
  });

  it('drops message drafts (the fixtures count them by hand)', () => {
    for (const name of ['era-2023', 'era-2024-urn', 'era-2026']) {
      const warnings = new WarningLog();
      const { tables } = readExport(fixtureFiles(name), warnings);
      expect(readMessages(tables.get('messages') ?? [], warnings).drafts, name).toBe(
        expectedOf(name).messages?.drafts,
      );
    }
  });
});

describe('drafts in odd cases', () => {
  const report = analyze(
    buildExport({
      positions: POSITIONS,
      connections: [
        {
          first: 'Dr.',
          last: 'Who',
          slug: 'dr',
          company: 'Smith, Jones & Partners',
          position: 'Partner',
          connected: '02 Apr 2016',
        },
        {
          first: 'MARY',
          last: 'SUE',
          slug: 'mary',
          company: 'Self-employed',
          position: 'Retired',
          connected: '03 Apr 2016',
        },
        {
          first: 'Cara',
          last: 'Current',
          slug: 'cara',
          company: 'Globex',
          position: 'Designer',
          connected: '10 Sep 2019',
        },
      ],
      messages: [
        ...Array.from({ length: 4 }, (_, i) => ({
          from: 'alex-owner',
          to: 'cara',
          date: `2020-0${i + 1}-01`,
        })),
        ...Array.from({ length: 4 }, (_, i) => ({
          from: 'cara',
          to: 'alex-owner',
          date: `2020-0${i + 1}-02`,
        })),
      ],
    }),
    { asOf: AS_OF },
  );

  const draft = (slug: string) => wordsOf(report)(bySlug(report, slug)).draft ?? '';

  it('greet by name, not by title, and never shout', () => {
    expect(draft('dr')).toMatch(/^(Hi|Hey|Hello) there/);
    expect(draft('mary')).toMatch(/^(Hi|Hey|Hello) Mary\b/);
  });

  it('keep company names whole and skip placeholders like Self-employed', () => {
    const dr = draft('dr');
    if (dr.includes('Smith')) expect(dr).toContain('Smith, Jones & Partners');
    expect(draft('mary')).not.toMatch(/Self-employed|Retired role/);
  });

  it('write no draft for a current colleague, met at work', () => {
    const cara = bySlug(report, 'cara');
    expect(cara.category).toBe('current-colleague');
    expect(cara.draft).toBeNull();
  });
});
