import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
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

  it('a tombstone names the removed entry and hash; removing a record with addenda tombstones all of them at once', async () => {
    const first = await saveCapture(db, input(), { screenshot: png(), pageText: 'p' });
    const add = await saveCapture(db, input({ capturedAt: at(3), message: 'again lanlan_88' }), {});
    expect(add.deduped).toBe(true);
    const before = await chainEntries(db);
    expect(before[1]).toMatchObject({ kind: 'addendum', ref: 1 });
    expect(await deleteRecord(db, first.recordId)).toBe(true);
    expect(await deleteRecord(db, first.recordId)).toBe(false); // already gone: nothing more in the chain
    const chain = await chainEntries(db);
    expect(chain.map((e) => [e.kind, e.recordId, e.ref])).toEqual([
      ['record', first.recordId, undefined],
      ['addendum', add.recordId, 1],
      ['tombstone', first.recordId, 1],
      ['tombstone', add.recordId, 2],
    ]);
    expect(chain[2]!.recordHash).toBe(before[0]!.recordHash);
    expect(await db.files.count()).toBe(0);
    expect((await listCases(db))).toEqual([]);
    expect((await verifyLocker(db, { files: true })).ok).toBe(true);
  });

  it('a failed deletion removes nothing and adds no tombstone', async () => {
    const a = await saveCapture(db, input(), { screenshot: png() });
    const spy = vi.spyOn(db.records, 'update').mockImplementation(() => Promise.reject(new Error('disk error')) as never);
    await expect(deleteRecord(db, a.recordId)).rejects.toThrow('disk error');
    spy.mockRestore();
    expect(await chainEntries(db)).toHaveLength(1);
    expect(await getFile(db, a.recordId, 'screenshot')).toBeInstanceOf(Blob);
    expect((await verifyLocker(db, { files: true })).ok).toBe(true);
  });

  it.each([
    ['content removed without a tombstone', async (d: LockerDB, id: string) => {
      await d.records.update(id, { content: null, deleted: true });
      await d.files.where('recordId').equals(id).delete();
    }, /without a tombstone/],
    ['the tombstone entry removed', async (d: LockerDB, id: string) => {
      await deleteRecord(d, id);
      await d.chain.delete((await d.chain.orderBy('seq').last())!.seq);
    }, /without a tombstone/],
    ['a file left behind', async (d: LockerDB, id: string) => {
      await d.files.add({ id: `${id}/mhtml`, recordId: id, role: 'mhtml', blob: new Blob(['x']) });
    }, /belongs to no live record/],
    ['a file removed', async (d: LockerDB, id: string) => {
      await d.files.delete(`${id}/screenshot`);
    }, /screenshot.png is missing/],
  ])('detects %s', async (_name, tamper, why) => {
    const a = await saveCapture(db, input(), { screenshot: png() });
    await saveCapture(db, input({ capturedAt: at(30), findings: [{ ...input().findings[0]!, value: 'z' }] }), {});
    await tamper(db, a.recordId);
    const v = await verifyLocker(db, { files: true });
    expect(v.ok).toBe(false);
    expect(v.problems.map((p) => p.problem).join('\n')).toMatch(why);
  });

  it('concurrent automatic captures of the same value make one record and addenda', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => saveCapture(db, input({ capturedAt: at(i), message: `m${i} lanlan_88` }), { screenshot: png() })),
    );
    expect(results.filter((r) => !r.deduped)).toHaveLength(1);
    expect((await listRecords(db)).total).toBe(1);
    expect(await db.files.count()).toBe(1);
    const chain = await chainEntries(db);
    expect(chain.map((e) => e.kind)).toEqual(['record', 'addendum', 'addendum', 'addendum', 'addendum', 'addendum']);
    expect(chain.slice(1).every((e) => e.ref === 1)).toBe(true);
    expect((await verifyLocker(db, { files: true })).ok).toBe(true);
  });

  it('a click always makes its own record, even for a value seen minutes ago', async () => {
    await saveCapture(db, input(), { screenshot: png() });
    const manual = await saveCapture(db, input({ trigger: 'manual', capturedAt: at(2) }), { screenshot: png() });
    expect(manual.deduped).toBe(false);
    expect((await listRecords(db)).total).toBe(2);
  });

  it('a repeat in another case is not folded in', async () => {
    await saveCapture(db, input(), {});
    const other = await saveCapture(db, input({ capturedAt: at(1), page: { ...input().page, seller: '别的店' } }), {});
    expect(other.deduped).toBe(false);
  });

  it('turns a QuotaExceededError into StorageFullError and writes nothing', async () => {
    const spy = vi
      .spyOn(db.files, 'add')
      .mockImplementation(() => Promise.reject(new DOMException('quota', 'QuotaExceededError')) as never);
    const err = await saveCapture(db, input(), { screenshot: png() }).catch((e: unknown) => e);
    spy.mockRestore();
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as StorageFullError).reason).toBe('quota-exceeded');
    expect(await db.records.count()).toBe(0);
    expect(await db.chain.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
  });

  it('says how much is free when it refuses for low space', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 980 * 1048576, quota: 1000 * 1048576 }) } });
    const err = (await saveCapture(db, input(), {}).catch((e: unknown) => e)) as StorageFullError;
    expect(err.reason).toBe('low-space');
    expect(err.freeBytes).toBe(20 * 1048576);
    expect(err.message).toMatch(/only 20 MB/);
  });

  it('stores files as Blobs with hash, size and media type; finds them by role or name', async () => {
    const shot = png();
    const r = await saveCapture(db, input(), { screenshot: shot, pageText: '页面文字', mhtml: new Blob(['MIME-Version: 1.0'], { type: 'multipart/related' }) });
    const rec = (await db.records.get(r.recordId))!;
    const byRole = Object.fromEntries(rec.content!.files.map((f) => [f.role, f]));
    expect(byRole.screenshot).toMatchObject({ name: 'screenshot.png', mime: 'image/png', size: shot.size, sha256: await sha256Hex(shot) });
    expect(byRole.pageText).toMatchObject({ name: 'page-text.txt', size: new TextEncoder().encode('页面文字').length });
    expect(byRole.pageText!.mime).toMatch(/^text\/plain/);
    expect(byRole.mhtml).toMatchObject({ name: 'page.mhtml', mime: 'multipart/related' });
    const row = (await db.files.get(`${r.recordId}/pageText`))!;
    expect(row.blob).toBeInstanceOf(Blob);
    expect(await (await getFile(db, r.recordId, 'page-text.txt'))!.text()).toBe('页面文字');
    expect(await getFile(db, r.recordId, 'nope.bin')).toBeUndefined();
  });

  it('keeps a finding\'s explanation, the seller link and the capture facts', async () => {
    const r = await saveCapture(
      db,
      input({
        page: { ...input().page, sellerUrl: 'https://shop.taobao.com/lanlan' },
        findings: [{ ...input().findings[0]!, explanation: '卖家要求加微信私下交易' }],
        hidden: true,
      }),
      {},
    );
    const c = (await db.records.get(r.recordId))!.content!;
    expect(c.findings[0]!.explanation).toBe('卖家要求加微信私下交易');
    expect(c.page.sellerUrl).toBe('https://shop.taobao.com/lanlan');
    expect(c.hidden).toBe(true);
    expect(c).toMatchObject({ trigger: 'auto', browser: 'test-agent', extensionVersion: '0.1.0', author: '兰兰女装', role: 'seller' });
    expect(c.localTime).toMatch(/^2026-11-22T\d\d:\d\d:00[+-]\d\d:\d\d$/);
    expect(typeof c.utcOffsetMinutes).toBe('number');
    expect((await listCases(db))[0]!.sellerUrl).toBe('https://shop.taobao.com/lanlan');
  });

  it('keeps at most 20 context messages', async () => {
    const context = Array.from({ length: 25 }, (_, i) => ({ text: `c${i}`, author: 'x', role: 'buyer' as const }));
    const r = await saveCapture(db, input({ context }), {});
    expect((await db.records.get(r.recordId))!.content!.context).toHaveLength(20);
  });

  it('pages the record list newest first', async () => {
    for (let i = 0; i < 7; i++) await saveCapture(db, input({ capturedAt: at(i * 11), findings: [{ ...input().findings[0]!, value: `p${i}` }] }), {});
    const page1 = await listRecords(db, { limit: 3 });
    const page3 = await listRecords(db, { offset: 6, limit: 3 });
    expect(page1.total).toBe(7);
    expect(page1.rows.map((r) => r.values[0])).toEqual(['p6', 'p5', 'p4']);
    expect(page3.rows.map((r) => r.values[0])).toEqual(['p0']);
  });

  it('lists only live records from the sparse index: addenda and deleted records drop out', async () => {
    const a = await saveCapture(db, input(), {});
    const add = await saveCapture(db, input({ capturedAt: at(2) }), {});
    await saveCapture(db, input({ capturedAt: at(20), findings: [{ ...input().findings[0]!, kind: 'qq', value: '12345' }] }), {});
    expect((await db.records.get(add.recordId))!.listedAt).toBeUndefined();
    expect((await listRecords(db)).total).toBe(2);
    expect((await listRecords(db, { kind: 'qq', limit: 1 })).rows.map((r) => r.kinds)).toEqual([['qq']]);
    expect((await listRecords(db, { caseId: a.caseId, platform: 'taobao' })).total).toBe(2);
    expect((await listRecords(db, { caseId: a.caseId, platform: 'jd' })).total).toBe(0);
    expect((await listRecords(db, { from: at(30).toISOString(), to: at(10).toISOString() })).total).toBe(0);
    await deleteRecord(db, a.recordId);
    expect((await db.records.get(a.recordId))!.listedAt).toBeUndefined();
    expect((await listRecords(db)).rows.map((r) => r.kinds)).toEqual([['qq']]);
  });

  it('upgrades a version 1 locker: its records are listed and still verify', async () => {
    const name = `test-locker-v1-${++n}`;
    const v1 = new LockerDB(name);
    const r = await saveCapture(v1, input(), { screenshot: png() });
    const row = (await v1.records.get(r.recordId))!;
    const chain = await chainEntries(v1);
    const meta = await v1.meta.toArray();
    const files = await v1.files.toArray();
    const cases = await v1.cases.toArray();
    v1.close();
    await v1.delete();
    // Write the same data through the version 1 schema, without listedAt.
    const old = new Dexie(name);
    old.version(1).stores({
      cases: 'id, platform, updatedAt',
      records: 'id, caseId, seq, capturedAt, platform, *kinds, *values, [caseId+capturedAt]',
      files: 'id, recordId',
      chain: 'seq, recordId, caseId',
      meta: 'key',
    });
    const { listedAt: _drop, ...v1row } = row;
    await old.table('records').put(v1row);
    await old.table('chain').bulkPut(chain);
    await old.table('meta').bulkPut(meta);
    await old.table('files').bulkPut(files);
    await old.table('cases').bulkPut(cases);
    old.close();
    const upgraded = new LockerDB(name);
    try {
      expect((await listRecords(upgraded)).rows.map((x) => x.id)).toEqual([r.recordId]);
      expect((await verifyLocker(upgraded, { files: true })).ok).toBe(true);
    } finally {
      upgraded.close();
      await upgraded.delete();
    }
  });
});
