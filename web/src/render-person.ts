import type { Person } from '../../functions/core/report.ts';
import type { PersonWords } from '../../functions/core/words/index.ts';
import { el, safeProfileUrl } from './dom.ts';
import { CATEGORY_LABELS, confidenceLabel } from './labels.ts';

export interface PersonActions {
  onCorrect: (person: Person, isColleague: boolean) => void;
}

/** One ranked person: who, where, why, and the drafted message with a copy button. */
export function renderPerson(person: Person, actions: PersonActions): HTMLElement {
  const name = person.name || 'Hidden profile';
  const url = safeProfileUrl(person.profileUrl);
  const link = url
    ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, name)
    : el('span', {}, name);
  const where = [person.position, person.company].filter(Boolean).join(' at ');
  const isColleague = person.category === 'former-colleague' || person.category === 'current-colleague';
  const correct = el(
    'button',
    { type: 'button', class: 'quiet' },
    isColleague ? 'Not a colleague' : 'Was a colleague',
  );
  correct.addEventListener('click', () => actions.onCorrect(person, !isColleague));

  return el(
    'li',
    { class: `person ${person.category}`, 'data-id': person.id },
    el(
      'div',
      { class: 'head' },
      el('span', { class: 'rank' }, el('span', { class: 'visually-hidden' }, 'Rank '), String(person.rank)),
      el('h3', { class: 'name' }, link),
      el('span', { class: 'badge' }, CATEGORY_LABELS[person.category]),
      el(
        'span',
        { class: 'confidence', title: `Confidence ${person.confidence}` },
        confidenceLabel(person.category, person.confidence),
      ),
      el('span', { class: 'score', title: 'Score, 0–100' }, String(person.score)),
    ),
    where ? el('p', { class: 'where' }, where) : null,
    el('ul', { class: 'reasons' }, ...wordsOf(person).reasons.map((r) => el('li', {}, r))),
    person.lastContact
      ? el(
          'p',
          { class: 'last-contact' },
          `Last contact: ${person.lastContact} (${person.lastContactKind ?? 'unknown'})`,
        )
      : null,
    wordsOf(person).draft ? draft(person) : null,
    person.hidden ? null : el('div', { class: 'actions' }, correct),
  );
}

function draft(person: Person): HTMLElement {
  const text = el('p', { class: 'draft-text' }, wordsOf(person).draft);
  const copy = el(
    'button',
    { type: 'button', class: 'copy', 'aria-label': `Copy the message to ${person.firstName || 'them'}` },
    'Copy',
  );
  const said = el('span', { class: 'copied', role: 'status', 'aria-live': 'polite' });
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(wordsOf(person).draft ?? '');
      said.textContent = 'Copied';
    } catch {
      // No clipboard (an old browser, or permission refused): select the text for Ctrl+C instead.
      const range = document.createRange();
      range.selectNodeContents(text);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      said.textContent = 'Selected: press Ctrl+C';
    }
  });
  return el(
    'div',
    { class: 'draft' },
    el('span', { class: 'draft-label' }, 'First message'),
    text,
    el('div', { class: 'draft-actions' }, copy, said),
  );
}

// Stopgap until the page is redone for report v2: a page of people from the API carries each person's
// sentences in `words` (GET /api/reports/{id}/people); the report itself holds only facts.
function wordsOf(person: Person): Pick<PersonWords, 'reasons' | 'draft'> {
  return (person as Person & { words?: PersonWords }).words ?? { reasons: [], draft: null };
}
