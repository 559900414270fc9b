import { el } from './dom.ts';

export type Stage =
  | { kind: 'uploading'; fraction: number }
  | { kind: 'processing' }
  | { kind: 'failed'; message: string; retry?: string };

/** Upload progress (a real progress bar), then processing, or the problem in plain words. */
export function renderProgress(root: HTMLElement, stage: Stage, onRetry: () => void): void {
  if (stage.kind === 'failed') {
    const retry = el('button', { type: 'button', class: 'primary' }, stage.retry ?? 'Choose another file');
    retry.addEventListener('click', onRetry);
    root.replaceChildren(
      el(
        'section',
        { class: 'progress' },
        el('h1', {}, 'That file could not be used'),
        el('p', { class: 'error', role: 'alert' }, stage.message),
        retry,
      ),
    );
    return;
  }
  const uploading = stage.kind === 'uploading';
  const bar = el('progress', { max: '100', 'aria-label': uploading ? 'Upload progress' : 'Processing' });
  if (uploading) bar.value = Math.round(stage.fraction * 100);
  root.replaceChildren(
    el(
      'section',
      { class: 'progress', 'aria-busy': 'true' },
      el('h1', {}, uploading ? 'Uploading your export…' : 'Reading your export…'),
      bar,
      el(
        'p',
        { role: 'status', 'aria-live': 'polite' },
        uploading
          ? `${Math.round(stage.fraction * 100)} % sent`
          : 'Finding your former colleagues. A large export takes a few seconds.',
      ),
    ),
  );
}
