import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, headless, with the flags that keep it off the (closed) network. */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((path) => existsSync(path));

export function launchChromium(): Promise<Browser> {
  if (!CHROMIUM)
    throw new Error('Chromium is not installed: apt-get install -y chromium (.ci/run does this).');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
