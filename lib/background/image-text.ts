/**
 * Reading text in images for the content scripts: the OCR engine runs in the
 * offscreen document (`ocr.html`, Chromium), made when the first image needs
 * reading and let go by itself when idle. One recognition at a time for the
 * whole browser: each takes the better part of a second of a core.
 * Firefox has no offscreen documents: there reading text in images is off.
 */
import { browser } from 'wxt/browser';
import type { ImageTextReply } from '../messages';
import { OcrReplySchema } from '../ocr/messages';

interface OffscreenApi {
  hasDocument(): Promise<boolean>;
  createDocument(o: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

const MAX_FINDINGS = 50;

function offscreen(): OffscreenApi | undefined {
  return (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
}

export function canReadImageText(): boolean {
  return offscreen() !== undefined;
}

let creating: Promise<void> | null = null;

async function ensureDocument(api: OffscreenApi): Promise<void> {
  if (await api.hasDocument()) return;
  creating ??= api
    .createDocument({ url: 'ocr.html', reasons: ['WORKERS'], justification: 'Read contact details written into shop images, on this computer.' })
    .finally(() => {
      creating = null;
    });
  await creating;
}

let queue: Promise<unknown> = Promise.resolve();

export function readImageText(src: string): Promise<ImageTextReply> {
  const job = queue.then(async (): Promise<ImageTextReply> => {
    const api = offscreen();
    if (!api) throw new Error('reading text in images is not available in this browser');
    await ensureDocument(api);
    const reply = OcrReplySchema.parse(await browser.runtime.sendMessage({ type: 'ocr/recognize', src }));
    if (!reply.ok) throw new Error(reply.error);
    const { text, findings } = reply.result;
    return {
      text: text.slice(0, 200_000),
      findings: findings
        .filter((f) => f.end <= 200_000)
        .slice(0, MAX_FINDINGS)
        .map(({ box, reading: _r, line: _l, ...f }) => ({
          ...f,
          box: { x: Math.max(0, box.x0), y: Math.max(0, box.y0), width: Math.max(0, box.x1 - box.x0), height: Math.max(0, box.y1 - box.y0) },
        })),
    };
  });
  queue = job.catch(() => undefined);
  return job;
}
