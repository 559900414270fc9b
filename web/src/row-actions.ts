import type { PersonWithWords } from './api-client.ts';
import { el } from './dom.ts';
import type { RowContext } from './render-row.ts';

/** What a person can do about someone from their row; each has an undo right there. */
export type RowAction =
  | { kind: 'messaged'; on?: string }
  | { kind: 'snoozed'; until: string }
  | { kind: 'not-now' }
  | { kind: 'colleague'; colleague: boolean };

export interface RowActions {
  act: (person: PersonWithWords, action: RowAction) => Promise<void>;
  undo: (person: PersonWithWords) => Promise<void>;
  /** What was last done on this row, said in place with its undo; null after an undo is said. */
  said: (personId: string) => { text: string; canUndo: boolean } | undefined;
}

/** Today on this device, as an ISO date. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function monthsFromToday(months: number): string {
  const [y = 0, m = 1, d = 1] = today().split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  // The same day of the month, or the month's last day (31 January + 1 month is 28 or 29 February).
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(d, last));
  return date.toISOString().slice(0, 10);
}

/** "I messaged them" (today or a day), "Snooze", "Not now", and "Not a colleague" / "Was a colleague". */
export function renderRowActions(person: PersonWithWords, ctx: RowContext): HTMLElement {
  const { s, actions } = ctx;
  const busy = (button: HTMLButtonElement, work: () => Promise<void>) => async () => {
    button.disabled = true;
    try {
      await work();
    } finally {
      button.disabled = false;
    }
  };
  const button = (text: string, className = 'quiet') =>
    el('button', { type: 'button', class: className }, text);

  const messaged = button(s.messagedToday);
  messaged.addEventListener(
    'click',
    busy(messaged, () => actions.act(person, { kind: 'messaged' })),
  );

  const dateId = `messaged-on-${person.id}`;
  const date = el('input', { type: 'date', id: dateId, max: today(), required: true });
  const onDay = el(
    'form',
    { class: 'inline' },
    el('label', { for: dateId }, s.messagedDate),
    date,
    el('button', { type: 'submit', class: 'quiet' }, s.messagedOn),
  );
  onDay.addEventListener('submit', (event) => {
    event.preventDefault();
    if (date.value) actions.act(person, { kind: 'messaged', on: date.value });
  });

  const snoozeId = `snooze-${person.id}`;
  const months = el(
    'select',
    { id: snoozeId },
    ...s.snoozeChoices.map(([n, label]) => el('option', { value: String(n) }, label)),
  );
  months.value = '3';
  const snooze = el('button', { type: 'submit', class: 'quiet' }, s.snooze);
  const snoozeForm = el(
    'form',
    { class: 'inline' },
    el('label', { for: snoozeId }, s.snoozeFor),
    months,
    snooze,
  );
  snoozeForm.addEventListener('submit', (event) => {
    event.preventDefault();
    actions.act(person, { kind: 'snoozed', until: monthsFromToday(Number(months.value)) });
  });

  const notNow = button(s.notNow);
  notNow.addEventListener(
    'click',
    busy(notNow, () => actions.act(person, { kind: 'not-now' })),
  );

  const isColleague = person.category === 'former-colleague' || person.category === 'current-colleague';
  const correct = button(isColleague ? s.notColleague : s.wasColleague);
  correct.addEventListener(
    'click',
    busy(correct, () => actions.act(person, { kind: 'colleague', colleague: !isColleague })),
  );

  const said = actions.said(person.id);
  const undo = button(s.undo, 'undo');
  undo.addEventListener(
    'click',
    busy(undo, () => actions.undo(person)),
  );
  const note = el(
    'p',
    { class: 'row-note', role: 'status' },
    said ? said.text : '',
    said?.canUndo ? ' ' : null,
    said?.canUndo ? undo : null,
  );
  return el(
    'div',
    { class: 'row-actions', role: 'group', 'aria-label': s.keepInTouch },
    el('div', { class: 'action-line' }, messaged, notNow, correct),
    el('div', { class: 'action-line' }, snoozeForm, onDay),
    note,
  );
}
