/**
 * A stand-in locker for the export tests: signs a chain the way the locker
 * contract says (see lib/export/binding.ts).
 */
import type { SourceRecord } from '../../../lib/export/bundle';
import { canonicalJson, GENESIS, sha256Hex } from '../../../lib/export/binding';
import type { ExportLocker } from '../../../lib/export/source';
import { noisePng } from '../../support/noise';

function b64url(bytes: ArrayBuffer): string {
  return Buffer.from(bytes).toString('base64url');
}

export interface FakeCapture {
  caseId: string;
  message: string;
  author?: string;
  url?: string;
  seller?: string;
  platform?: string;
  at?: string;
  screenshot?: Uint8Array;
  pageText?: string;
}

interface Stored {
  seq: number;
  id: string;
  caseId: string;
  record: Record<string, unknown>;
  recordHash: string;
  blobs: Record<string, Blob>;
}

export class FakeLocker implements ExportLocker {
  entries: Record<string, unknown>[] = [];
  stored: Stored[] = [];
  cases = new Map<string, string>();
  private keys!: CryptoKeyPair;

  static async create(): Promise<FakeLocker> {
    const l = new FakeLocker();
    l.keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
    return l;
  }

  extensionVersion() {
    return '0.1.0';
  }
  async publicKeyJwk() {
    return crypto.subtle.exportKey('jwk', this.keys.publicKey);
  }
  async chain() {
    return this.entries.map((e) => ({ ...e }));
  }
  async caseName(caseId: string) {
    return this.cases.get(caseId);
  }

  private async append(body: Record<string, unknown>) {
    const last = this.entries[this.entries.length - 1];
    const seq = this.entries.length + 1;
    const full = { seq, prev: (last?.hash as string | undefined) ?? GENESIS, ...body };
    const hash = await sha256Hex(canonicalJson(full));
    const sig = b64url(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, this.keys.privateKey, new TextEncoder().encode(hash)));
    this.entries.push({ ...full, hash, sig });
    return seq;
  }

  async capture(c: FakeCapture): Promise<string> {
    if (!this.cases.has(c.caseId)) this.cases.set(c.caseId, `Case ${c.caseId}`);
    const id = `rec-${this.stored.length + 1}`;
    const blobs: Record<string, Blob> = {};
    const files: { role: string; name: string; sha256: string; size: number; mime: string }[] = [];
    if (c.screenshot) {
      blobs.screenshot = new Blob([c.screenshot as Uint8Array<ArrayBuffer>], { type: 'image/png' });
      files.push({ role: 'screenshot', name: 'screenshot.png', sha256: await sha256Hex(c.screenshot), size: c.screenshot.length, mime: 'image/png' });
    }
    const pt = new TextEncoder().encode(c.pageText ?? `page text of ${id}`);
    blobs.pageText = new Blob([pt], { type: 'text/plain' });
    files.push({ role: 'pageText', name: 'page-text.txt', sha256: await sha256Hex(pt), size: pt.length, mime: 'text/plain' });
    const wi = c.message.indexOf('mm_8866');
    const record = {
      id,
      capturedAt: c.at ?? new Date(Date.UTC(2024, 4, 1, 8, this.stored.length)).toISOString(),
      timeZone: 'Asia/Shanghai',
      page: { url: c.url ?? 'https://item.taobao.com/item.htm?id=1', title: '商品', platform: c.platform ?? 'taobao', seller: c.seller ?? '小美服饰' },
      message: c.message,
      author: c.author ?? '客服',
      role: 'seller',
      findings: wi >= 0 ? [{ kind: 'wechat', severity: 'medium', rule: 'wechat-id', start: wi, end: wi + 7, text: 'mm_8866', value: 'mm_8866' }] : [],
      context: [{ text: '在吗', author: '我', role: 'buyer' }],
      files,
    };
    const recordHash = await sha256Hex(canonicalJson(record));
    const seq = await this.append({ kind: 'record', recordId: id, recordHash, caseId: c.caseId, at: record.capturedAt });
    this.stored.push({ seq, id, caseId: c.caseId, record, recordHash, blobs });
    return id;
  }

  async delete(id: string) {
    const s = this.stored.find((x) => x.id === id)!;
    this.stored = this.stored.filter((x) => x.id !== id);
    await this.append({ kind: 'tombstone', recordId: id, caseId: s.caseId, at: new Date().toISOString() });
  }

  async caseRecords(caseId: string): Promise<SourceRecord[]> {
    return this.stored
      .filter((s) => s.caseId === caseId)
      .map((s) => {
        const r = s.record as { capturedAt: string; timeZone: string; page: { url: string; title: string; platform: string; seller: string }; message: string; author: string; role: string; findings: SourceRecord['view']['findings']; context: SourceRecord['view']['context']; files: { role: string; name: string; sha256: string; size: number; mime: string }[] };
        return {
          seq: s.seq,
          id: s.id,
          record: s.record,
          recordHash: s.recordHash,
          files: r.files.map((f) => ({ ...f, open: async () => s.blobs[f.role]! })),
          view: {
            capturedAt: r.capturedAt,
            timeZone: r.timeZone,
            url: r.page.url,
            title: r.page.title,
            platform: r.page.platform,
            seller: r.page.seller,
            message: r.message,
            author: r.author,
            role: r.role,
            findings: r.findings,
            context: r.context,
          },
        };
      });
  }
}

/** A fake PNG-ish payload of n bytes (content doesn't matter to the bundle). */
export const fakePng = noisePng;
