import type { Context } from 'hono';
import { isLang, type Lang, langFrom } from '../core/words/index.ts';
import type { ReportStatus } from '../storage/report-store.ts';

/**
 * The language of a response's words: the one asked for (`?lang=`), else the one chosen when the
 * report was uploaded, else the best of the Accept-Language header, else English. Said in the
 * response's Content-Language; the answer varies with Accept-Language.
 */
export function langOf(c: Context, asked: Lang | undefined, status?: ReportStatus): Lang {
  const lang = asked ?? (isLang(status?.lang) ? status.lang : langFrom(c.req.header('Accept-Language')));
  c.header('Content-Language', lang);
  c.header('Vary', 'Accept-Language', { append: true });
  return lang;
}
