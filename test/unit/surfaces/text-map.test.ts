// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap, rangeFor, textOf } from '../../../lib/surfaces/text-map';

function el(html: string): Element {
  const d = document.createElement('div');
  d.innerHTML = html;
  document.body.replaceChildren(d);
  return d;
}

describe('buildTextMap', () => {
  it('collapses whitespace like rendering does and trims line ends', () => {
    const m = buildTextMap(el('\n   <span>加我</span>   <b>薇信</b>\n  abc_123   '));
    expect(m.text).toBe('加我 薇信 abc_123');
  });

  it('puts a line break at block edges and <br>, a space between cells', () => {
    const m = buildTextMap(el('<div>店小二</div><p>你加我<br>V</p>mm_1 <table><tr><td>颜色</td><td>红色</td></tr></table>'));
    expect(m.text).toBe('店小二\n你加我\nV\nmm_1\n颜色 红色');
  });

  it('skips scripts, styles, form fields, editors and our own UI', () => {
    const m = buildTextMap(
      el('a<script>x=1</script><style>.a{}</style><textarea>t</textarea><div contenteditable="true">typing</div><div data-opg-ui>warn</div>b'),
    );
    expect(m.text).toBe('a\nb');
  });

  it('keeps <pre> text as is', () => {
    expect(buildTextMap(el('<pre>a  b\nc</pre>')).text).toBe('a  b\nc');
  });

  it('maps every non-inserted character back to its text node', () => {
    const root = el('<span>加我 </span>\n <i>薇信</i><div>abc_123</div>');
    const m = buildTextMap(root);
    for (const p of m.pieces) {
      const fromMap = m.text.slice(p.start, p.start + p.length);
      const fromNode = p.node.data.slice(p.offset, p.offset + p.length).replace(/\s+/g, ' ');
      expect(fromMap).toBe(fromNode);
    }
  });

  it('stops at maxChars', () => {
    expect(buildTextMap(el('<p>abcdef</p><p>ghi</p>'), { maxChars: 4 }).text).toBe('abcd');
  });
});

describe('rangeFor', () => {
  it('maps offsets across text nodes', () => {
    const root = el('加我<b>薇</b>信 abc<i>_123</i>');
    const m = buildTextMap(root);
    expect(m.text).toBe('加我薇信 abc_123');
    const start = m.text.indexOf('abc');
    const r = rangeFor(m, start, start + 'abc_123'.length, document);
    expect(r.toString()).toBe('abc_123');
    const r2 = rangeFor(m, 1, 4, document);
    expect(r2.toString()).toBe('我薇信');
  });

  it('handles surrogate pairs (UTF-16 offsets, never half a character)', () => {
    const root = el('<span>😀加</span><span>我🅥🅧</span> mm_8866');
    const m = buildTextMap(root);
    expect(m.text).toBe('😀加我🅥🅧 mm_8866');
    const s = m.text.indexOf('🅥');
    expect(rangeFor(m, s, s + 4, document).toString()).toBe('🅥🅧');
    // An offset inside a pair widens to the whole character.
    expect(rangeFor(m, 1, 3, document).toString()).toBe('😀加');
    expect(rangeFor(m, s, s + 3, document).toString()).toBe('🅥🅧');
  });

  it('snaps offsets on inserted line breaks to the text', () => {
    const root = el('<p>你加我</p><p>V</p><p>mm_1</p>');
    const m = buildTextMap(root);
    expect(m.text).toBe('你加我\nV\nmm_1');
    const r = rangeFor(m, 3, 6, document); // "\nV\n"
    expect(r.toString()).toBe('V');
    expect(rangeFor(m, 0, m.text.length, document).toString()).toBe('你加我Vmm_1');
  });

  it('maps a collapsed whitespace run to its first character', () => {
    const root = el('加我\n\n   薇信');
    const m = buildTextMap(root);
    expect(m.text).toBe('加我 薇信');
    // The range spans the DOM characters between them, whole run included.
    expect(rangeFor(m, 1, 4, document).toString()).toBe('我\n\n   薇');
    expect(rangeFor(m, 2, 3, document).toString()).toBe('\n');
  });
});

describe('textOf', () => {
  it('reads an element of one text node as buildTextMap does, whitespace runs and ends included', () => {
    const samples = ['', ' ', '\n\t ', 'a', ' 加我  薇信\n abc_123 ', '\u00a0x\u3000 y\u00a0', 'a \f\r b', '  ', 'x ', ' x'];
    // every string of up to 4 characters from a mix of text and whitespace kinds
    const alphabet = ['a', '加', ' ', '\n', '\u00a0', '\t'];
    const grow = (s: string, n: number): void => {
      samples.push(s);
      if (n > 0) for (const c of alphabet) grow(s + c, n - 1);
    };
    grow('', 4);
    for (const text of samples) {
      const root = el('');
      root.append(document.createTextNode(text));
      expect(textOf(root), JSON.stringify(text)).toBe(buildTextMap(root).text);
    }
  });

  it('reads any other element through the text map', () => {
    const root = el('<span>加我 </span>\n <i>薇信</i><div>abc_123</div>');
    expect(textOf(root)).toBe(buildTextMap(root).text);
    expect(textOf(el('<pre> a  b </pre>'))).toBe(buildTextMap(el('<pre> a  b </pre>')).text);
  });
});
