import { describe, expect, it } from 'vitest';
import { ReportCache } from '../../functions/api/report-cache.ts';
import { analyze } from '../../functions/core/index.ts';
import { fixtureFiles } from '../support/fixtures.ts';

describe('ReportCache', () => {
  const report = analyze(fixtureFiles('quirks'), { asOf: '2026-06-01' });

  it('puts together exactly the body JSON.stringify would write, and knows its size', () => {
    for (const people of [report.people, []]) {
      const cached = new ReportCache().set('id', 'v1', { ...report, people });
      const expected = JSON.stringify({ status: 'ready', report: { ...report, people } });
      expect(cached.body()).toBe(expected);
      expect(cached.bodyBytes).toBe(Buffer.byteLength(expected));
    }
  });

  it('keeps an overview without the people, and every person for the pages', () => {
    const cached = new ReportCache().set('id', 'v1', report);
    const overview = JSON.parse(new TextDecoder().decode(cached.overview.plain));
    expect(overview.report.people).toEqual([]);
    expect(overview.report.summary).toEqual(report.summary);
    expect(cached.people.map((p) => JSON.parse(p.json))).toEqual(report.people);
  });

  it('serves an entry only while its version holds, and keeps the last few', () => {
    const cache = new ReportCache(2);
    cache.set('a', 'v1', report);
    expect(cache.get('a', 'v1')).toBeDefined();
    expect(cache.get('a', 'v2')).toBeUndefined();
    cache.set('b', 'v1', report);
    cache.set('c', 'v1', report);
    expect(cache.get('a', 'v1')).toBeUndefined();
    expect(cache.get('c', 'v1')).toBeDefined();
  });
});
