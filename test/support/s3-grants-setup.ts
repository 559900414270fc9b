import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { S3_ACCESS_LOG_ENV, type S3Access } from '../../functions/storage/s3-access-log.ts';
import { deniedAccesses, synthesizedGrants } from './s3-grants.ts';

/**
 * Before every test file: turn on the functions' S3 access log (its own file, which the ingest's
 * worker thread inherits with the environment). After every test, and once more after the file (for
 * work that finished late), every operation a function performed is held against the IAM policy the
 * stack gives that function: a test that makes a function do something its role may not do on AWS
 * fails here, even though the local S3 server allowed it.
 */
const log = join(mkdtempSync(join(tmpdir(), 'reconnect-s3-access-')), 'access.jsonl');
process.env[S3_ACCESS_LOG_ENV] = log;
let checked = 0;

async function checkGrants(): Promise<void> {
  let text: string;
  try {
    text = readFileSync(log, 'utf8');
  } catch {
    return; // Nothing recorded yet.
  }
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  const lines = complete.slice(checked).split('\n').filter(Boolean);
  checked = complete.length;
  if (lines.length === 0) return;
  const accesses = lines.map((line) => JSON.parse(line) as S3Access);
  const denied = deniedAccesses(accesses, await synthesizedGrants());
  if (denied.length > 0) {
    throw new Error(`S3 operations the synthesized IAM policies do not allow:\n  ${denied.join('\n  ')}`);
  }
}

// Synthesizing the stack the first time (no cached grants yet) takes seconds.
afterEach(checkGrants, 120_000);
afterAll(checkGrants, 120_000);
