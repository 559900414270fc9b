import type { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { S3Event } from '../ingest/s3-event.ts';
import { ReportStore, s3ClientFor, s3ClientFromEnvironment } from '../storage/report-store.ts';
import { sweepExpired } from '../storage/sweep-expired.ts';
import { AnalyzeWorkers } from './analyze-worker.ts';
import { EventBridge } from './event-bridge.ts';
import { FileAttempts } from './ingest-attempts.ts';
import { markIngestFailed } from './ingest-failure.ts';
import { INGEST_LIMITS, type IngestLimits, IngestProcess } from './ingest-process.ts';
import { startLocalS3, useLocalS3 } from './local-s3.ts';
import { makePrivate, writeEverythingPrivately } from './private-files.ts';
import {
  API_TIMEOUTS,
  applyIdleTimeout,
  S3_TIMEOUTS,
  type ServerTimeouts,
  timeoutOptions,
} from './server-timeouts.ts';

export interface LocalOptions {
  dataDirectory: string;
  port: number;
  s3Port?: number;
  webDirectory?: string;
  /** Pauses before retrying a failed ingest (see EventBridge); one more attempt than pauses. */
  retryDelays?: number[];
  /** What one upload's ingest may cost in time and memory (ingest-process.ts has the defaults). */
  ingestLimits?: Partial<IngestLimits>;
  log?: (entry: Record<string, string | number>) => void;
  /** How often expired reports are deleted (and once at start). */
  sweepEveryMs?: number;
  /** How long each server waits for its clients (server-timeouts.ts has the defaults). */
  timeouts?: { api?: ServerTimeouts; s3?: ServerTimeouts };
}

export interface LocalServer {
  url: string;
  s3Endpoint: string;
  bridge: EventBridge;
  close: () => Promise<void>;
}

const BUCKET = 'reconnect-local';
const SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * The whole product on this machine: a real S3-protocol server on loopback, the same ingest handler
 * fed by its events, and the same API and web page, served by @hono/node-server. No AWS account.
 */
export async function startLocal(options: LocalOptions): Promise<LocalServer> {
  const log = options.log ?? ((entry) => console.log(JSON.stringify(entry)));
  // People's exports and reports: readable by their owner only, what s3rver writes included.
  writeEverythingPrivately();
  makePrivate(options.dataDirectory);
  const s3 = await startLocalS3({
    directory: join(options.dataDirectory, 's3'),
    bucket: BUCKET,
    port: options.s3Port,
    timeouts: options.timeouts?.s3 ?? S3_TIMEOUTS,
    log,
  });
  useLocalS3(s3.endpoint, BUCKET);
  // Imported only now: the Lambda entry modules build their S3 client from the environment when loaded.
  const { createApp } = await import('../api/create-app.ts');
  const { defaultDeps } = await import('../api/default-deps.ts');
  // POST /api/analyze on threads of its own, with a time limit: never on the server's thread.
  const deps = { ...defaultDeps(), log, analyze: new AnalyzeWorkers().analyze };
  // Each part through the client of whoever does it on AWS (the tests hold each to its IAM role): the
  // sweep is the sweep function's; redelivering uploads after a restart and setting the bucket's CORS
  // stand in for S3's own event delivery and for the stack, so they use a client of no function.
  const sweepStore = new ReportStore(s3ClientFor('sweep'), BUCKET);
  const platform = new ReportStore(s3ClientFromEnvironment(), BUCKET);
  const ingestStore = new ReportStore(s3ClientFor('ingest'), BUCKET);
  // The process keeps this server's S3 settings, whatever another server in this process sets later.
  const ingest = new IngestProcess(log, { ...process.env }, { ...INGEST_LIMITS, ...options.ingestLimits });

  const bridge = new EventBridge(BUCKET, (event) => ingest.deliver(event), log, options.retryDelays, {
    // Kept beside the data: an upload that keeps failing, even by taking the server down, ends `failed`.
    attempts: new FileAttempts(join(options.dataDirectory, 'ingest-attempts.json')),
    // As the ingest itself would (on AWS, its last retry): under the ingest function's role.
    giveUp: (key, failure) => markIngestFailed(ingestStore, key, failure, deps.now()),
  });
  // s3rver is a Koa app, an EventEmitter its types do not show.
  (s3.server as unknown as EventEmitter).on('event', (event: S3Event) => bridge.receive(event));
  // No lifecycle rules here: expired reports are swept at start and every hour, as the daily sweep does on AWS.
  const sweep = async () => {
    try {
      const { checked, deleted } = await sweepExpired(sweepStore, deps.now());
      if (deleted > 0) log({ event: 'sweep', checked, deleted });
    } catch (error) {
      log({ event: 'sweep-failed', error: (error as Error).name });
    }
  };
  await sweep();
  const sweeper = setInterval(sweep, options.sweepEveryMs ?? SWEEP_EVERY_MS);
  sweeper.unref();
  // Uploads that arrived while the server was down, or were mid-processing when it stopped.
  const waiting = await platform.listUploads();
  bridge.forgetAllBut(waiting);
  for (const key of waiting) bridge.enqueue(key, (await platform.uploadSize(key)) ?? 0);

  const app = new Hono();
  // Creating a report announces an upload: have the ingest process start while the file travels.
  app.post('/api/reports', async (_c, next) => {
    ingest.prepare();
    await next();
  });
  app.route('/', createApp(deps));
  const web = options.webDirectory ?? resolve(import.meta.dirname, '../../web/dist');
  if (existsSync(join(web, 'index.html'))) {
    app.use(
      '/*',
      serveStatic({ root: web, rewriteRequestPath: (path) => (path === '/' ? '/index.html' : path) }),
    );
  } else {
    app.get('/', (c) => c.html(PLACEHOLDER));
  }
  const http = await listen(app, options.port, options.timeouts?.api ?? API_TIMEOUTS);
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  // The page's origins, the only ones that may post uploads from a browser: the guard answers their
  // preflights (and no one else's); the bucket's own CORS says the same, as it does on AWS.
  const pageOrigins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  s3.guard.allowOrigins(pageOrigins);
  await platform.allowUploadsFrom(pageOrigins);
  return {
    url: `http://127.0.0.1:${port}`,
    s3Endpoint: s3.endpoint,
    bridge,
    close: async () => {
      clearInterval(sweeper);
      await new Promise<void>((done) => http.close(() => done()));
      await bridge.idle();
      await ingest.close();
      await s3.close();
    },
  };
}

function listen(app: Hono, port: number, timeouts: ServerTimeouts): Promise<ServerType> {
  return new Promise((done, fail) => {
    const server = serve(
      { fetch: app.fetch, port, hostname: '127.0.0.1', serverOptions: timeoutOptions(timeouts) },
      () => done(server),
    );
    // Node's defaults let a client that sends a byte at a time hold a connection for minutes.
    applyIdleTimeout(server as Server, timeouts);
    server.once('error', (error: NodeJS.ErrnoException) => {
      fail(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is in use. Stop what uses it, or run with PORT=3001 npm start.`)
          : error,
      );
    });
  });
}

const PLACEHOLDER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Reconnect</title></head>
<body>
<h1>Reconnect is running</h1>
<p>The upload page is not built yet. Use the API: create a report with <code>POST /api/reports</code>,
upload your export to the returned form, then read <code>GET /api/reports/{id}</code>.
See <a href="/api/openapi.json">/api/openapi.json</a> and the README.</p>
</body></html>`;
