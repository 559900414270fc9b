import { randomUUID } from 'node:crypto';
import {
  createServer,
  request as forward,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { Busboy, type BusboyFileStream } from '@fastify/busboy';
import { BodySpool, BodyTooLarge } from './body-spool.ts';
import { isSafeKey, type Target, targetOf } from './object-key.ts';
import { checkPostPolicy } from './post-policy.ts';
import { applyIdleTimeout, S3_TIMEOUTS, type ServerTimeouts, timeoutOptions } from './server-timeouts.ts';
import { type Refusal, refuse, type SigningKeys, UNSIGNED_PAYLOAD, verifySigV4 } from './sigv4.ts';

type Log = (entry: Record<string, string | number>) => void;

export interface GuardOptions {
  /** The Unix socket s3rver listens on: known to this process only. */
  upstream: string;
  bucket: string;
  /** s3rver's folder for the bucket, which no key may climb out of. */
  bucketDirectory: string;
  /** Where bodies wait while they are checked (private, emptied at start). */
  spoolDirectory: string;
  keys: SigningKeys;
  log: Log;
  timeouts?: ServerTimeouts;
  /** The largest signed body (a report is tens of MB). */
  maxBodyBytes?: number;
  now?: () => number;
}

const MAX_BODY_BYTES = 512 * 1024 * 1024;
/** How much of a refused body is read (and thrown away) so the client sees the answer, before hanging up. */
const DRAIN_BYTES = 8 * 1024 * 1024;
/** How long s3rver may be silent before the request to it is given up. */
const UPSTREAM_IDLE_MS = 60_000;
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'proxy-authorization',
  'proxy-connection',
  'expect',
  'content-length',
]);
/** Form fields s3rver turns into the object's metadata or its answer; nothing else is passed on. */
const FORWARDED_FIELDS = new Set([
  'content-type',
  'cache-control',
  'content-disposition',
  'content-encoding',
  'content-language',
  'expires',
  'success_action_status',
]);

/**
 * The local S3 endpoint, in front of s3rver: s3rver stores whatever it is sent, signed or not, under
 * any key, and answers every CORS preflight with `*`. This lets through only what S3 itself would
 * accept from the local product: requests signed with its credentials (SigV4, in a header or a
 * presigned link, verified over the canonical request, the body's hash checked before it is stored),
 * and presigned POST uploads whose policy is signed, unexpired and met by every field, the key and the
 * file's real size; to this one bucket, under keys that stay inside its folder. Preflights are
 * answered for the page's own origins only. Bodies are held until checked, so nothing refused reaches
 * s3rver, whose files are written as the bytes arrive.
 */
export class S3Guard {
  readonly server: Server;
  private readonly origins = new Set<string>();
  private readonly hosts = new Set<string>();
  private readonly timeouts: ServerTimeouts;
  private readonly now: () => number;

  constructor(private readonly options: GuardOptions) {
    this.timeouts = options.timeouts ?? S3_TIMEOUTS;
    this.now = options.now ?? Date.now;
    this.server = createServer(timeoutOptions(this.timeouts), (req, res) => {
      this.handle(req, res).catch((error: Error) => {
        options.log({ event: 's3-guard-error', name: error.name });
        if (!res.headersSent)
          this.refuse(req, res, refuse(500, 'InternalError', 'We encountered an internal error.'));
        else res.destroy();
      });
    });
    applyIdleTimeout(this.server, this.timeouts);
  }

  /** The page's origins: the only ones whose preflights are answered and that may read the answers. */
  allowOrigins(origins: string[]): void {
    this.origins.clear();
    for (const origin of origins) this.origins.add(origin);
  }

  async listen(port: number): Promise<number> {
    await new Promise<void>((done, fail) => {
      this.server.once('error', fail);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', fail);
        done();
      });
    });
    const bound = (this.server.address() as AddressInfo).port;
    // Requests must name this server: a page whose name was pointed at 127.0.0.1 (DNS rebinding) is not it.
    for (const host of ['127.0.0.1', 'localhost']) this.hosts.add(`${host}:${bound}`);
    return bound;
  }

  close(): Promise<void> {
    this.server.closeIdleConnections();
    return new Promise((done) => this.server.close(() => done()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Whatever is served from here is data, never a page: nothing in it may run or be sniffed as one.
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
    const origin = req.headers.origin;
    if (origin && this.origins.has(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'Origin');
    }
    if (!this.hosts.has(req.headers.host ?? ''))
      return this.refuse(req, res, refuse(403, 'AccessDenied', 'Unknown host.'));
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const target = targetOf(queryAt < 0 ? url : url.slice(0, queryAt));
    if (!target) return this.refuse(req, res, refuse(400, 'InvalidURI', 'The path is not valid.'));
    if (req.method === 'OPTIONS') return this.preflight(req, res, target);
    if (target.bucket !== this.options.bucket)
      return this.refuse(req, res, refuse(403, 'AccessDenied', 'Only the local bucket is served here.'));
    if (target.key !== '' && !isSafeKey(target.key, this.options.bucketDirectory))
      return this.refuse(req, res, badKey());
    const query = queryAt < 0 ? '' : url.slice(queryAt + 1);
    if (req.method === 'POST' && target.key === '' && query === '') return this.formUpload(req, res, target);
    return this.signed(req, res, target);
  }

  /** A request signed with the local credentials: checked, its body held and hashed, then passed on. */
  private async signed(req: IncomingMessage, res: ServerResponse, target: Target): Promise<void> {
    const verified = verifySigV4(
      { method: req.method ?? 'GET', url: req.url ?? '/', rawHeaders: req.rawHeaders },
      this.options.keys,
      this.now(),
    );
    if (!verified.ok) return this.refuse(req, res, verified);
    const copySource = req.headers['x-amz-copy-source'];
    if (typeof copySource === 'string') {
      const source = targetOf(`/${copySource.replace(/^\//, '').split('?')[0]}`);
      if (source?.bucket !== target.bucket || !isSafeKey(source.key, this.options.bucketDirectory))
        return this.refuse(req, res, badKey());
    }
    const spool = new BodySpool(this.options.spoolDirectory, this.options.maxBodyBytes ?? MAX_BODY_BYTES);
    try {
      try {
        await receive(req, spool);
      } catch (error) {
        if (error instanceof BodyTooLarge) return this.refuse(req, res, tooLarge());
        throw error;
      }
      if (verified.payloadHash !== UNSIGNED_PAYLOAD && verified.payloadHash !== spool.sha256())
        return this.refuse(
          req,
          res,
          refuse(
            400,
            'XAmzContentSHA256Mismatch',
            "The provided 'x-amz-content-sha256' header does not match what was computed.",
          ),
        );
      // DeleteObjects names its keys in the body, where s3rver turns each into a path too.
      if (req.method === 'POST' && /(^|[?&])delete(=|&|$)/.test(req.url ?? '')) {
        const body = await text(spool.open());
        const keys = [...body.matchAll(/<(?:\w+:)?Key>([^<]*)<\/(?:\w+:)?Key>/g)].map((m) =>
          decodeXml(m[1] ?? ''),
        );
        // A key hidden in CDATA would not be seen above: no need for it here.
        if (body.includes('<![CDATA[') || keys.some((key) => !isSafeKey(key, this.options.bucketDirectory)))
          return this.refuse(req, res, badKey());
      }
      const headers: OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(req.headers))
        if (!HOP_BY_HOP.has(name)) headers[name] = value;
      headers['content-length'] = spool.size;
      await this.pass(req, res, spool.open(), headers);
    } finally {
      await spool.dispose();
    }
  }

  /**
   * A browser's upload by presigned POST. The fields come before the file: the policy is checked as
   * soon as the file starts, before a byte of it is kept; the file's bytes are counted against the
   * policy's size range as they arrive; only then is a clean form (the key, the allowed metadata, the
   * file) passed on.
   */
  private async formUpload(req: IncomingMessage, res: ServerResponse, target: Target): Promise<void> {
    let parser: ReturnType<typeof Busboy>;
    try {
      parser = Busboy({
        headers: req.headers as { 'content-type': string },
        limits: {
          fieldNameSize: 100,
          fieldSize: 20 * 1024,
          fields: 50,
          files: 1,
          parts: 51,
          headerPairs: 20,
        },
        // On S3 the part named `file` is the object, with or without a filename.
        isPartAFile: (name) => name === 'file',
      });
    } catch {
      return this.refuse(
        req,
        res,
        refuse(412, 'PreconditionFailed', 'Bucket POST must be of the enclosure-type multipart/form-data.'),
      );
    }
    const fields = new Map<string, string>();
    const spools: BodySpool[] = [];
    type Accepted = { spool: BodySpool; key: string };
    const outcome = new Promise<Accepted | Refusal>((done) => {
      let fileSeen = false;
      parser.on('field', (name, value, nameTruncated, valueTruncated) => {
        if (fileSeen) return; // S3 ignores what follows the file
        const lower = name.toLowerCase();
        if (nameTruncated || valueTruncated)
          return done(refuse(400, 'InvalidArgument', 'A form field is too long.'));
        if (fields.has(lower))
          return done(refuse(400, 'InvalidArgument', `The field ${lower} is given twice.`));
        fields.set(lower, value);
      });
      parser.on('file', (_name, stream: BusboyFileStream, filename) => {
        if (fileSeen) {
          stream.resume();
          return done(refuse(400, 'InvalidArgument', 'POST requires exactly one file upload per request.'));
        }
        fileSeen = true;
        const policy = checkPostPolicy(fields, target.bucket, this.options.keys, this.now());
        if (!policy.ok) {
          stream.resume();
          return done(policy);
        }
        const key = (fields.get('key') ?? '').replaceAll(FILENAME, filename ?? '');
        if (!isSafeKey(key, this.options.bucketDirectory)) {
          stream.resume();
          return done(badKey());
        }
        const spool = new BodySpool(
          this.options.spoolDirectory,
          Math.min(policy.maxBytes, this.options.maxBodyBytes ?? MAX_BODY_BYTES),
        );
        spools.push(spool);
        receive(stream, spool).then(
          () =>
            done(
              spool.size < policy.minBytes
                ? refuse(
                    400,
                    'EntityTooSmall',
                    'Your proposed upload is smaller than the minimum allowed size.',
                  )
                : { spool, key },
            ),
          (error) => {
            stream.resume();
            done(
              error instanceof BodyTooLarge
                ? tooLarge()
                : refuse(400, 'IncompleteBody', 'The upload was cut off.'),
            );
          },
        );
      });
      parser.on('finish', () => {
        if (!fileSeen)
          done(refuse(400, 'InvalidArgument', 'POST requires exactly one file upload per request.'));
      });
      parser.on('error', () =>
        done(
          refuse(400, 'MalformedPOSTRequest', 'The body of the POST is not well-formed multipart/form-data.'),
        ),
      );
      req.on('error', () => done(refuse(400, 'IncompleteBody', 'The upload was cut off.')));
      req.pipe(parser);
    });
    try {
      const accepted = await outcome;
      if ('status' in accepted) {
        req.unpipe(parser);
        return this.refuse(req, res, accepted);
      }
      const boundary = `reconnect-${randomUUID()}`;
      const part = (name: string, value: string) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
      let head = part('key', accepted.key);
      for (const [name, value] of fields) {
        if (!FORWARDED_FIELDS.has(name) && !/^x-amz-meta-[a-z0-9-]+$/.test(name)) continue;
        if (/[\r\n]/.test(value))
          return this.refuse(req, res, refuse(400, 'InvalidArgument', `The field ${name} is not valid.`));
        head += part(name, value);
      }
      head += `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="upload"\r\nContent-Type: application/octet-stream\r\n\r\n`;
      const tail = `\r\n--${boundary}--\r\n`;
      const file = accepted.spool.open();
      const body = Readable.from(
        (async function* () {
          yield Buffer.from(head);
          for await (const chunk of file) yield chunk as Buffer;
          yield Buffer.from(tail);
        })(),
      );
      await this.pass(req, res, body, {
        host: req.headers.host,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': Buffer.byteLength(head) + accepted.spool.size + Buffer.byteLength(tail),
      });
    } finally {
      await Promise.all(spools.map((spool) => spool.dispose()));
    }
  }

  /** Passes a checked request to s3rver, and its answer back without s3rver's CORS headers. */
  private pass(
    req: IncomingMessage,
    res: ServerResponse,
    body: Readable,
    headers: OutgoingHttpHeaders,
  ): Promise<void> {
    return new Promise((done) => {
      const upstream = forward(
        { socketPath: this.options.upstream, method: req.method, path: req.url, headers, agent: false },
        (answer) => {
          const out: OutgoingHttpHeaders = {};
          for (const [name, value] of Object.entries(answer.headers))
            if (!HOP_BY_HOP.has(name) && !name.startsWith('access-control-') && name !== 'vary')
              out[name] = value;
          if (answer.headers['content-length'] !== undefined)
            out['content-length'] = answer.headers['content-length'];
          res.writeHead(answer.statusCode ?? 502, out);
          answer.pipe(res);
          answer.once('error', () => res.destroy());
          res.once('close', () => {
            answer.destroy();
            done();
          });
        },
      );
      upstream.setTimeout(UPSTREAM_IDLE_MS, () => upstream.destroy(new Error('s3rver did not answer')));
      upstream.once('error', (error) => {
        this.options.log({ event: 's3-upstream-error', name: error.name });
        if (!res.headersSent) this.refuse(req, res, refuse(503, 'ServiceUnavailable', 'Please try again.'));
        else res.destroy();
        done();
      });
      res.once('close', () => upstream.destroy());
      body.once('error', (error) => upstream.destroy(error));
      body.pipe(upstream);
    });
  }

  /** Answers a CORS preflight: the page's origins may POST an upload; nothing else, no one else. */
  private preflight(req: IncomingMessage, res: ServerResponse, target: Target): void {
    const origin = req.headers.origin ?? '';
    const requested = (req.headers['access-control-request-headers'] ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean);
    const allowed =
      this.origins.has(origin) &&
      req.headers['access-control-request-method'] === 'POST' &&
      target.bucket === this.options.bucket &&
      target.key === '' &&
      requested.every((h) => h === 'content-type');
    if (!allowed) {
      this.refuse(
        req,
        res,
        refuse(403, 'AccessForbidden', 'CORSResponse: This CORS request is not allowed.'),
      );
      return;
    }
    res.writeHead(200, {
      'access-control-allow-methods': 'POST',
      ...(requested.length > 0 ? { 'access-control-allow-headers': requested.join(', ') } : {}),
      'access-control-max-age': '600',
      'content-length': 0,
    });
    res.end();
  }

  /** An S3-style XML error. A body not yet read is drained (up to a limit) so the client sees it. */
  private refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
    this.options.log({ event: 's3-refused', method: req.method ?? '', code: refusal.code });
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${refusal.code}</Code><Message>${encodeXml(refusal.message)}</Message></Error>`;
    const unread = !req.complete;
    res.writeHead(refusal.status, {
      'content-type': 'application/xml',
      'content-length': Buffer.byteLength(body),
      ...(unread ? { connection: 'close' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    if (unread) {
      let drained = 0;
      req.on('data', (chunk: Buffer) => {
        drained += chunk.length;
        if (drained > DRAIN_BYTES) req.destroy();
      });
      req.resume();
    }
  }
}

/** S3's placeholder in a form's key for the uploaded file's name. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: S3's own placeholder, not a template literal
const FILENAME = '${filename}';

const badKey = () =>
  refuse(400, 'InvalidArgument', 'Object keys may not have "." or ".." segments, backslashes or NUL here.');
const tooLarge = () =>
  refuse(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size.');

/** Streams `source` into the spool; rejects if the spool refuses it or the source ends early. */
function receive(source: Readable, spool: BodySpool): Promise<void> {
  return new Promise((done, fail) => {
    spool.once('finish', done);
    spool.once('error', (error) => {
      source.unpipe(spool);
      fail(error);
    });
    source.once('error', fail);
    source.once('close', () => {
      if (!source.readableEnded) fail(new Error('The body was cut off.'));
    });
    source.pipe(spool);
  });
}

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function encodeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function decodeXml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity[0] !== '#') return named[entity] ?? whole;
    const code =
      entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return String.fromCodePoint(code);
  });
}
