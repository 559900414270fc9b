import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { buildExport } from '../support/build-export.ts';
import { fixtureFiles, fixtureZip } from '../support/fixtures.ts';
import { startTestServer } from '../support/local-server.ts';

/** The upload-and-report page in real headless Chromium, against the real local server. */
const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
let t: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  t = await startTestServer(undefined, join(import.meta.dirname, '..', '..', 'web', 'dist'));
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.server.url });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await t?.server.close();
});

async function openAndUpload(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<Page> {
  const page = await context.newPage();
  await page.goto(t.server.url);
  // Remember every view the page passes through, however briefly: the upload can be very fast here.
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { seenViews: seen });
    new MutationObserver(() => {
      const heading = document.querySelector('#app h1')?.textContent ?? '';
      if (document.querySelector('#app progress') && !seen.includes(heading)) seen.push(heading);
    }).observe(document.getElementById('app') as HTMLElement, { childList: true, subtree: true });
  });
  await page.setInputFiles('#export-file', files);
  return page;
}

const zipFile = (name: string) => ({
  name: 'Basic_LinkedInDataExport.zip',
  mimeType: 'application/zip',
  buffer: Buffer.from(fixtureZip(name).bytes),
});

describe('uploading an export and reading the report', () => {
  let page: Page;

  it('shows the upload, then the report with ranked people and their reasons', async () => {
    page = await openAndUpload([zipFile('era-2026')]);
    await page.waitForSelector('.person .reasons li', { timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { seenViews: string[] }).seenViews)).toContain(
      'Uploading your export…',
    );
    expect(page.url()).toMatch(/\?report=[A-Za-z0-9_-]{22}$/);
    expect(await page.textContent('.summary h1')).toBe("Morgan Reyes's network");
    expect(await page.locator('.counts .count').allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\d\s*likely former colleagues?\s*\d+ including possible ones$/),
        expect.stringMatching(/^3\s*current colleagues$/),
        expect.stringMatching(/^0\s*alumni of your employers$/),
      ]),
    );
    const first = page.locator('.person').first();
    expect(await first.locator('.rank').textContent()).toBe('Rank 1');
    expect(await first.locator('.name').textContent()).toBe('Lena Fischer');
    expect(await first.locator('.reasons li').first().textContent()).toMatch(
      /(You both worked at|Probably worked with you at) Cobalt Payments/,
    );
    expect(await first.locator('.name a').getAttribute('href')).toMatch(
      /^https:\/\/www\.linkedin\.com\/in\//,
    );
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
  });

  it('counts one of a kind in the singular', async () => {
    const other = await openAndUpload([zipFile('era-2022')]);
    await other.waitForSelector('.counts .count', { timeout: 20_000 });
    const counts = await other.locator('.counts .count').allInnerTexts();
    expect(counts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^1\s*likely former colleague\s*3 including possible ones$/),
        expect.stringMatching(/^1\s*alumnus of your employers$/),
      ]),
    );
    await other.close();
  });

  it('filters by employer and searches by name', async () => {
    const total = () => page.textContent('.total');
    expect(await total()).toContain('10 people');
    await page.selectOption('#filter-employer', 'trellis labs');
    await page.waitForFunction(() => !document.querySelector('.total')?.textContent?.startsWith('10 '));
    const names = await page.locator('.person .name').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThan(10);
    await page.selectOption('#filter-employer', '');
    await page.fill('#filter-q', 'lena');
    await page.waitForFunction(() => document.querySelector('.total')?.textContent?.startsWith('1 person'));
    expect(await page.locator('.person .name').allTextContents()).toEqual(['Lena Fischer']);
    await page.fill('#filter-q', '');
    await page.waitForFunction(() => document.querySelector('.total')?.textContent?.startsWith('10 people'));
  });

  it('copies a draft to the clipboard', async () => {
    const first = page.locator('.person').first();
    const draft = await first.locator('.draft-text').textContent();
    await first.locator('button.copy').click();
    await page.waitForFunction(() => document.querySelector('.copied')?.textContent === 'Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(draft);
  });

  it('re-ranks when someone is marked not a colleague', async () => {
    await page.locator('.person').first().getByRole('button', { name: 'Not a colleague' }).click();
    await page.waitForFunction(() => document.querySelector('.person .name')?.textContent !== 'Lena Fischer');
    const lena = page.locator('.person', { hasText: 'Lena Fischer' });
    expect(await lena.locator('.reasons li').first().textContent()).toBe(
      'You marked them as not a colleague.',
    );
    expect(Number((await lena.locator('.rank').textContent())?.replace('Rank ', ''))).toBeGreaterThan(1);
    expect(await page.textContent('.message')).toContain('Re-ranked: Lena Fischer marked not a colleague.');
  });

  it('downloads the CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(text.replace(/^\ufeff/, '').split('\r\n')[0]).toBe(
      'rank,name,profile_url,company,position,category,confidence,tie,status,due,score,relevance,shared_employer,connected_on,last_contact,reasons,draft',
    );
    expect(text).toContain('Lena Fischer');
  });

  it('deletes the report and returns to the start', async () => {
    const id = new URL(page.url()).searchParams.get('report');
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Delete my report now' }).click();
    await page.waitForSelector('.drop-zone');
    expect(await page.textContent('.notice')).toBe('Your report was deleted.');
    expect((await fetch(`${t.server.url}/api/reports/${id}`)).status).toBe(404);
    await page.close();
  });
});

describe('an export from before LinkedIn listed profile URLs', () => {
  it('lets people without a profile URL be corrected too', async () => {
    const page = await openAndUpload([zipFile('era-2020')]);
    await page.waitForSelector('.person .reasons li', { timeout: 20_000 });
    // In the 2020 export most connections have no URL: the buttons are there all the same.
    const withoutLink = page.locator('.person', { hasNot: page.locator('.name a') }).first();
    const name = (await withoutLink.locator('.name').textContent()) ?? '';
    expect(name).not.toBe('');
    const button = withoutLink.locator('.actions button');
    const toColleague = (await button.textContent()) === 'Was a colleague';
    await button.click();
    await page.waitForFunction(
      (who) => document.querySelector('.message')?.textContent?.includes(`Re-ranked: ${who}`),
      name,
    );
    const marked = page.locator('.person', { hasText: name });
    expect(await marked.locator('.reasons li').first().textContent()).toBe(
      toColleague ? 'You marked them as a colleague.' : 'You marked them as not a colleague.',
    );
    await page.close();
  });
});

describe('Connections.csv on its own', () => {
  const connections = () => {
    const file = fixtureFiles('era-2026').find((f) => f.name === 'Connections.csv');
    return { name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(file?.bytes ?? []) };
  };

  it('finds colleagues from employers typed on the page', async () => {
    const page = await context.newPage();
    await page.goto(t.server.url);
    await page.click('.employers summary');
    await page.fill(
      '#employers',
      'Lumen Health: 2022-06..\nCobalt Payments: 2019-03..2022-05\nTrellis Labs: 2017-07..2019-02',
    );
    await page.setInputFiles('#export-file', [connections()]);
    await page.waitForSelector('.person .reasons li', { timeout: 20_000 });
    const reasons = (await page.locator('.person .reasons li').allTextContents()).join('\n');
    expect(reasons).toMatch(/worked (at|with you at) Cobalt Payments/);
    expect(reasons).not.toContain('No work history');
    expect(await page.locator('#filter-employer option').allTextContents()).toEqual(
      expect.arrayContaining(['Cobalt Payments', 'Trellis Labs']),
    );
    await page.close();
  });

  it('names an employer line it cannot read, and uploads nothing', async () => {
    const page = await context.newPage();
    await page.goto(t.server.url);
    await page.click('.employers summary');
    await page.fill('#employers', 'Acme from 2018');
    await page.setInputFiles('#export-file', [connections()]);
    await page.waitForSelector('.landing .error:not([hidden])');
    expect(await page.textContent('.landing .error')).toContain('Could not read "Acme from 2018"');
    expect(page.url()).not.toContain('report=');
    expect(await page.locator('#export-file').count()).toBe(1);
    await page.close();
  });
});

describe('bad and hostile files', () => {
  it('explains a wrong file in plain words', async () => {
    const messages = fixtureFiles('era-2026').find((f) => f.name === 'messages.csv');
    const page = await openAndUpload([
      { name: 'messages.csv', mimeType: 'text/csv', buffer: Buffer.from(messages?.bytes ?? []) },
    ]);
    await page.waitForSelector('.error');
    expect(await page.textContent('.error')).toBe(
      'This is messages.csv; Reconnect needs Connections.csv or the whole export ZIP.',
    );
    await page.close();
  });

  it('shows script and markup in names as text, and runs nothing', async () => {
    const payloads = [
      '<img src=x onerror=alert(1)>',
      '"><script>alert(2)</script>',
      "javascript:alert('x')",
      '<svg onload=alert(3)>',
    ];
    const files = buildExport({
      positions: [{ company: 'Acme', from: 'Jan 2018' }],
      connections: payloads.map((p, i) => ({
        first: p,
        last: `Payload${i}`,
        slug: `p${i}`,
        company: p,
        position: p,
        connected: '05 Mar 2018',
      })),
    });
    const page = await openAndUpload(
      files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.bytes) })),
    );
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      dialog.dismiss();
    });
    await page.waitForSelector('.person', { timeout: 20_000 });
    const app = page.locator('#app');
    expect(await app.locator('img, script, iframe, object').count()).toBe(0);
    expect(await app.locator('svg[onload], [onerror]').count()).toBe(0);
    const names = await page.locator('.person .name').allTextContents();
    for (const p of payloads) expect(names.some((n) => n.startsWith(p))).toBe(true);
    for (const href of await page
      .locator('#app a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href).toMatch(/^(https:\/\/www\.linkedin\.com\/in\/|\/api\/reports\/|http:\/\/127\.0\.0\.1)/);
    }
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
    await page.close();
  });
});

describe('at phone width', () => {
  it('fits without sideways scrolling', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(t.server.url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.locator('#export-file').count()).toBe(1);
    expect(await page.getByText('Drop your LinkedIn export here').isVisible()).toBe(true);
    await page.close();
  });
});
