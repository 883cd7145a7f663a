import 'fake-indexeddb/auto';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LockerDB } from '../../../lib/evidence/db';
import { deleteRecord, saveCapture, type CaptureInput } from '../../../lib/evidence/locker';
import { buildBundleWithInfo } from '../../../lib/export/bundle';
import { loadBundleSource, openLockerForExport } from '../../../lib/export/source';
import { verifyBundle } from '../../../lib/export/verify';
import { streamToBytes } from '../../../lib/export/zip';

/** The bundle built from the real locker (not a stand-in) verifies, and tampering with it is caught. */
let db: LockerDB;
let zip: Uint8Array;
let caseId: string;

const at = (min: number) => new Date(Date.UTC(2026, 10, 22, 9, min));
const png = (seed: number) => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, seed, seed + 1, seed + 2])], { type: 'image/png' });

function input(min: number, message: string, value: string, seller = '兰兰女装'): CaptureInput {
  const start = message.indexOf(value);
  return {
    trigger: 'auto',
    page: { url: 'https://item.taobao.com/item.htm?id=9', title: '大衣', platform: 'taobao', seller },
    message,
    author: seller,
    role: 'seller',
    findings: [{ kind: 'wechat', severity: 'medium', rule: 'wechat-id', start, end: start + value.length, text: value, value }],
    context: [{ text: '有优惠吗', author: '我', role: 'buyer' }],
    capturedAt: at(min),
    browser: 'test',
    extensionVersion: '0.1.0',
  };
}

beforeAll(async () => {
  db = new LockerDB('export-real-locker');
  const a = await saveCapture(db, input(0, '加我薇信 lanlan_88 私聊', 'lanlan_88'), { screenshot: png(1), pageText: 'page 1' });
  caseId = a.caseId;
  await saveCapture(db, input(1, '别的店 vx shop_2', 'shop_2', '别的店'), { screenshot: png(2), pageText: 'other' });
  await saveCapture(db, input(3, '再说一次 lanlan_88', 'lanlan_88'), { screenshot: png(3) }); // an addendum
  const gone = await saveCapture(db, input(20, '<img src=x onerror=alert(1)> vx gone_1', 'gone_1'), { screenshot: png(4) });
  await saveCapture(db, input(40, '转账加 vx lan_pay9', 'lan_pay9'), { screenshot: png(5), pageText: 'page 5' });
  await deleteRecord(db, gone.recordId);
  const built = await buildBundleWithInfo(await loadBundleSource(openLockerForExport(db), caseId));
  zip = await streamToBytes(built.stream);
});

afterAll(async () => {
  db.close();
  await db.delete();
});

function repack(edit: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(zip);
  edit(files);
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { level: 0 }]])));
}

describe('export from the real locker', () => {
  it('verifies, with the case records, the addendum and the tombstone accounted for', async () => {
    const v = await verifyBundle(zip);
    expect(v.problems).toEqual([]);
    expect(v.ok).toBe(true);
    const manifest = JSON.parse(new TextDecoder().decode(unzipSync(zip)['manifest.json']));
    expect(manifest.records).toHaveLength(3);
    expect(manifest.chain.entries.map((e: { kind: string }) => e.kind)).toEqual(['record', 'record', 'addendum', 'record', 'record', 'tombstone']);
  });

  it('catches a flipped byte in a screenshot', async () => {
    const bad = repack((files) => {
      const name = Object.keys(files).find((f) => f.endsWith('screenshot.png'))!;
      files[name]![5] = (files[name]![5] ?? 0) ^ 0xff;
    });
    const v = await verifyBundle(bad);
    expect(v.ok).toBe(false);
    expect(v.problems.some((p) => p.path?.endsWith('screenshot.png'))).toBe(true);
  });

  it('catches an edited record', async () => {
    const bad = repack((files) => {
      const m = JSON.parse(new TextDecoder().decode(files['manifest.json']));
      m.records[0].record.message = '卖家从未说过这句话';
      files['manifest.json'] = strToU8(JSON.stringify(m));
    });
    expect((await verifyBundle(bad)).ok).toBe(false);
  });

  it('catches a removed record', async () => {
    const bad = repack((files) => {
      const m = JSON.parse(new TextDecoder().decode(files['manifest.json']));
      m.records.splice(1, 1);
      files['manifest.json'] = strToU8(JSON.stringify(m));
    });
    expect((await verifyBundle(bad)).ok).toBe(false);
  });

  it('the report shows hostile page text as text', () => {
    const report = new TextDecoder().decode(unzipSync(zip)['report.html']);
    expect(report).not.toContain('<img src=x');
    expect(report).not.toMatch(/<script/i);
  });
});
