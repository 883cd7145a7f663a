/** Quality gates on the shared corpora (CI has ../shared beside the repo). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, parseJsonl } from '../../../lib/detect/evaluate';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
function load(name: string) {
  const file = path.resolve(projectRoot, '../shared/corpus', name);
  if (!existsSync(file)) throw new Error(`corpus file missing: ${file} (expected ../shared/corpus beside the repo)`);
  return parseJsonl(readFileSync(file, 'utf8'));
}

describe('corpus', () => {
  it('dev.jsonl: precision ≥ 0.98 and recall ≥ 0.95', () => {
    const r = evaluate(load('dev.jsonl'));
    const why = `precision ${r.precision.toFixed(3)} recall ${r.recall.toFixed(3)}\nmisses: ${r.misses.map((m) => m.id).join(' ')}\nfalse alarms: ${r.falseAlarms.map((m) => m.id).join(' ')}`;
    console.log(`[dev] ${why.split('\n')[0]}`);
    expect(r.precision, why).toBeGreaterThanOrEqual(0.98);
    expect(r.recall, why).toBeGreaterThanOrEqual(0.95);
  });
  it('real_reviews.jsonl: false-alarm rate ≤ 0.5%', () => {
    const r = evaluate(load('real_reviews.jsonl'));
    console.log(`[real_reviews] false alarms ${r.falsePositives}/${r.negatives} = ${(r.falseAlarmRate * 100).toFixed(3)}%, recall ${r.recall.toFixed(3)}`);
    expect(r.falseAlarmRate, r.falseAlarms.map((m) => m.id).join(' ')).toBeLessThanOrEqual(0.005);
  }, 60_000);
});
