import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

/**
 * The local data folder holds people's exports and reports: readable by their owner only. From the
 * start on, everything this process creates is made so by its umask (s3rver included, which asks for
 * 0755 folders and 0644 files); what an older version left is tightened at start.
 */
export function writeEverythingPrivately(): void {
  // A worker thread cannot change the process's umask; the server runs on the main thread.
  if (isMainThread) process.umask(0o077);
}

/** Creates the folder if need be, and makes it and everything in it owner-only (0700 / 0600). */
export function makePrivate(directory: string): void {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  tighten(directory);
}

function tighten(path: string): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    if (stat.mode & 0o077) chmodSync(path, 0o700);
    for (const name of readdirSync(path)) tighten(join(path, name));
  } else if (stat.mode & 0o077) {
    chmodSync(path, 0o600);
  }
}
