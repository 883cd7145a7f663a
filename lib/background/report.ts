import type { MessageOf, TabFinding } from '../messages';

/** Key that identifies "the same finding again": same kind and value in the same message. */
export function findingKey(kind: string, value: string, message: string): string {
  return `${kind}|${value.slice(0, 200)}|${message.length}:${message.slice(0, 300)}`;
}

/** Turn a content script's report into contract-2 entries. */
export function toTabFindings(msg: MessageOf<'findings/report'>, at: Date): TabFinding[] {
  const out: TabFinding[] = [];
  for (const unit of msg.units) {
    for (const f of unit.findings) {
      out.push({
        kind: f.kind,
        severity: f.severity,
        rule: f.rule,
        text: f.text,
        value: f.value,
        message: unit.message,
        url: msg.page.url,
        at: at.toISOString(),
        key: findingKey(f.kind, f.value, unit.message),
        count: 1,
        ...(unit.hidden ? { hidden: true } : {}),
        ...(msg.page.platform ? { platform: msg.page.platform } : {}),
        ...(msg.page.seller ? { seller: msg.page.seller } : {}),
      });
    }
  }
  return out;
}
