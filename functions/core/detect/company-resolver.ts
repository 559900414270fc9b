import { companyKey, compareKeys, isNotACompany, type MatchTier } from '../normalise/company-key.ts';

/**
 * Company identity with the person's own corrections on top of the normaliser: merges ("these two
 * names are one company") and splits ("this name is only itself, never folded into a similar one").
 */
export class CompanyResolver {
  private readonly merged = new Map<string, string>();
  private readonly split = new Set<string>();
  private readonly keys = new Map<string, string>();

  constructor(merges: [string, string][] = [], splits: string[] = []) {
    for (const name of splits) this.split.add(name.trim().toLowerCase());
    for (const [a, b] of merges) {
      const ka = this.root(companyKey(a));
      const kb = this.root(companyKey(b));
      if (ka && kb && ka !== kb) this.merged.set(kb, ka);
    }
  }

  /** The normalised key of a company name, merges applied; split names keep their own text as key. */
  key(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      const text = name.trim().toLowerCase();
      key = this.split.has(text) ? `=${text}` : isNotACompany(name) ? '' : this.root(companyKey(name));
      this.keys.set(name, key);
    }
    return key;
  }

  compare(a: string, b: string): MatchTier | null {
    if (a.trim() && a.trim().toLowerCase() === b.trim().toLowerCase())
      return isNotACompany(a) ? null : 'exact';
    const ka = this.key(a);
    const kb = this.key(b);
    if (ka.startsWith('=') || kb.startsWith('=')) return null;
    return compareKeys(ka, kb);
  }

  private root(key: string): string {
    let k = key;
    for (let hops = 0; hops < 100 && this.merged.has(k); hops++) k = this.merged.get(k) ?? k;
    return k;
  }
}
