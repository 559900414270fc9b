import { describe, expect, it } from 'vitest';
import { analyze } from '../../functions/core/index.ts';
import { positionsCsv, readEmployerLines } from '../../web/src/employers-entry.ts';
import { fixtureFiles } from '../support/fixtures.ts';

describe('employers typed on the page', () => {
  it('reads one a line, as the CLI does, and names the lines it cannot read', () => {
    const { employers, problems } = readEmployerLines(
      'Acme: 2018-03..2021-06\n\n  Smith, Jones & Partners: 2021-07..  \nRatio: 10:1 Labs: 2015..2017\nAcme since 2018\nGlobex: 2021-06..2018-03\n',
    );
    expect(employers.map((e) => e.company)).toEqual(['Acme', 'Smith, Jones & Partners', 'Ratio: 10:1 Labs']);
    expect(employers[1]?.to).toBeNull();
    expect(problems).toEqual(['Acme since 2018', 'Globex: 2021-06..2018-03']);
  });

  it('become a Positions.csv the engine reads like LinkedIn’s own', () => {
    const typed = readEmployerLines('Cobalt Payments: 2019-03..2022-05\nLumen "Health": 2022-06..').employers;
    const connections = fixtureFiles('era-2026').filter((f) => f.name === 'Connections.csv');
    const positions = { name: 'Positions.csv', bytes: new TextEncoder().encode(positionsCsv(typed)) };
    const report = analyze([...connections, positions], { asOf: '2026-06-01' });
    expect(report.owner.employersSource).toBe('positions');
    expect(report.owner.employers.map((e) => [e.company, e.from, e.to])).toEqual(
      expect.arrayContaining([
        ['Cobalt Payments', '2019-03-01', '2022-05-31'],
        ['Lumen "Health"', '2022-06-01', null],
      ]),
    );
    expect(report.warnings).toEqual([]);
  });
});
