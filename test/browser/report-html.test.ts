import { strToU8 } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../functions/core/index.ts';
import { reportHtml } from '../../functions/core/output/report-html.ts';
import { launchChromium } from '../support/browser.ts';
import { buildExport } from '../support/build-export.ts';
import { collectErrors, seriousViolations } from '../support/page-checks.ts';
import { generateExport } from '../support/synthetic-export.ts';

/**
 * The CLI's HTML report (`reconnect analyze --format html`) opened in Chromium as a file on its own:
 * search, the category filter and opening a row work, its script runs under its own CSP, and a log of
 * every request the page makes holds the page itself only.
 */
vi.setConfig({ testTimeout: 90_000 });
let browser: Browser;
const synthetic = generateExport({ seed: 5, connections: 1923, messages: 800 });
const report = analyze(
  synthetic.files.map((f) => ({ name: f.name, bytes: strToU8(f.text) })),
  { asOf: synthetic.asOf },
);

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The file served from a made-up origin; every request the page makes is logged, none other answered. */
async function openHtml(html: string, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const requests: string[] = [];
  await context.route('**/*', async (route) => {
    requests.push(route.request().url());
    if (route.request().url() === 'https://report.invalid/reconnect.html')
      await route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    else await route.abort();
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto('https://report.invalid/reconnect.html');
  await page.waitForLoadState('load');
  return { page, requests, errors, close: () => context.close() };
}

const visible = (page: Page) => page.locator('li.row:not([hidden])').count();

describe('the HTML report in Chromium', () => {
  it('searches, filters by category and opens rows, with no network request and no error', async () => {
    const { page, requests, errors, close } = await openHtml(reportHtml(report));
    expect(await visible(page)).toBe(1923);
    expect(await page.textContent('#count')).toBe('1,923 people');
    // Compact: every row closed, a few dozen pixels each.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height / 1923).toBeLessThan(80);

    await page.selectOption('#who', 'former-colleague');
    const formers = report.people.filter((p) => p.category === 'former-colleague').length;
    expect(await visible(page)).toBe(formers);
    await page.selectOption('#who', 'possible');
    expect(await visible(page)).toBeGreaterThan(formers);
    await page.selectOption('#who', '');

    const someone = report.people[0];
    if (!someone) throw new Error('no people');
    await page.fill('#q', someone.name.toLowerCase());
    expect(await visible(page)).toBeGreaterThanOrEqual(1);
    expect(await page.locator('li.row:not([hidden]) .name').first().textContent()).toBe(someone.name);
    const toggle = page.locator('li.row:not([hidden]) button.toggle').first();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const detail = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
    expect(await detail.isVisible()).toBe(true);
    expect(await detail.locator('.reasons li').count()).toBeGreaterThan(0);
    await toggle.press('Enter');
    expect(await detail.isVisible()).toBe(false);

    await page.fill('#q', 'no one is called this');
    expect(await visible(page)).toBe(0);
    expect(await page.isVisible('#empty')).toBe(true);
    await page.click('#clear');
    expect(await visible(page)).toBe(1923);

    expect(requests).toEqual(['https://report.invalid/reconnect.html']);
    expect(errors).toEqual([]);
    await close();
  });

  it('is axe-clean at both widths, in German too', async () => {
    for (const [lang, viewport] of [
      ['en', { width: 1280, height: 800 }],
      ['de', { width: 390, height: 844 }],
    ] as const) {
      const { page, close } = await openHtml(reportHtml(report, report.people.slice(0, 200), lang), viewport);
      await page.locator('button.toggle').first().click();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
      await close();
    }
  });

  it('runs nothing from names, and no script but its own', async () => {
    const files = buildExport({
      positions: [{ company: 'Acme', from: 'Jan 2018' }],
      connections: ['<img src=x onerror=alert(1)>', '"><script>alert(2)</script>'].map((p, i) => ({
        first: p,
        last: `P${i}`,
        slug: `p${i}`,
        company: p,
        position: p,
        connected: '05 Mar 2018',
      })),
    });
    const { page, requests, errors, close } = await openHtml(
      reportHtml(analyze(files, { asOf: '2026-03-01' })),
    );
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      d.dismiss();
    });
    for (const b of await page.locator('button.toggle').all()) await b.click();
    await page.fill('#q', 'script');
    expect(await visible(page)).toBe(1);
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(requests).toEqual(['https://report.invalid/reconnect.html']);
    expect(errors).toEqual([]);
    await close();
  });
});
