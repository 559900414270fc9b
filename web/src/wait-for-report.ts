import { getStatus } from './api-client.ts';

/** How long the page waits before saying so: a large export takes seconds, not minutes. */
const PATIENCE_MS = 5 * 60 * 1000;

/** Polls until the report is ready or has failed, or until waiting longer would only hide a problem. */
export async function waitForReport(
  id: string,
): Promise<Awaited<ReturnType<typeof getStatus>> | { status: 'slow' }> {
  const started = Date.now();
  // Soon at first (a small export is ready in well under a second), then every second at most.
  for (let wait = 200; ; wait = Math.min(1000, wait * 1.5)) {
    const answer = await getStatus(id);
    if (answer.status !== 'pending' && answer.status !== 'processing') return answer;
    if (Date.now() - started > PATIENCE_MS) return { status: 'slow' };
    await new Promise((done) => setTimeout(done, wait));
  }
}
