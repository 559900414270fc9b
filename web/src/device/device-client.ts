import { ApiProblem } from '../api-client.ts';
import type { AnalyseStage, WorkerCalls, WorkerMessage, WorkerOp } from './worker-protocol.ts';
import { WORKER_URL } from './worker-url.ts';

/**
 * What the worker said went wrong: the engine's code and its words for the person. A problem to show
 * the person, as the API's are.
 */
export class DeviceProblem extends ApiProblem {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Pending {
  resolve: (answer: unknown) => void;
  reject: (error: Error) => void;
  onStage?: (stage: AnalyseStage) => void;
}

/**
 * The page's side of the analysis worker: one worker for the tab, started the first time it is needed
 * (from the page's own origin, as the CSP's `worker-src 'self'` allows), each call a promise.
 */
export class AnalysisWorker {
  private readonly worker = new Worker(WORKER_URL, { type: 'module', name: 'reconnect-analysis' });
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** The worker could not start, died (out of memory) or sent what could not be read: never used again. */
  dead = false;

  constructor() {
    this.worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      const pending = this.pending.get(message.id);
      if (!pending) return;
      if ('stage' in message) {
        pending.onStage?.(message.stage);
        return;
      }
      this.pending.delete(message.id);
      if (message.ok) pending.resolve(message.answer);
      else pending.reject(new DeviceProblem(message.error.code, message.error.message));
    });
    // The worker could not start or died (out of memory): every call waiting on it fails, said
    // plainly, and the next call starts a new worker.
    const died = (event: Event) => {
      event.preventDefault();
      this.dead = true;
      this.worker.terminate();
      for (const [, pending] of this.pending) pending.reject(new DeviceProblem('worker-failed', ''));
      this.pending.clear();
    };
    this.worker.addEventListener('error', died);
    this.worker.addEventListener('messageerror', died);
  }

  call<K extends WorkerOp>(
    op: K,
    ask: WorkerCalls[K]['ask'],
    options: { transfer?: Transferable[]; onStage?: (stage: AnalyseStage) => void } = {},
  ): Promise<WorkerCalls[K]['answer']> {
    const id = this.nextId++;
    if (this.dead) return Promise.reject(new DeviceProblem('worker-failed', ''));
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (a: unknown) => void, reject, onStage: options.onStage });
      this.worker.postMessage({ id, op, ask }, options.transfer ?? []);
    });
  }
}

let shared: AnalysisWorker | null = null;

/** The tab's one analysis worker; a DeviceProblem `no-worker` where the browser cannot run one. */
export function analysisWorker(): AnalysisWorker {
  if (typeof Worker !== 'function') throw new DeviceProblem('no-worker', '');
  if (!shared || shared.dead) shared = new AnalysisWorker();
  return shared;
}
