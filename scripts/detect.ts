/**
 * Detector CLI (design contract 1):
 *   npm run --silent detect -- --jsonl FILE   (FILE "-" = standard input)
 * One output line per input line: {"id","flagged","severity","findings":[…]}.
 * A bad line prints an error for that id (or line number) on stderr; the run goes on.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { detectText } from '../lib/detect/evaluate';

function usage(): never {
  console.error('usage: npm run --silent detect -- --jsonl FILE|-');
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const i = args.indexOf('--jsonl');
  const file = i >= 0 ? args[i + 1] : undefined;
  if (file === undefined) usage();
  const input = file === '-' ? process.stdin : createReadStream(file);
  input.on('error', (e: Error) => {
    console.error(`cannot read ${file}: ${e.message}`);
    process.exitCode = 1;
  });
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let failed = 0;
  for await (const raw of rl) {
    n++;
    if (!raw.trim()) continue;
    let id: unknown = `line ${n}`;
    try {
      const o = JSON.parse(raw) as { id?: unknown; text?: unknown };
      if (o && typeof o === 'object' && 'id' in o) id = o.id;
      if (typeof o?.text !== 'string') throw new Error('"text" must be a string');
      const r = detectText(o.text);
      const findings = r.findings.map((f) => ({ kind: f.kind, severity: f.severity, start: f.start, end: f.end, text: f.text, value: f.value, rule: f.rule }));
      process.stdout.write(JSON.stringify({ id, flagged: r.flagged, severity: r.severity, findings }) + '\n');
    } catch (e) {
      failed++;
      console.error(JSON.stringify({ id, line: n, error: (e as Error).message }));
    }
  }
  if (failed > 0) console.error(`${failed} bad line(s) skipped`);
}

void main();
