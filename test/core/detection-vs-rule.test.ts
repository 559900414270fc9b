import { describe, expect, it } from 'vitest';
import { analyze, type Person, type Report } from '../../functions/core/index.ts';
import { generateExport, type LabelCategory } from '../support/synthetic-export.ts';

/**
 * The engine against the plain rule "connected while the owner worked somewhere = former colleague",
 * on labelled synthetic exports of every era. Seeds here were never used to tune the engine.
 */
const RUNS = [
  { seed: 101, era: '2026' },
  { seed: 102, era: '2026' },
  { seed: 103, era: '2023' },
  { seed: 104, era: '2023' },
  { seed: 105, era: '2020' },
  { seed: 106, era: '2020' },
] as const;

interface Labelled {
  truth: LabelCategory;
  person: Person;
  rule: boolean;
}

function slugOf(url: string): string {
  return decodeURIComponent(url.replace('https://www.linkedin.com/in/', '')).toLowerCase();
}

function connectedDuringATenure(person: Person, report: Report): boolean {
  const day = person.connectedOn;
  if (!day) return false;
  return report.owner.employers.some((e) =>
    e.tenures.some((t) => day >= t.from && day <= (t.to ?? report.asOf)),
  );
}

function labelledRun(seed: number, era: '2020' | '2023' | '2026'): Labelled[] {
  const synthetic = generateExport({ seed, era, connections: 600 });
  const files = synthetic.files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
  const report = analyze(files, { asOf: synthetic.asOf });
  const byKey = new Map(report.people.map((p) => [p.profileUrl ? slugOf(p.profileUrl) : `${p.name}`, p]));
  return synthetic.labels.map((label) => {
    // The 2020 era has no URL column: people are then matched by name, as a reader of that era must.
    const person = byKey.get(slugOf(label.profileUrl)) ?? report.people.find((p) => p.name === label.name);
    if (!person) throw new Error(`${label.name} is missing from the report`);
    return { truth: label.category, person, rule: connectedDuringATenure(person, report) };
  });
}

function scores(rows: Labelled[], predicted: (row: Labelled) => boolean, actual: (row: Labelled) => boolean) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    const p = predicted(row);
    const a = actual(row);
    if (p && a) tp++;
    else if (p) fp++;
    else if (a) fn++;
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

describe('former-colleague detection on labelled exports', () => {
  const rows = RUNS.flatMap(({ seed, era }) => labelledRun(seed, era));
  const isFormer = (r: Labelled) => r.truth === 'former-colleague';
  const engine = scores(rows, (r) => r.person.category === 'former-colleague', isFormer);
  const rule = scores(rows, (r) => r.rule, isFormer);

  it('beats the connected-during-a-tenure rule on precision and on recall', () => {
    const show = (s: typeof engine) =>
      `precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, F1 ${s.f1.toFixed(3)}`;
    console.info(
      `former colleagues, ${rows.length} labelled people — engine: ${show(engine)}; rule: ${show(rule)}`,
    );
    expect(engine.precision).toBeGreaterThan(rule.precision + 0.05);
    expect(engine.recall).toBeGreaterThan(rule.recall);
    expect(engine.f1).toBeGreaterThan(rule.f1 + 0.05);
  });

  it('is precise where it says "likely"', () => {
    const likely = scores(
      rows,
      (r) => r.person.category === 'former-colleague' && r.person.confidence >= 0.5,
      isFormer,
    );
    expect(likely.precision).toBeGreaterThan(0.75);
    expect(likely.precision).toBeGreaterThan(engine.precision + 0.2);
  });

  it('finds current colleagues by their company', () => {
    const current = scores(
      rows,
      (r) => r.person.category === 'current-colleague',
      (r) => r.truth === 'current-colleague',
    );
    expect(current.precision).toBeGreaterThan(0.9);
    expect(current.recall).toBeGreaterThan(0.9);
  });

  it('ranks true former colleagues above the rest', () => {
    const meanRank = (f: (r: Labelled) => boolean) => {
      const chosen = rows.filter(f);
      return chosen.reduce((n, r) => n + r.person.rank, 0) / chosen.length;
    };
    expect(meanRank(isFormer)).toBeLessThan(meanRank((r) => r.truth === 'other') * 0.7);
  });
});
