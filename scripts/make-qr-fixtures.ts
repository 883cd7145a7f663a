/**
 * Writes the QR fixture images under test/fixtures/qr/ (committed; a unit
 * test checks they still decode to these payloads). Run again after
 * changing a payload: `node --import tsx scripts/make-qr-fixtures.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawQr, photo, toJpeg, toPng } from '../test/support/qr-images';

export const QR_FIXTURES = {
  /** A WeChat Pay code as a seller posts it in a chat. */
  'pay-code.png': 'wxp://f2f0OpgFixturePayCode0001',
  /** A product poster with a small WeChat contact code in its corner. */
  'poster.jpg': 'https://u.wechat.com/EOpgFixtureContact01',
  /** A poster whose code leads to the shop's own item page on the same platform. */
  'own-item.jpg': 'https://item.taobao.com/item.htm?id=650012345678',
} as const;

const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'qr');

export function makeQrFixtures(): void {
  const pay = drawQr(photo(360, 420, 11, 6), QR_FIXTURES['pay-code.png'], { x: 60, y: 80, size: 240 });
  writeFileSync(join(dir, 'pay-code.png'), toPng(pay));
  const poster = drawQr(photo(1000, 1000, 12, 6), QR_FIXTURES['poster.jpg'], { x: 830, y: 830, size: 150 });
  writeFileSync(join(dir, 'poster.jpg'), toJpeg(poster, 82));
  const own = drawQr(photo(800, 800, 13, 6), QR_FIXTURES['own-item.jpg'], { x: 600, y: 600, size: 170 });
  writeFileSync(join(dir, 'own-item.jpg'), toJpeg(own, 82));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) makeQrFixtures();
