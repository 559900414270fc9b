import type { Corrections, Report, TouchStatus } from '../../../functions/core/report.ts';
import type { ReportBackend } from '../report-backend.ts';
import { today } from '../row-actions.ts';
import type { AnalysisWorker } from './device-client.ts';

/**
 * A report on this device: the page's questions answered by the tab's analysis worker, nothing sent.
 * After every change its corrections and marks are handed to `keep` (IndexedDB), so they come back
 * when the export is read here again.
 */
export function deviceBackend(
  worker: AnalysisWorker,
  keep: (corrections: Corrections) => Promise<void>,
): ReportBackend {
  const kept = async (changed: Promise<Report>) => {
    const report = await changed;
    await keep(report.corrections ?? {});
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
    setEmployers: (employers) => worker.call('employers', employers),
  };
}
