import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../functions/core/normalise/dates.ts';
import { spokenCompany } from '../../functions/core/normalise/spoken-company.ts';
import { seniority } from '../../functions/core/rank/seniority.ts';
import { timeAgo, unshout } from '../../functions/core/wording.ts';

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
    ['2026-03-01', '3 months ago'],
    ['2025-06-01', '1 year ago'],
    ['2025-01-10', '17 months ago'],
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
    ['Director, Partner Marketing', 0.8],
  ])('%s reads as %d', (title, level) => {
    expect(seniority(title)).toBe(level);
  });
});
