import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import {
  CreateBucketCommand,
  DeleteBucketPolicyCommand,
  PutBucketPolicyCommand,
  S3Client,
} from '@aws-sdk/client-s3';

export interface MotoS3 {
  endpoint: string;
  bucket: string;
  /** A client with no part in the product: for setting the stage (policies, objects) only. */
  admin: S3Client;
  /** Makes the bucket refuse `s3:DeleteObject` under these prefixes (a bucket policy, enforced per key). */
  refuseDeletes: (...prefixes: string[]) => Promise<void>;
  allowAll: () => Promise<void>;
  close: () => Promise<void>;
}

/**
 * moto's S3 server (`moto_server`, installed on these machines), on a free loopback port. Unlike
 * s3rver it enforces a bucket policy, and enforces it key by key in a multi-object delete: a refused
 * key comes back in the answer's `Errors`, with status 200, as real S3 answers a role that may not
 * delete it.
 */
export async function startMotoS3(bucket = 'reconnect-moto'): Promise<MotoS3> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: 'ignore',
  });
  const exited = new Promise<never>((_, fail) => {
    server.once('error', (error) => fail(new Error(`moto_server could not start: ${error.message}`)));
    server.once('exit', (code) => fail(new Error(`moto_server exited (${code}) before it answered`)));
  });
  await Promise.race([waitUntilUp(endpoint), exited]);
  server.removeAllListeners('exit');
  const admin = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'moto', secretAccessKey: 'moto' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  await admin.send(new CreateBucketCommand({ Bucket: bucket }));
  return {
    endpoint,
    bucket,
    admin,
    refuseDeletes: async (...prefixes) => {
      const Policy = JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:DeleteObject',
            Resource: prefixes.map((prefix) => `arn:aws:s3:::${bucket}/${prefix}*`),
          },
        ],
      });
      await admin.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy }));
    },
    allowAll: async () => {
      await admin.send(new DeleteBucketPolicyCommand({ Bucket: bucket }));
    },
    close: async () => {
      admin.destroy();
      if (server.exitCode !== null) return;
      const gone = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await gone;
    },
  };
}

/** What the functions' S3 client needs to reach moto (any credentials do), set before it is created. */
export function motoEnvironment(moto: MotoS3): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_S3: moto.endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'moto',
    AWS_SECRET_ACCESS_KEY: 'moto',
    S3_FORCE_PATH_STYLE: 'true',
    BUCKET_NAME: moto.bucket,
  };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

async function waitUntilUp(endpoint: string): Promise<void> {
  // Python takes a few seconds to import moto.
  for (const started = Date.now(); Date.now() - started < 30_000; ) {
    try {
      await fetch(`${endpoint}/moto-api/`);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`moto_server did not answer at ${endpoint} within 30 s`);
}
