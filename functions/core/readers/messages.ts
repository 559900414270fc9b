import { getOrInsert } from '../get-or-insert.ts';
import type { Table } from '../input/read-export.ts';
import { type Day, parseDate } from '../normalise/dates.ts';
import { profileSlug } from '../normalise/profile-slug.ts';
import type { WarningLog } from '../warnings.ts';
import { column, hasColumn, rowNumber } from './cells.ts';

/** One message, reduced to who and when: the content is never kept (it is nobody's business). */
export interface Message {
  conversation: string;
  fromName: string;
  sender: string;
  toNames: string;
  /** Null in the old nine-column files, which have no recipient URLs. */
  recipients: string[] | null;
  day: Day;
  /** The 2018 layout says who sent it (and has no URLs at all); later layouts leave it to be worked out. */
  outgoing?: boolean;
}

export interface MessageLog {
  messages: Message[];
  drafts: number;
}

const YES = /^(yes|true|1)$/i;

/**
 * More people than any LinkedIn conversation holds (group messages stop well below this). A message
 * "to" thousands is no personal contact, and counting who talked with whom over it would cost time
 * and memory growing with the square of its size: a hostile file could stall the server with one row.
 */
export const MAX_RECIPIENTS = 100;

export function readMessages(tables: Table[], warnings: WarningLog): MessageLog {
  const messages: Message[] = [];
  let drafts = 0;
  const slugs = new Map<string, string | null>();
  const slugOf = (url: string) => {
    let slug = slugs.get(url);
    if (slug === undefined) {
      slug = profileSlug(url);
      slugs.set(url, slug);
    }
    return slug;
  };

  // Every message of a conversation repeats the same recipient list: split each distinct one once.
  const recipientLists = new Map<string, string[]>();
  const recipientsOf = (cell: string) =>
    getOrInsert(recipientLists, cell, () => {
      const slugs: string[] = [];
      for (const url of cell.split(',')) {
        const slug = slugOf(url);
        if (slug !== null) slugs.push(slug);
      }
      return slugs;
    });

  // Only the columns in MESSAGE_COLUMNS are read from the file: a column added here must be added there.
  for (const table of tables) {
    const conversation = column(table, 'conversation id');
    const from = column(table, 'from');
    const senderUrl = column(table, 'sender profile url');
    const to = column(table, 'to');
    const recipientUrls = column(table, 'recipient profile urls');
    const hasRecipients = hasColumn(table, 'recipient profile urls');
    const date = column(table, 'date');
    const folder = column(table, 'folder');
    const hasFolder = hasColumn(table, 'folder');
    const isDraft = column(table, 'is message draft');
    // The 2018 layout: people by name only, and a direction instead of the owner's URL.
    const direction = hasColumn(table, 'conversation id') ? null : column(table, 'direction');

    table.rows.forEach((row, index) => {
      const place = folder(row).toUpperCase();
      if ((hasFolder && place === '') || YES.test(isDraft(row))) {
        drafts++;
        return;
      }
      // Spam, and sponsored InMail from "LinkedIn Member" (no sender profile), are no conversation with a person.
      const sender = direction ? '' : slugOf(senderUrl(row));
      if (place === 'SPAM' || sender === null) return;
      const day = parseDate(date(row));
      if (day === null) {
        warnings.add({ file: table.file, code: 'bad-date', what: 'message', row: rowNumber(index) });
        return;
      }
      const recipients = hasRecipients ? recipientsOf(recipientUrls(row)) : null;
      const toNames = to(row);
      if ((recipients?.length ?? 0) > MAX_RECIPIENTS || countOf(', ', toNames) >= MAX_RECIPIENTS) {
        warnings.add({
          file: table.file,
          code: 'too-many-recipients',
          limit: MAX_RECIPIENTS,
          row: rowNumber(index),
        });
        return;
      }
      if (direction) {
        const outgoing = direction(row).toUpperCase() === 'OUTGOING';
        const counterpart = (outgoing ? toNames : from(row)).replace(/\s+/g, ' ').trim();
        messages.push({
          conversation: counterpart,
          fromName: from(row),
          sender,
          toNames,
          recipients: null,
          day,
          outgoing,
        });
        return;
      }
      messages.push({
        conversation: conversation(row),
        fromName: from(row),
        sender,
        toNames,
        recipients,
        day,
      });
    });
  }
  return { messages, drafts };
}

function countOf(needle: string, text: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}
