/**
 * Recognised text → findings that point into the image. Pure: runs the
 * detector over each reading's lines as a thread (so "加我微信" on one line and
 * the ID on the next, as posters print them, is still one finding), maps each
 * finding's offsets back to the boxes of the words it covers, and keeps the
 * union over readings.
 */
import { detectThread } from '../detect/index';
import { type Finding, type MessageSeverity, worstSeverity } from '../detect/kinds';
import { readingText } from './line-text';
import { type Box, type OcrResult, unionBox } from './types';

/** Between two readings in ImageTextResult.text. */
export const READING_SEPARATOR = '\n\n';

export interface ImageTextFinding extends Finding {
  /** `start`/`end` are offsets into ImageTextResult.text. */
  reading: number;
  /** The line of that reading the finding is on. */
  line: number;
  /** Where the finding's words are in the image, in image pixels. */
  box: Box;
}

export interface ImageTextResult {
  flagged: boolean;
  severity: MessageSeverity;
  /** The recognised text: each reading's lines joined with "\n", readings with a blank line. */
  text: string;
  findings: ImageTextFinding[];
  width: number;
  height: number;
}

export function findingsInImage(result: OcrResult): ImageTextResult {
  const findings: ImageTextFinding[] = [];
  const seen = new Set<string>();
  const texts: string[] = [];
  let base = 0;
  result.readings.forEach((reading, r) => {
    const it = readingText(reading);
    const thread = detectThread(it.lines.map((l) => l.text));
    for (const f of thread.findings) {
      // The same handle read twice is one finding; the first reading's box stands.
      const key = `${f.kind}\u0000${f.value || f.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const lineNo = f.message;
      const line = it.lines[lineNo]!;
      const ocrLine = reading.lines[lineNo]!;
      const boxes = line.spans.flatMap(([s, e], i) => (s < f.end && e > f.start ? [ocrLine.words[i]!.box] : []));
      const start = base + it.lineStarts[lineNo]! + f.start;
      findings.push({
        kind: f.kind,
        severity: f.severity,
        rule: f.rule,
        start,
        end: start + (f.end - f.start),
        text: f.text,
        value: f.value,
        reading: r,
        line: lineNo,
        box: unionBox(boxes) ?? ocrLine.box,
      });
    }
    texts.push(it.text);
    base += it.text.length + READING_SEPARATOR.length;
  });
  return {
    flagged: findings.length > 0,
    severity: worstSeverity(findings),
    text: texts.join(READING_SEPARATOR),
    findings,
    width: result.width,
    height: result.height,
  };
}
