/**
 * Employers of the simulated world. A company is one entity however people spell it; renames and
 * acquisitions change what it is called after a date, not who worked there. Two companies that share a
 * root ("Rekall Systems", "Rekall Corp") are different entities.
 */
import type { Month } from './dates.ts';
import { yearOf } from './dates.ts';
import type { Rng } from './rng.ts';
import type { Region } from './vocabulary.ts';
import {
  INDUSTRIES,
  NONPROFITS,
  REAL_COMPANIES,
  ROOT_HEADS,
  ROOT_TAILS,
  ROOT_WORDS,
  STAFFING_FIRMS,
} from './vocabulary.ts';

export type Size =
  | 'tiny' // a handful to ~15 people
  | 'startup' // 15-60
  | 'scaleup' // 100-800
  | 'mid' // 1,000-5,000
  | 'corp' // 10,000-200,000
  | 'consultancy' // large professional-services firm
  | 'boutique' // small consultancy
  | 'staffing' // recruitment agency
  | 'university'
  | 'nonprofit'
  | 'vc'
  | 'self'; // one person's own freelance business

export interface Company {
  id: number;
  /** The name at founding, as the company itself writes it. */
  name: string;
  root: string;
  size: Size;
  headcount: number;
  founded: Month;
  industry: string;
  real: boolean;
  renamed?: { to: string; at: Month };
  acquired?: { by: number; at: Month };
  /** A root-sharing different company made on purpose ("Rekall Systems" beside "Rekall Corp"). */
  siblingOf?: number;
}

const LEGAL: Record<string, readonly string[]> = {
  Germany: ['GmbH', 'AG', 'SE'],
  'United Kingdom': ['Ltd', 'Ltd.', 'plc'],
  'United States': ['Inc.', 'Inc', 'LLC', 'Corporation'],
  Canada: ['Inc.', 'Corp.'],
  India: ['Pvt Ltd', 'Private Limited'],
  Netherlands: ['B.V.', 'BV'],
  France: ['SAS', 'SA'],
  Sweden: ['AB'],
  Spain: ['S.L.', 'S.A.'],
  Poland: ['sp. z o.o.', 'S.A.'],
  Brazil: ['Ltda.', 'S.A.'],
};

const HEADCOUNT: Record<Size, [number, number]> = {
  tiny: [5, 15],
  startup: [15, 60],
  scaleup: [100, 800],
  mid: [1000, 5000],
  corp: [10_000, 200_000],
  consultancy: [20_000, 300_000],
  boutique: [30, 250],
  staffing: [5_000, 40_000],
  university: [2_000, 15_000],
  nonprofit: [5, 80],
  vc: [5, 40],
  self: [1, 1],
};

export class CompanyBook {
  readonly list: Company[] = [];
  private readonly roots = new Set<string>();
  private readonly names = new Set<string>();

  constructor(
    private readonly rng: Rng,
    readonly region: Region,
    private readonly asOf: Month,
  ) {}

  get(id: number): Company {
    const c = this.list[id];
    if (!c) throw new Error(`no company ${id}`);
    return c;
  }

  freshRoot(): string {
    for (let i = 0; i < 200; i++) {
      const root = this.rng.chance(0.35)
        ? this.rng.pick(ROOT_WORDS)
        : this.rng.pick(ROOT_HEADS) + this.rng.pick(ROOT_TAILS);
      if (!this.roots.has(root)) {
        this.roots.add(root);
        return root;
      }
    }
    const root = `${this.rng.pick(ROOT_HEADS)}${this.rng.pick(ROOT_TAILS)}${this.rng.int(2, 99)}`;
    this.roots.add(root);
    return root;
  }

  private legal(): string {
    return this.rng.pick(LEGAL[this.region.country] ?? ['Inc.']);
  }

  private suffix(size: Size): string {
    const r = this.rng;
    switch (size) {
      case 'tiny':
      case 'startup':
        return r.weighted([
          ['', 4],
          [' Labs', 1],
          ['.io', 1],
          [' AI', 0.6],
          [' Technologies', 1],
          [` ${this.legal()}`, 2],
        ]);
      case 'scaleup':
        return r.weighted([
          ['', 3],
          [' Technologies', 1],
          [' Software', 1],
          [' Systems', 1],
          [` ${this.legal()}`, 2],
        ]);
      case 'mid':
        return r.weighted([
          [' Systems', 1],
          [' Group', 1],
          [' Solutions', 1],
          [' Software', 1],
          [` ${this.legal()}`, 2],
        ]);
      case 'corp':
        return r.weighted([
          [' Corporation', 1],
          [' Group', 1.2],
          [' Holdings', 0.5],
          [' Corp', 0.8],
          [` ${this.legal()}`, 2],
        ]);
      case 'consultancy':
        return r.pick([' Consulting', ' Partners', ' Advisory', ' & Company']);
      case 'boutique':
        return r.pick([' Consulting', ' Partners', ' Strategy', ' Advisors']);
      case 'vc':
        return r.pick([' Ventures', ' Capital', ' VC', ' Partners']);
      default:
        return '';
    }
  }

  create(size: Size, opts: { root?: string; name?: string; real?: boolean; founded?: Month } = {}): Company {
    const r = this.rng;
    let root = opts.root ?? '';
    let name = opts.name ?? '';
    if (!name) {
      if (size === 'university') {
        root = root || this.freshRoot();
        name = r.chance(0.5) ? `${root} University` : `University of ${root}`;
      } else if (size === 'nonprofit') {
        const free = NONPROFITS.filter((n) => !this.names.has(n));
        if (free.length > 0 && r.chance(0.6)) {
          name = r.pick(free);
          root = name;
        } else {
          root = root || this.freshRoot();
          name = `${root} ${r.pick(['Foundation', 'e.V.', 'Initiative', 'Collective'])}`;
        }
      } else if (size === 'self') {
        name = r.weighted([
          ['Self-employed', 5],
          ['Freelance', 3],
          ['Freelancer', 1],
        ]);
        root = name;
      } else {
        for (let i = 0; i < 20 && (!name || this.names.has(name)); i++) {
          root = opts.root ?? this.freshRoot();
          name = root + this.suffix(size);
        }
      }
    }
    if (!root) root = name;
    if (size !== 'self') this.names.add(name);
    const [lo, hi] = HEADCOUNT[size];
    const headcount = Math.round(Math.exp(r.real(Math.log(lo), Math.log(hi))));
    const age =
      size === 'tiny' || size === 'startup'
        ? r.int(12, 96)
        : size === 'scaleup'
          ? r.int(48, 180)
          : size === 'self'
            ? 0
            : r.int(120, 900);
    const company: Company = {
      id: this.list.length,
      name,
      root,
      size,
      headcount,
      founded: opts.founded ?? this.asOf - age,
      industry: r.pick(INDUSTRIES),
      real: opts.real ?? false,
    };
    this.list.push(company);
    return company;
  }

  /** Another company sharing this one's root: "Rekall Systems" beside "Rekall Corp". */
  sibling(of: Company): Company {
    const r = this.rng;
    const own = of.name.slice(of.root.length).trim();
    const options = [
      ' Systems',
      ' Corp',
      ' Group',
      ' Labs',
      ' Consulting',
      ' Media',
      ' Health',
      ' Capital',
      ' Energy',
    ]
      .map((s) => s.trim())
      .filter((s) => s !== own);
    const name = `${of.root} ${r.pick(options)}`;
    const size: Size = r.pick(['startup', 'scaleup', 'mid'] as const);
    const c = this.create(size, { root: of.root, name });
    c.siblingOf = of.id;
    return c;
  }

  real(name: string): Company {
    const existing = this.list.find((c) => c.real && c.name === name);
    if (existing) return existing;
    const staffing = STAFFING_FIRMS.includes(name);
    return this.create(staffing ? 'staffing' : 'corp', { name, root: name, real: true });
  }

  /** The name a company goes by in a given month: after an acquisition, the acquirer's; after a rename, the new one. */
  nameAt(c: Company, m: Month): string {
    if (c.acquired && m >= c.acquired.at) return this.nameAt(this.get(c.acquired.by), m);
    if (c.renamed && m >= c.renamed.at) return c.renamed.to;
    return c.name;
  }

  /** How a person writes this employer on their profile in a given month (spelling varies by person). */
  spell(c: Company, m: Month, r: Rng): string {
    if (c.size === 'self') return c.name;
    if (c.acquired && m >= c.acquired.at) {
      const y = this.get(c.acquired.by);
      const yName = this.spell(y, m, r);
      const x = c.renamed && m >= c.renamed.at ? c.renamed.to : c.name;
      return r.weighted([
        [yName, 45],
        [`${x} (acquired by ${y.root})`, 12],
        [`${x}, ${/^[AEIOU]/i.test(y.root) ? 'an' : 'a'} ${y.root} company`, 8],
        [`${y.root} (formerly ${x})`, 6],
        [x, 22],
        [c.root, 7],
      ]);
    }
    if (c.renamed && m >= c.renamed.at) {
      return r.weighted([
        [c.renamed.to, 70],
        [c.name, 12],
        [`${c.renamed.to} (formerly ${c.root})`, 10],
        [c.renamed.to.split(' ')[0] ?? c.renamed.to, 8],
      ]);
    }
    if (c.real) {
      return r.weighted([
        [c.name, 90],
        [c.name.toUpperCase(), c.name.length <= 4 ? 5 : 0.5],
        [`${c.name} ${this.region.country}`, 4],
        [`${c.name} `, 1],
      ]);
    }
    if (c.size === 'university' || c.size === 'nonprofit') return c.name;
    const legal = LEGAL[this.region.country] ?? ['Inc.'];
    const rootWeight = c.siblingOf !== undefined ? 3 : c.name === c.root ? 0 : 20;
    return r.weighted([
      [c.name, 52],
      [c.root, rootWeight],
      [c.root.toUpperCase(), c.root.length <= 8 ? 3 : 0.5],
      [`${c.root} ${r.pick(legal)}`, 6],
      [`${c.root} ${r.pick(['Inc.', 'Corporation', 'Group', 'GmbH', 'Ltd'])}`, 4],
      [`${c.root} – ${this.region.city}`, 4],
      [`${c.root} ${this.region.country}`, 2],
      [c.name.toLowerCase(), 2],
      [`${c.name} `, 1.5],
      [` ${c.name}`, 0.5],
    ]);
  }

  describe(c: Company): string {
    const extra = [
      c.renamed ? `renamed ${c.renamed.to} in ${yearOf(c.renamed.at)}` : '',
      c.acquired ? `acquired by ${this.get(c.acquired.by).name} in ${yearOf(c.acquired.at)}` : '',
    ].filter(Boolean);
    return `${c.name} (${c.size}, ~${c.headcount})${extra.length ? ` ${extra.join(', ')}` : ''}`;
  }
}

export { REAL_COMPANIES, STAFFING_FIRMS };
