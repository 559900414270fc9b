/**
 * What the export records of each tie: messages (1:1, group, InMail, sponsored), endorsements,
 * recommendations, invitations. Closeness drives volume; close ties may go quiet; colleagues write
 * little on LinkedIn while they share an office and more after one of them leaves.
 */
import { Buffer } from 'node:buffer';
import { overlapsOf, stintAt } from './classify.ts';
import type { CompanyBook } from './companies.ts';
import type { Month, Ts } from './dates.ts';
import { DAY, month, monthOfTs, monthStart } from './dates.ts';
import type { Owner } from './owner.ts';
import type { Person } from './people.ts';
import type { Rng } from './rng.ts';
import * as T from './texts.ts';
import type { Region } from './vocabulary.ts';
import { FIRST, LAST, SKILLS } from './vocabulary.ts';

export interface Party {
  name: string;
  url: string;
  person: number | null;
}

export interface Message {
  conv: string;
  title: string;
  from: Party;
  to: Party[];
  at: Ts;
  subject: string;
  content: string;
  folder: 'INBOX' | 'ARCHIVE' | 'SPAM' | '';
  outgoing: boolean;
  draft: boolean;
}

export interface Endorsement {
  at: Ts;
  skill: string;
  person: number;
  direction: 'received' | 'given';
}

export interface Recommendation {
  at: Ts;
  person: number;
  direction: 'received' | 'given';
  company: string;
  title: string;
  text: string;
}

export interface Invitation {
  at: Ts;
  from: Party;
  to: Party;
  message: string;
  outgoing: boolean;
}

export interface Interactions {
  messages: Message[];
  endorsements: Endorsement[];
  recommendations: Recommendation[];
  invitations: Invitation[];
}

const URL = 'https://www.linkedin.com/in/';
const ENDORSEMENTS_LAUNCH = Date.UTC(2012, 8, 24) / 1000;

export function personUrl(slug: string): string {
  return URL + slug;
}

export class InteractionBuilder {
  readonly messages: Message[] = [];
  readonly endorsements: Endorsement[] = [];
  readonly recommendations: Recommendation[] = [];
  readonly invitations: Invitation[] = [];
  private readonly me: Party;
  private readonly convs = new Map<number, string>();
  private readonly lastTs: Ts;
  private readonly ownerStarts: Ts[];
  private readonly joinedTs: Ts;
  private readonly usedSlugs: Set<string>;

  constructor(
    private readonly r: Rng,
    private readonly book: CompanyBook,
    private readonly owner: Owner,
    ownerSlug: string,
    private readonly people: Person[],
    private readonly region: Region,
    private readonly M: Month,
    asOfTs: Ts,
  ) {
    this.me = { name: `${owner.first} ${owner.last}`, url: personUrl(ownerSlug), person: null };
    this.lastTs = asOfTs - 600;
    this.joinedTs = monthStart(owner.joined);
    this.usedSlugs = new Set([ownerSlug, ...people.map((p) => p.slug)]);
    this.ownerStarts = owner.positions
      .filter((p) => p.kind !== 'side')
      .map((p) => monthStart(p.from) + r.int(0, 20) * DAY);
  }

  /** A profile slug for someone who is not a connection, never equal to a connection's. */
  private freshSlug(base: string): string {
    let slug = base.toLowerCase().replace(/\s+/g, '-');
    while (this.usedSlugs.has(slug)) slug += `-${this.r.int(1, 9)}`;
    this.usedSlugs.add(slug);
    return slug;
  }

  private party(p: Person): Party {
    return { name: `${p.first} ${p.last}`, url: personUrl(p.slug), person: p.id };
  }

  private convId(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.r.next() * 16).toString(16)).join('');
    const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    return `2-${Buffer.from(`${uuid}_${this.r.pick(['010', '100', '000'])}`).toString('base64')}`;
  }

  private convFor(p: Person): string {
    let c = this.convs.get(p.id);
    if (!c) {
      c = this.convId();
      this.convs.set(p.id, c);
    }
    return c;
  }

  private vars(p: Person | null, at: Ts): Record<string, string> {
    const m = monthOfTs(at);
    const ownerRow = this.owner.positions.find(
      (q) => q.from <= m && (q.to ?? this.M) >= m && q.kind !== 'side',
    );
    const theirs = p ? stintAt(p, m) : undefined;
    return {
      first: p ? (p.first.split(' ')[0] ?? p.first) : '',
      me: this.owner.first,
      company: theirs ? this.book.nameAt(this.book.get(theirs.company), m) : 'your company',
      mycompany: ownerRow?.spelling.trim() ?? 'our company',
      city: this.region.city,
    };
  }

  /** One back-and-forth: the opener, then replies alternating (mostly) within minutes to days. */
  private thread(
    p: Person,
    begin: Ts,
    ownerFirst: boolean,
    opener: readonly string[],
    opts: { n?: number; subject?: string; conv?: string; replies?: boolean } = {},
  ): void {
    const r = this.r;
    if (begin > this.lastTs) return;
    const start = Math.max(begin, this.joinedTs + 3600);
    const n = opts.n ?? 1 + Math.min(9, Math.floor(r.exponential(p.tie === 'close' ? 2.2 : 1)));
    const conv = opts.conv ?? this.convFor(p);
    const folder: Message['folder'] = r.chance(0.15) ? 'ARCHIVE' : 'INBOX';
    let at = start;
    let ownerSends = ownerFirst;
    for (let i = 0; i < n && at <= this.lastTs; i++) {
      const pool = i === 0 ? opener : T.CHAT_REPLY;
      const content = T.fill(r.pick(pool), this.vars(p, at));
      const them = this.party(p);
      this.messages.push({
        conv,
        title: '',
        from: ownerSends ? this.me : them,
        to: [ownerSends ? them : this.me],
        at,
        subject: i === 0 ? (opts.subject ?? '') : '',
        content,
        folder,
        outgoing: ownerSends,
        draft: false,
      });
      if (opts.replies === false) {
        // One-sided: the same side keeps writing (follow-ups nobody answers).
      } else if (r.chance(0.8)) {
        ownerSends = !ownerSends;
      }
      at += r.chance(0.75) ? r.int(60, 6 * 3600) : r.int(1, 9) * DAY + r.int(0, 20000);
    }
  }

  /** Months in which the person and the owner shared an employer. */
  private overlapSpan(p: Person): [Month, Month] | null {
    const ov = overlapsOf(p, this.owner, this.M);
    if (ov.length === 0) return null;
    return [Math.min(...ov.map((o) => o.from)), Math.max(...ov.map((o) => o.to))];
  }

  private tsInMonth(m: Month): Ts {
    return (
      monthStart(m) + Math.floor(this.r.next() * 28 * DAY) + this.r.int(7, 22) * 3600 + this.r.int(0, 3599)
    );
  }

  build(era: string): Interactions {
    for (const p of this.people) {
      if (p.hidden) continue;
      this.conversation(p);
      this.endorse(p);
      this.recommend(p);
    }
    this.groups();
    this.noise(era);
    this.invite();
    return {
      messages: this.messages,
      endorsements: this.endorsements,
      recommendations: this.recommendations,
      invitations: this.invitations,
    };
  }

  private conversation(p: Person): void {
    const r = this.r;
    const from = p.connectedAt;
    const startM = monthOfTs(from);
    const span = this.overlapSpan(p);
    let rate = 0; // threads per year
    let quietAt = this.M + 1;
    let activeFrom = startM;
    if (p.tie === 'close') {
      rate = r.real(0.4, 4);
      if (r.chance(0.4) && this.M - startM > 30) quietAt = r.int(startM + 6, this.M - 18);
    } else if (p.tie === 'familiar') {
      rate = r.real(0.08, 0.7);
      if (r.chance(0.5) && this.M - startM > 24) quietAt = r.int(startM + 3, this.M - 12);
    } else if (p.tie === 'distant') {
      rate = r.real(0.01, 0.08);
    }
    if (p.hot) {
      rate = r.real(2, 6);
      activeFrom = r.int(startM, this.M);
      quietAt = Math.min(this.M + 1, activeFrom + r.int(6, 36));
    }
    const onlyAfter = span !== null && r.chance(0.3);
    if (rate > 0) {
      for (let m = Math.max(activeFrom, startM); m <= this.M && m < quietAt; m++) {
        let lambda = rate / 12;
        if (span && m >= span[0] && m <= span[1]) lambda *= onlyAfter ? 0 : 0.3;
        else if (span && m > span[1] && m <= span[1] + 12) lambda *= 1.8;
        const k = r.poisson(lambda);
        for (let i = 0; i < k; i++) {
          const at = Math.max(from + 600, this.tsInMonth(m));
          this.thread(p, at, r.chance(0.5), T.CHAT_OPEN);
        }
      }
    }
    // Nudged by LinkedIn: job changes on either side.
    const congrats = { close: 0.45, familiar: 0.2, distant: 0.03, none: 0.004 }[p.tie];
    for (const s of this.ownerStarts) {
      if (s > from && r.chance(congrats))
        this.thread(p, s + r.int(1, 25) * DAY, false, T.CONGRATS_OWNER, { n: r.chance(0.6) ? 2 : 1 });
    }
    for (const st of p.stints) {
      const s = monthStart(st.from) + r.int(0, 30) * DAY;
      if (s > from && r.chance(congrats * 0.8))
        this.thread(p, s, true, T.CONGRATS_THEM, { n: r.chance(0.6) ? 2 : 1 });
    }
    const thanks = p.source === 'event' ? 0.1 : p.tie === 'none' ? 0.02 : 0.04;
    if (r.chance(thanks))
      this.thread(p, from + r.int(60, 3 * DAY), !p.ownerInvited, T.THANKS_CONNECT, {
        n: r.chance(0.5) ? 2 : 1,
      });
    // Source-specific traffic.
    if (p.recruiter && !span && r.chance(0.45)) {
      const k = r.int(1, 3);
      for (let i = 0; i < k; i++) {
        const at = i === 0 && r.chance(0.3) ? from - r.int(1, 60) * DAY : r.int(from, this.lastTs);
        const inmail = r.chance(0.5);
        this.thread(p, at, false, T.INMAIL_BODY, {
          n: r.chance(0.3) ? r.int(2, 4) : 1,
          subject: inmail ? r.pick(T.INMAIL_SUBJECT) : '',
          conv: inmail ? this.convId() : undefined,
        });
      }
    }
    if (p.source === 'client' && this.owner.profile === 'sales' && r.chance(0.6)) {
      this.thread(p, from + r.int(1, 5) * DAY, true, T.OUTREACH, { n: r.int(1, 3), replies: r.chance(0.2) });
    }
    if (p.source === 'candidate' && r.chance(0.7)) {
      this.thread(p, from + r.int(0, 3) * DAY, true, T.CANDIDATE, {
        n: r.int(1, 4),
        replies: r.chance(0.45),
      });
    }
    if ((p.source === 'stranger' || p.source === 'vendor') && r.chance(0.05)) {
      this.thread(p, from + r.int(1, 40) * DAY, false, T.PITCH, { n: r.int(1, 2), replies: false });
    }
  }

  private groups(): void {
    const r = this.r;
    const byCompany = new Map<number, Person[]>();
    for (const p of this.people) {
      if (p.hidden || (p.tie !== 'close' && p.tie !== 'familiar')) continue;
      for (const o of overlapsOf(p, this.owner, this.M)) {
        const row = this.owner.positions.find((q) => q.spelling === o.company);
        if (!row) continue;
        const list = byCompany.get(row.company) ?? [];
        if (!list.includes(p)) list.push(p);
        byCompany.set(row.company, list);
      }
    }
    for (const [company, members] of byCompany) {
      if (members.length < 3 || !r.chance(0.4)) continue;
      const group = r.sample(members, r.int(2, Math.min(6, members.length)));
      const start = Math.max(...group.map((p) => p.connectedAt)) + r.int(1, 400) * DAY;
      if (start > this.lastTs) continue;
      const root = this.book.get(company).root;
      const title = T.fill(r.pick(T.GROUP_TITLES), { root });
      const conv = this.convId();
      const everyone: Party[] = [this.me, ...group.map((p) => this.party(p))];
      let at = start;
      const n = r.int(4, 25);
      for (let i = 0; i < n && at <= this.lastTs; i++) {
        const sender = r.pick(everyone);
        const about = r.pick(group);
        this.messages.push({
          conv,
          title,
          from: sender,
          to: everyone.filter((e) => e !== sender),
          at,
          subject: '',
          content: T.fill(r.pick(T.GROUP_LINES), { first: about.first.split(' ')[0] ?? about.first }),
          folder: 'INBOX',
          outgoing: sender === this.me,
          draft: false,
        });
        at += r.chance(0.7) ? r.int(30, 5 * 3600) : r.int(1, 20) * DAY;
      }
    }
  }

  /** Strangers in the inbox: sponsored mail, InMail from people who are not connections, drafts. */
  private noise(era: string): void {
    const r = this.r;
    const from = Math.max(monthStart(this.owner.joined), monthStart(month(2010, 1)));
    const years = Math.max(1, (this.lastTs - from) / (365 * DAY));
    const sponsored = r.poisson(years * r.real(1, 5));
    for (let i = 0; i < sponsored; i++) {
      const s = r.pick(T.SPONSORED);
      this.messages.push({
        conv: this.convId(),
        title: '',
        from: { name: s.from, url: '', person: null },
        to: [this.me],
        at: r.int(from, this.lastTs),
        subject: s.subject,
        content: T.fill(s.body, { me: this.owner.first }),
        folder: r.chance(0.2) ? 'SPAM' : 'INBOX',
        outgoing: false,
        draft: false,
      });
    }
    const strangers = r.poisson(
      years * (['engineer', 'manager', 'founder'].includes(this.owner.profile) ? 4 : 1.5),
    );
    for (let i = 0; i < strangers; i++) {
      const culture = r.pick([this.region.main, ...this.region.also]);
      const first = r.pick(FIRST[culture]);
      const last = r.pick(LAST[culture]);
      const slug = this.freshSlug(`${first}-${last}-${r.int(1000, 99999)}`);
      const party: Party = { name: `${first} ${last}`, url: personUrl(slug), person: null };
      const conv = this.convId();
      let at = r.int(from, this.lastTs);
      const n = r.chance(0.2) ? 2 : 1;
      for (let k = 0; k < n; k++) {
        const outgoing = k === 1;
        this.messages.push({
          conv,
          title: '',
          from: outgoing ? this.me : party,
          to: [outgoing ? party : this.me],
          at,
          subject: k === 0 ? r.pick(T.INMAIL_SUBJECT) : '',
          content: outgoing
            ? r.pick(['Thanks, not looking right now.', 'Thanks for reaching out — happy where I am.'])
            : T.fill(r.pick(T.INMAIL_BODY), { me: this.owner.first, first, city: this.region.city }),
          folder: r.chance(0.1) ? 'SPAM' : 'INBOX',
          outgoing,
          draft: false,
        });
        at += r.int(1, 5) * DAY;
      }
    }
    // Unsent drafts (drawn in every era so that the same seed and date give the same world; written since 2026).
    const drafts = r.int(0, 2);
    for (let i = 0; i < drafts; i++) {
      const party: Party = {
        name: `${r.pick(FIRST.english)} ${r.pick(LAST.english)}`,
        url: personUrl(this.freshSlug(`draft-${r.int(10000, 99999)}`)),
        person: null,
      };
      const draft: Message = {
        conv: this.convId(),
        title: '',
        from: this.me,
        to: [party],
        at: r.int(this.lastTs - 200 * DAY, this.lastTs),
        subject: '',
        content: 'Hi, ',
        folder: '',
        outgoing: true,
        draft: true,
      };
      if (era === '2026') this.messages.push(draft);
    }
  }

  private endorse(p: Person): void {
    const r = this.r;
    const peer = ['colleague', 'follower', 'classmate', 'friend', 'client', 'near-miss'].includes(p.source);
    const pr = { close: 0.5, familiar: 0.28, distant: 0.05, none: 0.01 }[p.tie] * (peer ? 1 : 0.3);
    const pg = { close: 0.35, familiar: 0.15, distant: 0.03, none: 0.005 }[p.tie];
    const window = (): [Ts, Ts] | null => {
      const lo = Math.max(p.connectedAt + 3600, ENDORSEMENTS_LAUNCH);
      let hi = this.lastTs;
      if (r.chance(0.6)) hi = Math.min(hi, Math.max(lo + 2 * 365 * DAY, Date.UTC(2017, 11, 31) / 1000));
      return lo < hi ? [lo, hi] : null;
    };
    if (r.chance(pr)) {
      const w = window();
      if (w) {
        const at = r.int(w[0], w[1]);
        const skills = r.sample(this.owner.skills, 1 + r.poisson(0.8));
        skills.forEach((skill, i) => {
          this.endorsements.push({ at: at + i * r.int(0, 40), skill, person: p.id, direction: 'received' });
        });
      }
    }
    if (r.chance(pg)) {
      const w = window();
      const cur = p.stints[p.stints.length - 1];
      if (w && cur) {
        const at = r.int(w[0], w[1]);
        for (const skill of r.sample(SKILLS[cur.func], r.int(1, 2))) {
          this.endorsements.push({ at, skill, person: p.id, direction: 'given' });
        }
      }
    }
  }

  private recommend(p: Person): void {
    const r = this.r;
    const span = this.overlapSpan(p);
    const client = p.source === 'client' && ['consultant', 'sales', 'founder'].includes(this.owner.profile);
    if (!span && !client) return;
    const pRecv = span
      ? { close: 0.2, familiar: 0.05, distant: 0.005, none: 0 }[p.tie]
      : { close: 0.1, familiar: 0.04, distant: 0, none: 0 }[p.tie];
    const pGive = span ? { close: 0.12, familiar: 0.03, distant: 0, none: 0 }[p.tie] : 0;
    const when = (): Ts | null => {
      const end = span ? span[1] : monthOfTs(p.connectedAt) + 6;
      const m = Math.min(this.M, end + r.int(-6, 4));
      const at = Math.max(p.connectedAt + r.int(1, 30) * DAY, this.tsInMonth(m));
      return at <= this.lastTs ? at : null;
    };
    if (r.chance(pRecv)) {
      const at = when();
      if (at !== null) {
        const st = stintAt(p, monthOfTs(at));
        this.recommendations.push({
          at,
          person: p.id,
          direction: 'received',
          company: st ? this.book.spell(this.book.get(st.company), monthOfTs(at), r).trim() : '',
          title: st?.title ?? '',
          text: T.fill(r.pick(T.RECOMMENDATION), {
            first: this.owner.first,
            company: st ? this.book.nameAt(this.book.get(st.company), monthOfTs(at)) : 'work',
          }),
        });
      }
    }
    if (r.chance(pGive)) {
      const at = when();
      if (at !== null) {
        const m = monthOfTs(at);
        const mine = this.owner.positions
          .filter((q) => q.from <= m && (q.to ?? this.M) >= m)
          .sort((a, b) => (a.kind === 'side' ? 1 : 0) - (b.kind === 'side' ? 1 : 0))[0];
        this.recommendations.push({
          at,
          person: p.id,
          direction: 'given',
          company: mine?.spelling.trim() ?? '',
          title: mine?.title ?? '',
          text: T.fill(r.pick(T.RECOMMENDATION), {
            first: p.first.split(' ')[0] ?? p.first,
            company: mine?.spelling.trim() ?? 'work',
          }),
        });
      }
    }
  }

  /** Invitations.csv keeps only the last one or two years: accepted ones for recent connections, plus pending ones. */
  private invite(): void {
    const r = this.r;
    const windowStart = this.lastTs - r.int(365, 730) * DAY;
    for (const p of this.people) {
      if (p.hidden || p.connectedAt < windowStart) continue;
      const at = p.connectedAt - Math.floor(r.exponential(1.5 * DAY));
      if (at < windowStart) continue;
      const them = this.party(p);
      this.invitations.push({
        at,
        from: p.ownerInvited ? this.me : them,
        to: p.ownerInvited ? them : this.me,
        message: r.chance(0.12)
          ? T.fill(r.pick(T.INVITE_NOTES), {
              first: p.first.split(' ')[0] ?? p.first,
              city: this.region.city,
            })
          : '',
        outgoing: p.ownerInvited,
      });
    }
    const busy = ['sales', 'recruiter', 'founder'].includes(this.owner.profile);
    const pendingIn = r.int(5, busy ? 150 : 40);
    const pendingOut = r.int(2, busy ? 60 : 15);
    for (let i = 0; i < pendingIn + pendingOut; i++) {
      const culture = r.pick([this.region.main, ...this.region.also]);
      const first = r.pick(FIRST[culture]);
      const last = r.pick(LAST[culture]);
      const party: Party = {
        name: `${first} ${last}`,
        url: personUrl(this.freshSlug(`${first}-${last}-${r.int(100, 9999)}`)),
        person: null,
      };
      const outgoing = i >= pendingIn;
      this.invitations.push({
        at: r.int(windowStart, this.lastTs),
        from: outgoing ? this.me : party,
        to: outgoing ? party : this.me,
        message: r.chance(0.2) ? T.fill(r.pick(T.INVITE_NOTES), { first, city: this.region.city }) : '',
        outgoing,
      });
    }
  }
}
