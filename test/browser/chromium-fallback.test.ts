import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseChromium, launchChromium } from '../support/browser.ts';
import { startTestServer } from '../support/local-server.ts';
import { seriousViolations } from '../support/page-checks.ts';

/**
 * A machine without Debian's chromium (a new user's, CI's): the browser tests take the Chromium inside
 * the npm package @sparticuz/chromium. Here Debian's is hidden from the choice, whether or not this
 * machine has it, and the page is driven with the other one.
 */
let t: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  t = await startTestServer(undefined, join(import.meta.dirname, '..', '..', 'web', 'dist'));
}, 60_000);

afterAll(async () => {
  await t?.server.close();
});

describe('without Debian chromium', () => {
  it('takes the Chromium from npm and drives the page with it', { timeout: 90_000 }, async () => {
    const hidden = ['/nonexistent/chromium'];
    const choice = await chooseChromium(undefined, hidden);
    expect(choice.kind).toBe('bundled');
    expect(choice.executablePath).not.toMatch(/^\/usr\//);
    const browser = await launchChromium(undefined, hidden);
    try {
      expect(browser.version()).toMatch(/^\d+\./);
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(`${t.server.url}/?lang=en`);
      await page.waitForSelector('.drop-zone');
      expect(await page.textContent('h1')).toBe('Who from your past jobs is worth a message?');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('fails in plain words when Debian chromium is asked for and missing', async () => {
    await expect(chooseChromium('debian', ['/nonexistent/chromium'])).rejects.toThrow(/not installed/);
  });
});
