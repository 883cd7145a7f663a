import { describe, expect, it } from 'vitest';
import { isBurst, placeCard } from '../../../lib/content/card-placement';

const vp = { width: 1280, height: 800 };
const card = { width: 340, height: 300 };
const box = (top: number, left = 100, h = 24, w = 400) => ({ top, left, bottom: top + h, right: left + w });

describe('placeCard', () => {
  it('puts the card below a calm message on screen, inside the viewport', () => {
    expect(placeCard(box(100), vp, card, { chat: false, burst: false })).toEqual({ mode: 'beside', top: 132, left: 100 });
    // near the right edge: pulled back in
    expect(placeCard(box(100, 1200, 24, 60), vp, card, { chat: false, burst: false })).toEqual({ mode: 'beside', top: 132, left: 1280 - 340 - 8 });
  });
  it('goes above when there is no room below', () => {
    expect(placeCard(box(700), vp, card, { chat: false, burst: false })).toEqual({ mode: 'beside', top: 700 - 8 - 300, left: 100 });
  });
  it('uses the corner for chats, bursts, off-screen messages, no anchor and no room', () => {
    expect(placeCard(box(100), vp, card, { chat: true, burst: false }).mode).toBe('corner');
    expect(placeCard(box(100), vp, card, { chat: false, burst: true }).mode).toBe('corner');
    expect(placeCard(box(-200), vp, card, { chat: false, burst: false }).mode).toBe('corner');
    expect(placeCard(box(900), vp, card, { chat: false, burst: false }).mode).toBe('corner');
    expect(placeCard(null, vp, card, { chat: false, burst: false }).mode).toBe('corner');
    expect(placeCard(box(200, 100, 400), { width: 1280, height: 600 }, card, { chat: false, burst: false }).mode).toBe('corner');
    expect(placeCard(box(100), { width: 320, height: 800 }, card, { chat: false, burst: false }).mode).toBe('corner');
  });
});

describe('isBurst', () => {
  it('is three findings within a few seconds', () => {
    expect(isBurst([0, 1000], 1500)).toBe(false);
    expect(isBurst([0, 1000, 1400], 1500)).toBe(true);
    expect(isBurst([0, 1000, 1400], 60_000)).toBe(false);
  });
});
