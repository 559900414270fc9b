/**
 * Report ids: 128 random bits, URL-safe. Anything that is not exactly that shape is refused before it
 * can reach an S3 key, so no id can smuggle a path.
 */
const ID = /^[A-Za-z0-9_-]{22}$/;

export function newReportId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64url');
}

export function isReportId(text: string): boolean {
  return ID.test(text);
}

export const keys = {
  uploadPrefix: (id: string) => `uploads/${id}/`,
  upload: (id: string) => `uploads/${id}/export`,
  report: (id: string) => `reports/${id}/report.json`,
  status: (id: string) => `reports/${id}/status.json`,
  /** Left by a deletion, so work already under way for that id (an ingest, a correction) undoes itself. */
  tombstone: (id: string) => `reports/${id}/deleted.json`,
  /** A large export, written for a presigned download (Lambda cannot answer more than 6 MB). */
  download: (id: string, file: string) => `reports/${id}/downloads/${file}`,
  reportPrefix: (id: string) => `reports/${id}/`,
};

/** The report id an upload key belongs to, or null for anything outside `uploads/{id}/`. */
export function idOfUploadKey(key: string): string | null {
  const m = /^uploads\/([^/]+)\/[^/]+$/.exec(key);
  return m?.[1] && isReportId(m[1]) ? m[1] : null;
}
