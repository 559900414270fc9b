import { describe, expect, it } from 'vitest';
import { type SignedRequest, verifySigV4 } from '../../functions/local/sigv4.ts';

/**
 * The guard's SigV4 check against AWS's own published examples (Signature Version 4 for S3,
 * "GET Object" and a presigned URL, both 2013-05-24): the signature is worked out from the request,
 * so any change to what was signed must fail it.
 */
const KEYS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  region: 'us-east-1',
};
const SIGNED_AT = Date.UTC(2013, 4, 24);
const EMPTY_SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const headerSigned = (
  changes: { method?: string; url?: string; headers?: [string, string][] } = {},
): SignedRequest => ({
  method: changes.method ?? 'GET',
  url: changes.url ?? '/test.txt',
  rawHeaders: (
    changes.headers ?? [
      ['Host', 'examplebucket.s3.amazonaws.com'],
      ['Range', 'bytes=0-9'],
      ['x-amz-content-sha256', EMPTY_SHA],
      ['x-amz-date', '20130524T000000Z'],
    ]
  )
    .concat([
      [
        'Authorization',
        'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
      ],
    ])
    .flat(),
});

const PRESIGNED =
  '/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404';
const presigned = (url = PRESIGNED, host = 'examplebucket.s3.amazonaws.com'): SignedRequest => ({
  method: 'GET',
  url,
  rawHeaders: ['Host', host],
});

describe('a request signed in its Authorization header', () => {
  it("verifies AWS's example, and names the payload hash the body must match", () => {
    expect(verifySigV4(headerSigned(), KEYS, SIGNED_AT + 60_000)).toEqual({
      ok: true,
      payloadHash: EMPTY_SHA,
    });
  });

  it('fails when anything signed changes, or the clock is 15 minutes away', () => {
    const changed = [
      headerSigned({ method: 'DELETE' }),
      headerSigned({ url: '/test2.txt' }),
      headerSigned({ url: '/test.txt?acl' }),
      headerSigned({
        headers: [
          ['Host', 'examplebucket.s3.amazonaws.com'],
          ['Range', 'bytes=0-99'],
          ['x-amz-content-sha256', EMPTY_SHA],
          ['x-amz-date', '20130524T000000Z'],
        ],
      }),
    ];
    for (const request of changed) expect(verifySigV4(request, KEYS, SIGNED_AT).ok, request.url).toBe(false);
    expect(verifySigV4(headerSigned(), { ...KEYS, secretAccessKey: 'other' }, SIGNED_AT)).toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });
    expect(verifySigV4(headerSigned(), KEYS, SIGNED_AT + 16 * 60_000)).toMatchObject({
      ok: false,
      code: 'RequestTimeTooSkewed',
    });
    expect(verifySigV4(headerSigned(), { ...KEYS, accessKeyId: 'S3RVER' }, SIGNED_AT)).toMatchObject({
      ok: false,
      code: 'InvalidAccessKeyId',
    });
  });

  it('refuses an x-amz-* header the signature does not cover', () => {
    const request = headerSigned();
    request.rawHeaders.push('x-amz-copy-source', '/examplebucket/other.txt');
    expect(verifySigV4(request, KEYS, SIGNED_AT)).toMatchObject({ ok: false, code: 'AccessDenied' });
  });
});

describe('a presigned link', () => {
  it("verifies AWS's example until it expires (a day), and not after", () => {
    expect(verifySigV4(presigned(), KEYS, SIGNED_AT + 3_600_000)).toEqual({
      ok: true,
      payloadHash: 'UNSIGNED-PAYLOAD',
    });
    expect(verifySigV4(presigned(), KEYS, SIGNED_AT + 86_401_000)).toMatchObject({
      ok: false,
      message: 'Request has expired',
    });
  });

  it('fails for another key, another host, or a longer life than signed', () => {
    for (const request of [
      presigned(PRESIGNED.replace('/test.txt', '/secret.txt')),
      presigned(PRESIGNED, 'attacker.example'),
      presigned(PRESIGNED.replace('X-Amz-Expires=86400', 'X-Amz-Expires=604800')),
    ])
      expect(verifySigV4(request, KEYS, SIGNED_AT + 1000).ok).toBe(false);
  });

  it('refuses a request with no signature at all', () => {
    expect(
      verifySigV4({ method: 'GET', url: '/test.txt', rawHeaders: ['Host', 'h'] }, KEYS, SIGNED_AT),
    ).toMatchObject({
      ok: false,
      status: 403,
      code: 'AccessDenied',
    });
  });
});
