import type { AppDeps } from '../app-deps.ts';
import type { ReportService } from '../report-service.ts';

/** What every route is made with: the app's dependencies and the one report service. */
export interface RouteContext {
  deps: AppDeps;
  reports: ReportService;
}
