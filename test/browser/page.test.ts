import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../functions/core/report.ts';
import { launchChromium } from '../support/browser.ts';
import { buildExport } from '../support/build-export.ts';
import { fixtureFiles, fixtureZip } from '../support/fixtures.ts';
import { startTestServer } from '../support/local-server.ts';
import {
  collectErrors,
  pictureText,
  rowsAboveTheFold,
  seriousViolations,
  serverRoutes,
} from '../support/page-checks.ts';
import { generateExport } from '../support/synthetic-export.ts';

/**
 * The page in real headless Chromium against the real local server, driven as a person would: at a
 * desktop's 1280×800 and a phone's 390×844. Tests of routes still to come from the marks work
 * (POST …/marks, PUT …/employers, `clear` and `unmerge` in corrections) skip, naming the route, until
 * the server has them.
 */
// A real browser, axe runs and a 1,923-person report on two cores: more time than a unit test.
vi.setConfig({ testTimeout: 90_000 });
const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
let t: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let desktop: BrowserContext;
let phone: BrowserContext;
let routes: Awaited<ReturnType<typeof serverRoutes>>;
/** Every console error and uncaught exception of every page: none is expected. */
const errors: string[] = [];
/** A 1,923-connection export (the size in the issue) and a small one with known people. */
let big: string;
let small: string;

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const mine = collectErrors(page);
  page.on('close', () => errors.push(...mine));
  await page.goto(`${t.server.url}${path}`);
  return page;
}

async function openReport(context: BrowserContext, id: string, query = 'lang=en'): Promise<Page> {
  const page = await open(context, `/?report=${id}&${query}`);
  await page.waitForSelector('.row-item:not(.loading)', { timeout: 20_000 });
  return page;
}

async function uploadViaApi(files: { name: string; bytes: Uint8Array }[]): Promise<string> {
  const single = files.length === 1 ? files[0] : undefined;
  const bytes = single ? single.bytes : zipSync(Object.fromEntries(files.map((f) => [f.name, f.bytes])));
  const up = await t.upload(single ? single.name : 'export.zip', bytes);
  const settled = await t.settled(up.id);
  expect(settled.status).toBe(200);
  return up.id;
}

const storedReport = async (id: string): Promise<Report> =>
  ((await (await t.api(`/api/reports/${id}?omit=people`)).json()) as { report: Report }).report;

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

beforeAll(async () => {
  t = await startTestServer(undefined, join(import.meta.dirname, '..', '..', 'web', 'dist'));
  browser = await launchChromium();
  desktop = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true, locale: 'en-US' });
  phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en-US' });
  for (const context of [desktop, phone])
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.server.url });
  routes = await serverRoutes(t.server.url);
  const synthetic = generateExport({ seed: 5, connections: 1923, messages: 800 });
  big = await uploadViaApi(synthetic.files.map((f) => ({ name: f.name, bytes: strToU8(f.text) })));
  small = await uploadViaApi([{ name: 'export.zip', bytes: fixtureZip('era-2026').bytes }]);
  mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await t?.server.close();
});

describe('the upload', () => {
  it('goes from the landing page through the progress view to the list, axe-clean at each step', {
    timeout: 120_000,
  }, async () => {
    for (const context of [desktop, phone]) {
      const page = await open(context, '/');
      expect(await seriousViolations(page)).toEqual([]);
      expect(await sideways(page)).toBe(false);
      // Hold the upload until the progress view has been checked.
      let release: () => void = () => {};
      const held = new Promise<void>((done) => {
        release = done;
      });
      await page.route(
        (url) => !url.href.startsWith(t.server.url),
        async (route) => {
          await held;
          await route.continue();
        },
      );
      await page.check('#where-server');
      await page.setInputFiles('#export-file', [
        {
          name: 'Basic_LinkedInDataExport.zip',
          mimeType: 'application/zip',
          buffer: Buffer.from(fixtureZip('era-2026').bytes),
        },
      ]);
      // First the page takes out what the analysis does not read, then it uploads, saying what goes.
      await page.waitForSelector('.progress h1:text-is("Uploading your export…")');
      expect(await page.textContent('.progress .sent-line')).toMatch(
        /^Sending \d+ files with only the columns/,
      );
      expect(await seriousViolations(page)).toEqual([]);
      release();
      await page.waitForSelector('.row-item:not(.loading)', { timeout: 20_000 });
      expect(page.url()).toMatch(/\?report=[A-Za-z0-9_-]{22}&lang=en$/);
      expect(await page.locator('.row-name').first().textContent()).toBe('Lena Fischer');
      await page.close();
    }
  });

  it('sends employers typed on the landing page as upload options, not as a Positions.csv', async () => {
    const page = await open(desktop, '/');
    await page.click('.employers summary');
    await page.fill(
      '#employers',
      'Lumen Health: 2022-06..\nCobalt Payments: 2019-03..2022-05\nTrellis Labs: 2017-07..2019-02',
    );
    const created = page.waitForRequest((r) => r.url().endsWith('/api/reports') && r.method() === 'POST');
    const connections = fixtureFiles('era-2026').find((f) => f.name === 'Connections.csv');
    await page.check('#where-server');
    await page.setInputFiles('#export-file', [
      { name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(connections?.bytes ?? []) },
    ]);
    expect(JSON.parse((await created).postData() ?? '{}')).toEqual({
      employers: [
        { company: 'Lumen Health', from: '2022-06', to: null },
        { company: 'Cobalt Payments', from: '2019-03', to: '2022-05' },
        { company: 'Trellis Labs', from: '2017-07', to: '2019-02' },
      ],
      lang: 'en',
    });
    await page.waitForSelector('.row-item:not(.loading)', { timeout: 20_000 });
    const id = new URL(page.url()).searchParams.get('report') ?? '';
    const report = await storedReport(id);
    expect(report.owner.employersSource).toBe('options');
    expect(report.inputs.some((f) => f.kind === 'positions')).toBe(false);
    await page.locator('button.row').first().click();
    expect((await page.locator('.reasons li').allTextContents()).join('\n')).toMatch(
      /Cobalt Payments|Lumen Health/,
    );
    await page.close();
  });

  it('zips several CSVs in the browser into one upload', async () => {
    const page = await open(phone, '/');
    const files = fixtureFiles('era-2026').filter((f) =>
      ['Connections.csv', 'Positions.csv', 'messages.csv'].includes(f.name),
    );
    await page.check('#where-server');
    await page.setInputFiles(
      '#export-file',
      files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.bytes) })),
    );
    await page.waitForSelector('.row-item:not(.loading)', { timeout: 20_000 });
    const report = await storedReport(new URL(page.url()).searchParams.get('report') ?? '');
    expect(report.owner.employersSource).toBe('positions');
    expect(report.inputs.map((f) => f.kind).sort()).toEqual(['connections', 'messages', 'positions']);
    await page.close();
  });

  it('names an employer line it cannot read, and uploads nothing', async () => {
    const page = await open(desktop, '/');
    await page.click('.employers summary');
    await page.fill('#employers', 'Acme from 2018');
    const connections = fixtureFiles('era-2026').find((f) => f.name === 'Connections.csv');
    await page.check('#where-server');
    await page.setInputFiles('#export-file', [
      { name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(connections?.bytes ?? []) },
    ]);
    await page.waitForSelector('.landing .error:not([hidden])');
    expect(await page.textContent('.landing .error')).toContain('Could not read "Acme from 2018"');
    expect(page.url()).not.toContain('report=');
    await page.close();
  });

  it('explains a wrong file in plain words', async () => {
    const messages = fixtureFiles('era-2026').find((f) => f.name === 'messages.csv');
    const page = await desktop.newPage();
    const mine = collectErrors(page);
    await page.goto(t.server.url);
    await page.check('#where-server');
    await page.setInputFiles('#export-file', [
      { name: 'messages.csv', mimeType: 'text/csv', buffer: Buffer.from(messages?.bytes ?? []) },
    ]);
    await page.waitForSelector('.progress .error');
    expect(await page.textContent('.progress .error')).toBe(
      'This is messages.csv; Reconnect needs Connections.csv or the whole export ZIP.',
    );
    // The page's own reading found it out: nothing was uploaded to be refused.
    expect(page.url()).not.toContain('report=');
    expect(await seriousViolations(page)).toEqual([]);
    expect(mine).toEqual([]);
    await page.close();
  });
});

describe('a 1,923-connection report, scanned', () => {
  for (const [name, size, fold] of [
    ['desktop', DESKTOP, 5],
    ['phone', PHONE, 3],
  ] as const) {
    it(`shows at least ${fold} people above the fold at ${size.width}×${size.height}, opens at the top, fits the width, axe-clean`, async () => {
      const page = await openReport(name === 'desktop' ? desktop : phone, big);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await rowsAboveTheFold(page)).toBeGreaterThanOrEqual(fold);
      expect(await page.textContent('.total')).toBe('1,923 people');
      expect(await sideways(page)).toBe(false);
      await page.screenshot({ path: join(ARTIFACTS, `report-${size.width}.png`) });
      expect(await seriousViolations(page)).toEqual([]);
      // Opened: the reasons, the evidence and the draft, still within the width, still axe-clean.
      await page.locator('button.row').first().click();
      await page.waitForSelector('.detail .draft-text');
      expect(await sideways(page)).toBe(false);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `report-${size.width}-open.png`) });
      // The pictures: text at least 11 px as shown, no two labels on top of each other.
      await page.locator('.pictures').scrollIntoViewIfNeeded();
      const text = await pictureText(page);
      expect(text.count).toBeGreaterThan(5);
      expect(text.smallest).toBeGreaterThanOrEqual(11);
      expect(text.collisions).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `report-${size.width}-full.png`), fullPage: true });
      await page.close();
    });
  }

  it('scrolls all the way down without "Show more", with only the visible rows in the page', async () => {
    const page = await openReport(desktop, big);
    expect(await page.getByRole('button', { name: /show more/i }).count()).toBe(0);
    expect(await page.locator('.row-item').count()).toBeLessThan(60);
    const list = page.locator('.rows');
    for (let i = 0; i < 40; i++) {
      await list.evaluate((box) => {
        box.scrollTop = box.scrollHeight;
      });
      if ((await page.locator('.row-item[aria-posinset="1923"]').count()) > 0) break;
      await page.waitForTimeout(100);
    }
    const last = page.locator('.row-item[aria-posinset="1923"]');
    await last.waitFor();
    expect(await last.locator('.row-rank').textContent()).toBe('Rank 1923');
    expect(await page.locator('.row-item').count()).toBeLessThan(60);
    await page.close();
  });

  it('says every number in words, with the number on hover and in the opened row', async () => {
    const page = await openReport(desktop, big);
    const api = (await (await t.api(`/api/reports/${big}/people?limit=1&lang=en`)).json()) as {
      people: {
        rank: number;
        score: number;
        confidence: number;
        words: { status: string; label: string; confidence: string; draftLabel: string };
      }[];
    };
    const first = api.people[0];
    if (!first) throw new Error('no people');
    const row = page.locator('.row-item').first();
    expect(await row.locator('.row-status').textContent()).toContain(first.words.status);
    const tie = row.locator('.row-tie');
    expect(await tie.textContent()).toContain(`${first.words.label} (${first.words.confidence})`);
    expect(await tie.getAttribute('title')).toContain(`Reconnect score ${first.score} of 100`);
    await row.locator('button.row').click();
    const facts = await row.locator('.facts-row').textContent();
    expect(facts).toContain(`${first.words.confidence} (${first.confidence.toFixed(2)}`);
    expect(facts).toContain(`Reconnect score ${first.score} of 100`);
    expect(await row.locator('.draft-label').textContent()).toBe(
      `${first.words.draftLabel}: a draft to edit`,
    );
    await page.close();
  });
});

describe('a row, opened', () => {
  it('opens in place with the keyboard: a button with aria-expanded, focus visible, arrows between rows', async () => {
    const page = await openReport(desktop, small);
    const first = page.locator('button.row').first();
    await first.focus();
    expect(await first.evaluate((b) => getComputedStyle(b).outlineStyle)).not.toBe('none');
    expect(await first.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    const detail = page.locator(`#${await first.getAttribute('aria-controls')}`);
    expect(await detail.isVisible()).toBe(true);
    expect(await detail.locator('.reasons li').first().textContent()).toMatch(/worked .*Cobalt Payments/);
    await page.keyboard.press('Enter');
    expect(await first.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(
      () => document.activeElement?.closest('li')?.getAttribute('aria-posinset') === '2',
    );
    // Tab goes on from a row into its open detail: the draft, then its buttons.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.detail') !== null)).toBe(true);
    await page.close();
  });

  it('copies the draft as edited, labelled for what it is, with the profile beside it', async () => {
    const page = await openReport(desktop, small);
    const row = page.locator('.row-item').first();
    await row.locator('button.row').click();
    expect(await row.locator('.draft-label').textContent()).toMatch(
      /^(Reconnect note|Follow-up|Thank-you|Reply|Hello): a draft to edit$/,
    );
    const draft = row.locator('textarea.draft-text');
    const original = await draft.inputValue();
    expect(original.length).toBeGreaterThan(20);
    const edited = `${original} See you at the meetup? <b>not markup</b>`;
    await draft.fill(edited);
    await row.getByRole('button', { name: /^Copy the message to / }).click();
    await page.waitForFunction(() => document.querySelector('.copied')?.textContent === 'Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(edited);
    const profile = row.locator('a.profile');
    expect(await profile.getAttribute('href')).toMatch(/^https:\/\/www\.linkedin\.com\/in\//);
    expect(await profile.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await profile.getAttribute('target')).toBe('_blank');
    expect(await profile.textContent()).toContain('Open on LinkedIn');
    // The edit survives the row scrolling out of view and back.
    await page.locator('.rows').evaluate((box) => {
      box.scrollTop = box.scrollHeight;
    });
    await page.waitForTimeout(200);
    await page.locator('.rows').evaluate((box) => {
      box.scrollTop = 0;
    });
    await page.waitForTimeout(200);
    expect(await page.locator('.row-item').first().locator('textarea.draft-text').inputValue()).toBe(edited);
    await page.close();
  });

  it('links to a LinkedIn search by name and company where the export has no profile URL', async () => {
    const id = await uploadViaApi([{ name: 'export.zip', bytes: fixtureZip('era-2020').bytes }]);
    const page = await openReport(desktop, id);
    const api = (await (await t.api(`/api/reports/${id}/people?limit=500&lang=en`)).json()) as {
      people: { name: string; company: string; profileUrl: string | null; hidden?: boolean }[];
    };
    const without = api.people.find((p) => !p.profileUrl && !p.hidden && p.name);
    if (!without) throw new Error('the 2020 export has people without a URL');
    await page.fill('#filter-q', without.name);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('q'));
    const row = page.locator('.row-item', { has: page.getByText(without.name, { exact: true }) }).first();
    await row.locator('button.row').click();
    const link = row.locator('a.profile');
    const href = new URL((await link.getAttribute('href')) ?? '');
    expect(href.origin + href.pathname).toBe('https://www.linkedin.com/search/results/people/');
    expect(href.searchParams.get('keywords')).toBe(`${without.name} ${without.company}`.trim());
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.textContent()).toContain('Find on LinkedIn');
    await page.close();
  });
});

describe('filters in the URL', () => {
  it('keeps filters, search and order through a reload', async () => {
    const page = await openReport(desktop, big);
    await page.selectOption('#filter-category', 'former-colleague');
    await page.waitForFunction(() => document.querySelector('.total')?.textContent?.endsWith('match'));
    await page.selectOption('#filter-status', 'due');
    await page.selectOption('#filter-sort', 'name');
    await page.fill('#filter-q', 'a');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'a');
    await page.waitForSelector('.row-item:not(.loading)');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      report: big,
      lang: 'en',
      category: 'former-colleague',
      status: 'due',
      q: 'a',
      sort: 'name',
    });
    const before = {
      total: await page.textContent('.total'),
      names: await page.locator('.row-name').allTextContents(),
    };
    expect(before.names).toEqual([...before.names].sort((a, b) => a.localeCompare(b)));
    await page.reload();
    await page.waitForSelector('.row-item:not(.loading)');
    expect(await page.inputValue('#filter-category')).toBe('former-colleague');
    expect(await page.inputValue('#filter-status')).toBe('due');
    expect(await page.inputValue('#filter-sort')).toBe('name');
    expect(await page.inputValue('#filter-q')).toBe('a');
    expect(await page.textContent('.total')).toBe(before.total);
    expect(await page.locator('.row-name').allTextContents()).toEqual(before.names);
    await page.close();
  });

  it('shows possible colleagues on request', async () => {
    const page = await openReport(desktop, big);
    await page.selectOption('#filter-category', 'former-colleague');
    await page.waitForFunction(() => document.querySelector('.total')?.textContent?.endsWith('match'));
    const likely = Number((await page.textContent('.total'))?.replace(/\D/g, ''));
    await page.selectOption('#filter-category', 'possible');
    await page.waitForFunction(
      (n) => Number(document.querySelector('.total')?.textContent?.replace(/\D/g, '')) > n,
      likely,
    );
    expect(new URL(page.url()).searchParams.get('possible')).toBe('true');
    await page.close();
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    const page = await openReport(phone, big);
    await page.fill('#filter-q', 'no one is called this');
    await page.waitForSelector('.empty:not([hidden])');
    expect(await page.textContent('.empty p')).toBe('No one matches these filters.');
    expect(await page.textContent('.total')).toBe('0 people match');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await page.waitForFunction(() => document.querySelector('.total')?.textContent === '1,923 people');
    expect(new URL(page.url()).searchParams.has('q')).toBe(false);
    expect(await page.inputValue('#filter-q')).toBe('');
    await page.close();
  });

  it('filters by a company chosen in the graph, by mouse or keyboard', async () => {
    const page = await openReport(desktop, big);
    const employer = page.locator('.graph .node.employer').first();
    const label = (await employer.getAttribute('aria-label')) ?? '';
    await employer.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('company'));
    const company = new URL(page.url()).searchParams.get('company') ?? '';
    expect(await page.inputValue('#filter-employer')).toBe(company);
    await page.waitForFunction(() => document.querySelector('.total')?.textContent?.endsWith('match'));
    expect(label).toMatch(/^Show the people of /);
    const destination = page.locator('.graph .node.company').first();
    await destination.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (before) => new URL(location.href).searchParams.get('company') !== before,
      company,
    );
    const picked = new URL(page.url()).searchParams.get('company') ?? '';
    await page.waitForSelector('.row-item:not(.loading)');
    expect(await page.inputValue('#filter-employer')).toBe(picked);
    expect((await page.locator('.row-where').first().textContent())?.toLowerCase()).toContain(
      picked.toLowerCase(),
    );
    await page.close();
  });
});

describe('in German', () => {
  it('follows the browser, and the choice stays in the URL', async () => {
    const german = await browser.newContext({ viewport: DESKTOP, locale: 'de-AT' });
    const page = await german.newPage();
    const mine = collectErrors(page);
    await page.goto(`${t.server.url}/?report=${small}`);
    await page.waitForSelector('.row-item:not(.loading)');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('de');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.textContent('label[for="filter-q"]')).toBe('Suche');
    await page.locator('button.row').first().click();
    expect(await page.locator('.draft-label').first().textContent()).toMatch(/: ein Entwurf zum Bearbeiten$/);
    expect(await page.locator('.reasons li').first().textContent()).toMatch(/Cobalt Payments/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.selectOption('#lang', 'en');
    await page.waitForFunction(
      () => document.querySelector('label[for="filter-q"]')?.textContent === 'Search',
    );
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.reload();
    await page.waitForSelector('.row-item:not(.loading)');
    expect(await page.textContent('label[for="filter-q"]')).toBe('Search');
    expect(mine).toEqual([]);
    await german.close();
  });
});

describe('keeping in touch', () => {
  it('marks someone messaged today, and undoes it right there', async (ctx) => {
    if (!routes.marks) ctx.skip('waits for POST /api/reports/{id}/marks (marks-work)');
    const id = await uploadViaApi([{ name: 'export.zip', bytes: fixtureZip('era-2026').bytes }]);
    const page = await openReport(desktop, id);
    const row = page.locator('.row-item').first();
    const before = await row.locator('.row-status').textContent();
    await row.locator('button.row').click();
    await row.getByRole('button', { name: 'I messaged them today' }).click();
    const note = page.locator('.row-item').first().locator('.row-note');
    await note.getByRole('button', { name: 'Undo' }).waitFor();
    expect(await note.textContent()).toMatch(/^Marked as messaged on .+: in touch now\./);
    expect(await page.locator('.row-item').first().locator('.row-status').textContent()).toMatch(/in touch/);
    expect((await storedReport(id)).corrections?.marks?.[0]?.kind).toBe('messaged');
    await note.getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction(
      () => document.querySelector('.row-item .row-note')?.textContent === 'Undone.',
    );
    expect(await page.locator('.row-item').first().locator('.row-status').textContent()).toBe(before);
    expect((await storedReport(id)).corrections?.marks ?? []).toEqual([]);
    // Or on a day of one's choosing.
    const day = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    const again = page.locator('.row-item').first();
    await again.getByLabel('Or: I messaged them on').fill(day);
    await again.getByRole('button', { name: 'Save' }).click();
    await page.locator('.row-item').first().locator('.row-note button').waitFor();
    expect((await storedReport(id)).corrections?.marks?.[0]).toMatchObject({ kind: 'messaged', on: day });
    await page.close();
  });

  it('snoozes someone for a chosen time, and says until when', async (ctx) => {
    if (!routes.marks) ctx.skip('waits for POST /api/reports/{id}/marks (marks-work)');
    const id = await uploadViaApi([{ name: 'export.zip', bytes: fixtureZip('era-2026').bytes }]);
    const page = await openReport(phone, id);
    const row = page.locator('.row-item').first();
    await row.locator('button.row').click();
    await row.getByLabel('Snooze for').selectOption('6');
    await row.getByRole('button', { name: 'Snooze', exact: true }).click();
    const note = page.locator('.row-item').first().locator('.row-note');
    await note.getByRole('button', { name: 'Undo' }).waitFor();
    expect(await note.textContent()).toMatch(/^Snoozed until .+: out of the way until then\./);
    expect(await page.locator('.row-item').first().locator('.row-status').textContent()).toMatch(
      /snoozed until/,
    );
    const mark = (await storedReport(id)).corrections?.marks?.[0];
    expect(mark?.kind).toBe('snoozed');
    const months = (Date.parse(mark?.until ?? '') - Date.now()) / (30.44 * 86_400_000);
    expect(months).toBeGreaterThan(5.5);
    expect(months).toBeLessThan(6.5);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('marks someone "not now" apart from "not a colleague"', async (ctx) => {
    if (!routes.marks) ctx.skip('waits for POST /api/reports/{id}/marks (marks-work)');
    const id = await uploadViaApi([{ name: 'export.zip', bytes: fixtureZip('era-2026').bytes }]);
    const page = await openReport(desktop, id);
    const row = page.locator('.row-item').first();
    await row.locator('button.row').click();
    await row.getByRole('button', { name: 'Not now' }).click();
    await page.locator('.row-item').first().locator('.row-note button').waitFor();
    const report = await storedReport(id);
    expect(report.corrections?.marks?.[0]?.kind).toBe('not-now');
    expect(report.corrections?.notColleague ?? []).toEqual([]);
    await page.close();
  });

  it('marks someone not a colleague, re-ranks, and undoes it right there', async (ctx) => {
    if (!routes.undo)
      ctx.skip('the undo waits for `clear` in POST /api/reports/{id}/corrections (marks-work)');
    const id = await uploadViaApi([{ name: 'export.zip', bytes: fixtureZip('era-2026').bytes }]);
    const page = await openReport(desktop, id);
    const row = page.locator('.row-item').first();
    expect(await row.locator('.row-name').textContent()).toBe('Lena Fischer');
    await row.locator('button.row').click();
    await row.getByRole('button', { name: 'Not a colleague' }).click();
    const lena = page.locator('.row-item', { hasText: 'Lena Fischer' });
    await lena.locator('.row-note button').waitFor();
    expect(await lena.locator('.row-note').textContent()).toMatch(/^Marked not a colleague: ranked again\./);
    expect(await lena.locator('.reasons li').first().textContent()).toBe(
      'You marked them as not a colleague.',
    );
    expect(await page.textContent('.changed')).toContain('The order has changed');
    await lena.getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction(
      () => document.querySelector('.row-item .row-note')?.textContent === 'Undone.',
    );
    expect(await lena.locator('.reasons li').first().textContent()).toMatch(/worked .*Cobalt Payments/);
    expect((await storedReport(id)).corrections?.notColleague ?? []).toEqual([]);
    await page.getByRole('button', { name: 'Show the new order' }).click();
    await page.waitForFunction(() => document.querySelector('.row-name')?.textContent === 'Lena Fischer');
    await page.close();
  });
});

describe('merging company names', () => {
  it('asks first when both are your own employers, and can be undone', async (ctx) => {
    const id = await uploadViaApi([{ name: 'export.zip', bytes: fixtureZip('era-2026').bytes }]);
    const page = await openReport(desktop, id);
    await page.fill('#merge-a', 'Cobalt Payments');
    await page.fill('#merge-b', 'Trellis Labs');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    const confirm = page.locator('.confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(
      'Cobalt Payments and Trellis Labs are both your own employers',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await confirm.count()).toBe(0);
    expect((await storedReport(id)).corrections?.merge ?? []).toEqual([]);
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.locator('.confirm').getByRole('button', { name: 'Merge them' }).click();
    await page.waitForFunction(() =>
      document.querySelector('.merge-said')?.textContent?.startsWith('Merged'),
    );
    expect((await storedReport(id)).corrections?.merge).toEqual([['Cobalt Payments', 'Trellis Labs']]);
    if (!routes.undo)
      ctx.skip('the undo waits for `unmerge` in POST /api/reports/{id}/corrections (marks-work)');
    await page.locator('.merge-said').getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction(() =>
      document.querySelector('.merge-said')?.textContent?.endsWith('are two companies again.'),
    );
    expect((await storedReport(id)).corrections?.merge ?? []).toEqual([]);
    await page.close();
  });

  it('merges two other names without asking', async () => {
    const id = await uploadViaApi([{ name: 'export.zip', bytes: fixtureZip('era-2026').bytes }]);
    const page = await openReport(desktop, id);
    await page.fill('#merge-a', 'Lumen Health');
    await page.fill('#merge-b', 'Lumen Health Labs');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.waitForFunction(() =>
      document.querySelector('.merge-said')?.textContent?.startsWith('Merged'),
    );
    expect(await page.locator('.confirm').count()).toBe(0);
    await page.close();
  });
});

describe('your employers on the report', () => {
  it('ranks a Connections.csv-only report again with employers given on it, with no new upload', async (ctx) => {
    const connections = fixtureFiles('era-2026').find((f) => f.name === 'Connections.csv');
    const id = await uploadViaApi([
      { name: 'Connections.csv', bytes: connections?.bytes ?? new Uint8Array() },
    ]);
    const page = await openReport(phone, id);
    // All zeros without employers: the box is at the top, open, and says why.
    const box = page.locator('.report-head .employers');
    expect(await box.getAttribute('open')).not.toBeNull();
    expect(await page.textContent('.report-head .notice')).toContain('Without your employers');
    expect(await seriousViolations(page)).toEqual([]);
    if (!routes.employers) ctx.skip('waits for PUT /api/reports/{id}/employers (marks-work)');
    await page.fill(
      '#report-employers',
      'Lumen Health: 2022-06..\nCobalt Payments: 2019-03..2022-05\nTrellis Labs: 2017-07..2019-02',
    );
    await page.getByRole('button', { name: 'Rank again with these employers' }).click();
    await page.waitForFunction(
      () =>
        document.querySelector('.report-head .employers [role="status"]')?.textContent ===
        'Ranked again with your employers.',
    );
    await page.waitForSelector('.row-item:not(.loading)');
    const report = await storedReport(id);
    expect(report.owner.employers.map((e) => e.company)).toEqual(
      expect.arrayContaining(['Cobalt Payments', 'Trellis Labs', 'Lumen Health']),
    );
    expect(report.summary.formerColleagues + report.summary.currentColleagues).toBeGreaterThan(0);
    expect(await page.textContent('.summary-line')).not.toMatch(
      /: 0 former colleagues, 0 current colleagues/,
    );
    await page.locator('button.row').first().click();
    expect((await page.locator('.reasons li').allTextContents()).join('\n')).toMatch(
      /Cobalt Payments|Lumen Health|Trellis Labs/,
    );
    await page.close();
  });
});

describe('names from strangers', () => {
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
    const id = await uploadViaApi(files.map((f) => ({ name: f.name, bytes: f.bytes })));
    const page = await desktop.newPage();
    const mine = collectErrors(page);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      dialog.dismiss();
    });
    await page.goto(`${t.server.url}/?report=${id}&lang=en`);
    await page.waitForSelector('.row-item:not(.loading)');
    for (const button of await page.locator('button.row').all()) await button.click();
    const app = page.locator('#app');
    expect(await app.locator('img, script, iframe, object').count()).toBe(0);
    expect(await app.locator('[onload], [onerror]').count()).toBe(0);
    const names = await page.locator('.row-name').allTextContents();
    for (const p of payloads) expect(names.some((n) => n.startsWith(p))).toBe(true);
    for (const href of await app
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))
      expect(href).toMatch(
        /^(https:\/\/www\.linkedin\.com\/(in|search)\/|\/api\/reports\/|http:\/\/127\.0\.0\.1)/,
      );
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
    expect(mine).toEqual([]);
    await page.close();
  });
});

describe('exports and deleting', () => {
  it('downloads the CSV in the page language, then deletes the report and returns to the start', async () => {
    const id = await uploadViaApi([{ name: 'export.zip', bytes: fixtureZip('era-2026').bytes }]);
    const page = await openReport(desktop, id);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(text.replace(/^\ufeff/, '').split('\r\n')[0]).toMatch(/^rank,name,profile_url,/);
    expect(text).toContain('Lena Fischer');
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Delete my report now' }).click();
    await page.waitForSelector('.drop-zone');
    expect(await page.textContent('.notice')).toBe('Your report was deleted.');
    expect((await t.api(`/api/reports/${id}`)).status).toBe(404);
    await page.close();
  });
});

describe('the whole run', () => {
  it('logged no console error on any page', async () => {
    for (const page of [...desktop.pages(), ...phone.pages()]) await page.close();
    expect(errors).toEqual([]);
  });
});
