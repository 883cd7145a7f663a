import { describe, expect, it } from 'vitest';
import { OcrBudget } from '@/lib/ocr/budget';

describe('OcrBudget: which image to read next', () => {
  it('reads one image at a time', () => {
    const b = new OcrBudget(10);
    b.offer({ key: 'a', role: 'chat' });
    b.offer({ key: 'b', role: 'chat' });
    expect(b.take(true)?.key).toBe('a');
    expect(b.busy).toBe(true);
    expect(b.take(true)).toBeUndefined();
    b.finish('a');
    expect(b.take(true)?.key).toBe('b');
  });

  it('puts chat images and images near a text finding first, in page order within a rank', () => {
    const b = new OcrBudget(10);
    b.offer({ key: 'product1', role: 'product' });
    b.offer({ key: 'other1', role: 'other' });
    b.offer({ key: 'near', role: 'product', nearFinding: true });
    b.offer({ key: 'chat1', role: 'chat' });
    b.offer({ key: 'chat2', role: 'chat' });
    b.offer({ key: 'chatNear', role: 'chat', nearFinding: true });
    const order: string[] = [];
    for (let c = b.take(true); c; c = b.take(true)) {
      order.push(c.key);
      b.finish(c.key);
    }
    expect(order).toEqual(['chatNear', 'chat1', 'chat2', 'near', 'product1', 'other1']);
  });

  it('leaves product-detail images until the page is idle', () => {
    const b = new OcrBudget(10);
    b.offer({ key: 'p', role: 'product' });
    expect(b.take(false)).toBeUndefined();
    expect(b.take(true)?.key).toBe('p');
  });

  it('promotes a waiting image when a text finding appears near it', () => {
    const b = new OcrBudget(10);
    b.offer({ key: 'p1', role: 'product' });
    b.offer({ key: 'p2', role: 'product' });
    expect(b.nearFinding('p2')).toBe(true);
    expect(b.nearFinding('p2')).toBe(false);
    expect(b.take(false)?.key).toBe('p2');
    b.finish('p2');
    expect(b.offer({ key: 'p1', role: 'chat' })).toBe('promoted');
    expect(b.take(false)?.key).toBe('p1');
  });

  it('reads each image once per page', () => {
    const b = new OcrBudget(10);
    expect(b.offer({ key: 'a', role: 'chat' })).toBe('queued');
    expect(b.offer({ key: 'a', role: 'chat' })).toBe('duplicate');
    b.finish(b.take(true)!.key);
    expect(b.offer({ key: 'a', role: 'chat' })).toBe('duplicate');
    b.reset();
    expect(b.offer({ key: 'a', role: 'chat' })).toBe('queued');
  });

  it('stops at the per-page cap; an urgent image displaces idle work in a full queue', () => {
    const b = new OcrBudget(3);
    expect(b.offer({ key: 'p1', role: 'product' })).toBe('queued');
    expect(b.offer({ key: 'p2', role: 'product' })).toBe('queued');
    expect(b.offer({ key: 'p3', role: 'product' })).toBe('queued');
    expect(b.offer({ key: 'p4', role: 'product' })).toBe('capped');
    expect(b.offer({ key: 'c1', role: 'chat' })).toBe('queued');
    expect(b.waiting).toBe(3);
    const read: string[] = [];
    for (let c = b.take(true); c; c = b.take(true)) {
      read.push(c.key);
      b.finish(c.key);
    }
    expect(read).toEqual(['c1', 'p1', 'p2']);
    expect(b.remaining).toBe(0);
    expect(b.offer({ key: 'c2', role: 'chat' })).toBe('capped');
  });

  it('does nothing when turned off, and drops what waited', () => {
    const b = new OcrBudget(10, false);
    expect(b.offer({ key: 'a', role: 'chat' })).toBe('off');
    b.setEnabled(true);
    b.offer({ key: 'a', role: 'chat' });
    b.setEnabled(false);
    expect(b.waiting).toBe(0);
    expect(b.take(true)).toBeUndefined();
  });
});
