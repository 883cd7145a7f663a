/**
 * Threads made from single-message inducement that names a contact: the message cut where the contact starts (the
 * ask in one message, the contact and the rest of the sentence in the next), and, in `three`, the contact itself
 * cut once more at its first separator (_ . - or a space), as someone typing it in two goes would.
 * Used by thread-split.test.ts (and by hand, to list what a thread loses).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { detect } from '../../../lib/detect/index';
import { HELD_OUT } from './held-out';

export interface SplitCase {
  id: string;
  kind: string;
  thread: string[];
}

const CONTACTS = new Set(['wechat', 'qq', 'phone', 'im_handle', 'email']);
/** Sets never tuned on (read only as a whole, for their figures) are left out. */
const UNSEEN = HELD_OUT;

export function corpusLines(root: string): { id: string; text: string; label: string; kind?: string }[] {
  const dir = path.join(root, 'test/corpus');
  const files = [path.join(root, '../shared/corpus/dev.jsonl')];
  for (const f of readdirSync(dir)) {
    const m = /^independent-(\d+)\.jsonl$/.exec(f);
    if (m && !UNSEEN.has(Number(m[1]))) files.push(path.join(dir, f));
  }
  return files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
}

const alnum = (c: string): string => c.normalize('NFKC').toLowerCase().replace(/[^a-z0-9]/g, '');
/** What may stand between the characters of a number or handle as written. */
const INSIDE = /^[\s\-.()+_/@＠．＿]$/u;

/**
 * Where the finding's value starts in the text: the first place, at a word's start, whose letters and digits begin
 * the value's. Values the text spells otherwise (number words, Chinese numerals) have none and are skipped.
 */
function valueStart(text: string, start: number, end: number, value: string): number {
  const key = alnum(value).slice(0, 4);
  if (key.length < 4) return -1;
  for (let p = start; p < end; p++) {
    if (p > 0 && alnum(text[p - 1]!) !== '' && alnum(text[p]!) !== '') continue;
    let got = '';
    for (let q = p; q < text.length && got.length < key.length; q++) {
      const a = alnum(text[q]!);
      if (a === '' && !INSIDE.test(text[q]!)) break;
      got += a;
    }
    if (got.startsWith(key) && alnum(text[p]!) !== '' || (got.startsWith(key) && /[(+]/.test(text[p]!))) return p;
  }
  return -1;
}

export function splitCases(root: string, mode: 'two' | 'three'): SplitCase[] {
  const out: SplitCase[] = [];
  for (const l of corpusLines(root)) {
    if (l.label !== 'inducement' || l.text.includes('\n') || !CONTACTS.has(l.kind ?? '')) continue;
    const f = detect(l.text).findings.find((x) => x.kind === l.kind && x.value && x.value.length >= 5);
    if (!f) continue;
    const vs = valueStart(l.text, f.start, f.end, f.value);
    const before = vs < 0 ? '' : l.text.slice(0, vs).trim();
    if (!before) continue;
    const rest = l.text.slice(vs).trim();
    if (mode === 'two') {
      out.push({ id: l.id, kind: l.kind!, thread: [before, rest] });
      continue;
    }
    // the value's extent: as many letters and digits as the value has, separators between them
    const want = alnum(f.value).length;
    let n = 0;
    let ve = 0;
    while (ve < rest.length && n < want) {
      const a = alnum(rest[ve]!);
      if (a === '' && !INSIDE.test(rest[ve]!)) break;
      n += a.length;
      ve++;
    }
    const cut = rest.slice(1, ve - 1).search(/[_.\- ]/);
    if (cut < 0) continue;
    out.push({ id: l.id, kind: l.kind!, thread: [before, rest.slice(0, cut + 1).trim(), rest.slice(cut + 1).trim()] });
  }
  return out;
}
