import { describe, expect, it } from 'vitest';
import { ImageTextQueue } from '../../../lib/content/image-text';
import type { AnalysedImage } from '../../../lib/images/types';
import type { ImageTextReply } from '../../../lib/messages';

const img = (key: string): AnalysedImage =>
  ({ sha256: key.padEnd(64, '0'), mime: 'image/png', width: 800, height: 800, bytes: 1000, hits: [] }) as AnalysedImage;
const el = () => ({ isConnected: true }) as unknown as HTMLImageElement;
const tick = () => new Promise((r) => setTimeout(r, 0));

function harness() {
  const order: string[] = [];
  const pending: Array<(r: ImageTextReply) => void> = [];
  let running = 0;
  let most = 0;
  const idle: Array<() => void> = [];
  const found: string[] = [];
  const q = new ImageTextQueue({
    read: (src) => {
      order.push(src);
      running++;
      most = Math.max(most, running);
      return new Promise((resolve) => pending.push((r) => { running--; resolve(r); }));
    },
    found: (_el, src) => void found.push(src),
    whenIdle: (cb) => void idle.push(cb),
  });
  const answer = async (findings = 0) => {
    pending.shift()!({ text: 'x', findings: Array.from({ length: findings }, () => ({ kind: 'wechat', severity: 'medium', rule: 'wechat-id', start: 0, end: 1, text: 'x', value: 'x' })) });
    await tick();
    await tick();
  };
  return { q, order, answer, idle, found, most: () => most };
}

describe('ImageTextQueue', () => {
  it('reads one image at a time, chat images first, product images only when the page is idle', async () => {
    const h = harness();
    h.q.offer(el(), 'product-1', img('a'), 'product', false);
    expect(h.order).toEqual([]); // the page is busy: a product image waits for idle
    h.q.offer(el(), 'chat-1', img('b'), 'chat', false);
    h.q.offer(el(), 'chat-2', img('c'), 'chat', false);
    expect(h.order).toEqual(['chat-1']);
    await h.answer(1);
    expect(h.found).toEqual(['chat-1']);
    expect(h.order).toEqual(['chat-1', 'chat-2']);
    await h.answer(0);
    expect(h.order).toEqual(['chat-1', 'chat-2']);
    for (const cb of h.idle.splice(0)) cb();
    expect(h.order).toEqual(['chat-1', 'chat-2', 'product-1']);
    await h.answer(0);
    expect(h.most()).toBe(1);
    expect(h.found).toEqual(['chat-1']);
  });

  it('reads an image near a text finding without waiting for idle, and reads nothing when turned off', async () => {
    const h = harness();
    h.q.offer(el(), 'near', img('d'), 'product', true);
    expect(h.order).toEqual(['near']);
    await h.answer(0);
    h.q.setEnabled(false);
    h.q.offer(el(), 'chat', img('e'), 'chat', false);
    for (const cb of h.idle.splice(0)) cb();
    expect(h.order).toEqual(['near']);
  });

  it('the same image (same bytes) is read once per page', async () => {
    const h = harness();
    h.q.offer(el(), 'one', img('f'), 'chat', false);
    await h.answer(0);
    h.q.offer(el(), 'one-again', img('f'), 'chat', false);
    expect(h.order).toEqual(['one']);
  });
});
