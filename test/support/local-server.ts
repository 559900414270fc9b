import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalOptions, type LocalServer, startLocal } from '../../functions/local/start-local.ts';

export interface Uploaded {
  id: string;
  status: number;
}

/**
 * The local product on free loopback ports, its data in a fresh folder; logs collected for assertions.
 * `options` override the server's own (its limits, its retry pauses).
 */
export async function startTestServer(
  dataDirectory = mkdtempSync(join(tmpdir(), 'reconnect-')),
  webDirectory?: string,
  options: Partial<LocalOptions> = {},
) {
  const logs: string[] = [];
  const server: LocalServer = await startLocal({
    dataDirectory,
    port: 0,
    webDirectory: webDirectory ?? join(dataDirectory, 'no-web'),
    log: (entry) => logs.push(JSON.stringify(entry)),
    ...options,
  });
  const api = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
  const createReport = async () => {
    const response = await api('/api/reports', { method: 'POST' }).catch(() =>
      api('/api/reports', { method: 'POST' }),
    );
    return response.json();
  };

  /** Creates a report and posts the file to its presigned form, as a browser or curl would. */
  async function upload(
    name: string,
    bytes: Uint8Array,
  ): Promise<Uploaded & { upload: { url: string; fields: Record<string, string> } }> {
    const created = await createReport();
    const form = new FormData();
    for (const [k, v] of Object.entries(created.upload.fields as Record<string, string>)) form.append(k, v);
    form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
    // A kept-alive socket the S3 server has just closed makes fetch fail at once; posting the same
    // object again is harmless, so try once more before calling it a failure.
    const response = await fetch(created.upload.url, { method: 'POST', body: form }).catch(() =>
      fetch(created.upload.url, { method: 'POST', body: form }),
    );
    return { id: created.id, status: response.status, upload: created.upload };
  }

  /** Polls until the report leaves pending/processing. */
  async function settled(id: string) {
    await server.bridge.idle();
    for (let i = 0; i < 100; i++) {
      const response = await api(`/api/reports/${id}`);
      if (response.status !== 202) return { status: response.status, body: await response.json() };
      await new Promise((done) => setTimeout(done, 50));
      await server.bridge.idle();
    }
    throw new Error('report never settled');
  }

  return { server, api, upload, settled, logs, dataDirectory };
}
