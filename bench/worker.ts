/**
 * The background worker's side of page scanning: what reading a live room's
 * messages costs the worker's thread, now that detection runs there
 * (lib/background/detect.ts). A stream like the scan bench's live room:
 * 1,200 chat messages, 5 % inducement, each made unique; sent three per
 * request with the chat's last five messages as the thread window, through a
 * JSON round trip as the port carries them. Warm engine (a worker that has
 * read one page already); the cold start is `detect.startup`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { detectUnits, warmEngine } from '../lib/background/detect';
import { MessageSchema, type MessageOf } from '../lib/messages';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MESSAGES = 1_200;
const PER_REQUEST = 3;
const WINDOW = 5;

function stream(): string[] {
  const rows = readFileSync(path.resolve(root, '../shared/corpus/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; label: string; surface?: string });
  const chatty = rows.filter((r) => r.surface === 'chat' || r.surface === 'live');
  const benign = chatty.filter((r) => r.label === 'benign').map((r) => r.text);
  const bad = chatty.filter((r) => r.label === 'inducement').map((r) => r.text);
  return Array.from({ length: MESSAGES }, (_, i) => `${i % 20 === 7 ? bad[i % bad.length] : benign[i % benign.length]} #${i}`);
}

export async function run(): Promise<Array<Record<string, unknown>>> {
  await warmEngine();
  const texts = stream();
  const requests: MessageOf<'detect/units'>[] = [];
  for (let i = 0; i < texts.length; i += PER_REQUEST) {
    const units = texts.slice(i, i + PER_REQUEST).map((text, k) => {
      const at = i + k;
      const window = texts.slice(Math.max(0, at - WINDOW + 1), at + 1);
      return window.length > 1 ? { text, thread: window } : { text };
    });
    requests.push({ type: 'detect/units', lang: 'zh', units });
  }
  const perRequest: number[] = [];
  let found = 0;
  const t0 = performance.now();
  for (const req of requests) {
    const a = performance.now();
    // as the router does: parse what the port delivered, answer, serialise the answer
    const msg = MessageSchema.parse(JSON.parse(JSON.stringify(req))) as MessageOf<'detect/units'>;
    const reply = JSON.stringify(detectUnits(msg));
    perRequest.push(performance.now() - a);
    found += reply.length > 40 ? 1 : 0;
  }
  const total = performance.now() - t0;
  perRequest.sort((a, b) => a - b);
  return [
    {
      name: 'scan.worker_detect',
      value: Number(((total / MESSAGES) * 1000).toFixed(1)),
      unit: 'us',
      note: 'background worker time per live-room message (warm engine): parse, detect with thread window, serialise; not on the page thread',
      messages: MESSAGES,
      requests: requests.length,
      requests_with_findings: found,
      request_p50_ms: Number(perRequest[Math.floor(perRequest.length / 2)]!.toFixed(3)),
      request_p99_ms: Number(perRequest[Math.floor(perRequest.length * 0.99)]!.toFixed(3)),
    },
  ];
}
