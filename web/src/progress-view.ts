import { el } from './dom.ts';
import type { Strings } from './strings.ts';

export type Stage =
  | { kind: 'uploading'; fraction: number }
  | { kind: 'processing' }
  | { kind: 'failed'; message: string; retry?: string };

/** Upload progress (a real progress bar), then processing, or the problem in plain words. */
export function renderProgress(root: HTMLElement, s: Strings, stage: Stage, onRetry: () => void): void {
  if (stage.kind === 'failed') {
    const retry = el('button', { type: 'button', class: 'primary' }, stage.retry ?? s.chooseAnother);
    retry.addEventListener('click', onRetry);
    root.replaceChildren(
      el(
        'section',
        { class: 'progress' },
        el('h1', {}, s.failedTitle),
        el('p', { class: 'error', role: 'alert' }, stage.message),
        retry,
      ),
    );
    return;
  }
  const uploading = stage.kind === 'uploading';
  const percent = uploading ? Math.round(stage.fraction * 100) : 0;
  const bar = el('progress', { max: '100', 'aria-label': uploading ? s.uploadProgress : s.processing });
  if (uploading) bar.value = percent;
  root.replaceChildren(
    el(
      'section',
      { class: 'progress', 'aria-busy': 'true' },
      el('h1', {}, uploading ? s.uploading : s.reading),
      bar,
      el('p', { role: 'status', 'aria-live': 'polite' }, uploading ? s.sent(percent) : s.readingHint),
    ),
  );
}
