// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { WarningUi, type ShownFinding } from '../../../lib/content/warning-ui';

const actions = { capture: async () => {}, notInducement: () => {}, openLocker: () => {} };
const paint = () => new Promise((r) => setTimeout(r, 0));
const explain = { asked: 'asked', risk: 'risk', instead: 'instead' };

function finding(key: string, severity: ShownFinding['severity'], message: string): ShownFinding {
  const text = key.split('|')[1]!;
  const start = message.indexOf(text);
  return { key, kind: key.split('|')[0] as ShownFinding['kind'], severity, text, message, spans: [[start, start + text.length]], hidden: false, explain };
}

function card(): { quote: string; counter: string | null } {
  const root = document.querySelector('opg-guard')!.shadowRoot!;
  return {
    quote: root.querySelector('[data-testid="opg-quote"]')!.textContent!,
    counter: root.querySelector('[data-testid="opg-counter"]')?.textContent ?? null,
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('WarningUi', () => {
  it('keeps the card on the first finding while others of the same weight come, and counts them', async () => {
    const ui = new WarningUi(document, 'en', actions, true);
    ui.show(finding('wechat|mm_8866', 'high', 'add me on WeChat mm_8866'));
    await paint();
    ui.show(finding('qq|12345678', 'high', 'or QQ 12345678'));
    ui.show(finding('phone|13800138000', 'high', 'call 13800138000'));
    await paint();
    expect(card().quote).toContain('mm_8866');
    expect(card().counter).toBe('2 more like this on this page');
  });

  it('lets a stronger finding take the card over', async () => {
    const ui = new WarningUi(document, 'en', actions, true);
    ui.show(finding('contact_request|DM me', 'medium', 'DM me for a better price'));
    await paint();
    ui.show(finding('bank_account|6222021234567894', 'high', 'pay to card 6222021234567894'));
    await paint();
    expect(card().quote).toContain('6222021234567894');
    expect(card().counter).toBe('1 more like this on this page');
  });

  it('counts the shown finding\'s repeats on the card', async () => {
    const ui = new WarningUi(document, 'en', actions, true);
    const f = finding('wechat|mm_8866', 'high', 'add me on WeChat mm_8866');
    ui.show(f);
    await paint();
    ui.show({ ...f });
    ui.show({ ...f });
    await paint();
    const root = document.querySelector('opg-guard')!.shadowRoot!;
    expect(root.querySelector('[data-testid="opg-kind"]')!.textContent).toContain('seen 3 times');
    expect(card()).toEqual({ quote: 'add me on WeChat mm_8866', counter: null });
  });

  it('leaves the card untouched when a finding already counted comes again', async () => {
    const ui = new WarningUi(document, 'en', actions, true);
    ui.show(finding('wechat|mm_8866', 'high', 'add me on WeChat mm_8866'));
    ui.show(finding('qq|12345678', 'high', 'or QQ 12345678'));
    await paint();
    const root = document.querySelector('opg-guard')!.shadowRoot!;
    const changes: MutationRecord[] = [];
    const watch = new MutationObserver((records) => changes.push(...records));
    watch.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class', 'data-testid'] });
    ui.show(finding('qq|12345678', 'high', 'or QQ 12345678 again'));
    await paint();
    changes.push(...watch.takeRecords());
    watch.disconnect();
    expect(changes).toEqual([]);
    expect(card().counter).toBe('1 more like this on this page');
  });
});
