// @vitest-environment happy-dom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { messageBody, readItem, readSimpleItem, type ItemReading } from '../../../lib/surfaces/generic';
import { findName } from '../../../lib/surfaces/roles';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The reading every item got before the one-pass reader: findName, then messageBody. */
function fullReading(item: Element): ItemReading {
  const found = findName(item);
  return { found, body: found ? messageBody(item, found.el, found.text) : item };
}

function expectSameReading(item: Element): boolean {
  const simple = readSimpleItem(item);
  if (!simple) return false;
  const full = fullReading(item);
  const where = item.outerHTML.slice(0, 200);
  expect(simple.body, where).toBe(full.body);
  expect(simple.found?.el, where).toBe(full.found?.el);
  expect(simple.found?.text, where).toBe(full.found?.text);
  expect(simple.found?.name, where).toBe(full.found?.name);
  return true;
}

function docOf(html: string): Document {
  const win = new Window({
    url: 'https://fixture.test/',
    settings: { enableJavaScriptEvaluation: false, disableCSSFileLoading: true, disableJavaScriptFileLoading: true },
  });
  win.document.write(html);
  return win.document as unknown as Document;
}

describe('readSimpleItem', () => {
  it('reads every item of the simple shape in every fixture page as findName and messageBody do', () => {
    let compared = 0;
    for (const file of htmlFiles(fixtures)) {
      const doc = docOf(readFileSync(file, 'utf8'));
      for (const el of doc.querySelectorAll('*')) if (expectSameReading(el)) compared++;
    }
    // Not vacuous: the fixtures' chats hold many items of this shape.
    expect(compared).toBeGreaterThan(50);
  });

  it.each([
    ['name and message', '<div><span>用户12：</span><span>这个有黑色吗</span></div>'],
    ['a time first', '<div><span>10:32</span><span>加我v看图</span></div>'],
    ['name, time and message', '<div><b>小美</b> <i>10:32</i> <p>在吗</p></div>'],
    ['name and two messages', '<div><b>小美</b><p>在吗</p><p>还有货吗</p></div>'],
    ['a name over 24 characters', `<div><span>${'很长的名字'.repeat(6)}：</span><span>你好</span></div>`],
    ['a name only', '<div><span>阿强：</span><span></span></div>'],
    ['an empty part first', '<div><span></span><span>阿强</span><span>上链接了</span></div>'],
    ['white space in parts', '<div>\n  <span>  阿 强 ：</span>\n  <span>  扣  1 </span>\n</div>'],
    ['a part of punctuation only', '<div><span>阿强</span><span>！！！</span><span>好</span></div>'],
    ['the same text twice', '<div><span>好的</span><span>好的</span></div>'],
    ['a name as long as the whole text', '<div><span>阿强</span><span> </span></div>'],
  ])('same reading as the full one: %s', (_what, html) => {
    document.body.innerHTML = html;
    expect(expectSameReading(document.body.firstElementChild!)).toBe(true);
  });

  it.each([
    ['text of the item itself', '<div>用户1：<span>在吗</span><span>x</span></div>'],
    ['a nested element', '<div><span>阿强</span><span><b>上</b>链接</span></div>'],
    ['a comment', '<div><span>阿强</span><!-- x --><span>扣1</span></div>'],
    ['a part of two text nodes', '<div><span>阿强</span><span>扣1</span></div>'],
    ['a skipped part', '<div><span>阿强</span><textarea>加我v</textarea></div>'],
    ['one part', '<div><span>阿强：在吗</span></div>'],
    ['five parts', '<div><i>a</i><i>b</i><i>c</i><i>d</i><i>e</i></div>'],
  ])('left to the full reading: %s', (what, html) => {
    document.body.innerHTML = html;
    const item = document.body.firstElementChild!;
    if (what === 'a part of two text nodes') item.lastElementChild!.append(document.createTextNode('0'));
    expect(readSimpleItem(item)).toBeUndefined();
    // …which readItem still reads.
    expect(readItem(item)).toEqual(fullReading(item));
  });
});
