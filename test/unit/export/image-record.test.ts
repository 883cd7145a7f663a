import 'fake-indexeddb/auto';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LockerDB } from '../../../lib/evidence/db';
import { getFile, saveCapture, verifyLocker } from '../../../lib/evidence/locker';
import { sha256Hex } from '../../../lib/evidence/integrity';
import { buildBundleWithInfo } from '../../../lib/export/bundle';
import { loadBundleSource, openLockerForExport } from '../../../lib/export/source';
import { verifyBundle } from '../../../lib/export/verify';
import { streamToBytes } from '../../../lib/export/zip';
import { drawQr, photo, toJpeg } from '../../support/qr-images';

/** A finding read from a QR code in an image: the record keeps the image file and the payload, and the bundle verifies. */
const PAYLOAD = 'wxp://f2f0ImageRecordTest';
const jpeg = toJpeg(drawQr(photo(300, 300, 2, 6), PAYLOAD, { x: 50, y: 50, size: 200 }), 85);
let db: LockerDB;
let zip: Uint8Array;
let recordId: string;

beforeAll(async () => {
  db = new LockerDB('export-image-record');
  const sha = await sha256Hex(jpeg);
  const saved = await saveCapture(
    db,
    {
      trigger: 'auto',
      page: { url: 'https://im.shop.test/chat', title: '客服', platform: 'generic:im.shop.test' },
      message: '[图片] 收款码',
      role: 'seller',
      image: { src: 'https://img.cdn.test/pay.jpg', sha256: sha, mime: 'image/jpeg', width: 300, height: 300, alt: '收款码', boxes: [{ x: 70, y: 70, width: 160, height: 160 }] },
      findings: [{ kind: 'payment_qr', severity: 'high', rule: 'wechat-pay', start: 0, end: PAYLOAD.length, text: PAYLOAD, value: PAYLOAD }],
      context: [],
      capturedAt: new Date(Date.UTC(2026, 10, 22, 9, 0)),
      browser: 'test',
      extensionVersion: '0.1.0',
    },
    { screenshot: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1])], { type: 'image/png' }), image: new Blob([jpeg], { type: 'image/jpeg' }) },
  );
  recordId = saved.recordId;
  zip = await streamToBytes((await buildBundleWithInfo(await loadBundleSource(openLockerForExport(db), saved.caseId))).stream);
});

afterAll(async () => {
  db.close();
  await db.delete();
});

describe('a record of an image finding', () => {
  it('keeps the image file under its own type with its hash, and the payload', async () => {
    const row = await db.records.get(recordId);
    const file = row!.content!.files.find((f) => f.role === 'image')!;
    expect(file).toMatchObject({ name: 'image.jpg', mime: 'image/jpeg', size: jpeg.byteLength, sha256: await sha256Hex(jpeg) });
    expect(row!.content!.image!.sha256).toBe(file.sha256);
    expect(row!.content!.findings[0]!.value).toBe(PAYLOAD);
    expect((await getFile(db, recordId, 'image.jpg'))?.size).toBe(jpeg.byteLength);
    expect((await verifyLocker(db, { files: true })).ok).toBe(true);
  });

  it('exports it: the bundle verifies and report.html shows the image and the payload', async () => {
    const v = await verifyBundle(zip);
    expect(v.problems).toEqual([]);
    const files = unzipSync(zip);
    const imagePath = Object.keys(files).find((p) => p.endsWith('/image.jpg'))!;
    expect(files[imagePath]).toEqual(new Uint8Array(jpeg));
    const report = new TextDecoder().decode(files['report.html']);
    expect(report).toContain(`src="${imagePath}"`);
    expect(report).toContain(PAYLOAD);
    expect(report).toContain('https://img.cdn.test/pay.jpg');
  });

  it('a changed byte in the image is caught', async () => {
    const all = unzipSync(zip);
    const path = Object.keys(all).find((p) => p.endsWith('/image.jpg'))!;
    const flipped = all[path]!.slice();
    flipped[200] = flipped[200]! ^ 0xff;
    all[path] = flipped;
    const bad = zipSync(Object.fromEntries(Object.entries(all).map(([k, v]) => [k, [v, { level: 0 }]])));
    const v = await verifyBundle(bad);
    expect(v.ok).toBe(false);
    expect(JSON.stringify(v.problems)).toContain('image.jpg');
  });
});
