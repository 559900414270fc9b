import { describe, expect, it } from 'vitest';
import { employerLines, employerOptions, readEmployerLines } from '../../web/src/employers-entry.ts';

describe('employers typed on the page', () => {
  it('reads one a line, as the CLI does, and names the lines it cannot read', () => {
    const { employers, problems } = readEmployerLines(
      'Acme: 2018-03..2021-06\n\n  Smith, Jones & Partners: 2021-07..  \nRatio: 10:1 Labs: 2015..2017\nAcme since 2018\nGlobex: 2021-06..2018-03\n',
    );
    expect(employers.map((e) => e.company)).toEqual(['Acme', 'Smith, Jones & Partners', 'Ratio: 10:1 Labs']);
    expect(employers[1]?.to).toBeNull();
    expect(problems).toEqual(['Acme since 2018', 'Globex: 2021-06..2018-03']);
  });

  it('go to the API as upload options in months, and come back from a report as lines to edit', () => {
    const typed = readEmployerLines(
      'Cobalt Payments: 2019-03..2022-05\nLumen "Health": 2022-06..\nAcme: 2015..2017',
    ).employers;
    const options = employerOptions(typed);
    expect(options).toEqual([
      { company: 'Cobalt Payments', from: '2019-03', to: '2022-05' },
      { company: 'Lumen "Health"', from: '2022-06', to: null },
      { company: 'Acme', from: '2015-01', to: '2017-12' },
    ]);
    const lines = employerLines([
      { company: 'Cobalt Payments', from: '2019-03-01', to: '2022-05-31' },
      { company: 'Lumen "Health"', from: '2022-06-01', to: null },
    ]);
    expect(lines).toBe('Cobalt Payments: 2019-03..2022-05\nLumen "Health": 2022-06..');
    expect(employerOptions(readEmployerLines(lines).employers)).toEqual(options.slice(0, 2));
  });
});
