import type { EnteredEmployer } from '../employers-entry.ts';
import { type Employers, type PageFlow, problemText, readFiles, typedEmployers } from '../page-flow.ts';
import { today } from '../row-actions.ts';
import { upload } from '../server-flow.ts';
import { deviceBackend } from './device-backend.ts';
import { analysisWorker } from './device-client.ts';
import { deviceTools } from './device-tools.ts';
import { clearKept, keptCount, readKept, writeKept } from './kept-in-browser.ts';

/** On this device: the export read in the tab's worker; nothing leaves the page. */
export async function readOnDevice(flow: PageFlow, files: File[], entered: EnteredEmployer[]): Promise<void> {
  const { s, stage } = flow;
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
        upload(flow, files, employers, { carry, merges: carry.merge, back: shown.back });
      },
    });
    const shown = flow.showReport(backend, report, tools, (words) => words.device.badge);
  } catch (error) {
    stage({ kind: 'failed', title: s().device.failedTitle, message: problemText(s, error) });
  }
}
