import { createHash } from 'node:crypto';
import type { AppDeps } from '../../functions/api/app-deps.ts';
import type { Report } from '../../functions/core/index.ts';
import { keys } from '../../functions/storage/report-id.ts';
import {
  type PresignedUpload,
  type ReportStatus,
  type ReportStore,
  type Versioned,
  type WriteCondition,
  WriteConflict,
} from '../../functions/storage/report-store.ts';
import { DEFAULT_SETTINGS } from '../../functions/storage/settings.ts';

/**
 * The part of ReportStore the API uses, in memory and counted: for tests of the API's own logic
 * (caches, words, guards) that need no S3 round trip. The S3 paths are tested against s3rver, and
 * conditional writes against moto; here they hold as S3 holds them (ETags are the content's MD5).
 */
export class MemoryStore {
  readonly objects = new Map<string, string>();
  readonly reads = { status: 0, report: 0 };
  readonly downloads: { key: string; body: string }[] = [];

  async getStatus(id: string): Promise<ReportStatus | null> {
    this.reads.status++;
    return this.json(keys.status(id));
  }
  async getStatusVersioned(id: string): Promise<Versioned<ReportStatus> | null> {
    this.reads.status++;
    return this.versioned(keys.status(id));
  }
  async putStatus(id: string, status: ReportStatus, condition?: WriteCondition): Promise<string> {
    return this.put(keys.status(id), status, condition);
  }
  async getReport(id: string): Promise<Report | null> {
    this.reads.report++;
    return this.json(keys.report(id));
  }
  async getReportVersioned(id: string): Promise<Versioned<Report> | null> {
    this.reads.report++;
    return this.versioned(keys.report(id));
  }
  async putReport(id: string, report: Report | object, condition?: WriteCondition): Promise<string> {
    return this.put(keys.report(id), report, condition);
  }
  async deleteReport(id: string): Promise<void> {
    for (const key of [...this.objects.keys()])
      if (key.startsWith(keys.reportPrefix(id)) || key.startsWith(keys.uploadPrefix(id)))
        this.objects.delete(key);
    this.objects.set(keys.tombstone(id), '{"deleted":true}');
  }
  async isDeleted(id: string): Promise<boolean> {
    return this.objects.has(keys.tombstone(id));
  }
  async presignDownload(key: string, body: string): Promise<string> {
    this.objects.set(key, body);
    this.downloads.push({ key, body });
    return `https://bucket.example/${key}?n=${this.downloads.length}`;
  }
  async presignUpload(id: string): Promise<PresignedUpload> {
    return { url: 'https://bucket.example/', fields: { key: keys.upload(id) } };
  }

  /** A ready report under a new id, as the ingest leaves it. */
  async ready(id: string, report: Report | object, status: Partial<ReportStatus> = {}): Promise<string> {
    const now = new Date().toISOString();
    await this.putReport(id, report);
    await this.putStatus(id, {
      status: 'ready',
      createdAt: now,
      updatedAt: now,
      expiresAt: '2999-01-01T00:00:00.000Z',
      ...status,
    });
    return id;
  }

  private put(key: string, value: unknown, condition?: WriteCondition): string {
    const now = this.objects.get(key);
    if (condition && 'ifNoneMatch' in condition && now !== undefined) throw new WriteConflict(key);
    if (condition && 'ifMatch' in condition && (now === undefined || etagOf(now) !== condition.ifMatch))
      throw new WriteConflict(key);
    const text = JSON.stringify(value);
    this.objects.set(key, text);
    return etagOf(text);
  }

  private versioned<T>(key: string): Versioned<T> | null {
    const text = this.objects.get(key);
    return text === undefined ? null : { value: JSON.parse(text) as T, etag: etagOf(text) };
  }

  private json<T>(key: string): T | null {
    const text = this.objects.get(key);
    return text === undefined ? null : (JSON.parse(text) as T);
  }
}

const etagOf = (text: string) => `"${createHash('md5').update(text).digest('hex')}"`;

export function memoryDeps(store = new MemoryStore(), more: Partial<AppDeps> = {}): AppDeps {
  return {
    store: store as unknown as ReportStore,
    settings: DEFAULT_SETTINGS,
    now: () => new Date(),
    log: () => {},
    ...more,
  };
}
