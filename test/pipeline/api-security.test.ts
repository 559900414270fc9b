import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/create-app.ts';
import { ReportStore } from '../../functions/storage/report-store.ts';
import { DEFAULT_SETTINGS } from '../../functions/storage/settings.ts';

/** The API's own guards, through app.request(): CORS, body limits, ids, errors. No storage is reached. */
function app(allowedOrigin?: string) {
  const unreachable = new ReportStore(
    new S3Client({ endpoint: 'http://127.0.0.1:9', region: 'us-east-1', maxAttempts: 1 }),
    'none',
  );
  const logs: string[] = [];
  return {
    logs,
    app: createApp({
      store: unreachable,
      settings: DEFAULT_SETTINGS,
      now: () => new Date(),
      allowedOrigin,
      log: (e) => logs.push(JSON.stringify(e)),
    }),
  };
}

describe('CORS', () => {
  it('answers the configured origin only', async () => {
    const { app: api } = app('https://reconnect.example');
    const preflight = (origin: string) =>
      api.request('/api/reports', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    expect((await preflight('https://reconnect.example')).headers.get('access-control-allow-origin')).toBe(
      'https://reconnect.example',
    );
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe(
      'https://evil.example',
    );
  });

  it('is off when no origin is configured (same-origin only)', async () => {
    const { app: api } = app();
    const response = await api.request('/api/health', { headers: { origin: 'https://evil.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('limits and errors', () => {
  it('refuses JSON bodies over 256 KB before reading them', async () => {
    const { app: api } = app();
    const response = await api.request('/api/reports/AAAAAAAAAAAAAAAAAAAAAA/corrections', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(300 * 1024) },
      body: JSON.stringify({ colleague: ['x'.repeat(300 * 1024)] }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('too-large');
  });

  it('turns a storage outage into a plain 500 that leaks nothing, and logs no detail of the export', async () => {
    const { app: api, logs } = app();
    const response = await api.request('/api/reports/AAAAAAAAAAAAAAAAAAAAAA');
    expect(response.status).toBe(500);
    const body = JSON.stringify(await response.json());
    expect(body).toBe(
      '{"error":{"code":"internal","message":"Something went wrong on our side. Please try again."}}',
    );
    expect(body).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|at /);
    expect(logs.some((l) => l.includes('api-error'))).toBe(true);
  });

  it('says in plain words what is wrong with a query, naming the field', async () => {
    const { app: api } = app();
    const cases: [string, RegExp][] = [
      ['limit=abc', /^The request is not valid: limit is a whole number from 1 to 500\.?$/],
      ['limit=501', /limit is a whole number from 1 to 500/],
      ['minConfidence=2', /minConfidence is a number from 0 to 1/],
      ['cursor=x', /cursor is the nextCursor of the page before/],
      ['category=friend', /category is one of former-colleague/],
    ];
    for (const [query, message] of cases) {
      const response = await api.request(`/api/reports/AAAAAAAAAAAAAAAAAAAAAA/people?${query}`);
      expect(response.status, query).toBe(400);
      expect((await response.json()).error.message, query).toMatch(message);
    }
    for (const asOf of ['2026-13-45', '2026/03/01']) {
      const response = await api.request(`/api/analyze?asOf=${asOf}`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n',
      });
      expect(response.status, asOf).toBe(400);
      expect((await response.json()).error.message).toBe(
        'The request is not valid: asOf is a date like 2026-03-01',
      );
    }
  });

  it('answers malformed ids without touching storage', async () => {
    const { app: api } = app();
    for (const id of ['short', '../../etc/passwd', 'AAAAAAAAAAAAAAAAAAAAAA%2F..', 'x'.repeat(200)]) {
      const response = await api.request(`/api/reports/${id}`);
      expect(response.status, id).toBe(404);
    }
  });
});
