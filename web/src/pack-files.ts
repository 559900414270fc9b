import { zipSync } from 'fflate';

/**
 * What is uploaded: the export ZIP as it is, one CSV as it is, or several CSVs packed into one ZIP
 * in the browser (the server reads all three the same way). Employers typed on the page are not a
 * file: they travel as an option of the upload (POST /api/reports).
 */
export async function packFiles(files: File[]): Promise<{ blob: Blob; name: string }> {
  const [first] = files;
  if (!first) throw new Error('No file chosen.');
  if (files.length === 1) return { blob: first, name: first.name };
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) entries[file.name] = new Uint8Array(await file.arrayBuffer());
  return {
    blob: new Blob([zipSync(entries) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    name: 'export.zip',
  };
}
