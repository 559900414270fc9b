import { el } from './dom.ts';
import { type EnteredEmployer, renderEmployersEntry } from './employers-entry.ts';

/**
 * The landing page: what Reconnect does in one breath, what it reads, what happens to the data, and
 * a drop zone (also a real file input, for the keyboard and for screen readers).
 */
export function renderLanding(
  root: HTMLElement,
  onFiles: (files: File[], employers: EnteredEmployer[]) => void,
  notice?: string,
): void {
  const employers = renderEmployersEntry();
  const problem = el('p', { class: 'error', role: 'alert', hidden: true });
  // Files chosen: go, unless a typed employer cannot be read (say which, and keep the files' choice open).
  const chosen = (files: File[]) => {
    const typed = employers.read();
    if (typed.problems.length > 0) {
      problem.textContent = `Could not read "${typed.problems[0]}". Write each employer like "Acme: 2018-03..2021-06", then choose your files again.`;
      problem.hidden = false;
      employers.element.setAttribute('open', '');
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
    el('strong', {}, 'Drop your LinkedIn export here'),
    el('span', {}, 'or choose the ZIP LinkedIn sent you — or its Connections.csv and other CSV files'),
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
      el('h1', {}, 'Who from your past jobs is worth a message?'),
      el(
        'p',
        { class: 'lead' },
        'Reconnect reads your LinkedIn data export, finds the former colleagues in it, ranks them by how close and how recent the tie is, explains each rank, and drafts a short first message for each.',
      ),
      notice ? el('p', { class: 'notice', role: 'status' }, notice) : null,
      zone,
      problem,
      employers.element,
      el(
        'div',
        { class: 'facts' },
        fact(
          'What it reads',
          'Connections.csv, and when present your positions, messages, invitations, endorsements and recommendations.',
        ),
        fact(
          'How to get it',
          'On LinkedIn: Settings → Data privacy → Get a copy of your data. The fast archive is enough.',
        ),
        fact(
          'What happens to it',
          'The file is deleted as soon as it is read. The report expires after 30 days, and a button deletes it at once.',
        ),
      ),
    ),
  );
}

function fact(title: string, text: string): HTMLElement {
  return el('div', { class: 'fact' }, el('h2', {}, title), el('p', {}, text));
}
