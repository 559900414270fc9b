/** The owner of the export: a career shaped by their profile, written to Positions.csv. */
import type { Company, CompanyBook, Size } from './companies.ts';
import type { Month } from './dates.ts';
import { month } from './dates.ts';
import type { Rng } from './rng.ts';
import type { Culture, Func, Region } from './vocabulary.ts';
import { SKILLS, STAFFING_FIRMS, TITLES } from './vocabulary.ts';

export type OwnerProfile =
  | 'engineer'
  | 'student'
  | 'founder'
  | 'sales'
  | 'recruiter'
  | 'consultant'
  | 'manager';
export type PositionKind = 'main' | 'intern' | 'student' | 'side' | 'contract' | 'founder';

export interface Engagement {
  client: number;
  from: Month;
  to: Month;
}

export interface OwnerPosition {
  company: number;
  /** As written in Positions.csv. */
  spelling: string;
  title: string;
  func: Func;
  from: Month;
  to: Month | null;
  kind: PositionKind;
  description: string;
  location: string;
  /** Positions.csv gives only the year for this row. */
  yearOnly: boolean;
  engagements: Engagement[];
}

export interface Education {
  school: number;
  degree: string;
  from: Month;
  to: Month | null;
}

export interface Owner {
  profile: OwnerProfile;
  culture: Culture;
  first: string;
  last: string;
  func: Func;
  positions: OwnerPosition[];
  education: Education[];
  /** The month the owner joined LinkedIn: no connection before it. */
  joined: Month;
  careerStart: Month;
  skills: string[];
}

const clampMonths = (r: Rng, median: number, sigma: number, lo: number, hi: number): number =>
  Math.max(lo, Math.min(hi, Math.round(r.logNormal(median, sigma))));

function titleFor(r: Rng, func: Func, yearsExp: number, cap = 0.85): string {
  const titles = TITLES[func];
  const frac = Math.min(1, Math.max(0, yearsExp / 16));
  const idx = Math.round(frac * (titles.length - 1) * cap + r.real(-0.7, 0.7));
  return titles[Math.max(0, Math.min(titles.length - 1, idx))] as string;
}

function higherTitle(func: Func, title: string, steps: number): string {
  const titles = TITLES[func];
  const i = titles.indexOf(title);
  if (i < 0) return title;
  return titles[Math.min(titles.length - 1, i + steps)] as string;
}

export class OwnerBuilder {
  readonly positions: OwnerPosition[] = [];
  readonly education: Education[] = [];
  private readonly spellings = new Map<number, string>();

  constructor(
    private readonly r: Rng,
    private readonly book: CompanyBook,
    private readonly region: Region,
    private readonly asOf: Month,
  ) {}

  spellingFor(c: Company): string {
    const known = this.spellings.get(c.id);
    if (known) return known;
    let s = c.name;
    if (!c.real && c.size !== 'self' && c.size !== 'university' && c.size !== 'nonprofit') {
      s = this.r.weighted([
        [c.name, 62],
        [c.root, c.name === c.root ? 0 : 24],
        [`${c.root} ${this.r.pick(['Inc.', 'GmbH', 'Ltd', 'Corporation', 'Group'])}`, 14],
      ]);
    }
    this.spellings.set(c.id, s);
    return s;
  }

  add(
    c: Company,
    title: string,
    func: Func,
    from: Month,
    to: Month | null,
    kind: PositionKind,
    description = '',
  ): OwnerPosition {
    const p: OwnerPosition = {
      company: c.id,
      spelling: this.spellingFor(c),
      title,
      func,
      from,
      to: to !== null && to >= this.asOf ? null : to,
      kind,
      description,
      location: this.r.weighted([
        [`${this.region.city}, ${this.region.country}`, 6],
        [this.region.geo, 2],
        ['', 3],
        ['Remote', kind === 'side' ? 0.5 : 1],
      ]),
      yearOnly: false,
      engagements: [],
    };
    if (c.founded > from) c.founded = from - this.r.int(0, 24);
    this.positions.push(p);
    return p;
  }

  /** A main job, maybe split into promotions (several rows at the same company). */
  job(
    c: Company,
    func: Func,
    from: Month,
    to: Month | null,
    yearsExp: number,
    kind: PositionKind = 'main',
    description = '',
  ): OwnerPosition[] {
    const end = to ?? this.asOf;
    const length = end - from + 1;
    const title = titleFor(this.r, func, yearsExp);
    if (length < 30 || !this.r.chance(0.55) || kind !== 'main') {
      return [this.add(c, title, func, from, to, kind, description)];
    }
    const rows = length > 70 && this.r.chance(0.5) ? 3 : 2;
    const cuts: Month[] = [from];
    for (let i = 1; i < rows; i++) cuts.push(from + Math.round((length * i) / rows) + this.r.int(-4, 4));
    const out: OwnerPosition[] = [];
    for (let i = 0; i < rows; i++) {
      const f = cuts[i] as Month;
      const t = i === rows - 1 ? to : (cuts[i + 1] as Month) - 1;
      out.push(this.add(c, higherTitle(func, title, i), func, f, t, kind, i === rows - 1 ? description : ''));
    }
    return out;
  }

  study(from: Month, to: Month | null, degree: string): Education {
    const name = this.r.pick(this.region.universities);
    const existing = this.book.list.find((c) => c.name === name);
    const school = existing ?? this.book.create('university', { name, root: name, real: true });
    const e: Education = { school: school.id, degree, from, to: to !== null && to >= this.asOf ? null : to };
    this.education.push(e);
    return e;
  }
}

const MAIN_SIZES: readonly Size[] = ['tiny', 'startup', 'scaleup', 'mid', 'corp'];

function sizeSequence(r: Rng, n: number): Size[] {
  // The first three main employers cover very different sizes; later ones are drawn freely.
  const head = r.shuffle([r.pick(['tiny', 'startup'] as const), 'scaleup', 'corp'] as Size[]);
  const out: Size[] = [];
  for (let i = 0; i < n; i++) out.push(i < head.length ? (head[i] as Size) : r.pick(MAIN_SIZES));
  return out;
}

interface Ctx {
  r: Rng;
  b: OwnerBuilder;
  book: CompanyBook;
  M: Month;
}

/** A run of main jobs from `start` to now, with gaps, boomerangs, contracts; returns the month it stops. */
function mainJobs(
  ctx: Ctx,
  func: Func,
  start: Month,
  careerStart: Month,
  opts: {
    median: number;
    sigma: number;
    sizes?: Size[];
    contract?: number;
    boomerang?: number;
    unemployedEnd?: number;
  },
): void {
  const { r, b, book, M } = ctx;
  const sizes = opts.sizes ?? sizeSequence(r, 12);
  let t = start;
  let i = 0;
  const employers: Company[] = [];
  while (t < M - 1) {
    let d = clampMonths(r, opts.median, opts.sigma, 6, 130);
    const last = t + d - 1 >= M - 1;
    let to: Month | null = last ? null : t + d - 1;
    if (last && r.chance(opts.unemployedEnd ?? 0.07)) {
      to = M - r.int(1, 5);
      if (to <= t) to = t + 1;
    }
    const yearsExp = (t - careerStart) / 12;
    if (employers.length >= 2 && r.chance(opts.boomerang ?? 0.12)) {
      const back = r.pick(employers.slice(0, -1));
      b.job(back, func, t, to, yearsExp);
    } else if (i >= 1 && r.chance(opts.contract ?? 0)) {
      const client = book.create(r.pick(['corp', 'mid'] as const));
      const via = r.pick(STAFFING_FIRMS);
      d = Math.min(d, r.int(4, 18));
      to = t + d - 1 >= M ? null : t + d - 1;
      const desc = r.pick([
        `Contract via ${via}.`,
        `Freelance engagement through ${via}; embedded in the platform team.`,
        `Contractor (${via}). Migration of legacy services, "lift and shift" to the cloud.`,
      ]);
      b.add(client, `${titleFor(r, func, yearsExp)} (Contract)`, func, t, to, 'contract', desc);
      book.real(via);
    } else {
      const c = book.create(sizes[i % sizes.length] as Size);
      employers.push(c);
      b.job(c, func, t, to, yearsExp);
    }
    i++;
    if (to === null) break;
    t = to + 1 + (r.chance(0.3) ? r.int(1, 6) : 0);
  }
}

function sideRoles(ctx: Ctx, func: Func, careerStart: Month, chance: number, max = 1): void {
  const { r, b, book, M } = ctx;
  for (let k = 0; k < max; k++) {
    if (!r.chance(chance)) continue;
    const from = r.int(Math.max(careerStart + 12, M - 150), M - 6);
    if (from >= M) continue;
    const length = r.int(10, 70);
    const to = from + length >= M ? null : from + length;
    const kind = r.weighted([
      ['lecturer', 3],
      ['advisor', 3],
      ['board', 2],
      ['freelance', 2],
      ['mentor', 2],
    ] as const);
    if (kind === 'lecturer') {
      const u = book.create('university');
      b.add(
        u,
        r.pick(['Lecturer', 'Guest Lecturer', 'Adjunct Lecturer']),
        'research',
        from,
        to,
        'side',
        r.pick([
          'Teaching "Software Architecture", one evening a week.',
          'Course on product management for master students.',
          '',
        ]),
      );
    } else if (kind === 'advisor') {
      const s = book.create('tiny');
      b.add(
        s,
        r.pick(['Advisor', 'Technical Advisor', 'Advisory Board Member', 'Mentor & Advisor']),
        func,
        from,
        to,
        'side',
      );
    } else if (kind === 'board') {
      const n = book.create('nonprofit');
      b.add(n, r.pick(['Board Member', 'Member of the Board', 'Treasurer']), 'operations', from, to, 'side');
    } else if (kind === 'freelance') {
      const s = book.create('self');
      b.add(
        s,
        r.pick(['Freelance Consultant', 'Freelance Developer', 'Independent Consultant']),
        func,
        from,
        to,
        'side',
        'Evening and weekend projects for small businesses.',
      );
    } else {
      const n = book.create('nonprofit');
      b.add(n, r.pick(['Mentor', 'Volunteer Coach', 'Meetup Organizer']), func, from, to, 'side');
    }
  }
}

export function buildOwner(
  r: Rng,
  book: CompanyBook,
  region: Region,
  M: Month,
  profile: OwnerProfile,
  name: { culture: Culture; first: string; last: string },
): Owner {
  const b = new OwnerBuilder(r, book, region, M);
  const ctx: Ctx = { r, b, book, M };
  let func: Func = 'engineering';
  let careerStart: Month;
  let joined: Month;
  const earliestLinkedIn = month(2004, 1);

  switch (profile) {
    case 'engineer': {
      func = r.chance(0.8) ? 'engineering' : 'data';
      careerStart = M - r.int(3, 17) * 12 - r.int(0, 11);
      b.study(
        careerStart - r.int(40, 66),
        careerStart - r.int(0, 3),
        r.pick(['BSc Computer Science', 'MSc Computer Science', 'Master of Engineering', 'BSc Informatics']),
      );
      if (r.chance(0.7)) {
        const n = r.chance(0.4) ? 2 : 1;
        for (let k = 0; k < n; k++) {
          const from = careerStart - r.int(6, 24);
          b.add(
            book.create(r.pick(['corp', 'scaleup', 'mid'] as const)),
            r.pick([
              'Software Engineering Intern',
              'Intern – Data Engineering',
              'Werkstudent Softwareentwicklung',
            ]),
            func,
            from,
            from + r.int(2, 5),
            'intern',
          );
        }
      }
      if (r.chance(0.3)) {
        const from = careerStart - r.int(14, 30);
        b.add(
          book.create('startup'),
          'Working Student Software Development',
          func,
          from,
          from + r.int(8, 16),
          'student',
        );
      }
      mainJobs(ctx, func, careerStart, careerStart, {
        median: 30,
        sigma: 0.55,
        contract: 0.15,
        boomerang: 0.15,
      });
      sideRoles(ctx, func, careerStart, 0.4, 2);
      joined = Math.max(earliestLinkedIn, careerStart - r.int(0, 24));
      break;
    }
    case 'student': {
      func = r.pick(['engineering', 'product', 'marketing', 'consulting', 'data'] as const);
      const studyStart = M - r.int(18, 54);
      careerStart = M - r.int(0, 6);
      if (M - studyStart > 40 && r.chance(0.6)) {
        const mid = studyStart + r.int(34, 40);
        b.study(studyStart, mid, 'Bachelor of Science');
        b.study(mid + 1, null, 'Master of Science');
      } else {
        b.study(
          studyStart,
          null,
          r.pick(['Bachelor of Science', 'Bachelor of Arts', 'BSc Business Informatics']),
        );
      }
      const nIntern = r.int(1, 3);
      for (let k = 0; k < nIntern; k++) {
        const from = r.int(studyStart + 6, M - 3);
        const to = from + r.int(2, 5);
        b.add(
          book.create(r.pick(['corp', 'scaleup', 'startup', 'mid', 'consultancy'] as const)),
          `${r.pick(['Intern', 'Summer Intern', 'Internship'])} ${r.pick(['Product', 'Software Engineering', 'Marketing', 'Strategy', 'Data Science'])}`,
          func,
          from,
          to,
          'intern',
        );
      }
      if (r.chance(0.65)) {
        b.add(
          book.create(r.pick(['scaleup', 'startup', 'corp'] as const)),
          r.pick(['Working Student', 'Werkstudent', 'Part-time Student Employee']),
          func,
          M - r.int(2, 16),
          null,
          'student',
        );
      }
      if (r.chance(0.5)) {
        const from = r.int(studyStart, M - 6);
        const school = book.get(b.education[b.education.length - 1]?.school ?? 0);
        b.add(
          school,
          r.pick(['Teaching Assistant', 'Student Assistant', 'Tutor']),
          'research',
          from,
          r.chance(0.4) ? null : from + r.int(5, 14),
          'student',
        );
      }
      if (r.chance(0.5)) {
        const from = r.int(studyStart, M - 4);
        b.add(
          book.create('nonprofit'),
          r.pick(['Board Member', 'Head of Events', 'Member']),
          'operations',
          from,
          r.chance(0.5) ? null : from + r.int(8, 20),
          'side',
          'Student association: speaker evenings, case competitions.',
        );
      }
      joined = Math.max(earliestLinkedIn, studyStart + r.int(0, 12));
      break;
    }
    case 'founder': {
      func = r.pick(['engineering', 'product', 'sales'] as const);
      careerStart = M - r.int(8, 20) * 12;
      b.study(
        careerStart - r.int(40, 60),
        careerStart - r.int(0, 2),
        r.pick(['MSc Management', 'BSc Computer Science', 'MBA', 'BSc Economics']),
      );
      let t = careerStart;
      const corp = book.create('corp');
      const d1 = r.int(20, 60);
      b.job(corp, func, t, t + d1 - 1, 0);
      t += d1 + r.int(0, 3);
      if (r.chance(0.6)) {
        const d2 = r.int(14, 40);
        b.job(book.create('scaleup'), func, t, t + d2 - 1, (t - careerStart) / 12);
        t += d2 + r.int(0, 4);
      }
      const ventureA = book.create('tiny', { founded: t });
      const dA = r.int(24, 60);
      const role = r.pick(['Co-Founder & CEO', 'Co-Founder & CTO', 'Founder', 'Co-Founder']);
      if (t + dA < M - 18 && r.chance(0.5)) {
        const acquirer = book.create('corp');
        ventureA.acquired = { by: acquirer.id, at: t + dA };
        b.add(
          ventureA,
          role,
          func,
          t,
          t + dA - 1,
          'founder',
          'Built the product from zero to the first paying customers, raised a seed round.',
        );
        const stay = r.int(10, 26);
        const after = b.add(
          ventureA,
          r.pick(['Director of Product', 'Head of Innovation', 'Senior Director']),
          func,
          t + dA,
          t + dA + stay - 1,
          'main',
          `After the acquisition by ${acquirer.name}.`,
        );
        after.spelling = acquirer.name;
        t = t + dA + stay + r.int(0, 6);
      } else {
        b.add(ventureA, role, func, t, t + dA - 1, 'founder');
        t += dA + r.int(1, 8);
      }
      if (t >= M - 2) t = M - r.int(3, 12);
      b.add(
        book.create('tiny', { founded: t }),
        r.pick(['Founder & CEO', 'Co-Founder & CEO', 'Co-Founder and CTO']),
        func,
        t,
        null,
        'founder',
        'We are hiring! ✨',
      );
      const nAdvisor = r.int(1, 3);
      for (let k = 0; k < nAdvisor; k++) {
        const from = r.int(careerStart + 36, M - 4);
        b.add(
          book.create('tiny'),
          r.pick(['Advisor', 'Board Advisor', 'Mentor']),
          func,
          from,
          r.chance(0.5) ? null : from + r.int(8, 40),
          'side',
        );
      }
      if (r.chance(0.5))
        b.add(
          book.create('self'),
          'Angel Investor',
          'finance',
          r.int(M - 72, M - 6),
          null,
          'side',
          'Pre-seed and seed tickets in B2B software.',
        );
      if (r.chance(0.3))
        b.add(book.create('nonprofit'), 'Board Member', 'operations', r.int(M - 96, M - 12), null, 'side');
      joined = Math.max(earliestLinkedIn, careerStart - r.int(0, 18));
      break;
    }
    case 'sales': {
      func = 'sales';
      careerStart = M - r.int(3, 15) * 12 - r.int(0, 11);
      b.study(
        careerStart - r.int(36, 60),
        careerStart - r.int(0, 4),
        r.pick(['BA Business Administration', 'BSc International Management', 'BA Communication']),
      );
      mainJobs(ctx, func, careerStart, careerStart, {
        median: 21,
        sigma: 0.5,
        boomerang: 0.08,
        unemployedEnd: 0.1,
      });
      sideRoles(ctx, func, careerStart, 0.15);
      joined = Math.max(earliestLinkedIn, careerStart - r.int(0, 12));
      break;
    }
    case 'recruiter': {
      func = 'recruiting';
      careerStart = M - r.int(3, 15) * 12 - r.int(0, 11);
      b.study(
        careerStart - r.int(36, 60),
        careerStart - r.int(0, 4),
        r.pick(['BA Psychology', 'BA Human Resource Management', 'BA Business Administration']),
      );
      let t = careerStart;
      const agency = book.real(r.pick(STAFFING_FIRMS));
      const d1 = r.int(18, 48);
      const last1 = t + d1 >= M;
      b.add(
        agency,
        'Recruitment Consultant',
        'recruiting',
        t,
        last1 ? null : t + Math.floor(d1 / 2) - 1,
        'main',
      );
      if (!last1)
        b.add(
          agency,
          'Senior Recruitment Consultant',
          'recruiting',
          t + Math.floor(d1 / 2),
          t + d1 - 1,
          'main',
        );
      t += d1 + r.int(0, 3);
      if (t < M - 2) {
        if (r.chance(0.4)) {
          const agency2 = book.real(r.pick(STAFFING_FIRMS.filter((s) => s !== agency.name)));
          const d2 = r.int(12, 36);
          b.add(
            agency2,
            r.pick(['Principal Consultant', 'Associate Director', 'Senior Headhunter']),
            'recruiting',
            t,
            t + d2 - 1,
            'main',
          );
          t += d2 + r.int(0, 3);
        }
        mainJobs(ctx, func, t, careerStart, {
          median: 26,
          sigma: 0.5,
          sizes: r.shuffle(['scaleup', 'startup', 'corp', 'scaleup'] as Size[]),
          boomerang: 0.05,
        });
      }
      sideRoles(ctx, func, careerStart, 0.2);
      joined = Math.max(earliestLinkedIn, careerStart - r.int(0, 6));
      break;
    }
    case 'consultant': {
      func = 'consulting';
      careerStart = M - r.int(4, 15) * 12 - r.int(0, 11);
      b.study(
        careerStart - r.int(40, 66),
        careerStart - r.int(0, 3),
        r.pick(['MSc Business Administration', 'MSc Industrial Engineering', 'MBA', 'MSc Economics']),
      );
      let t = careerStart;
      if (r.chance(0.6)) {
        const d0 = r.int(14, 36);
        b.job(book.create('boutique'), func, t, t + d0 - 1, 0);
        t += d0 + r.int(0, 2);
      }
      const firm = book.create('consultancy');
      const d = r.int(36, 110);
      const rows = b.job(firm, func, t, t + d - 1, (t - careerStart) / 12);
      // Client engagements while at the firm: the client's people are met, but they are not colleagues.
      const firmEnd = Math.min(t + d - 1, M);
      let e = t + r.int(0, 2);
      const engagements: Engagement[] = [];
      while (e < firmEnd - 2) {
        const len = r.int(3, 14);
        const client = book.create(r.pick(['corp', 'corp', 'mid', 'scaleup'] as const));
        engagements.push({ client: client.id, from: e, to: Math.min(firmEnd, e + len - 1) });
        e += len + r.int(0, 2);
      }
      for (const row of rows) {
        const rowEnd = row.to ?? M;
        row.engagements = engagements.filter((g) => g.from <= rowEnd && g.to >= row.from);
        if (row.engagements.length > 0) {
          const names = row.engagements.map((g) => book.get(g.client).name);
          row.description = `Client work for ${names.slice(0, -1).join(', ')}${names.length > 1 ? ' and ' : ''}${names[names.length - 1]}.\nFocus: operating model, "quick wins", PMO.`;
        }
      }
      t += d + r.int(0, 4);
      if (t < M - 2)
        mainJobs(ctx, r.chance(0.5) ? 'consulting' : 'operations', t, careerStart, {
          median: 30,
          sigma: 0.5,
          contract: 0.25,
          sizes: ['corp', 'scaleup', 'mid'],
        });
      sideRoles(ctx, func, careerStart, 0.25);
      joined = Math.max(earliestLinkedIn, careerStart - r.int(0, 12));
      break;
    }
    case 'manager': {
      func = r.pick(['engineering', 'product', 'operations', 'marketing'] as const);
      careerStart = M - r.int(12, 25) * 12;
      b.study(
        careerStart - r.int(40, 66),
        careerStart - r.int(0, 3),
        r.pick(['Diplom-Informatiker', 'MSc Computer Science', 'MBA', 'MSc Engineering']),
      );
      const sizes = r.shuffle(['corp', 'mid', 'scaleup', 'corp', 'startup'] as Size[]);
      mainJobs(ctx, func, careerStart, careerStart, {
        median: 52,
        sigma: 0.5,
        sizes,
        boomerang: 0.2,
        contract: 0.05,
      });
      sideRoles(ctx, func, careerStart, 0.4, 2);
      joined = Math.max(earliestLinkedIn, careerStart + r.int(-12, 120), month(2005, 1) + r.int(0, 60));
      break;
    }
  }

  // Renames and acquisitions of the owner's employers, some while the owner was there.
  const firstFrom = new Map<number, Month>();
  for (const p of b.positions) firstFrom.set(p.company, Math.min(firstFrom.get(p.company) ?? p.from, p.from));
  let acquisitions = 0;
  for (const [id, from] of firstFrom) {
    const c = book.get(id);
    if (c.real || c.acquired || c.size === 'self' || c.size === 'university' || c.size === 'nonprofit')
      continue;
    const lo = Math.max(c.founded + 18, from + 3);
    if (lo >= M - 2) continue;
    if (acquisitions < 2 && ['tiny', 'startup', 'scaleup', 'mid'].includes(c.size) && r.chance(0.3)) {
      acquisitions++;
      const at = r.int(lo, M - 2);
      const acquirer = book.create(r.chance(0.8) ? 'corp' : 'mid');
      c.acquired = { by: acquirer.id, at };
      for (const p of b.positions.filter((q) => q.company === id)) {
        const end = p.to ?? M;
        if (p.from < at && end >= at && r.chance(0.4)) {
          // The owner starts a new row under the acquirer's name.
          const second: OwnerPosition = { ...p, from: at, spelling: acquirer.name, engagements: [] };
          p.to = at - 1;
          b.positions.push(second);
        } else if (p.from >= at && r.chance(0.6)) {
          p.spelling = acquirer.name;
        }
      }
    } else if (r.chance(0.1)) {
      const at = r.int(lo, M - 2);
      c.renamed = { to: `${book.freshRoot()}${r.pick(['', ' Technologies', ' Group'])}`, at };
      for (const p of b.positions.filter((q) => q.company === id)) {
        if (p.from >= at || (p.to === null && r.chance(0.6))) p.spelling = c.renamed.to;
      }
    }
  }
  for (const p of b.positions) {
    if ((p.to ?? M) < month(2011, 1) && r.chance(0.4)) p.yearOnly = true;
  }
  b.positions.sort((x, y) => (y.to ?? M + 1) - (x.to ?? M + 1) || y.from - x.from);

  const skills = [...SKILLS[func]];
  r.shuffle(skills);
  return {
    profile,
    culture: name.culture,
    first: name.first,
    last: name.last,
    func,
    positions: b.positions,
    education: b.education,
    joined: Math.min(joined, M - 3),
    careerStart,
    skills: skills.slice(0, r.int(5, Math.min(12, skills.length))),
  };
}
