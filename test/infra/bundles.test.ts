import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalS3, startLocalS3, useLocalS3 } from '../../functions/local/local-s3.ts';
import { ORIGIN_HEADER, ORIGIN_SECRET_ENV } from '../../functions/origin-check/origin-check.ts';
import { keys } from '../../functions/storage/report-id.ts';
import { ReportStore, s3ClientFromEnvironment } from '../../functions/storage/report-store.ts';
import { fixtureZip } from '../support/fixtures.ts';
import { createPendingReport } from '../support/pending-report.ts';
import { synthApp } from '../support/synth-app.ts';

/**
 * The bundles the stack would deploy, run for real: synthesize with esbuild bundling, import each
 * function's asset in Node, and drive it with a literal event against the local S3-protocol server.
 * A bundle that cannot start is caught here, not on AWS.
 */
// Synthesized under the project's git-ignored cdk.out/.
const OUT = join(import.meta.dirname, '..', '..', 'cdk.out', 'test-bundles');
const BUCKET = 'reconnect-bundles';
let s3: LocalS3;
let assets: Record<'Ingest' | 'Api' | 'Sweep' | 'OriginCheck', string>;
/** The page as the two bucket deployments upload it: hashed assets, and the rest. */
let site: { assets: string; pages: string };

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  const { app, main } = synthApp({ 'aws:cdk:enable-asset-metadata': true }, { bundling: true, outdir: OUT });
  const assembly = app.synth();
  const template = assembly.getStackByName(main.stackName).template;
  const pathOf = (prefix: string) => {
    const [, resource] =
      Object.entries(
        template.Resources as Record<string, { Type: string; Metadata?: Record<string, string> }>,
      ).find(([id, r]) => id.startsWith(prefix) && r.Type === 'AWS::Lambda::Function') ?? [];
    return join(assembly.directory, resource?.Metadata?.['aws:asset:path'] ?? 'missing');
  };
  // Copied out of the project first: a bundle that leaned on node_modules would fail to import there.
  const copy = (dir: string) => {
    const to = mkdtempSync(join(tmpdir(), 'reconnect-bundle-'));
    cpSync(dir, to, { recursive: true });
    return to;
  };
  assets = {
    Ingest: copy(pathOf('IngestFunction')),
    Api: copy(pathOf('ApiFunction')),
    Sweep: copy(pathOf('SweepFunction')),
    OriginCheck: copy(pathOf('OriginCheckFunction')),
  };
  const deployed = (prefix: string) => {
    const [, resource] =
      Object.entries(
        template.Resources as Record<string, { Type: string; Properties: { SourceObjectKeys: string[] } }>,
      ).find(([id, r]) => id.startsWith(prefix) && r.Type === 'Custom::CDKBucketDeployment') ?? [];
    const key = resource?.Properties.SourceObjectKeys[0] ?? 'missing.zip';
    return join(assembly.directory, `asset.${key.replace(/\.zip$/, '')}`);
  };
  site = { assets: deployed('SiteAssets'), pages: deployed('SitePages') };
  s3 = await startLocalS3({ directory: mkdtempSync(join(tmpdir(), 'reconnect-bundles-')), bucket: BUCKET });
  useLocalS3(s3.endpoint, BUCKET);
}, 120_000);

afterAll(async () => {
  await s3?.close();
});

describe('the synthesized function bundles', () => {
  it('are single minified ESM files, with a source map only where a stack trace is logged', () => {
    expect(readdirSync(assets.Ingest).sort()).toEqual(['index.mjs', 'index.mjs.map']);
    expect(readdirSync(assets.Sweep).sort()).toEqual(['index.mjs', 'index.mjs.map']);
    expect(readdirSync(assets.Api)).toEqual(['index.mjs']);
    expect(readdirSync(assets.OriginCheck)).toEqual(['index.mjs']);
  });

  it('the origin check lets through only requests with the secret CloudFront sends', async () => {
    process.env[ORIGIN_SECRET_ENV] = 'the-secret-cloudfront-sends';
    const { handler } = await import(join(assets.OriginCheck, 'index.mjs'));
    const event = (headers: Record<string, string>) => ({ version: '2.0', type: 'REQUEST', headers });
    expect(await handler(event({ [ORIGIN_HEADER]: 'the-secret-cloudfront-sends' }))).toEqual({
      isAuthorized: true,
    });
    expect(await handler(event({ [ORIGIN_HEADER]: 'the-secret-cloudfront-send' }))).toEqual({
      isAuthorized: false,
    });
    expect(await handler(event({ host: 'abc.execute-api.eu-west-1.amazonaws.com' }))).toEqual({
      isAuthorized: false,
    });
  });

  it('the ingest bundle turns an upload into a report, given a literal S3 event', async () => {
    const store = new ReportStore(s3ClientFromEnvironment(s3.endpoint), BUCKET);
    const id = await createPendingReport(store, { upload: fixtureZip('era-2026').bytes });
    const { handler } = await import(join(assets.Ingest, 'index.mjs'));
    await handler({
      Records: [
        {
          eventName: 'ObjectCreated:Post',
          s3: { bucket: { name: BUCKET }, object: { key: `uploads/${id}/export`, size: 1 } },
        },
      ],
    });
    expect((await store.getStatus(id))?.status).toBe('ready');
    expect((await store.getReport(id))?.people).toHaveLength(10);
    expect(await store.uploadSize(keys.upload(id))).toBeNull();
  });

  it('the API bundle answers API Gateway v2 events', async () => {
    const { handler } = await import(join(assets.Api, 'index.mjs'));
    const event = (method: string, path: string) => ({
      version: '2.0',
      routeKey: '$default',
      rawPath: path,
      rawQueryString: '',
      headers: { host: 'abc.execute-api.eu-west-1.amazonaws.com' },
      requestContext: {
        http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
        stage: '$default',
      },
      isBase64Encoded: false,
    });
    const health = await handler(event('GET', '/api/health'));
    expect(health.statusCode).toBe(200);
    const created = await handler(event('POST', '/api/reports'));
    expect(created.statusCode).toBe(201);
    const body = JSON.parse(created.body);
    expect(body.upload.fields.key).toBe(`uploads/${body.id}/export`);
    expect(existsSync(join(assets.Api, 'index.mjs'))).toBe(true);
  });
});

describe('the sweep bundle', () => {
  it('deletes an expired report and keeps a live one, given a scheduled event', async () => {
    const store = new ReportStore(s3ClientFromEnvironment(s3.endpoint), BUCKET);
    const live = await createPendingReport(store);
    const expired = await createPendingReport(store);
    const past = new Date(Date.now() - 1000).toISOString();
    await store.putStatus(expired, { status: 'ready', createdAt: past, updatedAt: past, expiresAt: past });
    const { handler } = await import(join(assets.Sweep, 'index.mjs'));
    const result = await handler({ 'detail-type': 'Scheduled Event', source: 'aws.events', detail: {} });
    expect(result.deleted).toBeGreaterThanOrEqual(1);
    expect(await store.getStatus(expired)).toBeNull();
    expect((await store.getStatus(live))?.status).toBe('pending');
  });
});

describe('the page as deployed', () => {
  it('uploads the scripts and stylesheet under names of their content, which the page names, and no source map', () => {
    const hashed = readdirSync(site.assets).sort();
    expect(hashed).toEqual([
      expect.stringMatching(/^app-[A-Z0-9]{8}\.js$/),
      expect.stringMatching(/^styles-[A-Z0-9]{8}\.css$/),
      expect.stringMatching(/^worker-[A-Z0-9]{8}\.js$/),
    ]);
    expect(readdirSync(site.pages).sort()).toEqual(['favicon.svg', 'index.html']);
    const html = readFileSync(join(site.pages, 'index.html'), 'utf8');
    const [app, styles, worker] = hashed;
    for (const file of [app, styles]) expect(html).toContain(`"/assets/${file}"`);
    // The analysis worker is started by the page's script, which names it.
    expect(readFileSync(join(site.assets, app ?? ''), 'utf8')).toContain(`"/assets/${worker}"`);
    expect(html).not.toContain('"/app.js"');
  });
});

describe('npx cdk synth', () => {
  it('works offline, with no Docker, cdk-nag included', () => {
    const out = mkdtempSync(join(tmpdir(), 'reconnect-synth-'));
    const root = join(import.meta.dirname, '..', '..');
    execFileSync('npx', ['cdk', 'synth', '--quiet', '--no-notices', '-o', out], {
      cwd: root,
      stdio: 'pipe',
      timeout: 120_000,
    });
    expect(readdirSync(out)).toEqual(
      expect.arrayContaining(['Reconnect-prod.template.json', 'Reconnect-prod-waf-us-east-1.template.json']),
    );
  }, 120_000);
});
