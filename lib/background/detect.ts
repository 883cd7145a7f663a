/**
 * The detection engine as the content scripts reach it: in the background
 * worker, once per browser, instead of in every frame of every page.
 *
 * Why here: the engine is about 270 KB of script. As a content script it was
 * compiled again in each frame of each page load (V8 keeps no code cache for
 * content scripts), which was the extension's long task on busy pages, and its
 * rules ran cold (interpreted) in each page. Here it is compiled once per
 * worker start and stays warm for every tab; the page's main thread only
 * reads its DOM and posts text over the content script's port.
 */
import { canCompleteThread, detect, detectPayload, detectThread, explain, explainPayload, type Finding } from '../detect';
import type { Lang } from '../i18n';
import { threadTexts, type DetectPayloadsReply, type DetectUnitsReply, type MessageOf } from '../messages';

type Explanations = DetectUnitsReply['explanations'];

/** Every unit's own findings and, for a chat message that can complete one, what its thread window holds across messages. */
export function detectUnits(msg: MessageOf<'detect/units'>): DetectUnitsReply {
  const found: DetectUnitsReply['found'] = [];
  const rules = new Set<string>();
  msg.units.forEach((unit, i) => {
    const { findings, thread } = readUnit(unit.text, threadTexts(msg.units, i));
    if (findings.length === 0 && thread.length === 0) return;
    found.push({ unit: i, findings, thread });
    for (const f of findings) rules.add(f.rule);
    for (const f of thread) rules.add(f.rule);
  });
  return { found, explanations: explanationsOf(rules, msg.lang) };
}

function readUnit(text: string, window: string[] | undefined): Omit<DetectUnitsReply['found'][number], 'unit'> {
  const findings = detect(text).findings;
  // Only a fragment or a bare value can complete a split handle; the thread
  // pass for any other message would find what was found before.
  const thread = window && canCompleteThread(text, window[window.length - 2]) ? detectThread(window, { newest: true }).findings : [];
  return { findings, thread };
}

/** Codes read in an image, classified against the page's host (its own platform's codes are not inducement). */
export function detectPayloads(msg: MessageOf<'detect/payloads'>): DetectPayloadsReply {
  const results = msg.payloads.map((p) => detectPayload(p, { pageHost: msg.pageHost }).findings);
  return { results, explanations: explanationsOf(new Set(results.flat().map((f: Finding) => f.rule)), msg.lang) };
}

export function explainRules(msg: MessageOf<'detect/explain'>): { explanations: Explanations } {
  return { explanations: explanationsOf(new Set(msg.rules), msg.lang) };
}

function explanationsOf(rules: Iterable<string>, lang: Lang): Explanations {
  const out: Explanations = {};
  for (const rule of rules) out[rule] = explainPayload(rule, lang) ?? explain(rule, lang);
  return out;
}

let warming: Promise<void> | undefined;

/**
 * Build the engine's tables ahead of the first page's text: the scanner, each
 * rule's patterns, the phone and IBAN libraries. Each step is a task of its
 * own so a message that arrives meanwhile waits for one step, not all four.
 * Once per worker start.
 */
export function warmEngine(): Promise<void> {
  warming ??= (async () => {
    for (const text of [' ', 'a', '加我微信 abc_123 或 13800138000', 'WhatsApp +44 20 7946 0958']) {
      await new Promise((r) => setTimeout(r, 0));
      detect(text);
    }
  })();
  return warming;
}
