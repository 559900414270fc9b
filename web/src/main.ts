import type { Report } from '../../functions/core/report.ts';
import { LANGS, type Lang, PHRASEBOOKS } from '../../functions/core/words/index.ts';
import { setClientWords } from './api-client.ts';
import { readOnDevice } from './device/read-on-device.ts';
import { el } from './dom.ts';
import { type ReadWhere, renderLanding } from './landing-view.ts';
import { DEVICE_OPEN, type PageFlow, type ShownReport, typedEmployers } from './page-flow.ts';
import { renderProgress, type Stage } from './progress-view.ts';
import type { ToolsContext } from './render-tools.ts';
import type { ReportBackend } from './report-backend.ts';
import { renderReport } from './report-view.ts';
import { show, upload } from './server-flow.ts';
import { STRINGS, type Strings } from './strings.ts';
import { readState, urlFor } from './url-state.ts';

/**
 * The page's states: no report yet (choose where to read the export, then the file), a report read on
 * this device (kept in this tab's worker), or a report id in the URL (read from the server).
 */
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

function stage(next: Stage, onRetry: () => void = () => landing()): void {
  redraw = () => renderProgress(root, s(), next, onRetry);
  redraw();
}

/** Where the export is read, as last chosen on the landing page (kept through a change of language). */
let where: ReadWhere = 'device';

function landing(notice?: string): void {
  sessionStorage.removeItem(DEVICE_OPEN);
  history.replaceState(null, '', urlFor(null, lang));
  redraw = () =>
    renderLanding(root, s(), {
      onFiles: (files, employers, chosen) =>
        chosen === 'device'
          ? readOnDevice(flow, files, employers)
          : upload(flow, files, typedEmployers(employers)),
      onWhere: (chosen) => {
        where = chosen;
      },
      notice,
      where,
    });
  redraw();
}

/**
 * Draws a report; what it returns draws it again as it stands (after marks and corrections), and
 * tells what it is now.
 */
function showReport(
  backend: ReportBackend,
  report: Report,
  modeTools: (ctx: ToolsContext) => Node[],
  notice?: (words: Strings) => string,
): ShownReport {
  let current = report;
  const draw = () =>
    renderReport(root, {
      backend,
      report: current,
      lang,
      s: s(),
      list: readState().list,
      notice: notice?.(s()),
      onDeleted: () => landing(s().deleted),
      modeTools,
      onReportChanged: (next) => {
        current = next;
      },
    });
  const back = () => {
    if (backend.where === 'device') sessionStorage.setItem(DEVICE_OPEN, '1');
    else sessionStorage.removeItem(DEVICE_OPEN);
    history.replaceState(
      null,
      '',
      urlFor(backend.where === 'server' ? backend.id : null, lang, readState().list),
    );
    redraw = draw;
    redraw();
    // The report opens at the top, with focus on its heading for screen readers.
    window.scrollTo(0, 0);
    root.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  };
  back();
  return { back, current: () => current };
}

/** What the two ways of reading an export need of the page. */
const flow: PageFlow = { s, lang: () => lang, stage, landing, showReport };

setLang(lang);
document.querySelector('header.site')?.append(languageMenu());
const { report } = readState();
// The language is kept in the URL from the first load, so a shared link reads the same.
history.replaceState(null, '', urlFor(report, lang, readState().list));
if (report) show(flow, report);
else landing(sessionStorage.getItem(DEVICE_OPEN) ? s().device.gone : undefined);
