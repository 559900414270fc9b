import type { Corrections } from '../../../functions/core/report.ts';

/**
 * What the on-device mode keeps in this browser (IndexedDB), by the report's owner (the worker's
 * DeviceReport.keptKey): corrections, merges and keep-in-touch marks, so they come back when the
 * export is analysed here again. Never the export, never the report. Kept until the person clears them.
 */
const DB = 'reconnect';
const STORE = 'kept-corrections';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export async function readKept(key: string): Promise<Corrections | undefined> {
  return (await run<Corrections | undefined>('readonly', (s) => s.get(key))) ?? undefined;
}

export async function writeKept(key: string, corrections: Corrections): Promise<void> {
  await run('readwrite', (s) => s.put(corrections, key));
}

/** Forgets everything this browser kept for every report. */
export async function clearKept(): Promise<void> {
  await run('readwrite', (s) => s.clear());
}

/** How many people and merges a set of corrections holds: said beside the button that clears them. */
export function keptCount(c: Corrections | undefined): number {
  if (!c) return 0;
  const people = new Set([
    ...(c.colleague ?? []),
    ...(c.notColleague ?? []),
    ...(c.marks ?? []).map((m) => m.who),
  ]);
  return people.size + (c.merge?.length ?? 0);
}
