/**
 * The owner's network: every connection is a person with a whole career (a list of stints at
 * companies), a reason they came into the network (source), the real closeness of the tie, and the
 * moment they connected. Categories are not assigned here: they are computed afterwards from careers,
 * so a classmate who later worked beside the owner is a colleague, whatever brought them in.
 */
import type { Company, CompanyBook, Size } from './companies.ts';
import type { Month, Ts } from './dates.ts';
import { DAY, monthEnd, monthOfTs, monthStart } from './dates.ts';
import { asciiSlug, makeName } from './names.ts';
import type { Owner, OwnerPosition, PositionKind } from './owner.ts';
import type { Rng } from './rng.ts';
import type { Culture, Func, Region } from './vocabulary.ts';
import {
  AGENCY_RECRUITER_TITLES,
  EVENT_NAMES,
  FIRST,
  HEADLINE_FLOURISHES,
  REAL_COMPANIES,
  STAFFING_FIRMS,
  TITLES,
} from './vocabulary.ts';

export type Tie = 'close' | 'familiar' | 'distant' | 'none';
export type Source =
  | 'colleague'
  | 'follower'
  | 'alumni'
  | 'near-miss'
  | 'same-root'
  | 'acquirer'
  | 'recruiter'
  | 'classmate'
  | 'friend'
  | 'event'
  | 'stranger'
  | 'client'
  | 'candidate'
  | 'investor'
  | 'vendor';

export interface Stint {
  company: number;
  title: string;
  func: Func;
  from: Month;
  to: Month | null;
}

export interface Person {
  id: number;
  culture: Culture;
  /** The profile name as LinkedIn shows it in messages and other files. */
  first: string;
  last: string;
  /** As written in Connections.csv (stray spaces and all). */
  csvFirst: string;
  csvLast: string;
  slug: string;
  stints: Stint[];
  source: Source;
  tie: Tie;
  connectedAt: Ts;
  ownerInvited: boolean;
  hidden: boolean;
  recruiter: boolean;
  /** Connections.csv Company and Position (headline values, possibly stale or empty). */
  company: string;
  position: string;
  email: string;
  event?: string;
  /** Messages a lot although the tie is weak. */
  hot: boolean;
}

/** A stay of the owner at one company: contiguous rows (promotions) merged. */
export interface Tenure {
  company: number;
  from: Month;
  to: Month | null;
  kind: PositionKind;
  func: Func;
  rows: OwnerPosition[];
}

export function tenuresOf(owner: Owner): Tenure[] {
  const rows = owner.positions.slice().sort((a, b) => a.company - b.company || a.from - b.from);
  const out: Tenure[] = [];
  for (const p of rows) {
    const last = out[out.length - 1];
    if (last && last.company === p.company && last.to !== null && p.from <= last.to + 2) {
      last.to = p.to === null ? null : Math.max(last.to, p.to);
      last.rows.push(p);
      if (p.kind === 'main' || p.kind === 'founder') last.kind = p.kind;
    } else {
      out.push({ company: p.company, from: p.from, to: p.to, kind: p.kind, func: p.func, rows: [p] });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

const FUNC_WEIGHTS: readonly (readonly [Func, number])[] = [
  ['engineering', 28],
  ['data', 6],
  ['product', 8],
  ['design', 4],
  ['sales', 12],
  ['marketing', 8],
  ['recruiting', 3],
  ['people', 3],
  ['finance', 5],
  ['operations', 8],
  ['support', 8],
  ['consulting', 3],
  ['research', 1],
];

const TENURE_MEDIAN: Record<Size, number> = {
  tiny: 18,
  startup: 22,
  scaleup: 26,
  mid: 36,
  corp: 46,
  consultancy: 30,
  boutique: 26,
  staffing: 20,
  university: 40,
  nonprofit: 30,
  vc: 48,
  self: 30,
};

type TieWeights = readonly [number, number, number, number];
const pickTie = (r: Rng, w: TieWeights): Tie =>
  r.weighted([
    ['close', w[0]],
    ['familiar', w[1]],
    ['distant', w[2]],
    ['none', w[3]],
  ]);

export interface Mix {
  colleague: number;
  alumni: number;
  nearMiss: number;
  sameRoot: number;
  acquirer: number;
  recruiter: number;
  classmate: number;
  friend: number;
  event: number;
  client: number;
  candidate: number;
  investor: number;
  vendor: number;
}

const MIXES: Record<Owner['profile'], Partial<Mix>> = {
  engineer: {
    colleague: 0.42,
    alumni: 0.05,
    nearMiss: 0.02,
    sameRoot: 0.01,
    acquirer: 0.01,
    recruiter: 0.12,
    classmate: 0.08,
    friend: 0.04,
    event: 0.08,
  },
  student: {
    colleague: 0.14,
    alumni: 0.02,
    nearMiss: 0.01,
    sameRoot: 0.005,
    recruiter: 0.06,
    classmate: 0.42,
    friend: 0.08,
    event: 0.14,
  },
  founder: {
    colleague: 0.16,
    alumni: 0.04,
    nearMiss: 0.01,
    sameRoot: 0.005,
    acquirer: 0.02,
    recruiter: 0.04,
    classmate: 0.05,
    friend: 0.05,
    event: 0.17,
    investor: 0.1,
    client: 0.08,
  },
  sales: {
    colleague: 0.18,
    alumni: 0.04,
    nearMiss: 0.01,
    sameRoot: 0.01,
    acquirer: 0.01,
    recruiter: 0.09,
    classmate: 0.04,
    friend: 0.03,
    event: 0.05,
    client: 0.4,
  },
  recruiter: {
    colleague: 0.13,
    alumni: 0.03,
    nearMiss: 0.01,
    sameRoot: 0.005,
    recruiter: 0.08,
    classmate: 0.03,
    friend: 0.02,
    candidate: 0.5,
    client: 0.08,
  },
  consultant: {
    colleague: 0.32,
    alumni: 0.04,
    nearMiss: 0.01,
    sameRoot: 0.01,
    acquirer: 0.01,
    recruiter: 0.08,
    classmate: 0.06,
    friend: 0.03,
    event: 0.04,
    client: 0.26,
  },
  manager: {
    colleague: 0.46,
    alumni: 0.06,
    nearMiss: 0.02,
    sameRoot: 0.01,
    acquirer: 0.01,
    recruiter: 0.1,
    classmate: 0.03,
    friend: 0.03,
    event: 0.06,
    vendor: 0.06,
  },
};

export class Network {
  readonly people: Person[] = [];
  readonly tenures: Tenure[];
  private readonly pool: Company[] = [];
  private readonly poolWeights: [Company, number][] = [];
  private readonly joinedTs: Ts;
  private readonly lastTs: Ts;
  /** Where the owner spends time, for dating connections made during jobs. */
  private readonly activity: [Tenure, number][];

  constructor(
    private readonly r: Rng,
    private readonly book: CompanyBook,
    private readonly owner: Owner,
    private readonly region: Region,
    private readonly M: Month,
    asOfTs: Ts,
  ) {
    this.tenures = tenuresOf(owner);
    this.joinedTs = monthStart(owner.joined) + r.int(0, 27) * DAY;
    this.lastTs = asOfTs - 3600;
    const intensity: Record<PositionKind, number> = {
      main: 1,
      founder: 1.4,
      contract: 0.8,
      intern: 1.3,
      student: 0.9,
      side: 0.25,
    };
    this.activity = this.tenures
      .filter((t) => (t.to ?? M) >= owner.joined)
      .map(
        (t) =>
          [t, Math.max(1, (t.to ?? M) - Math.max(t.from, owner.joined) + 1) * intensity[t.kind]] as [
            Tenure,
            number,
          ],
      );
  }

  // ---------- building blocks ----------

  private buildPool(n: number): void {
    const sizes: [Size, number][] = [
      ['tiny', 10],
      ['startup', 18],
      ['scaleup', 20],
      ['mid', 16],
      ['corp', 16],
      ['consultancy', 4],
      ['boutique', 4],
      ['university', 4],
      ['nonprofit', 3],
      ['vc', 1],
    ];
    for (let i = 0; i < n; i++) this.pool.push(this.book.create(this.r.weighted(sizes)));
    for (const name of REAL_COMPANIES) this.pool.push(this.book.real(name));
    this.r.shuffle(this.pool);
    // Zipf-like: a few employers are everywhere in a network, most appear once or twice.
    this.pool.forEach((c, i) => {
      const sizeBoost = c.size === 'corp' || c.size === 'consultancy' ? 2 : c.size === 'tiny' ? 0.5 : 1;
      this.poolWeights.push([c, sizeBoost / (i + 3) ** 0.75]);
    });
  }

  private randomEmployer(): Company {
    return this.r.weighted(this.poolWeights);
  }

  private culture(): Culture {
    const r = this.r;
    if (r.chance(0.4)) return this.region.main;
    if (r.chance(0.9)) return r.pick(this.region.also);
    return r.pick(Object.keys(FIRST) as Culture[]);
  }

  private newPerson(source: Source, tie: Tie): Person {
    const r = this.r;
    const culture = this.culture();
    const { first, last } = makeName(r, culture);
    const p: Person = {
      id: this.people.length,
      culture,
      first,
      last,
      csvFirst: first,
      csvLast: last,
      slug: '',
      stints: [],
      source,
      tie,
      connectedAt: this.lastTs,
      ownerInvited: r.chance(0.5),
      hidden: false,
      recruiter: false,
      company: '',
      position: '',
      email: '',
      hot: (tie === 'distant' || tie === 'none') && r.chance(0.025),
    };
    this.people.push(p);
    return p;
  }

  private randomFunc(): Func {
    return this.r.weighted(FUNC_WEIGHTS);
  }

  private funcAt(c: Company, fallback: Func): Func {
    const r = this.r;
    if (c.size === 'staffing') return r.chance(0.8) ? 'recruiting' : fallback;
    if (c.size === 'consultancy' || c.size === 'boutique') return r.chance(0.75) ? 'consulting' : fallback;
    if (c.size === 'university') return r.chance(0.7) ? 'research' : fallback;
    if (c.size === 'vc') return r.chance(0.7) ? 'finance' : fallback;
    return fallback;
  }

  private title(func: Func, yearsExp: number, company?: Company): string {
    const titles = TITLES[func];
    if (company?.size === 'staffing' && func === 'recruiting') return this.r.pick(AGENCY_RECRUITER_TITLES);
    if (company?.size === 'vc' && func === 'finance')
      return this.r.pick([
        'Partner',
        'Principal',
        'Investment Associate',
        'Venture Partner',
        'General Partner',
      ]);
    if (company?.size === 'self')
      return this.r.pick(['Freelance Developer', 'Independent Consultant', 'Freelancer', 'Founder']);
    const frac = Math.min(1, Math.max(0, yearsExp / 18));
    const idx = Math.round(frac * (titles.length - 1) * 0.8 + this.r.real(-1, 1));
    return titles[Math.max(0, Math.min(titles.length - 1, idx))] as string;
  }

  private tenureLength(size: Size): number {
    return Math.max(3, Math.min(180, Math.round(this.r.logNormal(TENURE_MEDIAN[size], 0.7))));
  }

  /** Fill a career around fixed stints: earlier jobs back to the career start, later jobs up to now. */
  private careerAround(p: Person, anchors: Stint[], func: Func, careerStart?: Month): void {
    const r = this.r;
    const M = this.M;
    const sorted = anchors.slice().sort((a, b) => a.from - b.from);
    const first = sorted[0];
    const start = careerStart ?? (first ? first.from - r.int(0, 140) : M - r.int(12, 240));
    const out: Stint[] = [];
    const stint = (c: Company, f: Func, from: Month, to: Month | null): Stint => ({
      company: c.id,
      title: this.title(this.funcAt(c, f), (from - start) / 12, c),
      func: f,
      from,
      to,
    });
    if (first) {
      let t = first.from - 1 - (r.chance(0.3) ? r.int(1, 5) : 0);
      while (t - start > 5) {
        const c = this.randomEmployer();
        const from = Math.max(start, t - this.tenureLength(c.size) + 1);
        out.push(stint(c, r.chance(0.9) ? func : this.randomFunc(), from, t));
        t = from - 1 - (r.chance(0.3) ? r.int(1, 6) : 0);
      }
    }
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i] as Stint;
      out.push(a);
      const next = sorted[i + 1];
      if (next && a.to !== null && next.from - a.to > 10 && r.chance(0.8)) {
        out.push(stint(this.randomEmployer(), func, a.to + 1 + r.int(0, 2), next.from - 1 - r.int(0, 2)));
      }
    }
    const last = sorted[sorted.length - 1];
    let t: Month | null = null;
    if (!last) t = start;
    else if (last.to !== null) t = last.to + 1 + (r.chance(0.35) ? r.int(1, 6) : 0);
    while (t !== null && t < M) {
      const c = this.randomEmployer();
      const len = this.tenureLength(c.size);
      const f = r.chance(0.9) ? func : this.randomFunc();
      if (t + len - 1 >= M) {
        if (r.chance(0.92)) out.push(stint(c, f, t, null));
        break;
      }
      out.push(stint(c, f, t, t + len - 1));
      t = t + len + (r.chance(0.35) ? r.int(1, 6) : 0);
    }
    p.stints = out.filter((s) => s.to === null || s.to >= s.from).sort((a, b) => a.from - b.from);
  }

  private clampTs(t: Ts): Ts {
    const r = this.r;
    let x = t;
    if (x < this.joinedTs) x = this.joinedTs + Math.floor(r.exponential(25 * DAY)); // the burst after joining
    if (x > this.lastTs) x = this.lastTs - Math.floor(r.exponential(20 * DAY));
    if (x < this.joinedTs) x = this.joinedTs;
    return Math.floor(x);
  }

  private tsIn(fromMonth: Month, toMonth: Month): Ts {
    const a = monthStart(fromMonth);
    const b = monthEnd(Math.max(fromMonth, toMonth));
    return Math.floor(this.r.real(a, b));
  }

  /** A moment while the owner is busy at a job (the usual time strangers are added). */
  private duringAJob(): Ts {
    const r = this.r;
    if (this.activity.length === 0 || r.chance(0.2)) return this.tsIn(this.owner.joined, this.M);
    const [t] = r.weighted(this.activity.map((a) => [a, a[1]] as const));
    return this.tsIn(Math.max(t.from, this.owner.joined), t.to ?? this.M);
  }

  private connect(p: Person, t: Ts): void {
    p.connectedAt = this.clampTs(t);
  }

  // ---------- sources ----------

  build(n: number): Person[] {
    const r = this.r;
    this.buildPool(Math.round(Math.min(900, 60 + n / 6)));
    const mix: Mix = {
      colleague: 0,
      alumni: 0,
      nearMiss: 0,
      sameRoot: 0,
      acquirer: 0,
      recruiter: 0,
      classmate: 0,
      friend: 0,
      event: 0,
      client: 0,
      candidate: 0,
      investor: 0,
      vendor: 0,
      ...MIXES[this.owner.profile],
    };
    const jitter = (x: number) => x * r.real(0.7, 1.3);
    const want = (k: keyof Mix) => Math.round(jitter(mix[k]) * n);

    this.colleagues(want('colleague'));
    this.alumni(want('alumni'));
    this.nearMisses(want('nearMiss'));
    this.sameRoot(want('sameRoot'));
    this.acquirerStaff(want('acquirer'));
    this.recruiters(want('recruiter'));
    this.classmates(want('classmate'));
    this.friends(want('friend'));
    this.events(want('event'));
    this.clients(want('client'));
    this.candidates(want('candidate'));
    this.investors(want('investor'));
    this.vendors(want('vendor'));
    const rest = n - this.people.length;
    if (rest > 0) this.strangers(rest);
    // Shares can overshoot a small network: drop random non-colleagues until the size fits.
    while (this.people.length > n) {
      const i = r.int(0, this.people.length - 1);
      const p = this.people[i] as Person;
      if (p.source === 'colleague' && r.chance(0.8)) continue;
      this.people.splice(i, 1);
    }
    this.people.forEach((p, i) => {
      p.id = i;
    });
    return this.people;
  }

  private colleagueCap(t: Tenure): number {
    const c = this.book.get(t.company);
    const years = ((t.to ?? this.M) - t.from + 1) / 12;
    if (c.size === 'self') return 0;
    if (t.kind === 'side') return c.size === 'university' ? 25 : Math.min(8, c.headcount);
    if (c.size === 'tiny' || c.size === 'startup' || c.size === 'nonprofit' || c.size === 'vc')
      return Math.round(c.headcount * (1 + 0.3 * years) * 0.85);
    if (c.size === 'scaleup' || c.size === 'boutique')
      return Math.round(c.headcount * 0.6 * (1 + 0.2 * years));
    return 100_000;
  }

  private colleagues(total: number): number {
    const r = this.r;
    const sizeW: Record<Size, number> = {
      tiny: 0.7,
      startup: 0.9,
      scaleup: 1.2,
      mid: 1.3,
      corp: 1.5,
      consultancy: 1.5,
      boutique: 0.9,
      staffing: 1.2,
      university: 0.5,
      nonprofit: 0.3,
      vc: 0.3,
      self: 0,
    };
    const kindW: Record<PositionKind, number> = {
      main: 1,
      founder: 1.1,
      contract: 0.6,
      intern: 1.1,
      student: 0.8,
      side: 0.12,
    };
    const ts = this.tenures;
    const w = ts.map((t) => {
      const c = this.book.get(t.company);
      const recency =
        ((t.to ?? this.M) - this.owner.careerStart) / Math.max(1, this.M - this.owner.careerStart);
      return (
        ((t.to ?? this.M) - t.from + 1) ** 0.75 *
        sizeW[c.size] *
        kindW[t.kind] *
        (0.6 + 0.8 * Math.max(0, recency)) *
        r.real(0.6, 1.4)
      );
    });
    const slots = ts.map((t, i) => ({ t, i, w: w[i] ?? 0, cap: this.colleagueCap(t), quota: 0 }));
    let left = total;
    for (let round = 0; round < 6 && left > 0; round++) {
      const open = slots.filter((x) => x.quota < x.cap);
      const sw = open.reduce((s, x) => s + x.w, 0);
      if (sw <= 0) break;
      let given = 0;
      for (const x of open) {
        const add = Math.min(x.cap - x.quota, Math.round((left * x.w) / sw));
        x.quota += add;
        given += add;
      }
      left -= given;
      if (given === 0) break;
    }
    let made = 0;
    slots.forEach(({ t, i, quota }) => {
      for (let k = 0; k < quota; k++) {
        this.colleague(t, i);
        made++;
      }
    });
    return made;
  }

  private colleagueTie(t: Tenure, c: Company, func: Func, overlap: number): Tie {
    const base: Record<Size, TieWeights> = {
      tiny: [0.32, 0.45, 0.2, 0.03],
      startup: [0.22, 0.43, 0.3, 0.05],
      scaleup: [0.12, 0.35, 0.43, 0.1],
      mid: [0.08, 0.3, 0.47, 0.15],
      corp: [0.06, 0.24, 0.45, 0.25],
      consultancy: [0.07, 0.28, 0.45, 0.2],
      boutique: [0.18, 0.42, 0.33, 0.07],
      staffing: [0.08, 0.3, 0.45, 0.17],
      university: [0.08, 0.35, 0.45, 0.12],
      nonprofit: [0.1, 0.4, 0.4, 0.1],
      vc: [0.1, 0.4, 0.4, 0.1],
      self: [0, 0, 1, 0],
    };
    let [cl, fa, di, no] = base[c.size];
    if (t.kind === 'intern' || t.kind === 'student') [cl, fa, di, no] = [0.1, 0.4, 0.4, 0.1];
    if (t.kind === 'side') [cl, fa, di, no] = [0.15, 0.45, 0.35, 0.05];
    if (func === this.owner.func) {
      cl *= 1.6;
      fa *= 1.2;
    }
    if (overlap < 6) {
      cl *= 0.4;
      fa *= 0.7;
    }
    return pickTie(this.r, [cl, fa, di, no]);
  }

  private colleague(t: Tenure, index: number): void {
    const r = this.r;
    const M = this.M;
    const c = this.book.get(t.company);
    const te = t.to ?? M;
    const func = this.funcAt(c, r.chance(0.45) ? this.owner.func : this.randomFunc());
    let from: Month;
    let to: Month | null;
    const intern = (t.kind === 'intern' || t.kind === 'student') && r.chance(0.45);
    if (intern) {
      from = t.from + r.int(-1, 1);
      to = from + r.int(2, 6);
    } else {
      const before = t.kind !== 'founder' && r.chance(0.45);
      from = before
        ? Math.max(c.founded, t.from - Math.max(1, Math.min(160, Math.round(r.logNormal(20, 0.9)))))
        : r.int(t.from, Math.max(t.from, te - 2));
      to = from + this.tenureLength(c.size) - 1;
    }
    if (Math.min(to, te) - Math.max(from, t.from) + 1 < 2) to = Math.max(from, t.from) + 1 + r.int(0, 8);
    if (to >= M) to = null;
    const title = intern
      ? r.pick(['Intern', 'Working Student', 'Summer Intern', 'Trainee'])
      : this.title(func, r.int(0, 14), c);
    const stint: Stint = { company: c.id, title, func, from, to };
    const overlap = Math.min(to ?? M, te) - Math.max(from, t.from) + 1;
    const tie = this.colleagueTie(t, c, func, overlap);
    const p = this.newPerson('colleague', tie);
    const anchors: Stint[] = [stint];
    // Boomerangs: back at the same company a few years later.
    if (to !== null && to + 14 < M && r.chance(0.05)) {
      const back = to + r.int(12, 48);
      if (back < M)
        anchors.push({
          company: c.id,
          title: this.title(func, 8, c),
          func,
          from: back,
          to: r.chance(0.7) ? null : Math.min(M - 1, back + r.int(6, 30)),
        });
    }
    // Followers: people who worked with the owner at an earlier employer too.
    if (index > 0 && r.chance(0.05)) {
      const earlier = this.tenures.slice(0, index).filter((e) => e.company !== c.id && e.kind !== 'side');
      const e = earlier.length > 0 ? r.pick(earlier) : undefined;
      if (e) {
        const eTo = e.to ?? M;
        const toE = Math.min(from - 1 - r.int(0, 3), eTo + r.int(-6, 12));
        const fromE = Math.min(e.from + r.int(-24, 6), toE - 2);
        if (Math.min(toE, eTo) - Math.max(fromE, e.from) + 1 >= 2 && toE < from) {
          const ce = this.book.get(e.company);
          anchors.push({
            company: ce.id,
            title: this.title(this.funcAt(ce, func), 3, ce),
            func,
            from: fromE,
            to: toE,
          });
          p.source = 'follower';
        }
      }
    }
    this.careerAround(p, anchors, func);
    if (func === 'recruiting') p.recruiter = true;
    // When did they connect?
    const ovFrom = Math.max(from, t.from);
    const ovTo = Math.min(to ?? M, te);
    const mode = r.weighted([
      ['interviewer', from < t.from ? 0.08 : 0],
      [
        'hired',
        from > t.from && ['recruiting', 'product', 'engineering'].includes(this.owner.func)
          ? this.owner.func === 'recruiting'
            ? 0.3
            : 0.06
          : 0,
      ],
      ['first-weeks', 0.35],
      ['during', 0.22],
      ['after-leaving', ovTo < M ? 0.14 : 0],
      ['years-later', ovTo < M - 14 ? 0.12 : 0],
    ] as const);
    let at: Ts;
    switch (mode) {
      case 'interviewer':
        at = monthStart(t.from) - r.int(1, 60) * DAY;
        break;
      case 'hired':
        at = monthStart(from) - r.int(5, 70) * DAY;
        break;
      case 'first-weeks':
        at = monthStart(ovFrom) + Math.floor(r.exponential(14 * DAY));
        break;
      case 'during':
        at = this.tsIn(ovFrom, ovTo);
        break;
      case 'after-leaving':
        at = monthEnd(ovTo) + Math.floor(r.exponential(30 * DAY));
        break;
      default:
        at = monthEnd(ovTo) + r.int(365, 8 * 365) * DAY;
    }
    this.connect(p, at);
  }

  /** Owner's spans at a company (to test that someone never overlapped). */
  private spansAt(company: number): [Month, Month][] {
    return this.tenures.filter((t) => t.company === company).map((t) => [t.from, t.to ?? this.M]);
  }

  private clearOf(company: number, from: Month, to: Month | null): boolean {
    const end = to ?? this.M;
    return this.spansAt(company).every(([a, b]) => end < a || from > b);
  }

  private alumni(n: number): void {
    const r = this.r;
    const former = this.tenures.filter((t) => t.to !== null && this.book.get(t.company).size !== 'self');
    if (former.length === 0) return;
    const sizeW: Partial<Record<Size, number>> = {
      corp: 3,
      consultancy: 3,
      staffing: 2,
      mid: 2,
      scaleup: 1.5,
      startup: 1,
      tiny: 0.5,
      university: 1,
    };
    for (let k = 0; k < n; k++) {
      const t = r.weighted(former.map((f) => [f, sizeW[this.book.get(f.company).size] ?? 0.5] as const));
      const c = this.book.get(t.company);
      const lastEnd = Math.max(...this.spansAt(c.id).map(([, b]) => b));
      if (lastEnd >= this.M - 1) continue;
      const from = Math.min(this.M - 1, lastEnd + 1 + Math.round(r.exponential(20)));
      const to = r.chance(0.85) ? null : Math.min(this.M - 1, from + r.int(4, 30));
      if (!this.clearOf(c.id, from, to)) continue;
      const func = this.funcAt(c, r.chance(0.3) ? this.owner.func : this.randomFunc());
      const p = this.newPerson('alumni', pickTie(r, [0.01, 0.1, 0.34, 0.55]));
      this.careerAround(
        p,
        [{ company: c.id, title: this.title(func, r.int(0, 14), c), func, from, to }],
        func,
      );
      this.connect(p, r.chance(0.6) ? this.tsIn(from, to ?? this.M) : this.tsIn(this.owner.joined, this.M));
      if (func === 'recruiting') p.recruiter = true;
    }
  }

  /** Worked at an owner's employer just before the owner joined or just after they left: no overlap. */
  private nearMisses(n: number): void {
    const r = this.r;
    const ts = this.tenures.filter(
      (t) => !['self', 'nonprofit'].includes(this.book.get(t.company).size) && t.kind !== 'side',
    );
    if (ts.length === 0) return;
    for (let k = 0; k < n; k++) {
      const t = r.pick(ts);
      const c = this.book.get(t.company);
      const func = this.funcAt(c, this.randomFunc());
      let stint: Stint;
      if (t.to === null || r.chance(0.5)) {
        const to = t.from - 1 - r.int(0, 3);
        stint = { company: c.id, title: this.title(func, 5, c), func, from: to - r.int(6, 40), to };
      } else {
        const from = t.to + 1 + r.int(0, 3);
        if (from >= this.M) continue;
        stint = {
          company: c.id,
          title: this.title(func, 5, c),
          func,
          from,
          to: r.chance(0.7) ? null : Math.min(this.M - 1, from + r.int(3, 24)),
        };
      }
      if (!this.clearOf(c.id, stint.from, stint.to)) continue;
      const p = this.newPerson('near-miss', pickTie(r, [0.02, 0.25, 0.5, 0.23]));
      this.careerAround(p, [stint], func);
      this.connect(
        p,
        r.chance(0.5)
          ? this.tsIn(Math.max(t.from, stint.from), this.M)
          : this.tsIn(this.owner.joined, this.M),
      );
    }
  }

  private sameRoot(n: number): void {
    const r = this.r;
    if (n <= 0) return;
    const candidates = this.tenures.filter((t) => {
      const c = this.book.get(t.company);
      return !c.real && ['tiny', 'startup', 'scaleup', 'mid', 'corp'].includes(c.size) && t.kind !== 'side';
    });
    if (candidates.length === 0) return;
    const chosen = r.sample(candidates, r.int(1, 2));
    const siblings = chosen.map((t) => [t, this.book.sibling(this.book.get(t.company))] as const);
    for (let k = 0; k < n; k++) {
      const [t, sib] = r.pick(siblings);
      const func = this.randomFunc();
      const te = t.to ?? this.M;
      const from = r.int(t.from - 24, te);
      const to = r.chance(0.7) ? null : Math.min(this.M - 1, from + r.int(6, 40));
      const p = this.newPerson('same-root', pickTie(r, [0, 0.05, 0.35, 0.6]));
      this.careerAround(
        p,
        [
          {
            company: sib.id,
            title: this.title(func, r.int(1, 14), sib),
            func,
            from: Math.min(from, this.M - 1),
            to,
          },
        ],
        func,
      );
      this.connect(p, this.tsIn(Math.max(t.from, from), te));
    }
  }

  private acquirerStaff(n: number): void {
    const r = this.r;
    const acquired: { at: Month; by: Company }[] = [];
    for (const id of new Set(this.tenures.map((t) => t.company))) {
      const deal = this.book.get(id).acquired;
      if (!deal) continue;
      const by = this.book.get(deal.by);
      // Skip when the owner's own rows carry the acquirer's name: its staff would then be colleagues on paper.
      if (this.owner.positions.some((p) => p.company === id && p.spelling === by.name)) continue;
      acquired.push({ at: deal.at, by });
    }
    if (acquired.length === 0) {
      this.strangers(n);
      return;
    }
    for (let k = 0; k < n; k++) {
      const { at, by } = r.pick(acquired);
      const func = this.randomFunc();
      const from = r.int(at - 60, this.M - 1);
      const p = this.newPerson('acquirer', pickTie(r, [0, 0.05, 0.4, 0.55]));
      this.careerAround(
        p,
        [{ company: by.id, title: this.title(func, r.int(1, 15), by), func, from, to: null }],
        func,
      );
      this.connect(p, this.tsIn(Math.max(at, from), this.M));
    }
  }

  private recruiters(n: number): void {
    const r = this.r;
    const boutiques = [0, 1, 2].map(() => {
      const root = this.book.freshRoot();
      return this.book.create('staffing', {
        root,
        name: `${root} ${r.pick(['Talent', 'Search', 'Recruitment', 'People Partners', 'Executive Search'])}`,
      });
    });
    const agencies = [...STAFFING_FIRMS.map((s) => this.book.real(s)), ...boutiques];
    const starts = this.tenures.filter((t) => t.kind !== 'side').map((t) => t.from);
    for (let k = 0; k < n; k++) {
      const p = this.newPerson('recruiter', pickTie(r, [0.005, 0.07, 0.28, 0.645]));
      p.recruiter = true;
      p.ownerInvited = r.chance(0.15);
      const agency = r.chance(0.6);
      const c = agency ? r.pick(agencies) : this.randomEmployer();
      const from = this.M - Math.round(r.logNormal(26, 0.8));
      const title = agency
        ? r.pick(AGENCY_RECRUITER_TITLES)
        : r.pick([
            'Talent Acquisition Partner',
            'Technical Recruiter',
            'Head of Talent',
            'Sourcer',
            'Talent Acquisition Manager',
            'Senior Recruiter',
            'People & Talent Lead',
          ]);
      this.careerAround(
        p,
        [
          {
            company: c.id,
            title,
            func: 'recruiting',
            from: Math.max(from, this.M - 200),
            to: r.chance(0.9) ? null : this.M - r.int(1, 6),
          },
        ],
        'recruiting',
      );
      const around = starts.length > 0 && r.chance(0.5) ? r.pick(starts) : undefined;
      this.connect(
        p,
        around !== undefined
          ? monthStart(around) - r.int(-20, 120) * DAY
          : this.tsIn(this.owner.joined, this.M),
      );
    }
  }

  private classmates(n: number): void {
    const r = this.r;
    const eds = this.owner.education;
    if (eds.length === 0) {
      this.strangers(n);
      return;
    }
    for (let k = 0; k < n; k++) {
      const e = r.pick(eds);
      const eTo = e.to ?? this.M + 12;
      const grad = eTo + r.int(-12, 12);
      const student = this.owner.profile === 'student';
      const p = this.newPerson(
        'classmate',
        pickTie(r, student ? [0.08, 0.3, 0.42, 0.2] : [0.14, 0.34, 0.42, 0.1]),
      );
      const func = this.randomFunc();
      if (grad >= this.M) {
        // Still studying: maybe a student job, or nothing.
        const anchors: Stint[] = [];
        if (r.chance(0.45)) {
          const c = this.randomEmployer();
          anchors.push({
            company: c.id,
            title: r.pick(['Working Student', 'Werkstudent', 'Intern', 'Student Assistant']),
            func,
            from: this.M - r.int(1, 14),
            to: r.chance(0.7) ? null : this.M - 1,
          });
        }
        p.stints = anchors;
      } else {
        this.careerAround(p, [], func, grad + 1);
        // Some classmates later work at one of the owner's employers, at some time or other.
        if (r.chance(0.05) && this.tenures.length > 0) {
          const t = r.pick(this.tenures);
          const c = this.book.get(t.company);
          if (c.size !== 'self') {
            const from = r.int(Math.max(grad + 1, t.from - 36), this.M - 1);
            const to = r.chance(0.5) ? null : Math.min(this.M - 1, from + r.int(6, 40));
            p.stints = p.stints.filter((s) => (to ?? this.M) < s.from || from > (s.to ?? this.M));
            p.stints.push({ company: c.id, title: this.title(func, 4, c), func, from, to });
            p.stints.sort((a, b) => a.from - b.from);
          }
        }
      }
      const studyMonth = r.int(e.from, Math.min(eTo, this.M));
      this.connect(
        p,
        r.chance(0.65)
          ? this.tsIn(studyMonth, studyMonth + r.int(0, 10))
          : this.tsIn(this.owner.joined, this.M),
      );
    }
  }

  private friends(n: number): void {
    const r = this.r;
    for (let k = 0; k < n; k++) {
      const p = this.newPerson('friend', pickTie(r, [0.5, 0.42, 0.08, 0]));
      if (r.chance(0.15)) {
        p.last = this.owner.last;
        p.csvLast = this.owner.last;
        p.culture = this.owner.culture;
      }
      this.careerAround(p, [], this.randomFunc());
      this.connect(p, this.tsIn(this.owner.joined, this.M));
    }
  }

  private events(n: number): void {
    const r = this.r;
    let left = n;
    while (left > 0) {
      const size = Math.min(left, r.int(4, 40));
      left -= size;
      const name = `${r.pick(EVENT_NAMES)} ${r.pick(['', this.region.city])}`.trim();
      const day = this.duringAJob();
      for (let k = 0; k < size; k++) {
        const p = this.newPerson('event', pickTie(r, [0, 0.05, 0.35, 0.6]));
        p.event = name;
        const speaker = r.chance(this.owner.profile === 'student' ? 0.3 : 0.08);
        this.careerAround(p, [], this.randomFunc());
        if (speaker) {
          const cur = p.stints[p.stints.length - 1];
          if (cur && cur.to === null)
            cur.title = r.pick([
              'CTO',
              'VP Engineering',
              'Founder & CEO',
              'Head of Product',
              'Principal Engineer',
              'Partner',
            ]);
        }
        this.connect(p, day + Math.floor(r.exponential(1.5 * DAY)));
      }
    }
  }

  private strangers(n: number): void {
    const r = this.r;
    for (let k = 0; k < n; k++) {
      const p = this.newPerson('stranger', pickTie(r, [0, 0.01, 0.2, 0.79]));
      p.ownerInvited = r.chance(['sales', 'founder', 'recruiter'].includes(this.owner.profile) ? 0.7 : 0.3);
      this.careerAround(p, [], this.randomFunc());
      this.connect(p, this.duringAJob());
    }
  }

  private clients(n: number): void {
    const r = this.r;
    if (n <= 0) return;
    const profile = this.owner.profile;
    const engagements = this.owner.positions.flatMap((pos) => pos.engagements);
    const uniq = [...new Map(engagements.map((g) => [`${g.client}:${g.from}`, g])).values()];
    const working = this.tenures.filter((t) => t.kind !== 'side');
    for (let k = 0; k < n; k++) {
      if (profile === 'consultant' && uniq.length > 0) {
        const g = r.pick(uniq);
        const c = this.book.get(g.client);
        const func = r.pick([
          'operations',
          'finance',
          'engineering',
          'product',
          'people',
          'marketing',
        ] as const);
        const from = r.chance(0.7) ? g.from - r.int(1, 80) : r.int(g.from, g.to);
        const to = r.chance(0.6) ? null : Math.max(g.to, Math.min(this.M - 1, g.to + r.int(1, 50)));
        const p = this.newPerson('client', pickTie(r, [0.04, 0.34, 0.45, 0.17]));
        this.careerAround(
          p,
          [
            {
              company: c.id,
              title: this.title(func, r.int(2, 16), c),
              func,
              from,
              to: to !== null && to >= this.M ? null : to,
            },
          ],
          func,
        );
        this.connect(p, this.tsIn(g.from, g.to + (r.chance(0.2) ? r.int(1, 6) : 0)));
      } else {
        const p = this.newPerson(
          'client',
          profile === 'sales' ? pickTie(r, [0.01, 0.12, 0.35, 0.52]) : pickTie(r, [0.02, 0.2, 0.45, 0.33]),
        );
        p.ownerInvited = r.chance(0.75);
        const func =
          profile === 'recruiter'
            ? r.pick(['engineering', 'product', 'people', 'data'] as const)
            : r.pick(['operations', 'engineering', 'finance', 'marketing', 'product', 'sales'] as const);
        this.careerAround(p, [], func);
        const cur = p.stints[p.stints.length - 1];
        if (cur && cur.to === null && r.chance(0.6)) cur.title = this.title(func, 12 + r.int(0, 6));
        const t = working.length > 0 ? r.pick(working) : undefined;
        this.connect(
          p,
          t ? this.tsIn(Math.max(t.from, this.owner.joined), t.to ?? this.M) : this.duringAJob(),
        );
      }
    }
  }

  private candidates(n: number): void {
    const r = this.r;
    const recruiting = this.tenures.filter((t) => t.func === 'recruiting' && t.kind !== 'side');
    for (let k = 0; k < n; k++) {
      const p = this.newPerson('candidate', pickTie(r, [0, 0.03, 0.27, 0.7]));
      p.ownerInvited = r.chance(0.85);
      this.careerAround(
        p,
        [],
        r.pick(['engineering', 'engineering', 'data', 'product', 'design', 'sales'] as const),
      );
      const t = recruiting.length > 0 ? r.pick(recruiting) : undefined;
      this.connect(p, t ? this.tsIn(Math.max(t.from, this.owner.joined), t.to ?? this.M) : this.duringAJob());
    }
  }

  private investors(n: number): void {
    const r = this.r;
    if (n <= 0) return;
    const funds = [0, 1, 2, 3, 4, 5].map(() => this.book.create('vc'));
    const ventures = this.tenures.filter((t) => t.kind === 'founder');
    for (let k = 0; k < n; k++) {
      const p = this.newPerson('investor', pickTie(r, [0.04, 0.3, 0.5, 0.16]));
      const angel = r.chance(0.25);
      const c = angel ? this.book.create('self') : r.pick(funds);
      const title = angel ? 'Angel Investor' : this.title('finance', 10, c);
      this.careerAround(
        p,
        [{ company: c.id, title, func: 'finance', from: this.M - r.int(12, 120), to: null }],
        'finance',
      );
      const v = ventures.length > 0 ? r.pick(ventures) : undefined;
      this.connect(p, v ? monthStart(v.from) + r.int(-90, 720) * DAY : this.duringAJob());
    }
  }

  private vendors(n: number): void {
    const r = this.r;
    for (let k = 0; k < n; k++) {
      const p = this.newPerson('vendor', pickTie(r, [0, 0.08, 0.4, 0.52]));
      this.careerAround(p, [], r.pick(['sales', 'support', 'consulting'] as const));
      this.connect(p, this.duringAJob());
    }
  }

  // ---------- finishing touches ----------

  /** Hidden profiles, namesakes, name quirks, slugs, and the Company/Position headline values. */
  finish(): void {
    const r = this.r;
    const people = this.people;
    const n = people.length;
    // Namesakes: some connections share a name exactly; a few differ only by a diacritic (different names).
    const pairs = Math.max(1, Math.round(n * r.real(0.002, 0.006)));
    for (let k = 0; k < pairs; k++) {
      const a = r.pick(people);
      const b = r.pick(people);
      if (a === b) continue;
      b.first = a.first;
      b.last = a.last;
      b.culture = a.culture;
    }
    const DIACRITIC: Record<string, string> = {
      Zoe: 'Zoë',
      Lea: 'Léa',
      Jose: 'José',
      Rene: 'René',
      Bjorn: 'Björn',
      Jurgen: 'Jürgen',
      Chloe: 'Chloé',
      Ines: 'Inès',
      Andre: 'André',
      Noemi: 'Noémi',
    };
    if (r.chance(0.6)) {
      const plain = r.pick(Object.keys(DIACRITIC));
      const a = r.pick(people);
      const b = r.pick(people);
      if (a !== b) {
        a.first = plain;
        b.first = DIACRITIC[plain] as string;
        b.last = a.last;
      }
    }
    for (const p of people) {
      p.csvFirst = p.first;
      p.csvLast = p.last;
      const q = r.next();
      if (q < 0.02) {
        p.last = `${p.last}, ${r.pick(['PhD', 'MBA', 'CFA', 'PMP', 'Dr.', 'MSc', 'CIPD'])}`;
        p.csvLast = p.last;
      } else if (q < 0.028) {
        if (r.chance(0.5)) p.last = `${p.last} ${r.pick(['🚀', '🌱', '☕', '🏳️‍🌈', '✨'])}`;
        else p.first = `${p.first} ${r.pick(['🌍', '⚡', '🎯'])}`;
        p.csvFirst = p.first;
        p.csvLast = p.last;
      } else if (q < 0.034) {
        p.last = `${p.last.charAt(0)}.`;
        p.csvLast = p.last;
      } else if (q < 0.049) {
        // Stray spaces in Connections.csv only; other files show the trimmed profile name.
        if (r.chance(0.5)) p.csvFirst = `${p.first} `;
        else p.csvLast = ` ${p.last}`;
      } else if (q < 0.053) {
        p.first = p.first.toLowerCase();
        p.last = p.last.toLowerCase();
        p.csvFirst = p.first;
        p.csvLast = p.last;
      }
    }
    // Slugs: LinkedIn's generated ones end in a hex tail; custom ones do not; non-ASCII letters survive in some.
    const used = new Set<string>();
    const ascii = asciiSlug;
    const keep = (s: string) =>
      s
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '');
    for (const p of people) {
      const first = p.first.split(',')[0] ?? p.first;
      const last = p.last.split(',')[0] ?? p.last;
      const nonAscii = /[^\x20-\x7e]/.test(first + last) && /\p{L}/u.test(first + last);
      const base = nonAscii && r.chance(0.3) ? keep(`${first} ${last}`) : ascii(`${first} ${last}`);
      let slug = r.weighted([
        [
          `${base}-${Math.floor(r.next() * 0xfffffff)
            .toString(16)
            .padStart(7, '0')}${r.int(0, 9)}`,
          55,
        ],
        [base.replace(/-/g, ''), 22],
        [base, 15],
        [`${base.charAt(0)}${base.split('-').slice(-1)[0] ?? ''}${r.int(1, 99)}`, 8],
      ]);
      if (!slug || slug === '-') slug = `member-${r.int(100000, 999999)}`;
      while (used.has(slug)) slug = `${slug}-${r.int(1, 999)}`;
      used.add(slug);
      p.slug = slug;
    }
    // Hidden or closed profiles: a row with only Connected On.
    const hidden = Math.round(n * r.real(0.006, 0.014));
    for (const p of r.sample(people, hidden)) p.hidden = true;
    for (const p of people) this.headline(p);
  }

  private headline(p: Person): void {
    const r = this.r;
    const M = this.M;
    const stints = p.stints;
    const current = stints.filter((s) => s.to === null).sort((a, b) => b.from - a.from)[0];
    const previous = stints.filter((s) => s.to !== null).sort((a, b) => (b.to ?? 0) - (a.to ?? 0))[0];
    if (p.hidden) {
      p.company = '';
      p.position = '';
      return;
    }
    if (r.chance(0.004))
      p.email = `${
        p.first
          .split(' ')[0]
          ?.toLowerCase()
          .replace(/[^a-z]/g, '') || 'contact'
      }.${r.int(10, 99)}@${r.pick(['gmail.com', 'outlook.com', 'web.de', 'yahoo.com'])}`;
    if (!current) {
      // Between jobs, studying, retired: the headline says so in many ways, or nothing at all.
      const studying = p.source === 'classmate' && p.stints.every((s) => s.to === null || s.to >= M - 1);
      const school = this.owner.education[0] ? this.book.get(this.owner.education[0].school).name : '';
      if (studying) {
        p.company = r.chance(0.5) ? school : '';
        p.position = r.pick([
          'Student',
          'MSc Student',
          `Student at ${school}`,
          'Studying Computer Science',
          '',
        ]);
      } else {
        p.company = r.weighted([
          ['', 8],
          ['Open to work', 1],
          ['Career break', 0.5],
          ['Self-employed', 1],
        ]);
        p.position = r.weighted([
          ['', 4],
          [previous ? `Former ${previous.title}` : '', 2],
          ['Seeking new opportunities', 2],
          [previous ? previous.title : '', 2],
          ['#opentowork', 1],
        ]);
      }
      return;
    }
    const shown = previous && r.chance(0.03) ? previous : current; // a stale profile, never updated
    const c = this.book.get(shown.company);
    let company = this.book.spell(c, shown.to ?? M, r);
    let position = shown.title;
    if (r.chance(0.08)) {
      const ex =
        previous && previous.company !== shown.company
          ? this.book.spell(this.book.get(previous.company), previous.to ?? M, r).trim()
          : '';
      position = `${shown.title} @ ${company.trim()}${ex ? ` | ex-${ex}` : ''}${r.chance(0.4) ? ` | ${r.pick(HEADLINE_FLOURISHES)}` : ''}`;
      if (r.chance(0.5)) company = '';
    } else if (r.chance(0.01)) {
      position = `${position} ${r.pick(['🚀', '💡', '🌍'])}`;
    }
    const q = r.next();
    if (q < 0.05) company = '';
    else if (q < 0.085) position = '';
    else if (q < 0.1) {
      company = '';
      position = '';
    }
    p.company = company;
    p.position = position;
  }

  /** Months in which the person held a job at the company (used by tests and truth). */
  static stintEnd(s: Stint, M: Month): Month {
    return s.to ?? M;
  }
}

export { monthOfTs };
