// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { createScanner } from '../../../lib/content/scanner';
import { createGenericAdapter } from '../../../lib/surfaces/generic';
import type { ScanUnit } from '../../../lib/surfaces/types';

describe('scanner and same-origin frames', () => {
  it('scans reachable frames at start and ones added later, and observes them', async () => {
    const win = new Window({ url: 'https://shop.example/' });
    const doc = win.document as unknown as Document;
    doc.body.innerHTML = '<p>主页面</p><iframe srcdoc="<div role=&quot;log&quot;><div>框架里的消息一</div><div>框架里的消息二</div></div>"></iframe>';
    await win.happyDOM.waitUntilComplete();
    const got: ScanUnit[] = [];
    const s = createScanner({ adapter: createGenericAdapter(), doc, process: (u) => got.push(...u), schedule: (cb) => cb() });
    s.start();
    expect(got.map((u) => u.text)).toEqual(['主页面', '框架里的消息一', '框架里的消息二']);

    // A message arriving inside the frame.
    const fdoc = (doc.querySelector('iframe') as HTMLIFrameElement).contentDocument!;
    const m = fdoc.createElement('div');
    m.textContent = '加我薇信 frame_01';
    fdoc.querySelector('[role=log]')!.append(m);
    s.flush();
    expect(got[got.length - 1]!.text).toBe('加我薇信 frame_01');

    // A frame added later, loaded after it was inserted.
    const f2 = doc.createElement('iframe');
    f2.setAttribute('srcdoc', '<p>后来的框架 加我V</p>');
    doc.body.append(f2);
    s.flush();
    await win.happyDOM.waitUntilComplete();
    s.flush();
    expect(got.map((u) => u.text)).toContain('后来的框架 加我V');

    // observeFrames: false leaves frames alone.
    const got2: string[] = [];
    const s2 = createScanner({ adapter: createGenericAdapter(), doc, process: (u) => got2.push(...u.map((x) => x.text)), schedule: (cb) => cb(), observeFrames: false });
    s2.start();
    expect(got2).toEqual(['主页面']);
    s.stop();
    s2.stop();
    await win.happyDOM.close();
  });
});
