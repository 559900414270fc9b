import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyKey, compareCompanies, isNotACompany } from '../../functions/core/normalise/company-key.ts';
import {
  dayFromYmd,
  detectNumericOrder,
  isoDate,
  parseDate,
  parseMonthYear,
  parseSpan,
} from '../../functions/core/normalise/dates.ts';
import { profileSlug, profileUrlOf } from '../../functions/core/normalise/profile-slug.ts';

const day = (iso: string) =>
  dayFromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
const anyDay = fc.integer({ min: day('1990-01-01') ?? 0, max: day('2099-12-31') ?? 0 });

describe('dates as the export writes them', () => {
  it.each([
    ['05 Mar 2024', '2024-03-05'],
    ['5-Mar-24', '2024-03-05'],
    ['Mar 5, 2024', '2024-03-05'],
    ['3/5/24', '2024-03-05'],
    ['2023-03-12 14:05:33 UTC', '2023-03-12'],
    ['2020/03/12 14:05:33 UTC', '2020-03-12'],
    ['3/7/26, 1:07 PM', '2026-03-07'],
    ['03/12/20, 02:05 PM', '2020-03-12'],
  ])('reads %s', (text, iso) => {
    expect(isoDate(parseDate(text) ?? Number.NaN)).toBe(iso);
  });

  it('refuses dates that do not exist', () => {
    for (const text of ['31 Feb 2024', '13/13/24', '2024-02-30', 'yesterday', '', '00 Jan 2020']) {
      expect(parseDate(text), text).toBeNull();
    }
  });

  it('tells day-first from month-first by a column’s values', () => {
    expect(detectNumericOrder(['3/5/24', '3/25/24'])).toBe('mdy');
    expect(detectNumericOrder(['3/5/24', '25/3/24'])).toBe('dmy');
    expect(isoDate(parseDate('5/3/24', 'dmy') ?? Number.NaN)).toBe('2024-03-05');
  });

  it('reads Positions.csv months and years as spans, and employer options', () => {
    const span = (text: string) => {
      const s = parseMonthYear(text);
      return s && [isoDate(s.first), isoDate(s.last)];
    };
    expect(span('Mar 2019')).toEqual(['2019-03-01', '2019-03-31']);
    expect(span('February 2024')).toEqual(['2024-02-01', '2024-02-29']);
    expect(span('2019')).toEqual(['2019-01-01', '2019-12-31']);
    expect(span('Foo 2019')).toBeNull();
    const option = parseSpan('2018-03..2021-06');
    expect(option && [isoDate(option.from), option.to === null ? null : isoDate(option.to)]).toEqual([
      '2018-03-01',
      '2021-06-30',
    ]);
    expect(parseSpan('2021-07..')?.to).toBeNull();
    expect(parseSpan('nonsense')).toBeNull();
  });

  it('round-trips every day through each written form', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(anyDay, (d) => {
        const [y, m, dd] = isoDate(d).split('-');
        const mon = months[Number(m) - 1];
        expect(isoDate(d)).toBe(new Date(d * 86_400_000).toISOString().slice(0, 10));
        expect(parseDate(isoDate(d))).toBe(d);
        expect(parseDate(`${dd} ${mon} ${y}`)).toBe(d);
        expect(parseDate(`${Number(m)}/${Number(dd)}/${y}`)).toBe(d);
        // Two-digit years mean 20YY: LinkedIn began in 2003.
        if (Number(y) >= 2000) expect(parseDate(`${Number(dd)}-${mon}-${y?.slice(2)}`)).toBe(d);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseDate(text);
        parseMonthYear(text);
        parseSpan(text);
      }),
    );
  });
});

describe('profile slugs, the key that joins people across files', () => {
  it('treats encoded, raw, scheme-less and trailing-slash URLs as one person', () => {
    const forms = [
      'https://www.linkedin.com/in/Jos%C3%A9-Garc%C3%ADa',
      'https://www.linkedin.com/in/josé-garcía/',
      'www.linkedin.com/in/josé-garcía',
      'http://de.linkedin.com/in/JOSÉ-GARCÍA?trk=x',
    ];
    expect(new Set(forms.map(profileSlug))).toEqual(new Set(['josé-garcía']));
  });

  it('has no slug for member URNs, names and script URLs', () => {
    for (const text of ['urn:li:member:123', 'LinkedIn Member', 'javascript:alert(1)', '', '   ']) {
      expect(profileSlug(text), text).toBeNull();
    }
  });

  it('is idempotent, and the report’s URL leads back to the same slug', () => {
    const slug = fc.stringMatching(/^[a-zA-Z0-9À-ÿ-]{1,40}$/);
    fc.assert(
      fc.property(slug, (s) => {
        const once = profileSlug(`https://www.linkedin.com/in/${encodeURIComponent(s)}`);
        expect(once).not.toBeNull();
        expect(profileSlug(once ?? '')).toBe(once);
        expect(profileSlug(profileUrlOf(once) ?? '')).toBe(once);
        expect(profileUrlOf(once)).toMatch(/^https:\/\/www\.linkedin\.com\/in\/[^/?#"<>\s]+$/);
      }),
    );
  });
});

describe('company names', () => {
  it('folds case, accents, punctuation, & and legal suffixes into one key', () => {
    const acme = ['Acme, Inc.', 'ACME Corporation', 'Acme', 'Acmé Ltd', ' acme  inc '];
    expect(new Set(acme.map(companyKey))).toEqual(new Set(['acme']));
    expect(companyKey('Johnson & Johnson')).toBe(companyKey('Johnson and Johnson'));
    expect(companyKey('Facebook')).toBe(companyKey('Meta Platforms, Inc.'));
    expect(companyKey('Encom B.V.')).toBe('encom');
    expect(companyKey('Siemens A.G.')).toBe(companyKey('Siemens AG'));
    expect(companyKey('Amazon.com')).toBe('amazon');
  });

  it('compares in tiers, and a weak match needs a distinctive first word', () => {
    expect(compareCompanies('Acme Inc.', 'Acme Inc.')).toBe('exact');
    expect(compareCompanies('Acme Inc.', 'ACME Corporation')).toBe('strong');
    expect(compareCompanies('Acme', 'Acme Labs')).toBe('weak');
    expect(compareCompanies('Global Partners', 'Global Foods')).toBeNull();
    expect(compareCompanies('Acme', 'Globex')).toBeNull();
    expect(compareCompanies('Self-employed', 'Self Employed')).toBeNull();
  });

  it('knows that freelancing and stealth are not employers', () => {
    for (const name of ['Self-employed', 'Freelance', 'Stealth Startup', ''])
      expect(isNotACompany(name), name).toBe(true);
    expect(isNotACompany('Acme')).toBe(false);
  });

  it('is idempotent on any name', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const key = companyKey(name);
        expect(companyKey(key)).toBe(key);
      }),
      { numRuns: 1000 },
    );
  });
});
