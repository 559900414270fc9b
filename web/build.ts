/**
 * Builds the page into web/dist: the page's script, the analysis worker's, the stylesheet and the
 * HTML. No CDN: every asset is served by us (locally by @hono/node-server, on AWS from the site bucket
 * behind CloudFront). Scripts and stylesheet go to dist/assets/ named by their content's hash, and
 * index.html (or, for the worker, the page's script) names them: a new build is a new name, so a
 * cached copy can never be a stale one (the stack caches assets/ for a year and revalidates index.html
 * on every load).
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { workerBundleProblems } from './worker-bundle-check.ts';

const here = import.meta.dirname;
const dist = join(here, 'dist');
// Afresh: the stack uploads what is here, and yesterday's hashed files (or an unhashed app.js from
// before) must not ride along.
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const common = {
  entryNames: 'assets/[name]-[hash]',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  outdir: dist,
  metafile: true,
  logLevel: 'warning',
  // A browser bundle: a Node built-in anywhere in it is an error, not a silent shim.
  platform: 'browser',
} as const;

const built = (metafile: Metafile, name: string) => {
  const output = Object.keys(metafile.outputs).find(
    (file) => basename(file).startsWith(`${name}-`) && !file.endsWith('.map'),
  );
  if (!output) throw new Error(`web/build: esbuild wrote no ${name} bundle`);
  return `/${relative(dist, resolve(output)).split('\\').join('/')}`;
};

// The worker first: the page's script names it.
const worker = await build({
  ...common,
  entryPoints: { worker: join(here, 'src', 'device', 'analysis-worker.ts') },
});
const problems = workerBundleProblems(Object.keys(worker.metafile.inputs));
if (problems.length)
  throw new Error(
    `web/build: the analysis worker must hold the pure core only, not:\n  ${problems.join('\n  ')}`,
  );
const workerUrl = built(worker.metafile, 'worker');

const { metafile } = await build({
  ...common,
  entryPoints: { app: join(here, 'src', 'main.ts'), styles: join(here, 'styles.css') },
  define: { RECONNECT_WORKER_URL: JSON.stringify(workerUrl) },
});
const appUrl = built(metafile, 'app');
const html = readFileSync(join(here, 'index.html'), 'utf8')
  .replace('"/app.js"', `"${appUrl}"`)
  .replace('"/styles.css"', `"${built(metafile, 'styles')}"`);
writeFileSync(join(dist, 'index.html'), html);
copyFileSync(join(here, 'favicon.svg'), join(dist, 'favicon.svg'));
const kb = (path: string) => Math.round(statSync(join(dist, path)).size / 1024);
console.log(`web/build: worker ${workerUrl} ${kb(workerUrl)} KB, page ${appUrl} ${kb(appUrl)} KB`);
