/**
 * Inducement spread over consecutive chat messages, as split.mts makes it from the corpora's single messages that
 * name a contact: the ask ends one message and the contact opens the next ("有意者請加微信號" / "ayu_tw77 詳談"), or
 * the contact is typed in two goes ("abby" / "_tw520 加一下"). detectThread must still find the contact's kind.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectThread } from '../../../lib/detect/index';
import { splitCases } from './thread-split-cases';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function kept(mode: 'two' | 'three'): { rate: number; lost: string[] } {
  const cases = splitCases(root, mode);
  const lost = cases.filter((c) => !detectThread(c.thread).findings.some((f) => f.kind === c.kind)).map((c) => `${c.id} ${JSON.stringify(c.thread)}`);
  expect(cases.length).toBeGreaterThan(300);
  return { rate: 1 - lost.length / cases.length, lost };
}

describe('inducement split over messages', () => {
  it('the ask in one message, the contact opening the next: at least 98 % still found', () => {
    const { rate, lost } = kept('two');
    expect(rate, lost.slice(0, 10).join('\n')).toBeGreaterThanOrEqual(0.98);
  });
  it('the contact itself typed in two goes as well: at least 97 % still found', () => {
    const { rate, lost } = kept('three');
    expect(rate, lost.slice(0, 10).join('\n')).toBeGreaterThanOrEqual(0.97);
  });
});
