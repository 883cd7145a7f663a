/**
 * The one HTML escaper of the export. Every piece of text that came from a
 * page (a seller's message, a shop name, a URL, a title) goes through
 * `escapeHtml` before it touches markup: a message `<img src=x onerror=…>`
 * must show as those characters, never as an element. Attribute values are
 * always double-quoted, so escaping `"` and `'` too makes it safe there.
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  // Lone surrogates and C0 controls (except tab/newline) are dropped: they
  // cannot be shown and some viewers choke on them.
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c);
}

export interface Span {
  start: number;
  end: number;
}

/** Sort, clamp to the text and merge overlapping spans. */
export function mergeSpans(spans: readonly Span[], length: number): Span[] {
  const clean = spans
    .map((s) => ({ start: Math.max(0, Math.min(length, s.start)), end: Math.max(0, Math.min(length, s.end)) }))
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of clean) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/**
 * The message with each finding's characters wrapped in `<mark>`. Offsets are
 * UTF-16 (as the detector reports them); every segment, marked or not, is
 * escaped on its own so a span boundary never splits an entity.
 */
export function markSpans(text: string, spans: readonly Span[]): string {
  let html = '';
  let at = 0;
  for (const s of mergeSpans(spans, text.length)) {
    html += escapeHtml(text.slice(at, s.start));
    html += `<mark>${escapeHtml(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  }
  return html + escapeHtml(text.slice(at));
}

/** Only http(s) links become clickable; anything else (javascript:, data:) stays text. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
