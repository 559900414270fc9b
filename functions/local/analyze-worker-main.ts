import { parentPort } from 'node:worker_threads';
import { type AnalyzeOptions, analyze, type InputFile, isInputError } from '../core/index.ts';
import { inflateRawNative } from '../node/inflate-raw.ts';

/** One analysis for POST /api/analyze, on its own thread (see analyze-worker.ts); the report back as JSON. */
const port = parentPort;
if (!port) throw new Error('analyze-worker-main runs as a worker thread');
port.once('message', ({ files, options }: { files: InputFile[]; options: AnalyzeOptions }) => {
  try {
    port.postMessage({ json: JSON.stringify(analyze(files, { ...options, inflateRaw: inflateRawNative })) });
  } catch (error) {
    // The engine's own words for bad input; of anything else the name only (a message may quote data).
    port.postMessage(
      isInputError(error)
        ? { inputError: { code: error.code, message: error.message } }
        : { failed: (error as Error).name },
    );
  }
});
