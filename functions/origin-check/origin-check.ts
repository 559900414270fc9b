import { createHash, timingSafeEqual } from 'node:crypto';

/** The header CloudFront adds to every request it sends the API, and the variable holding its value. */
export const ORIGIN_HEADER = 'x-origin-verify';
export const ORIGIN_SECRET_ENV = 'ORIGIN_SECRET';

/** The part of an HTTP API (payload 2.0) authorizer event this reads: header names arrive lower-cased. */
export interface AuthorizerEvent {
  headers?: Record<string, string | undefined>;
}

/**
 * The HTTP API's Lambda authorizer: a request is let through only if it carries the secret CloudFront
 * adds as an origin header, so the execute-api address (which CloudFront itself needs) is no way
 * around the site's WAF and headers. A simple response; API Gateway caches it per header value.
 */
export function createOriginCheck(secret: string) {
  if (!secret) throw new Error('origin-check: the secret is empty.');
  const expected = digest(secret);
  return async (event: AuthorizerEvent): Promise<{ isAuthorized: boolean }> => {
    const given = event.headers?.[ORIGIN_HEADER];
    // Compared as digests, in constant time: neither the length nor a prefix of the secret leaks.
    return { isAuthorized: given !== undefined && timingSafeEqual(digest(given), expected) };
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
