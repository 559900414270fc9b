export interface Reminder {
  personId: string;
  day: string;
}

/** The calendar's events, as a calendar reads them: lines unfolded, the person from the UID. */
export function readReminders(ics: string): Reminder[] {
  const lines = ics.replace(/\r\n /g, '').split('\r\n');
  const events: Reminder[] = [];
  let current: Partial<Reminder> = {};
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    const uid = /^UID:(p[0-9a-f]{16})-/.exec(line);
    if (uid) current.personId = uid[1];
    const start = /^DTSTART;VALUE=DATE:(\d{4})(\d{2})(\d{2})$/.exec(line);
    if (start) current.day = `${start[1]}-${start[2]}-${start[3]}`;
    if (line === 'END:VEVENT') events.push(current as Reminder);
  }
  return events;
}
