import { describe, expect, it } from 'vitest';
import { boundedMarks } from '../../functions/api/correction-limits.ts';
import { createApp } from '../../functions/api/create-app.ts';
import { MAX_MARKED } from '../../functions/api/schemas/requests.ts';
import { analyze, type Person, type Report } from '../../functions/core/index.ts';
import { fixtureFiles } from '../support/fixtures.ts';
import { MemoryStore, memoryDeps } from '../support/memory-store.ts';
import { readReminders } from '../support/read-reminders.ts';

/**
 * Keep-in-touch marks, the undo of corrections, and employers given anew, through app.request() over
 * an in-memory store (the S3 paths, and two API instances at once, are in concurrent-writers.test.ts).
 */
const ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const TODAY = '2026-12-02';
const report = analyze(fixtureFiles('era-2026'), { asOf: '2026-11-01' });
/** The same export with Connections.csv alone: the report knows no employers. */
const bare = analyze(
  fixtureFiles('era-2026').filter((f) => f.name === 'Connections.csv'),
  { asOf: '2026-11-01' },
);

async function setup(stored: Report = report) {
  const store = new MemoryStore();
  await store.ready(ID, stored);
  const deps = memoryDeps(store, { now: () => new Date(`${TODAY}T15:00:00Z`) });
  return { store, deps, app: createApp(deps) };
}

type App = ReturnType<typeof createApp>;
const send = (app: App, path: string, body: unknown, method = 'POST') =>
  app.request(`/api/reports/${ID}/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const mark = (app: App, body: unknown) => send(app, 'marks', body);
const correct = (app: App, body: unknown) => send(app, 'corrections', body);
const stored = async (store: MemoryStore) => (await store.getReport(ID)) as Report;
const person = (r: Report, id: string) => r.people.find((p) => p.id === id) as Person;
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { message: string } }).error;

const colleagues = report.people.filter((p) => p.category === 'former-colleague' && p.profileUrl);

describe('POST /api/reports/{id}/marks', () => {
  it('marks someone messaged today by default, re-ranks as of today, and stores the mark with the report', async () => {
    const { app, store } = await setup();
    const [someone] = colleagues as [Person];
    const response = await mark(app, { marks: [{ who: someone.profileUrl, kind: 'messaged' }] });
    expect(response.status).toBe(200);
    const answered = ((await response.json()) as { report: Report }).report;
    expect(answered.asOf).toBe(TODAY);
    const marked = person(answered, someone.id);
    expect(marked.mark).toEqual({ kind: 'messaged', on: TODAY });
    expect(marked.lastContact).toBe(TODAY);
    expect(marked.lastContactKind).toBe('marked');
    expect(marked.status).toBe('in-touch');
    expect((await stored(store)).corrections?.marks).toEqual([
      { who: someone.profileUrl, kind: 'messaged', on: TODAY },
    ]);
    // A fresh API instance (another Lambda, or the server started again) reads the mark back.
    const fresh = createApp(memoryDeps(store));
    const page = await (await fresh.request(`/api/reports/${ID}/people?limit=500`)).json();
    expect(page.people.find((p: Person) => p.id === someone.id).mark).toEqual({
      kind: 'messaged',
      on: TODAY,
    });
  });

  it('keeps the latest mark per person, however the person is named, and takes marks back', async () => {
    const { app, store } = await setup();
    const [someone] = colleagues as [Person];
    await mark(app, { marks: [{ who: someone.id, kind: 'snoozed', on: '2026-11-20', until: '2027-03-01' }] });
    expect(person(await stored(store), someone.id).status).toBe('snoozed');
    await mark(app, { marks: [{ who: someone.profileUrl, kind: 'not-now' }] });
    const marks = (await stored(store)).corrections?.marks;
    expect(marks).toEqual([{ who: someone.profileUrl, kind: 'not-now', on: TODAY }]);
    const response = await mark(app, { clearMarks: [someone.id] });
    expect(response.status).toBe(200);
    const after = await stored(store);
    expect(after.corrections?.marks).toEqual([]);
    expect(person(after, someone.id).mark).toBeUndefined();
    expect(person(after, someone.id).lastContactKind).not.toBe('marked');
  });

  it('applies marks sent at once one after another: every one counts', async () => {
    const { app, store } = await setup();
    const answers = await Promise.all(
      colleagues.map((p) => mark(app, { marks: [{ who: p.profileUrl, kind: 'messaged' }] })),
    );
    expect(answers.map((a) => a.status)).toEqual(colleagues.map(() => 200));
    const marked = (await stored(store)).corrections?.marks?.map((m) => m.who).sort();
    expect(marked).toEqual(colleagues.map((p) => p.profileUrl).sort());
  });

  it('refuses what is not a mark, in plain words naming the field', async () => {
    const { app, store } = await setup();
    const who = colleagues[0]?.profileUrl;
    const cases: [unknown, string][] = [
      [{ marks: [{ who, kind: 'snoozed' }] }, '(marks.0.until): until is the day a snooze ends'],
      [
        { marks: [{ who, kind: 'messaged', until: '2027-01-01' }] },
        '(marks.0.until): until is for a snooze only',
      ],
      [{ marks: [{ who, kind: 'waved' }] }, '(marks.0.kind): kind is one of messaged, snoozed, not-now'],
      [
        { marks: [{ who, kind: 'messaged', on: '2026-13-01' }] },
        '(marks.0.on): on is a date like 2026-03-01',
      ],
      [
        { marks: [{ who, kind: 'messaged', on: '2027-01-01' }] },
        '(marks.0.on): on is the day it was done, at most today',
      ],
      [
        { marks: [{ who, kind: 'snoozed', on: '2026-12-01', until: '2026-11-01' }] },
        "(marks.0.until): until is a day after the mark's day (2026-12-01)",
      ],
      [{ marks: [{ who: 'javascript:alert(1)', kind: 'messaged' }] }, 'a LinkedIn profile URL'],
      [{ marks: [{ who, kind: 'messaged', note: 'hi' }] }, 'there is no field note'],
      [{ mark: [] }, 'there is no field mark; the fields are marks, clearMarks'],
      [{}, 'the body names at least one person, in marks or clearMarks'],
    ];
    for (const [body, message] of cases) {
      const response = await mark(app, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await errorOf(response)).message).toContain(message);
    }
    const nobody = await mark(app, { marks: [{ who: 'p0000000000000000', kind: 'messaged' }] });
    expect(nobody.status).toBe(422);
    expect((await errorOf(nobody)).message).toBe(
      'No one in this report has the profile or id p0000000000000000.',
    );
    const form = await app.request(`/api/reports/${ID}/marks`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ clearMarks: [who] }),
    });
    expect(form.status).toBe(415);
    expect((await stored(store)).corrections).toBeUndefined();
  });

  it('keeps at most MAX_MARKED people marked on a report', () => {
    const many = Array.from({ length: MAX_MARKED + 1 }, (_, i) => ({
      id: `p${i.toString(16).padStart(16, '0')}`,
      profileUrl: `https://www.linkedin.com/in/person-${i}`,
    }));
    const big = { people: many, corrections: { marks: [] } } as unknown as Report;
    const marks = many.map((p) => ({ who: p.profileUrl, kind: 'messaged' as const }));
    expect(boundedMarks(big, { marks: marks.slice(0, MAX_MARKED) }, TODAY).marks).toHaveLength(MAX_MARKED);
    // The same people again, by id this time: still one mark each.
    const again = {
      ...big,
      corrections: { marks: marks.slice(0, MAX_MARKED).map((m) => ({ ...m, on: TODAY })) },
    };
    const byId = many.slice(0, MAX_MARKED).map((p) => ({ who: p.id, kind: 'not-now' as const }));
    expect(boundedMarks(again as Report, { marks: byId }, TODAY).marks).toHaveLength(MAX_MARKED);
    expect(() => boundedMarks(again as Report, { marks: [marks[MAX_MARKED] as never] }, TODAY)).toThrow(
      `A report holds at most ${MAX_MARKED} people with a keep-in-touch mark; this one would hold ${MAX_MARKED + 1}.`,
    );
  });

  it('leaves marked people out of the calendar', async () => {
    const { app } = await setup();
    const [snoozed, messaged] = colleagues as [Person, Person];
    const before = readReminders(await (await app.request(`/api/reports/${ID}/reminders.ics`)).text());
    expect(before.map((r) => r.personId)).toEqual(expect.arrayContaining([snoozed.id]));
    await mark(app, {
      marks: [
        { who: snoozed.profileUrl, kind: 'snoozed', until: '2027-06-01' },
        { who: messaged.profileUrl, kind: 'messaged' },
      ],
    });
    const after = readReminders(await (await app.request(`/api/reports/${ID}/reminders.ics`)).text());
    const reminded = after.map((r) => r.personId);
    expect(reminded).not.toContain(snoozed.id);
    expect(reminded).not.toContain(messaged.id);
    expect(after.every((r) => r.day > TODAY)).toBe(true);
  });
});

describe('POST /api/reports/{id}/corrections takes undo', () => {
  it('clear: the engine’s own judgement again; unmerge: a merge taken back', async () => {
    const { app, store } = await setup();
    const other = report.people.find((p) => p.category === 'other' && p.profileUrl) as Person;
    await correct(app, { colleague: [other.profileUrl], merge: [['Lumen Health', 'Cobalt Payments']] });
    let now = await stored(store);
    expect(person(now, other.id).category).toBe('former-colleague');
    expect(now.corrections?.merge).toEqual([['Lumen Health', 'Cobalt Payments']]);
    const response = await correct(app, {
      clear: [other.profileUrl],
      unmerge: [['cobalt payments', 'Lumen Health']],
    });
    expect(response.status).toBe(200);
    now = await stored(store);
    expect(person(now, other.id).category).toBe(other.category);
    expect(now.corrections?.colleague).toEqual([]);
    expect(now.corrections?.merge).toEqual([]);
    const bad = await correct(app, { unmerge: [['Acme']] });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('unmerge');
  });
});

describe('PUT /api/reports/{id}/employers', () => {
  const employers = [
    { company: 'Lumen Health', from: '2022-06', to: null },
    { company: 'Cobalt Payments', from: '2019-03', to: '2022-05' },
    { company: 'Trellis Labs', from: '2017-07', to: '2019-02' },
  ];
  const put = (app: App, body: unknown, query = '') => send(app, `employers${query}`, body, 'PUT');

  it('analyses the connections again with the employers given, and keeps marks and corrections', async () => {
    const { app, store } = await setup(bare);
    expect(bare.owner.employersSource).toBe('none');
    expect(bare.summary.formerColleagues + bare.summary.currentColleagues).toBe(0);
    const someone = bare.people.find((p) => p.profileUrl) as Person;
    await mark(app, { marks: [{ who: someone.profileUrl, kind: 'messaged', on: '2026-11-30' }] });
    const response = await put(app, { employers }, '?omit=people');
    expect(response.status).toBe(200);
    const answered = ((await response.json()) as { report: Report }).report;
    expect(answered.people).toEqual([]);
    expect(answered.owner.employers.map((e) => e.company).sort()).toEqual(
      employers.map((e) => e.company).sort(),
    );
    const now = await stored(store);
    expect(now.summary.formerColleagues + now.summary.currentColleagues).toBeGreaterThan(0);
    expect(person(now, someone.id).mark).toEqual({ kind: 'messaged', on: '2026-11-30' });
    expect(now.corrections?.marks).toHaveLength(1);
    // Read through the API, as the page does next.
    const page = await (await app.request(`/api/reports/${ID}/people?category=current-colleague`)).json();
    expect(page.total).toBeGreaterThan(0);
  });

  it('validates the employers as the upload options’ are, in plain words', async () => {
    const { app, store } = await setup(bare);
    const cases: [unknown, string][] = [
      [{ employers: [] }, 'employers holds at least one employer'],
      [
        { employers: [{ company: 'Acme', from: '2021-06', to: '2018-03' }] },
        'each employer is {company, from, to}',
      ],
      [{ employers: [{ company: '', from: '2018-03' }] }, 'each employer is {company, from, to}'],
      [{ employers, employer: employers }, 'there is no field employer; the fields are employers'],
    ];
    for (const [body, message] of cases) {
      const response = await put(app, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await errorOf(response)).message).toContain(message);
    }
    const post = await send(app, 'employers', { employers });
    expect(post.status).toBe(404);
    expect(((await stored(store)) as Report).owner.employersSource).toBe('none');
  });
});
