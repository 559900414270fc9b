import { gunzipSync } from 'node:zlib';
import { handle } from 'hono/aws-lambda';
import { describe, expect, it } from 'vitest';
import { LAMBDA_RESPONSE_BYTES } from '../../functions/api/answer.ts';
import type { AnalyzeToJson } from '../../functions/api/app-deps.ts';
import { createApp } from '../../functions/api/create-app.ts';
import { analyze, type Person, type Report } from '../../functions/core/index.ts';
import { isPossibleColleague } from '../../functions/core/lines.ts';
import { peopleCsv } from '../../functions/core/output/people-csv.ts';
import { remindersIcs } from '../../functions/core/output/reminders-ics.ts';
import type { PersonWords } from '../../functions/core/words/index.ts';
import { AnalyzeWorkers } from '../../functions/local/analyze-worker.ts';
import { fixtureFiles, fixtureZip } from '../support/fixtures.ts';
import { MemoryStore, memoryDeps } from '../support/memory-store.ts';

/** The API's v2 behaviour through app.request(), over an in-memory store: words, options, guards. */
const report = analyze(fixtureFiles('era-2026'), { asOf: '2026-11-01' });
const ID = 'AAAAAAAAAAAAAAAAAAAAAA';

async function setup(status: Parameters<MemoryStore['ready']>[2] = {}, more = {}) {
  const store = new MemoryStore();
  await store.ready(ID, report, status);
  return { store, app: createApp(memoryDeps(store, more)) };
}

type Page = { total: number; people: (Person & { words: PersonWords })[]; nextCursor: string | null };
const page = async (app: ReturnType<typeof createApp>, query = '', headers: Record<string, string> = {}) => {
  const response = await app.request(`/api/reports/${ID}/people${query}`, { headers });
  return { response, body: (await response.json()) as Page };
};

describe('a page of people carries their words, in the language asked for', () => {
  it('in English by default, each person with their facts and beside them their words', async () => {
    const { app } = await setup();
    const { response, body } = await page(app, '?limit=3');
    expect(response.headers.get('content-language')).toBe('en');
    expect(response.headers.get('vary')).toContain('Accept-Language');
    const first = body.people[0] as Person & { words: PersonWords };
    expect(first.reasons[0]).toHaveProperty('kind');
    expect(first.words.label).toBe('former colleague');
    expect(first.words.reasons.length).toBeGreaterThan(0);
    expect(typeof first.words.reasons[0]).toBe('string');
    expect(first.words.draft).toMatch(/\?/);
  });

  it('in German with ?lang=de, from Accept-Language, or as chosen at upload; ?lang wins', async () => {
    const { app } = await setup();
    expect((await page(app, '?lang=de')).body.people[0]?.words.label).toBe('früher zusammengearbeitet');
    const byHeader = await page(app, '', { 'accept-language': 'de-AT,de;q=0.9,en;q=0.5' });
    expect(byHeader.response.headers.get('content-language')).toBe('de');
    expect(byHeader.body.people[0]?.words.label).toBe('früher zusammengearbeitet');
    expect((await page(app, '', { 'accept-language': 'fr-FR' })).body.people[0]?.words.label).toBe(
      'former colleague',
    );
    const chosen = await setup({ lang: 'de' });
    expect((await page(chosen.app)).body.people[0]?.words.label).toBe('früher zusammengearbeitet');
    expect((await page(chosen.app, '?lang=en')).body.people[0]?.words.label).toBe('former colleague');
  });

  it('keeps a page per language: the same query in two languages, one read of the report', async () => {
    const { app, store } = await setup();
    const en = (await page(app, '?limit=2')).body.people[0]?.words.reasons;
    const de = (await page(app, '?limit=2&lang=de')).body.people[0]?.words.reasons;
    const enAgain = (await page(app, '?limit=2')).body.people[0]?.words.reasons;
    expect(de).not.toEqual(en);
    expect(enAgain).toEqual(en);
    expect(store.reads.report).toBe(1);
  });

  it('refuses a language it does not speak, saying which it does', async () => {
    const { app } = await setup();
    const { response, body } = await page(app, '?lang=fr');
    expect(response.status).toBe(400);
    expect((body as unknown as { error: { message: string } }).error.message).toBe(
      'The request is not valid: lang is one of en, de',
    );
  });
});

describe('people filters', () => {
  it('shows possible colleagues beside the likely ones only when asked (possible=true)', async () => {
    const { app } = await setup();
    const likely = report.people.filter((p) => p.category === 'former-colleague');
    const possible = report.people.filter(isPossibleColleague);
    expect(possible.length).toBeGreaterThan(0);
    const former = await page(app, '?category=former-colleague');
    expect(former.body.total).toBe(likely.length);
    const withPossible = await page(app, '?category=former-colleague&possible=true');
    expect(withPossible.body.total).toBe(likely.length + possible.length);
    expect(withPossible.body.people.some((p) => p.words.label === 'possible colleague')).toBe(true);
    expect((await page(app, '?category=former-colleague&possible=false')).body.total).toBe(likely.length);
    expect((await page(app, '?possible=maybe')).response.status).toBe(400);
  });

  it('filters by keep-in-touch status', async () => {
    const { app } = await setup();
    for (const status of ['in-touch', 'due', 'quiet'] as const) {
      const { body } = await page(app, `?status=${status}`);
      expect(body.total, status).toBe(report.people.filter((p) => p.status === status).length);
      expect(body.people.every((p) => p.status === status)).toBe(true);
    }
    expect((await page(app, '?status=late')).response.status).toBe(400);
  });
});

describe('the full report and the exports', () => {
  it('sends the full report as facts only: reasons and drafts are kinds, there are no words', async () => {
    const { app } = await setup();
    const body = await (await app.request(`/api/reports/${ID}`)).json();
    expect(body.report.version).toBe(2);
    const person = body.report.people[0];
    expect(person.reasons[0]).toEqual(expect.objectContaining({ kind: expect.any(String) }));
    expect(person.draft).toEqual(
      expect.objectContaining({ purpose: expect.any(String), hook: expect.any(Object) }),
    );
    expect(person.words).toBeUndefined();
  });

  it('writes the CSV and the calendar in the language asked for', async () => {
    const { app } = await setup({}, { now: () => new Date('2026-12-02T12:00:00Z') });
    // Read as bytes: text() would drop the BOM the file starts with.
    const csv = async (query: string) =>
      Buffer.from(
        await (await app.request(`/api/reports/${ID}/export.csv${query}`)).arrayBuffer(),
      ).toString();
    expect(await csv('')).toBe(peopleCsv(report, report.people, 'en'));
    expect(await csv('?lang=de')).toBe(peopleCsv(report, report.people, 'de'));
    expect(await csv('?lang=de')).not.toBe(await csv('?lang=en'));
    const ics = await (await app.request(`/api/reports/${ID}/reminders.ics?lang=de`)).text();
    // The calendar starts today, not at the report's as-of date.
    expect(ics).toBe(remindersIcs(report, { lang: 'de', from: '2026-12-02' }));
    expect(ics).toContain('SUMMARY:Bei ');
    expect((await app.request(`/api/reports/${ID}/export.csv?lang=xx`)).status).toBe(400);
  });
});

describe('a report stored by version 1', () => {
  it('is answered 410 old-version on every route that reads it, never a crash, and can still be deleted', async () => {
    const store = new MemoryStore();
    const v1 = {
      version: 1,
      asOf: '2026-01-01',
      people: [{ id: 'p1', name: 'Sam', reasons: ['Worked with you at Acme.'], draft: 'Hi Sam!' }],
    };
    await store.ready(ID, v1);
    const app = createApp(memoryDeps(store));
    const reads: [string, RequestInit?][] = [
      [`/api/reports/${ID}`],
      [`/api/reports/${ID}?omit=people`],
      [`/api/reports/${ID}/people`],
      [`/api/reports/${ID}/export.csv`],
      [`/api/reports/${ID}/reminders.ics`],
      [
        `/api/reports/${ID}/corrections`,
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"colleague":[]}' },
      ],
    ];
    for (const [path, init] of reads) {
      const response = await app.request(path, init);
      expect(response.status, path).toBe(410);
      expect(await response.json(), path).toEqual({
        error: {
          code: 'old-version',
          message: 'This report was made by an older version of Reconnect: analyse your export again.',
        },
      });
    }
    expect((await app.request(`/api/reports/${ID}`, { method: 'DELETE' })).status).toBe(204);
    expect((await app.request(`/api/reports/${ID}`)).status).toBe(404);
  });
});

describe('options travel with an upload', () => {
  const create = (app: ReturnType<typeof createApp>, body?: unknown, type = 'application/json') =>
    app.request('/api/reports', {
      method: 'POST',
      ...(body === undefined
        ? {}
        : {
            headers: { 'content-type': type },
            body: typeof body === 'string' ? body : JSON.stringify(body),
          }),
    });

  it('keeps them in the report status, for the ingest, and the language for the words', async () => {
    const store = new MemoryStore();
    const app = createApp(memoryDeps(store));
    const options = {
      asOf: '2026-03-01',
      employers: [
        { company: 'Acme', from: '2018-03', to: '2021-06' },
        { company: 'Lumen', from: '2021-07' },
      ],
      merges: [['Acme', 'Acme Labs']],
      splits: ['Lumen'],
      keepInTouchDays: { close: 60 },
      lang: 'de',
    };
    const response = await create(app, options);
    expect(response.status).toBe(201);
    const { id } = await response.json();
    const status = await store.getStatus(id);
    const { lang, ...engine } = options;
    expect(status?.options).toEqual(engine);
    expect(status?.lang).toBe('de');
    // Without a body, as before: no options.
    const plain = await create(app);
    expect(plain.status).toBe(201);
    expect((await store.getStatus((await plain.json()).id))?.options).toBeUndefined();
  });

  it('refuses options it cannot use, naming the field in plain words', async () => {
    const app = createApp(memoryDeps());
    const cases: [unknown, RegExp][] = [
      [{ asOf: 'tomorrow' }, /asOf is a date like 2026-03-01/],
      [
        { employers: [{ company: 'Acme', from: '2021-06', to: '2018-03' }] },
        /\(employers\.0\): each employer is/,
      ],
      [{ employers: [{ company: 'Acme', from: 'spring' }] }, /each employer is \{company, from, to\}/],
      [{ keepInTouchDays: { close: 0 } }, /keepInTouchDays are whole numbers of days from 1 to 3650/],
      [{ merges: [['Acme']] }, /merges are pairs of company names/],
      [{ lang: 'fr' }, /lang is one of en, de/],
      [{ colour: 'blue' }, /there is no field colour; the fields are asOf, employers/],
      [[1, 2], /the body is a JSON object/],
    ];
    for (const [body, message] of cases) {
      const response = await create(app, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await response.json()).error.message, JSON.stringify(body)).toMatch(message);
    }
    const notJson = await create(app, '{"asOf":', 'application/json');
    expect((await notJson.json()).error.message).toBe('The body is not JSON.');
    const form = await create(app, 'asOf=2026-03-01', 'text/plain');
    expect(form.status).toBe(415);
    expect((await form.json()).error.code).toBe('unsupported-media-type');
  });
});

describe('corrections', () => {
  const post = (app: ReturnType<typeof createApp>, body: string, headers: Record<string, string>) =>
    app.request(`/api/reports/${ID}/corrections?omit=people`, { method: 'POST', headers, body });

  it('require Content-Type: application/json (a cross-site form can send text/plain, or none)', async () => {
    const { app, store } = await setup();
    const who = report.people.find((p) => p.profileUrl)?.profileUrl;
    const body = JSON.stringify({ colleague: [who] });
    for (const headers of [
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/x-www-form-urlencoded' },
      {},
    ] as Record<string, string>[]) {
      const response = await post(app, body, headers);
      expect(response.status, JSON.stringify(headers)).toBe(415);
      expect((await response.json()).error.message).toBe(
        'Send the body as JSON, with Content-Type: application/json.',
      );
    }
    expect(((await store.getReport(ID)) as Report).corrections).toBeUndefined();
    const ok = await post(app, body, { 'content-type': 'application/json; charset=utf-8' });
    expect(ok.status).toBe(200);
  });

  it('store each merge once, however often it is sent, and refuse more than a report keeps', async () => {
    const { app, store } = await setup();
    const merges = Array.from({ length: 100 }, (_, i) => [`Company ${i}`, `Company ${i} GmbH`]);
    const json = { 'content-type': 'application/json' };
    const sizes: number[] = [];
    for (let i = 0; i < 150; i++) {
      const response = await post(app, JSON.stringify({ merge: merges }), json);
      expect(response.status).toBe(200);
      sizes.push((await response.text()).length);
    }
    expect(((await store.getReport(ID)) as Report).corrections?.merge).toHaveLength(100);
    expect(sizes.at(-1)).toBe(sizes[0]);
    const more = await post(app, JSON.stringify({ merge: [['Acme', 'Acme Labs']] }), json);
    expect(more.status).toBe(422);
    expect(await more.json()).toEqual({
      error: {
        code: 'too-many-corrections',
        message: 'A report holds at most 100 merged company pairs; this one would hold 101.',
      },
    });
    const tooMany = await post(app, JSON.stringify({ merge: [...merges, ['A', 'B']] }), json);
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).error.message).toContain('merge holds at most 100 pairs');
  });
});

/** An API Gateway v2 event, as the HTTP API hands it to the Lambda. */
function lambdaEvent(method: string, path: string, headers: Record<string, string>, body = '') {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'abc.execute-api.eu-west-1.amazonaws.com', ...headers },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc',
      domainName: 'abc.execute-api.eu-west-1.amazonaws.com',
      domainPrefix: 'abc',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
      requestId: 'id',
      routeKey: '$default',
      stage: '$default',
      time: '25/Nov/2026:19:00:00 +0000',
      timeEpoch: 1795633200000,
    },
    body,
    isBase64Encoded: false,
  } as never;
}
type LambdaResult = {
  statusCode: number;
  body: string;
  isBase64Encoded: boolean;
  headers: Record<string, string>;
};

describe('answers over what a Lambda response may carry (6 MB, as sent)', () => {
  const csv = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
  const analyzeWith = (json: string) => {
    const run: AnalyzeToJson = async () => json;
    return handle(createApp(memoryDeps(new MemoryStore(), { analyze: run })));
  };
  const send = (handler: ReturnType<typeof analyzeWith>, headers: Record<string, string> = {}) =>
    handler(
      lambdaEvent('POST', '/api/analyze', { 'content-type': 'text/csv', ...headers }, csv),
    ) as Promise<LambdaResult>;
  const payload = (result: LambdaResult) => Buffer.byteLength(JSON.stringify(result));

  it('POST /api/analyze: gzipped when accepted; else a plain 413 pointing to the upload flow, never a bare 5xx', async () => {
    // 14,000 people's worth of report: about 12 MB of JSON, 1.3 MB gzipped.
    const people = Array.from({ length: 14 }, () => report.people).flat();
    const big = JSON.stringify({ ...report, people: Array.from({ length: 100 }, () => people).flat() });
    expect(big.length).toBeGreaterThan(LAMBDA_RESPONSE_BYTES);
    const handler = analyzeWith(big);
    const zipped = await send(handler, { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.isBase64Encoded).toBe(true);
    expect(payload(zipped)).toBeLessThan(LAMBDA_RESPONSE_BYTES);
    expect(gunzipSync(Buffer.from(zipped.body, 'base64')).toString()).toBe(big);
    const plain = await send(handler);
    expect(plain.statusCode).toBe(413);
    expect(JSON.parse(plain.body).error.code).toBe('answer-too-large');
    expect(JSON.parse(plain.body).error.message).toMatch(
      /Upload the export with POST \/api\/reports instead/,
    );
  });

  it('measures the body as sent: 4.9 MB of JSON strings is 7 MB in the Lambda response', async () => {
    const quoted = JSON.stringify(Array.from({ length: 1_250_000 }, () => 'a'));
    expect(quoted.length).toBeLessThan(5 * 1024 * 1024);
    const plain = await send(analyzeWith(quoted));
    expect(plain.statusCode).toBe(413);
    expect(payload(plain)).toBeLessThan(LAMBDA_RESPONSE_BYTES);
    // And gzip is no way round it when the body does not compress.
    const noise = JSON.stringify(Array.from({ length: 700_000 }, () => Math.random().toString(36).slice(2)));
    const zipped = await send(analyzeWith(noise), { 'accept-encoding': 'gzip' });
    expect(zipped.statusCode).toBe(413);
  });

  it('POST …/corrections without ?omit=people: gzipped, or a download link, like GET /api/reports/{id}', async () => {
    const store = new MemoryStore();
    const people = Array.from({ length: 1500 }, (_, i) =>
      report.people.map((p) => ({ ...p, id: `p${(i * 100 + p.rank).toString(16).padStart(16, '0')}` })),
    ).flat();
    await store.ready(ID, { ...report, people });
    const handler = handle(createApp(memoryDeps(store)));
    const body = JSON.stringify({ merge: [['Acme', 'Acme Labs']] });
    const correct = (headers: Record<string, string>) =>
      handler(
        lambdaEvent(
          'POST',
          `/api/reports/${ID}/corrections`,
          { 'content-type': 'application/json', ...headers },
          body,
        ),
      ) as Promise<LambdaResult>;
    const plain = await correct({});
    expect(plain.statusCode).toBe(303);
    expect(plain.headers.location).toContain(`reports/${ID}/downloads/report.json`);
    expect(JSON.parse(store.downloads.at(-1)?.body ?? '{}').report.people).toHaveLength(15_000);
    const zipped = await correct({ 'accept-encoding': 'gzip' });
    expect(zipped.statusCode).toBe(200);
    expect(payload(zipped)).toBeLessThan(LAMBDA_RESPONSE_BYTES);
  });
});

describe('POST /api/analyze on a worker thread (the local server)', () => {
  const request = (app: ReturnType<typeof createApp>, bytes: Uint8Array, type = 'application/zip') =>
    app.request('/api/analyze?asOf=2026-11-01', {
      method: 'POST',
      headers: { 'content-type': type },
      body: bytes as Uint8Array<ArrayBuffer>,
    });

  it('answers the report, and the engine’s own words for a file it cannot use', async () => {
    const app = createApp(memoryDeps(new MemoryStore(), { analyze: new AnalyzeWorkers().analyze }));
    const ok = await request(app, fixtureZip('era-2026').bytes);
    expect(ok.status).toBe(200);
    expect((await ok.json()).people).toHaveLength(10);
    const wrong = await request(app, new TextEncoder().encode('hello'), 'text/csv');
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).error.code).toBe('no-connections');
  });

  it('stops an analysis past its time limit and says so in plain words', async () => {
    const workers = new AnalyzeWorkers({ timeLimitMs: 30 });
    const app = createApp(memoryDeps(new MemoryStore(), { analyze: workers.analyze }));
    const response = await request(app, fixtureZip('era-2026').bytes);
    expect(response.status).toBe(503);
    expect((await response.json()).error).toEqual({
      code: 'analysis-timeout',
      message:
        'The analysis took longer than 0.03 seconds and was stopped. Upload the export with POST /api/reports instead: it is analysed without this limit.',
    });
  });

  it('refuses more analyses at once than allowed, to be tried again', async () => {
    const app = createApp(
      memoryDeps(new MemoryStore(), { analyze: new AnalyzeWorkers({ maxRunning: 0 }).analyze }),
    );
    const response = await request(app, fixtureZip('era-2026').bytes);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect((await response.json()).error.code).toBe('busy');
  });
});
