import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person, Report } from '../../functions/core/index.ts';
import { fixtureFiles, fixtureZip } from '../support/fixtures.ts';
import { startTestServer } from '../support/local-server.ts';
import { generateExport } from '../support/synthetic-export.ts';

const blob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);

/** The whole product over real HTTP, against a real S3-protocol server: no SDK mocks. */
let t: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.server.close();
});

describe('create → upload → ingest → report → people → corrections → exports → delete', () => {
  let id: string;
  let report: Report;
  /** POST corrections to this report (`query` such as `?omit=people`). */
  const correct = (body: object, query = '') =>
    t.api(`/api/reports/${id}/corrections${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  /** A person's words, as a page of people carries them. */
  const wordsOf = async (personId: string, lang = 'en') => {
    const page = await (await t.api(`/api/reports/${id}/people?limit=500&lang=${lang}`)).json();
    return page.people.find((p: Person) => p.id === personId).words;
  };

  it('uploads the export ZIP through the presigned form and gets a ready report', async () => {
    const uploaded = await t.upload('Basic_LinkedInDataExport.zip', fixtureZip('era-2026').bytes);
    expect(uploaded.status).toBeLessThan(300);
    expect(uploaded.upload.fields.key).toBe(`uploads/${uploaded.id}/export`);
    expect(uploaded.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    id = uploaded.id;
    const { status, body } = await t.settled(id);
    expect(status).toBe(200);
    expect(body.status).toBe('ready');
    report = body.report;
    expect(report.version).toBe(2);
    expect(report.people).toHaveLength(10);
  });

  it('deletes the raw upload once the report is written', async () => {
    expect(await t.server.bridge.idle()).toBeUndefined();
    const { ReportStore, s3ClientFromEnvironment } = await import('../../functions/storage/report-store.ts');
    const store = new ReportStore(s3ClientFromEnvironment(), process.env.BUCKET_NAME ?? '');
    expect(await store.listUploads()).toEqual([]);
  });

  it('pages and filters the people', async () => {
    const page = await (await t.api(`/api/reports/${id}/people?limit=3`)).json();
    expect(page.total).toBe(10);
    expect(page.people.map((p: Person) => p.rank)).toEqual([1, 2, 3]);
    expect(page.nextCursor).toBe('3');
    const next = await (await t.api(`/api/reports/${id}/people?limit=3&cursor=3`)).json();
    expect(next.people[0].rank).toBe(4);
    const former = await (
      await t.api(`/api/reports/${id}/people?category=former-colleague&minConfidence=0.5`)
    ).json();
    expect(former.people.every((p: Person) => p.category === 'former-colleague' && p.confidence >= 0.5)).toBe(
      true,
    );
    const search = await (
      await t.api(`/api/reports/${id}/people?q=${encodeURIComponent(report.people[0]?.name ?? '')}`)
    ).json();
    expect(search.people[0].name).toBe(report.people[0]?.name);
    expect((await t.api(`/api/reports/${id}/people?limit=9999`)).status).toBe(400);
    // A company filter matches part of a name, their own company's or one they share with you.
    const byCompany = async (company: string) =>
      (await (await t.api(`/api/reports/${id}/people?company=${encodeURIComponent(company)}`)).json()).total;
    const employer = report.owner.employers[0]?.company ?? '';
    const word = employer.split(' ')[0] ?? '';
    expect(word.length).toBeGreaterThan(2);
    expect(await byCompany(word)).toBeGreaterThanOrEqual(await byCompany(employer));
    expect(await byCompany(employer)).toBeGreaterThan(0);
  });

  it('sends pages gzipped to clients that accept it, the same JSON once unzipped', async () => {
    const { get } = await import('node:http');
    const { gunzipSync } = await import('node:zlib');
    const raw = (encoding?: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
        const headers = encoding ? { 'accept-encoding': encoding } : {};
        get(`${t.server.url}/api/reports/${id}/people?limit=10`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', fail);
      });
    const plain = await raw();
    const zipped = await raw('gzip, deflate, br');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('Accept-Encoding');
    expect(zipped.headers['cache-control']).toBe('no-store');
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    expect(JSON.parse(gunzipSync(zipped.body).toString())).toEqual(JSON.parse(plain.body.toString()));
  });

  it('re-ranks after corrections and keeps them', async () => {
    const top = report.people[0] as Person;
    const response = await correct({ notColleague: [top.profileUrl] });
    expect(response.status).toBe(200);
    const corrected: Report = (await response.json()).report;
    const moved = corrected.people.find((p) => p.id === top.id) as Person;
    expect(moved.category).toBe('other');
    expect(moved.rank).toBeGreaterThan(1);
    // Facts in the report; the words come with a page of people.
    expect(moved.reasons[0]).toEqual({ kind: 'marked', colleague: false });
    expect((await wordsOf(top.id)).reasons[0]).toBe('You marked them as not a colleague.');
    const stored = (await (await t.api(`/api/reports/${id}`)).json()).report as Report;
    expect(stored.corrections?.notColleague).toEqual([top.profileUrl]);
    const bad = await correct({ colleague: ['javascript:alert(1)'] });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('bad-request');
  });

  it('corrects someone by their id, as people without a profile URL (older exports) must be', async () => {
    const someone = report.people.find((p) => !p.hidden && p.rank > 2) as Person;
    const response = await correct({ colleague: [someone.id] });
    expect(response.status).toBe(200);
    const corrected: Report = (await response.json()).report;
    expect(corrected.people.find((p) => p.id === someone.id)?.reasons[0]).toEqual({
      kind: 'marked',
      colleague: true,
    });
    expect((await wordsOf(someone.id, 'de')).reasons[0]).toBe(
      'Sie haben diese Person als Kollegin oder Kollegen markiert.',
    );
    const nobody = await correct({ colleague: ['p0000000000000000'] });
    expect(nobody.status).toBe(422);
    expect((await nobody.json()).error.message).toContain('No one in this report');
  });

  it('keeps both of two corrections sent at once', async () => {
    const [a, b] = report.people.filter((p) => p.profileUrl).slice(-2);
    expect(a && b).toBeTruthy();
    const send = (url: string | null | undefined) => correct({ colleague: [url] }, '?omit=people');
    const answers = await Promise.all([send(a?.profileUrl), send(b?.profileUrl)]);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    const stored = (await (await t.api(`/api/reports/${id}`)).json()).report as Report;
    expect(stored.corrections?.colleague).toEqual(expect.arrayContaining([a?.profileUrl, b?.profileUrl]));
  });

  it('exports CSV and calendar reminders', async () => {
    const csv = await t.api(`/api/reports/${id}/export.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await csv.text()).split('\r\n')[0]).toContain('rank,name,profile_url');
    const ics = await t.api(`/api/reports/${id}/reminders.ics`);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const text = await ics.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('BEGIN:VEVENT');
  });

  it('deletes everything under the id', async () => {
    expect((await t.api(`/api/reports/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await t.api(`/api/reports/${id}`)).status).toBe(404);
    expect((await t.api(`/api/reports/${id}/export.csv`)).status).toBe(404);
  });
});

describe('failures, each with its status and a message in plain words', () => {
  it('a wrong file ends as failed, saying what is missing', async () => {
    const messages = fixtureFiles('era-2026').find((f) => f.name === 'messages.csv');
    const { id } = await t.upload('messages.csv', messages?.bytes ?? new Uint8Array());
    const { status, body } = await t.settled(id);
    expect(status).toBe(422);
    expect(body).toEqual({
      status: 'failed',
      error: {
        code: 'no-connections',
        message: 'This is messages.csv; Reconnect needs Connections.csv or the whole export ZIP.',
      },
    });
  });

  it("an empty file is refused at the upload, by the form's size range, as S3 refuses it", async () => {
    const { id, status } = await t.upload('Connections.csv', new Uint8Array());
    expect(status).toBe(400);
    expect((await t.api(`/api/reports/${id}?omit=people`)).status).toBe(202);
  });

  it('an ingest that stalled (every retry failed) is answered as failed, not processing forever', async () => {
    const { ReportStore, s3ClientFromEnvironment } = await import('../../functions/storage/report-store.ts');
    const store = new ReportStore(s3ClientFromEnvironment(), process.env.BUCKET_NAME ?? '');
    const { id } = await (await t.api('/api/reports', { method: 'POST' })).json();
    const longAgo = new Date(Date.now() - 16 * 60_000).toISOString();
    const current = await store.getStatus(id);
    await store.putStatus(id, {
      ...(current as NonNullable<typeof current>),
      status: 'processing',
      updatedAt: longAgo,
    });
    const answer = await t.api(`/api/reports/${id}`);
    expect(answer.status).toBe(422);
    expect((await answer.json()).error.code).toBe('processing-stalled');
  });

  it('unknown and malformed ids get the same 404', async () => {
    const unknown = await t.api('/api/reports/AAAAAAAAAAAAAAAAAAAAAA');
    const malformed = await t.api('/api/reports/..%2F..%2Fetc');
    expect(unknown.status).toBe(404);
    expect(malformed.status).toBe(404);
    expect(await unknown.json()).toEqual(await malformed.json());
  });

  it('answers unknown routes and bad bodies with JSON errors, never a stack', async () => {
    const route = await t.api('/api/nothing');
    expect(route.status).toBe(404);
    expect((await route.json()).error.code).toBe('not-found');
    const big = await t.api('/api/analyze', { method: 'POST', body: new Uint8Array(7 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(JSON.stringify(await big.json())).not.toMatch(/at .*\.ts/);
  });
});

describe('options sent with an upload', () => {
  it('reach the ingest (employers for an export without Positions.csv) and are gone once it is read', async () => {
    const { ReportStore, s3ClientFromEnvironment } = await import('../../functions/storage/report-store.ts');
    const store = new ReportStore(s3ClientFromEnvironment(), process.env.BUCKET_NAME ?? '');
    const employers = [{ company: 'Lumen Health', from: '2016-01', to: '2020-12' }];
    const created = await (
      await t.api('/api/reports', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ asOf: '2026-06-01', employers, keepInTouchDays: { close: 30 }, lang: 'de' }),
      })
    ).json();
    expect((await store.getStatus(created.id))?.options?.employers).toEqual(employers);
    const form = new FormData();
    for (const [k, v] of Object.entries(created.upload.fields as Record<string, string>)) form.append(k, v);
    const connections = fixtureFiles('era-2026').find((f) => f.name === 'Connections.csv')?.bytes;
    form.append('file', blob(connections ?? new Uint8Array()), 'Connections.csv');
    expect((await fetch(created.upload.url, { method: 'POST', body: form })).status).toBeLessThan(300);
    const { status, body } = await t.settled(created.id);
    expect(status).toBe(200);
    const report: Report = body.report;
    expect(report.asOf).toBe('2026-06-01');
    expect(report.owner.employersSource).toBe('options');
    expect(report.owner.employers.map((e) => e.company)).toEqual(['Lumen Health']);
    expect(report.keepInTouchDays.close).toBe(30);
    const stored = await store.getStatus(created.id);
    expect(stored?.options).toBeUndefined();
    // The language chosen at upload stays, as the default for the report's words.
    expect(stored?.lang).toBe('de');
    const page = await t.api(`/api/reports/${created.id}/people?limit=1`);
    expect(page.headers.get('content-language')).toBe('de');
  });
});

describe('a report stored by the previous version (1)', () => {
  it('is answered 410 old-version in plain words, never a crash', async () => {
    const { ReportStore, s3ClientFromEnvironment } = await import('../../functions/storage/report-store.ts');
    const { PutObjectCommand } = await import('@aws-sdk/client-s3');
    const store = new ReportStore(s3ClientFromEnvironment(), process.env.BUCKET_NAME ?? '');
    const { id } = await (await t.api('/api/reports', { method: 'POST' })).json();
    // As version 1 wrote it: sentences where version 2 keeps facts.
    const v1 = {
      version: 1,
      asOf: '2026-01-10',
      people: [{ id: 'p1', name: 'Sam Lee', reasons: ['Worked with you at Acme.'], draft: 'Hi Sam!' }],
    };
    await store.client.send(
      new PutObjectCommand({
        Bucket: store.bucket,
        Key: `reports/${id}/report.json`,
        Body: JSON.stringify(v1),
      }),
    );
    const status = await store.getStatus(id);
    await store.putStatus(id, { ...(status as NonNullable<typeof status>), status: 'ready' });
    for (const path of ['', '/people', '/export.csv', '/reminders.ics']) {
      const response = await t.api(`/api/reports/${id}${path}`);
      expect(response.status, path).toBe(410);
      expect((await response.json()).error.message).toBe(
        'This report was made by an older version of Reconnect: analyse your export again.',
      );
    }
  });
});

describe('POST /api/analyze', () => {
  it('analyses a CSV, a ZIP and several CSVs as multipart at once', async () => {
    const csv = fixtureFiles('era-2026').find((f) => f.name === 'Connections.csv')?.bytes ?? new Uint8Array();
    const one = await t.api('/api/analyze?asOf=2026-11-01', {
      method: 'POST',
      body: blob(csv),
      headers: { 'content-type': 'text/csv' },
    });
    expect(one.status).toBe(200);
    expect((await one.json()).people).toHaveLength(10);
    const zip = await t.api('/api/analyze', {
      method: 'POST',
      body: blob(fixtureZip('era-2026').bytes),
      headers: { 'content-type': 'application/zip' },
    });
    expect((await zip.json()).owner.employersSource).toBe('positions');
    const form = new FormData();
    for (const f of fixtureFiles('era-2023')) form.append('files', blob(f.bytes), f.name);
    const multi = await t.api('/api/analyze', { method: 'POST', body: form });
    expect((await multi.json()).summary.messages).toBe(10);
    const wrong = await t.api('/api/analyze', {
      method: 'POST',
      body: 'hello',
      headers: { 'content-type': 'text/csv' },
    });
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).error.code).toBe('no-connections');
  });

  it('runs on a thread of its own: the server answers meanwhile', async () => {
    const big = generateExport({ seed: 3, connections: 14_000, messages: 2_000 });
    const zip = zipSync(Object.fromEntries(big.files.map((f) => [f.name, new TextEncoder().encode(f.text)])));
    let finished = 0;
    const analysis = t
      .api('/api/analyze?asOf=2026-11-01', {
        method: 'POST',
        body: blob(zip),
        headers: { 'content-type': 'application/zip', 'accept-encoding': 'gzip' },
      })
      .then(async (response) => {
        finished = performance.now();
        return { status: response.status, people: (await response.json()).people?.length };
      });
    // Health checks while it analyses: each answered at once, however long the analysis takes.
    const waits: number[] = [];
    while (finished === 0) {
      const asked = performance.now();
      expect((await t.api('/api/health')).status).toBe(200);
      if (finished === 0) waits.push(performance.now() - asked);
      await new Promise((done) => setTimeout(done, 100));
    }
    expect(waits.length).toBeGreaterThan(0);
    expect(Math.max(...waits)).toBeLessThan(500);
    expect(await analysis).toEqual({ status: 200, people: 14_000 });
  }, 60_000);
});

describe('headers and documents', () => {
  it('sends a Content-Security-Policy without inline script, and no sniffing or framing', async () => {
    const response = await t.api('/api/health');
    expect(await response.json()).toEqual({ status: 'ok' });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    // The analysis worker comes from the page's own origin only (no blob: or data: workers).
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('lets no other web origin read the bucket, and tells browsers to keep nothing', async () => {
    const evil = await fetch(`${t.server.s3Endpoint}/reconnect-local?list-type=2`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect((await t.api('/api/health')).headers.get('cache-control')).toBe('no-store');
  });

  it('serves an OpenAPI 3 document of every route', async () => {
    const doc = await (await t.api('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/reports',
        '/api/reports/{id}',
        '/api/reports/{id}/people',
        '/api/reports/{id}/corrections',
        '/api/reports/{id}/export.csv',
        '/api/reports/{id}/reminders.ics',
        '/api/analyze',
        '/api/health',
      ]),
    );
  });

  it('logs ids and counts, never a name from the export', () => {
    expect(t.logs.length).toBeGreaterThan(0);
    const text = t.logs.join('\n');
    for (const name of ['Lena', 'Fischer', 'Cobalt', 'Rachel', 'Lumen']) expect(text).not.toContain(name);
  });
});
