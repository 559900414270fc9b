import { analyze } from '../core/index.ts';
import { inflateRawNative } from '../node/inflate-raw.ts';
import type { AnalyzeToJson } from './app-deps.ts';

/**
 * The analyse step on the request's own thread, as on Lambda: one request per instance, so nothing
 * else waits on it, and the function's timeout (29 s) is the wall-clock limit.
 */
export const analyzeInProcess: AnalyzeToJson = async (files, options) =>
  JSON.stringify(analyze(files, { ...options, inflateRaw: inflateRawNative }));
