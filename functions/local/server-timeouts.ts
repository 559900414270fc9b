import type { Server, ServerOptions } from 'node:http';

/**
 * How long the local servers wait for a client. Node's defaults let a client that sends its body a
 * byte at a time hold a connection for 5 minutes (and check only every 30 seconds); everything here
 * arrives over loopback, where a whole 50 MB upload takes under a second.
 */
export interface ServerTimeouts {
  /** For the request line and headers. */
  headersMs: number;
  /** For the whole request, body included. */
  requestMs: number;
  /** For the next request on a kept-alive connection. */
  keepAliveMs: number;
  /** For any silence on a connection, a slow reader of the answer included. */
  idleMs: number;
  /** How often the two above are checked. */
  checkEveryMs: number;
}

/** The API: JSON bodies of 256 KB, and 4 MB for POST /api/analyze. */
export const API_TIMEOUTS: ServerTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
  idleMs: 120_000,
  checkEveryMs: 1_000,
};

/** The S3 endpoint: uploads of up to 50 MB from a browser; reports of tens of MB from the functions. */
export const S3_TIMEOUTS: ServerTimeouts = {
  headersMs: 10_000,
  requestMs: 60_000,
  keepAliveMs: 5_000,
  idleMs: 120_000,
  checkEveryMs: 1_000,
};

/** Options for `http.createServer` (the check interval can only be set there). */
export function timeoutOptions(timeouts: ServerTimeouts): ServerOptions {
  return {
    headersTimeout: Math.min(timeouts.headersMs, timeouts.requestMs),
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    connectionsCheckingInterval: timeouts.checkEveryMs,
  };
}

/** What `createServer` takes no option for. */
export function applyIdleTimeout(server: Server, timeouts: ServerTimeouts): void {
  server.setTimeout(timeouts.idleMs, (socket) => socket.destroy());
}
