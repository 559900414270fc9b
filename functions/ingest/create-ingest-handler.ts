import { bucketFromEnvironment, ReportStore, s3ClientFromEnvironment } from '../storage/report-store.ts';
import { settingsFromEnvironment } from '../storage/settings.ts';
import { type IngestDeps, ingestUpload } from './ingest-upload.ts';
import { decodeEventKey, type S3Event } from './s3-event.ts';

/** The S3 `ObjectCreated` handler: thin — decode each record, hand it to `ingestUpload`. */
export function createIngestHandler(deps: IngestDeps) {
  return async (event: S3Event): Promise<void> => {
    for (const record of event.Records ?? []) {
      if (!record.eventName?.startsWith('ObjectCreated:')) continue;
      const key = decodeEventKey(record.s3.object.key);
      if (key.startsWith('uploads/')) await ingestUpload(key, deps);
    }
  };
}

/** Its dependencies from the environment, read once per container. */
export function ingestDepsFromEnvironment(): IngestDeps {
  return {
    store: new ReportStore(s3ClientFromEnvironment(), bucketFromEnvironment()),
    maxUploadBytes: settingsFromEnvironment().maxUploadBytes,
    now: () => new Date(),
    log: (entry) => console.log(JSON.stringify(entry)),
  };
}
