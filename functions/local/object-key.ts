import { resolve, sep } from 'node:path';

/**
 * s3rver keeps each object in a file named after its key, so a key is a path on this machine: one
 * with `..` in it (`../../../../t/x`, or `%2e%2e`) would be written outside its folder. S3 itself has
 * no folders to climb out of; here such keys are refused before s3rver sees them.
 */
export interface Target {
  bucket: string;
  /** The object's key, decoded; '' for the bucket itself. */
  key: string;
}

/** Reads `/bucket/key…` (path-style, as the local clients address it); null if not valid encoding. */
export function targetOf(path: string): Target | null {
  const rest = path.startsWith('/') ? path.slice(1) : path;
  const slash = rest.indexOf('/');
  try {
    return slash < 0
      ? { bucket: decodeURIComponent(rest), key: '' }
      : { bucket: decodeURIComponent(rest.slice(0, slash)), key: decodeURIComponent(rest.slice(slash + 1)) };
  } catch {
    return null;
  }
}

/**
 * Whether a key names a file inside the bucket's folder: no `.` or `..` segment, no backslash or
 * control character (names a filesystem or a multipart form may read differently), at most S3's
 * 1,024 bytes, and, resolved against the folder, still inside it.
 */
export function isSafeKey(key: string, bucketDirectory: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
  if (key === '' || Buffer.byteLength(key) > 1024 || /[\\\x00-\x1f\x7f]/.test(key)) return false;
  if (key.split('/').some((segment) => segment === '.' || segment === '..')) return false;
  const root = resolve(bucketDirectory);
  return resolve(root, ...key.split('/')).startsWith(root + sep);
}
