import type { Table } from '../input/read-export.ts';
import { type Day, parseDate } from '../normalise/dates.ts';
import { profileSlug } from '../normalise/profile-slug.ts';
import type { WarningLog } from '../warnings.ts';
import { column, rowNumber } from './cells.ts';

export interface Invitation {
  outgoing: boolean;
  /** The other person: their profile slug where the file gives a URL (not a `urn:li:member`). */
  counterpart: string | null;
  counterpartName: string;
  /** Our own side, which helps tell the owner's profile URL. */
  ownerSlug: string | null;
  day: Day | null;
  message: string;
}

export function readInvitations(tables: Table[], warnings: WarningLog): Invitation[] {
  const invitations: Invitation[] = [];
  for (const table of tables) {
    const from = column(table, 'from');
    const to = column(table, 'to');
    const sentAt = column(table, 'sent at');
    const message = column(table, 'message');
    const direction = column(table, 'direction');
    const inviter = column(table, 'inviterprofileurl', 'inviter profile url', 'inviterprofileurn');
    const invitee = column(table, 'inviteeprofileurl', 'invitee profile url', 'inviteeprofileurn');
    table.rows.forEach((row, index) => {
      const outgoing = direction(row).toUpperCase() === 'OUTGOING';
      const day = parseDate(sentAt(row));
      if (sentAt(row) && day === null) {
        warnings.add({ file: table.file, code: 'bad-date', what: 'invitation', row: rowNumber(index) });
      }
      const inviterSlug = profileSlug(inviter(row));
      const inviteeSlug = profileSlug(invitee(row));
      invitations.push({
        outgoing,
        counterpart: outgoing ? inviteeSlug : inviterSlug,
        counterpartName: outgoing ? to(row) : from(row),
        ownerSlug: outgoing ? inviterSlug : inviteeSlug,
        day,
        message: message(row),
      });
    });
  }
  return invitations;
}
