/// <reference lib="webworker" />
import {
  inflateAhead,
  inflateWithStreams,
  isInputError,
  reduceExport,
} from '../../../functions/core/index.ts';
import { DeviceReport } from './device-report.ts';
import type { WorkerCalls, WorkerMessage, WorkerOp, WorkerRequest } from './worker-protocol.ts';

/**
 * The analysis worker: the engine off the page's thread, so the page stays responsive while 30,000
 * connections are read. It keeps the one report of this tab and answers the page's questions about it;
 * it has no network code at all (the build checks no AWS SDK, Hono or Node built-in is bundled in).
 */
declare const self: DedicatedWorkerGlobalScope;
let kept: DeviceReport | null = null;

const post = (message: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, transfer);

function theReport(): DeviceReport {
  if (!kept) throw new Error('There is no report on this device yet: choose your export again.');
  return kept;
}

const handlers: {
  [K in WorkerOp]: (
    ask: WorkerCalls[K]['ask'],
    id: number,
  ) => Promise<WorkerCalls[K]['answer']> | WorkerCalls[K]['answer'];
} = {
  async analyse(ask, id) {
    post({ id, stage: 'inflating' });
    // The browser's own inflater where it has one; the engine's otherwise (and for what it refuses).
    const inflate = typeof DecompressionStream === 'function' ? inflateWithStreams : undefined;
    kept = null; // a new analysis forgets the last one, whatever comes of it
    const report = await DeviceReport.analyse(ask.files, {
      asOf: ask.asOf,
      employers: ask.employers,
      inflate,
      onInflated: () => post({ id, stage: 'analysing' }),
    });
    kept = report;
    return { report: report.overview(), keptKey: report.keptKey() };
  },
  async reduce(ask) {
    // The browser's inflater here too: the engine's own is the slower part of reading a big export.
    const inflateRaw =
      typeof DecompressionStream === 'function'
        ? await inflateAhead(ask.files, inflateWithStreams)
        : undefined;
    const reduced = reduceExport(ask.files, { employers: ask.employers, merges: ask.merges, inflateRaw });
    return { ...reduced, zip: reduced.zip as Uint8Array<ArrayBuffer> };
  },
  restore: (ask) => theReport().restore(ask),
  kept: () => theReport().kept(),
  forget: () => theReport().forget(),
  people: (ask) => theReport().people(ask),
  correct: (ask) => theReport().correct(ask),
  mark: ({ today, ...asked }) => theReport().mark(asked, today),
  employers: (ask) => theReport().setEmployers(ask),
  file: (ask) => theReport().file(ask.kind, ask.lang, ask.today),
};

self.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const { id, op, ask } = event.data;
  try {
    const answer = await (handlers[op] as (a: unknown, id: number) => unknown)(ask, id);
    const zip = op === 'reduce' ? [(answer as WorkerCalls['reduce']['answer']).zip.buffer] : [];
    post({ id, ok: true, answer }, zip);
  } catch (error) {
    // The engine's own words for what is wrong with the export; anything else said plainly.
    const code = isInputError(error) ? error.code : 'failed';
    const message = error instanceof Error ? error.message : String(error);
    post({ id, ok: false, error: { code, message } });
  }
});
