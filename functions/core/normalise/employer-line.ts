/**
 * `Acme: 2018-03..2021-06`, as the CLI's `--employer` and the page's employers box take it: the last
 * colon separates, so a company name may hold one. Null without a colon or without a company.
 */
export function splitEmployerLine(text: string): { company: string; span: string } | null {
  const at = text.lastIndexOf(':');
  const company = text.slice(0, Math.max(0, at)).trim();
  return at < 0 || !company ? null : { company, span: text.slice(at + 1) };
}
