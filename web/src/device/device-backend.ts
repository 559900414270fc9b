import type { Report, TouchStatus } from '../../../functions/core/report.ts';
import type { EmployerOption } from '../api-client.ts';
import type { ReportBackend } from '../report-backend.ts';
import { today } from '../row-actions.ts';
import type { AnalysisWorker } from './device-client.ts';

export interface DeviceHooks {
  /** After every correction or mark: keep what the worker says is to be kept (IndexedDB). */
  keep: () => Promise<void>;
  /** Employers given on the report: remembered for the report saved to the server. */
  employersGiven: (employers: EmployerOption[]) => void;
}

/** A report on this device: the page's questions answered by the tab's analysis worker, nothing sent. */
export function deviceBackend(worker: AnalysisWorker, hooks: DeviceHooks): ReportBackend {
  const kept = async (changed: Promise<Report>) => {
    const report = await changed;
    await hooks.keep();
    return report;
  };
  return {
    where: 'device',
    id: 'this-device',
    people: ({ category, status, ...query }) =>
      worker.call('people', {
        ...query,
        ...(category ? { category } : {}),
        ...(status ? { status: status as TouchStatus } : {}),
      }),
    correct: (corrections) => kept(worker.call('correct', corrections)),
    mark: (body) => kept(worker.call('mark', { ...body, today: today() })),
    async setEmployers(employers) {
      const report = await worker.call('employers', employers);
      hooks.employersGiven(employers);
      return report;
    },
  };
}
