import { el } from './dom.ts';
import type { Strings } from './strings.ts';

export type Stage =
  | { kind: 'preparing' }
  /** `sending` says what is sent and what is not, in one line. */
  | { kind: 'uploading'; fraction: number; sending?: string }
  | { kind: 'processing' }
  | { kind: 'on-device'; step: keyof Strings['device']['stage'] }
  /** The page could not reduce the file: the reason, and the person's choice to send it whole. */
  | { kind: 'unreadable'; reason: string; onWhole: () => void; back?: string }
  /** `title` where the file is fine but the page is not (a worker that stopped); `retry` the button's words. */
  | { kind: 'failed'; message: string; retry?: string; title?: string };

/**
 * What is happening to the export: reduced for the upload, uploaded (a real progress bar), processed
 * on the server or read on this device; or the problem in plain words.
 */
export function renderProgress(root: HTMLElement, s: Strings, stage: Stage, onRetry: () => void): void {
  const d = s.device;
  if (stage.kind === 'failed' || stage.kind === 'unreadable') {
    const retry = el(
      'button',
      { type: 'button', class: stage.kind === 'failed' ? 'primary' : 'quiet' },
      (stage.kind === 'failed' ? stage.retry : stage.back) ?? s.chooseAnother,
    );
    retry.addEventListener('click', onRetry);
    const whole = stage.kind === 'unreadable' ? el('button', { type: 'button' }, d.uploadWhole) : null;
    if (whole && stage.kind === 'unreadable') whole.addEventListener('click', stage.onWhole);
    root.replaceChildren(
      el(
        'section',
        { class: 'progress' },
        el('h1', {}, stage.kind === 'failed' ? (stage.title ?? s.failedTitle) : d.unreadableTitle),
        el(
          'p',
          { class: 'error', role: 'alert' },
          stage.kind === 'failed' ? stage.message : d.unreadable(stage.reason),
        ),
        whole ? el('p', { class: 'muted' }, d.uploadWholeHint) : null,
        el('p', { class: 'actions' }, retry, whole ? ' ' : null, whole),
      ),
    );
    return;
  }
  const uploading = stage.kind === 'uploading';
  const percent = uploading ? Math.round(stage.fraction * 100) : 0;
  const bar = el('progress', { max: '100', 'aria-label': uploading ? s.uploadProgress : s.processing });
  if (uploading) bar.value = percent;
  const title =
    stage.kind === 'on-device'
      ? d.analysing
      : stage.kind === 'processing'
        ? s.reading
        : stage.kind === 'preparing'
          ? d.preparingTitle
          : s.uploading;
  const status =
    stage.kind === 'on-device'
      ? d.stage[stage.step]
      : stage.kind === 'preparing'
        ? d.preparing
        : uploading
          ? s.sent(percent)
          : s.readingHint;
  root.replaceChildren(
    el(
      'section',
      { class: 'progress', 'aria-busy': 'true' },
      el('h1', {}, title),
      bar,
      el('p', { role: 'status', 'aria-live': 'polite' }, status),
      stage.kind === 'on-device' ? el('p', { class: 'muted sent-line' }, d.nothingSent) : null,
      uploading && stage.sending ? el('p', { class: 'muted sent-line' }, stage.sending) : null,
    ),
  );
}
