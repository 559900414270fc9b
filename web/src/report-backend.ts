import type { Corrections, Report } from '../../functions/core/report.ts';
import {
  type EmployerOption,
  getPeople,
  type MarkInput,
  type PeoplePage,
  type PeopleQuery,
  postCorrections,
  postMarks,
  putEmployers,
} from './api-client.ts';

/** The corrections a person makes from the page: colleague or not, merges, and their undo. */
export type PageCorrections = Pick<Corrections, 'colleague' | 'notColleague' | 'clear' | 'merge' | 'unmerge'>;

/**
 * Where a report lives and how the page reads and changes it: on the server (a link for 30 days, the
 * HTTP API) or on this device (the tab's analysis worker, nothing sent). The list, the rows and the
 * employers box ask this, never the API or the worker themselves.
 */
export interface ReportBackend {
  readonly where: 'server' | 'device';
  /** The report's id on the server; on the device, a name for the tab's one report. */
  readonly id: string;
  people(query: PeopleQuery): Promise<PeoplePage>;
  correct(corrections: PageCorrections): Promise<Report>;
  mark(body: { marks?: MarkInput[]; clearMarks?: string[] }): Promise<Report>;
  setEmployers(employers: EmployerOption[]): Promise<Report>;
}

export function serverBackend(id: string): ReportBackend {
  return {
    where: 'server',
    id,
    people: (query) => getPeople(id, query),
    correct: (corrections) => postCorrections(id, corrections),
    mark: (body) => postMarks(id, body),
    setEmployers: (employers) => putEmployers(id, employers),
  };
}
