import { z } from 'zod';

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
export const KindSchema = z.enum(KINDS);
export type Kind = z.infer<typeof KindSchema>;

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;
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

/** A finding, as design contract 1 prints it (plus the rule's explanation). */
export const FindingSchema = z.object({
  kind: KindSchema,
  severity: SeveritySchema,
  rule: z.string().min(1),
  /** UTF-16 offsets into the original text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The original slice the user saw. */
  text: z.string(),
  /** Canonical value: the WeChat ID, the phone digits, the card number… */
  value: z.string(),
});
export type Finding = z.infer<typeof FindingSchema>;
