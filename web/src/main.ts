import { ApiProblem, createReport, uploadExport } from './api-client.ts';
import { type EnteredEmployer, positionsCsv } from './employers-entry.ts';
import { renderLanding } from './landing-view.ts';
import { packFiles } from './pack-files.ts';
import { renderProgress } from './progress-view.ts';
import { renderReport, waitForReport } from './report-view.ts';

/** The page's two states: no report yet (upload), or a report id in the URL (read it). */
const root = document.getElementById('app') as HTMLElement;

function landing(notice?: string): void {
  history.replaceState(null, '', '/');
  renderLanding(root, upload, notice);
}

async function upload(files: File[], employers: EnteredEmployer[]): Promise<void> {
  try {
    renderProgress(root, { kind: 'uploading', fraction: 0 }, () => landing());
    const positions =
      employers.length > 0 ? { name: 'Positions.csv', text: positionsCsv(employers) } : undefined;
    const { blob, name } = await packFiles(files, positions);
    const created = await createReport();
    await uploadExport(created, blob, name, (fraction) =>
      renderProgress(root, { kind: 'uploading', fraction }, () => landing()),
    );
    history.replaceState(null, '', `/?report=${encodeURIComponent(created.id)}`);
    await show(created.id);
  } catch (error) {
    const message = error instanceof ApiProblem ? error.message : 'Something went wrong. Please try again.';
    renderProgress(root, { kind: 'failed', message }, () => landing());
  }
}

async function show(id: string): Promise<void> {
  renderProgress(root, { kind: 'processing' }, () => landing());
  let answer: Awaited<ReturnType<typeof waitForReport>>;
  try {
    answer = await waitForReport(id, () => {});
  } catch {
    // A passing network error: keep the report's link in the address bar and offer to try again.
    const message = 'The report could not be loaded just now. Check your connection and try again.';
    renderProgress(root, { kind: 'failed', message, retry: 'Try again' }, () => show(id));
    return;
  }
  if (answer.status === 'ready') {
    renderReport(root, id, answer.report, () => landing('Your report was deleted.'));
    root.focus();
  } else if (answer.status === 'slow') {
    const message =
      'This is taking much longer than it should. Keep this page’s link and try again in a few minutes.';
    renderProgress(root, { kind: 'failed', message, retry: 'Check again' }, () => show(id));
  } else if (answer.status === 'failed') {
    renderProgress(root, { kind: 'failed', message: answer.error.message }, () => landing());
  } else {
    landing(
      'That report no longer exists: it expired or was deleted. Upload your export again to make a new one.',
    );
  }
}

const id = new URLSearchParams(location.search).get('report');
if (id) show(id);
else landing();
