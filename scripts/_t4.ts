import { runInChromium } from '../bench/ocr/browser';
import { findingsInImage } from '../lib/ocr/findings';
import { loadOcrFixtures } from '../test/support/ocr-fixtures';
const fx = loadOcrFixtures();
const eng = (process.argv[2] ?? 'paddle') as 'paddle';
const n = Number(process.argv[3] ?? 48);
const runs = await runInChromium([eng], fx.slice(0, n).map(f => f.file));
for (const r of runs) {
  let hit = 0, fp = 0;
  r.images.forEach((im, i) => { const f = fx[i]!; const res = findingsInImage(im.result); const kinds = new Set(res.findings.map(x => x.kind));
    const ok = f.label==='inducement' ? kinds.has(f.kind!) : kinds.size===0; if (f.label==='inducement' && ok) hit++; if (f.label==='ordinary' && !ok) fp++;
    if (!ok) console.log('BAD', f.file, JSON.stringify(res.text.replace(/\n/g, ' | ')), [...kinds].join(',')); });
  const t = r.images.map(i => i.ms).sort((a,b)=>a-b);
  console.log(r.engine, { init: Math.round(r.initMs), hit, fp, p50: Math.round(t[Math.floor(t.length/2)]!), p95: Math.round(t[Math.floor(t.length*0.95)]!), addedMB: Math.round(r.addedBytes/1e6) });
}
