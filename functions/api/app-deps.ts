import type { ReportStore } from '../storage/report-store.ts';
import type { Settings } from '../storage/settings.ts';

/** Everything the API needs from outside, so tests and the local server can hand in their own. */
export interface AppDeps {
  store: ReportStore;
  settings: Settings;
  now: () => Date;
  /** The site's origin, for CORS; unset means same-origin only. */
  allowedOrigin?: string;
  /** Where browsers post uploads (the bucket's origin), allowed by the Content-Security-Policy. */
  uploadOrigin?: string;
  log: (entry: Record<string, string | number>) => void;
}
