import {
  checkCredential,
  hmacHex,
  parseAmzDate,
  type Refusal,
  refuse,
  type SigningKeys,
  sameSignature,
  signingKey,
} from './sigv4.ts';

/**
 * A browser upload by presigned POST, checked as S3 checks it before it stores a byte: the policy's
 * signature (SigV4, by the local secret), its expiry, every condition met, and no form field that no
 * condition covers. The size condition is returned, for the caller to count the file's bytes against.
 * https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html
 */
export type PolicyCheck = { ok: true; minBytes: number; maxBytes: number } | ({ ok: false } & Refusal);

/** Fields S3 never asks a condition for. */
const UNCONDITIONED = new Set(['policy', 'x-amz-signature', 'file']);

const invalid = (why: string) => refuse(403, 'AccessDenied', `Invalid according to Policy: ${why}`);

/**
 * `fields` are the form's fields before the file, by lower-case name (field names are not case
 * sensitive on S3); `bucket` is the one the form was posted to.
 */
export function checkPostPolicy(
  fields: Map<string, string>,
  bucket: string,
  keys: SigningKeys,
  now: number,
): PolicyCheck {
  const policy = fields.get('policy');
  const signature = fields.get('x-amz-signature');
  if (!policy || !signature)
    return refuse(403, 'AccessDenied', 'A presigned POST needs a policy and its signature.');
  if (fields.get('x-amz-algorithm') !== 'AWS4-HMAC-SHA256')
    return refuse(400, 'InvalidArgument', 'X-Amz-Algorithm must be AWS4-HMAC-SHA256.');
  const amzDate = fields.get('x-amz-date') ?? '';
  if (Number.isNaN(parseAmzDate(amzDate))) return refuse(400, 'InvalidArgument', 'X-Amz-Date is not valid.');
  const scope = checkCredential(fields.get('x-amz-credential') ?? '', amzDate, keys);
  if (!scope.ok) return scope;
  const expected = hmacHex(signingKey(keys.secretAccessKey, scope.date, keys.region), policy);
  if (!sameSignature(expected, signature))
    return refuse(403, 'SignatureDoesNotMatch', 'The policy signature does not match.');

  let document: { expiration?: unknown; conditions?: unknown };
  try {
    document = JSON.parse(Buffer.from(policy, 'base64').toString('utf8'));
  } catch {
    return invalid('Policy could not be parsed.');
  }
  const expiration = typeof document.expiration === 'string' ? Date.parse(document.expiration) : Number.NaN;
  if (Number.isNaN(expiration)) return invalid('Policy has no valid expiration.');
  if (now >= expiration) return invalid('Policy expired.');
  if (!Array.isArray(document.conditions)) return invalid('Policy has no conditions.');

  const value = (name: string) => (name === 'bucket' ? bucket : fields.get(name));
  const covered = new Set<string>();
  let minBytes = 0;
  let maxBytes = Number.POSITIVE_INFINITY;
  for (const condition of document.conditions as unknown[]) {
    const failed = invalid(`Policy Condition failed: ${JSON.stringify(condition)}`);
    if (Array.isArray(condition)) {
      const [operator, ...args] = condition as unknown[];
      if (operator === 'content-length-range') {
        const [min, max] = args;
        if (!Number.isInteger(min) || !Number.isInteger(max))
          return invalid('content-length-range is malformed.');
        minBytes = Math.max(minBytes, min as number);
        maxBytes = Math.min(maxBytes, max as number);
        continue;
      }
      const [field, expected] = args;
      if (typeof field !== 'string' || !field.startsWith('$') || typeof expected !== 'string')
        return invalid(`Condition is malformed: ${JSON.stringify(condition)}`);
      const name = field.slice(1).toLowerCase();
      covered.add(name);
      const actual = value(name);
      if (actual === undefined) return failed;
      if (operator === 'eq' && actual !== expected) return failed;
      if (operator === 'starts-with' && !actual.startsWith(expected)) return failed;
      if (operator !== 'eq' && operator !== 'starts-with')
        return invalid(`Unknown condition ${String(operator)}.`);
    } else if (condition && typeof condition === 'object') {
      const entries = Object.entries(condition);
      if (entries.length !== 1) return invalid(`Condition is malformed: ${JSON.stringify(condition)}`);
      const [[field, expected]] = entries as [[string, unknown]];
      const name = field.toLowerCase();
      covered.add(name);
      if (value(name) !== expected) return failed;
    } else {
      return invalid(`Condition is malformed: ${JSON.stringify(condition)}`);
    }
  }
  for (const name of fields.keys())
    if (!UNCONDITIONED.has(name) && !name.startsWith('x-ignore-') && !covered.has(name))
      return invalid(`Extra input fields: ${name}`);
  const named = fields.get('bucket');
  if (named !== undefined && named !== bucket) return invalid('The bucket field names another bucket.');
  if (!fields.has('key'))
    return refuse(400, 'InvalidArgument', "Bucket POST must contain a field named 'key'.");
  if (minBytes > maxBytes) return invalid('content-length-range is empty.');
  return { ok: true, minBytes, maxBytes };
}
