/** The detector CLI (design contract 1) reads text lines as before and QR payload lines beside them. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

function run(lines: object[]): { out: Record<string, unknown>[]; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/detect.ts', '--jsonl', '-'], {
    cwd: root,
    input: lines.map((l) => JSON.stringify(l)).join('\n') + '\n',
    encoding: 'utf8',
  });
  return { out: r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), err: r.stderr };
}

describe('detect CLI', () => {
  it('classifies text lines and QR payload lines in one run', () => {
    const { out, err } = run([
      { id: 't', text: '加我微信 mm_8866' },
      { id: 'pay', qr: 'wxp://f2f0abcdef123' },
      { id: 'own', qr: 'https://item.taobao.com/item.htm?id=1', pageHost: 'shop1.taobao.com' },
      { id: 'ext', qr: 'https://my-shop.cn/x', url: 'https://item.taobao.com/item.htm?id=2' },
      { id: 'bad', qr: 5 },
    ]);
    expect(out.map((o) => [o.id, o.flagged, o.severity])).toEqual([
      ['t', true, 'medium'],
      ['pay', true, 'high'],
      ['own', false, 'none'],
      ['ext', true, 'medium'],
    ]);
    expect(out[1]!.findings).toEqual([
      { kind: 'payment_qr', severity: 'high', start: 0, end: 19, text: 'wxp://f2f0abcdef123', value: 'wxp://f2f0abcdef123', rule: 'wechat-pay' },
    ]);
    expect(Object.keys(out[0]!)).toEqual(['id', 'flagged', 'severity', 'findings']);
    expect(JSON.parse(err.split('\n')[0]!)).toEqual({ id: 'bad', line: 5, error: '"qr" must be a string' });
  });
});
