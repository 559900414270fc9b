import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The folder boundaries of DESIGN.md, enforced by biome's noRestrictedImports (biome.json, overrides
 * per folder), which `npm run lint` runs as part of `npm test`. Each case is a temporary file where
 * the rule applies; the same checker runs once over all of them.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const RULE = 'lint/style/noRestrictedImports';

const cases = {
  coreBanned: [
    ['functions/core/x.ts', 'node:fs'],
    ['functions/core/x.ts', 'zlib'],
    ['functions/core/x.ts', '@aws-sdk/client-s3'],
    ['functions/core/x.ts', 'hono'],
    ['functions/core/x.ts', 'hono/aws-lambda'],
    ['functions/core/x.ts', '../storage/report-store.ts'],
    ['functions/core/detect/x.ts', '../../api/app-deps.ts'],
    ['functions/core/words/x.ts', 'node:worker_threads'],
  ],
  coreAllowed: [
    ['functions/core/x.ts', './report.ts'],
    ['functions/core/detect/x.ts', '../report.ts'],
    ['functions/core/x.ts', 'fflate'],
    ['functions/api/x.ts', 'node:zlib'],
  ],
  webBanned: [
    ['web/src/x.ts', '../../functions/core/detect/classify.ts'],
    ['web/src/x.ts', '../../functions/core/words/en.ts'],
    ['web/src/x.ts', '../../functions/core/output/people-csv.ts'],
    ['web/src/x.ts', '../../functions/api/create-app.ts'],
  ],
  webAllowed: [
    ['web/src/x.ts', '../../functions/core/index.ts'],
    ['web/src/x.ts', '../../functions/core/report.ts'],
    ['web/src/x.ts', '../../functions/core/lines.ts'],
    ['web/src/x.ts', '../../functions/core/words/index.ts'],
  ],
} as const;

const probes = Object.values(cases)
  .flat()
  .map(([path, from], i) => ({
    from,
    file: path.replace(/\.ts$/, `.boundary-probe-${process.pid}-${i}.ts`),
  }));
let found = new Map<string, string[]>();
let exitedWithError = false;

beforeAll(async () => {
  for (const { file, from } of probes)
    writeFileSync(join(ROOT, file), `import { thing } from '${from}';\nexport const used = thing;\n`);
  const biome = join(ROOT, 'node_modules', '.bin', 'biome');
  const args = ['lint', '--reporter=json', '--max-diagnostics=none', ...probes.map((p) => p.file)];
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)(biome, args, { cwd: ROOT }));
  } catch (error) {
    exitedWithError = true;
    stdout = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(stdout) as {
    diagnostics: { category: string; message: string; location: { path: string } }[];
  };
  found = new Map();
  for (const d of report.diagnostics)
    if (d.category === RULE) found.set(d.location.path, [...(found.get(d.location.path) ?? []), d.message]);
}, 60_000);
afterAll(() => {
  for (const { file } of probes) rmSync(join(ROOT, file), { force: true });
});

const messagesFor = (path: string, from: string) => {
  const probe = probes.find((p) => p.from === from && p.file.startsWith(path.replace(/\.ts$/, '.')));
  return found.get(probe?.file ?? '') ?? [];
};

describe('the lint fails on a boundary crossed', () => {
  it('exits with an error, as `npm run lint` (and so `npm test`) then does', () => {
    expect(exitedWithError).toBe(true);
  });
});

describe('functions/core imports nothing of the adapters', () => {
  it.each(cases.coreBanned)('%s importing %s is refused', (path, from) => {
    expect(messagesFor(path, from).join()).toContain('functions/core is the pure engine');
  });
  it.each(cases.coreAllowed)('%s importing %s passes', (path, from) => {
    expect(messagesFor(path, from)).toEqual([]);
  });
});

describe('the page imports core through its published entry points only', () => {
  it.each(cases.webBanned)('%s importing %s is refused', (path, from) => {
    expect(messagesFor(path, from).join()).toContain('published entry points');
  });
  it.each(cases.webAllowed)('%s importing %s passes', (path, from) => {
    expect(messagesFor(path, from)).toEqual([]);
  });
});
