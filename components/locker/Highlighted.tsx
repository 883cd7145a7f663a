import type { Finding } from '@/lib/detect/types';

/** The message with each finding's characters in <mark>, as text nodes only. */
export function Highlighted({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const spans = findings
    .filter((f) => f.start >= 0 && f.end <= text.length && f.start < f.end)
    .slice()
    .sort((a, b) => a.start - b.start);
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  for (const f of spans) {
    if (f.start < at) continue; // overlapping spans: the first one wins
    if (f.start > at) parts.push(text.slice(at, f.start));
    parts.push(
      <mark key={`${f.start}-${f.end}`} data-kind={f.kind}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
