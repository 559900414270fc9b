/**
 * Builds the page into web/dist: one bundled script, the stylesheet and the HTML. No CDN: every asset
 * is served by us (locally by @hono/node-server, on AWS from the site bucket behind CloudFront).
 * The script and stylesheet go to dist/assets/ named by their content's hash, and index.html names
 * them: a new build is a new name, so a cached copy can never be a stale one (the stack caches
 * assets/ for a year and revalidates index.html on every load).
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

const here = import.meta.dirname;
const dist = join(here, 'dist');
// Afresh: the stack uploads what is here, and yesterday's hashed files (or an unhashed app.js from
// before) must not ride along.
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const { metafile } = await build({
  entryPoints: { app: join(here, 'src', 'main.ts'), styles: join(here, 'styles.css') },
  entryNames: 'assets/[name]-[hash]',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  outdir: dist,
  metafile: true,
  logLevel: 'warning',
});
const built = (name: string) => {
  const output = Object.keys(metafile.outputs).find(
    (file) => basename(file).startsWith(`${name}-`) && !file.endsWith('.map'),
  );
  if (!output) throw new Error(`web/build: esbuild wrote no ${name} bundle`);
  return `/${relative(dist, resolve(output)).split('\\').join('/')}`;
};
const html = readFileSync(join(here, 'index.html'), 'utf8')
  .replace('"/app.js"', `"${built('app')}"`)
  .replace('"/styles.css"', `"${built('styles')}"`);
writeFileSync(join(dist, 'index.html'), html);
copyFileSync(join(here, 'favicon.svg'), join(dist, 'favicon.svg'));
