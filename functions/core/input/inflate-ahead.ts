import type { InputFile } from './read-export.ts';
import {
  concat,
  entryData,
  type InflateRaw,
  isZip,
  listZipEntries,
  NATIVE_RATIO,
  RATIO_CHECKED_AFTER,
  ZIP_LIMITS,
  type ZipLimits,
} from './unzip.ts';

/** An inflater that works asynchronously, as a browser's `DecompressionStream` does. */
export type InflateRawAsync = (deflated: Uint8Array, maxBytes: number) => Promise<Uint8Array | null>;

/**
 * The engine reads a ZIP synchronously; a browser inflates asynchronously. So the export's CSV entries
 * are inflated ahead, each capped as the native inflater is (what a real CSV of its size unpacks to),
 * and handed to the engine as an `InflateRaw` that returns them. Anything not inflated ahead, or over
 * its cap, is left to the engine's own sliced reading, whose ZIP-bomb rules stay in force.
 */
export async function inflateAhead(
  inputs: InputFile[],
  inflate: InflateRawAsync,
  limits: ZipLimits = ZIP_LIMITS,
): Promise<InflateRaw> {
  const inflated = new Map<ArrayBufferLike, Map<number, Uint8Array>>();
  for (const input of inputs) {
    if (!isZip(input.bytes)) continue;
    let entries: ReturnType<typeof listZipEntries>;
    try {
      entries = listZipEntries(input.bytes, limits);
    } catch {
      continue; // The engine says what is wrong with the ZIP, in its own words.
    }
    for (const entry of entries) {
      if (entry.method !== 8 || entry.encrypted || !/\.csv$/i.test(entry.name)) continue;
      let data: Uint8Array;
      try {
        data = entryData(input.bytes, entry);
      } catch {
        continue;
      }
      const cap = Math.min(limits.maxEntryBytes, Math.max(RATIO_CHECKED_AFTER, data.length * NATIVE_RATIO));
      const bytes = await inflate(data, cap).catch(() => null);
      if (!bytes) continue;
      let byOffset = inflated.get(data.buffer);
      if (!byOffset) {
        byOffset = new Map();
        inflated.set(data.buffer, byOffset);
      }
      byOffset.set(data.byteOffset, bytes);
    }
  }
  return (deflated, maxBytes) => {
    const bytes = inflated.get(deflated.buffer)?.get(deflated.byteOffset);
    return bytes && bytes.length <= maxBytes ? bytes : null;
  };
}

/**
 * `DecompressionStream('deflate-raw')`, the inflater browsers (and Node) have, read to at most
 * `maxBytes`: past it the reading stops and the entry is left to the engine's checks.
 */
export const inflateWithStreams: InflateRawAsync = async (deflated, maxBytes) => {
  const stream = new Blob([deflated as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return concat(chunks, total);
};
