/** Limits and lifetimes shared by the API and the ingest function, overridable by environment. */
export interface Settings {
  maxUploadBytes: number;
  reportTtlDays: number;
  uploadUrlSeconds: number;
}

export const DEFAULT_SETTINGS: Settings = {
  maxUploadBytes: 50 * 1024 * 1024,
  reportTtlDays: 30,
  uploadUrlSeconds: 15 * 60,
};

export function settingsFromEnvironment(env: Record<string, string | undefined> = process.env): Settings {
  const number = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not "${value}".`);
    return n;
  };
  return {
    maxUploadBytes: number('MAX_UPLOAD_BYTES', DEFAULT_SETTINGS.maxUploadBytes),
    reportTtlDays: number('REPORT_TTL_DAYS', DEFAULT_SETTINGS.reportTtlDays),
    uploadUrlSeconds: number('UPLOAD_URL_SECONDS', DEFAULT_SETTINGS.uploadUrlSeconds),
  };
}
