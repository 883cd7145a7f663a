/**
 * Detector CLI (design contract 1):
 *   npm run --silent detect -- --jsonl FILE   (FILE "-" = standard input)
 * One output line per input line: {"id","flagged","severity","findings":[…]}.
 * A line may carry a decoded QR payload instead of text: {"id","qr":"wxp://…","pageHost"?:"item.taobao.com"}
 * (or "url" of the page); it is classified by the payload rules, offsets into the payload.
 * A bad line prints an error for that id (or line number) on stderr; the run goes on.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { detectText } from '../lib/detect/evaluate';
import { detectPayload } from '../lib/detect/index';

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
      const o = JSON.parse(raw) as { id?: unknown; text?: unknown; qr?: unknown; pageHost?: unknown; url?: unknown };
      if (o && typeof o === 'object' && 'id' in o) id = o.id;
      const r = typeof o?.qr === 'string' && o.text === undefined ? detectPayload(o.qr, { pageHost: pageHostOf(o) }) : detectText(textOf(o));
      const findings = r.findings.map((f) => ({ kind: f.kind, severity: f.severity, start: f.start, end: f.end, text: f.text, value: f.value, rule: f.rule }));
      process.stdout.write(JSON.stringify({ id, flagged: r.flagged, severity: r.severity, findings }) + '\n');
    } catch (e) {
      failed++;
      console.error(JSON.stringify({ id, line: n, error: (e as Error).message }));
    }
  }
  if (failed > 0) console.error(`${failed} bad line(s) skipped`);
}

function textOf(o: { text?: unknown; qr?: unknown }): string {
  if (typeof o?.text !== 'string') throw new Error(o?.qr !== undefined ? '"qr" must be a string' : '"text" must be a string');
  return o.text;
}

function pageHostOf(o: { pageHost?: unknown; url?: unknown }): string | undefined {
  if (typeof o.pageHost === 'string' && o.pageHost) return o.pageHost;
  if (typeof o.url === 'string') {
    try {
      return new URL(o.url).hostname;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

void main();
