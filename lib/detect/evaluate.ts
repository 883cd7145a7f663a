/** Corpus evaluation (pure): precision, recall, per-kind recall, misses and false alarms. */
import { detect, detectThread } from './engine';
import type { Finding } from './kinds';

export interface CorpusLine {
  id: string;
  text: string;
  label?: string;
  kind?: string;
}

export interface EvalCase {
  id: string;
  text: string;
  kind?: string;
  kinds: string[];
}

export interface EvalReport {
  total: number;
  positives: number;
  negatives: number;
  truePositives: number;
  falsePositives: number;
  precision: number;
  recall: number;
  falseAlarmRate: number;
  perKind: Record<string, { total: number; flagged: number; withKind: number; recall: number }>;
  misses: EvalCase[];
  falseAlarms: EvalCase[];
}

/** Detect one corpus text: a text with newlines is a thread of messages; offsets map back to the whole text. */
export function detectText(text: string): { flagged: boolean; severity: string; findings: Finding[] } {
  if (!text.includes('\n')) return detect(text);
  const lines = text.split('\n');
  const offsets: number[] = [];
  let off = 0;
  for (const l of lines) {
    offsets.push(off);
    off += l.length + 1;
  }
  const r = detectThread(lines);
  const findings: Finding[] = r.findings.map(({ message, ...f }) => ({
    ...f,
    start: f.start + offsets[message]!,
    end: f.end + offsets[message]!,
  }));
  // one thread finding split over several messages reads as one span in the whole text
  const merged: Finding[] = [];
  for (const f of findings) {
    const prev = merged[merged.length - 1];
    if (prev && prev.kind === f.kind && prev.rule === f.rule && prev.value === f.value && f.start - prev.end <= 8 && f.start >= prev.end) {
      prev.end = f.end;
      prev.text = text.slice(prev.start, prev.end);
    } else merged.push({ ...f });
  }
  merged.sort((a, b) => a.start - b.start);
  return { flagged: r.flagged, severity: r.severity, findings: merged };
}

export function evaluate(lines: readonly CorpusLine[]): EvalReport {
  let pos = 0;
  let neg = 0;
  let tp = 0;
  let fp = 0;
  const perKind: EvalReport['perKind'] = {};
  const misses: EvalCase[] = [];
  const falseAlarms: EvalCase[] = [];
  for (const line of lines) {
    const r = detectText(line.text);
    const kinds = [...new Set(r.findings.map((f) => f.kind))];
    const c: EvalCase = { id: line.id, text: line.text, kinds, ...(line.kind ? { kind: line.kind } : {}) };
    if (line.label === 'inducement') {
      pos++;
      const k = line.kind ?? 'unknown';
      const pk = (perKind[k] ??= { total: 0, flagged: 0, withKind: 0, recall: 0 });
      pk.total++;
      if (r.flagged) {
        tp++;
        pk.flagged++;
        if ((kinds as string[]).includes(k)) pk.withKind++;
      } else misses.push(c);
    } else {
      neg++;
      if (r.flagged) {
        fp++;
        falseAlarms.push(c);
      }
    }
  }
  for (const k of Object.keys(perKind)) {
    const pk = perKind[k]!;
    pk.recall = pk.total ? pk.withKind / pk.total : 0;
  }
  return {
    total: lines.length,
    positives: pos,
    negatives: neg,
    truePositives: tp,
    falsePositives: fp,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: pos === 0 ? 1 : tp / pos,
    falseAlarmRate: neg === 0 ? 0 : fp / neg,
    perKind,
    misses,
    falseAlarms,
  };
}

export function parseJsonl(content: string): CorpusLine[] {
  const out: CorpusLine[] = [];
  for (const raw of content.split('\n')) {
    if (!raw.trim()) continue;
    const o = JSON.parse(raw) as CorpusLine;
    out.push(o);
  }
  return out;
}
