import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { makePrivate } from './private-files.ts';
import { S3Guard } from './s3-guard.ts';
import type { ServerTimeouts } from './server-timeouts.ts';
import type { SigningKeys } from './sigv4.ts';

export interface LocalS3 {
  server: S3rver;
  guard: S3Guard;
  /** The guard's address: the only way in. */
  endpoint: string;
  close: () => Promise<void>;
}

/**
 * The credentials the local product signs with, and its region. The key id is s3rver's one account
 * (s3rver looks the id up, and checks no SigV4 signature). The secret is not s3rver's: S3RVER is in
 * its documentation, and a web page could sign forms with it in JavaScript. It is made anew in each
 * server process and handed, through the environment, only to the ingest process the server starts.
 */
export const LOCAL_KEYS: SigningKeys = {
  accessKeyId: 'S3RVER',
  secretAccessKey: randomBytes(32).toString('base64url'),
  region: 'us-east-1',
};

/**
 * A real S3-protocol server, its data in a folder on disk, the bucket created. s3rver itself listens
 * on a Unix socket in a private folder (0700) that only this process knows of; what listens on loopback is
 * the guard in front of it (s3-guard.ts), which lets through only what S3 would accept.
 */
export async function startLocalS3(options: {
  directory: string;
  bucket: string;
  port?: number;
  timeouts?: ServerTimeouts;
  log?: (entry: Record<string, string | number>) => void;
}): Promise<LocalS3> {
  makePrivate(options.directory);
  // The guard's own folder, beside the data (s3rver would list a folder inside it as a bucket):
  // bodies waiting to be checked, and the socket to s3rver. Private, and emptied at each start.
  const guardDirectory = `${options.directory}-guard`;
  rmSync(guardDirectory, { recursive: true, force: true });
  makePrivate(guardDirectory);
  // A socket's path may not be much longer than 100 bytes: past that, a private temporary folder holds it.
  const nearby = join(guardDirectory, 's3.sock');
  const socketDirectory =
    Buffer.byteLength(nearby) < 100 ? null : mkdtempSync(join(tmpdir(), 'reconnect-s3-'));
  const socket = socketDirectory ? join(socketDirectory, 's3.sock') : nearby;
  const server = new S3rver({
    silent: true,
    directory: options.directory,
    // CORS is the guard's: it answers preflights for the page's origins only (s3rver answers `*`).
    configureBuckets: [{ name: options.bucket, configs: [] }],
  });
  await server.configureBuckets();
  const upstream = createServer(server.callback());
  await new Promise<void>((done, fail) => {
    upstream.once('error', fail);
    upstream.listen(socket, () => done());
  });
  const guard = new S3Guard({
    upstream: socket,
    bucket: options.bucket,
    bucketDirectory: join(options.directory, options.bucket),
    spoolDirectory: guardDirectory,
    keys: LOCAL_KEYS,
    timeouts: options.timeouts,
    log: options.log ?? (() => {}),
  });
  let port: number;
  try {
    port = await guard.listen(options.port ?? 0);
  } catch (error) {
    upstream.close();
    if (socketDirectory) rmSync(socketDirectory, { recursive: true, force: true });
    throw error;
  }
  return {
    server,
    guard,
    endpoint: `http://127.0.0.1:${port}`,
    close: async () => {
      await guard.close();
      upstream.closeAllConnections();
      await new Promise<void>((done) => upstream.close(() => done()));
      if (socketDirectory) rmSync(socketDirectory, { recursive: true, force: true });
      rmSync(guardDirectory, { recursive: true, force: true });
    },
  };
}

/** What the SDK needs to talk to the local S3 server (the credentials above), set before any client is created. */
export function useLocalS3(endpoint: string, bucket: string): void {
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_S3: endpoint,
    AWS_REGION: LOCAL_KEYS.region,
    AWS_ACCESS_KEY_ID: LOCAL_KEYS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_KEYS.secretAccessKey,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    S3_FORCE_PATH_STYLE: 'true',
    BUCKET_NAME: bucket,
    UPLOAD_ORIGIN: endpoint,
  });
}
