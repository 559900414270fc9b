import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  PutBucketCorsCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { AnalyzeOptions, Report } from '../core/index.ts';
import { isReportId, keys } from './report-id.ts';
import { noteS3Access, recordS3Access, type S3Principal } from './s3-access-log.ts';

/** Where a report stands. `pending` until the upload arrives; `failed` carries the reason in plain words. */
export interface ReportStatus {
  status: 'pending' | 'processing' | 'ready' | 'failed';
  createdAt: string;
  updatedAt: string;
  /** After this the report and everything about it is gone (the bucket's lifecycle rule agrees). */
  expiresAt: string;
  error?: { code: string; message: string };
  /**
   * The options sent with the upload (POST /api/reports), for the ingest to analyse with; dropped from
   * the status once the upload has been read, as the upload itself is deleted.
   */
  options?: UploadOptions;
  /** The language asked for at upload: the default for the report's words. */
  lang?: string;
  /**
   * The ETag of the report.json this status was written after (by a change to the report): two
   * statuses alike are then about the same report, so one writer's conditional write of the status
   * cannot pass for another's.
   */
  reportETag?: string;
}

/** A stored object as it was read, with the ETag a conditional write of it names. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

/**
 * How a write must find the object: still as it was read (`ifMatch`, its ETag), or not there yet
 * (`ifNoneMatch: '*'`). S3 enforces both (moto's S3 server too); s3rver ignores them.
 */
export type WriteCondition = { ifMatch: string } | { ifNoneMatch: '*' };

/**
 * A conditional write refused: the object changed since it was read, or is gone (S3 answers 412
 * PreconditionFailed, 409 ConditionalRequestConflict while another conditional write of the key is
 * under way, or 404 for If-Match on a key that no longer exists). Read it again and redo the change.
 */
export class WriteConflict extends Error {
  override readonly name = 'WriteConflict';

  constructor(readonly key: string) {
    super('The object changed since it was read.');
  }
}

/** The engine's options as they travel with an upload (`asOf` defaults to the day it is analysed). */
export type UploadOptions = Pick<AnalyzeOptions, 'employers' | 'merges' | 'splits' | 'keepInTouchDays'> & {
  asOf?: string;
};

export interface RefusedDelete {
  key: string;
  code: string;
}

/**
 * A multi-object delete that left objects in place. The message holds counts and S3's error codes
 * only (keys carry report ids, which the logs may hold anyway, but nothing else is needed to act).
 */
export class IncompleteDelete extends Error {
  override readonly name = 'IncompleteDelete';

  constructor(readonly refused: RefusedDelete[]) {
    const codes = [...new Set(refused.map((r) => r.code))].join(', ');
    super(`S3 did not delete ${refused.length} object${refused.length === 1 ? '' : 's'} (${codes}).`);
  }
}

export interface PresignedUpload {
  url: string;
  fields: Record<string, string>;
}

/**
 * The only code that speaks S3: keys, reads, writes, presigning. Everything is under one bucket:
 * `uploads/{id}/…` for the raw export (deleted once read), `reports/{id}/` for the status and report.
 */
export class ReportStore {
  constructor(
    readonly client: S3Client,
    readonly bucket: string,
  ) {}

  async getStatus(id: string): Promise<ReportStatus | null> {
    return this.getJson<ReportStatus>(keys.status(id));
  }

  /** The status with its ETag, for a change that must not overwrite another's (see WriteCondition). */
  async getStatusVersioned(id: string): Promise<Versioned<ReportStatus> | null> {
    return this.getVersioned<ReportStatus>(keys.status(id));
  }

  /** Returns the new ETag; throws WriteConflict when `condition` does not hold. */
  async putStatus(id: string, status: ReportStatus, condition?: WriteCondition): Promise<string> {
    return this.putJson(keys.status(id), status, condition);
  }

  async getReport(id: string): Promise<Report | null> {
    return this.getJson<Report>(keys.report(id));
  }

  /** The report with its ETag, for a read-modify-write (corrections, marks, employers). */
  async getReportVersioned(id: string): Promise<Versioned<Report> | null> {
    return this.getVersioned<Report>(keys.report(id));
  }

  /** The stored report's ETag, without reading it (a report can be tens of MB); null when there is none. */
  async reportETag(id: string): Promise<string | null> {
    try {
      const head = await this.client.send(
        new HeadObjectCommand({ Bucket: this.bucket, Key: keys.report(id) }),
      );
      return head.ETag ?? null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /** Returns the new ETag; throws WriteConflict when `condition` does not hold. */
  async putReport(id: string, report: Report, condition?: WriteCondition): Promise<string> {
    return this.putJson(keys.report(id), report, condition);
  }

  /** The upload's size, from S3 itself: a presigned policy is not trusted to have enforced it. */
  async uploadSize(key: string): Promise<number | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return head.ContentLength ?? 0;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /** The upload; with `maxBytes`, at most one byte more than that is read (so "too large" is still known). */
  async getUpload(key: string, maxBytes?: number): Promise<Uint8Array | null> {
    try {
      const range = maxBytes === undefined ? {} : { Range: `bytes=0-${maxBytes}` };
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, ...range }),
      );
      return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async listUploads(): Promise<string[]> {
    return this.list('uploads/');
  }

  /** Every report id stored (whatever state it is in), with the time of its newest object. */
  async listReports(): Promise<{ id: string; lastModified: number }[]> {
    const newest = new Map<string, number>();
    await this.eachObject('reports/', (key, lastModified) => {
      const id = /^reports\/([^/]+)\//.exec(key)?.[1];
      if (id && isReportId(id)) newest.set(id, Math.max(newest.get(id) ?? 0, lastModified));
    });
    return [...newest].map(([id, lastModified]) => ({ id, lastModified }));
  }

  /**
   * Deletes a report and its upload for good. A tombstone stays (until the lifecycle rule removes it)
   * so that an ingest or a correction finishing after this cannot bring the report back.
   */
  async deleteReport(id: string): Promise<void> {
    await this.putJson(keys.tombstone(id), { deleted: true });
    const keep = keys.tombstone(id);
    const found = [
      ...(await this.list(keys.reportPrefix(id))),
      ...(await this.list(keys.uploadPrefix(id))),
    ].filter((k) => k !== keep);
    await this.deleteKeys(found);
  }

  async isDeleted(id: string): Promise<boolean> {
    return (await this.getText(keys.tombstone(id))) !== null;
  }

  /** Deletes every object under a prefix: an upload, or a whole report. */
  async deletePrefix(prefix: string): Promise<void> {
    await this.deleteKeys(await this.list(prefix));
  }

  /**
   * S3 deletes at most 1,000 keys a request, and answers 200 even when it deleted none of them: a key
   * it refused (AccessDenied, say) is only named in the answer's `Errors`. Every batch is tried; then
   * any key left over fails the whole deletion, so no one is told a report is gone while it is not.
   */
  private async deleteKeys(found: string[]): Promise<void> {
    const refused: RefusedDelete[] = [];
    for (let i = 0; i < found.length; i += 1000) {
      const Objects = found.slice(i, i + 1000).map((Key) => ({ Key }));
      const { Errors } = await this.client.send(
        new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects, Quiet: true } }),
      );
      for (const error of Errors ?? []) refused.push({ key: error.Key ?? '', code: error.Code ?? 'Unknown' });
    }
    if (refused.length > 0) throw new IncompleteDelete(refused);
  }

  /** Lets these page origins (and only them) post uploads from a browser; nothing else cross-origin. */
  async allowUploadsFrom(origins: string[]): Promise<void> {
    await this.client.send(
      new PutBucketCorsCommand({
        Bucket: this.bucket,
        CORSConfiguration: {
          CORSRules: [
            { AllowedOrigins: origins, AllowedMethods: ['POST'], AllowedHeaders: ['*'], MaxAgeSeconds: 600 },
          ],
        },
      }),
    );
  }

  /**
   * Stores a file under the report and returns a short-lived link that downloads it straight from S3,
   * for answers larger than a Lambda response may be.
   */
  async presignDownload(
    key: string,
    body: string,
    fileName: string,
    contentType: string,
    expiresSeconds = 300,
  ): Promise<string> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        ServerSideEncryption: 'AES256',
      }),
    );
    const get = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ResponseContentDisposition: `attachment; filename="${fileName}"`,
      ResponseContentType: contentType,
    });
    return getSignedUrl(this.client, get, { expiresIn: expiresSeconds });
  }

  /** A form the browser (or curl) posts the export to, straight into S3, for this id only. */
  async presignUpload(id: string, maxBytes: number, expiresSeconds: number): Promise<PresignedUpload> {
    // Signed here, sent by the browser: S3 checks the signer's (this role's) right to put the key.
    noteS3Access(this.client, 'PresignedPost', { Bucket: this.bucket, Key: keys.upload(id) });
    const { url, fields } = await createPresignedPost(this.client, {
      Bucket: this.bucket,
      Key: keys.upload(id),
      Conditions: [['content-length-range', 1, maxBytes]],
      Expires: expiresSeconds,
    });
    return { url, fields };
  }

  private async list(prefix: string): Promise<string[]> {
    const found: string[] = [];
    await this.eachObject(prefix, (key) => found.push(key));
    return found;
  }

  private async eachObject(
    prefix: string,
    visit: (key: string, lastModified: number) => void,
  ): Promise<void> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const item of page.Contents ?? []) {
        // An object S3 gives no date for counts as new: nothing is deleted on a guess.
        if (item.Key) visit(item.Key, item.LastModified?.getTime() ?? Number.POSITIVE_INFINITY);
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  /**
   * Reads are retried a few times: a response body can be cut off after its headers (the SDK only
   * retries before them), and the local S3-protocol server writes files in place, so a read racing a
   * write can see a partial document. Both pass on a second read; a missing object does not retry.
   */
  private async getJson<T>(key: string): Promise<T | null> {
    return (await this.getVersioned<T>(key))?.value ?? null;
  }

  private async getVersioned<T>(key: string): Promise<Versioned<T> | null> {
    for (let attempt = 0; ; attempt++) {
      try {
        const read = await this.getObjectText(key);
        return read === null ? null : { value: JSON.parse(read.text) as T, etag: read.etag };
      } catch (error) {
        if (attempt >= 3) throw error;
        await new Promise((done) => setTimeout(done, 20 * (attempt + 1)));
      }
    }
  }

  private async getText(key: string): Promise<string | null> {
    return (await this.getObjectText(key))?.text ?? null;
  }

  private async getObjectText(key: string): Promise<{ text: string; etag: string } | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!object.Body) return null;
      return { text: await object.Body.transformToString(), etag: object.ETag ?? '' };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /**
   * Writes JSON, and with a condition only if the object is as it was read (or, `ifNoneMatch`, not
   * there): S3 checks it at the moment of the write, so of two writers that read the same version one
   * wins and the other is told (WriteConflict) instead of silently overwriting it.
   */
  private async putJson(key: string, value: unknown, condition?: WriteCondition): Promise<string> {
    try {
      const written = await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: JSON.stringify(value),
          ContentType: 'application/json',
          ServerSideEncryption: 'AES256',
          ...(condition && 'ifMatch' in condition ? { IfMatch: condition.ifMatch } : {}),
          ...(condition && 'ifNoneMatch' in condition ? { IfNoneMatch: condition.ifNoneMatch } : {}),
        }),
      );
      return written.ETag ?? '';
    } catch (error) {
      if (condition && isConflict(error)) throw new WriteConflict(key);
      throw error;
    }
  }
}

/** What S3 answers a conditional write that does not hold (see WriteConflict). */
function isConflict(error: unknown): boolean {
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  const status = $metadata?.httpStatusCode;
  return (
    name === 'PreconditionFailed' ||
    name === 'ConditionalRequestConflict' ||
    status === 412 ||
    (isMissing(error) && name !== 'NoSuchBucket')
  );
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof NoSuchKey ||
    error instanceof NotFound ||
    (error as { name?: string }).name === 'NoSuchKey' ||
    (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404
  );
}

/**
 * The S3 client, configured from the environment so the same code runs on AWS and against the local
 * S3-protocol server (AWS_ENDPOINT_URL_S3, or `endpoint` where one process talks to two). Checksums only when required: see shared/TOOLCHAIN.md —
 * otherwise presigned uploads carry an empty body's checksum and stream uploads are aws-chunked.
 * The endpoint is read here, not left to the SDK: it reads AWS_ENDPOINT_URL_S3 at the client's first
 * request, and by then another local server in the same process may have changed it.
 */
export function s3ClientFromEnvironment(endpoint = process.env.AWS_ENDPOINT_URL_S3): S3Client {
  return new S3Client({
    ...(endpoint ? { endpoint } : {}),
    forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true',
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/**
 * The S3 client of one of the functions (`api`, `ingest`, `sweep`): the same as above, and under the
 * tests' switch (S3_ACCESS_LOG_ENV) it records every request it makes, to be checked against the IAM
 * policy the stack gives that function.
 */
export function s3ClientFor(principal: S3Principal, endpoint?: string): S3Client {
  const client = s3ClientFromEnvironment(endpoint);
  recordS3Access(client, principal);
  return client;
}

/** Read once at start; a missing bucket name is a deployment mistake, so fail at once and say so. */
export function bucketFromEnvironment(): string {
  const bucket = process.env.BUCKET_NAME;
  if (!bucket) throw new Error('BUCKET_NAME is not set: the functions need the name of their bucket.');
  return bucket;
}
