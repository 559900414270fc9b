import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';

/** Thrown (as the stream's error) when a body grows past its limit. */
export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
}

/**
 * Holds a request body until it has been checked, before any of it reaches s3rver: s3rver writes an
 * object into its file as the bytes arrive, so a body refused half-way (too large, a hash that does not
 * match) would already have truncated the object it was aimed at. Small bodies stay in memory, larger
 * ones go to a private file; the SHA-256 and the size are counted on the way.
 */
export class BodySpool extends Writable {
  size = 0;
  private readonly hash = createHash('sha256');
  private chunks: Buffer[] | null = [];
  private file: WriteStream | null = null;
  private readonly path: string;

  constructor(
    directory: string,
    private readonly maxBytes: number,
    private readonly memoryBytes = 1024 * 1024,
  ) {
    super();
    this.path = join(directory, `${randomUUID()}.body`);
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      done(new BodyTooLarge(`The body is larger than ${this.maxBytes} bytes.`));
      return;
    }
    this.hash.update(chunk);
    if (this.chunks && this.size <= this.memoryBytes) {
      this.chunks.push(chunk);
      done();
      return;
    }
    if (!this.file) {
      this.file = createWriteStream(this.path, { flags: 'wx', mode: 0o600 });
      this.file.on('error', () => {});
      for (const held of this.chunks ?? []) this.file.write(held);
      this.chunks = null;
    }
    this.file.write(chunk, (error) => done(error));
  }

  override _final(done: (error?: Error | null) => void): void {
    if (this.file) this.file.end(done);
    else done();
  }

  /** The body's SHA-256, hex (once it has all been written). */
  sha256(): string {
    return this.hash.copy().digest('hex');
  }

  /** The body again, from the start. */
  open(): Readable {
    return this.file ? createReadStream(this.path) : Readable.from(this.chunks ?? []);
  }

  async dispose(): Promise<void> {
    this.file?.destroy();
    await rm(this.path, { force: true });
  }
}
