import { unzipSync, zipSync } from 'fflate';

/** A file the page writes itself, added to the upload (the employers typed in, as Positions.csv). */
export interface ExtraFile {
  name: string;
  text: string;
}

/**
 * What is uploaded: the export ZIP as it is, one CSV as it is, or several CSVs packed into one ZIP
 * in the browser (the server reads all three the same way). An extra file is packed in only when the
 * upload holds no file of that name: the export's own Positions.csv wins over employers typed in.
 */
export async function packFiles(files: File[], extra?: ExtraFile): Promise<{ blob: Blob; name: string }> {
  const [first] = files;
  if (!first) throw new Error('No file chosen.');
  const isZip = (f: File) => /\.zip$/i.test(f.name);
  if (extra && files.length === 1 && isZip(first)) return withExtra(first, extra);
  const has = (name: string) => files.some((f) => f.name.toLowerCase() === name.toLowerCase());
  const added = extra && !has(extra.name) ? extra : undefined;
  if (files.length === 1 && !added) return { blob: first, name: first.name };
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) entries[file.name] = new Uint8Array(await file.arrayBuffer());
  if (added) entries[added.name] = new TextEncoder().encode(added.text);
  return zipped(entries);
}

/** Unpacking a ZIP to add a file is bounded: past this, the ZIP goes up as it is. */
const MAX_REPACK_BYTES = 200 * 1024 * 1024;

/** The export ZIP with the extra file beside its CSVs, unless it already has one of that name. */
async function withExtra(zip: File, extra: ExtraFile): Promise<{ blob: Blob; name: string }> {
  const bytes = new Uint8Array(await zip.arrayBuffer());
  const asIs = { blob: zip as Blob, name: zip.name };
  const wanted = extra.name.toLowerCase();
  let present = false;
  let declared = 0;
  try {
    // First only the names and sizes (nothing inflated), then the contents if the file must be added.
    unzipSync(bytes, {
      filter: (entry) => {
        present ||= entry.name.split('/').pop()?.toLowerCase() === wanted;
        declared += entry.originalSize;
        return false;
      },
    });
    if (present || declared > MAX_REPACK_BYTES) return asIs;
    const entries = unzipSync(bytes);
    entries[extra.name] = new TextEncoder().encode(extra.text);
    return zipped(entries);
  } catch {
    return asIs; // not a ZIP the browser can open: the server will say why
  }
}

function zipped(entries: Record<string, Uint8Array>): { blob: Blob; name: string } {
  return {
    blob: new Blob([zipSync(entries) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    name: 'export.zip',
  };
}
