import type { Corrections, Report } from '../../functions/core/report.ts';
import { createReport, postCorrections, postMarks, uploadExport } from './api-client.ts';
import { analysisWorker, DeviceProblem } from './device/device-client.ts';
import { packFiles } from './pack-files.ts';
import { DEVICE_OPEN, type Employers, type PageFlow, problemText, readFiles } from './page-flow.ts';
import { serverTools } from './render-tools.ts';
import { serverBackend } from './report-backend.ts';
import type { Strings } from './strings.ts';
import { urlFor } from './url-state.ts';
import { waitForReport } from './wait-for-report.ts';

/**
 * Reading an export on the server: reduced in the page's worker and uploaded, or sent whole on the
 * person's yes; then waited for, and shown with what the device carried to it.
 */

/** What went wrong in the page itself, not in the file: the person may send the file whole. */
const PAGE_SIDE = ['failed', 'worker-failed', 'no-worker'];

interface UploadHow {
  /** The person agreed to send the file as it is, the page having failed to reduce it. */
  whole?: boolean;
  /** Corrections and marks made on the device, carried to the saved report. */
  carry?: Corrections;
  /** Company names merged on the device: the reduced export keeps what notes say of them. */
  merges?: [string, string][];
  /** Back to the report this upload saves (on the device), when the upload does not go through. */
  back?: () => void;
}

/** On the server: the reduced export uploaded (or, with the person's yes, the whole file). */
export async function upload(
  flow: PageFlow,
  files: File[],
  employers: Employers,
  how: UploadHow = {},
): Promise<void> {
  const { s, stage } = flow;
  const d = s().device;
  const failed = (message: string) =>
    how.back
      ? stage({ kind: 'failed', message, retry: d.backToReport }, how.back)
      : stage({ kind: 'failed', message });
  try {
    stage({ kind: 'preparing' });
    let blob: Blob;
    let name: string;
    let sending: string | undefined;
    if (how.whole) ({ blob, name } = await packFiles(files));
    else {
      try {
        const given = await readFiles(files);
        const whole = given.reduce((n, f) => n + f.bytes.length, 0);
        const reduced = await analysisWorker().call(
          'reduce',
          { files: given, employers, merges: how.merges },
          { transfer: given.map((f) => f.bytes.buffer) },
        );
        blob = new Blob([reduced.zip], { type: 'application/zip' });
        name = 'export.zip';
        sending = d.sentLine(reduced.files.length, size(reduced.zip.length), size(whole));
      } catch (error) {
        // The engine refused the file in the page: the server's engine would too. Said, nothing sent.
        if (error instanceof DeviceProblem && !PAGE_SIDE.includes(error.code)) throw error;
        stage(
          {
            kind: 'unreadable',
            reason: problemText(s, error, true),
            onWhole: () => upload(flow, files, employers, { ...how, whole: true }),
            back: how.back ? d.backToReport : undefined,
          },
          how.back ?? (() => flow.landing()),
        );
        return;
      }
    }
    const progress = (fraction: number) => stage({ kind: 'uploading', fraction, sending });
    progress(0);
    // Employers typed on the page go as an option of the upload: the export's own Positions.csv wins.
    const created = await createReport({ employers, lang: flow.lang() });
    await uploadExport(created, blob, name, progress);
    sessionStorage.removeItem(DEVICE_OPEN);
    history.replaceState(null, '', urlFor(created.id, flow.lang()));
    await show(flow, created.id, how.carry);
  } catch (error) {
    failed(problemText(s, error, true));
  }
}

function size(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1048576).toFixed(1)} MB`;
}

/** A report on the server, waited for; `carry` lays the device's corrections and marks over it once ready. */
export async function show(flow: PageFlow, id: string, carry?: Corrections): Promise<void> {
  const { s, stage } = flow;
  stage({ kind: 'processing' });
  let answer: Awaited<ReturnType<typeof waitForReport>>;
  try {
    answer = await waitForReport(id);
  } catch {
    // A passing network error: keep the report's link in the address bar and offer to try again.
    stage({ kind: 'failed', message: s().loadFailed, retry: s().tryAgain }, () => show(flow, id, carry));
    return;
  }
  if (answer.status === 'ready') {
    let report = answer.report;
    let notice: ((words: Strings) => string) | undefined;
    if (carry)
      try {
        report = await carried(id, report, carry);
      } catch (error) {
        // Saved, but not all that was done on the device came along: said on the report, not lost in silence.
        const reason = problemText(s, error, true);
        notice = (words) => words.device.notCarried(reason);
      }
    flow.showReport(serverBackend(id), report, serverTools, notice);
  } else if (answer.status === 'slow') {
    stage({ kind: 'failed', message: s().slow, retry: s().checkAgain }, () => show(flow, id, carry));
  } else if (answer.status === 'failed') {
    stage({ kind: 'failed', message: answer.error.message });
  } else {
    flow.landing(s().gone);
  }
}

async function carried(id: string, report: Report, carry: Corrections): Promise<Report> {
  const { colleague = [], notColleague = [], merge = [], marks = [] } = carry;
  if (colleague.length || notColleague.length || merge.length)
    report = await postCorrections(id, { colleague, notColleague, merge });
  if (marks.length) report = await postMarks(id, { marks });
  return report;
}
