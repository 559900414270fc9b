import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium where the machine has it; otherwise the Chromium that ships inside the npm package
 * `@sparticuz/chromium` (unpacked to the temporary folder on first use, ~1.6 s), so `npm install` then
 * `npm test` is all a new machine needs. `RECONNECT_CHROMIUM=bundled` takes the npm one even where
 * Debian's is installed (the fallback's own test), `RECONNECT_CHROMIUM=/path` a browser of your own.
 */
const DEBIAN = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'];

/** Flags that keep Chromium off the (closed) network and fit it to a container. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface ChromiumChoice {
  kind: 'debian' | 'bundled' | 'given';
  executablePath: string;
  args: string[];
}

/** `debianPaths` is where Debian's Chromium is looked for: a test hides it by giving others. */
export async function chooseChromium(
  wanted = process.env.RECONNECT_CHROMIUM,
  debianPaths = DEBIAN,
): Promise<ChromiumChoice> {
  if (wanted && wanted !== 'bundled' && wanted !== 'debian')
    return { kind: 'given', executablePath: wanted, args: FLAGS };
  const debian = debianPaths.find((path) => existsSync(path));
  if (debian && wanted !== 'bundled') return { kind: 'debian', executablePath: debian, args: FLAGS };
  if (wanted === 'debian') throw new Error('Debian chromium was asked for and is not installed.');
  const { default: bundled } = await import('@sparticuz/chromium');
  // Not its Lambda flags: they switch off web security, which the page's own tests rely on.
  return { kind: 'bundled', executablePath: await bundled.executablePath(), args: FLAGS };
}

export async function launchChromium(wanted?: string, debianPaths?: string[]): Promise<Browser> {
  const choice = await chooseChromium(wanted, debianPaths);
  return chromium.launch({ executablePath: choice.executablePath, args: choice.args });
}
