// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { quotePieces, WARNING_CSS, WarningCard } from '@/components/warning/WarningCard';

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
        repeats={3}
        others={2}
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
});
