import type { Corrections, Report } from '../../functions/core/report.ts';
import { LANGS, type Lang, PHRASEBOOKS } from '../../functions/core/words/index.ts';
import {
  ApiProblem,
  createReport,
  type EmployerOption,
  postCorrections,
  postMarks,
  setClientWords,
  uploadExport,
} from './api-client.ts';
import { deviceBackend } from './device/device-backend.ts';
import { analysisWorker, DeviceProblem } from './device/device-client.ts';
import { deviceTools } from './device/device-tools.ts';
import { clearKept, keptCount, readKept, writeKept } from './device/kept-in-browser.ts';
import type { FileBytes } from './device/worker-protocol.ts';
import { el } from './dom.ts';
import { type EnteredEmployer, employerOptions } from './employers-entry.ts';
import { type ReadWhere, renderLanding } from './landing-view.ts';
import { packFiles } from './pack-files.ts';
import { renderProgress, type Stage } from './progress-view.ts';
import type { ToolsContext } from './render-tools.ts';
import { serverTools } from './render-tools.ts';
import { type ReportBackend, serverBackend } from './report-backend.ts';
import { renderReport } from './report-view.ts';
import { today } from './row-actions.ts';
import { STRINGS, type Strings } from './strings.ts';
import { readState, urlFor } from './url-state.ts';
import { waitForReport } from './wait-for-report.ts';

/**
 * The page's states: no report yet (choose where to read the export, then the file), a report read on
 * this device (kept in this tab's worker), or a report id in the URL (read from the server).
 */
const root = document.getElementById('app') as HTMLElement;
let lang: Lang = readState().lang;
const s = () => STRINGS[lang];
/** What is on screen, drawn again in the new language when the language changes. */
let redraw: () => void = () => {};
/** Set while a report read on this device is shown: a reload finds it gone, and says so. */
const DEVICE_OPEN = 'reconnect-device-report';

function setLang(next: Lang): void {
  lang = next;
  document.documentElement.lang = next;
  setClientWords(s());
  document.title = s().pageTitle;
  for (const [selector, text] of [
    ['.tagline', s().tagline],
    ['footer.site', s().footer],
  ] as const) {
    const node = document.querySelector(selector);
    if (node) node.textContent = text;
  }
  const label = document.querySelector('label[for="lang"]');
  if (label) label.textContent = s().languageLabel;
}

function languageMenu(): HTMLElement {
  const select = el(
    'select',
    { id: 'lang' },
    ...LANGS.map((l) => el('option', { value: l, lang: l }, PHRASEBOOKS[l].name)),
  );
  select.value = lang;
  select.addEventListener('change', () => {
    setLang(select.value as Lang);
    const state = readState();
    history.replaceState(null, '', urlFor(state.report, lang, state.list));
    redraw();
  });
  return el('div', { class: 'lang' }, el('label', { for: 'lang' }, s().languageLabel), select);
}

function stage(next: Stage, onRetry: () => void = () => landing()): void {
  redraw = () => renderProgress(root, s(), next, onRetry);
  redraw();
}

/** Where the export is read, as last chosen on the landing page (kept through a change of language). */
let where: ReadWhere = 'device';

function landing(notice?: string): void {
  sessionStorage.removeItem(DEVICE_OPEN);
  history.replaceState(null, '', urlFor(null, lang));
  redraw = () =>
    renderLanding(root, s(), {
      onFiles: (files, employers, chosen) =>
        chosen === 'device' ? readOnDevice(files, employers) : upload(files, typedEmployers(employers)),
      onWhere: (chosen) => {
        where = chosen;
      },
      notice,
      where,
    });
  redraw();
}

/** The problem in the person's words: the engine's and the API's are written for them already. */
function problemText(error: unknown, onServer = false): string {
  if (error instanceof DeviceProblem) {
    if (error.code === 'worker-failed')
      return onServer ? s().device.workerFailedHere : s().device.workerFailed;
    if (error.code === 'no-worker') return onServer ? s().device.noWorkerHere : s().device.noWorker;
  }
  return error instanceof ApiProblem ? error.message : s().somethingWrong;
}

async function readFiles(files: File[]): Promise<FileBytes[]> {
  return Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
}

const typedEmployers = (employers: EnteredEmployer[]) => {
  const options = employerOptions(employers);
  return options.length ? options : undefined;
};

type Employers = EmployerOption[] | undefined;

/** On this device: the export read in the tab's worker; nothing leaves the page. */
async function readOnDevice(files: File[], entered: EnteredEmployer[]): Promise<void> {
  const onStep = (step: 'reading' | 'inflating' | 'analysing') => stage({ kind: 'on-device', step });
  try {
    onStep('reading');
    const given = await readFiles(files);
    const worker = analysisWorker();
    let employers: Employers = typedEmployers(entered);
    const analysed = await worker.call(
      'analyse',
      { files: given, asOf: today(), employers },
      { transfer: given.map((f) => f.bytes.buffer), onStage: onStep },
    );
    let report = analysed.report;
    const key = analysed.keptKey;
    // What this browser kept for this person from before comes back (IndexedDB may be refused: then nothing).
    const kept = await readKept(key).catch(() => undefined);
    if (kept) report = await worker.call('restore', kept);
    let keptChanged: () => void = () => {};
    const backend = deviceBackend(worker, {
      keep: async () => {
        await writeKept(key, await worker.call('kept', {})).catch(() => undefined);
        keptChanged();
      },
      employersGiven: (next) => {
        employers = next;
      },
    });
    const tools = deviceTools({
      worker,
      keptCount: async () => keptCount(await readKept(key).catch(() => undefined)),
      clearKept: async () => {
        await clearKept().catch(() => undefined);
        return worker.call('forget', {});
      },
      onKeptChanged: (listener) => {
        keptChanged = listener;
      },
      // Saving for a link is the reduced upload, with the report's corrections, merges and employers.
      saveToServer: () => {
        const carry = shown.current().corrections ?? {};
        upload(files, employers, { carry, merges: carry.merge, back: shown.back });
      },
    });
    const shown = showReport(backend, report, tools, (words) => words.device.badge);
  } catch (error) {
    stage({ kind: 'failed', title: s().device.failedTitle, message: problemText(error) });
  }
}

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
async function upload(files: File[], employers: Employers, how: UploadHow = {}): Promise<void> {
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
            reason: problemText(error, true),
            onWhole: () => upload(files, employers, { ...how, whole: true }),
            back: how.back ? d.backToReport : undefined,
          },
          how.back ?? (() => landing()),
        );
        return;
      }
    }
    const progress = (fraction: number) => stage({ kind: 'uploading', fraction, sending });
    progress(0);
    // Employers typed on the page go as an option of the upload: the export's own Positions.csv wins.
    const created = await createReport({ employers, lang });
    await uploadExport(created, blob, name, progress);
    sessionStorage.removeItem(DEVICE_OPEN);
    history.replaceState(null, '', urlFor(created.id, lang));
    await show(created.id, how.carry);
  } catch (error) {
    failed(problemText(error, true));
  }
}

function size(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1048576).toFixed(1)} MB`;
}

/** A report on the server, waited for; `carry` lays the device's corrections and marks over it once ready. */
async function show(id: string, carry?: Corrections): Promise<void> {
  stage({ kind: 'processing' });
  let answer: Awaited<ReturnType<typeof waitForReport>>;
  try {
    answer = await waitForReport(id);
  } catch {
    // A passing network error: keep the report's link in the address bar and offer to try again.
    stage({ kind: 'failed', message: s().loadFailed, retry: s().tryAgain }, () => show(id, carry));
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
        const reason = problemText(error, true);
        notice = (words) => words.device.notCarried(reason);
      }
    showReport(serverBackend(id), report, serverTools, notice);
  } else if (answer.status === 'slow') {
    stage({ kind: 'failed', message: s().slow, retry: s().checkAgain }, () => show(id, carry));
  } else if (answer.status === 'failed') {
    stage({ kind: 'failed', message: answer.error.message });
  } else {
    landing(s().gone);
  }
}

async function carried(id: string, report: Report, carry: Corrections): Promise<Report> {
  const { colleague = [], notColleague = [], merge = [], marks = [] } = carry;
  if (colleague.length || notColleague.length || merge.length)
    report = await postCorrections(id, { colleague, notColleague, merge });
  if (marks.length) report = await postMarks(id, { marks });
  return report;
}

/**
 * Draws a report; what it returns draws it again as it stands (after marks and corrections), and
 * tells what it is now.
 */
function showReport(
  backend: ReportBackend,
  report: Report,
  modeTools: (ctx: ToolsContext) => Node[],
  notice?: (words: Strings) => string,
): { back: () => void; current: () => Report } {
  let current = report;
  const draw = () =>
    renderReport(root, {
      backend,
      report: current,
      lang,
      s: s(),
      list: readState().list,
      notice: notice?.(s()),
      onDeleted: () => landing(s().deleted),
      modeTools,
      onReportChanged: (next) => {
        current = next;
      },
    });
  const back = () => {
    if (backend.where === 'device') sessionStorage.setItem(DEVICE_OPEN, '1');
    else sessionStorage.removeItem(DEVICE_OPEN);
    history.replaceState(
      null,
      '',
      urlFor(backend.where === 'server' ? backend.id : null, lang, readState().list),
    );
    redraw = draw;
    redraw();
    // The report opens at the top, with focus on its heading for screen readers.
    window.scrollTo(0, 0);
    root.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  };
  back();
  return { back, current: () => current };
}

setLang(lang);
document.querySelector('header.site')?.append(languageMenu());
const { report } = readState();
// The language is kept in the URL from the first load, so a shared link reads the same.
history.replaceState(null, '', urlFor(report, lang, readState().list));
if (report) show(report);
else landing(sessionStorage.getItem(DEVICE_OPEN) ? s().device.gone : undefined);
