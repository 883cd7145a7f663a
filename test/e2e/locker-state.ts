import type { Page, Worker } from 'playwright-core';

/**
 * Reads the locker's IndexedDB directly from an extension page: rows, files
 * and chain. Kept as source text: the test runner's transpiler would wrap
 * named inner functions in a helper the page does not have.
 */
export const LOCKER_STATE_JS = `(async () => {
  const db = await new Promise((res, rej) => {
    const r = indexedDB.open('opg-locker');
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  if (!db.objectStoreNames.contains('records')) {
    db.close();
    return { records: [], files: [], chain: [] };
  }
  const all = (store) => new Promise((res, rej) => {
    const r = db.transaction(store).objectStore(store).getAll();
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  const records = await all('records');
  const files = await all('files');
  const chain = await all('chain');
  db.close();
  return {
    records: records.map((r) => ({ id: r.id, entry: r.entry, deleted: !!r.deleted, content: r.content })),
    files: files.map((f) => ({ id: f.id, recordId: f.recordId, role: f.role, size: f.blob.size, type: f.blob.type })),
    chain: chain.map((e) => ({ seq: e.seq, recordId: e.recordId, kind: e.kind })),
  };
})()`;

export interface LockerState {
  records: {
    id: string;
    entry: string;
    deleted: boolean;
    content: {
      message: string;
      context: unknown[];
      files: { role: string; name: string; sha256: string }[];
      page: { url: string; title: string };
      capturedAt: string;
      timeZone: string;
      browser: string;
      extensionVersion: string;
      screenshotError?: string;
      findings: { kind: string; value: string; rule: string }[];
      image?: { src: string; sha256: string; mime: string; width: number; height: number; text?: string; boxes?: unknown[] };
    } | null;
  }[];
  files: { id: string; recordId: string; role: string; size: number; type: string }[];
  chain: { seq: number; recordId: string; kind: string }[];
}

export async function lockerState(where: Page | Worker): Promise<LockerState> {
  const got = 'goto' in where ? await where.evaluate(LOCKER_STATE_JS) : await where.evaluate(LOCKER_STATE_JS);
  return got as LockerState;
}

