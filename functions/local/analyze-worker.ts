import { Worker } from 'node:worker_threads';
import { ApiError } from '../api/api-error.ts';
import type { AnalyzeToJson } from '../api/app-deps.ts';
import { InputError, type InputErrorCode } from '../core/index.ts';

export const ANALYZE_WORKER_DEFAULTS = {
  /** Wall-clock limit of one analysis, the thread's start included. */
  timeLimitMs: 20_000,
  /** Analyses at once (each may take a few hundred MB); more are refused, to be tried again. */
  maxRunning: 2,
  /** Heap of one analysis thread: past it, that thread ends, not the server. */
  maxHeapMb: 2048,
};

type Reply =
  | { json: string }
  | { inputError: { code: InputErrorCode; message: string } }
  | { failed: string };

/**
 * POST /api/analyze for the local server: each analysis on a thread of its own, so the seconds of CPU
 * a large export takes never hold the server's thread (the API, the page, the S3 server); past the
 * time limit the thread is ended and the request answered 503 in plain words. On Lambda the analysis
 * runs in-process (analyze-in-process.ts): one request per instance, the function's timeout as limit.
 */
export class AnalyzeWorkers {
  private running = 0;
  private readonly options: typeof ANALYZE_WORKER_DEFAULTS;

  constructor(options: Partial<typeof ANALYZE_WORKER_DEFAULTS> = {}) {
    this.options = { ...ANALYZE_WORKER_DEFAULTS, ...options };
  }

  readonly analyze: AnalyzeToJson = async (files, options) => {
    if (this.running >= this.options.maxRunning)
      throw new ApiError(
        503,
        'busy',
        'Too many analyses are running at once. Try again in a moment, or upload the export with POST /api/reports.',
        { 'Retry-After': '5' },
      );
    this.running++;
    const worker = new Worker(new URL('./analyze-worker.js', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      return await new Promise<string>((done, fail) => {
        timer = setTimeout(() => {
          const seconds = Number((this.options.timeLimitMs / 1000).toFixed(2));
          fail(
            new ApiError(
              503,
              'analysis-timeout',
              `The analysis took longer than ${seconds} seconds and was stopped. Upload the export with POST /api/reports instead: it is analysed without this limit.`,
            ),
          );
        }, this.options.timeLimitMs);
        worker.once('message', (reply: Reply) => {
          if ('json' in reply) done(reply.json);
          else if ('inputError' in reply)
            fail(new InputError(reply.inputError.code, reply.inputError.message));
          else fail(Object.assign(new Error('The analysis failed.'), { name: reply.failed }));
        });
        worker.once('error', (error) =>
          fail(
            (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new ApiError(
                  503,
                  'analysis-too-large',
                  'The analysis needed more memory than it may use here. Upload the export with POST /api/reports instead.',
                )
              : Object.assign(new Error('The analysis thread stopped.'), { name: error.name }),
          ),
        );
        worker.once('exit', (code) => fail(new Error(`The analysis thread ended (exit ${code}).`)));
        worker.postMessage({ files, options });
      });
    } finally {
      clearTimeout(timer);
      this.running--;
      void worker.terminate();
    }
  };
}
