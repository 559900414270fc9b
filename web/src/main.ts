import { LANGS, type Lang, PHRASEBOOKS } from '../../functions/core/words/index.ts';
import { ApiProblem, createReport, getStatus, setClientWords, uploadExport } from './api-client.ts';
import { el } from './dom.ts';
import { type EnteredEmployer, employerOptions } from './employers-entry.ts';
import { renderLanding } from './landing-view.ts';
import { packFiles } from './pack-files.ts';
import { renderProgress } from './progress-view.ts';
import { renderReport } from './report-view.ts';
import { STRINGS } from './strings.ts';
import { readState, urlFor } from './url-state.ts';
import { waitForReport } from './wait-for-report.ts';

/** The page's two states: no report yet (upload), or a report id in the URL (read it). */
const root = document.getElementById('app') as HTMLElement;
let lang: Lang = readState().lang;
const s = () => STRINGS[lang];
/** What is on screen, drawn again in the new language when the language changes. */
let redraw: () => void = () => {};

function setLang(next: Lang): void {
  lang = next;
  document.documentElement.lang = next;
  setClientWords(s());
  document.title = s().pageTitle;
  for (const [selector, text] of [
    ['.tagline', s().tagline],
    ['footer.site', s().footer],
  ] as const) {
    const node = document.querySelector(selector);
    if (node) node.textContent = text;
  }
  const label = document.querySelector('label[for="lang"]');
  if (label) label.textContent = s().languageLabel;
}

function languageMenu(): HTMLElement {
  const select = el(
    'select',
    { id: 'lang' },
    ...LANGS.map((l) => el('option', { value: l, lang: l }, PHRASEBOOKS[l].name)),
  );
  select.value = lang;
  select.addEventListener('change', () => {
    setLang(select.value as Lang);
    const state = readState();
    history.replaceState(null, '', urlFor(state.report, lang, state.list));
    redraw();
  });
  return el('div', { class: 'lang' }, el('label', { for: 'lang' }, s().languageLabel), select);
}

function landing(notice?: string): void {
  history.replaceState(null, '', urlFor(null, lang));
  redraw = () => renderLanding(root, s(), upload, notice);
  redraw();
}

async function upload(files: File[], employers: EnteredEmployer[]): Promise<void> {
  const progress = (fraction: number) => {
    redraw = () => renderProgress(root, s(), { kind: 'uploading', fraction }, () => landing());
    redraw();
  };
  try {
    progress(0);
    const { blob, name } = await packFiles(files);
    // Employers typed on the page go as an option of the upload: the export's own Positions.csv wins.
    const created = await createReport({ employers: employerOptions(employers), lang });
    await uploadExport(created, blob, name, progress);
    history.replaceState(null, '', urlFor(created.id, lang));
    await show(created.id);
  } catch (error) {
    const message = error instanceof ApiProblem ? error.message : s().somethingWrong;
    redraw = () => renderProgress(root, s(), { kind: 'failed', message }, () => landing());
    redraw();
  }
}

async function show(id: string): Promise<void> {
  redraw = () => renderProgress(root, s(), { kind: 'processing' }, () => landing());
  redraw();
  let answer: Awaited<ReturnType<typeof waitForReport>>;
  try {
    answer = await waitForReport(id);
  } catch {
    // A passing network error: keep the report's link in the address bar and offer to try again.
    redraw = () =>
      renderProgress(root, s(), { kind: 'failed', message: s().loadFailed, retry: s().tryAgain }, () =>
        show(id),
      );
    redraw();
    return;
  }
  if (answer.status === 'ready') {
    const report = answer.report;
    redraw = () =>
      renderReport(root, {
        id,
        report,
        lang,
        s: s(),
        list: readState().list,
        onDeleted: () => landing(s().deleted),
        reload: () => getStatus(id),
      });
    redraw();
    // The report opens at the top, with focus on its heading for screen readers.
    window.scrollTo(0, 0);
    root.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  } else if (answer.status === 'slow') {
    redraw = () =>
      renderProgress(root, s(), { kind: 'failed', message: s().slow, retry: s().checkAgain }, () => show(id));
    redraw();
  } else if (answer.status === 'failed') {
    const message = answer.error.message;
    redraw = () => renderProgress(root, s(), { kind: 'failed', message }, () => landing());
    redraw();
  } else {
    landing(s().gone);
  }
}

setLang(lang);
document.querySelector('header.site')?.append(languageMenu());
const { report } = readState();
// The language is kept in the URL from the first load, so a shared link reads the same.
history.replaceState(null, '', urlFor(report, lang, readState().list));
if (report) show(report);
else landing();
