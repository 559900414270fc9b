import type { PersonWithWords } from './api-client.ts';
import { el } from './dom.ts';
import type { RowContext } from './render-row.ts';

/**
 * The drafted message, labelled for what it is (reconnect note, follow-up, thank-you…), editable in
 * place and copied as edited, with the person's LinkedIn profile beside it to send it from.
 */
export function renderDraft(
  person: PersonWithWords,
  ctx: RowContext,
  profile: HTMLElement | null,
): HTMLElement {
  const { s } = ctx;
  const w = person.words;
  const name = person.firstName || person.name || s.hiddenProfile;
  const id = `draft-${person.id}`;
  const text = el('textarea', { id, class: 'draft-text', rows: '4', 'aria-label': s.draftEdit(name) });
  text.value = ctx.drafts.get(person.id) ?? w.draft ?? '';
  // Edits are kept while the row scrolls out of view and back, and while the page is open.
  text.addEventListener('input', () => ctx.drafts.set(person.id, text.value));
  const copy = el('button', { type: 'button', class: 'copy', 'aria-label': s.copyLabel(name) }, s.copy);
  const said = el('span', { class: 'copied', role: 'status' });
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text.value);
      said.textContent = s.copied;
    } catch {
      // No clipboard (an old browser, or permission refused): select the text for Ctrl+C instead.
      text.focus();
      text.select();
      said.textContent = s.selected;
    }
  });
  return el(
    'div',
    { class: 'draft' },
    el('label', { class: 'draft-label', for: id }, s.draftFor(w.draftLabel ?? '')),
    text,
    el('div', { class: 'draft-actions' }, copy, profile, said),
  );
}
