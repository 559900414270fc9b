import { describe, expect, it } from 'vitest';
import { StatusCache } from '../../functions/api/status-cache.ts';
import type { ReportStatus } from '../../functions/storage/report-store.ts';

/** A status store that counts reads and answers when told to, on a clock the test moves. */
function harness(state: ReportStatus['status'] = 'ready') {
  let clock = 0;
  let version = 0;
  const reads: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const read = (_id: string) =>
    new Promise<ReportStatus | null>((resolve, reject) => {
      const answer: ReportStatus = {
        status: state,
        createdAt: 'c',
        updatedAt: `v${++version}`,
        expiresAt: 'e',
      };
      reads.push({ resolve: () => resolve(answer), reject });
    });
  const cache = new StatusCache(read, 1000, () => clock);
  return {
    cache,
    reads,
    advance: (ms: number) => {
      clock += ms;
    },
    settle: () => new Promise((done) => setTimeout(done, 0)),
  };
}

describe('StatusCache', () => {
  it('reads once for a burst of requests on a cold cache', async () => {
    const h = harness();
    const burst = Array.from({ length: 50 }, () => h.cache.get('a'));
    expect(h.reads).toHaveLength(1);
    h.reads[0]?.resolve();
    const statuses = await Promise.all(burst);
    expect(new Set(statuses.map((s) => s?.updatedAt))).toEqual(new Set(['v1']));
  });

  it('serves a fresh status without reading, a stale one while one read refreshes it', async () => {
    const h = harness();
    const first = h.cache.get('a');
    h.reads[0]?.resolve();
    expect((await first)?.updatedAt).toBe('v1');

    h.advance(999);
    expect((await h.cache.get('a'))?.updatedAt).toBe('v1');
    expect(h.reads).toHaveLength(1);

    h.advance(500); // past the TTL, within twice it: answered at once, refreshed behind
    const stale = await Promise.all([h.cache.get('a'), h.cache.get('a'), h.cache.get('a')]);
    expect(stale.map((s) => s?.updatedAt)).toEqual(['v1', 'v1', 'v1']);
    expect(h.reads).toHaveLength(2);
    h.reads[1]?.resolve();
    await h.settle();
    expect((await h.cache.get('a'))?.updatedAt).toBe('v2');
  });

  it('waits for a new read when the status is older than twice the TTL', async () => {
    const h = harness();
    const first = h.cache.get('a');
    h.reads[0]?.resolve();
    await first;
    h.advance(2001);
    let answered = false;
    const next = h.cache.get('a').then((s) => {
      answered = true;
      return s;
    });
    await h.settle();
    expect(answered).toBe(false);
    h.reads[1]?.resolve();
    expect((await next)?.updatedAt).toBe('v2');
  });

  it('does not bring back a status forgotten while it was being read', async () => {
    const h = harness();
    const first = h.cache.get('a');
    h.cache.forget('a'); // deleted through this instance meanwhile
    h.reads[0]?.resolve();
    await first;
    const again = h.cache.get('a');
    expect(h.reads).toHaveLength(2);
    h.reads[1]?.resolve();
    expect((await again)?.updatedAt).toBe('v2');
  });

  it('passes a failed read to its callers and tries again on the next request', async () => {
    const h = harness();
    const first = h.cache.get('a');
    h.reads[0]?.reject(new Error('storage unreachable'));
    await expect(first).rejects.toThrow('storage unreachable');
    const second = h.cache.get('a');
    expect(h.reads).toHaveLength(2);
    h.reads[1]?.resolve();
    expect((await second)?.updatedAt).toBe('v2');
  });

  it('reads a report still on its way on every request (shared while under way), so ready shows at once', async () => {
    const h = harness('processing');
    const first = h.cache.get('a');
    h.reads[0]?.resolve();
    expect((await first)?.status).toBe('processing');
    const again = [h.cache.get('a'), h.cache.get('a')];
    expect(h.reads).toHaveLength(2);
    h.reads[1]?.resolve();
    expect((await Promise.all(again)).map((s) => s?.updatedAt)).toEqual(['v2', 'v2']);
  });
});
