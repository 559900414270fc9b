import { bucketFromEnvironment, ReportStore, s3ClientFor } from '../storage/report-store.ts';
import { settingsFromEnvironment } from '../storage/settings.ts';
import { type IngestDeps, ingestUpload } from './ingest-upload.ts';
import { decodeEventKey, type S3Event } from './s3-event.ts';

/** The S3 `ObjectCreated` handler: thin — decode each record, hand it to `ingestUpload`. */
export function createIngestHandler(deps: IngestDeps) {
  return async (event: S3Event): Promise<void> => {
    for (const record of event.Records ?? []) {
      if (!record.eventName?.startsWith('ObjectCreated:')) continue;
      const key = decodeEventKey(record.s3.object.key);
      if (!key.startsWith('uploads/')) continue;
      try {
        await ingestUpload(key, deps);
      } catch (error) {
        // Thrown again so Lambda retries, but without the original message: it may quote the data.
        const name = (error as Error).name ?? 'Error';
        deps.log({ event: 'ingest-error', name });
        throw new Error(`The ingest failed (${name}); it will be retried.`);
      }
    }
  };
}

/** Its dependencies from the environment, read once per container. */
export function ingestDepsFromEnvironment(): IngestDeps {
  return {
    store: new ReportStore(s3ClientFor('ingest'), bucketFromEnvironment()),
    maxUploadBytes: settingsFromEnvironment().maxUploadBytes,
    now: () => new Date(),
    log: (entry) => console.log(JSON.stringify(entry)),
  };
}
