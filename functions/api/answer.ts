import { gzipSync } from 'node:zlib';
import type { Context, TypedResponse } from 'hono';
import { defaultIsContentTypeBinary } from 'hono/aws-lambda';

/**
 * Lambda's response payload is at most 6 MB, and that counts the body as the adapter writes it into
 * the response JSON: a gzipped (binary) body as base64, 4/3 of its bytes; a text body as a JSON string,
 * every quote, backslash and line break escaped (a JSON report is a third quotes). Past it, API Gateway
 * answers a bare 5xx. Headers and the envelope get what is left above this.
 */
export const LAMBDA_RESPONSE_BYTES = 6 * 1024 * 1024;
export const DIRECT_ANSWER_BYTES = LAMBDA_RESPONSE_BYTES - 256 * 1024;

/** A response body kept as UTF-8 bytes, with its gzip form made the first time a client accepts it. */
export interface EncodedBody {
  plain: Uint8Array<ArrayBuffer>;
  gzip?: Uint8Array<ArrayBuffer>;
  type: string;
}

export function encodedBody(text: string, type = 'application/json'): EncodedBody {
  return { plain: new TextEncoder().encode(text), type };
}

/** The bytes a body takes in Lambda's response, as hono/aws-lambda encodes it (see lambda.ts). */
export function sentBytes(bytes: Uint8Array, { type, gzip }: { type: string; gzip: boolean }): number {
  if (gzip || defaultIsContentTypeBinary(type)) return 4 * Math.ceil(bytes.length / 3);
  let n = bytes.length;
  for (const b of bytes) {
    if (b === 0x22 || b === 0x5c || b === 0x08 || b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d) n++;
    else if (b < 0x20) n += 5;
  }
  return n;
}

export const acceptsGzip = (c: Context) => /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '');

/**
 * How the routes' types see an answer: their JSON 200 (it is that body, maybe gzipped; or, when too
 * large, what `tooLarge` answers instead, as the route's schema also declares).
 */
export type Answer = Response & TypedResponse<never, 200, 'json'>;

export interface AnswerOptions {
  headers?: Record<string, string>;
  /** What to answer instead when the body would not fit in one response (a download link, a 413). */
  tooLarge: (sentBytes: number) => Response | Promise<Response>;
  limit?: number;
}

/**
 * Answers with the body, gzipped when the client accepts it (every browser does: a page of 50 people
 * is about 85 KB of JSON and 12 KB gzipped; a cached body is compressed once, not per request). A body
 * that would not fit in a Lambda response, measured as it would be sent, gets `tooLarge` instead.
 */
export async function answer(c: Context, body: EncodedBody, options: AnswerOptions): Promise<Answer> {
  c.header('Vary', 'Accept-Encoding', { append: true });
  const limit = options.limit ?? DIRECT_ANSWER_BYTES;
  const gzip = acceptsGzip(c) && body.plain.length > 1024;
  // Gzip rarely does better than ten to one on JSON: beyond that, compressing would only waste time.
  if (body.plain.length > (gzip ? 12 : 1) * limit)
    return (await options.tooLarge(body.plain.length)) as Answer;
  if (gzip) body.gzip ??= new Uint8Array(gzipSync(body.plain, { level: 6 }));
  const bytes = gzip && body.gzip ? body.gzip : body.plain;
  const sent = sentBytes(bytes, { type: body.type, gzip });
  if (sent > limit) return (await options.tooLarge(sent)) as Answer;
  const response: Response = c.body(bytes, 200, {
    ...options.headers,
    'Content-Type': body.type,
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  return response as Answer;
}
