import { bucketFromEnvironment, ReportStore, s3ClientFor } from '../storage/report-store.ts';
import { settingsFromEnvironment } from '../storage/settings.ts';
import type { AppDeps } from './app-deps.ts';

/** The API's dependencies from the environment: read once, failing at start on a missing setting. */
export function defaultDeps(): AppDeps {
  return {
    store: new ReportStore(s3ClientFor('api'), bucketFromEnvironment()),
    settings: settingsFromEnvironment(),
    now: () => new Date(),
    allowedOrigin: process.env.ALLOWED_ORIGIN || undefined,
    uploadOrigin: process.env.UPLOAD_ORIGIN || undefined,
    log: (entry) => console.log(JSON.stringify(entry)),
  };
}
