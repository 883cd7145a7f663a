/**
 * Turns OCR words back into the text a person reads. Engines split Chinese
 * into one "word" per character or phrase; joining those with spaces (as
 * Tesseract's plain text does) breaks keywords the detector looks for
 * (私下 转账), so words are glued where both sides are CJK and spaced
 * elsewhere. Each word keeps its span in the line, so a detector offset can
 * be traced back to word boxes.
 */
import type { OcrLine, OcrReading } from './types';

export interface LineText {
  text: string;
  /** [start, end) of each word of the line in `text`. */
  spans: [number, number][];
}

export interface ImageText {
  /** All lines, top to bottom, joined with "\n". */
  text: string;
  lines: LineText[];
  /** Offset of each line in `text`. */
  lineStarts: number[];
}

/** Han, kana, Hangul, CJK punctuation and full-width forms: scripts written without spaces. */
const UNSPACED = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

function unspaced(ch: string | undefined): boolean {
  return ch !== undefined && UNSPACED.test(ch);
}

export function lineText(line: OcrLine): LineText {
  let text = '';
  const spans: [number, number][] = [];
  for (const w of line.words) {
    const word = w.text.trim();
    if (text && word && !(unspaced(lastChar(text)) && unspaced(firstChar(word)))) text += ' ';
    const start = text.length;
    text += word;
    spans.push([start, text.length]);
  }
  return { text, spans };
}

export function readingText(reading: OcrReading): ImageText {
  const lines = reading.lines.map(lineText);
  const lineStarts: number[] = [];
  let off = 0;
  for (const l of lines) {
    lineStarts.push(off);
    off += l.text.length + 1;
  }
  return { text: lines.map((l) => l.text).join('\n'), lines, lineStarts };
}

function lastChar(s: string): string | undefined {
  return [...s.slice(-2)].pop();
}
function firstChar(s: string): string | undefined {
  return [...s.slice(0, 2)][0];
}
