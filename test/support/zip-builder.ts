import { deflateRawSync } from 'node:zlib';

/**
 * Builds ZIP files byte by byte, so tests can make the broken and hostile ones no zip tool would:
 * lying sizes, encryption flags, `../` names, truncation.
 */
export interface RawEntry {
  name: string;
  /** The bytes to store; deflated unless `stored`. */
  data?: Uint8Array;
  /** Already-deflated bytes (e.g. a bomb), used as they are. */
  deflated?: Uint8Array;
  stored?: boolean;
  declaredSize?: number;
  encrypted?: boolean;
}

export function buildZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const raw = e.data ?? new Uint8Array();
    const body = e.deflated ?? (e.stored ? raw : deflateRawSync(raw));
    const method = e.stored && !e.deflated ? 0 : 8;
    const size = e.declaredSize ?? raw.length;
    const flags = (e.encrypted ? 1 : 0) | 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(body));
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** `megabytes` of zeros, deflated: a few hundred bytes per megabyte. */
export function deflatedZeros(megabytes: number): Uint8Array {
  return new Uint8Array(deflateRawSync(Buffer.alloc(megabytes * 1024 * 1024), { level: 9 }));
}
