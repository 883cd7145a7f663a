import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { tabFindings, tabIdOf, waitFor, type StoredFinding } from './harness';
import { extensionSession } from './session';

/** Each fixture at the host name its adapter answers to (every host resolves to the fixture server). */
const SITES: [fixture: string, host: string][] = [
  ['taobao', 'item.taobao.com'],
  ['jd', 'item.jd.com'],
  ['pinduoduo', 'mobile.yangkeduo.com'],
  ['douyin', 'live.douyin.com'],
  ['kuaishou', 'live.kuaishou.com'],
  ['xiaohongshu', 'www.xiaohongshu.com'],
  ['xianyu', 'www.goofish.com'],
  ['ebay', 'www.ebay.com'],
  ['etsy', 'www.etsy.com'],
  ['shopee', 'shopee.sg'],
  ['facebook', 'www.facebook.com'],
  // Pages no adapter has seen.
  ['generic-shop', 'shop.unseen-store.test'],
  ['generic-chat', 'chat.unseen-store.test'],
  ['thread-split', 'im.unseen-store.test'],
];

const squash = (s: string) => s.replace(/\s+/g, '');

interface Expectation {
  expect: string;
  text: string;
}

/** Wait until the page stops adding elements (live rooms append for a few seconds). */
async function settle(page: Page): Promise<void> {
  let last = -1;
  let stable = 0;
  for (let i = 0; i < 80 && stable < 6; i++) {
    const n = await page.evaluate(() => document.getElementsByTagName('*').length);
    stable = n === last ? stable + 1 : 0;
    last = n;
    await page.waitForTimeout(250);
  }
}

function belongs(f: StoredFinding, el: Expectation): boolean {
  const e = squash(el.text);
  const m = squash(f.message);
  return e.includes(squash(f.text)) && (e.includes(m) || m.includes(e));
}

describe('site adapters and the generic adapter on fixture pages', () => {
  const env = extensionSession();

  for (const [fixture, host] of SITES) {
    it(`${fixture}: every inducement flagged with its kind, nothing ordinary flagged`, async () => {
      const page = await env.launched.context.newPage();
      await page.goto(env.fixtures.url(host, `sites/${fixture}.html`));
      await settle(page);
      const tabId = await tabIdOf(env.launched, page);
      const expectations: Expectation[] = await page.evaluate(() =>
        [...document.querySelectorAll('[data-expect]')].map((el) => ({
          expect: el.getAttribute('data-expect') ?? '',
          text: (el as HTMLElement).innerText,
        })),
      );
      const wanted = expectations.filter((e) => e.expect !== 'none');
      assert.ok(wanted.length > 0, 'fixture has inducement');
      let findings: StoredFinding[] = [];
      await waitFor(async () => {
        findings = await tabFindings(env.launched, tabId);
        return wanted.every((w) =>
          w.expect.startsWith('thread:')
            ? findings.some((f) => f.kind === w.expect.slice(7) && squash(w.text).includes(squash(f.text)))
            : findings.some((f) => f.kind === w.expect && belongs(f, w)),
        );
      }, `${fixture} findings`, 8_000).catch(() => undefined);

      const missed = wanted.filter((w) =>
        w.expect.startsWith('thread:')
          ? !findings.some((f) => f.kind === w.expect.slice(7) && squash(w.text).includes(squash(f.text)))
          : !findings.some((f) => f.kind === w.expect && belongs(f, w)),
      );
      const quiet = expectations.filter((e) => e.expect === 'none');
      const falseAlarms = quiet.flatMap((q) => findings.filter((f) => belongs(f, q)).map((f) => `${f.kind} in «${q.text}»`));
      assert.deepEqual(
        missed.map((m) => `${m.expect}: ${m.text.slice(0, 80)}`),
        [],
        `missed on ${fixture}; findings: ${JSON.stringify(findings.map((f) => [f.kind, f.message.slice(0, 60)]))}`,
      );
      assert.deepEqual(falseAlarms, [], `false alarms on ${fixture}`);
      await page.close();
    });
  }

  it('a flood of 10,000 matching messages keeps the page responsive and absorbs the repeats', async () => {
    const page = await env.launched.context.newPage();
    await page.goto(env.fixtures.url('flood.unseen-store.test', 'sites/flood.html'));
    const tabId = await tabIdOf(env.launched, page);
    // Round trips to the page's main thread stay quick while the flood arrives.
    let worst = 0;
    for (let i = 0; i < 20; i++) {
      const t = Date.now();
      await page.evaluate(() => document.body.childElementCount);
      worst = Math.max(worst, Date.now() - t);
      if (await page.evaluate(() => document.body.hasAttribute('data-flood-done'))) break;
      await page.waitForTimeout(100);
    }
    await page.waitForSelector('body[data-flood-done]', { timeout: 60_000 });
    assert.ok(worst < 1_500, `main thread blocked for ${worst} ms`);
    await page.locator('opg-guard [data-testid="opg-warning"]').waitFor();
    assert.equal(await page.locator('opg-guard [data-testid="opg-warning"]').count(), 1);
    await page.locator('opg-guard [data-testid="opg-counter"]').waitFor();
    const findings = await tabFindings(env.launched, tabId);
    assert.ok(findings.length > 0 && findings.length <= 500, `stored ${findings.length}`);
    const t = Date.now();
    await page.evaluate(() => 1);
    assert.ok(Date.now() - t < 1_000);
    await page.close();
  });
});
