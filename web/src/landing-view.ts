import { el } from './dom.ts';
import { type EnteredEmployer, renderEmployersEntry } from './employers-entry.ts';
import type { Strings } from './strings.ts';

/**
 * The landing page: what Reconnect does in one breath, what it reads, what happens to the data, and
 * a drop zone (also a real file input, for the keyboard and for screen readers).
 */
/** Where the export is read: in this browser (nothing sent) or on the server (a link for 30 days). */
export type ReadWhere = 'device' | 'server';

export interface LandingOptions {
  onFiles: (files: File[], employers: EnteredEmployer[], where: ReadWhere) => void;
  /** The choice of where changed: kept by the caller, so a redraw (another language) keeps it. */
  onWhere: (where: ReadWhere) => void;
  notice?: string;
  where: ReadWhere;
}

export function renderLanding(root: HTMLElement, s: Strings, options: LandingOptions): void {
  const { onFiles, notice } = options;
  const employers = renderEmployersEntry(s);
  const choice = renderWhere(s, options.where);
  choice.element.addEventListener('change', () => options.onWhere(choice.value()));
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
    onFiles(files, typed.employers, choice.value());
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
      choice.element,
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

/**
 * The choice of where the export is read, each said with what it keeps where, for how long and who
 * can see it. On this device is the default: nothing leaves the browser unless the person asks.
 */
function renderWhere(s: Strings, initial: ReadWhere): { element: HTMLElement; value: () => ReadWhere } {
  const d = s.device;
  const option = (value: ReadWhere, label: string, hint: string) => {
    const input = el('input', { type: 'radio', name: 'where', id: `where-${value}`, value });
    input.checked = value === initial;
    return el(
      'div',
      { class: 'where-option' },
      input,
      el(
        'label',
        { for: `where-${value}` },
        el('strong', {}, label),
        el('span', { class: 'where-hint' }, hint),
      ),
    );
  };
  const element = el(
    'fieldset',
    { class: 'where' },
    el('legend', {}, d.whereTitle),
    option('device', d.onDevice, d.onDeviceHint),
    option('server', d.onServer, d.onServerHint),
  );
  return {
    element,
    value: () =>
      element.querySelector<HTMLInputElement>('input[name="where"]:checked')?.value === 'server'
        ? 'server'
        : 'device',
  };
}
