import { describe, expect, it } from 'vitest';
import { IngestProcess } from '../../functions/local/ingest-process.ts';
import { startTestServer } from '../support/local-server.ts';

const event = (key: string) => ({
  Records: [{ eventName: 'ObjectCreated:Post', s3: { bucket: { name: 'b' }, object: { key, size: 1 } } }],
});

describe('the local ingest process', () => {
  it('passes a failed ingest back as an error (for the bridge to retry), with its log lines, and carries on', async () => {
    const logs: Record<string, string | number>[] = [];
    const ingest = new IngestProcess((entry) => logs.push(entry), {
      ...process.env,
      // Nothing listens here: every S3 call fails, as when the S3 server is down.
      AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:9',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'x',
      AWS_SECRET_ACCESS_KEY: 'x',
      AWS_MAX_ATTEMPTS: '1',
      S3_FORCE_PATH_STYLE: 'true',
      BUCKET_NAME: 'b',
    });
    try {
      await expect(ingest.deliver(event('uploads/AAAAAAAAAAAAAAAAAAAAAA/export'))).rejects.toThrow(
        /The ingest failed .*; it will be retried\./,
      );
      expect(logs.some((entry) => entry.event === 'ingest-error')).toBe(true);
      // The same process takes the next event; one outside uploads/ is ignored, as S3 would not send it.
      await expect(ingest.deliver(event('reports/x/report.json'))).resolves.toBeUndefined();
    } finally {
      await ingest.close();
    }
  }, 30_000);

  it('fails what a process was doing when the process dies, and starts a new one for the next event', async () => {
    // No bucket name: the handler refuses to start, so each process stops as soon as it loads.
    const { BUCKET_NAME: _, ...withoutBucket } = process.env;
    const ingest = new IngestProcess(() => {}, withoutBucket);
    try {
      await expect(ingest.deliver(event('uploads/AAAAAAAAAAAAAAAAAAAAAA/export'))).rejects.toThrow(
        /The ingest process stopped/,
      );
      await expect(ingest.deliver(event('uploads/AAAAAAAAAAAAAAAAAAAAAA/export'))).rejects.toThrow(
        /The ingest process stopped/,
      );
    } finally {
      await ingest.close();
    }
  }, 30_000);

  it('starts a process ahead of an upload when asked, and ends it if none comes in time', async () => {
    const env = { ...process.env, AWS_REGION: 'us-east-1', BUCKET_NAME: 'b' };
    const patient = new IngestProcess(() => {}, env);
    const hasty = new IngestProcess(() => {}, env);
    try {
      expect(patient.running).toBe(false);
      patient.prepare(60_000);
      hasty.prepare(100);
      expect(patient.running && hasty.running).toBe(true);
      await new Promise((done) => setTimeout(done, 1000));
      // The one still waiting is alive (so the other ended by its timer, not by failing to start).
      expect(patient.running).toBe(true);
      expect(hasty.running).toBe(false);
    } finally {
      await patient.close();
      await hasty.close();
    }
  });

  it('is started as soon as a report is created, before its upload arrives', async () => {
    const t = await startTestServer();
    try {
      expect(t.logs.some((l) => l.includes('ingest-process-started'))).toBe(false);
      const created = await t.api('/api/reports', { method: 'POST' });
      expect(created.status).toBe(201);
      expect(t.logs.some((l) => l.includes('ingest-process-started'))).toBe(true);
    } finally {
      await t.server.close();
    }
  });
});
