import { deflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyze, type InputFile, inflateAhead, inflateWithStreams } from '../../functions/core/index.ts';
import { fixtureFiles } from '../support/fixtures.ts';
import { buildZip } from '../support/zip-builder.ts';

/**
 * The browser's inflater (DecompressionStream, which Node has too) is asynchronous; the engine reads
 * synchronously. Entries inflated ahead must give the very report fflate gives, and a ZIP bomb must
 * still be refused.
 */
describe('inflating ahead with DecompressionStream', () => {
  it('gives the same report as the engine alone', async () => {
    const files = fixtureFiles('era-2026');
    const zip: InputFile[] = [
      { name: 'export.zip', bytes: zipSync(Object.fromEntries(files.map((f) => [f.name, f.bytes]))) },
    ];
    const inflateRaw = await inflateAhead(zip, inflateWithStreams);
    let used = 0;
    const counted: typeof inflateRaw = (data, max) => {
      const out = inflateRaw(data, max);
      if (out) used++;
      return out;
    };
    expect(analyze(zip, { asOf: '2026-06-01', inflateRaw: counted })).toEqual(
      analyze(zip, { asOf: '2026-06-01' }),
    );
    expect(used).toBeGreaterThan(3);
  });

  it('leaves a ZIP bomb to the engine, which refuses it', async () => {
    const zeros = new Uint8Array(256 * 1024 * 1024);
    const bomb: InputFile[] = [
      {
        name: 'export.zip',
        bytes: buildZip([
          { name: 'Connections.csv', deflated: deflateRawSync(zeros, { level: 9 }), declaredSize: 100 },
        ]),
      },
    ];
    const inflateRaw = await inflateAhead(bomb, inflateWithStreams);
    expect(() => analyze(bomb, { asOf: '2026-06-01', inflateRaw })).toThrow(
      /unpack|ZIP bomb|too large|more than/i,
    );
  });
});
