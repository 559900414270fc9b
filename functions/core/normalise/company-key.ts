import { memoised } from '../memoised.ts';
/**
 * Company names as people type them — "Acme, Inc.", "ACME Corporation", "Acmé" — reduced to one key.
 * The key drops case, accents, punctuation, `&`/`and` and legal suffixes; a small alias table folds
 * well-known rebrands. Keys compare in tiers: exact (same text), strong (same key), weak (one key
 * begins with the other's words, like "Acme" and "Acme Labs").
 */
export type MatchTier = 'exact' | 'strong' | 'weak';

export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'plc',
  'gmbh',
  'ag',
  'kg',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'ab',
  'as',
  'asa',
  'oy',
  'oyj',
  'pty',
  'pvt',
  'private',
  'kk',
  'se',
  'sl',
  'sro',
  'zoo',
  'com',
  'group',
  'holding',
  'holdings',
]);

/** Rebrands and long forms, keyed and valued by normalised key. */
const ALIASES: Record<string, string> = {
  facebook: 'meta',
  'meta platforms': 'meta',
  twitter: 'x',
  'x corp': 'x',
  alphabet: 'google',
  square: 'block',
  'international business machines': 'ibm',
  pricewaterhousecoopers: 'pwc',
  'ernst young': 'ey',
  'andersen consulting': 'accenture',
  'tata consultancy services': 'tcs',
  'hewlett packard': 'hp',
  'amazon web services': 'amazon',
  aws: 'amazon',
  'royal dutch shell': 'shell',
  'the walt disney': 'disney',
  'walt disney': 'disney',
};

/** Words that can begin many unrelated names, so a weak match on them alone proves nothing. */
const GENERIC_FIRST_WORDS = new Set([
  'the',
  'global',
  'international',
  'national',
  'united',
  'american',
  'first',
  'general',
  'new',
  'bank',
  'university',
  'city',
  'state',
  'group',
  'capital',
  'digital',
  'data',
  'tech',
  'smart',
  'open',
  'big',
]);

/** Headline values that are not an employer: two people "at Freelance" are not colleagues. */
const NOT_A_COMPANY = new Set([
  'self employed',
  'selfemployed',
  'freelance',
  'freelancer',
  'independent',
  'independent consultant',
  'consultant',
  'stealth',
  'stealth startup',
  'stealth mode',
  'stealth mode startup',
  'confidential',
  'retired',
  'unemployed',
  'none',
  'na',
  'n a',
  'various',
  'student',
  'open to work',
  'looking for work',
  'looking for new opportunities',
  'career break',
  'self',
  'myself',
  'own business',
  'private',
]);

const ASCII = /^[\x20-\x7e]*$/;

export function companyKey(name: string): string {
  // Decomposing accents is the slow step, and most names have none.
  const folded = ASCII.test(name) ? name : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const words = folded
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && w !== 'and');
  joinInitials(words);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  const key = words.join(' ');
  return ALIASES[key] ?? key;
}

/** "B.V." arrives as the words b and v: join runs of single letters back into one (bv, gmbh, sa). */
function joinInitials(words: string[]): void {
  for (let i = 0; i < words.length; i++) {
    let j = i;
    while (j < words.length && words[j]?.length === 1) j++;
    if (j - i >= 2) words.splice(i, j - i, words.slice(i, j).join(''));
  }
}

/** Memoised: asked of every person's company, and companies repeat. */
export const isNotACompany: (name: string) => boolean = memoised((name) => {
  const key = companyKey(name);
  return key === '' || NOT_A_COMPANY.has(key);
});

/** How closely two names denote one company, or null when they do not. */
export function compareCompanies(a: string, b: string): MatchTier | null {
  if (isNotACompany(a) || isNotACompany(b)) return null;
  if (a.trim().toLowerCase() === b.trim().toLowerCase()) return 'exact';
  return compareKeys(companyKey(a), companyKey(b));
}

export function compareKeys(a: string, b: string): MatchTier | null {
  if (!a || !b) return null;
  if (a === b) return 'strong';
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!long.startsWith(`${short} `)) return null;
  const first = short.split(' ')[0] ?? '';
  if (GENERIC_FIRST_WORDS.has(first) || (short === first && first.length < 3)) return null;
  return 'weak';
}
