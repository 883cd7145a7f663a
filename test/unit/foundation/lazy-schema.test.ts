import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { lazySchema } from '../../../lib/lazy-schema';
import { DetectUnitsReplySchema, MessageSchema, parseMessage } from '../../../lib/messages';
import { FindingSchema } from '../../../lib/detect/types';

describe('lazySchema', () => {
  it('builds the schema on first use, once', () => {
    let built = 0;
    const S = lazySchema(() => {
      built++;
      return z.object({ n: z.int() });
    });
    expect(built).toBe(0);
    expect(S.parse({ n: 3 })).toEqual({ n: 3 });
    expect(S.safeParse({ n: 'x' }).success).toBe(false);
    expect(built).toBe(1);
  });

  it('composes like the schema itself: inside objects, unions and spreads of its shape', () => {
    const Inner = lazySchema(() => z.object({ type: z.literal('a'), v: z.string() }));
    const Other = lazySchema(() => z.object({ type: z.literal('b') }));
    const U = z.discriminatedUnion('type', [Inner, Other]);
    expect(U.parse({ type: 'a', v: 'x' })).toEqual({ type: 'a', v: 'x' });
    expect(U.safeParse({ type: 'c' }).success).toBe(false);
    const Wider = z.object({ ...Inner.shape, extra: z.optional(z.boolean()) });
    expect(Wider.parse({ type: 'a', v: 'y', extra: true })).toEqual({ type: 'a', v: 'y', extra: true });
    expect(Object.keys(Inner.shape)).toEqual(['type', 'v']);
  });

  it('keeps the protocol working through the lazy schemas', () => {
    const f = { kind: 'wechat', severity: 'high', rule: 'wechat-id', start: 0, end: 3, text: 'abc', value: 'abc' };
    expect(FindingSchema.parse(f)).toEqual(f);
    expect(DetectUnitsReplySchema.parse({ found: [{ unit: 0, findings: [f], thread: [] }], explanations: {} }).found).toHaveLength(1);
    expect(parseMessage({ type: 'detect/units', lang: 'zh', units: [{ text: 'x' }] }).ok).toBe(true);
    expect(MessageSchema.safeParse({ type: 'nope' }).success).toBe(false);
  });
});
