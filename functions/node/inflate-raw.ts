import { inflateRawSync } from 'node:zlib';
import type { InflateRaw } from '../core/input/unzip.ts';

/**
 * node:zlib's inflater for the engine's ZIP reader: native code, about five times faster than fflate
 * on an export's messages.csv. zlib stops as soon as the output would pass `maxBytes`, which the
 * reader sets to what a real CSV of that compressed size could unpack to (see inflateWhole).
 */
export const inflateRawNative: InflateRaw = (deflated, maxBytes) => {
  try {
    return inflateRawSync(deflated, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw error;
  }
};
