import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TIMEOUTS, S3_TIMEOUTS, type ServerTimeouts } from '../../functions/local/server-timeouts.ts';
import { startTestServer } from '../support/local-server.ts';

/**
 * Slow clients (slow-loris) against both local servers: headers or a body sent a byte at a time must
 * be cut off once the request's time is up, not hold the connection for Node's default 5 minutes.
 * The servers run here with short limits, the same code as the defaults below.
 */
const FAST: ServerTimeouts = {
  headersMs: 500,
  requestMs: 1000,
  keepAliveMs: 300,
  idleMs: 5000,
  checkEveryMs: 100,
};
/** Long enough to see the cut, far shorter than Node's defaults. */
const DEADLINE_MS = 5000;

let t: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  t = await startTestServer(undefined, undefined, { timeouts: { api: FAST, s3: FAST } });
});
afterAll(async () => {
  await t.server.close();
});

/**
 * Sends `head` on a raw connection, then one byte every 100 ms. Resolves with how long until the
 * server closed the connection (or the deadline), and what it answered.
 */
function dripFeed(url: string, head: string): Promise<{ ms: number; closed: boolean; answer: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((done) => {
    const started = Date.now();
    const socket = connect(Number(port), hostname);
    let answer = '';
    let drip: ReturnType<typeof setInterval> | undefined;
    const finish = (closed: boolean) => {
      clearInterval(drip);
      clearTimeout(deadline);
      socket.destroy();
      done({ ms: Date.now() - started, closed, answer });
    };
    const deadline = setTimeout(() => finish(false), DEADLINE_MS);
    socket.on('connect', () => {
      socket.write(head);
      drip = setInterval(() => socket.write('x'), 100);
    });
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString();
    });
    socket.on('error', () => {});
    socket.on('close', () => finish(true));
  });
}

describe('a client that sends its request a byte at a time', () => {
  it('is cut off by the API once the request time is up', async () => {
    const host = new URL(t.server.url).host;
    const result = await dripFeed(
      t.server.url,
      `POST /api/analyze HTTP/1.1\r\nHost: ${host}\r\nContent-Type: text/csv\r\nContent-Length: 1000000\r\n\r\n`,
    );
    expect(result.closed).toBe(true);
    expect(result.ms).toBeLessThan(FAST.requestMs + 1000);
    expect(result.answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('is cut off by the API when its headers never end', async () => {
    const host = new URL(t.server.url).host;
    const result = await dripFeed(t.server.url, `GET /api/health HTTP/1.1\r\nHost: ${host}\r\nX-Slow: `);
    expect(result.closed).toBe(true);
    expect(result.ms).toBeLessThan(FAST.headersMs + 1000);
  });

  it('is cut off by the S3 endpoint, an upload dripping in included', async () => {
    const host = new URL(t.server.s3Endpoint).host;
    const result = await dripFeed(
      t.server.s3Endpoint,
      `POST /reconnect-local HTTP/1.1\r\nHost: ${host}\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 1000000\r\n\r\n--b\r\nContent-Disposition: form-data; name="key"\r\n\r\n`,
    );
    expect(result.closed).toBe(true);
    expect(result.ms).toBeLessThan(FAST.requestMs + 1000);
    const headers = await dripFeed(
      t.server.s3Endpoint,
      `GET /reconnect-local HTTP/1.1\r\nHost: ${host}\r\nX-Slow: `,
    );
    expect(headers.closed).toBe(true);
    expect(headers.ms).toBeLessThan(FAST.headersMs + 1000);
  });

  it('leaves the servers answering everyone else', async () => {
    expect((await t.api('/api/health')).status).toBe(200);
    expect((await t.api('/api/reports', { method: 'POST' })).status).toBe(201);
  });
});

describe('the defaults', () => {
  it('give a loopback client far less than Node does (5 minutes for a request, checked every 30 s)', () => {
    for (const timeouts of [API_TIMEOUTS, S3_TIMEOUTS]) {
      expect(timeouts.headersMs).toBeLessThanOrEqual(10_000);
      expect(timeouts.requestMs).toBeLessThanOrEqual(60_000);
      expect(timeouts.requestMs).toBeGreaterThanOrEqual(timeouts.headersMs);
      expect(timeouts.keepAliveMs).toBeLessThanOrEqual(5_000);
      expect(timeouts.checkEveryMs).toBeLessThanOrEqual(1_000);
    }
  });
});
