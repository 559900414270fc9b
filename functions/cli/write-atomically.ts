import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';

/** `--out` could not be written: the CLI prints the message as it is and exits 1. */
export class CannotWriteError extends Error {}

/**
 * Never leaves a half-written report behind: write beside it, then rename over it. On any failure the
 * temporary file goes too, and the error names the path the user gave, not the temporary one.
 */
export function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    removeQuietly(temporary);
    throw new CannotWriteError(`Cannot write "${path}": ${whyNot(path, error as NodeJS.ErrnoException)}`);
  }
}

/** Best effort: the temporary file may never have been made, and the first failure is what matters. */
function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {}
}

function whyNot(path: string, error: NodeJS.ErrnoException): string {
  // Asked first: writing beside a folder can fail in other ways (no permission) before the rename would.
  if (isFolder(path)) return 'it is a folder.';
  switch (error.code) {
    case 'ENOENT':
      return 'the folder does not exist.';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder.';
    case 'EACCES':
    case 'EPERM':
      return 'you do not have permission to write there.';
    case 'EROFS':
      return 'the disk is read-only.';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full.';
    default:
      // Node's own wording names the temporary file after the comma: keep only the code and what it means.
      return `${error.message.split(',')[0]}.`;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
