import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { InputError, type InputFile } from '../core/index.ts';

/** Files named on the command line; a folder (the unzipped export) stands for the CSVs in it and one level down. */
export function readInputs(paths: string[]): InputFile[] {
  const files: InputFile[] = [];
  for (const path of paths) {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(path);
    } catch {
      throw new InputError('empty-input', `Cannot read "${path}": no such file or folder.`);
    }
    if (stats.isDirectory()) files.push(...readFolder(path));
    else files.push({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) });
  }
  return files;
}

function readFolder(root: string): InputFile[] {
  const found: InputFile[] = [];
  const walk = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      const stats = statSync(path);
      if (stats.isDirectory() && depth < 1) walk(path, depth + 1);
      else if (stats.isFile() && /\.csv$/i.test(entry)) {
        // Named with the folder ("export-2026/Connections.csv"): two folders given must stay tellable apart.
        found.push({
          name: join(basename(root), relative(root, path)),
          bytes: new Uint8Array(readFileSync(path)),
        });
      }
    }
  };
  walk(root, 0);
  if (found.length === 0) throw new InputError('not-an-export', `The folder "${root}" holds no CSV files.`);
  return found;
}
