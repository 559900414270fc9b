import { request } from 'node:http';
import { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { LOCAL_KEYS } from '../../functions/local/local-s3.ts';

/** The local S3 server's bucket and the credentials the local product signs with. */
export const LOCAL_BUCKET = 'reconnect-local';

/** An S3 client as the product builds one, with this secret (the local server's own by default). */
export function s3Client(endpoint: string, secretAccessKey = LOCAL_KEYS.secretAccessKey): S3Client {
  return new S3Client({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey },
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 1,
  });
}

/** A presigned POST form signed with the local credentials, with whatever policy a test wants. */
export function signedForm(
  endpoint: string,
  options: {
    key: string;
    conditions?: Parameters<typeof createPresignedPost>[1]['Conditions'];
    fields?: Record<string, string>;
    expires?: number;
    secret?: string;
  },
) {
  return createPresignedPost(s3Client(endpoint, options.secret), {
    Bucket: LOCAL_BUCKET,
    Key: options.key,
    Conditions: options.conditions,
    Fields: options.fields,
    Expires: options.expires ?? 60,
  });
}

/** Posts a multipart form the way a browser or curl does: the fields in order, then the file. */
export async function postForm(
  url: string,
  fields: Record<string, string> | [string, string][],
  file?: { bytes: Uint8Array; name?: string; type?: string },
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const form = new FormData();
  for (const [k, v] of Array.isArray(fields) ? fields : Object.entries(fields)) form.append(k, v);
  if (file)
    form.append(
      'file',
      new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type ?? 'application/octet-stream' }),
      file.name ?? 'export.zip',
    );
  const response = await fetch(url, { method: 'POST', body: form, headers });
  return { status: response.status, text: await response.text() };
}

/**
 * One request with the path exactly as given: fetch (like any URL parser) folds `..` and `%2e%2e`
 * away before sending, an attacker's raw socket does not.
 */
export function rawRequest(
  endpoint: string,
  options: { method: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  const { hostname, port } = new URL(endpoint);
  return new Promise((done, fail) => {
    const req = request(
      { host: hostname, port, method: options.method, path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}
