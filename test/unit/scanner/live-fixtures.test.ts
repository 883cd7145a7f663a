// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../lib/content/scanner';
import { pickAdapter } from '../../../lib/surfaces/index';
import type { ScanUnit } from '../../../lib/surfaces/types';
import { loadFixture } from '../surfaces/load-fixture';

/** Run a fixture's own scripts with the scanner on its default (timer) schedule. */
async function run(name: string, url: string) {
  const { doc, win } = loadFixture(name, url, { scripts: true });
  const got: ScanUnit[] = [];
  let longest = 0;
  const scanner = createScanner({
    adapter: pickAdapter(new URL(url)),
    doc,
    process: (units) => got.push(...units),
    // The default schedule, timed: how long does one slice block the page?
    schedule: (cb) =>
      win.setTimeout(() => {
        const t = performance.now();
        cb();
        longest = Math.max(longest, performance.now() - t);
      }, 0),
  });
  scanner.start();
  await win.happyDOM.waitUntilComplete();
  scanner.flush();
  return { doc, win, got, scanner, longest: () => longest };
}

describe('fixtures with live scripts', () => {
  it.each([
    ['douyin', 'https://live.douyin.com/731234567890', 6],
    ['kuaishou', 'https://live.kuaishou.com/u/3xqiangfactory', 5],
  ])('%s: the live room keeps appending; every new comment is scanned once', async (name, url, appended) => {
    const { doc, got, scanner, win } = await run(name, url);
    const marked = Array.from(doc.querySelectorAll('[data-expect]'));
    const staticCount = marked.length - appended;
    expect(staticCount).toBeGreaterThan(3);
    for (const el of marked) {
      const hits = got.filter((u) => u.el === el || el.contains(u.el) || u.el.contains(el));
      expect(hits.length, el.textContent ?? '').toBe(1);
      const role = el.getAttribute('data-expect-role');
      if (role) expect(hits[0]!.role).toBe(role);
    }
    expect(scanner.stats().queued).toBe(0);
    scanner.stop();
    await win.happyDOM.close();
  }, 20_000);

  it('flood.html: 10,000 messages, each scanned once, in short slices', async () => {
    const { doc, got, scanner, win, longest } = await run('flood', 'https://flood.example/');
    expect(doc.body.getAttribute('data-flood-done')).toBe('1');
    expect(doc.querySelectorAll('#log > .m').length).toBe(10_000);
    const texts = got.filter((u) => u.chat).map((u) => u.text);
    expect(texts.length).toBe(10_000);
    expect(new Set(texts).size).toBe(10_000);
    expect(scanner.stats()).toMatchObject({ units: 10_000, capped: false, queued: 0 });
    // Slices are 4 ms of work plus at most one step; a headless DOM (and its GC) is slow, so only
    // a loose bound here. The slicing itself is tested deterministically in scanner.test.ts.
    expect(longest()).toBeLessThan(1000);
    scanner.stop();
    await win.happyDOM.close();
  }, 60_000);
});
