// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CardCounts, quotePieces, WARNING_CSS, WarningCard } from '@/components/warning/WarningCard';

describe('warning card', () => {
  it('marks every offending span and clips long context', () => {
    const msg = 'x'.repeat(300) + 'vx abc' + ' then card 6222' + 'y'.repeat(300);
    const a = msg.indexOf('vx abc');
    const b = msg.indexOf('6222');
    const pieces = quotePieces(msg, [[b, b + 4], [a, a + 6]]);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['vx abc', '6222']);
    expect(pieces[0]!.text.startsWith('…')).toBe(true);
    expect(pieces.at(-1)!.text.endsWith('…')).toBe(true);
  });

  it('shows page text as text, never as HTML', () => {
    const host = document.createElement('div');
    const hostile = '<img src=x onerror=alert(1)> 加我 vx abc_123';
    const start = hostile.indexOf('vx');
    render(
      <WarningCard
        lang="zh"
        finding={{ kind: 'wechat', severity: 'medium', text: 'vx abc_123', message: hostile, spans: [[start, start + 10]], hidden: false, explain: { asked: 'a', risk: 'r', instead: 'i' } }}
        counts={new CardCounts(3, 2)}
        capture="idle"
        onCapture={() => undefined}
        onDismiss={() => undefined}
        onNotInducement={() => undefined}
        onOpenLocker={() => undefined}
      />,
      host,
    );
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('[data-testid="opg-quote"]')!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(host.querySelector('mark')!.textContent).toBe('vx abc_123');
    expect(host.querySelector('[data-testid="opg-counter"]')!.textContent).toContain('2');
    expect(host.textContent).toContain('已出现 3 次');
  });

  it('sets text in one weight: a bold Chinese glyph would load another face of the CJK font in the first card\'s layout', () => {
    expect(WARNING_CSS).not.toMatch(/font-weight\s*:\s*(?:bold|bolder|[5-9]00)/);
    expect(WARNING_CSS).not.toMatch(/font\s*:[^;]*\b(?:bold|[5-9]00)\b/);
    // the heading is bold by default: its weight is set
    expect(WARNING_CSS).toMatch(/h2\s*\{[^}]*font-weight:\s*400/);
  });

  it('rebuilds the quote and explanation for a new finding only, and moves a counter without the rest of the card', async () => {
    const host = document.createElement('div');
    const f = { kind: 'wechat' as const, severity: 'high' as const, text: 'vx abc_123', message: '加我 vx abc_123', spans: [[3, 13]] as [number, number][], hidden: false, explain: { asked: 'a', risk: 'r', instead: 'i' } };
    const counts = new CardCounts();
    const show = (finding: typeof f, capture: 'idle' | 'saving' = 'idle') =>
      render(
        <WarningCard lang="en" finding={finding} counts={counts} capture={capture} onCapture={() => undefined} onDismiss={() => undefined} onNotInducement={() => undefined} onOpenLocker={() => undefined} />,
        host,
      );
    show(f);
    expect(host.textContent).not.toContain('seen');
    expect(host.querySelector('[data-testid="opg-counter"]')).toBeNull();
    // The same finding object: its body is kept as rendered (a card's finding is never changed in place).
    f.explain.asked = 'changed in place';
    show(f, 'saving');
    expect(host.querySelector('[data-testid="opg-capture"]')!.textContent).toBe('Saving…');
    expect(host.querySelector('dd')!.textContent).toBe('a');
    // The counters render on their own: no render of the card.
    counts.set(2, 1);
    await new Promise((r) => setTimeout(r, 0));
    expect(host.textContent).toContain('seen 2 times');
    expect(host.querySelector('[data-testid="opg-counter"]')!.textContent).toBe('1 more like this on this page');
    expect(host.querySelector('dd')!.textContent).toBe('a');
    show({ ...f, explain: { ...f.explain } });
    expect(host.querySelector('dd')!.textContent).toBe('changed in place');
    expect(host.textContent).toContain('seen 2 times');
  });
});
