// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_OVERLAY_RANGES, OverlayMarks } from '../../../lib/content/overlay-marks';

function rangeWithRects(doc: Document, node: Text, rects: Array<{ left: number; top: number; width: number; height: number }>): Range {
  const r = doc.createRange();
  r.setStart(node, 0);
  r.setEnd(node, node.data.length);
  // happy-dom has no layout: give the range the boxes a browser would.
  r.getClientRects = () => rects as unknown as DOMRectList;
  return r;
}

describe('overlay marks (no CSS Custom Highlight API)', () => {
  it('draws one box per client rect in its own shadow layer, outside the page elements', () => {
    document.body.innerHTML = '<div id="chat"><p id="m">加我微信 abc_123</p></div>';
    const text = document.getElementById('m')!.firstChild as Text;
    const marks = new OverlayMarks(document, true);
    marks.add(rangeWithRects(document, text, [{ left: 10, top: 20, width: 80, height: 16 }, { left: 10, top: 40, width: 30, height: 16 }]));
    marks.draw();
    const host = document.querySelector('opg-marks')!;
    expect(host.hasAttribute('data-opg-ui')).toBe(true);
    const boxes = [...host.shadowRoot!.querySelectorAll('.mark')] as HTMLElement[];
    expect(boxes.map((b) => [b.style.left, b.style.top, b.style.width])).toEqual([['10px', '20px', '80px'], ['10px', '40px', '30px']]);
    // the page's own element is untouched
    expect(document.getElementById('m')!.outerHTML).toBe('<p id="m">加我微信 abc_123</p>');
  });

  it('drops boxes whose text left the page, and is capped', () => {
    document.body.innerHTML = '<p id="a">one</p><p id="b">two</p>';
    const marks = new OverlayMarks(document, true);
    const a = document.getElementById('a')!;
    marks.add(rangeWithRects(document, a.firstChild as Text, [{ left: 1, top: 1, width: 5, height: 5 }]));
    marks.add(rangeWithRects(document, document.getElementById('b')!.firstChild as Text, [{ left: 1, top: 9, width: 5, height: 5 }]));
    a.remove();
    marks.draw();
    expect(marks.size).toBe(1);
    expect(document.querySelector('opg-marks')!.shadowRoot!.querySelectorAll('.mark').length).toBe(1);
    let added = 0;
    const t = document.getElementById('b')!.firstChild as Text;
    for (let i = 0; i < MAX_OVERLAY_RANGES + 50; i++) if (marks.add(rangeWithRects(document, t, []))) added++;
    expect(marks.size).toBe(MAX_OVERLAY_RANGES);
    expect(added).toBe(MAX_OVERLAY_RANGES - 1);
  });
});
