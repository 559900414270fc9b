import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * AWS Signature Version 4 as S3 checks it, for the local S3 server's guard: the signature is worked
 * out again from the request (the canonical request, the string to sign, the signing key) with the
 * one secret the local product signs with, and compared. Nothing is taken on the request's word.
 * https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-authenticating-requests.html
 */
export interface SigningKeys {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}

/** Why a request is refused, in S3's own error codes. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

export type Verified = { ok: true; payloadHash: string } | ({ ok: false } & Refusal);

const ALGORITHM = 'AWS4-HMAC-SHA256';
const SERVICE = 's3';
/** S3 refuses a header-signed request whose time is further than this from its own clock. */
const MAX_SKEW_MS = 15 * 60_000;
/** The longest a presigned link may live. */
const MAX_EXPIRES_S = 604_800;
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

export function refuse(status: number, code: string, message: string): { ok: false } & Refusal {
  return { ok: false, status, code, message };
}
const denied = (message: string) => refuse(403, 'AccessDenied', message);
const mismatch = () =>
  refuse(
    403,
    'SignatureDoesNotMatch',
    'The request signature we calculated does not match the signature you provided.',
  );

/** RFC 3986 encoding, as SigV4 wants it: everything but letters, digits and `-_.~`. */
export function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function signingKey(secret: string, date: string, region: string): Buffer {
  const step = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
  return step(step(step(step(`AWS4${secret}`, date), region), SERVICE), 'aws4_request');
}

export function hmacHex(key: Buffer, data: string): string {
  return createHmac('sha256', key).update(data).digest('hex');
}

/** Compares two hex signatures in constant time. */
export function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `yyyymmddThhmmssZ` → milliseconds, or NaN. */
export function parseAmzDate(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return Date.UTC(y as number, (mo as number) - 1, d, h, mi, s);
}

/**
 * Checks a credential scope (`KEY/yyyymmdd/region/s3/aws4_request`): the local key, the region, S3,
 * and the same day as the request's own date.
 */
export function checkCredential(
  credential: string,
  amzDate: string,
  keys: SigningKeys,
): { ok: true; date: string } | ({ ok: false } & Refusal) {
  const [accessKeyId, date, region, service, terminator, ...rest] = credential.split('/');
  if (rest.length > 0 || terminator !== 'aws4_request' || service !== SERVICE || !date)
    return refuse(400, 'AuthorizationHeaderMalformed', 'The credential is malformed.');
  if (accessKeyId !== keys.accessKeyId)
    return refuse(403, 'InvalidAccessKeyId', 'The access key you provided does not exist here.');
  if (region !== keys.region)
    return refuse(400, 'AuthorizationHeaderMalformed', `The region is wrong; expecting '${keys.region}'.`);
  if (amzDate.slice(0, 8) !== date)
    return refuse(
      400,
      'AuthorizationHeaderMalformed',
      'The credential date does not match the request date.',
    );
  return { ok: true, date };
}

export interface SignedRequest {
  method: string;
  /** The request target exactly as received: path and query, still percent-encoded. */
  url: string;
  /** Node's `rawHeaders`: name, value, name, value… as sent. */
  rawHeaders: string[];
}

/**
 * Verifies a request signed in its Authorization header or presigned in its query string. Returns
 * the payload hash the signature covers (a hex SHA-256 the body must then match, or UNSIGNED-PAYLOAD).
 */
export function verifySigV4(request: SignedRequest, keys: SigningKeys, now: number): Verified {
  const headers = headerValues(request.rawHeaders);
  const queryAt = request.url.indexOf('?');
  const path = queryAt < 0 ? request.url : request.url.slice(0, queryAt);
  const params = parseQuery(queryAt < 0 ? '' : request.url.slice(queryAt + 1));
  if (!params) return refuse(400, 'InvalidArgument', 'The query string is not valid.');
  const param = (name: string) => params.find(([k]) => k === name)?.[1];
  const authorization = headers.get('authorization');
  const presigned = param('X-Amz-Algorithm') !== undefined;
  if (authorization && presigned) return refuse(400, 'InvalidArgument', 'Only one auth mechanism allowed.');
  if (!authorization && !presigned) return denied('Anonymous access is not allowed here: sign the request.');

  let credential: string;
  let signedHeaders: string[];
  let signature: string;
  let amzDate: string;
  let payloadHash: string;
  if (authorization) {
    const parsed = parseAuthorization(authorization);
    if (!parsed) return refuse(400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed.');
    ({ credential, signedHeaders, signature } = parsed);
    amzDate = headers.get('x-amz-date') ?? '';
    payloadHash = headers.get('x-amz-content-sha256') ?? '';
    const time = parseAmzDate(amzDate);
    if (Number.isNaN(time)) return denied('A valid x-amz-date header is required.');
    if (Math.abs(now - time) > MAX_SKEW_MS)
      return refuse(403, 'RequestTimeTooSkewed', 'The request time is too far from the server time.');
    if (payloadHash !== UNSIGNED_PAYLOAD && !/^[0-9a-f]{64}$/.test(payloadHash))
      return refuse(
        400,
        'InvalidArgument',
        'x-amz-content-sha256 must be UNSIGNED-PAYLOAD or the SHA-256 of the body (streaming signatures are not accepted here).',
      );
  } else {
    if (param('X-Amz-Algorithm') !== ALGORITHM)
      return refuse(400, 'AuthorizationQueryParametersError', `X-Amz-Algorithm must be ${ALGORITHM}.`);
    credential = param('X-Amz-Credential') ?? '';
    signedHeaders = (param('X-Amz-SignedHeaders') ?? '').split(';');
    signature = param('X-Amz-Signature') ?? '';
    amzDate = param('X-Amz-Date') ?? '';
    payloadHash = param('X-Amz-Content-Sha256') ?? UNSIGNED_PAYLOAD;
    const time = parseAmzDate(amzDate);
    const expires = Number(param('X-Amz-Expires'));
    if (Number.isNaN(time) || !Number.isInteger(expires) || expires < 1 || expires > MAX_EXPIRES_S)
      return refuse(400, 'AuthorizationQueryParametersError', 'The presigned link is malformed.');
    if (now > time + expires * 1000) return denied('Request has expired');
    if (time - now > MAX_SKEW_MS) return denied('Request is not valid yet');
  }
  const scope = checkCredential(credential, amzDate, keys);
  if (!scope.ok) return scope;
  if (!signedHeaders.includes('host')) return denied('The host header must be signed.');
  for (const name of signedHeaders)
    if (!headers.has(name)) return denied(`The signed header ${name} is missing.`);
  // What is not signed could be swapped on the way: S3 refuses x-amz-* headers outside the signature.
  for (const name of headers.keys())
    if (name.startsWith('x-amz-') && !signedHeaders.includes(name))
      return denied(`There were headers present in the request which were not signed: ${name}`);

  const canonicalUri = canonicalPath(path);
  if (canonicalUri === null) return refuse(400, 'InvalidURI', 'The path is not valid.');
  const canonicalQuery = params
    .filter(([k]) => !(presigned && k === 'X-Amz-Signature'))
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak === bk ? compare(av, bv) : compare(ak, bk)))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonicalRequest = [
    request.method,
    canonicalUri,
    canonicalQuery,
    ...signedHeaders.map((name) => `${name}:${headers.get(name)}`),
    '',
    signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
  const stringToSign = [
    ALGORITHM,
    amzDate,
    `${scope.date}/${keys.region}/${SERVICE}/aws4_request`,
    createHash('sha256').update(canonicalRequest).digest('hex'),
  ].join('\n');
  const expected = hmacHex(signingKey(keys.secretAccessKey, scope.date, keys.region), stringToSign);
  if (!sameSignature(expected, signature)) return mismatch();
  return { ok: true, payloadHash };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Header values by lower-case name, each trimmed and its runs of spaces folded, repeats joined by commas. */
function headerValues(raw: string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] as string).toLowerCase();
    const value = (raw[i + 1] as string).trim().replace(/\s+/g, ' ');
    const before = values.get(name);
    values.set(name, before === undefined ? value : `${before},${value}`);
  }
  return values;
}

/** Query parameters in order, decoded; null when one is not valid percent-encoding. */
function parseQuery(query: string): [string, string][] | null {
  try {
    return query
      .split('&')
      .filter((part) => part !== '')
      .map((part) => {
        const eq = part.indexOf('=');
        const name = eq < 0 ? part : part.slice(0, eq);
        const value = eq < 0 ? '' : part.slice(eq + 1);
        return [decodeURIComponent(name), decodeURIComponent(value)];
      });
  } catch {
    return null;
  }
}

/** Each segment decoded and encoded again as SigV4 wants (S3 does not fold `.` or `..`: nor do we). */
function canonicalPath(path: string): string | null {
  try {
    return path
      .split('/')
      .map((segment) => uriEncode(decodeURIComponent(segment)))
      .join('/');
  } catch {
    return null;
  }
}

function parseAuthorization(
  header: string,
): { credential: string; signedHeaders: string[]; signature: string } | null {
  const space = header.indexOf(' ');
  if (space < 0 || header.slice(0, space) !== ALGORITHM) return null;
  const parts = new Map<string, string>();
  for (const part of header.slice(space + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) return null;
    parts.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const credential = parts.get('Credential');
  const signedHeaders = parts.get('SignedHeaders');
  const signature = parts.get('Signature');
  if (!credential || !signedHeaders || !signature || parts.size !== 3) return null;
  return { credential, signedHeaders: signedHeaders.split(';'), signature };
}
