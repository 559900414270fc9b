/** Ground truth computed from careers: who overlapped with the owner, where, and what they are now. */
import type { CompanyBook } from './companies.ts';
import type { Month } from './dates.ts';
import type { Owner } from './owner.ts';
import type { Person } from './people.ts';

export type Category = 'former-colleague' | 'current-colleague' | 'alumni' | 'other';

export interface Overlap {
  /** As written in the owner's Positions.csv row. */
  company: string;
  from: Month;
  to: Month;
}

/** Shared months at the same company, per owner row, merged when the same spelling continues. */
export function overlapsOf(p: Person, owner: Owner, M: Month): Overlap[] {
  const raw: (Overlap & { id: number })[] = [];
  for (const row of owner.positions) {
    const rTo = row.to ?? M;
    for (const s of p.stints) {
      if (s.company !== row.company) continue;
      const from = Math.max(row.from, s.from);
      const to = Math.min(rTo, s.to ?? M);
      if (to >= from) raw.push({ company: row.spelling, from, to, id: row.company });
    }
  }
  raw.sort((a, b) => a.from - b.from || a.to - b.to);
  const out: Overlap[] = [];
  for (const o of raw) {
    const prev = out.find((q) => q.company === o.company && o.from <= q.to + 1 && o.to >= q.from - 1);
    if (prev) {
      prev.from = Math.min(prev.from, o.from);
      prev.to = Math.max(prev.to, o.to);
    } else {
      out.push({ company: o.company, from: o.from, to: o.to });
    }
  }
  return out;
}

export function categoryOf(p: Person, owner: Owner, M: Month): Category {
  const current = p.stints.filter((s) => s.to === null).map((s) => s.company);
  const ownerNow = new Set(owner.positions.filter((r) => r.to === null).map((r) => r.company));
  const ownerEver = new Set(owner.positions.map((r) => r.company));
  if (current.some((c) => ownerNow.has(c))) return 'current-colleague';
  if (overlapsOf(p, owner, M).length > 0) return 'former-colleague';
  if (current.some((c) => ownerEver.has(c))) return 'alumni';
  return 'other';
}

/** Where they work now, by the employer's current name (an acquired company goes by its acquirer's). */
export function employerNow(p: Person, book: CompanyBook, M: Month): string | null {
  const current = p.stints.filter((s) => s.to === null).sort((a, b) => b.from - a.from)[0];
  if (!current) return null;
  return book.nameAt(book.get(current.company), M);
}

/** The person's stint (if any) in a month. */
export function stintAt(p: Person, m: Month) {
  return p.stints
    .filter((s) => s.from <= m && (s.to === null || s.to >= m))
    .sort((a, b) => b.from - a.from)[0];
}
