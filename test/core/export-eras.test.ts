import { describe, expect, it } from 'vitest';
import { analyze, InputError, type Report } from '../../functions/core/index.ts';
import { expectedOf, fixtureFiles, fixtureNames, fixtureZip, slugOfUrl } from '../support/fixtures.ts';

const AS_OF = '2026-11-01';

/** Every era and quirk of the export, read from its fixture and checked against its hand-counted truth. */
describe.each(fixtureNames())('the %s export', (name) => {
  const expected = expectedOf(name);

  if (expected.error) {
    it('is refused with a message that names the problem', () => {
      let error: unknown;
      try {
        analyze(fixtureFiles(name), { asOf: AS_OF });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message.toLowerCase()).toContain(expected.error);
    });
    return;
  }

  const report = analyze(fixtureFiles(name), { asOf: AS_OF });

  it('reads every connection, hidden profiles included', () => {
    expect(report.summary.connections).toBe(expected.connections);
    expect(report.summary.hiddenProfiles).toBe(expected.hiddenProfiles);
    expect(report.people).toHaveLength(expected.connections ?? -1);
  });

  it('reads names, profiles, companies, positions and dates as written', () => {
    for (const want of expected.people ?? []) {
      const found = report.people.filter((p) =>
        want.slug
          ? slugOfUrl(p.profileUrl) === want.slug
          : p.firstName === want.firstName &&
            p.name === fullName(want.firstName, want.lastName) &&
            p.connectedOn === want.connectedOn,
      );
      expect(found, JSON.stringify(want)).toHaveLength(1);
      const [person] = found;
      // A row without a URL may still get one from the other files (messages, invitations).
      const slug = slugOfUrl(person?.profileUrl ?? null);
      expect({
        firstName: person?.firstName,
        lastName: person ? lastNameOf(person) : undefined,
        slug: want.slug === null && !person?.hidden ? null : slug,
        company: person?.company,
        position: person?.position,
        connectedOn: person?.connectedOn,
      }).toEqual(want);
    }
  });

  if (expected.ownerEmployers) {
    it("reads the owner's employers, one per company, with their dates", () => {
      const employers = report.owner.employers.map(({ company, from, to }) => ({ company, from, to }));
      const byFrom = (a: { from: string }, b: { from: string }) => a.from.localeCompare(b.from);
      expect(employers.sort(byFrom)).toEqual([...(expected.ownerEmployers ?? [])].sort(byFrom));
    });
  }

  if (expected.messages) {
    it('attributes each message to the right person and direction', () => {
      for (const [slug, counts] of Object.entries(expected.messages?.byCounterpart ?? {})) {
        const person = report.people.find((p) => slugOfUrl(p.profileUrl) === slug);
        expect(person, slug).toBeDefined();
        expect(
          { sent: person?.contact?.messagesSent ?? 0, received: person?.contact?.messagesReceived ?? 0 },
          slug,
        ).toEqual(counts);
      }
      expect(report.summary.messages).toBe(expected.messages?.total);
    });
  }

  if (expected.ownerSlugs) {
    it("finds the owner's own profile", () => {
      expect(report.owner.profileUrls.map(slugOfUrl).sort()).toEqual([...(expected.ownerSlugs ?? [])].sort());
    });
  }

  it('counts the other files it used', () => {
    const rowsOf = (kind: string) =>
      report.inputs.filter((f) => f.kind === kind).reduce((n, f) => n + f.rows, 0);
    if (expected.invitations !== undefined) expect(rowsOf('invitations')).toBe(expected.invitations);
    if (expected.endorsementsReceived !== undefined)
      expect(rowsOf('endorsements-received')).toBe(expected.endorsementsReceived);
    if (expected.recommendationsReceived !== undefined) {
      expect(rowsOf('recommendations-received')).toBe(expected.recommendationsReceived);
    }
  });

  it('reads the same from the export ZIP, with the CSVs at the root or one folder down', () => {
    const strip = (r: Report) => ({ ...r, inputs: [] });
    expect(strip(analyze([fixtureZip(name)], { asOf: AS_OF }))).toEqual(strip(report));
    expect(
      strip(analyze([fixtureZip(name, 'Basic_LinkedInDataExport_11-01-2026/')], { asOf: AS_OF })),
    ).toEqual(strip(report));
  });
});

/** The report keeps the whole name and the first name: the last name is what follows the first. */
function lastNameOf(person: { name: string; firstName: string }): string {
  return person.name.slice(person.firstName.length).trim();
}

function fullName(first: string | undefined, last: string | undefined): string {
  return `${first ?? ''} ${last ?? ''}`.trim();
}
