import { Inflate } from 'fflate';
import { InputError } from '../errors.ts';

/**
 * A ZIP reader that trusts nothing in the archive. Entries are listed from the central directory,
 * and inflation is fed in small slices so the real output size is checked as it grows: a ZIP bomb
 * is refused after at most one slice's worth of output past the cap, whatever sizes it declares.
 * A host's native inflater, when given, reads an entry whole, capped at what a real CSV of its size
 * unpacks to, and leaves anything bigger to the slices (inflateWhole).
 */
export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 5_000,
  maxEntryBytes: 300 * 1024 * 1024,
  maxTotalBytes: 600 * 1024 * 1024,
};

/**
 * Inflates raw deflate data to at most `maxBytes`: null past that, an error when the data is damaged.
 * The host may pass a native one (node:zlib's is several times faster than fflate); fflate otherwise.
 */
export type InflateRaw = (deflated: Uint8Array, maxBytes: number) => Uint8Array | null;

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

/** 16 KiB of deflate input inflates to at most ~16 MiB (deflate's ratio tops out near 1032:1). */
const SLICE = 16 * 1024;
/**
 * CSV text compresses 3–20 fold; a ZIP bomb compresses hundreds of times more. Past a few megabytes,
 * a ratio beyond this is refused at once, so a bomb costs megabytes, not the full size cap.
 */
const MAX_RATIO = 200;
export const RATIO_CHECKED_AFTER = 8 * 1024 * 1024;
/** LinkedIn's CSVs compress 4–12 fold; a whole entry unpacking to more is left to the sliced reading. */
export const NATIVE_RATIO = 32;

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && bytes.length >= 22;
}

export function listZipEntries(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    throw new InputError(
      'unreadable-zip',
      'This ZIP uses the ZIP64 format, which Reconnect does not read. Use the CSV files inside it instead.',
    );
  }
  if (count > limits.maxEntries) {
    throw new InputError(
      'too-large',
      `This ZIP holds ${count} files; a LinkedIn export holds far fewer (the limit is ${limits.maxEntries}).`,
    );
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw truncated();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) throw truncated();
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Inflates one entry. With `stopAfter`, returns only (about) the first bytes: enough to read a header.
 * Throws `too-large` as soon as the real output passes `maxBytes`.
 */
export function readZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
  stopAfter = Number.POSITIVE_INFINITY,
  inflateRaw?: InflateRaw,
): Uint8Array {
  if (entry.encrypted) {
    throw new InputError(
      'encrypted-zip',
      `"${entry.name}" in this ZIP is password-protected. Use an unencrypted export.`,
    );
  }
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw tooLarge(entry.name, maxBytes);
    return data.subarray(0, Math.min(data.length, stopAfter));
  }
  if (entry.method !== 8) {
    throw new InputError(
      'unreadable-zip',
      `"${entry.name}" in this ZIP uses a compression method Reconnect does not read.`,
    );
  }
  if (inflateRaw && stopAfter === Number.POSITIVE_INFINITY) {
    const whole = inflateWhole(data, entry.name, maxBytes, inflateRaw);
    if (whole) return whole;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    chunks.push(chunk);
    total += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && total < stopAfter; at += SLICE) {
      const last = at + SLICE >= data.length;
      inflate.push(data.subarray(at, at + SLICE), last);
      if (total > maxBytes) throw tooLarge(entry.name, maxBytes);
      if (total > RATIO_CHECKED_AFTER && total > (at + SLICE) * MAX_RATIO) throw bomb(entry.name);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw damaged(entry.name);
  }
  return concat(chunks, total);
}

/**
 * A whole entry in one call to the host's inflater, capped at what a real CSV of its compressed size
 * unpacks to (NATIVE_RATIO). Null past that: the sliced reading then decides, by its own rules, so a
 * bomb costs at most that cap here before it is refused as it would be without a native inflater.
 * (The one difference: a file whose start alone would pass MAX_RATIO but whose whole stays under
 * NATIVE_RATIO is read here, where the sliced reading would refuse it.)
 */
function inflateWhole(
  data: Uint8Array,
  name: string,
  maxBytes: number,
  inflateRaw: InflateRaw,
): Uint8Array | null {
  try {
    return inflateRaw(data, Math.min(maxBytes, Math.max(RATIO_CHECKED_AFTER, data.length * NATIVE_RATIO)));
  } catch {
    throw damaged(name);
  }
}

export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw truncated();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw truncated();
  return bytes.subarray(start, end);
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  throw truncated();
}

export function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function truncated(): InputError {
  return new InputError(
    'unreadable-zip',
    'This ZIP file is incomplete or damaged. Download the export again and use the new file.',
  );
}

function damaged(name: string): InputError {
  return new InputError('unreadable-zip', `"${name}" in this ZIP is damaged and cannot be unpacked.`);
}

function bomb(name: string): InputError {
  return new InputError(
    'too-large',
    `"${name}" in this ZIP expands far more than any real CSV (it looks like a ZIP bomb). Reconnect stopped reading it.`,
  );
}

function tooLarge(name: string, maxBytes: number): InputError {
  const mb = Math.round(maxBytes / (1024 * 1024));
  return new InputError(
    'too-large',
    `"${name}" in this ZIP unpacks to more than ${mb} MB, far beyond a LinkedIn export. Reconnect stopped reading it.`,
  );
}
