/** File and folder names inside and of the bundle: safe characters only. */

/** Letters and digits of any script, `-` and `_`; everything else becomes `_`. */
export function safeSegment(text: string, max = 60): string {
  const s = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '_')
    .replace(/_+/g, '_')
    .replace(/^[_-]+|[_-]+$/g, '');
  // Cut by code points so a surrogate pair is never split.
  return [...s].slice(0, max).join('').replace(/[_-]+$/, '');
}

function ymd(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** `opg-evidence_<case>_<YYYY-MM-DD>.zip`, named after the case and the (local) date. */
export function bundleFileName(caseName: string, date: Date = new Date()): string {
  const name = safeSegment(caseName) || 'case';
  return `opg-evidence_${name}_${ymd(date)}.zip`;
}

/** `records/<seq padded>-<id>/`: sorts in chain order in any file manager. */
export function recordDir(seq: number, id: string): string {
  return `records/${String(seq).padStart(6, '0')}-${safeSegment(id, 80) || 'record'}/`;
}

/** A file name inside a record's folder. */
export function safeFileName(name: string, fallback: string): string {
  const dot = name.lastIndexOf('.');
  const base = safeSegment(dot > 0 ? name.slice(0, dot) : name, 80);
  const ext = dot > 0 ? safeSegment(name.slice(dot + 1), 10) : '';
  return (base || fallback) + (ext ? `.${ext}` : '');
}
