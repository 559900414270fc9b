import type { Report } from '../../../functions/core/report.ts';
import { el } from '../dom.ts';
import type { ToolsContext } from '../render-tools.ts';
import { today } from '../row-actions.ts';
import type { AnalysisWorker } from './device-client.ts';
import type { DeviceFileKind } from './device-report.ts';

export interface DeviceToolsOptions {
  worker: AnalysisWorker;
  /** How many people and names this browser keeps corrections or marks for, now. */
  keptCount: () => Promise<number>;
  /** Forgets what this browser keeps, and takes it back from the report in the tab too. */
  clearKept: () => Promise<Report>;
  /** Calls back whenever what this browser keeps changed (a mark, a correction); one listener. */
  onKeptChanged: (listener: () => void) => void;
  /** The explicit step that sends the (reduced) export to the server for a link. */
  saveToServer: () => void;
}

const TYPES: Record<DeviceFileKind, string> = {
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
  html: 'text/html;charset=utf-8',
  json: 'application/json',
};

/**
 * On this device: the report's files made in the worker (the same ones the CLI writes) and saved from
 * the tab, what this browser keeps and a button that clears it, and saving it to the server for a link.
 */
export function deviceTools(options: DeviceToolsOptions): (ctx: ToolsContext) => Node[] {
  return (ctx) => {
    const { s, lang } = ctx;
    const d = s.device;
    const said = el('p', { role: 'status', class: 'muted' });
    const download = (kind: DeviceFileKind, text: string, className = 'button') => {
      const button = el('button', { type: 'button', class: className }, text);
      button.addEventListener('click', async () => {
        button.disabled = true;
        try {
          const body = await options.worker.call('file', { kind, lang, today: today() });
          const url = URL.createObjectURL(new Blob([body], { type: TYPES[kind] }));
          const a = el('a', { href: url, download: `reconnect-${today()}.${kind}`, hidden: true });
          document.body.append(a);
          a.click();
          a.remove();
          // The link has been followed; the file's memory goes once the download has it.
          setTimeout(() => URL.revokeObjectURL(url), 60_000);
        } catch (error) {
          said.textContent = (error as Error).message || s.actionFailed;
        } finally {
          button.disabled = false;
        }
      });
      return button;
    };

    const keptSaid = el('p', { class: 'kept-said', role: 'status' });
    const showKept = async () => {
      keptSaid.textContent = d.kept(await options.keptCount().catch(() => 0));
    };
    showKept();
    const clear = el('button', { type: 'button', class: 'danger' }, d.clearKept);
    clear.addEventListener('click', async () => {
      clear.disabled = true;
      try {
        ctx.onChanged(await options.clearKept());
        keptSaid.textContent = d.cleared;
      } catch (error) {
        keptSaid.textContent = (error as Error).message || s.actionFailed;
      } finally {
        clear.disabled = false;
      }
    });
    // Every change is kept as it is made: what is said follows it.
    options.onKeptChanged(showKept);

    const save = el('button', { type: 'button' }, d.save);
    save.addEventListener('click', () => options.saveToServer());

    return [
      el('h3', {}, s.takeWithYou),
      el(
        'p',
        { class: 'exports' },
        download('html', d.downloadHtml),
        download('csv', s.downloadCsv),
        download('ics', s.reminders),
        download('json', d.downloadJson, 'quiet'),
      ),
      said,
      el('h3', {}, d.keptTitle),
      keptSaid,
      clear,
      el('h3', {}, d.saveTitle),
      el('p', {}, d.saveHint),
      save,
      el('p', { class: 'muted' }, d.forget),
    ];
  };
}
