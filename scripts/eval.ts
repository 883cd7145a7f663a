/** npm run eval [FILE] — precision, recall, per-kind recall, every miss and false alarm. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, parseJsonl } from '../lib/detect/evaluate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.resolve(process.argv[2] ?? path.resolve(root, '../shared/corpus/dev.jsonl'));
const r = evaluate(parseJsonl(readFileSync(file, 'utf8')));
const pct = (x: number): string => (x * 100).toFixed(1) + '%';
console.log(`file: ${file}`);
console.log(`messages ${r.total}  inducement ${r.positives}  benign ${r.negatives}`);
console.log(`precision ${pct(r.precision)}  recall ${pct(r.recall)}  false alarms ${r.falsePositives}/${r.negatives} (${(r.falseAlarmRate * 100).toFixed(2)}%)`);
console.log('per-kind recall (flagged with the labeled kind):');
for (const [k, v] of Object.entries(r.perKind).sort()) console.log(`  ${k.padEnd(22)} ${pct(v.recall).padStart(7)}  (${v.withKind}/${v.total}, flagged ${v.flagged})`);
console.log(`\nmisses (${r.misses.length}):`);
for (const m of r.misses) console.log(`  ${m.id} [${m.kind}] ${m.text.replace(/\n/g, ' ⏎ ').slice(0, 160)}`);
const wrongKind = Object.keys(r.perKind).length ? parseJsonl(readFileSync(file, 'utf8')) : [];
void wrongKind;
console.log(`\nfalse alarms (${r.falseAlarms.length}):`);
for (const m of r.falseAlarms) console.log(`  ${m.id} {${m.kinds.join(',')}} ${m.text.replace(/\n/g, ' ⏎ ').slice(0, 200)}`);
