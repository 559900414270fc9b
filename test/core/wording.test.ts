import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../functions/core/index.ts';
import { isoDate, parseIsoDate } from '../../functions/core/normalise/dates.ts';
import { spokenCompany } from '../../functions/core/normalise/spoken-company.ts';
import { unshout } from '../../functions/core/normalise/unshout.ts';
import { draftPlan } from '../../functions/core/rank/draft-plan.ts';
import { seniority } from '../../functions/core/rank/seniority.ts';
import { timeAgo } from '../../functions/core/words/en.ts';
import { LANGS, personWords, phrasebook, wordsContext } from '../../functions/core/words/index.ts';

const day = (iso: string) => parseIsoDate(iso) as number;
const AS_OF = day('2026-06-01');

describe('how long ago, in words', () => {
  it.each([
    ['2026-06-01', 'today'],
    ['2026-05-31', 'yesterday'],
    ['2026-05-25', '7 days ago'],
    // Last month is not "this month".
    ['2026-05-17', '2 weeks ago'],
    ['2026-04-25', '5 weeks ago'],
    // 44, 45 and 46 days: the words never shrink as the time grows.
    ['2026-04-18', '6 weeks ago'],
    ['2026-04-17', '6 weeks ago'],
    ['2026-04-16', '6 weeks ago'],
    ['2026-04-02', '8 weeks ago'],
    ['2026-04-01', '2 months ago'],
    ['2026-03-01', '3 months ago'],
    // 351 days: not yet a year.
    ['2025-06-15', '11 months ago'],
    ['2025-05-17', '1 year ago'],
    ['2025-06-01', '1 year ago'],
    ['2025-01-10', '16 months ago'],
    // 722 days: not yet two years, and never "1 years ago".
    ['2024-06-09', '23 months ago'],
    // Whole years gone by: 2 years and 7 months is not "3 years ago".
    ['2023-10-17', '2 years ago'],
    ['2016-06-01', '10 years ago'],
    ['2026-07-01', 'recently'],
  ])('%s is "%s" on 2026-06-01', (date, words) => {
    expect(timeAgo(day(date), AS_OF)).toBe(words);
  });
});

describe('names as said in a message', () => {
  it.each([
    ['Aperture plc', 'Aperture'],
    ['Acme, Inc.', 'Acme'],
    ['Hooli B.V.', 'Hooli'],
    ['Acme Pty Ltd', 'Acme'],
    ['AMBER MARKETS', 'Amber Markets'],
    ['APERTURE', 'Aperture'],
    ['IBM', 'IBM'],
    ['KPMG', 'KPMG'],
    ['Smith & Co.', 'Smith & Co.'],
    ['The Coca-Cola Company', 'Coca-Cola Company'],
    ['THE BOSTON CONSULTING GROUP', 'Boston Consulting Group'],
    ['Inc.', 'Inc.'],
    ['San Diego Zoo', 'San Diego Zoo'],
    ['Bliss Spa', 'Bliss Spa'],
  ])('%s is said "%s"', (written, said) => {
    expect(spokenCompany(written)).toBe(said);
  });

  it('lowers text in capitals only, keeping acronyms', () => {
    expect(unshout('HEAD OF DATA')).toBe('Head of Data');
    expect(unshout('VP OF ENGINEERING')).toBe('VP of Engineering');
    expect(unshout('Head of Data')).toBe('Head of Data');
    expect(unshout('CTO')).toBe('CTO');
    expect(unshout('THE ROYAL BANK')).toBe('The Royal Bank');
  });
});

describe('seniority', () => {
  it.each([
    ['Founder', 1],
    ['Managing Partner', 1],
    ['Owner', 1],
    ['Product Owner', 0.3],
    ['Senior Product Owner', 0.45],
    ['HR Business Partner', 0.3],
    ['People Partner', 0.3],
    ['Partner Manager', 0.6],
    ['Business Owner', 1],
    ['Technology Partner', 1],
    ['Finance Business Partner', 0.3],
    ['Director, Partner Marketing', 0.8],
  ])('%s reads as %d', (title, level) => {
    expect(seniority(title)).toBe(level);
  });
});

describe('drafts from anything a profile can hold', () => {
  // Names, titles and companies come from strangers' profiles: emoji, scripts, capitals, junk.
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      '',
      ' ',
      'Dr.',
      'J.',
      '🚀',
      'MARY ANN',
      'Acme, Inc.',
      'The Co.',
      'Hiring!',
      '--',
      '\u202eevil',
    ),
    fc.stringMatching(/^[A-Za-zÀ-ÿ .,&()@|'-]{0,30}$/),
  );
  // Company names are written as they are (a name may hold "..", or begin with "."): checked from
  // names as companies have them, so that what the assertions find are holes in the templates.
  const companyName = fc.oneof(
    fc.constantFrom(
      '',
      ' ',
      'Acme, Inc.',
      'The Co.',
      'AMBER MARKETS',
      'Yahoo!',
      'Hooli B.V.',
      '.NET Foundation',
    ),
    fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 &'-]{0,25}( Inc\.| plc| GmbH|, Inc\.)?$/),
  );
  const day = fc.integer({ min: 15_000, max: 20_600 });
  const person = fc.record({
    firstName: text,
    company: companyName,
    position: text,
    employer: companyName,
    from: day,
    to: fc.option(day, { nil: null }),
    category: fc.constantFrom('former-colleague', 'current-colleague', 'alumni', 'other'),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    sent: fc.nat(20),
    received: fc.nat(20),
    endorsements: fc.nat(3),
    lastContact: fc.option(day, { nil: null }),
    kind: fc.constantFrom('message', 'endorsement', 'connected', 'invitation', 'recommendation'),
  });

  const tie = fc.constantFrom('close', 'familiar', 'distant');
  const status = fc.constantFrom('in-touch', 'due', 'quiet');

  it('are short, ask a question and never show a template hole, in every language', () => {
    const asOf = 20_600;
    fc.assert(
      fc.property(person, tie, status, fc.boolean(), (p, t, s, hasMessages) => {
        const employer = p.employer.trim() ? p.employer : '';
        const contact =
          p.sent + p.received + p.endorsements > 0
            ? {
                ...(p.sent ? { messagesSent: p.sent, lastSent: isoDate(p.lastContact ?? p.from) } : {}),
                ...(p.received
                  ? { messagesReceived: p.received, lastReceived: isoDate(p.lastContact ?? p.from) }
                  : {}),
                ...(p.endorsements
                  ? {
                      endorsementsReceived: p.endorsements,
                      lastEndorsement: {
                        date: isoDate(p.lastContact ?? p.from),
                        direction: 'received',
                        skill: p.position,
                      },
                    }
                  : {}),
              }
            : undefined;
        const subject = {
          id: `p${p.firstName}${p.company}`,
          rank: 1,
          name: `${p.firstName} Example`,
          firstName: p.firstName,
          profileUrl: null,
          company: p.company,
          position: p.position,
          category: p.category,
          confidence: p.confidence,
          tie: t,
          status: s,
          due: p.lastContact === null ? null : isoDate(p.lastContact + 90),
          connectedOn: isoDate(p.from),
          lastContact: p.lastContact === null ? null : isoDate(p.lastContact),
          lastContactKind: p.kind,
          ...(contact ? { contact } : {}),
          score: 50,
          relevance: 0.5,
          reasons: [],
          draft: null,
          sharedEmployers: employer
            ? [
                {
                  company: employer,
                  key: 'k',
                  from: isoDate(p.from),
                  to: p.to === null ? null : isoDate(Math.max(p.to, p.from)),
                  probability: p.confidence,
                  match: null,
                  evidence: [
                    {
                      kind: 'endorsement',
                      weight: 2,
                      direction: 'received',
                      skill: '',
                      date: isoDate(p.from),
                    },
                  ],
                },
              ]
            : [],
        } as unknown as Person;
        subject.draft = draftPlan(subject, { asOf, hasMessages });
        const report = {
          asOf: isoDate(asOf),
          owner: { employers: employer ? [{ company: employer, key: 'k' }] : [] },
          inputs: hasMessages ? [{ name: 'messages.csv', kind: 'messages', rows: 1 }] : [],
        } as unknown as Parameters<typeof wordsContext>[0];
        for (const lang of LANGS) {
          const draft = personWords(subject, wordsContext(report), phrasebook(lang)).draft;
          if (subject.category === 'current-colleague') {
            expect(draft).toBeNull();
            continue;
          }
          expect(draft, lang).toBeTypeOf('string');
          const text = draft ?? '';
          expect(text.split(/\s+/).length, text).toBeLessThan(60);
          expect(text, text).toContain('?');
          expect(text, text).toMatch(/^(Hi|Hey|Hello|Hallo|Guten Tag)[ ,]/);
          // A stop, comma or question mark after a space, or two spaces, is a hole in a template.
          expect(text, text).not.toMatch(/undefined|null|NaN|\s[,?!]|\s\.(\s|$)| {2}|\[object/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
