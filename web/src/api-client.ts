import type { Category, Person, Report } from '../../functions/core/report.ts';

/** The page's only access to the server: the HTTP API described at /api/openapi.json. */
export interface CreatedReport {
  id: string;
  upload: { url: string; fields: Record<string, string> };
  expiresAt: string;
}

export type StatusAnswer =
  | { status: 'pending' | 'processing' }
  | { status: 'ready'; report: Report }
  | { status: 'failed'; error: { code: string; message: string } }
  | { status: 'missing' };

export interface PeopleQuery {
  category?: Category | '';
  company?: string;
  q?: string;
  minConfidence?: number;
  limit?: number;
  cursor?: string | null;
}

export interface PeoplePage {
  total: number;
  people: Person[];
  nextCursor: string | null;
}

export class ApiProblem extends Error {}

async function json<T>(response: Response): Promise<T> {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiProblem(body?.error?.message ?? `The server answered ${response.status}. Please try again.`);
  }
  return body as T;
}

export async function createReport(): Promise<CreatedReport> {
  return json(await fetch('/api/reports', { method: 'POST' }));
}

/** Posts the file straight to storage with the presigned form, reporting real upload progress. */
export function uploadExport(
  created: CreatedReport,
  file: Blob,
  name: string,
  onProgress: (fraction: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(created.upload.fields)) form.append(key, value);
    form.append('file', file, name);
    const request = new XMLHttpRequest();
    request.open('POST', created.upload.url);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () =>
      request.status < 300
        ? resolve()
        : reject(new ApiProblem('The upload was refused. Is the file under 50 MB?'));
    request.onerror = () =>
      reject(new ApiProblem('The upload did not get through. Check your connection and try again.'));
    request.send(form);
  });
}

/** The report's status; with `overview`, a ready report comes without its people (they come in pages). */
export async function getStatus(id: string, overview = true): Promise<StatusAnswer> {
  const response = await fetch(`/api/reports/${encodeURIComponent(id)}${overview ? '?omit=people' : ''}`);
  if (response.status === 404) return { status: 'missing' };
  const body = await response.json().catch(() => null);
  if (response.status === 422 && body?.status === 'failed') return body;
  if (response.status === 202 || response.status === 200) return body;
  throw new ApiProblem(body?.error?.message ?? `The server answered ${response.status}.`);
}

export async function getPeople(id: string, query: PeopleQuery): Promise<PeoplePage> {
  const params = new URLSearchParams();
  if (query.category) params.set('category', query.category);
  if (query.company) params.set('company', query.company);
  if (query.q) params.set('q', query.q);
  if (query.minConfidence) params.set('minConfidence', String(query.minConfidence));
  params.set('limit', String(query.limit ?? 50));
  if (query.cursor) params.set('cursor', query.cursor);
  return json(await fetch(`/api/reports/${encodeURIComponent(id)}/people?${params}`));
}

export async function postCorrections(
  id: string,
  corrections: { colleague?: string[]; notColleague?: string[]; merge?: [string, string][] },
): Promise<void> {
  await json(
    await fetch(`/api/reports/${encodeURIComponent(id)}/corrections?omit=people`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(corrections),
    }),
  );
}

export async function deleteReport(id: string): Promise<void> {
  const response = await fetch(`/api/reports/${encodeURIComponent(id)}`, { method: 'DELETE' });
  if (!response.ok && response.status !== 404)
    throw new ApiProblem('The report could not be deleted. Please try again.');
}
