import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalS3, startLocalS3, useLocalS3 } from '../../functions/local/local-s3.ts';
import { newReportId } from '../../functions/storage/report-id.ts';
import { ReportStore, s3ClientFor, s3ClientFromEnvironment } from '../../functions/storage/report-store.ts';
import { S3_ACCESS_LOG_ENV, type S3Access, type S3Principal } from '../../functions/storage/s3-access-log.ts';
import { createPendingReport } from '../support/pending-report.ts';
import { deniedAccesses, type Grants, synthesizedGrants } from '../support/s3-grants.ts';

/**
 * The machinery behind s3-grants-setup.ts, which holds every S3 operation a function performs in any
 * test to the IAM policy the synthesized stack gives that function: the recording, and the check.
 */
const BUCKET = 'reconnect-grants';
let s3: LocalS3;
let grants: Grants;

beforeAll(async () => {
  s3 = await startLocalS3({ directory: mkdtempSync(join(tmpdir(), 'reconnect-grants-')), bucket: BUCKET });
  useLocalS3(s3.endpoint, BUCKET);
  grants = await synthesizedGrants();
}, 120_000);
afterAll(async () => {
  await s3?.close();
});

describe('the S3 access log', () => {
  it('records what a function’s client does (presigned uploads included), and nothing of other clients', async () => {
    const own = join(mkdtempSync(join(tmpdir(), 'reconnect-access-')), 'access.jsonl');
    const previous = process.env[S3_ACCESS_LOG_ENV];
    process.env[S3_ACCESS_LOG_ENV] = own;
    let api: ReportStore;
    let other: ReportStore;
    try {
      api = new ReportStore(s3ClientFor('api', s3.endpoint), BUCKET);
      other = new ReportStore(s3ClientFromEnvironment(s3.endpoint), BUCKET);
    } finally {
      process.env[S3_ACCESS_LOG_ENV] = previous;
    }
    const id = await createPendingReport(other);
    await api.presignUpload(id, 1000, 60);
    await api.getStatus(id);
    await api.deleteReport(id);

    const recorded = readFileSync(own, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as S3Access);
    expect(recorded.every((a) => a.principal === 'api' && a.bucket === BUCKET)).toBe(true);
    expect(recorded.map((a) => a.operation)).toEqual([
      'PresignedPost',
      'GetObject',
      'PutObject',
      'ListObjectsV2',
      'ListObjectsV2',
      'DeleteObjects',
    ]);
    expect(recorded[0]?.keys).toEqual([`uploads/${id}/export`]);
    expect(recorded.filter((a) => a.operation === 'ListObjectsV2').map((a) => a.prefix)).toEqual([
      `reports/${id}/`,
      `uploads/${id}/`,
    ]);
    expect(recorded.at(-1)?.keys).toEqual([`reports/${id}/status.json`]);
  });
});

describe('the check against the synthesized IAM policies', () => {
  const id = newReportId();
  const access = (principal: S3Principal, operation: string, ...keys: string[]): S3Access => ({
    principal,
    operation,
    bucket: BUCKET,
    keys,
  });

  it('GIVEN the stack, THEN each function may do its own work under its own prefixes', () => {
    const work = [
      access('api', 'PresignedPost', `uploads/${id}/export`),
      access('api', 'PutObject', `reports/${id}/status.json`),
      access('api', 'GetObject', `reports/${id}/report.json`),
      access('api', 'PutObject', `reports/${id}/downloads/report.json`),
      access('api', 'DeleteObjects', `reports/${id}/report.json`, `uploads/${id}/export`),
      access('api', 'ListObjectsV2'),
      access('ingest', 'HeadObject', `uploads/${id}/export`),
      access('ingest', 'GetObject', `uploads/${id}/export`),
      access('ingest', 'PutObject', `reports/${id}/report.json`),
      access('ingest', 'DeleteObjects', `uploads/${id}/export`, `reports/${id}/report.json`),
      access('ingest', 'ListObjectsV2'),
      access('sweep', 'GetObject', `reports/${id}/status.json`),
      access('sweep', 'DeleteObjects', `uploads/${id}/export`, `reports/${id}/status.json`),
      access('sweep', 'ListObjectsV2'),
    ];
    expect(deniedAccesses(work, grants)).toEqual([]);
  });

  it('GIVEN the stack, THEN what no function needs is refused, one line each', () => {
    const denied = deniedAccesses(
      [
        access('api', 'GetObject', `uploads/${id}/export`),
        access('ingest', 'PresignedPost', `uploads/${id}/export`),
        access('ingest', 'PutObject', `uploads/${id}/export`),
        access('sweep', 'PutObject', `reports/${id}/status.json`),
        access('sweep', 'GetObject', `uploads/${id}/export`),
        access('api', 'PutObject', 'elsewhere/x'),
      ],
      grants,
    );
    expect(denied).toHaveLength(6);
    expect(denied[0]).toBe(
      `api GetObject needs s3:GetObject on ${grants.bucketArn}/uploads/${id}/export: its role does not allow it`,
    );
  });

  it('GIVEN an S3 operation nobody has mapped to IAM, THEN it is refused until someone does', () => {
    expect(deniedAccesses([access('api', 'CopyObject', `reports/${id}/x`)], grants)).toEqual([
      'api CopyObject: no IAM mapping for this S3 operation (add it to test/support/s3-grants.ts)',
    ]);
  });

  it('GIVEN the ingest role as it was (no s3:DeleteObject under reports/), THEN a delete during an ingest is caught', () => {
    const before: Grants = {
      ...grants,
      statements: {
        ...grants.statements,
        ingest: grants.statements.ingest.map((s) => ({
          ...s,
          Action: [s.Action ?? []]
            .flat()
            .filter((a) => !(a === 's3:DeleteObject' && /reports/.test(JSON.stringify(s.Resource)))),
        })),
      },
    };
    const undo = access('ingest', 'DeleteObjects', `reports/${id}/report.json`, `reports/${id}/status.json`);
    expect(deniedAccesses([undo], grants)).toEqual([]);
    expect(deniedAccesses([undo], before)).toHaveLength(2);
  });
});
