import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzeToJson } from '../../functions/api/app-deps.ts';
import { createApp } from '../../functions/api/create-app.ts';
import { PersonSchema, ReportSchema } from '../../functions/api/schemas/report-schema.ts';
import {
  CorrectionsBody,
  EmployersBody,
  MarksBody,
  PeopleQuery,
  ReportOptions,
} from '../../functions/api/schemas/requests.ts';
import { ErrorSchema, PeoplePage } from '../../functions/api/schemas/responses.ts';
import { analyze, InputError } from '../../functions/core/index.ts';
import { AnalyzeWorkers } from '../../functions/local/analyze-worker.ts';
import type { ReportStore } from '../../functions/storage/report-store.ts';
import { fixtureFiles, fixtureZip } from '../support/fixtures.ts';
import { MemoryStore, memoryDeps } from '../support/memory-store.ts';

/**
 * The OpenAPI document is generated from the routes' zod schemas: these check that it lists exactly
 * what the app serves, that its schemas are the zod schemas (and fit what is really sent), and that
 * every status a route answers is in it.
 */
type Operation = {
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
};
type Doc = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
};

const report = analyze(fixtureFiles('era-2026'), { asOf: '2026-11-01' });
const app = createApp(memoryDeps());
let doc: Doc;
beforeAll(async () => {
  doc = (await (await app.request('/api/openapi.json')).json()) as Doc;
});

const keysOf = (schema: { shape: object }) => Object.keys(schema.shape).sort();
const operation = (method: string, path: string) => doc.paths[path]?.[method] as Operation;

describe('the document lists what the app serves', () => {
  it('is OpenAPI 3.1, made from the routes', () => {
    expect(doc.openapi).toBe('3.1.0');
  });

  it('has every route the app serves (method and path), and no other', () => {
    const served = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`),
    );
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual([...served].sort());
    expect(documented).toHaveLength(12);
  });
});

describe('its schemas are the zod schemas the routes validate with', () => {
  it('the people page takes exactly PeopleQuery, with the id in the path', () => {
    const parameters = operation('get', '/api/reports/{id}/people').parameters ?? [];
    expect(
      parameters
        .filter((p) => p.in === 'query')
        .map((p) => p.name)
        .sort(),
    ).toEqual(keysOf(PeopleQuery));
    expect(parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(['id']);
  });

  it('corrections, marks, employers and upload options are the zod bodies, closed to other fields', () => {
    const { schemas } = doc.components;
    expect(Object.keys(schemas.Corrections?.properties ?? {}).sort()).toEqual(keysOf(CorrectionsBody));
    expect(Object.keys(schemas.ReportOptions?.properties ?? {}).sort()).toEqual(keysOf(ReportOptions));
    expect(schemas.Corrections).toMatchObject({ additionalProperties: false });
    expect(operation('post', '/api/reports/{id}/corrections').requestBody?.content).toHaveProperty(
      ['application/json', 'schema', '$ref'],
      '#/components/schemas/Corrections',
    );
    expect(Object.keys(schemas.Marks?.properties ?? {}).sort()).toEqual(keysOf(MarksBody));
    expect(Object.keys(schemas.Employers?.properties ?? {}).sort()).toEqual(keysOf(EmployersBody));
    expect(schemas.Marks).toMatchObject({ additionalProperties: false });
    expect(operation('post', '/api/reports/{id}/marks').requestBody?.content).toHaveProperty(
      ['application/json', 'schema', '$ref'],
      '#/components/schemas/Marks',
    );
    expect(operation('put', '/api/reports/{id}/employers').requestBody?.content).toHaveProperty(
      ['application/json', 'schema', '$ref'],
      '#/components/schemas/Employers',
    );
    expect(operation('post', '/api/reports').requestBody?.content).toHaveProperty(
      ['application/json', 'schema', '$ref'],
      '#/components/schemas/ReportOptions',
    );
  });

  it('the report is version 2, with the zod schema’s fields, and a real report fits it', () => {
    const schema = doc.components.schemas.Report;
    expect(schema?.properties?.version).toMatchObject({ enum: [2] });
    expect(Object.keys(schema?.properties ?? {}).sort()).toEqual(keysOf(ReportSchema));
    expect(Object.keys(doc.components.schemas.Person?.properties ?? {}).sort()).toEqual(keysOf(PersonSchema));
    // What the engine writes passes the schema the document shows (nothing it sends is undescribed).
    expect(ReportSchema.strict().safeParse(report).success).toBe(true);
    for (const person of report.people) expect(PersonSchema.strict().parse(person)).toBeTruthy();
  });

  it('a page of people, with words, fits PeoplePage; an error fits Error: {error: {code, message}}', async () => {
    const store = new MemoryStore();
    const id = await store.ready('AAAAAAAAAAAAAAAAAAAAAA', report);
    const served = createApp(memoryDeps(store));
    const page = await (await served.request(`/api/reports/${id}/people?lang=de`)).json();
    expect(PeoplePage.safeParse(page).success).toBe(true);
    expect(page.people[0].words.reasons.length).toBeGreaterThan(0);
    const error = await (await served.request(`/api/reports/${id}/people?limit=0`)).json();
    expect(ErrorSchema.strict().parse(error)).toEqual(error);
    expect(doc.components.schemas.Error?.required).toEqual(['error']);
    expect(doc.components.schemas.ErrorBody?.required).toEqual(['code', 'message']);
  });

  it('every error response is the Error schema', () => {
    for (const [path, operations] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(operations))
        for (const [status, response] of Object.entries(op.responses))
          if (Number(status) >= 400 && !(path === '/api/reports/{id}' && status === '422'))
            expect(response.content?.['application/json']?.schema.$ref, `${method} ${path} ${status}`).toBe(
              '#/components/schemas/Error',
            );
  });
});

describe('every status a route answers is documented', () => {
  const ID = 'AAAAAAAAAAAAAAAAAAAAAA';
  const answered: { method: string; path: string; status: number }[] = [];

  beforeAll(async () => {
    const store = new MemoryStore();
    const ids = {
      ready: await store.ready(ID, report),
      pending: await store.ready('PPPPPPPPPPPPPPPPPPPPPP', report, { status: 'pending' }),
      failed: await store.ready('FFFFFFFFFFFFFFFFFFFFFF', report, {
        status: 'failed',
        error: { code: 'no-connections', message: 'No Connections.csv.' },
      }),
      old: await store.ready('OOOOOOOOOOOOOOOOOOOOOO', { version: 1, people: [] }),
      big: await store.ready('BBBBBBBBBBBBBBBBBBBBBB', {
        ...report,
        people: Array.from({ length: 1500 }, () => report.people).flat(),
      }),
      unknown: 'UUUUUUUUUUUUUUUUUUUUUU',
    };
    const slow: AnalyzeToJson = async (files) => {
      if (files[0]?.name === 'upload.csv') throw new InputError('no-connections', 'Not an export.');
      return new AnalyzeWorkers({ maxRunning: 0 }).analyze(files, { asOf: '2026-11-01' });
    };
    const api = createApp(memoryDeps(store, { analyze: slow }));
    const failing = createApp(
      memoryDeps(new MemoryStore(), {
        store: {
          getStatus: () => Promise.reject(new Error('S3 is down')),
        } as unknown as ReportStore,
      }),
    );
    const json = (body: unknown, type = 'application/json') => ({
      method: 'POST',
      headers: { 'content-type': type },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const plain = { headers: { 'accept-encoding': 'identity' } };
    const someone = report.people.find((p) => p.profileUrl)?.profileUrl;
    const employer = { company: 'Acme', from: '2018-03', to: '2021-06' };
    const requests: [string, string, RequestInit?, typeof api?][] = [
      ['GET', '/api/health'],
      ['GET', '/api/openapi.json'],
      ['POST', '/api/reports'],
      ['POST', '/api/reports', json({ lang: 'xx' })],
      ['POST', '/api/reports', json('lang=de', 'text/plain')],
      ['POST', '/api/reports', json({ splits: ['x'.repeat(300 * 1024)] })],
      ['GET', `/api/reports/${ids.ready}`],
      ['GET', `/api/reports/${ids.ready}?omit=everything`],
      ['GET', `/api/reports/${ids.pending}`],
      ['GET', `/api/reports/${ids.failed}`],
      ['GET', `/api/reports/${ids.unknown}`],
      ['GET', `/api/reports/${ids.old}`],
      ['GET', `/api/reports/${ids.big}`, plain],
      ['GET', `/api/reports/${ids.ready}`, undefined, failing],
      ['GET', `/api/reports/${ids.ready}/people`],
      ['GET', `/api/reports/${ids.ready}/people?limit=0`],
      ['GET', `/api/reports/${ids.unknown}/people`],
      ['GET', `/api/reports/${ids.pending}/people`],
      ['GET', `/api/reports/${ids.old}/people`],
      ['POST', `/api/reports/${ids.ready}/corrections`, json({ colleague: [someone] })],
      ['POST', `/api/reports/${ids.big}/corrections`, { ...json({ merge: [['A', 'B']] }), ...plain }],
      ['POST', `/api/reports/${ids.ready}/corrections`, json({ colleague: ['nobody'] })],
      ['POST', `/api/reports/${ids.ready}/corrections`, json({ colleague: ['p0000000000000000'] })],
      ['POST', `/api/reports/${ids.ready}/corrections`, json({ colleague: [someone] }, 'text/plain')],
      ['POST', `/api/reports/${ids.ready}/corrections`, json({ colleague: ['x'.repeat(300 * 1024)] })],
      ['POST', `/api/reports/${ids.unknown}/corrections`, json({})],
      ['POST', `/api/reports/${ids.pending}/corrections`, json({})],
      ['POST', `/api/reports/${ids.old}/corrections`, json({})],
      ['POST', `/api/reports/${ids.ready}/marks`, json({ marks: [{ who: someone, kind: 'messaged' }] })],
      ['POST', `/api/reports/${ids.big}/marks`, { ...json({ clearMarks: [someone] }), ...plain }],
      ['POST', `/api/reports/${ids.ready}/marks`, json({ marks: [{ who: someone, kind: 'snoozed' }] })],
      ['POST', `/api/reports/${ids.ready}/marks`, json({ clearMarks: ['p0000000000000000'] })],
      [
        'POST',
        `/api/reports/${ids.ready}/marks`,
        json({ marks: [{ who: 'p0000000000000000', kind: 'not-now' }] }),
      ],
      ['POST', `/api/reports/${ids.ready}/marks`, json({ clearMarks: [someone] }, 'text/plain')],
      ['POST', `/api/reports/${ids.unknown}/marks`, json({ clearMarks: [someone] })],
      ['POST', `/api/reports/${ids.pending}/marks`, json({ clearMarks: [someone] })],
      ['POST', `/api/reports/${ids.old}/marks`, json({ clearMarks: [someone] })],
      ['POST', `/api/reports/${ids.ready}/marks`, json({ clearMarks: ['x'.repeat(300 * 1024)] })],
      ['PUT', `/api/reports/${ids.ready}/employers`, { ...json({ employers: [employer] }), method: 'PUT' }],
      [
        'PUT',
        `/api/reports/${ids.big}/employers`,
        { ...json({ employers: [employer] }), method: 'PUT', ...plain },
      ],
      ['PUT', `/api/reports/${ids.ready}/employers`, { ...json({ employers: [] }), method: 'PUT' }],
      [
        'PUT',
        `/api/reports/${ids.ready}/employers`,
        { ...json({ employers: [employer] }, 'text/plain'), method: 'PUT' },
      ],
      ['PUT', `/api/reports/${ids.unknown}/employers`, { ...json({ employers: [employer] }), method: 'PUT' }],
      ['PUT', `/api/reports/${ids.pending}/employers`, { ...json({ employers: [employer] }), method: 'PUT' }],
      ['PUT', `/api/reports/${ids.old}/employers`, { ...json({ employers: [employer] }), method: 'PUT' }],
      [
        'PUT',
        `/api/reports/${ids.ready}/employers`,
        { ...json({ employers: [{ company: 'x'.repeat(300 * 1024), from: '2018-01' }] }), method: 'PUT' },
      ],
      ['GET', `/api/reports/${ids.ready}/export.csv`],
      ['GET', `/api/reports/${ids.big}/export.csv`, plain],
      ['GET', `/api/reports/${ids.ready}/export.csv?lang=xx`],
      ['GET', `/api/reports/${ids.unknown}/export.csv`],
      ['GET', `/api/reports/${ids.pending}/export.csv`],
      ['GET', `/api/reports/${ids.old}/export.csv`],
      ['GET', `/api/reports/${ids.ready}/reminders.ics`],
      ['GET', `/api/reports/${ids.ready}/reminders.ics?lang=xx`],
      ['GET', `/api/reports/${ids.unknown}/reminders.ics`],
      ['GET', `/api/reports/${ids.pending}/reminders.ics`],
      ['GET', `/api/reports/${ids.old}/reminders.ics`],
      ['POST', '/api/analyze', json('not, an, export', 'text/csv')],
      ['POST', '/api/analyze', json('', 'text/csv')],
      ['POST', '/api/analyze?asOf=soon', json('a', 'text/csv')],
      ['POST', '/api/analyze', { ...json('', 'application/zip'), body: new Uint8Array(5 * 1024 * 1024) }],
      [
        'POST',
        '/api/analyze',
        { ...json('', 'application/zip'), body: fixtureZip('era-2026').bytes as Uint8Array<ArrayBuffer> },
      ],
      ['DELETE', `/api/reports/${ids.unknown}`],
      ['DELETE', `/api/reports/${ids.ready}`],
    ];
    for (const [method, url, init, served = api] of requests) {
      const response = await served.request(url, { method, ...init });
      answered.push({ method, path: new URL(url, 'http://x').pathname, status: response.status });
    }
  }, 120_000);

  it('covers every kind of answer: success, waiting, redirect, and each error', () => {
    expect(new Set(answered.map((a) => a.status))).toEqual(
      new Set([200, 201, 202, 204, 303, 400, 404, 409, 410, 413, 415, 422, 500, 503]),
    );
  });

  it('finds each answer’s status in the document, for its route', () => {
    const templates = Object.keys(doc.paths).map((path) => ({
      path,
      pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+').replace(/\./g, '\\.')}$`),
    }));
    for (const { method, path, status } of answered) {
      const template = templates.find((t) => t.pattern.test(path))?.path ?? '';
      const responses = doc.paths[template]?.[method.toLowerCase()]?.responses ?? {};
      expect(Object.keys(responses), `${method} ${template} answered ${status}`).toContain(String(status));
    }
  });
});
