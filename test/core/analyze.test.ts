import { describe, expect, it } from 'vitest';
import { analyze, type Person, type Report } from '../../functions/core/index.ts';
import { roleTitle } from '../../functions/core/normalise/role-title.ts';
import { article } from '../../functions/core/words/en.ts';
import { buildExport, type ExportSpec } from '../support/build-export.ts';
import { fixtureFiles, fixtureNames } from '../support/fixtures.ts';
import { generateExport, type SyntheticOptions } from '../support/synthetic-export.ts';
import { wordsOf } from '../support/words.ts';

const AS_OF = '2026-06-01';

// The owner: Acme from March 2016 to June 2019, Globex from July 2019 until now.
const POSITIONS = [
  { company: 'Acme Inc.', from: 'Mar 2016', to: 'Jun 2019' },
  { company: 'Globex', from: 'Jul 2019' },
];

function run(spec: Partial<ExportSpec>, options: Partial<Parameters<typeof analyze>[1]> = {}): Report {
  return analyze(buildExport({ connections: [], positions: POSITIONS, ...spec }), {
    asOf: AS_OF,
    ...options,
  });
}

/** A labelled synthetic export (only the files `keep` allows), analysed as of its own date. */
function analyzeSynthetic(options: SyntheticOptions, keep: (file: string) => boolean = () => true) {
  const synthetic = generateExport(options);
  const files = synthetic.files
    .filter((f) => keep(f.name))
    .map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
  const report = analyze(files, { asOf: synthetic.asOf });
  return { report, asOf: Date.parse(synthetic.asOf), said: wordsOf(report) };
}

/** Everything a person is told: the draft, and every reason. */
const draftOf = (said: ReturnType<typeof wordsOf>, p: Person) => said(p).draft ?? '';

function person(report: Report, slug: string): Person {
  const found = report.people.find((p) => p.profileUrl?.endsWith(`/${slug}`));
  if (!found) throw new Error(`no ${slug}`);
  return found;
}

describe('finding colleagues', () => {
  const report = run({
    connections: [
      {
        first: 'Cara',
        last: 'Current',
        slug: 'cara',
        company: 'Globex',
        position: 'Designer',
        connected: '10 Sep 2019',
      },
      {
        first: 'Stan',
        last: 'Stayed',
        slug: 'stan',
        company: 'ACME Corporation',
        position: 'Engineer',
        connected: '20 Apr 2016',
      },
      {
        first: 'Mo',
        last: 'Moved',
        slug: 'mo',
        company: 'Initech',
        position: 'Engineer',
        connected: '02 Apr 2016',
      },
      {
        first: 'Al',
        last: 'Alum',
        slug: 'al',
        company: 'Acme',
        position: 'Analyst',
        connected: '15 Jan 2024',
      },
      {
        first: 'Rita',
        last: 'Recruiter',
        slug: 'rita',
        company: 'TalentCo',
        position: 'Technical Recruiter',
        connected: '05 Apr 2016',
      },
      {
        first: 'Uma',
        last: 'Uni',
        slug: 'uma',
        company: 'Hooli',
        position: 'Engineer',
        connected: '01 Jun 2012',
      },
      {
        first: 'Rec',
        last: 'Ommended',
        slug: 'rec',
        company: 'Umbrella',
        position: 'Director',
        connected: '01 Feb 2022',
      },
    ],
    messages: [
      { from: 'alex-owner', to: 'mo', date: '2017-05-01' },
      { from: 'mo', to: 'alex-owner', date: '2017-05-02' },
    ],
    recommendations: [{ first: 'Rec', last: 'Ommended', company: 'Acme, Inc.', date: '05/01/18, 10:00 AM' }],
  });

  it.each([
    ['cara', 'current-colleague'],
    ['stan', 'former-colleague'],
    ['mo', 'former-colleague'],
    ['al', 'alumni'],
    ['rita', 'other'],
    ['uma', 'other'],
    ['rec', 'former-colleague'],
  ])('%s is %s', (slug, category) => {
    expect(person(report, slug).category).toBe(category);
  });

  it('names the shared employer with its evidence, most likely first', () => {
    const mo = person(report, 'mo');
    expect(mo.sharedEmployers[0]?.company).toBe('Acme Inc.');
    expect(mo.sharedEmployers[0]?.evidence.map((e) => e.kind)).toEqual([
      'connected-first-months',
      'messages-during-tenure',
    ]);
    expect(person(report, 'rec').sharedEmployers[0]?.evidence.map((e) => e.kind)).toContain('recommendation');
  });

  it('ranks colleagues above people with no shared employer, and explains every rank', () => {
    const rank = (slug: string) => person(report, slug).rank;
    const said = wordsOf(report);
    expect(rank('mo')).toBeLessThan(rank('rita'));
    expect(rank('stan')).toBeLessThan(rank('uma'));
    expect(report.people.map((p) => p.rank)).toEqual(report.people.map((_, i) => i + 1));
    for (const p of report.people) expect(said(p).reasons.length, p.name).toBeGreaterThan(0);
    // Messages make Mo likely; only a fact such as a recommendation naming Acme makes anyone sure.
    expect(person(report, 'mo').reasons[0]).toEqual({
      kind: 'worked-together',
      certainty: 'likely',
      timing: 'connected-first-months',
    });
    expect(said(person(report, 'mo')).reasons[0]).toBe(
      'Probably worked with you at Acme Inc. (2016–2019); connected in your first months there.',
    );
    expect(said(person(report, 'rec')).reasons[0]).toMatch(/^You both worked at Acme Inc\. \(2016–2019\)/);
    expect(person(report, 'rita').reasons[0]).toEqual({ kind: 'recruiter' });
    expect(said(person(report, 'rita')).reasons[0]).toContain('recruiter');
  });

  it('says once where someone works now and how many colleagues went there', () => {
    const { report: synthetic, said } = analyzeSynthetic({ seed: 7, connections: 1500 });
    const clustered = synthetic.people.filter((p) =>
      said(p).reasons.some((r) => / colleagues work now\.$/.test(r)),
    );
    expect(clustered.length).toBeGreaterThan(0);
    for (const p of synthetic.people) {
      const counts = said(p).reasons.filter((r) => / colleagues work( now)?\.$/.test(r));
      expect(counts.length, said(p).reasons.join(' | ')).toBeLessThanOrEqual(1);
    }
  });

  it('summarises per employer', () => {
    expect(report.summary.byEmployer).toEqual([
      { company: 'Acme Inc.', key: 'acme', formerColleagues: 3, currentColleagues: 0, alumni: 1 },
      { company: 'Globex', key: 'globex', formerColleagues: 0, currentColleagues: 1, alumni: 0 },
    ]);
  });
});

describe('the owner’s employers', () => {
  const connections = [
    { first: 'Mo', last: 'Moved', slug: 'mo', company: 'Initech', connected: '02 Apr 2016' },
  ];

  it('come from options when Positions.csv is missing', () => {
    const messages = [
      { from: 'alex-owner', to: 'mo', date: '2017-05-01' },
      { from: 'mo', to: 'alex-owner', date: '2017-05-02' },
    ];
    const report = run(
      { connections, messages, positions: undefined },
      { employers: [{ company: 'Acme', from: '2016-03', to: '2019-06' }] },
    );
    expect(report.owner.employersSource).toBe('options');
    expect(report.owner.employers.map((e) => [e.company, e.from, e.to])).toEqual([
      ['Acme', '2016-03-01', '2019-06-30'],
    ]);
    expect(person(report, 'mo').category).toBe('former-colleague');
    expect(() =>
      run(
        { connections, positions: undefined },
        { employers: [{ company: 'Acme', from: '2019-06', to: '2016-03' }] },
      ),
    ).toThrow(/starts after it ends/);
  });

  it('when unknown, the report still ranks everyone and says how to add them', () => {
    const report = run({ connections, positions: undefined });
    expect(report.owner.employersSource).toBe('none');
    expect(report.people).toHaveLength(1);
    expect(report.summary.notes[0]).toEqual({ code: 'no-work-history' });
    // Said once in the notes, not as every person's first reason.
    expect(report.people[0]?.reasons.map((r) => r.kind)).toEqual(['keep-in-touch']);
    expect(wordsOf(report)(report.people[0] as Person).reasons[0]).toMatch(/connected 10 years ago/);
  });

  it('merges and splits change which names count as one company', () => {
    const labs = [
      { first: 'Lee', last: 'Labs', slug: 'lee', company: 'Acme Labs', connected: '01 Jan 2025' },
    ];
    expect(person(run({ connections: labs }), 'lee').sharedEmployers[0]?.match).toBe('weak');
    const split = person(run({ connections: labs }, { splits: ['Acme Labs'] }), 'lee');
    expect(split.sharedEmployers.map((s) => s.company)).not.toContain('Acme Inc.');
    const merged = run({ connections: labs }, { merges: [['Acme Inc.', 'Acme Labs']] });
    expect(person(merged, 'lee').sharedEmployers[0]?.match).toBe('strong');
    expect(person(merged, 'lee').category).toBe('alumni');
  });
});

describe('drafts', () => {
  const reports = fixtureNames()
    .filter((name) => !['no-connections', 'header-only'].includes(name))
    .map((name) => analyze(fixtureFiles(name), { asOf: AS_OF }));
  const drafted = reports.flatMap((r) => {
    const said = wordsOf(r);
    return r.people.map((p) => ({ p, text: said(p).draft ?? '' }));
  });

  it('are short, greet by first name and ask about them', () => {
    const written = drafted.filter(({ text }) => text);
    expect(written.length).toBeGreaterThan(20);
    for (const { p, text } of written) {
      expect(text.split(/\s+/).length, text).toBeLessThan(60);
      expect(text, text).toContain('?');
      if (p.firstName) expect(text, text).toMatch(new RegExp(`^(Hi|Hey|Hello) ${p.firstName.split(' ')[0]}`));
    }
  });

  it('only say "worked together" when the evidence is strong', () => {
    for (const { p, text } of drafted) {
      if (/worked together|\bour [^.!?]*days|\bour time at|were both at/i.test(text)) {
        expect(['former-colleague', 'current-colleague']).toContain(p.category);
        expect(p.confidence).toBeGreaterThanOrEqual(0.8);
      }
    }
  });

  it('claim you worked together only when something besides the timing of the connection says so', () => {
    const { report: r, said } = analyzeSynthetic({ seed: 101, connections: 400, era: '2020' });
    const claims = r.people.filter(
      (p) =>
        /worked together|\bour [^.!?]*days|\bour time at|were both at/i.test(draftOf(said, p)) ||
        (p.reasons[0]?.kind === 'worked-together' && p.reasons[0].certainty === 'sure'),
    );
    expect(claims.length).toBeGreaterThan(0);
    for (const p of claims) {
      // A fact that says so: a recommendation they wrote naming the employer, an invitation about
      // working together, a work email there, or the person's own word.
      const evidence = p.sharedEmployers[0]?.evidence ?? [];
      expect(
        evidence.some(
          (e) =>
            (e.kind === 'recommendation' && e.company !== null && e.direction === 'received') ||
            (e.kind === 'invitation-mentions-company' && e.together) ||
            e.kind === 'email-domain' ||
            e.kind === 'correction',
        ),
        `${draftOf(said, p)} ${JSON.stringify(evidence)}`,
      ).toBe(true);
    }
  });

  it('never claim you worked together on the timing of a connection alone', () => {
    const { report: r, said } = analyzeSynthetic({ seed: 12, connections: 800, era: '2026' });
    const timingOnly = r.people.filter((p) => {
      const positive = p.sharedEmployers[0]?.evidence.filter((e) => e.weight > 0) ?? [];
      return positive.length > 0 && positive.every((e) => e.kind.startsWith('connected-'));
    });
    expect(timingOnly.length).toBeGreaterThan(50);
    for (const p of timingOnly) {
      expect(p.confidence === 1 || (p.sharedEmployers[0]?.probability ?? 0) < 0.8).toBe(true);
      expect(draftOf(said, p)).not.toMatch(/worked together|\bour [^.!?]*days|\bour time at|were both at/i);
    }
  });

  it('never speak of a long silence with someone the export shows in touch lately', () => {
    const { report: r, asOf, said } = analyzeSynthetic({ seed: 3, connections: 800, era: '2026' });
    const lately = r.people
      .filter((p) => p.draft && p.lastContact !== null && asOf - Date.parse(p.lastContact) < 120 * 86_400_000)
      .map((p) => ({ p, text: draftOf(said, p) }));
    expect(lately.length).toBeGreaterThan(10);
    for (const { text } of lately) {
      expect(text, text).not.toMatch(
        /a while|in ages|too long|haven't been in touch|haven't crossed paths|since we last/,
      );
    }
  });

  it('say company names as people do ("our Hooli days", "at Amber Markets"), with no sentence (nor reason) ending in two stops', () => {
    const { report: r, said } = analyzeSynthetic({ seed: 99, connections: 600, era: '2023' });
    const withDraft = r.people.filter((p) => said(p).draft);
    const legalForm = /\s(Inc|LLC|Ltd|plc|GmbH|B\.V|S\.A|Corp|AG|Pty)\b\.?/;
    const formal = withDraft.filter((p) => legalForm.test(p.sharedEmployers[0]?.company ?? ''));
    expect(formal.length).toBeGreaterThan(10);
    for (const p of withDraft) {
      expect(draftOf(said, p), draftOf(said, p)).not.toMatch(legalForm);
      expect(draftOf(said, p), draftOf(said, p)).not.toMatch(/\b\p{Lu}{5,}\b/u);
    }
    // The reasons keep the name as the export wrote it.
    expect(formal.some((p) => said(p).reasons.some((reason) => legalForm.test(reason)))).toBe(true);
    for (const text of r.people.flatMap((p) => [draftOf(said, p), ...said(p).reasons]))
      expect(text).not.toMatch(/\.\./);
  });

  it('never speak of your time at an employer you are still at as if it were over', () => {
    const stillThere = [1, 2, 3].flatMap((seed) => {
      const { report: r, said } = analyzeSynthetic({ seed, connections: 400, era: '2026' });
      return r.people
        .filter(
          (p) => said(p).draft && p.category === 'former-colleague' && p.sharedEmployers[0]?.to === null,
        )
        .map((p) => ({ p, words: said(p) }));
    });
    expect(stillThere.length).toBeGreaterThan(20);
    for (const { p, words } of stillThere) {
      const text = words.draft ?? '';
      expect(text, text).not.toMatch(/\bmy [^.?!]* years\b|around my time at|since I left|–now\)/);
      expect(words.reasons[0], words.reasons[0]).not.toMatch(/–now\)/);
      const still = p.sharedEmployers[0]?.company ?? '';
      for (const reason of words.reasons) expect(reason).not.toContain(`while you were at ${still}`);
    }
  });

  it('greet a new connection as one, and nobody else', () => {
    const { report: r, asOf, said } = analyzeSynthetic({ seed: 99, connections: 600, era: '2023' });
    const connectedLong = r.people.filter(
      (p) => said(p).draft && p.connectedOn && asOf - Date.parse(p.connectedOn) > 365 * 86_400_000,
    );
    expect(connectedLong.length).toBeGreaterThan(100);
    for (const p of connectedLong)
      expect(draftOf(said, p), draftOf(said, p)).not.toMatch(/nice to be connected|connected now/);
  });

  it('never tell someone the export shows contact with that you have not been in touch', () => {
    const { report: r, said } = analyzeSynthetic({ seed: 5, connections: 800, era: '2020' });
    const inContact = r.people.filter((p) => said(p).draft && p.contact !== undefined);
    expect(inContact.length).toBeGreaterThan(100);
    for (const p of inContact) {
      const text = draftOf(said, p);
      expect(text, text).not.toMatch(
        /haven't been in touch since|never got the chance to talk|never properly talked/,
      );
    }
    // When the latest contact is an endorsement after the last message, the reasons say so.
    const laterEndorsement = r.people.filter(
      (p) =>
        p.lastContactKind === 'endorsement' &&
        p.contact?.lastSent !== undefined &&
        (p.lastContact ?? '') > (p.contact.lastSent ?? ''),
    );
    expect(laterEndorsement.length).toBeGreaterThan(0);
    for (const p of laterEndorsement) expect(said(p).reasons.join(' ')).toContain('last endorsement');
  });

  it('fit the latest contact: thanks for a recent endorsement, an apology to a message left unanswered, no "catch up" with a stranger', () => {
    const options = { seed: 3, connections: 400, era: '2026' } as const;
    const { report: r, asOf, said } = analyzeSynthetic(options);
    const lately = (p: Person) =>
      p.lastContact !== null && asOf - Date.parse(p.lastContact) < 120 * 86_400_000;
    const endorsedYou = r.people.filter(
      (p) =>
        p.draft &&
        lately(p) &&
        p.lastContactKind === 'endorsement' &&
        p.contact?.lastEndorsement?.direction === 'received',
    );
    expect(endorsedYou.length).toBeGreaterThan(0);
    for (const p of endorsedYou) {
      expect(p.draft?.purpose).toBe('thanks');
      expect(draftOf(said, p)).toMatch(/thank/i);
    }
    // One you gave them is no reason to thank them.
    const text = (s: string) => new TextEncoder().encode(s);
    const gaveReport = analyze(
      [
        {
          name: 'Connections.csv',
          bytes: text(
            'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nSam,Lee,https://www.linkedin.com/in/samlee,,Initech,Engineer,02 Apr 2016\n',
          ),
        },
        {
          name: 'Endorsement_Given_Info.csv',
          bytes: text(
            'Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,Endorsement Status\n2026/05/20 10:00:00 UTC,Java,Sam,Lee,https://www.linkedin.com/in/samlee,ACCEPTED\n',
          ),
        },
      ],
      { asOf: '2026-06-01' },
    );
    const gave = gaveReport.people[0] as Person;
    expect(gave.lastContactKind).toBe('endorsement');
    expect(gave.draft?.purpose).not.toBe('thanks');
    expect(wordsOf(gaveReport)(gave).draft).not.toMatch(/thank/i);
    const unanswered = r.people.filter(
      (p) =>
        p.draft &&
        lately(p) &&
        p.lastContactKind === 'message' &&
        (p.contact?.lastSent ?? '') < (p.contact?.lastReceived ?? ''),
    );
    for (const p of unanswered) expect(draftOf(said, p)).toMatch(/reply|getting back/);
    const strangers = r.people.filter(
      (p) => p.draft && p.category !== 'former-colleague' && p.contact === undefined,
    );
    expect(strangers.length).toBeGreaterThan(20);
    for (const p of strangers)
      expect(draftOf(said, p), draftOf(said, p)).not.toMatch(
        /catch up|since we talked|crossed paths|last talked/,
      );

    // Without messages.csv, nobody can be told you never talked.
    const without = analyzeSynthetic(options, (file) => file !== 'messages.csv');
    const unknown = without.report.people.filter(
      (p) =>
        p.draft && (p.contact?.endorsementsReceived ?? 0) + (p.contact?.recommendationsReceived ?? 0) === 0,
    );
    expect(unknown.length).toBeGreaterThan(100);
    for (const p of unknown) {
      const t = draftOf(without.said, p);
      expect(t, t).not.toMatch(
        /never|properly met|barely talked|haven't been in touch|since we talked|last talked|catch up|last in touch/,
      );
    }
  });

  it('greet people by the first name they gave, as it is written', () => {
    const greeting = (firstName: string) => {
      const r = run({
        connections: [
          { first: firstName, last: 'Example', slug: 'x', company: 'Initech', connected: '02 Apr 2016' },
        ],
      });
      return wordsOf(r)(r.people[0] as Person).draft?.split(/[,!]/)[0];
    };
    expect(greeting('Mary Ann')).toMatch(/^(Hi|Hey|Hello) Mary Ann$/);
    expect(greeting('María José')).toMatch(/ María José$/);
    expect(greeting('🚀 Sam')).toMatch(/ Sam$/);
    expect(greeting('jane')).toMatch(/ Jane$/);
    expect(greeting('JP')).toMatch(/ JP$/);
    expect(greeting('MARY')).toMatch(/ Mary$/);
    expect(greeting('Dr. Jane')).toMatch(/ Jane$/);
    expect(greeting('J.')).toMatch(/ there$/);
    expect(greeting('Robert "Bob"')).toMatch(/ Robert$/);
    expect(greeting('Jane/Janie')).toMatch(/ Jane$/);
    expect(greeting('JEAN-PAUL')).toMatch(/ Jean-Paul$/);
  });

  it('ask about a role only when the headline holds one, said plainly', () => {
    const draftFor = (position: string) => {
      const r = run({
        connections: [
          {
            first: 'Ann',
            last: 'Example',
            slug: 'x',
            company: 'Initech',
            position,
            connected: '02 Apr 2016',
          },
        ],
      });
      return wordsOf(r)(r.people[0] as Person).draft ?? '';
    };
    for (const junk of ['Hiring!', 'Career break', 'Unemployed', '--', 'Building something new'])
      expect(draftFor(junk), junk).not.toMatch(/ role| work going|life as/);
    for (const [position, role] of [
      ['Engineer (he/him) at Google 🚀', 'Engineer'],
      ['Founder @ Stealth', 'Founder'],
      ['SENIOR SOFTWARE ENGINEER', 'Senior Software Engineer'],
      ['Hiring Manager', 'Hiring Manager'],
      ['Student Success Manager', 'Student Success Manager'],
    ] as const) {
      expect(roleTitle(position)).toBe(role);
      expect(draftFor(position)).not.toMatch(/he\/him|@|🚀|SENIOR|Google/);
    }
  });

  it('say "a" or "an" as the role is spoken', () => {
    const cases: [string, string][] = [
      ['HR Business Partner', 'an'],
      ['UI Designer', 'a'],
      ['SRE', 'an'],
      ['VP of Sales', 'a'],
      ['Engineer', 'an'],
      ['University Lecturer', 'a'],
      ['Honorary Fellow', 'an'],
      ['Product Owner', 'a'],
      ['Owner', 'an'],
    ];
    for (const [role, expected] of cases) expect(`${article(role)} ${role}`).toBe(`${expected} ${role}`);
  });

  it('are none for hidden profiles, which cannot be messaged, and for current colleagues, met at work', () => {
    const hidden = drafted.filter(({ p }) => p.hidden);
    expect(hidden.length).toBeGreaterThan(0);
    for (const { p, text } of hidden) {
      expect(p.draft).toBeNull();
      expect(text).toBe('');
    }
    for (const { p } of drafted.filter(({ p }) => p.category === 'current-colleague'))
      expect(p.draft).toBeNull();
  });
});

describe('determinism', () => {
  it('the same files, options and date give the same report', () => {
    for (const name of ['era-2026', 'quirks']) {
      expect(analyze(fixtureFiles(name), { asOf: AS_OF })).toEqual(
        analyze(fixtureFiles(name), { asOf: AS_OF }),
      );
    }
  });

  it('every person has a distinct id, confidence in [0, 1] and score in [0, 100]', () => {
    const report = analyze(fixtureFiles('era-2026'), { asOf: AS_OF });
    expect(new Set(report.people.map((p) => p.id)).size).toBe(report.people.length);
    for (const p of report.people) {
      expect(p.confidence).toBeGreaterThanOrEqual(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(100);
    }
  });
});
