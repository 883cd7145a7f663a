import type { Explanation } from './rule';

/** What is said of a finding whose rule is unknown (or whose rule's own words could not be had). */
export const GENERIC_EXPLANATION: { readonly zh: Explanation; readonly en: Explanation } = {
  zh: { asked: '对方试图把交易引到平台外。', risk: '平台外交易没有担保，也无法7天无理由退货，平台难以介入。', instead: '留在平台内沟通和付款，并向平台举报。' },
  en: { asked: 'The seller tried to move the deal off the platform.', risk: 'Off-platform deals have no escrow or returns, and the platform cannot help.', instead: 'Keep chatting and paying on the platform, and report the seller.' },
};
