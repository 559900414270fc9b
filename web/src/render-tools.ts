import type { Report } from '../../functions/core/report.ts';
import type { Lang } from '../../functions/core/words/index.ts';
import { ApiProblem, deleteReport, ROUTES } from './api-client.ts';
import { el } from './dom.ts';
import type { ReportBackend } from './report-backend.ts';
import type { Strings } from './strings.ts';

export interface ToolsContext {
  backend: ReportBackend;
  lang: Lang;
  s: Strings;
  report: () => Report;
  onChanged: (report: Report) => void;
  onDeleted: () => void;
}

/**
 * The report's tools: merging company names (asking first when both are your own employers, with an
 * undo), then what belongs to where the report lives (`modeTools`): on the server its files, its link
 * and deleting it; on the device its files, what this browser keeps, and saving it for a link.
 */
export function renderTools(ctx: ToolsContext, modeTools: (ctx: ToolsContext) => Node[]): HTMLElement {
  const { backend, s } = ctx;
  const report = ctx.report();
  const names = [
    ...new Set([...report.owner.employers.map((e) => e.company), ...report.companies.map((c) => c.name)]),
  ];
  const list = el('datalist', { id: 'company-names' }, ...names.map((n) => el('option', { value: n })));
  const a = el('input', { id: 'merge-a', list: 'company-names', required: true, autocomplete: 'off' });
  const b = el('input', { id: 'merge-b', list: 'company-names', required: true, autocomplete: 'off' });
  const said = el('div', { class: 'merge-said', role: 'status' });
  const merge = el(
    'form',
    { class: 'merge' },
    el('div', { class: 'field' }, el('label', { for: 'merge-a' }, s.mergeCompany), a),
    el('div', { class: 'field' }, el('label', { for: 'merge-b' }, s.mergeSame), b),
    el('button', { type: 'submit' }, s.merge),
    list,
  );

  const isOwnEmployer = (name: string) => {
    const wanted = name.trim().toLowerCase();
    return ctx
      .report()
      .owner.employers.some((e) => [e.company, e.key, ...e.names].some((n) => n.toLowerCase() === wanted));
  };
  const send = async (pair: [string, string]) => {
    try {
      ctx.onChanged(await backend.correct({ merge: [pair] }));
      const undo = el('button', { type: 'button', class: 'undo' }, s.undo);
      undo.addEventListener('click', async () => {
        try {
          ctx.onChanged(await backend.correct({ unmerge: [pair] }));
          said.replaceChildren(el('p', {}, s.unmerged(...pair)));
        } catch (error) {
          said.replaceChildren(el('p', { class: 'error' }, message(error)));
        }
      });
      said.replaceChildren(el('p', {}, s.merged(...pair), ' ', undo));
      undo.focus();
    } catch (error) {
      said.replaceChildren(el('p', { class: 'error' }, message(error)));
    }
  };
  const message = (error: unknown) => (error instanceof ApiProblem ? error.message : s.mergeFailed);

  merge.addEventListener('submit', (event) => {
    event.preventDefault();
    const pair: [string, string] = [a.value.trim(), b.value.trim()];
    if (!pair[0] || !pair[1]) return;
    // Two of your own employers made one changes who counts as a colleague where: asked first.
    if (isOwnEmployer(pair[0]) && isOwnEmployer(pair[1])) {
      const yes = el('button', { type: 'button', class: 'danger' }, s.mergeAnyway);
      const no = el('button', { type: 'button', class: 'quiet' }, s.cancel);
      yes.addEventListener('click', () => send(pair));
      no.addEventListener('click', () => {
        said.replaceChildren();
        a.focus();
      });
      said.replaceChildren(
        el(
          'div',
          { class: 'confirm', role: 'alertdialog', 'aria-label': s.mergeTitle },
          el('p', {}, s.mergeBothEmployers(...pair)),
          yes,
          ' ',
          no,
        ),
      );
      no.focus();
      return;
    }
    send(pair);
  });

  return el(
    'section',
    { class: 'tools', 'aria-labelledby': 'tools-title' },
    el('h2', { id: 'tools-title' }, s.toolsTitle),
    el('h3', {}, s.mergeTitle),
    merge,
    said,
    ...modeTools(ctx),
  );
}

/** On the server: the files from the API, the link back, when it expires, and deleting it now. */
export function serverTools(ctx: ToolsContext): Node[] {
  const { lang, s } = ctx;
  const { id } = ctx.backend;
  const remove = el('button', { type: 'button', class: 'danger' }, s.deleteNow);
  const removeSaid = el('p', { role: 'status', class: 'muted' });
  remove.addEventListener('click', async () => {
    if (!confirm(s.deleteConfirm)) return;
    try {
      await deleteReport(id, s.deleteFailed);
      ctx.onDeleted();
    } catch (error) {
      removeSaid.textContent = (error as Error).message;
    }
  });
  const link = `${location.origin}/?report=${encodeURIComponent(id)}&lang=${lang}`;
  return [
    el('h3', {}, s.takeWithYou),
    el(
      'p',
      { class: 'exports' },
      el(
        'a',
        { href: ROUTES.csv(id, lang), download: `reconnect-${id}.csv`, class: 'button' },
        s.downloadCsv,
      ),
      el(
        'a',
        { href: ROUTES.reminders(id, lang), download: `reconnect-${id}.ics`, class: 'button' },
        s.reminders,
      ),
    ),
    el('p', {}, s.comeBack, el('a', { href: link }, link)),
    el('p', { class: 'muted' }, s.expires),
    remove,
    removeSaid,
  ];
}
