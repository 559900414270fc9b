import { appendFileSync } from 'node:fs';
import type { S3Client } from '@aws-sdk/client-s3';

/** The functions that reach the bucket; on AWS each has a role of its own. */
export type S3Principal = 'api' | 'ingest' | 'sweep';

/**
 * A test switch, off on AWS: when it names a file, every S3 request a function's client makes (and
 * every upload it presigns) is appended to it as one JSON line, so the tests can hold each one against
 * the IAM policy the stack gives that function (test/support/s3-grants.ts).
 */
export const S3_ACCESS_LOG_ENV = 'RECONNECT_S3_ACCESS_LOG';

/** One request as IAM sees it: who, which operation (the SDK command's name), which keys or prefix. */
export interface S3Access {
  principal: S3Principal;
  operation: string;
  bucket: string;
  keys: string[];
  prefix?: string;
}

interface Input {
  Bucket?: string;
  Key?: string;
  Prefix?: string;
  Delete?: { Objects?: { Key?: string }[] };
}

const recorded = new WeakMap<S3Client, { principal: S3Principal; file: string }>();

/** Records what this client does, when the switch is on; otherwise adds nothing at all. */
export function recordS3Access(client: S3Client, principal: S3Principal): void {
  const file = process.env[S3_ACCESS_LOG_ENV];
  if (!file) return;
  recorded.set(client, { principal, file });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      write(file, principal, String(context.commandName ?? 'Unknown').replace(/Command$/, ''), args.input);
      return next(args);
    },
    { step: 'initialize', name: 'reconnectS3AccessLog' },
  );
}

/** For what the client signs without sending (a presigned POST): the role that signs must be allowed. */
export function noteS3Access(client: S3Client, operation: string, input: Input): void {
  const known = recorded.get(client);
  if (known) write(known.file, known.principal, operation, input);
}

function write(file: string, principal: S3Principal, operation: string, input: unknown): void {
  const { Bucket, Key, Prefix, Delete } = (input ?? {}) as Input;
  const keys = Delete?.Objects ? Delete.Objects.map((o) => o.Key ?? '') : Key === undefined ? [] : [Key];
  const access: S3Access = { principal, operation, bucket: Bucket ?? '', keys };
  if (Prefix !== undefined) access.prefix = Prefix;
  appendFileSync(file, `${JSON.stringify(access)}\n`);
}
