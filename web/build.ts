/**
 * Builds the page into web/dist: one bundled script, the stylesheet and the HTML. No CDN: every asset
 * is served by us (locally by @hono/node-server, on AWS from the site bucket behind CloudFront).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const here = import.meta.dirname;
const dist = join(here, 'dist');
mkdirSync(dist, { recursive: true });
await build({
  entryPoints: [join(here, 'src', 'main.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  outfile: join(dist, 'app.js'),
  logLevel: 'warning',
});
for (const file of ['index.html', 'styles.css', 'favicon.svg'])
  copyFileSync(join(here, file), join(dist, file));
