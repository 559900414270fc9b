import { el } from './dom.ts';
import { type EnteredEmployer, renderEmployersEntry } from './employers-entry.ts';
import type { Strings } from './strings.ts';

/**
 * The landing page: what Reconnect does in one breath, what it reads, what happens to the data, and
 * a drop zone (also a real file input, for the keyboard and for screen readers).
 */
export function renderLanding(
  root: HTMLElement,
  s: Strings,
  onFiles: (files: File[], employers: EnteredEmployer[]) => void,
  notice?: string,
): void {
  const employers = renderEmployersEntry(s);
  const problem = el('p', { class: 'error', role: 'alert', hidden: true });
  // Files chosen: go, unless a typed employer cannot be read (say which, and keep the files' choice open).
  const chosen = (files: File[]) => {
    const typed = employers.read();
    const [first] = typed.problems;
    if (first !== undefined) {
      problem.textContent = s.employerUnreadableUpload(first);
      problem.hidden = false;
      employers.element.open = true;
      return;
    }
    onFiles(files, typed.employers);
  };
  const input = el('input', {
    type: 'file',
    id: 'export-file',
    accept: '.zip,.csv,application/zip,text/csv',
    multiple: true,
    class: 'visually-hidden',
  });
  input.addEventListener('change', () => {
    if (input.files?.length) chosen([...input.files]);
    input.value = ''; // the same file chosen again after fixing an employer still counts as a choice
  });
  // The input sits inside its label, so keyboard focus on it shows on the whole drop zone.
  const zone = el(
    'label',
    { for: 'export-file', class: 'drop-zone' },
    el('strong', {}, s.dropTitle),
    el('span', {}, s.dropHint),
    input,
  );
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) chosen(files);
  });
  root.replaceChildren(
    el(
      'section',
      { class: 'landing' },
      el('h1', {}, s.landingTitle),
      el('p', { class: 'lead' }, s.landingLead),
      notice ? el('p', { class: 'notice', role: 'status' }, notice) : null,
      zone,
      problem,
      employers.element,
      el('div', { class: 'facts' }, fact(s.factReads), fact(s.factGet), fact(s.factHappens)),
    ),
  );
}

function fact([title, text]: [string, string]): HTMLElement {
  return el('div', { class: 'fact' }, el('h2', {}, title), el('p', {}, text));
}
