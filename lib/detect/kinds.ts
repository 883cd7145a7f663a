/**
 * Finding kinds, severities and the finding shape as plain TypeScript. The
 * engine imports only this file, so the content script's detector does not
 * load zod; the zod schemas for the same shapes are in ./types.
 */

/** Finding kinds, exactly those of shared/docs/taxonomy.md. */
export const KINDS = [
  'wechat',
  'qq',
  'phone',
  'email',
  'im_handle',
  'bank_account',
  'payment_account',
  'payment_qr',
  'off_platform_payment',
  'cashback_card',
  'contact_request',
  'external_channel',
] as const;
export type Kind = (typeof KINDS)[number];

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type MessageSeverity = Severity | 'none';

const SEVERITY_RANK: Record<MessageSeverity, number> = { none: 0, low: 1, medium: 2, high: 3 };

export function severityRank(s: MessageSeverity): number {
  return SEVERITY_RANK[s];
}

export function worstSeverity(list: readonly { severity: Severity }[]): MessageSeverity {
  let worst: MessageSeverity = 'none';
  for (const f of list) if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

/** A finding, as design contract 1 prints it. */
export interface Finding {
  kind: Kind;
  severity: Severity;
  rule: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** The original slice the user saw. */
  text: string;
  /** Canonical value: the WeChat ID, the phone digits, the card number… */
  value: string;
}
