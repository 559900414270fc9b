import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../functions/core/corrections.ts';
import { analyze, type Person, type Report, withEmployers } from '../../functions/core/index.ts';
import { buildExport } from '../support/build-export.ts';
import { wordsOf } from '../support/words.ts';

/**
 * Corrections change the engine's inputs and go through the same classify → rank path: the person's
 * word about someone (and its undo), merges (and their undo), and keep-in-touch marks made after the
 * export, re-ranked as of the day they are made.
 */
const POSITIONS = [
  { company: 'Acme Inc.', from: 'Mar 2016', to: 'Jun 2019' },
  { company: 'Globex', from: 'Jul 2019' },
];
const report = analyze(
  buildExport({
    positions: POSITIONS,
    connections: [
      { first: 'Mo', last: 'Moved', slug: 'mo', company: 'Initech', connected: '02 Apr 2016' },
      { first: 'Lee', last: 'Labs', slug: 'lee', company: 'Acme Labs', connected: '01 Jan 2025' },
      { first: 'Uma', last: 'Uni', slug: 'uma', company: 'Hooli', connected: '01 Jun 2012' },
    ],
    messages: [
      { from: 'alex-owner', to: 'mo', date: '2017-05-01' },
      { from: 'mo', to: 'alex-owner', date: '2017-05-02' },
    ],
  }),
  { asOf: '2026-06-01', splits: ['Acme Labs'] },
);
const url = (slug: string) => `https://www.linkedin.com/in/${slug}`;
const who = (r: Report, slug: string) => r.people.find((p) => p.profileUrl === url(slug)) as Person;

describe('corrections', () => {
  it('take the person at their word, and give the engine its own judgement back on undo', () => {
    const marked = applyCorrections(report, { colleague: [url('uma')] });
    expect(who(marked, 'uma').category).toBe('former-colleague');
    const undone = applyCorrections(marked, { clear: [url('uma')] });
    expect(who(undone, 'uma').category).toBe(who(report, 'uma').category);
    expect(undone.corrections?.colleague).toEqual([]);
  });

  it("keep the analysis's own splits, store a merge once however it is written, and take it back", () => {
    // Acme Labs was kept apart at analysis: a correction must not fold it back in.
    expect(who(applyCorrections(report, {}), 'lee').sharedEmployers.map((s) => s.key)).not.toContain('acme');
    const once = applyCorrections(applyCorrections(report, { merge: [['Hooli', 'Acme Inc.']] }), {
      merge: [[' acme inc. ', 'HOOLI']],
    });
    expect(once.corrections?.merge).toEqual([['Hooli', 'Acme Inc.']]);
    expect(who(once, 'uma').sharedEmployers[0]?.key).toBe('acme');
    const back = applyCorrections(once, { unmerge: [['Acme Inc.', 'Hooli']] });
    expect(back.corrections?.merge).toEqual([]);
    expect(who(back, 'uma').sharedEmployers.map((s) => s.key)).not.toContain('acme');
  });

  it('"I messaged them" makes a person in touch from that day, as of the day it is said', () => {
    const messaged = applyCorrections(
      report,
      { marks: [{ who: url('mo'), kind: 'messaged', on: '2026-07-01' }] },
      { asOf: '2026-07-02' },
    );
    const mo = who(messaged, 'mo');
    expect(messaged.asOf).toBe('2026-07-02');
    expect(mo.lastContact).toBe('2026-07-01');
    expect(mo.lastContactKind).toBe('marked');
    expect(mo.status).toBe('in-touch');
    expect(mo.rank).toBeGreaterThan(who(report, 'mo').rank);
    expect(wordsOf(messaged)(mo).reasons.join(' ')).toContain('you messaged them yesterday');
    // Taken back: the export's own last contact again.
    const undone = applyCorrections(messaged, { clearMarks: [url('mo')] });
    expect(who(undone, 'mo').lastContact).toBe(who(report, 'mo').lastContact);
    expect(who(undone, 'mo').mark).toBeUndefined();
  });

  it('snooze and "not now" hide a person until the day given or their next interval', () => {
    const snoozed = applyCorrections(report, {
      marks: [{ who: url('mo'), kind: 'snoozed', on: '2026-06-01', until: '2026-09-01' }],
    });
    expect(who(snoozed, 'mo').status).toBe('snoozed');
    expect(who(snoozed, 'mo').due).toBe('2026-09-01');
    expect(who(snoozed, 'mo').rank).toBe(
      snoozed.people.length - snoozed.people.filter((p) => p.hidden).length,
    );
    const notNow = applyCorrections(report, {
      marks: [{ who: url('mo'), kind: 'not-now', on: '2026-06-01' }],
    });
    expect(who(notNow, 'mo').status).toBe('snoozed');
    expect(() =>
      applyCorrections(report, { marks: [{ who: url('mo'), kind: 'snoozed', on: '2026-06-01' }] }),
    ).toThrow(/snooze an end/);
    expect(() =>
      applyCorrections(report, { marks: [{ who: url('nobody'), kind: 'messaged', on: '2026-06-01' }] }),
    ).toThrow(/No one in this report/);
  });
});

describe('employers given on the report', () => {
  it('re-rank a Connections.csv-only report without a new upload, keeping ids and marks', () => {
    const bare = analyze(
      buildExport({
        connections: [
          { first: 'Mo', last: 'Moved', slug: 'mo', company: 'Initech', connected: '02 Apr 2016' },
          { first: 'Uma', last: 'Uni', slug: 'uma', company: 'Hooli', connected: '01 Jun 2012' },
        ],
      }),
      { asOf: '2026-06-01' },
    );
    expect(bare.summary.formerColleagues).toBe(0);
    expect(bare.summary.notes.map((n) => n.code)).toContain('no-work-history');
    const marked = applyCorrections(bare, {
      marks: [{ who: url('uma'), kind: 'not-now', on: '2026-06-01' }],
    });
    const given = withEmployers(marked, [{ company: 'Acme', from: '2016-03', to: '2019-06' }]);
    expect(given.owner.employers.map((e) => e.company)).toEqual(['Acme']);
    expect(given.summary.notes.map((n) => n.code)).not.toContain('no-work-history');
    expect(who(given, 'mo').sharedEmployers[0]?.key).toBe('acme');
    expect(who(given, 'mo').id).toBe(who(bare, 'mo').id);
    expect(who(given, 'uma').status).toBe('snoozed');
    expect(() => withEmployers(bare, [])).toThrow(/at least one employer/);
  });
});
