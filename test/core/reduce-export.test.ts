import { unzipSync, zipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyze, type InputFile, type Report } from '../../functions/core/index.ts';
import { reduceExport } from '../../functions/core/input/reduce-export.ts';
import { generatorA, generatorB } from '../eval/labelled.ts';
import { fixtureFiles, fixtureNames } from '../support/fixtures.ts';

/**
 * The page uploads a reduced export: only the files and columns the engine reads. It must give the
 * same report as the whole export (the facts about people and the counts), and hold no message text.
 */
const AS_OF = '2026-06-01';
const facts = (r: Report) => ({
  owner: r.owner,
  summary: r.summary,
  people: r.people,
  companies: r.companies,
});
/** A fixture with one line of one of its files changed, as a person or a script would edit it. */
const edited = (fixture: string, file: string, from: string, to: string): InputFile[] =>
  fixtureFiles(fixture).map((f) =>
    f.name === file
      ? { ...f, bytes: new TextEncoder().encode(new TextDecoder().decode(f.bytes).replace(from, to)) }
      : f,
  );
const unzipped = (zip: Uint8Array): InputFile[] =>
  Object.entries(unzipSync(zip)).map(([name, bytes]) => ({ name, bytes }));

describe('the reduced export', () => {
  const exports: { name: string; files: InputFile[]; asOf: string }[] = [
    ...fixtureNames()
      .filter((n) => !['no-connections', 'header-only'].includes(n))
      .map((n) => ({ name: n, files: fixtureFiles(n), asOf: AS_OF })),
    ...(['2020', '2026'] as const).map((era) => {
      const s = generatorA(5, era, 300);
      return { name: `A/${era}`, files: s.files, asOf: s.asOf };
    }),
    ...(['2018', '2020', '2023', '2026'] as const).map((era) => {
      const s = generatorB(5, era, 300);
      return { name: `B/${era}`, files: s.files, asOf: s.asOf };
    }),
  ];

  // Column names the reader also takes (an edited or older Connections.csv): kept under their own names.
  exports.push({
    name: 'era-2026 with "Profile URL" and "Email"',
    files: edited(
      'era-2026',
      'Connections.csv',
      'First Name,Last Name,URL,Email Address,',
      'First Name,Last Name,Profile URL,Email,',
    ),
    asOf: AS_OF,
  });

  it.each(exports.map((e) => [e.name, e] as const))(
    'gives the same report as the whole export: %s',
    (_, e) => {
      const reduced = reduceExport(e.files);
      expect(facts(analyze(unzipped(reduced.zip), { asOf: e.asOf }))).toEqual(
        facts(analyze(e.files, { asOf: e.asOf })),
      );
    },
  );

  it('keeps what an invitation says of a company merged on the page (reduced with the same merges)', () => {
    const files = edited(
      'era-2026',
      'Invitations.csv',
      'fellow PM here, would love to connect.',
      'great working with you at Stripe on the project',
    );
    const merges: [string, string][] = [['Stripe', 'Cobalt Payments']];
    const whole = analyze(files, { asOf: AS_OF, merges });
    const diego = whole.people.find((p) => p.name === 'Diego Alvarez');
    expect(diego?.sharedEmployers[0]?.evidence.map((e) => e.kind)).toContain('invitation-mentions-company');
    const reduced = reduceExport(files, { merges });
    expect(facts(analyze(unzipped(reduced.zip), { asOf: AS_OF, merges }))).toEqual(facts(whole));
  });

  it('holds no message text, subject or invitation note, and is much smaller', () => {
    const s = generatorB(7, '2026', 800);
    const reduced = reduceExport(s.files);
    const text = unzipped(reduced.zip)
      .map((f) => new TextDecoder().decode(f.bytes))
      .join('\n');
    const messages = Papa.parse<Record<string, string>>(
      new TextDecoder().decode(s.files.find((f) => f.name === 'messages.csv')?.bytes),
      {
        header: true,
      },
    ).data;
    // Sentences from the messages' CONTENT and SUBJECT never appear in what is uploaded.
    const samples = messages.flatMap((m) => [m.CONTENT ?? '', m.SUBJECT ?? '']).filter((c) => c.length > 12);
    expect(samples.length).toBeGreaterThan(20);
    for (const sample of samples) expect(text).not.toContain(sample);
    expect(text.toLowerCase()).not.toMatch(/^subject|,subject,/m);
    // What is uploaded, zipped both ways: the reduced export against the whole one.
    const whole = zipSync(Object.fromEntries(s.files.map((f) => [f.name, f.bytes])), { level: 6 });
    expect(reduced.zip.length).toBeLessThan(whole.length);
  });
});
