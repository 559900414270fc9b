import { launchChromium } from '../support/browser.ts';
import { startTestServer } from '../support/local-server.ts';
import { WEB_DIST } from '../support/web-dist.ts';

/**
 * The page in headless Chromium reading an export on the device (the engine in the Web Worker), timed
 * from the moment the page has the file to the first row of the report, `runs` times; and the export
 * reduced for an upload, before and after. Needs web/dist (npm run build:web).
 */
export async function benchDevice(zip: Uint8Array, runs = 3) {
  const t = await startTestServer(undefined, WEB_DIST);
  const browser = await launchChromium();
  const seconds: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(t.server.url);
      await page.setInputFiles('#export-file', [
        { name: 'export.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) },
      ]);
      // Timed from the page's own clock: Playwright's hand-over of the file is not the product's time.
      const chosen = await page.evaluate(() => performance.now());
      await page.waitForSelector('.row-item:not(.loading)', { timeout: 120_000 });
      const shown = await page.evaluate(() => performance.now());
      seconds.push((shown - chosen) / 1000);
      await page.close();
    }
  } finally {
    await browser.close();
    await t.server.close();
  }
  return { seconds };
}
