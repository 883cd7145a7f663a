import { isBlock, isCell, isElement, isSkipped, isText, tagOf } from './dom';

/**
 * One run of the map's text that is a contiguous slice of one text node:
 * `text.slice(start, start + length) === node.data.slice(offset, offset + length)`
 * except that a collapsed whitespace run reads as one ' '.
 */
export interface TextPiece {
  node: Text;
  /** UTF-16 offset of the run in `TextMap.text`. */
  start: number;
  /** UTF-16 offset of the run in `node.data`. */
  offset: number;
  length: number;
}

export interface TextMap {
  text: string;
  pieces: TextPiece[];
}

export interface TextMapOptions {
  /** Stop after this many characters (the rest of the element is not read). */
  maxChars?: number;
}

const WS_RUN = /[ \t\n\r\f]+/g;

/**
 * The element's text as a reader sees it, with a map back to the text nodes.
 *
 * Whitespace collapses like HTML renders it (runs become one space, none at
 * the start or end of a line), block edges and <br> become '\n', table cells
 * a space, <pre> keeps its text as is. Scripts, styles, form fields, editors
 * and our own UI are left out. Every character except the inserted line
 * breaks maps to a character of a text node, so a finding's UTF-16 offsets
 * become a DOM Range with `rangeFor`.
 */
export function buildTextMap(el: Element, opts: TextMapOptions = {}): TextMap {
  const max = opts.maxChars ?? Infinity;
  const parts: string[] = [];
  const pieces: TextPiece[] = [];
  let len = 0;
  let lastChar = ''; // last emitted character ('' at start)
  let pendingSpace: { node: Text | null; offset: number } | null = null;
  let pre = 0;
  let full = false;

  const emit = (s: string, node: Text | null, offset: number): void => {
    if (full || s.length === 0) return;
    if (len + s.length > max) {
      s = s.slice(0, Math.max(0, max - len));
      full = true;
      if (s.length === 0) return;
    }
    if (node) {
      const last = pieces[pieces.length - 1];
      if (last && last.node === node && last.start + last.length === len && last.offset + last.length === offset) {
        last.length += s.length;
      } else {
        pieces.push({ node, start: len, offset, length: s.length });
      }
    }
    parts.push(s);
    len += s.length;
    lastChar = s[s.length - 1] ?? lastChar;
  };

  const flushSpace = (): void => {
    if (pendingSpace) {
      emit(' ', pendingSpace.node, pendingSpace.offset);
      pendingSpace = null;
    }
  };

  const lineBreak = (): void => {
    pendingSpace = null;
    if (len > 0 && lastChar !== '\n') emit('\n', null, 0);
  };

  const softBreak = (): void => {
    // A cell edge: a space (mapped to no node) unless a break or space is already there.
    if (len > 0 && lastChar !== '\n' && lastChar !== ' ' && !pendingSpace) {
      pendingSpace = { node: null, offset: 0 };
    }
  };

  const text = (node: Text): void => {
    const data = node.data;
    if (pre > 0) {
      if (data.length) {
        flushSpace();
        emit(data, node, 0);
      }
      return;
    }
    let i = 0;
    WS_RUN.lastIndex = 0;
    for (let m = WS_RUN.exec(data); m; m = WS_RUN.exec(data)) {
      if (m.index > i) {
        flushSpace();
        emit(data.slice(i, m.index), node, i);
      }
      if (len > 0 && lastChar !== '\n' && lastChar !== ' ' && !pendingSpace) {
        pendingSpace = { node, offset: m.index };
      }
      i = m.index + m[0].length;
      if (full) return;
    }
    if (i < data.length) {
      flushSpace();
      emit(data.slice(i), node, i);
    }
  };

  const walk = (parent: Node): void => {
    for (let c = parent.firstChild; c && !full; c = c.nextSibling) {
      if (isText(c)) {
        text(c);
      } else if (isElement(c)) {
        if (isSkipped(c)) {
          if (isBlock(c)) lineBreak(); // a skipped block still separates the text around it
          continue;
        }
        const tag = tagOf(c);
        if (tag === 'BR') {
          lineBreak();
          continue;
        }
        const block = isBlock(c);
        const cell = !block && isCell(c);
        if (block) lineBreak();
        else if (cell) softBreak();
        if (tag === 'PRE') pre++;
        walk(c);
        if (tag === 'PRE') pre--;
        if (block) lineBreak();
        else if (cell) softBreak();
      }
    }
  };
  walk(el);

  let out = parts.join('');
  // A trailing inserted '\n' belongs to no node: drop it.
  while (out.endsWith('\n') && (pieces.length === 0 || pieces[pieces.length - 1]!.start + pieces[pieces.length - 1]!.length < out.length)) {
    out = out.slice(0, -1);
  }
  return { text: out, pieces };
}

/**
 * `buildTextMap(el).text` without the map. Most scan units (a chat message's
 * body) are an element holding one text node: its text is that node's with
 * whitespace collapsed, read without walking or keeping pieces.
 */
export function textOf(el: Element): string {
  const only = el.firstChild;
  if (only !== null && only === el.lastChild && isText(only)) return collapseWhitespace(only.data);
  return buildTextMap(el).text;
}

/** One text node's text as buildTextMap reads it: each whitespace run one space, none at either end. */
function collapseWhitespace(data: string): string {
  let s = data.replace(WS_RUN, ' ');
  if (s.charCodeAt(0) === 32) s = s.slice(1);
  if (s.charCodeAt(s.length - 1) === 32) s = s.slice(0, -1);
  return s;
}

/** Index of the piece containing position `pos`, or the first piece after it (pieces.length if none). */
function pieceAtOrAfter(pieces: readonly TextPiece[], pos: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    if (p.start + p.length <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * A DOM Range over `map.text.slice(start, end)` (UTF-16 offsets), spanning as
 * many text nodes as needed. Offsets inside a surrogate pair widen to the whole
 * character; offsets on an inserted line break snap to the nearest text.
 */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document): Range {
  const range = doc.createRange();
  const { pieces, text } = map;
  if (pieces.length === 0) return range;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  if (start > 0 && start < text.length && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start--;
  if (end > 0 && end < text.length && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))) end++;

  // Start: the piece holding `start`, else the next one's beginning.
  let si = pieceAtOrAfter(pieces, start);
  if (si >= pieces.length) si = pieces.length - 1;
  const sp = pieces[si]!;
  const sOff = sp.offset + Math.max(0, Math.min(sp.length, start - sp.start));

  // End: the piece holding the last character (end - 1), else the previous one's end.
  let ep: TextPiece;
  let eOff: number;
  if (end === start) {
    ep = sp;
    eOff = sOff;
  } else {
    let ei = pieceAtOrAfter(pieces, end - 1);
    if (ei >= pieces.length || pieces[ei]!.start > end - 1) ei = Math.max(si, ei - 1);
    if (ei < si) ei = si;
    ep = pieces[ei]!;
    eOff = ep.offset + Math.max(0, Math.min(ep.length, end - ep.start));
  }
  range.setStart(sp.node, sOff);
  range.setEnd(ep.node, eOff);
  return range;
}
