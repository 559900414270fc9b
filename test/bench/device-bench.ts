import { launchChromium } from '../support/browser.ts';
import { startTestServer } from '../support/local-server.ts';
import { WEB_DIST } from '../support/web-dist.ts';

/**
 * The page in headless Chromium reading an export, timed from the moment the page has the file to the
 * first row of the report, `runs` times each way: on the device (the engine in the Web Worker), and on
 * the server (reduced in the worker, uploaded, analysed by the local ingest, read back). Needs web/dist
 * (npm run build:web).
 */
export async function benchDevice(zip: Uint8Array, runs = 3) {
  const t = await startTestServer(undefined, WEB_DIST);
  const browser = await launchChromium();
  const seconds: number[] = [];
  const server: number[] = [];
  try {
    for (let i = 0; i < runs * 2; i++) {
      const onServer = i >= runs;
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(t.server.url);
      if (onServer) await page.check('#where-server');
      await page.setInputFiles('#export-file', [
        { name: 'export.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) },
      ]);
      // Timed from the page's own clock: Playwright's hand-over of the file is not the product's time.
      const chosen = await page.evaluate(() => performance.now());
      await page.waitForSelector('.row-item:not(.loading)', { timeout: 120_000 });
      const shown = await page.evaluate(() => performance.now());
      (onServer ? server : seconds).push((shown - chosen) / 1000);
      await page.close();
    }
  } finally {
    await browser.close();
    await t.server.close();
  }
  return { seconds, server };
}
