import type { AnalyzeOptions, Corrections, ReducedExport, Report } from '../../../functions/core/index.ts';
import type { Lang } from '../../../functions/core/words/index.ts';
import type { PeoplePage } from '../api-client.ts';
import type { DeviceFileKind, DeviceMarks, DevicePeopleQuery } from './device-report.ts';

/** A file as the page hands it to the worker: its name and bytes (transferred, not copied). */
export interface FileBytes {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** What the page asks of the analysis worker, and what each answers. */
export interface WorkerCalls {
  /** Analyses the files on the device; the report stays in the worker, its overview comes back. */
  analyse: {
    ask: { files: FileBytes[]; asOf: string; employers?: AnalyzeOptions['employers'] };
    /** The overview, and the key this browser keeps the report's corrections under. */
    answer: { report: Report; keptKey: string };
  };
  /** What this browser kept for the report's owner (corrections, marks), laid over it. */
  restore: { ask: Corrections; answer: Report };
  /** What to keep in this browser now: the report's corrections and marks, and those kept for others. */
  kept: { ask: Record<string, never>; answer: Corrections };
  /** Every correction, merge and mark taken back. */
  forget: { ask: Record<string, never>; answer: Report };
  /** The reduced export for an upload: only the files and columns the engine reads. */
  reduce: {
    ask: { files: FileBytes[]; employers?: AnalyzeOptions['employers']; merges?: [string, string][] };
    answer: Omit<ReducedExport, 'zip'> & { zip: Uint8Array<ArrayBuffer> };
  };
  people: { ask: DevicePeopleQuery; answer: PeoplePage };
  correct: { ask: Corrections; answer: Report };
  mark: { ask: DeviceMarks & { today: string }; answer: Report };
  employers: { ask: NonNullable<AnalyzeOptions['employers']>; answer: Report };
  file: { ask: { kind: DeviceFileKind; lang: Lang; today: string }; answer: string };
}
export type WorkerOp = keyof WorkerCalls;

export type WorkerRequest = { [K in WorkerOp]: { id: number; op: K; ask: WorkerCalls[K]['ask'] } }[WorkerOp];

/** The stages of an analysis, said on the page while the worker works. */
export type AnalyseStage = 'inflating' | 'analysing';

export type WorkerMessage =
  | { id: number; ok: true; answer: unknown }
  | { id: number; ok: false; error: { code: string; message: string } }
  | { id: number; stage: AnalyseStage };
