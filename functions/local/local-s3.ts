import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';

export interface LocalS3 {
  server: S3rver;
  endpoint: string;
  close: () => Promise<void>;
}

/** A real S3-protocol server on loopback, its data in a folder on disk, the bucket created. */
export async function startLocalS3(options: {
  directory: string;
  bucket: string;
  port?: number;
}): Promise<LocalS3> {
  mkdirSync(options.directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port ?? 0,
    silent: true,
    directory: options.directory,
    // CORS is set once the page's origin is known (ReportStore.allowUploadsFrom): POST from it only.
    configureBuckets: [{ name: options.bucket, configs: [] }],
  });
  const address = (await server.run()) as AddressInfo;
  return {
    server,
    endpoint: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  };
}

/** What the SDK needs to talk to s3rver (its fixed credentials), set before any client is created. */
export function useLocalS3(endpoint: string, bucket: string): void {
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_S3: endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    S3_FORCE_PATH_STYLE: 'true',
    BUCKET_NAME: bucket,
    UPLOAD_ORIGIN: endpoint,
  });
}
