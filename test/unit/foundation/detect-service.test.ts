import { describe, expect, it } from 'vitest';
import { detectPayloads, detectUnits, explainRules } from '../../../lib/background/detect';
import { detect, explain } from '../../../lib/detect';
import { DetectPayloadsReplySchema, DetectUnitsReplySchema, parseMessage, type MessageOf } from '../../../lib/messages';

const unitsMsg = (units: MessageOf<'detect/units'>['units'], lang: 'zh' | 'en' = 'zh'): MessageOf<'detect/units'> => ({ type: 'detect/units', lang, units });

describe('the background detection service', () => {
  it('answers only for the units that hold findings, by their index, with the same findings as the engine', () => {
    const texts = ['主播今天好美', '加我微信 shop_8866 私聊便宜', '扣1上链接'];
    const reply = DetectUnitsReplySchema.parse(detectUnits(unitsMsg(texts.map((text) => ({ text })))));
    expect(reply.found.map((f) => f.unit)).toEqual([1]);
    expect(reply.found[0]!.findings).toEqual(detect(texts[1]!).findings);
    expect(reply.found[0]!.thread).toEqual([]);
    const rule = reply.found[0]!.findings[0]!.rule;
    expect(reply.explanations[rule]).toEqual(explain(rule, 'zh'));
  });

  it('reads a chat message with its window when it can complete a handle split over messages', () => {
    const window = ['你加我', 'V', 'mm_8866'];
    const reply = detectUnits(unitsMsg([{ text: 'mm_8866', thread: window }], 'en'));
    expect(reply.found).toHaveLength(1);
    const thread = reply.found[0]!.thread;
    expect(thread.some((f) => f.kind === 'wechat' && f.value.toLowerCase() === 'mm_8866')).toBe(true);
    for (const f of thread) expect(window[f.message]!.slice(f.start, f.end)).toBe(f.text);
    expect(reply.explanations[thread[0]!.rule]!.asked).toMatch(/[a-z]/i);
  });

  it('reads a window that names units of the request by index as the window of their texts', () => {
    const texts = ['你加我', 'V', 'mm_8866'];
    const byIndex = detectUnits(unitsMsg([{ text: texts[0]! }, { text: texts[1]!, thread: [0, 1] }, { text: texts[2]!, thread: [0, 'V', 2] }], 'en'));
    const byText = detectUnits(unitsMsg([{ text: texts[0]! }, { text: texts[1]!, thread: texts.slice(0, 2) }, { text: texts[2]!, thread: texts }], 'en'));
    expect(byIndex).toEqual(byText);
    expect(byIndex.found.find((f) => f.unit === 2)!.thread.some((f) => f.value.toLowerCase() === 'mm_8866')).toBe(true);
  });

  it('does not read the window of a message that cannot complete one', () => {
    const reply = detectUnits(unitsMsg([{ text: '这件衣服质量很好，物流也快', thread: ['你加我', 'V', '这件衣服质量很好，物流也快'] }]));
    expect(reply.found).toEqual([]);
  });

  it('classifies codes against the page host', () => {
    const reply = DetectPayloadsReplySchema.parse(
      detectPayloads({ type: 'detect/payloads', lang: 'en', pageHost: 'shop.example.com', payloads: ['wxp://f2f0AbCdEfGhIjKlMnOp', 'https://shop.example.com/item/1'] }),
    );
    expect(reply.results).toHaveLength(2);
    expect(reply.results[0]!.length).toBeGreaterThan(0);
    expect(reply.results[1]).toEqual([]);
    expect(Object.keys(reply.explanations)).toEqual([reply.results[0]![0]!.rule]);
  });

  it('explains unknown rules with the generic text', () => {
    const { explanations } = explainRules({ type: 'detect/explain', lang: 'zh', rules: ['no-such-rule'] });
    expect(explanations['no-such-rule']).toEqual(explain('no-such-rule', 'zh'));
  });

  it('refuses malformed requests at the protocol', () => {
    expect(parseMessage(unitsMsg([])).ok).toBe(false);
    expect(parseMessage(unitsMsg(Array.from({ length: 101 }, () => ({ text: 'a' })))).ok).toBe(false);
    expect(parseMessage(unitsMsg([{ text: 'a', thread: ['a'] }])).ok).toBe(false);
    expect(parseMessage({ type: 'detect/units', lang: 'fr', units: [{ text: 'a' }] }).ok).toBe(false);
    expect(parseMessage(unitsMsg([{ text: 'a', thread: ['x', 'a'] }])).ok).toBe(true);
    // a window names this unit or an earlier one, never a later one, a missing one or a fraction
    expect(parseMessage(unitsMsg([{ text: 'x' }, { text: 'a', thread: [0, 1] }])).ok).toBe(true);
    expect(parseMessage(unitsMsg([{ text: 'a', thread: ['x', 1] }, { text: 'b' }])).ok).toBe(false);
    expect(parseMessage(unitsMsg([{ text: 'a', thread: ['x', 5] }])).ok).toBe(false);
    expect(parseMessage(unitsMsg([{ text: 'a', thread: ['x', 0.5] }])).ok).toBe(false);
    expect(parseMessage(unitsMsg([{ text: 'a', thread: ['x', -1] }])).ok).toBe(false);
  });
});
