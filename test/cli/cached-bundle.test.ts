import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };

const BIN = join(import.meta.dirname, '..', '..', 'functions', 'cli', 'reconnect.js');
const MAIN = join(import.meta.dirname, '..', '..', 'functions', 'cli', 'main.ts');

function version(cacheDir: string) {
  const run = spawnSync(process.execPath, [BIN, '--version'], {
    encoding: 'utf8',
    env: { ...process.env, RECONNECT_CACHE_DIR: cacheDir },
  });
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr };
}

const manifestOf = (bundle: string) => readFileSync(bundle, 'utf8').split('\n', 1)[0] as string;

describe('the reconnect command runs from a bundle of its sources', () => {
  it('builds the bundle on first use, reuses it while the sources are unchanged, and rebuilds when one changed', () => {
    const cache = mkdtempSync(join(tmpdir(), 'reconnect-cache-'));
    const bundle = join(cache, 'cli.mjs');

    expect(version(cache)).toMatchObject({ status: 0, stdout: `reconnect ${packageJson.version}` });
    const manifest = manifestOf(bundle);
    expect(manifest).toContain(JSON.stringify(MAIN));
    const built = statSync(bundle);

    expect(version(cache).status).toBe(0);
    expect(statSync(bundle).mtimeMs).toBe(built.mtimeMs);

    // As if main.ts had been edited since: its recorded time no longer matches the file's.
    const stale = manifest.replace(
      new RegExp(`(${JSON.stringify(MAIN).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')},)[0-9.]+`),
      '$11',
    );
    expect(stale).not.toBe(manifest);
    writeFileSync(bundle, readFileSync(bundle, 'utf8').replace(manifest, stale));
    expect(version(cache).status).toBe(0);
    expect(manifestOf(bundle)).toBe(manifest);
  });

  it('runs the sources through tsx when no bundle can be written, leaving no temporary file', () => {
    const notADirectory = join(mkdtempSync(join(tmpdir(), 'reconnect-cache-')), 'file');
    writeFileSync(notADirectory, '');
    expect(version(join(notADirectory, 'cache'))).toMatchObject({
      status: 0,
      stdout: `reconnect ${packageJson.version}`,
    });
    // The bundle's own name taken by a folder: the write succeeds, the rename fails.
    const cache = mkdtempSync(join(tmpdir(), 'reconnect-cache-'));
    mkdirSync(join(cache, 'cli.mjs'));
    expect(version(cache).status).toBe(0);
    expect(readdirSync(cache)).toEqual(['cli.mjs']);
  });
});
