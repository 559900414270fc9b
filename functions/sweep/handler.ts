import { bucketFromEnvironment, ReportStore, s3ClientFor } from '../storage/report-store.ts';
import { sweepExpired } from '../storage/sweep-expired.ts';

const store = new ReportStore(s3ClientFor('sweep'), bucketFromEnvironment());

// The Lambda entry, run on a daily schedule: counts go to the log, never an id's contents.
export const handler = async () => {
  const started = Date.now();
  const result = await sweepExpired(store, new Date());
  console.log(JSON.stringify({ event: 'sweep', ...result, ms: Date.now() - started }));
  return result;
};
