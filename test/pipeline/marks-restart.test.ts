import { describe, expect, it } from 'vitest';
import type { Person, Report } from '../../functions/core/index.ts';
import { fixtureZip } from '../support/fixtures.ts';
import { startTestServer } from '../support/local-server.ts';
import { readReminders } from '../support/read-reminders.ts';

/**
 * Keep-in-touch marks, corrections and employers are stored with the report: the local product
 * (`npm start`: s3rver on disk, the API over real HTTP) stopped and started again on the same data
 * folder serves them as they were left.
 */
describe('marks, corrections and employers survive a restart of the local server', () => {
  it('are read back after the server is stopped and started again on the same data', async () => {
    const first = await startTestServer();
    const { dataDirectory } = first;
    let id = '';
    let snoozed: Person;
    let messaged: Person;
    const today = new Date().toISOString().slice(0, 10);
    try {
      const uploaded = await first.upload('Basic_LinkedInDataExport.zip', fixtureZip('era-2026').bytes);
      id = uploaded.id;
      const { body } = await first.settled(id);
      const colleagues = (body.report as Report).people.filter(
        (p) => p.category === 'former-colleague' && p.profileUrl,
      );
      [snoozed, messaged] = colleagues as [Person, Person];
      const send = (path: string, payload: unknown, method = 'POST') =>
        first.api(`/api/reports/${id}/${path}?omit=people`, {
          method,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(payload),
        });
      const answers = [
        await send('marks', {
          marks: [
            { who: snoozed.profileUrl, kind: 'snoozed', until: '2099-01-01' },
            { who: messaged.id, kind: 'messaged' },
          ],
        }),
        await send('corrections', { merge: [['Lumen Health', 'Lumen Health Inc']] }),
        await send(
          'employers',
          {
            employers: [
              { company: 'Lumen Health', from: '2022-06', to: null },
              { company: 'Cobalt Payments', from: '2019-03', to: '2022-05' },
            ],
          },
          'PUT',
        ),
      ];
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    } finally {
      await first.server.close();
    }

    const again = await startTestServer(dataDirectory);
    try {
      const { status, body } = await again.settled(id);
      expect(status).toBe(200);
      const report = body.report as Report;
      expect(report.corrections?.marks).toEqual([
        { who: snoozed.profileUrl, kind: 'snoozed', on: today, until: '2099-01-01' },
        { who: messaged.profileUrl, kind: 'messaged', on: today },
      ]);
      expect(report.corrections?.merge).toEqual([['Lumen Health', 'Lumen Health Inc']]);
      expect(report.owner.employers.map((e) => e.company).sort()).toEqual([
        'Cobalt Payments',
        'Lumen Health',
      ]);
      const page = await (await again.api(`/api/reports/${id}/people?limit=500`)).json();
      const find = (who: Person) => page.people.find((p: Person) => p.id === who.id) as Person;
      expect(find(snoozed).status).toBe('snoozed');
      expect(find(messaged).mark).toEqual({ kind: 'messaged', on: today });
      const reminded = readReminders(await (await again.api(`/api/reports/${id}/reminders.ics`)).text()).map(
        (r) => r.personId,
      );
      expect(reminded).not.toContain(snoozed.id);
      expect(reminded).not.toContain(messaged.id);
    } finally {
      await again.server.close();
    }
  }, 60_000);
});
