import type { AnalyzeOptions, InputFile } from '../core/index.ts';
import type { ReportStore } from '../storage/report-store.ts';
import type { Settings } from '../storage/settings.ts';

/**
 * Runs the engine for POST /api/analyze and hands back the report as JSON text (what is sent; from a
 * worker thread a string also crosses cheaper than the object). Lambda runs it in-process
 * (analyze-in-process.ts); the local server on a worker thread with a time limit
 * (functions/local/analyze-worker.ts), so an analysis never holds the server's own thread.
 */
export type AnalyzeToJson = (
  files: InputFile[],
  options: Omit<AnalyzeOptions, 'inflateRaw'>,
) => Promise<string>;

/** Everything the API needs from outside, so tests and the local server can hand in their own. */
export interface AppDeps {
  store: ReportStore;
  settings: Settings;
  now: () => Date;
  /** The analyse step of POST /api/analyze; in-process when not given. */
  analyze?: AnalyzeToJson;
  /** The site's origin, for CORS; unset means same-origin only. */
  allowedOrigin?: string;
  /** Where browsers post uploads (the bucket's origin), allowed by the Content-Security-Policy. */
  uploadOrigin?: string;
  log: (entry: Record<string, string | number>) => void;
}
