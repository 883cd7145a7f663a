import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dismissKey, loadDismissed, rememberDismissed } from '@/lib/background/dismissals-store';
import { ContentHelloReplySchema, MAX_DISMISSED_PER_SITE, MessageSchema } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { fingerprint } from '@/lib/content/dismissals';

describe('"not inducement" fingerprints, kept by the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers per site, case-insensitively, newest last, without repeats', async () => {
    const a = fingerprint('wechat', 'wechat|mm_1', '加我微信 mm_1');
    const b = fingerprint('phone', 'phone|13800138000', '电话 13800138000');
    await rememberDismissed('Shop.Example', a);
    await rememberDismissed('shop.example', b);
    await rememberDismissed('shop.example', a);
    expect(await loadDismissed('shop.example')).toEqual([b, a]);
    expect(await loadDismissed('other.example')).toEqual([]);
  });

  it('keeps the newest MAX_DISMISSED_PER_SITE', async () => {
    const many = Array.from({ length: MAX_DISMISSED_PER_SITE }, (_, i) => i.toString(16).padStart(16, '0'));
    await fakeBrowser.storage.local.set({ [dismissKey('shop.example')]: many });
    await rememberDismissed('shop.example', 'ffffffffffffffff');
    const list = await loadDismissed('shop.example');
    expect(list).toHaveLength(MAX_DISMISSED_PER_SITE);
    expect(list[0]).toBe(many[1]);
    expect(list.at(-1)).toBe('ffffffffffffffff');
  });

  it('an unreadable stored list counts as empty and is replaced on the next dismissal', async () => {
    await fakeBrowser.storage.local.set({ [dismissKey('shop.example')]: { not: 'a list' } });
    expect(await loadDismissed('shop.example')).toEqual([]);
    await rememberDismissed('shop.example', 'aaaaaaaaaaaaaaaa');
    expect(await loadDismissed('shop.example')).toEqual(['aaaaaaaaaaaaaaaa']);
  });

  it('the hello reply and the dismissal message are validated', () => {
    const ok = { tabId: 3, frameId: 0, settings: DEFAULT_SETTINGS, dismissed: ['aaaaaaaaaaaaaaaa'] };
    expect(ContentHelloReplySchema.parse(ok)).toEqual(ok);
    expect(ContentHelloReplySchema.safeParse({ ...ok, settings: { enabled: 'yes' } }).success).toBe(false);
    expect(ContentHelloReplySchema.safeParse({ ...ok, dismissed: ['x'.repeat(65)] }).success).toBe(false);
    expect(MessageSchema.safeParse({ type: 'dismissals/add', fp: 'aaaaaaaaaaaaaaaa' }).success).toBe(true);
    expect(MessageSchema.safeParse({ type: 'dismissals/add', fp: '' }).success).toBe(false);
    // The site is the sender's: a message naming one is not the protocol.
    const named = MessageSchema.safeParse({ type: 'dismissals/add', fp: 'aaaaaaaaaaaaaaaa', host: 'bank.example' });
    expect(named.success && named.data).toEqual({ type: 'dismissals/add', fp: 'aaaaaaaaaaaaaaaa' });
  });
});
