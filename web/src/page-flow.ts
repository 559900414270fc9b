import type { Report } from '../../functions/core/report.ts';
import type { Lang } from '../../functions/core/words/index.ts';
import { ApiProblem, type EmployerOption } from './api-client.ts';
import { DeviceProblem } from './device/device-client.ts';
import type { FileBytes } from './device/worker-protocol.ts';
import { type EnteredEmployer, employerOptions } from './employers-entry.ts';
import type { Stage } from './progress-view.ts';
import type { ToolsContext } from './render-tools.ts';
import type { ReportBackend } from './report-backend.ts';
import type { Strings } from './strings.ts';

/** A report on screen: `back` draws it again as it stands, `current` is what it is now. */
export interface ShownReport {
  back: () => void;
  current: () => Report;
}

/**
 * What the page's two ways of reading an export (on this device, on the server) need of the page
 * (main.ts): its words and language, the progress view, the landing page, a report drawn, an upload.
 */
export interface PageFlow {
  s: () => Strings;
  lang: () => Lang;
  stage: (next: Stage, onRetry?: () => void) => void;
  landing: (notice?: string) => void;
  showReport: (
    backend: ReportBackend,
    report: Report,
    modeTools: (ctx: ToolsContext) => Node[],
    notice?: (words: Strings) => string,
  ) => ShownReport;
}

/** Set while a report read on this device is shown: a reload finds it gone, and says so. */
export const DEVICE_OPEN = 'reconnect-device-report';

/** Employers given as options (typed on the landing page, or on a report). */
export type Employers = EmployerOption[] | undefined;

/** The problem in the person's words: the engine's and the API's are written for them already. */
export function problemText(s: () => Strings, error: unknown, onServer = false): string {
  if (error instanceof DeviceProblem) {
    if (error.code === 'worker-failed')
      return onServer ? s().device.workerFailedHere : s().device.workerFailed;
    if (error.code === 'no-worker') return onServer ? s().device.noWorkerHere : s().device.noWorker;
  }
  return error instanceof ApiProblem ? error.message : s().somethingWrong;
}

/** The chosen files' bytes, for the worker (transferred to it, not copied). */
export async function readFiles(files: File[]): Promise<FileBytes[]> {
  return Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
}

/** Employers typed on the landing page as upload options; none given is no option. */
export const typedEmployers = (employers: EnteredEmployer[]) => {
  const options = employerOptions(employers);
  return options.length ? options : undefined;
};
