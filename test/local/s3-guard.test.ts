import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureZip } from '../support/fixtures.ts';
import { startTestServer } from '../support/local-server.ts';
import { LOCAL_BUCKET, postForm, rawRequest, s3Client, signedForm } from '../support/s3-requests.ts';

/**
 * The local S3 endpoint, attacked as anyone who can reach 127.0.0.1 (another user, another web page)
 * would: every request below comes without the local credentials, or with a signature made for
 * something else. Each must be refused and leave the stored reports unread and unchanged; what the
 * product itself does (signed SDK calls, the page's presigned form) must keep working.
 */
let t: Awaited<ReturnType<typeof startTestServer>>;
let victim: string;
let victimStatus: string;
let victimReportHash: string;
let bucketUrl: string;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

// biome-ignore lint/suspicious/noTemplateCurlyInString: S3's placeholder for the uploaded file's name
const FILENAME = '${filename}';
const owner = () => s3Client(t.server.s3Endpoint);
async function read(key: string): Promise<string> {
  const object = await owner().send(new GetObjectCommand({ Bucket: LOCAL_BUCKET, Key: key }));
  return (await object.Body?.transformToString()) ?? '';
}
async function exists(key: string): Promise<boolean> {
  try {
    await owner().send(new HeadObjectCommand({ Bucket: LOCAL_BUCKET, Key: key }));
    return true;
  } catch {
    return false;
  }
}
/** The victim's report is where it was, as it was. */
async function expectVictimIntact(): Promise<void> {
  expect(await read(`reports/${victim}/status.json`)).toBe(victimStatus);
  expect(sha(await read(`reports/${victim}/report.json`))).toBe(victimReportHash);
  const answer = await t.api(`/api/reports/${victim}?omit=people`);
  expect(answer.status).toBe(200);
  expect((await answer.json()).status).toBe('ready');
}
/** A fresh report waiting for its upload, and the form the API hands out for it. */
async function pendingReport(): Promise<{ id: string; url: string; fields: Record<string, string> }> {
  const created = await (await t.api('/api/reports', { method: 'POST' })).json();
  return { id: created.id, ...created.upload };
}

beforeAll(async () => {
  t = await startTestServer();
  const uploaded = await t.upload('Basic_LinkedInDataExport.zip', fixtureZip('era-2026').bytes);
  expect((await t.settled(uploaded.id)).status).toBe(200);
  victim = uploaded.id;
  victimStatus = await read(`reports/${victim}/status.json`);
  victimReportHash = sha(await read(`reports/${victim}/report.json`));
  bucketUrl = `${t.server.s3Endpoint}/${LOCAL_BUCKET}`;
});
afterAll(async () => {
  await t.server.close();
});

describe('reading without the credentials', () => {
  it('an anonymous list, read or head of the bucket is refused and shows nothing', async () => {
    for (const url of [
      `${bucketUrl}?list-type=2`,
      bucketUrl,
      `${t.server.s3Endpoint}/`,
      `${bucketUrl}/reports/${victim}/report.json`,
      `${bucketUrl}/reports/${victim}/status.json`,
    ]) {
      const response = await fetch(url);
      const text = await response.text();
      expect(response.status, url).toBe(403);
      expect(text, url).toContain('<Code>AccessDenied</Code>');
      expect(text, url).not.toContain(victim);
    }
    expect((await fetch(`${bucketUrl}/reports/${victim}/report.json`, { method: 'HEAD' })).status).toBe(403);
  });

  it('a wrong secret, a link signed for another object and an expired link are refused', async () => {
    const guesser = s3Client(t.server.s3Endpoint, 'not-the-secret');
    await expect(
      guesser.send(new ListObjectsV2Command({ Bucket: LOCAL_BUCKET, Prefix: 'reports/' })),
    ).rejects.toMatchObject({ name: 'SignatureDoesNotMatch' });
    const link = await getSignedUrl(
      owner(),
      new GetObjectCommand({ Bucket: LOCAL_BUCKET, Key: `reports/${victim}/status.json` }),
      { expiresIn: 60 },
    );
    expect((await fetch(link)).status).toBe(200);
    const other = link.replace('/status.json', '/report.json');
    const answer = await fetch(other);
    expect(answer.status).toBe(403);
    expect(await answer.text()).toContain('SignatureDoesNotMatch');
    const forged = link.replace(/X-Amz-Signature=[0-9a-f]+/, `X-Amz-Signature=${'0'.repeat(64)}`);
    expect((await fetch(forged)).status).toBe(403);
    const shortLived = await getSignedUrl(
      owner(),
      new GetObjectCommand({ Bucket: LOCAL_BUCKET, Key: `reports/${victim}/status.json` }),
      { expiresIn: 1 },
    );
    await sleep(2100);
    expect((await fetch(shortLived)).status).toBe(403);
  });
});

describe('writing without the credentials', () => {
  it('an unsigned form post cannot overwrite a report or its status', async () => {
    const forged = '{"status":"failed","error":{"code":"x","message":"forged"}}';
    for (const key of [`reports/${victim}/status.json`, `reports/${victim}/report.json`]) {
      const asFile = await postForm(bucketUrl, { key }, { bytes: new TextEncoder().encode(forged) });
      expect(asFile.status, key).toBe(403);
      // A form with a plain text field named "file" (a textarea, no file at all): s3rver stored it.
      const asText = await postForm(bucketUrl, [
        ['key', key],
        ['file', forged],
      ]);
      expect(asText.status, key).toBe(403);
    }
    const put = await rawRequest(t.server.s3Endpoint, {
      method: 'PUT',
      path: `/${LOCAL_BUCKET}/reports/${victim}/status.json`,
      body: forged,
    });
    expect(put.status).toBe(403);
    const del = await rawRequest(t.server.s3Endpoint, {
      method: 'DELETE',
      path: `/${LOCAL_BUCKET}/reports/${victim}/report.json`,
    });
    expect(del.status).toBe(403);
    await expectVictimIntact();
  });

  it('a form signed with a guessed secret, or borrowed from another upload, cannot either', async () => {
    const body = { bytes: new TextEncoder().encode('{"status":"failed"}') };
    const guessed = await signedForm(t.server.s3Endpoint, {
      key: `reports/${victim}/status.json`,
      secret: 'guess',
    });
    expect((await postForm(guessed.url, guessed.fields, body)).status).toBe(403);
    // A real form for a new report of the attacker's own, its key changed to the victim's status.
    const mine = await pendingReport();
    const borrowed = { ...mine.fields, key: `reports/${victim}/status.json` };
    const refused = await postForm(mine.url, borrowed, body);
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('Invalid according to Policy');
    // The same form with its policy rewritten to name the victim's key (the signature then fails).
    const policy = JSON.parse(Buffer.from(mine.fields.Policy ?? '', 'base64').toString());
    policy.conditions = policy.conditions.map((c: unknown) =>
      c && typeof c === 'object' && 'key' in c ? { key: `reports/${victim}/status.json` } : c,
    );
    const rewritten = {
      ...borrowed,
      Policy: Buffer.from(JSON.stringify(policy)).toString('base64'),
    };
    expect((await postForm(mine.url, rewritten, body)).status).toBe(403);
    // Or its signature altered.
    const resigned = { ...mine.fields, 'X-Amz-Signature': 'f'.repeat(64) };
    expect((await postForm(mine.url, resigned, body)).status).toBe(403);
    await expectVictimIntact();
  });

  it("a form or a link signed with s3rver's own, public secret is refused", async () => {
    // S3RVER / S3RVER is printed in s3rver's documentation: a page could sign with it in JavaScript.
    const withPublicSecret = await signedForm(t.server.s3Endpoint, {
      key: `reports/${victim}/status.json`,
      secret: 'S3RVER',
    });
    const answer = await postForm(withPublicSecret.url, withPublicSecret.fields, {
      bytes: new TextEncoder().encode('{"status":"failed"}'),
    });
    expect(answer.status).toBe(403);
    const publicClient = s3Client(t.server.s3Endpoint, 'S3RVER');
    const link = await getSignedUrl(
      publicClient,
      new GetObjectCommand({ Bucket: LOCAL_BUCKET, Key: `reports/${victim}/report.json` }),
      { expiresIn: 60 },
    );
    expect((await fetch(link)).status).toBe(403);
    await expect(publicClient.send(new ListObjectsV2Command({ Bucket: LOCAL_BUCKET }))).rejects.toMatchObject(
      { name: 'SignatureDoesNotMatch' },
    );
    await expectVictimIntact();
  });

  it('a signed write whose body was changed after signing is refused', async () => {
    const client = owner();
    // Swap the body for another of the same length once the SDK has signed the request.
    client.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as { body?: unknown };
        if (typeof request.body === 'string') request.body = request.body.replace('ready', 'REDDY');
        return next(args);
      },
      { step: 'deserialize' },
    );
    await expect(
      client.send(
        new PutObjectCommand({
          Bucket: LOCAL_BUCKET,
          Key: `reports/${victim}/status.json`,
          Body: victimStatus,
        }),
      ),
    ).rejects.toMatchObject({ name: 'XAmzContentSHA256Mismatch' });
    await expectVictimIntact();
  });

  it('an expired presigned form is refused', async () => {
    const { id } = await pendingReport();
    const form = await signedForm(t.server.s3Endpoint, { key: `uploads/${id}/export`, expires: 1 });
    await sleep(2100);
    const answer = await postForm(form.url, form.fields, { bytes: new Uint8Array([1, 2, 3]) });
    expect(answer.status).toBe(403);
    expect(answer.text).toContain('Policy expired');
    expect(await exists(`uploads/${id}/export`)).toBe(false);
  });

  it('the key must meet the policy: exact, or starting with what it says', async () => {
    const { id, url, fields } = await pendingReport();
    const bytes = new Uint8Array([1, 2, 3]);
    // The API's form names one key exactly: any other is refused.
    const sibling = await postForm(url, { ...fields, key: `uploads/${id}/export2` }, { bytes });
    expect(sibling.status).toBe(403);
    expect(sibling.text).toContain('Policy Condition failed');
    // A form whose key is `scratch/{id}/${filename}` allows any key starting with `scratch/{id}/`
    // (not uploads/, which the ingest would pick up and delete).
    const prefixed = await signedForm(t.server.s3Endpoint, { key: `scratch/${id}/\${filename}` });
    const outside = await postForm(
      prefixed.url,
      { ...prefixed.fields, key: `reports/${victim}/status.json` },
      { bytes },
    );
    expect(outside.status).toBe(403);
    expect(outside.text).toContain('Policy Condition failed');
    const climbing = await postForm(
      prefixed.url,
      { ...prefixed.fields, key: `scratch/${id}/../../reports/${victim}/status.json` },
      { bytes },
    );
    expect(climbing.status).toBe(400);
    const inside = await postForm(prefixed.url, prefixed.fields, { bytes, name: 'named.csv' });
    expect(inside.status).toBe(204);
    expect(await exists(`scratch/${id}/named.csv`)).toBe(true);
    await expectVictimIntact();
  });

  it('an upload larger (or smaller) than the policy allows is refused and nothing is stored', async () => {
    const { id } = await pendingReport();
    const key = `uploads/${id}/export`;
    const small = await signedForm(t.server.s3Endpoint, {
      key,
      conditions: [['content-length-range', 1, 1000]],
    });
    const over = await postForm(small.url, small.fields, { bytes: new Uint8Array(5000) });
    expect(over.status).toBe(400);
    expect(over.text).toContain('EntityTooLarge');
    expect(await exists(key)).toBe(false);
    // Far over: refused without reading it all.
    const far = await postForm(small.url, small.fields, { bytes: new Uint8Array(8 * 1024 * 1024) }).catch(
      () => ({ status: 400, text: 'connection closed' }),
    );
    expect(far.status).toBe(400);
    expect(await exists(key)).toBe(false);
    // The API's own form: at least one byte.
    const api = await pendingReport();
    const empty = await postForm(api.url, api.fields, { bytes: new Uint8Array() });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('EntityTooSmall');
    expect(await exists(`uploads/${api.id}/export`)).toBe(false);
  });

  it('stores no content type the policy does not allow: no text/html on the S3 origin', async () => {
    const { id, url, fields } = await pendingReport();
    const page = new TextEncoder().encode('<script>fetch("/reconnect-local?list-type=2")</script>');
    const typed = await postForm(url, { ...fields, 'Content-Type': 'text/html' }, { bytes: page });
    expect(typed.status).toBe(403);
    expect(typed.text).toContain('Extra input fields: content-type');
    expect(await exists(`uploads/${id}/export`)).toBe(false);
    // The file part's own type is not the object's (as on S3): stored as plain bytes.
    const plain = await signedForm(t.server.s3Endpoint, { key: `scratch/${id}/page.html` });
    const partTyped = await postForm(plain.url, plain.fields, {
      bytes: page,
      type: 'text/html',
      name: 'x.html',
    });
    expect(partTyped.status).toBe(204);
    const stored = await owner().send(
      new HeadObjectCommand({ Bucket: LOCAL_BUCKET, Key: `scratch/${id}/page.html` }),
    );
    expect(stored.ContentType).toBe('binary/octet-stream');
    // A policy that names the types it allows gets one of them, and nothing else.
    const typedForm = (type: string) =>
      signedForm(t.server.s3Endpoint, {
        key: `scratch/${id}/typed`,
        fields: { 'Content-Type': type },
        conditions: [['starts-with', '$Content-Type', 'application/']],
      });
    const zip = await typedForm('application/zip');
    expect((await postForm(zip.url, zip.fields, { bytes: page })).status).toBe(204);
    const html = await typedForm('application/zip');
    const swapped = await postForm(
      html.url,
      { ...html.fields, 'Content-Type': 'text/html' },
      { bytes: page },
    );
    expect(swapped.status).toBe(403);
    const head = await owner().send(
      new HeadObjectCommand({ Bucket: LOCAL_BUCKET, Key: `scratch/${id}/typed` }),
    );
    expect(head.ContentType).toBe('application/zip');
  });

  it('refuses keys that climb out of the bucket, signed or not, and writes nothing outside', async () => {
    const attempts = [
      `/${LOCAL_BUCKET}/../../escaped/a`,
      `/${LOCAL_BUCKET}/..%2F..%2Fescaped%2Fb`,
      `/${LOCAL_BUCKET}/uploads/%2e%2e/%2e%2e/%2e%2e/escaped/c`,
      '/%2e%2e/escaped/d',
      '/..%2Fescaped/e',
    ];
    for (const path of attempts) {
      const answer = await rawRequest(t.server.s3Endpoint, { method: 'PUT', path, body: 'x' });
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.status, path).toBeLessThan(500);
    }
    // With the credentials: still refused.
    await expect(
      owner().send(new PutObjectCommand({ Bucket: LOCAL_BUCKET, Key: '../../escaped/f', Body: 'x' })),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 400 } });
    // DeleteObjects names its keys in the body; s3rver turns them into paths just the same.
    await expect(
      owner().send(
        new DeleteObjectsCommand({
          Bucket: LOCAL_BUCKET,
          Delete: { Objects: [{ Key: `../${LOCAL_BUCKET}/reports/${victim}/status.json` }] },
        }),
      ),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 400 } });
    await expectVictimIntact();
    const anyKey = await signedForm(t.server.s3Endpoint, {
      key: FILENAME,
      conditions: [['starts-with', '$key', '']],
    });
    const climbing = await postForm(
      anyKey.url,
      { ...anyKey.fields, key: '../../escaped/g' },
      { bytes: new Uint8Array([1]) },
    );
    expect(climbing.status).toBeGreaterThanOrEqual(400);
    const everything = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? [e.name, ...everything(join(dir, e.name))] : [e.name],
      );
    expect(everything(t.dataDirectory).filter((name) => name.includes('escaped'))).toEqual([]);
    expect(existsSync(join(t.dataDirectory, 'escaped'))).toBe(false);
  });
});

describe('browsers', () => {
  it("answers a preflight from the page's origin only", async () => {
    const preflight = (origin: string) =>
      fetch(bucketUrl, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const evil = await preflight('http://127.0.0.1:1');
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const page = await preflight(t.server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('access-control-allow-origin')).toBe(t.server.url);
    expect(page.headers.get('access-control-allow-methods')).toBe('POST');
  });

  it('answers only to its own name (a page whose name was pointed at 127.0.0.1 is not it)', async () => {
    const link = await getSignedUrl(
      owner(),
      new GetObjectCommand({ Bucket: LOCAL_BUCKET, Key: `reports/${victim}/status.json` }),
      { expiresIn: 60 },
    );
    const { pathname, search, port } = new URL(link);
    const rebound = await rawRequest(t.server.s3Endpoint, {
      method: 'GET',
      path: pathname + search,
      headers: { host: `rebound.example:${port}` },
    });
    expect(rebound.status).toBe(403);
    expect(rebound.text).toContain('Unknown host');
    const named = await rawRequest(t.server.s3Endpoint, { method: 'GET', path: pathname + search });
    expect(named.status).toBe(200);
  });

  it('tells browsers to run nothing it serves', async () => {
    const answer = await fetch(`${bucketUrl}?list-type=2`);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});

describe('what the product does still works', () => {
  it("the page's form from its own origin, with CORS, and the owner's signed calls", async () => {
    const { id, url, fields } = await pendingReport();
    const answer = await fetch(url, {
      method: 'POST',
      headers: { origin: t.server.url },
      body: (() => {
        const form = new FormData();
        for (const [k, v] of Object.entries(fields)) form.append(k, v);
        form.append(
          'file',
          new Blob([fixtureZip('era-2026').bytes as Uint8Array<ArrayBuffer>]),
          'export.zip',
        );
        return form;
      })(),
    });
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(t.server.url);
    const { status, body } = await t.settled(id);
    expect(status).toBe(200);
    expect(body.report.people).toHaveLength(10);
    const listed = await owner().send(new ListObjectsV2Command({ Bucket: LOCAL_BUCKET, Prefix: 'reports/' }));
    expect(listed.Contents?.some((o) => o.Key === `reports/${id}/report.json`)).toBe(true);
  });
});

describe('the data folder', () => {
  it('is readable by its owner only: folders 0700, files 0600, what s3rver wrote included', () => {
    const loose: string[] = [];
    const visit = (path: string) => {
      const mode = statSync(path).mode & 0o777;
      if (mode & 0o077) loose.push(`${path} ${mode.toString(8)}`);
      if (statSync(path).isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    };
    visit(t.dataDirectory);
    expect(loose).toEqual([]);
    expect(statSync(t.dataDirectory).mode & 0o777).toBe(0o700);
  });
});
