import type { FindingsReport, TabFinding } from '../messages';

/** Key that identifies "the same finding again": same kind and value in the same message. */
export function findingKey(kind: string, value: string, message: string): string {
  return `${kind}|${value.slice(0, 200)}|${message.length}:${message.slice(0, 300)}`;
}

/** How far back a content script may date its findings (a report waits at most a moment for a request to ride on). */
export const MAX_REPORT_AGE_MS = 10_000;

/**
 * Turn a content script's report into contract-2 entries. `at` is when it arrived; a unit found earlier
 * keeps its own time, never later than `at` nor more than MAX_REPORT_AGE_MS before it.
 */
export function toTabFindings(msg: FindingsReport, at: Date): TabFinding[] {
  const out: TabFinding[] = [];
  const now = at.getTime();
  for (const unit of msg.units) {
    const when = new Date(unit.at === undefined ? now : Math.min(now, Math.max(now - MAX_REPORT_AGE_MS, unit.at))).toISOString();
    for (const f of unit.findings) {
      out.push({
        kind: f.kind,
        severity: f.severity,
        rule: f.rule,
        text: f.text,
        value: f.value,
        message: unit.message,
        url: msg.page.url,
        at: when,
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
