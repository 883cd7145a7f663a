import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LockerDB } from '@/lib/evidence/db';
import { canonicalJson, sha256Hex } from '@/lib/evidence/integrity';
import {
  addendaOf,
  caseFor,
  chainEntries,
  deleteRecord,
  getFile,
  listCases,
  listRecords,
  saveCapture,
  StorageFullError,
  verifyLocker,
  type CaptureInput,
} from '@/lib/evidence/locker';

let db: LockerDB;
let n = 0;

beforeEach(async () => {
  db = new LockerDB(`test-locker-${++n}`);
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  db.close();
  await db.delete();
});

const at = (min: number) => new Date(Date.UTC(2026, 10, 22, 10, min));

function input(over: Partial<CaptureInput> = {}): CaptureInput {
  return {
    trigger: 'auto',
    page: { url: 'https://item.taobao.com/item.htm?id=1', title: '大衣', platform: 'taobao', seller: '兰兰女装' },
    message: '加我薇信 lanlan_88 私聊',
    author: '兰兰女装',
    role: 'seller',
    findings: [{ kind: 'wechat', severity: 'medium', rule: 'wechat-id', start: 2, end: 14, text: '薇信 lanlan_88', value: 'lanlan_88' }],
    context: [{ text: '在吗', author: '我', role: 'buyer' }],
    capturedAt: at(0),
    browser: 'test-agent',
    extensionVersion: '0.1.0',
    ...over,
  };
}

const png = () => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], { type: 'image/png' });

describe('evidence locker', () => {
  it('saves a record with its files, a chain entry and a case', async () => {
    const r = await saveCapture(db, input(), { screenshot: png(), pageText: 'the page' });
    expect(r.deduped).toBe(false);
    const rec = (await db.records.get(r.recordId))!;
    expect(rec.content!.message).toBe('加我薇信 lanlan_88 私聊');
    expect(rec.content!.context).toHaveLength(1);
    expect(rec.content!.capturedAt).toBe('2026-11-22T10:00:00.000Z');
    expect(rec.content!.timeZone).toBeTruthy();
    expect(rec.content!.files.map((f) => f.role).sort()).toEqual(['pageText', 'screenshot']);
    expect(await getFile(db, r.recordId, 'screenshot')).toBeInstanceOf(Blob);
    expect(await (await getFile(db, r.recordId, 'pageText'))!.text()).toBe('the page');
    const chain = await chainEntries(db);
    expect(chain).toHaveLength(1);
    expect(chain[0]).toMatchObject({ seq: 1, kind: 'record', recordId: r.recordId, recordHash: rec.hash, caseId: 'taobao|兰兰女装' });
    expect(rec.hash).toBe(await sha256Hex(canonicalJson(rec.content)));
    expect((await listCases(db)).map((c) => c.name)).toEqual(['兰兰女装 · taobao']);
  });

  it('chain and signatures verify, files included', async () => {
    for (let i = 0; i < 5; i++) {
      await saveCapture(db, input({ capturedAt: at(i * 11), message: `m${i}`, findings: [{ ...input().findings[0]!, value: `v${i}` }] }), {
        screenshot: png(),
        pageText: `p${i}`,
      });
    }
    const v = await verifyLocker(db, { files: true });
    expect(v).toMatchObject({ ok: true, entries: 5 });
  });

  it('keeps the private key non-extractable', async () => {
    await saveCapture(db, input(), {});
    const key = (await db.meta.get('signing'))!.value as { privateKey: CryptoKey };
    expect(key.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', key.privateKey)).rejects.toThrow();
  });

  it.each([
    ['an edited record', async (d: LockerDB, id: string) => {
      const row = (await d.records.get(id))!;
      await d.records.put({ ...row, content: { ...row.content!, message: 'something else' } });
    }],
    ['a flipped byte in a screenshot', async (d: LockerDB, id: string) => {
      const f = (await d.files.get(`${id}/screenshot`))!;
      const bytes = new Uint8Array(await f.blob.arrayBuffer());
      bytes[3] = (bytes[3] ?? 0) ^ 1;
      await d.files.put({ ...f, blob: new Blob([bytes]) });
    }],
    ['a removed chain entry', async (d: LockerDB) => {
      await d.chain.delete(2);
    }],
    ['a removed record', async (d: LockerDB, id: string) => {
      await d.records.delete(id);
    }],
    ['two swapped entries', async (d: LockerDB) => {
      const [a, b] = [(await d.chain.get(1))!, (await d.chain.get(2))!];
      await d.chain.bulkPut([{ ...b, seq: 1 }, { ...a, seq: 2 }]);
    }],
    ['an inserted entry', async (d: LockerDB) => {
      const last = (await d.chain.orderBy('seq').last())!;
      await d.chain.add({ ...last, seq: last.seq + 1, prev: last.hash });
    }],
  ])('detects %s', async (_name, tamper) => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(
        (await saveCapture(db, input({ capturedAt: at(i * 11), findings: [{ ...input().findings[0]!, value: `v${i}` }] }), { screenshot: png() }))
          .recordId,
      );
    }
    expect((await verifyLocker(db, { files: true })).ok).toBe(true);
    await tamper(db, ids[1]!);
    const v = await verifyLocker(db, { files: true });
    expect(v.ok).toBe(false);
    expect(v.problems.length).toBeGreaterThan(0);
  });

  it('deleting leaves a signed tombstone and the chain still verifies', async () => {
    const a = await saveCapture(db, input(), { screenshot: png() });
    await saveCapture(db, input({ capturedAt: at(20), findings: [{ ...input().findings[0]!, value: 'other' }] }), {});
    await deleteRecord(db, a.recordId);
    const chain = await chainEntries(db);
    expect(chain.map((e) => e.kind)).toEqual(['record', 'record', 'tombstone']);
    expect(chain[2]!.recordId).toBe(a.recordId);
    expect(await getFile(db, a.recordId, 'screenshot')).toBeUndefined();
    expect((await db.records.get(a.recordId))!.content).toBeNull();
    expect((await verifyLocker(db, { files: true })).ok).toBe(true);
    expect((await listRecords(db)).total).toBe(1);
  });

  it('a repeat within ten minutes adds context to the record instead of a new screenshot', async () => {
    const first = await saveCapture(db, input(), { screenshot: png() });
    const again = await saveCapture(db, input({ capturedAt: at(7), message: '再说一遍：薇信 lanlan_88' }), { screenshot: png() });
    expect(again.deduped).toBe(true);
    expect((await listRecords(db)).total).toBe(1);
    const add = await addendaOf(db, first.recordId);
    expect(add.map((r) => r.content!.message)).toEqual(['再说一遍：薇信 lanlan_88']);
    expect(add[0]!.content!.files).toEqual([]);
    expect((await chainEntries(db)).map((e) => e.kind)).toEqual(['record', 'addendum']);
    const later = await saveCapture(db, input({ capturedAt: at(12) }), { screenshot: png() });
    expect(later.deduped).toBe(false);
    expect((await listRecords(db)).total).toBe(2);
    expect((await verifyLocker(db)).ok).toBe(true);
  });

  it('concurrent saves keep one linear chain', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        saveCapture(db, input({ capturedAt: at(i), findings: [{ ...input().findings[0]!, value: `c${i}` }] }), { pageText: `t${i}` }),
      ),
    );
    const chain = await chainEntries(db);
    expect(chain.map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect((await verifyLocker(db)).ok).toBe(true);
  });

  it('a failed write leaves nothing half-written', async () => {
    await saveCapture(db, input(), {});
    const spy = vi.spyOn(db.files, 'add').mockImplementation(() => Promise.reject(new Error('disk error')) as never);
    await expect(saveCapture(db, input({ capturedAt: at(30), findings: [{ ...input().findings[0]!, value: 'x' }] }), { screenshot: png() })).rejects.toThrow(
      'disk error',
    );
    spy.mockRestore();
    expect(await db.records.count()).toBe(1);
    expect(await db.chain.count()).toBe(1);
    expect((await verifyLocker(db)).ok).toBe(true);
  });

  it('refuses to write when storage is nearly full, with a clear reason', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 990 * 1048576, quota: 1000 * 1048576 }) } });
    await expect(saveCapture(db, input(), {})).rejects.toBeInstanceOf(StorageFullError);
    await expect(saveCapture(db, input(), {})).rejects.toThrow(/MB of storage left/);
    expect(await db.records.count()).toBe(0);
  });

  it('a failed screenshot still saves the text record and says why', async () => {
    const r = await saveCapture(db, input(), { screenshotError: 'the tab was not visible', pageText: 'x' });
    const rec = (await db.records.get(r.recordId))!;
    expect(rec.content!.screenshotError).toBe('the tab was not visible');
    expect(rec.content!.files.map((f) => f.role)).toEqual(['pageText']);
  });

  it('groups cases by platform and seller, or by host', () => {
    expect(caseFor({ url: 'https://www.example.com/a', title: '' }).id).toBe('example.com|example.com');
    expect(caseFor({ url: 'https://x.test/', title: '', platform: 'generic:x.test' }).platform).toBe('x.test');
    expect(caseFor({ url: 'https://item.jd.com/1', title: '', platform: 'jd', seller: 'ACME' }).id).toBe('jd|acme');
  });

  it('filters records by platform, kind and date', async () => {
    await saveCapture(db, input(), {});
    await saveCapture(
      db,
      input({
        capturedAt: at(40),
        page: { url: 'https://www.ebay.com/itm/1', title: 'x', platform: 'ebay', seller: 'bob' },
        findings: [{ kind: 'payment_account', severity: 'high', rule: 'payment-account', start: 0, end: 5, text: 'Zelle', value: 'zelle' }],
      }),
      {},
    );
    expect((await listRecords(db, { platform: 'ebay' })).total).toBe(1);
    expect((await listRecords(db, { kind: 'wechat' })).total).toBe(1);
    expect((await listRecords(db, { from: at(30).toISOString() })).rows[0]!.platform).toBe('ebay');
    expect((await listRecords(db, { to: at(30).toISOString() })).rows[0]!.platform).toBe('taobao');
  });
});
