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

  async putStatus(id: string, status: ReportStatus): Promise<void> {
    await this.putJson(keys.status(id), status);
  }

  async getReport(id: string): Promise<Report | null> {
    return this.getJson<Report>(keys.report(id));
  }

  async putReport(id: string, report: Report): Promise<void> {
    await this.putJson(keys.report(id), report);
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

  async getUpload(key: string): Promise<Uint8Array | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
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
    for (let attempt = 0; ; attempt++) {
      try {
        const text = await this.getText(key);
        return text === null ? null : (JSON.parse(text) as T);
      } catch (error) {
        if (attempt >= 3) throw error;
        await new Promise((done) => setTimeout(done, 20 * (attempt + 1)));
      }
    }
  }

  private async getText(key: string): Promise<string | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return object.Body ? await object.Body.transformToString() : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  private async putJson(key: string, value: unknown): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: JSON.stringify(value),
        ContentType: 'application/json',
        ServerSideEncryption: 'AES256',
      }),
    );
  }
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
