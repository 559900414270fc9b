import type { Category, Corrections, Person, Report, TouchMark } from '../../functions/core/report.ts';
import type { Lang, PersonWords } from '../../functions/core/words/index.ts';

/**
 * The page's only access to the server: the HTTP API described at /api/openapi.json. Every path the
 * page calls is in ROUTES, so a route that moves is one line to change.
 */
const report = (id: string) => `/api/reports/${encodeURIComponent(id)}`;
export const ROUTES = {
  create: () => '/api/reports',
  report: (id: string, overview = true) => `${report(id)}${overview ? '?omit=people' : ''}`,
  people: (id: string, query: string) => `${report(id)}/people?${query}`,
  corrections: (id: string) => `${report(id)}/corrections?omit=people`,
  marks: (id: string) => `${report(id)}/marks?omit=people`,
  employers: (id: string) => `${report(id)}/employers?omit=people`,
  csv: (id: string, lang: Lang) => `${report(id)}/export.csv?lang=${lang}`,
  reminders: (id: string, lang: Lang) => `${report(id)}/reminders.ics?lang=${lang}`,
} as const;

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

/** A person as a page of people carries them: the facts, and their words in the page's language. */
export type PersonWithWords = Person & { words: PersonWords };

export interface PeopleQuery {
  category?: Category | '';
  possible?: boolean;
  status?: string;
  company?: string;
  q?: string;
  limit?: number;
  cursor?: string | null;
  lang: Lang;
}

export interface PeoplePage {
  total: number;
  people: PersonWithWords[];
  nextCursor: string | null;
}

/** An employer as the API takes it: months, the end null for a current job. */
export interface EmployerOption {
  company: string;
  from: string;
  to: string | null;
}

/** Options that travel with an upload (POST /api/reports). */
export interface UploadOptions {
  employers?: EmployerOption[];
  lang?: Lang;
}

/** A keep-in-touch mark as sent: `who` is a profile URL or, without one, the person's id. */
export type MarkInput = Omit<TouchMark, 'on'> & { on?: string };

export class ApiProblem extends Error {}

/** The words the client needs for its own errors, in the page's language. */
export interface ClientWords {
  serverAnswered: (status: number) => string;
  uploadRefused: string;
  uploadFailed: string;
}

let words: ClientWords = {
  serverAnswered: (s) => `The server answered ${s}. Please try again.`,
  uploadRefused: 'The upload was refused. Is the file under 50 MB?',
  uploadFailed: 'The upload did not get through. Check your connection and try again.',
};
export function setClientWords(next: ClientWords): void {
  words = next;
}

async function json<T>(response: Response): Promise<T> {
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiProblem(body?.error?.message ?? words.serverAnswered(response.status));
  return body as T;
}

const sendJson = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export async function createReport(options: UploadOptions = {}): Promise<CreatedReport> {
  const given = Object.fromEntries(
    Object.entries(options).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
  return json(await fetch(ROUTES.create(), sendJson('POST', given)));
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
    request.onload = () => (request.status < 300 ? resolve() : reject(new ApiProblem(words.uploadRefused)));
    request.onerror = () => reject(new ApiProblem(words.uploadFailed));
    request.send(form);
  });
}

/** The report's status; with `overview`, a ready report comes without its people (they come in pages). */
export async function getStatus(id: string, overview = true): Promise<StatusAnswer> {
  const response = await fetch(ROUTES.report(id, overview));
  if (response.status === 404) return { status: 'missing' };
  const body = await response.json().catch(() => null);
  if (response.status === 422 && body?.status === 'failed') return body;
  if (response.status === 202 || response.status === 200) return body;
  throw new ApiProblem(body?.error?.message ?? words.serverAnswered(response.status));
}

export async function getPeople(id: string, query: PeopleQuery): Promise<PeoplePage> {
  const params = new URLSearchParams();
  if (query.category) params.set('category', query.category);
  if (query.possible) params.set('possible', 'true');
  if (query.status) params.set('status', query.status);
  if (query.company) params.set('company', query.company);
  if (query.q) params.set('q', query.q);
  params.set('limit', String(query.limit ?? 50));
  if (query.cursor) params.set('cursor', query.cursor);
  params.set('lang', query.lang);
  return json(await fetch(ROUTES.people(id, params.toString())));
}

type Ready = { status: 'ready'; report: Report };

/** Colleague or not, its undo (`clear`), merges and their undo (`unmerge`): the re-ranked report. */
export async function postCorrections(
  id: string,
  corrections: Pick<Corrections, 'colleague' | 'notColleague' | 'clear' | 'merge' | 'unmerge'>,
): Promise<Report> {
  return (await json<Ready>(await fetch(ROUTES.corrections(id), sendJson('POST', corrections)))).report;
}

/** Keep-in-touch marks and their undo (`clearMarks`): the re-ranked report. */
export async function postMarks(
  id: string,
  body: { marks?: MarkInput[]; clearMarks?: string[] },
): Promise<Report> {
  return (await json<Ready>(await fetch(ROUTES.marks(id), sendJson('POST', body)))).report;
}

/** Your employers given anew: the stored report ranked again with them, nothing uploaded again. */
export async function putEmployers(id: string, employers: EmployerOption[]): Promise<Report> {
  return (await json<Ready>(await fetch(ROUTES.employers(id), sendJson('PUT', { employers })))).report;
}

export async function deleteReport(id: string, failed: string): Promise<void> {
  const response = await fetch(report(id), { method: 'DELETE' });
  if (!response.ok && response.status !== 404) throw new ApiProblem(failed);
}
