// The CLI's TypeScript, bundled once by esbuild and kept until a source changes. tsx compiles on
// every start (~0.3 s before any work); loading the bundle takes ~0.1 s. Plain JavaScript because it
// runs before anything can compile TypeScript.
import {
  closeSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Not import.meta.dirname: Node 20 has it only from 20.11.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = join(ROOT, 'functions', 'cli', 'main.ts');
/** The CLI's sources, for running through tsx. */
export const SOURCE_URL = pathToFileURL(ENTRY).href;
const DEFAULT_CACHE = join(ROOT, 'node_modules', '.cache', 'reconnect');
// The bundle's first line names the files it was built from and their modification times.
const MANIFEST = '// reconnect-cli-bundle ';

/**
 * The URL of an up-to-date bundle of the CLI, building it when missing or stale; null when it cannot
 * be built or written here (esbuild absent, read-only install), and the caller should run the sources.
 * @param {string} [cacheDir] where the bundle lives; tests pass their own.
 * @returns {Promise<string | null>}
 */
export async function cachedBundle(cacheDir = DEFAULT_CACHE) {
  const file = join(cacheDir, 'cli.mjs');
  if (isFresh(file)) return pathToFileURL(file).href;
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const { build } = await import('esbuild');
    const started = Date.now();
    const result = await build({
      entryPoints: [ENTRY],
      absWorkingDir: ROOT,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).map((path) => {
      const absolute = resolve(ROOT, path);
      const mtimeMs = statSync(absolute).mtimeMs;
      // Saved while esbuild read it: which version went in is unknown, so the next run rebuilds.
      return [absolute, mtimeMs >= started ? 0 : mtimeMs];
    });
    mkdirSync(cacheDir, { recursive: true });
    // Written whole under another name, then renamed: two first runs at once each leave a whole file.
    writeFileSync(temporary, `${MANIFEST}${JSON.stringify(inputs)}\n${result.outputFiles[0].text}`);
    renameSync(temporary, file);
    return pathToFileURL(file).href;
  } catch {
    try {
      unlinkSync(temporary);
    } catch {}
    return null;
  }
}

/** The bundle exists and every file it was built from is unchanged since. */
function isFresh(file) {
  let inputs;
  try {
    inputs = JSON.parse(firstLine(file).slice(MANIFEST.length));
  } catch {
    return false;
  }
  if (!Array.isArray(inputs) || inputs.length === 0) return false;
  for (const [path, mtimeMs] of inputs) {
    try {
      if (statSync(path).mtimeMs !== mtimeMs) return false;
    } catch {
      return false;
    }
  }
  return true;
}

function firstLine(file) {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const text = buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
    const end = text.indexOf('\n');
    if (!text.startsWith(MANIFEST) || end < 0) throw new Error('not a CLI bundle');
    return text.slice(0, end);
  } finally {
    closeSync(fd);
  }
}
