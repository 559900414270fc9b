import { createOriginCheck, ORIGIN_SECRET_ENV } from './origin-check.ts';

// The Lambda entry: the secret is read once per container, and a missing one stops it at start.
const secret = process.env[ORIGIN_SECRET_ENV];
if (!secret)
  throw new Error(`${ORIGIN_SECRET_ENV} is not set: the origin check needs the secret CloudFront sends.`);
export const handler = createOriginCheck(secret);
