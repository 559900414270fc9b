import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CareerExport, Era, OwnerProfile, PersonTruth } from '../support/career-export/index.ts';
import { ERAS, generateCareerExport, PROFILES } from '../support/career-export/index.ts';
import { HEADERS } from '../support/career-export/write.ts';

type Row = Record<string, string>;

const file = (x: CareerExport, name: string) => x.files.find((f) => f.name === name);
function text(x: CareerExport, name: string): string {
  const f = file(x, name);
  if (!f) throw new Error(`no ${name}`);
  return f.text;
}

function parse(text: string): { header: string[]; rows: Row[] } {
  const res = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  expect(res.errors, res.errors.map((e) => e.message).join('; ')).toEqual([]);
  return { header: res.meta.fields ?? [], rows: res.data };
}

/** Connections.csv: the header is found by its content, after a preamble in later eras. */
function parseConnections(text: string): { header: string[]; rows: Row[]; preamble: number } {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes('First Name') && l.includes('Connected On'));
  expect(at).toBeGreaterThanOrEqual(0);
  return { ...parse(lines.slice(at).join('\n')), preamble: at };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const slugOf = (url: string) =>
  decodeURIComponent(url.replace(/^(https?:\/\/)?www\.linkedin\.com\/in\//, '')).toLowerCase();

const ERA_FILES: Record<Era, string[]> = {
  '2018': ['Connections.csv', 'Messages.csv', 'Invitations.csv'],
  '2020': ['Connections.csv', 'messages.csv', 'Invitations.csv'],
  '2023': ['Connections.csv', 'messages.csv', 'Invitations.csv'],
  '2026': ['Connections.csv', 'messages.csv', 'Invitations.csv'],
};
const COMMON_FILES = [
  'Profile.csv',
  'Positions.csv',
  'Education.csv',
  'Skills.csv',
  'Endorsement_Received_Info.csv',
  'Endorsement_Given_Info.csv',
  'Recommendations_Received.csv',
  'Recommendations_Given.csv',
];

const CONNECTED_ON: Record<Era, RegExp> = {
  '2018': /^\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} (AM|PM)$/,
  '2020': /^\d{2} [A-Z][a-z]{2} \d{4}$/,
  '2023': /^\d{2} [A-Z][a-z]{2} \d{4}$/,
  '2026': /^\d{2} [A-Z][a-z]{2} \d{4}$/,
};

describe('career-export generator', () => {
  it('is deterministic: the same options give identical files and truth', () => {
    for (const era of ERAS) {
      const a = generateCareerExport({ seed: 42, era, connections: 300 });
      const b = generateCareerExport({ seed: 42, era, connections: 300 });
      expect(b).toEqual(a);
      const c = generateCareerExport({ seed: 43, era, connections: 300 });
      expect(c.files.find((f) => f.name === 'Connections.csv')?.text).not.toEqual(
        a.files.find((f) => f.name === 'Connections.csv')?.text,
      );
    }
  });

  it('gives the same world in every era when the date is fixed (only the layout changes)', () => {
    const a = generateCareerExport({
      seed: 7,
      era: '2020',
      asOf: '2023-03-01',
      connections: 250,
      profile: 'engineer',
    });
    const b = generateCareerExport({
      seed: 7,
      era: '2026',
      asOf: '2023-03-01',
      connections: 250,
      profile: 'engineer',
    });
    const strip = (t: PersonTruth) => ({ ...t, profileUrl: null, messages: t.messages.length });
    expect(b.truth.map(strip)).toEqual(a.truth.map(strip));
  });

  for (const era of ERAS) {
    it(`writes the ${era} layout: every file parses with its documented header; truth matches Connections.csv row by row`, () => {
      for (const seed of [1, 2, 3]) {
        const profile = PROFILES[(seed * 3) % PROFILES.length] as OwnerProfile;
        const x = generateCareerExport({ seed, era, connections: 400, profile });
        expect(x.asOf.startsWith(era)).toBe(true);
        const names = x.files.map((f) => f.name).sort();
        expect(names).toEqual([...ERA_FILES[era], ...COMMON_FILES].sort());

        // Connections.csv
        const conn = text(x, 'Connections.csv');
        expect(conn.endsWith('\n')).toBe(false);
        const c = parseConnections(conn);
        expect(c.preamble).toBe(era === '2023' || era === '2026' ? 3 : 0);
        expect(c.header).toEqual(era === '2026' ? [...HEADERS.connections] : [...HEADERS.connectionsOld]);
        expect(c.rows.length).toBe(x.truth.length);
        x.truth.forEach((t, i) => {
          const row = c.rows[i] as Row;
          expect(t.row).toBe(i);
          expect(row['Connected On']).toMatch(CONNECTED_ON[era]);
          expect(t.name).toBe(`${row['First Name']} ${row['Last Name']}`.trim());
          if (t.hidden) {
            expect([row['First Name'], row['Last Name'], row.Company, row.Position, row.URL ?? '']).toEqual([
              '',
              '',
              '',
              '',
              '',
            ]);
          }
          expect(t.profileUrl).toBe(era === '2026' && !t.hidden ? row.URL : null);
          const on = t.connectedOn ?? '';
          if (i > 0) expect(on <= (x.truth[i - 1]?.connectedOn ?? '')).toBe(true);
          expect(on <= x.asOf).toBe(true);
        });

        // The other files and their headers
        const h = (name: string) => parse(text(x, name)).header;
        expect(h('Positions.csv')).toEqual([...HEADERS.positions]);
        expect(h('Profile.csv')).toEqual([...HEADERS.profile]);
        expect(h('Education.csv')).toEqual([...HEADERS.education]);
        const urls = era === '2023' || era === '2026';
        expect(h('Endorsement_Received_Info.csv')).toEqual([
          ...(urls ? HEADERS.endorsementReceived : HEADERS.endorsementReceivedOld),
        ]);
        expect(h('Endorsement_Given_Info.csv')).toEqual([
          ...(urls ? HEADERS.endorsementGiven : HEADERS.endorsementGivenOld),
        ]);
        expect(h('Recommendations_Received.csv')).toEqual([...HEADERS.recommendations]);
        expect(h('Recommendations_Given.csv')).toEqual([...HEADERS.recommendations]);
        expect(h('Invitations.csv')).toEqual([
          ...(era === '2026' ? HEADERS.invitations : HEADERS.invitationsOld),
        ]);
        if (era === '2018') {
          expect(h('Messages.csv')).toEqual([...HEADERS.messages2018]);
          const m = parse(text(x, 'Messages.csv')).rows;
          for (const r of m) {
            expect(r.Date).toMatch(/^\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} (AM|PM)$/);
            expect(['INCOMING', 'OUTGOING']).toContain(r.Direction);
            expect(['INBOX', 'SENT', 'ARCHIVED']).toContain(r.Folder);
          }
        } else {
          const body = text(x, 'messages.csv');
          const header = h('messages.csv');
          if (era === '2026') {
            expect([[...HEADERS.messages2026a], [...HEADERS.messages2026b]]).toContainEqual(header);
            expect(body.startsWith('"CONVERSATION ID","CONVERSATION TITLE"')).toBe(true);
          } else {
            expect(header).toEqual([...HEADERS.messages9]);
          }
          for (const r of parse(body).rows)
            expect(r.DATE).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
        }

        // Positions.csv mirrors owner.positions
        const pos = parse(text(x, 'Positions.csv')).rows;
        expect(pos.map((p) => p['Company Name'])).toEqual(x.owner.positions.map((p) => p.company));
        expect(pos.filter((p) => p['Finished On'] === '').length).toBe(
          x.owner.positions.filter((p) => p.to === null).length,
        );

        // Endorsements, recommendations and invitations in truth are exactly the files' rows
        const count = (f: (t: PersonTruth) => number) => x.truth.reduce((s, t) => s + f(t), 0);
        expect(count((t) => t.endorsements.filter((e) => e.direction === 'received').length)).toBe(
          parse(text(x, 'Endorsement_Received_Info.csv')).rows.length,
        );
        expect(count((t) => t.endorsements.filter((e) => e.direction === 'given').length)).toBe(
          parse(text(x, 'Endorsement_Given_Info.csv')).rows.length,
        );
        expect(count((t) => t.recommendations.filter((e) => e.direction === 'received').length)).toBe(
          parse(text(x, 'Recommendations_Received.csv')).rows.length,
        );
        expect(count((t) => t.recommendations.filter((e) => e.direction === 'given').length)).toBe(
          parse(text(x, 'Recommendations_Given.csv')).rows.length,
        );
        const inv = parse(text(x, 'Invitations.csv')).rows;
        expect(count((t) => t.invitations.length)).toBeLessThanOrEqual(inv.length);
        const oldest = x.truth.flatMap((t) => t.invitations.map((i) => i.date)).sort()[0];
        if (oldest) expect(Date.parse(x.asOf) - Date.parse(oldest)).toBeLessThanOrEqual(731 * 86_400_000);

        // Truth is internally consistent
        const ownerCompanies = new Set(x.owner.positions.map((p) => p.company));
        for (const t of x.truth) {
          const colleague = t.category === 'former-colleague' || t.category === 'current-colleague';
          expect(t.overlaps.length > 0).toBe(colleague);
          for (const o of t.overlaps) {
            expect(ownerCompanies.has(o.company)).toBe(true);
            expect(o.from <= o.to).toBe(true);
          }
          if (t.hidden)
            expect(
              t.messages.length + t.endorsements.length + t.recommendations.length + t.invitations.length,
            ).toBe(0);
        }
      }
    });
  }

  it('records in truth exactly the messages the files hold (2026: by profile URL, person by person)', () => {
    for (const seed of [11, 12, 13, 14]) {
      const x = generateCareerExport({ seed, era: '2026', connections: 500 });
      const me = slugOf(x.owner.profileUrl);
      const bySlug = new Map<string, string[]>();
      const add = (slug: string, v: string) => bySlug.set(slug, [...(bySlug.get(slug) ?? []), v]);
      for (const r of parse(text(x, 'messages.csv')).rows) {
        const d = r.DATE ?? '';
        const date = `${d.slice(0, 10)}T${d.slice(11, 19)}Z`;
        if (r['IS MESSAGE DRAFT'] === 'Yes' || r.FOLDER === '') continue;
        if (slugOf(r['SENDER PROFILE URL'] ?? '') === me) {
          for (const u of (r['RECIPIENT PROFILE URLS'] ?? '').split(',')) add(slugOf(u), `${date} sent`);
        } else if (r['SENDER PROFILE URL']) {
          add(slugOf(r['SENDER PROFILE URL']), `${date} received`);
        }
      }
      let checked = 0;
      for (const t of x.truth) {
        if (!t.profileUrl) continue;
        const fromFile = (bySlug.get(slugOf(t.profileUrl)) ?? []).sort();
        expect(fromFile, t.name).toEqual(t.messages.map((m) => `${m.date} ${m.direction}`).sort());
        checked += t.messages.length;
      }
      expect(checked).toBeGreaterThan(50);
    }
  });

  it('records in truth the messages of the older layouts too (by name, where the name is unique)', () => {
    for (const era of ['2018', '2020', '2023'] as const) {
      const x = generateCareerExport({ seed: 21, era, connections: 600 });
      const owner = `${x.owner.firstName} ${x.owner.lastName}`;
      const known = new Set(x.truth.map((t) => squash(t.name)));
      const byName = new Map<string, number>();
      const add = (n: string) => byName.set(squash(n), (byName.get(squash(n)) ?? 0) + 1);
      const body = text(x, era === '2018' ? 'Messages.csv' : 'messages.csv');
      for (const r of parse(body).rows) {
        const from = r.From ?? r.FROM ?? '';
        const to = r.To ?? r.TO ?? '';
        if (squash(from) === owner) {
          // TO joins names with ', ', and a name may hold ', ' itself ("Smith, PhD").
          if (known.has(squash(to))) add(to);
          else for (const n of to.split(', ')) add(n);
        } else {
          add(from);
        }
      }
      let equal = 0;
      let compared = 0;
      for (const t of x.truth) {
        if (t.hidden || t.namesakes > 0 || t.messages.length === 0) continue;
        const inFile = byName.get(squash(t.name)) ?? 0;
        // A stranger writing under the same name can only add to the file's count.
        expect(inFile).toBeGreaterThanOrEqual(t.messages.length);
        compared++;
        if (inFile === t.messages.length) equal++;
      }
      expect(compared).toBeGreaterThan(30);
      expect(equal / compared).toBeGreaterThan(0.95);
    }
  });

  it('has plausible shares of categories and ties across seeds, eras and profiles', () => {
    const cat: Record<string, number> = {};
    const tie: Record<string, number> = {};
    const byProfile: Record<string, Record<string, number>> = {};
    let total = 0;
    let hidden = 0;
    let namesakes = 0;
    let recruiters = 0;
    for (let seed = 1; seed <= 6; seed++) {
      for (const era of ERAS) {
        for (const profile of PROFILES) {
          const x = generateCareerExport({ seed, era, profile, connections: 300 });
          const p = byProfile[profile] ?? {};
          byProfile[profile] = p;
          for (const t of x.truth) {
            total++;
            cat[t.category] = (cat[t.category] ?? 0) + 1;
            tie[t.tie] = (tie[t.tie] ?? 0) + 1;
            p[t.category] = (p[t.category] ?? 0) + 1;
            p.n = (p.n ?? 0) + 1;
            if (t.hidden) hidden++;
            if (t.namesakes > 0) namesakes++;
            if (t.isRecruiter) recruiters++;
          }
        }
      }
    }
    const share = (k: string, o: Record<string, number> = cat, n = total) => (o[k] ?? 0) / n;
    const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
    const lines = [
      `career-export: ${total} connections from 6 seeds x 4 eras x 7 profiles (300 each)`,
      `  categories: ${['former-colleague', 'current-colleague', 'alumni', 'other'].map((k) => `${k} ${pct(share(k))}`).join(', ')}`,
      `  ties: ${['close', 'familiar', 'distant', 'none'].map((k) => `${k} ${pct(share(k, tie))}`).join(', ')}`,
      `  hidden ${pct(hidden / total)}, rows with a namesake ${pct(namesakes / total)}, recruiters ${pct(recruiters / total)}`,
      ...PROFILES.map((p) => {
        const o = byProfile[p] as Record<string, number>;
        return `  ${p.padEnd(10)} former ${pct(share('former-colleague', o, o.n))}, current ${pct(share('current-colleague', o, o.n))}, alumni ${pct(share('alumni', o, o.n))}, other ${pct(share('other', o, o.n))}`;
      }),
    ];
    console.log(lines.join('\n'));
    expect(share('former-colleague')).toBeGreaterThan(0.1);
    expect(share('former-colleague')).toBeLessThan(0.45);
    expect(share('current-colleague')).toBeGreaterThan(0.01);
    expect(share('current-colleague')).toBeLessThan(0.15);
    expect(share('alumni')).toBeGreaterThan(0.01);
    expect(share('alumni')).toBeLessThan(0.12);
    expect(share('other')).toBeGreaterThan(0.4);
    expect(share('close', tie)).toBeGreaterThan(0.03);
    expect(share('close', tie)).toBeLessThan(0.15);
    expect(share('none', tie)).toBeGreaterThan(0.2);
    expect(hidden / total).toBeGreaterThan(0.004);
    expect(hidden / total).toBeLessThan(0.02);
    const colleagues = (p: OwnerProfile) => {
      const o = byProfile[p] as Record<string, number>;
      return share('former-colleague', o, o.n) + share('current-colleague', o, o.n);
    };
    // Networks of people who connect with strangers for a living hold fewer colleagues.
    expect(colleagues('manager')).toBeGreaterThan(colleagues('recruiter'));
    expect(colleagues('engineer')).toBeGreaterThan(colleagues('sales'));
  });

  it('generates 200 and 5,000 connections in a few seconds', () => {
    for (const n of [200, 5000]) {
      const t0 = performance.now();
      const x = generateCareerExport({ seed: 5, era: '2026', connections: n });
      const ms = performance.now() - t0;
      console.log(
        `career-export: ${n} connections in ${Math.round(ms)} ms, ${x.files.reduce((s, f) => s + f.text.length, 0)} characters`,
      );
      expect(x.truth.length).toBeGreaterThan(n * 0.9);
      expect(x.truth.length).toBeLessThan(n * 1.1);
      expect(ms).toBeLessThan(8000);
    }
  });

  it('leaves out Positions.csv and messages when asked', () => {
    const x = generateCareerExport({
      seed: 3,
      era: '2023',
      connections: 200,
      withPositions: false,
      withMessages: false,
    });
    expect(file(x, 'Positions.csv')).toBeUndefined();
    expect(file(x, 'messages.csv')).toBeUndefined();
    expect(x.truth.every((t) => t.messages.length === 0)).toBe(true);
    expect(x.owner.positions.length).toBeGreaterThan(0);
  });
});
