import { describe, expect, it } from 'vitest';
import { detect, detectThread, explain, normalise } from '../../../lib/detect/index';
import { FindingSchema } from '../../../lib/detect/types';

describe('normalise', () => {
  it('maps every canonical char back to the original', () => {
    const t = 'Ｖ​Ｘ：①⑧⑧ 𝐯𝐱 微信號';
    const n = normalise(t);
    expect(n.canon).toBe('vx:188 vx 微信号');
    expect(n.canon.length).toBe(n.startOf.length);
    // the bold 𝐯 (a surrogate pair) maps to both of its code units
    const i = n.canon.indexOf('vx', 3);
    expect(t.slice(n.startOf[i]!, n.endOf[i]!)).toBe('𝐯');
  });
  it('reads Chinese numerals and number words only in digit runs', () => {
    expect(normalise('幺三八 零零一三').canon).toBe('138 0013');
    expect(normalise('三八妇女节').canon).toBe('三八妇女节');
    expect(normalise('call five five five, one two three four').canon).toBe('call 5551234');
  });
});

describe('detect', () => {
  it('gives a repeated text the same findings, and a caller changing its list changes no later result', () => {
    const text = '加我微信 memo_8866 详聊';
    const first = detect(text);
    first.findings.length = 0;
    const again = detect(text);
    expect(again.findings.map((f) => f.value)).toEqual(['memo_8866']);
    expect(again.findings).not.toBe(detect(text).findings);
    // shared between callers, so no caller can change what another one sees
    expect(Object.isFrozen(again.findings[0])).toBe(true);
    // the thread pass reads each message again: same findings as on its own
    const t = detectThread(['你好', text]);
    expect(t.findings.filter((f) => f.message === 1).map((f) => f.value)).toEqual(['memo_8866']);
  });
  it('returns the contract shape, sorted, valid findings', () => {
    const r = detect('加我微信 mm_8866，或者打 138 0013 8000');
    expect(r.flagged).toBe(true);
    expect(r.severity).toBe('medium');
    for (const f of r.findings) expect(FindingSchema.parse(f)).toEqual(f);
    const starts = r.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(r.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['wechat', 'phone']));
  });
  it('points at exactly what the user saw', () => {
    const t = '电话：1​3​8​0​0​1​3​8​0​0​0';
    const f = detect(t).findings.find((x) => x.kind === 'phone')!;
    expect(f.text).toBe(t.slice(3));
    expect(f.value).toBe('13800138000');
  });
  it('stays quiet on warnings and platform features', () => {
    for (const t of ['请勿添加陌生人微信 abc_123，谨防诈骗', '本店不会要求您私下转账', '支持微信支付、支付宝', '订单号 13800138000'])
      expect(detect(t).flagged, t).toBe(false);
  });
  it('empty and whitespace', () => {
    expect(detect('')).toEqual({ flagged: false, severity: 'none', findings: [] });
    expect(detect('   ').flagged).toBe(false);
  });
  it('explains unknown rules generically', () => {
    expect(explain('nope', 'en').asked).toMatch(/platform/);
  });
});

describe('detectThread', () => {
  it('drops a request to pay with a wallet that the next messages place in the checkout, not an account given', () => {
    expect(detectThread(['Could pay by GCash?', 'yes po, GCash is available at checkout']).flagged).toBe(false);
    expect(detectThread(['ok to send with Venmo?', 'sure', 'Venmo is one of our payment options in the Poshmark app']).flagged).toBe(false);
    // no checkout named, another wallet, or the writer's own account
    expect(detectThread(['pay me with Zelle', 'Zelle is one of the options, outside the app']).flagged).toBe(true);
    expect(detectThread(['pay me with Zelle', 'Venmo is one of the options at checkout']).flagged).toBe(true);
    expect(detectThread(['my venmo is rosa_bakes12, send it there', 'venmo is one of the options at checkout']).flagged).toBe(true);
  });
  it('round 83: reads an account number with the way to pay it told in the next message', () => {
    expect(detectThread(['Maybank savings 5140 1234 5678', 'transfer first pls, then I post']).findings.some((f) => f.kind === 'bank_account' && f.message === 0)).toBe(true);
    expect(detectThread(['BPI 1234 5678 9012', 'pay then send the slip']).findings.some((f) => f.kind === 'bank_account')).toBe(true);
    // no bank named, or no instruction opening the next message
    expect(detectThread(['order 2231 4455 6677', 'pay ok?']).flagged).toBe(false);
    expect(detectThread(['Maybank savings 5140 1234 5678', 'is that your bank too?']).flagged).toBe(false);
  });
  it('reads a handle after a message that ends on the ask to add the writer, the app unnamed or sent alone', () => {
    const kinds = (msgs: string[]) => detectThread(msgs).findings.map((f) => [f.kind, f.message, f.value]);
    expect(kinds(['你加我', 'mm_8866'])).toEqual([['wechat', 1, 'mm_8866']]);
    expect(kinds(['好的，加我吧', 'tao_ling77'])).toEqual([['wechat', 1, 'tao_ling77']]);
    expect(kinds(['add me pls', 'V', 'rosie_thrift5'])).toEqual([['wechat', 2, 'rosie_thrift5']]);
    expect(kinds(['add me', 'jun.kicks_21'])).toEqual([['im_handle', 1, 'junkicks_21']]);
    // the ask not at the message's end, a word after it, or a bare number after an English "add me"
    expect(detectThread(['can you add me to the waitlist', 'order 55213']).flagged).toBe(false);
    expect(detectThread(['add me', 'ok']).flagged).toBe(false);
    expect(detectThread(['add me', '55213']).flagged).toBe(false);
    expect(detectThread(['加我购物车了', 'mm_8866']).flagged).toBe(false);
  });
  it('binds an account introduced over the next messages to the app the talk was moved to', () => {
    expect(detectThread(['can we switch to kik?', 'my user is', 'mara.b_22']).findings.some((f) => f.kind === 'im_handle')).toBe(true);
    expect(detectThread(['lets move to snap', 'my username is', 'dani.k_07']).findings.some((f) => f.kind === 'im_handle')).toBe(true);
    expect(detectThread(['can we move to line?', 'my user is', 'new here']).flagged).toBe(false);
  });
  it('drops a request to pay with a wallet that the answer picks on the checkout page, the checkout named first', () => {
    expect(detectThread(['請問可以用LINE Pay付款嗎', '可以喔 結帳頁面直接選LINE Pay就可以']).flagged).toBe(false);
    expect(detectThread(['can I pay with venmo?', 'yes, at checkout just select Venmo']).flagged).toBe(false);
    expect(detectThread(['Could pay by GCash?', 'sure po, on the checkout page choose GCash']).flagged).toBe(false);
    // the checkout passed over: the wallet is the writer's way
    expect(detectThread(['can I pay with venmo?', "don't pay at checkout, use venmo"]).flagged).toBe(true);
    expect(detectThread(['可以用LINE Pay付款嗎', '不用去結帳頁面 選LINE Pay轉我就好']).flagged).toBe(true);
  });
  it('drops a request to pay outside that the next message answers by sending the buyer to the checkout', () => {
    expect(detectThread(['Is it ok to pay by wire transfer instead?', "Sorry, we can't. Please use the checkout, it takes cards."]).flagged).toBe(false);
    expect(detectThread(['pay by bank transfer ok?', 'Checkout only, thanks']).flagged).toBe(false);
    // the answer that gives its own way to pay is no refusal
    expect(detectThread(['Can I pay via bank transfer to save time?', 'Sure, or use the checkout if you prefer, my Zelle is jo_shop22']).flagged).toBe(true);
  });
  it('newest: reads the run of short messages that ends with the newest one, as long as it can be', () => {
    const msgs = ['你好', '在吗', '139', '1234', '5678'];
    const r = detectThread(msgs, { newest: true });
    expect(r.findings.filter((f) => f.kind === 'phone').map((f) => [f.message, f.value])).toEqual([
      [2, '13912345678'],
      [3, '13912345678'],
      [4, '13912345678'],
    ]);
  });
  it('newest: a run that ended before the newest message is not read again', () => {
    const msgs = ['hi', 'ok', 'thanks', '139 12', '34 5678', 'Is the jacket still available in a medium size please?'];
    expect(detectThread(msgs).findings.some((f) => f.kind === 'phone')).toBe(true);
    expect(detectThread(msgs, { newest: true }).findings.some((f) => f.kind === 'phone')).toBe(false);
  });
  it('finds a handle spread over messages and reports it where it is', () => {
    const msgs = ['你加我', 'V', 'mm_8866'];
    const r = detectThread(msgs);
    expect(r.flagged).toBe(true);
    const f = r.findings.find((x) => x.kind === 'wechat' && x.message === 2)!;
    expect(f).toMatchObject({ start: 0, end: 7, text: 'mm_8866', value: 'mm_8866' });
  });
  it('reads "add me a moment" (加我一下) as the cue before the app letter and the handle in later messages', () => {
    const r = detectThread(['这款快断码了', '您加我一下', 'v', 'lulu_shop77', '说是淘宝来的']);
    const f = r.findings.find((x) => x.kind === 'wechat' && x.message === 3)!;
    expect(f).toMatchObject({ start: 0, end: 11, value: 'lulu_shop77' });
    expect(detectThread(['您加我一下', '好友申请通过了吗']).flagged).toBe(false);
  });
  it('reads "search me a moment" (搜一下我, 加下我) as the same cue, the person after "a moment"', () => {
    const r = detectThread(['图片不清楚的话', '你去搜一下我', 'V', 'tt_mao1990', '加了说一声']);
    expect(r.findings.find((x) => x.kind === 'wechat' && x.message === 3)).toMatchObject({ start: 0, end: 10, value: 'tt_mao1990' });
    expect(detectThread(['你加下我', '微', 'shoe_lin88']).findings.some((x) => x.kind === 'wechat' && x.message === 2)).toBe(true);
    // the search box of the shop, no app and no handle
    expect(detectThread(['你搜一下我们店名', '第一个就是']).flagged).toBe(false);
  });
  it('reads the app initials spaced out (w x) after the add-me as the app, the handle in the next message', () => {
    const r = detectThread(['颜色拿不准的话', '可以发实拍给你', '加一下我 w x', 'xiaomei_0312']);
    expect(r.findings.find((x) => x.kind === 'wechat' && x.message === 3)).toMatchObject({ start: 0, end: 12, value: 'xiaomei_0312' });
    // a size's width by height, no add-me
    expect(detectThread(['盒子多大', '40 w x 30 h cm']).flagged).toBe(false);
  });
  it('reads a homophone of WeChat sent alone after the add-me (威, 薇) as the app, the handle in the next messages', () => {
    const r = detectThread(['尺码不合适可以换', '换的话先加我', '薇', 'lm_', '2207']);
    expect(r.findings.find((x) => x.kind === 'wechat' && x.message === 3)).toMatchObject({ value: 'lm_2207' });
    // the same character inside a longer message is another word, and a reply is no handle
    expect(detectThread(['你先加我一下', '威', '好的']).flagged).toBe(false);
    expect(detectThread(['维修的话加我', '好', 'ok']).flagged).toBe(false);
  });
  it('reads payment details laid out as labelled lines after a long request to pay', () => {
    const r = detectThread(['Good evening madam, to process your order please make payment to:', 'Bank: UBA', 'Acct no: 2034455667', 'Name: Tunde Gadgets']);
    expect(r.findings.find((x) => x.kind === 'bank_account')).toMatchObject({ message: 2, value: '2034455667' });
    expect(detectThread(['Thanks for the order, it ships on Monday morning', 'Order no: 2034455667', 'Name: Tunde']).flagged).toBe(false);
  });
  it('joins a number given in pieces', () => {
    const r = detectThread(['留个电话吧', '好', '138', '0013', '8000']);
    const phones = r.findings.filter((x) => x.kind === 'phone');
    expect(phones.map((p) => p.message)).toEqual([2, 3, 4]);
    expect(phones[0]!.value).toBe('13800138000');
  });
  it('keeps single-message findings and their message index', () => {
    const r = detectThread(['hi', 'QQ 55667788']);
    expect(r.findings[0]).toMatchObject({ kind: 'qq', message: 1, start: 0, end: 11 });
  });
  it('reads a card number sent on its own after the message that asks for the transfer', () => {
    const r = detectThread(['运费太贵了', '直接打款到这张卡吧', '6217 0000 1000 0000 003', '建行 王']);
    const f = r.findings.find((x) => x.kind === 'bank_account');
    expect(f).toMatchObject({ message: 2, start: 0, end: 23, value: '6217000010000000003' });
  });
  it('reads a card number in groups with only its bank name beside it, after the message that asks for the transfer', () => {
    const r = detectThread(['手续费太贵了', '你转这张卡', '6217 0000 1000 0000 003 建行']);
    const f = r.findings.find((x) => x.kind === 'bank_account');
    expect(f).toMatchObject({ message: 2, start: 0, end: 23, value: '6217000010000000003' });
    // other words beside the number: not a bare value
    expect(detectThread(['手续费太贵了', '你转这张卡', '6217 0000 1000 0000 003 是上次的单号']).flagged).toBe(false);
  });
  it('does not make a bare number a finding without a cue before it', () => {
    expect(detectThread(['好的', '6217 0000 1000 0000 003']).flagged).toBe(false);
    expect(detectThread(['订单号发你', '6217000010000000003']).flagged).toBe(false);
  });
  it('reads the contact that opens the message after the one asking for it, with words after it', () => {
    const p = detectThread(['鞋子还有42码', '想面交的話直接打給我', '0936-284-517 ，下班後都在']);
    expect(p.findings.find((x) => x.kind === 'phone')).toMatchObject({ message: 2, start: 0, end: 12, value: '0936284517' });
    const w = detectThread(['九成新 Switch 附兩支手把 盒裝完整 有意者請加微信號', 'mika_tw66 詳談，平日晚上回']);
    expect(w.findings.find((x) => x.kind === 'wechat' && x.message === 1)).toMatchObject({ start: 0, end: 9, value: 'mika_tw66' });
    // the ask's own words are reported in its message
    expect(w.findings.find((x) => x.kind === 'wechat' && x.message === 0)).toMatchObject({ text: '微信號' });
    const uk = detectThread(['Collection from Bristol only, cash on the day. ring or text', '07911 482 306 after six']);
    expect(uk.findings.find((x) => x.kind === 'phone')).toMatchObject({ message: 1, start: 0, end: 13 });
    // a handle after the at sign that ends the ask, letters and dots only
    const ig = detectThread(['DM me on insta @', 'hollow.pine.goods for the rest of the drop']);
    expect(ig.findings.find((x) => x.kind === 'im_handle' && x.message === 1)).toMatchObject({ start: 0, end: 17, value: 'hollow.pine.goods' });
    // spaced out in full-width letters to dodge a filter
    expect(detectThread(['想要同款的加绿泡泡', 'ｘｉａｏｍｉ ＿５２０ 备注闲鱼']).findings.some((x) => x.kind === 'wechat' && x.message === 1)).toBe(true);
    // the app proposed for the talk, then its number labelled by the app's short name on the next line
    const q = detectThread(['这边抽成高 我们企鹅上聊', 'q 7 3 0 0 1 5 8 4 6']);
    expect(q.findings.find((x) => x.kind === 'qq' && x.message === 1)).toMatchObject({ value: '730015846' });
  });
  it('reads a handle typed in two goes, cut at its separator, after the ask', () => {
    for (const opts of [{}, { newest: true }]) {
      const r = detectThread(['微信號', 'kiki', '_tw903 加一下，我傳實拍給你'], opts);
      expect(r.findings.filter((x) => x.kind === 'wechat').map((x) => [x.message, x.text, x.value])).toEqual([
        [0, '微信號', 'kiki_tw903'],
        [1, 'kiki', 'kiki_tw903'],
        [2, '_tw903', 'kiki_tw903'],
      ]);
      const e = detectThread(['Thanks! For custom sizes email me at', 'dana', '.makes@gmail.com and I will quote you'], opts);
      expect(e.findings.find((x) => x.kind === 'email' && x.message === 2)).toMatchObject({ start: 0, end: 16, value: 'dana.makes@gmail.com' });
      const pieces = detectThread(['要的话WhatsApp me', '+44', '7700 900 812 for more pics'], opts);
      expect(pieces.findings.some((x) => x.kind === 'phone' && x.message === 2)).toBe(true);
    }
  });
  it('keeps a number or code opening the message after an ordinary one quiet', () => {
    const benign = [
      ['我的订单号是', '2034455667，什么时候发货'],
      ['请问这个什么时候发货', '2034455667 这是我的订单号'],
      ['【平台通知】您的包裹已发出，快递单号', 'SF1234567890123 请注意查收'],
      ['快递单号发我一下', '7312 8840 5521 顺丰的'],
      ['已经加购物车了', '165 的穿什么码'],
      ['已经加购物车', 'XL_2 那个颜色还有吗'],
      ['想要的扣1', '1', '111', '2号链接'],
      ['Can you send the tracking number?', '1Z999AA10123456784 is the tracking'],
      ['My order number is', '112-4471829-5563013, where is it?'],
      ['Email me the invoice please', 'INV-2024-0042 is the reference'],
      ['call me', '2 pm tomorrow works'],
      ['打给我', '10点以后都行'],
      ['ring me?', '07700 is that a uk number lol'],
      ['add me?', 'iphone_13 still in stock?'],
    ];
    for (const t of benign) {
      expect(detectThread(t).flagged, t.join(' / ')).toBe(false);
      expect(detectThread(t, { newest: true }).flagged, t.join(' / ')).toBe(false);
    }
  });
  it('does not read the words of a reply or a product line as a handle spaced out', () => {
    expect(detectThread(['add me on wechat', 'ok will do']).findings.filter((x) => x.message === 1)).toEqual([]);
    expect(detectThread(['DM me on insta', 'sure thing see you then']).findings.filter((x) => x.message === 1)).toEqual([]);
    // nor a product line with its sizes after a message naming the app or a model code
    expect(detectThread(['支持微信支付，下单后48小时内发货', 'Photo booth props, set of 20 in one box']).flagged).toBe(false);
    expect(detectThread(['型号 VX-300 领夹麦克风', 'Size: 40 x 30 x 12 cm, weight 2 kg']).flagged).toBe(false);
  });
  it('a refusal clears the request it answers', () => {
    expect(detectThread(['能加微信吗', '不好意思，我们只在平台内沟通']).flagged).toBe(false);
  });
  it('a wallet asked about and answered as an option at the named platform checkout is the platform own', () => {
    expect(detectThread(['Can I pay with PayNow?', 'Yes, PayNow is available at Lazada checkout.']).flagged).toBe(false);
    // the seller's own counter is no checkout of the platform
    expect(detectThread(['Can I pay with PayNow?', 'Yes, PayNow is available at my stall.']).flagged).toBe(true);
  });
  it('the shop denying a request the buyer asks about clears it', () => {
    expect(detectThread(['A guy messaged me to pay with Venmo, was that you?', "No, that wasn't us. Only order in the app."]).flagged).toBe(false);
    expect(detectThread(['刚有个号发消息说：不走平台便宜20，是你们吗', '那个不是我们，请举报他']).flagged).toBe(false);
    // an excuse is no denial: the request stays
    expect(detectThread(['加我微信 shop_8826 发你实拍', '不是我们不想在平台聊，是图发不了']).flagged).toBe(true);
  });
  it('round 70: the scan a buyer asks about, forbidden in the answer, clears it', () => {
    expect(detectThread(['买家：有个客服让我扫码付款，这样可以吗？', '客服：亲，请勿扫码，我们只在平台付款']).flagged).toBe(false);
    expect(detectThread(['买家：店家发了个码让我扫码付款，是你们吗', '客服：不是的，千万别扫']).flagged).toBe(false);
    // a plain yes is no refusal: the code stays
    expect(detectThread(['买家：可以扫码付款吗？', '客服：可以的，扫码付款就行']).flagged).toBe(true);
  });
});

describe('scam warnings', () => {
  const inducements = ['加我微信：shop_2024a 发你实拍', '不走平台可以便宜50', '好评晒图返现10元', '私聊我有内部价', '扫我的收款码付款就行'];
  const filler = '这款外套质量不错，做工细致，尺码标准，物流也很快，包装完好无损。';
  const kindsOf = (t: string) => detect(t).findings.map((f) => f.kind).sort();

  it('cover the short message that is itself a warning', () => {
    for (const t of ['谨防诈骗，不要添加陌生人微信', '任何让你私下转账的都是骗子', 'Beware of scams: never pay outside the platform', '私聊加群返现的都是骗局，请举报'])
      expect(detect(t).flagged, t).toBe(false);
  });
  it('do not cover a contact given under a warning', () => {
    const r = detect('谨防诈骗，认准官方客服微信 kf_8866');
    expect(r.findings.map((f) => [f.kind, f.value])).toEqual([['wechat', 'kf_8866']]);
    expect(detect('防骗提醒：唯一售后电话 13912345678').findings.map((f) => f.kind)).toEqual(['phone']);
    // a negation still covers it
    expect(detect('请勿添加陌生人微信 abc_123，谨防诈骗').flagged).toBe(false);
  });
  it('cover only their own line in a block of page text', () => {
    const lines: string[] = [];
    for (let i = 0; lines.join('\n').length < 40_000; i++) {
      lines.push(i % 7 === 3 ? '平台提醒：谨防诈骗，私下交易不受保护' : i % 3 === 0 ? inducements[i % inducements.length]! : filler);
    }
    const block = lines.join('\n');
    const found = detect(block).findings;
    let expected = 0;
    let off = 0;
    for (const line of lines) {
      const own = kindsOf(line);
      const inBlock = found.filter((f) => f.start >= off && f.end <= off + line.length).map((f) => f.kind).sort();
      expect(inBlock, line).toEqual(own);
      expected += own.length;
      off += line.length + 1;
    }
    expect(expected).toBeGreaterThan(100);
    expect(found.length).toBe(expected);
  });
  it('cover the sentence they are in, not the next one', () => {
    const long = `${filler.repeat(4)}谨防诈骗，私下交易不受保护。\n${filler.repeat(2)}不走平台可以便宜50`;
    expect(detect(long).findings.map((f) => f.kind)).toEqual(['off_platform_payment']);
  });
});

describe('round 89: English refusals and notices', () => {
  it('an answer that turns the ask down by the marketplace rule or its checkout clears it', () => {
    expect(detectThread(['can you send me your cell?', "Amazon doesn't permit that, happy to help in messages"]).flagged).toBe(false);
    expect(detectThread(['could I pay through venmo instead?', 'sorry, only ebay payments on this one']).flagged).toBe(false);
    // another way offered after it is no refusal
    expect(detectThread(['can I pay with venmo?', "etsy doesn't allow that but zelle works"]).flagged).toBe(true);
  });
  it('the buyer protection lost is a warning, the protection said to be kept is not', () => {
    expect(detect('Sending a Zelle payment to a shop? You lose purchase protection on those').flagged).toBe(false);
    expect(detect("you won't lose buyer protection, send F&F to my paypal").flagged).toBe(true);
  });
});

describe('round 92: the protection lost, and a chat app asked about then given', () => {
  it("a protection named right after its loss or 'not covered' is the platform's warning; kept or named alone it is not", () => {
    expect(detect("Tip from Mercari: paying by Zelle or PayPal F&F means you'll lose the Mercari buyer protection.").flagged).toBe(false);
    expect(detect('Reminder: a bank transfer to a seller will not be covered by Purchase Protection, never send one by PayPal F&F').flagged).toBe(false);
    expect(detect("you won't lose the mercari buyer protection, pay me by paypal f&f").flagged).toBe(true);
    expect(detect("checkout is covered by buyer protection but zelle me instead, it's quicker").flagged).toBe(true);
  });
  it('reads the number or handle given after a chat app asked about and a yes, as that app’s', () => {
    expect(detectThread(['are you on telegram?', 'yes', "it's mossy_finds22"]).findings.some((f) => f.kind === 'im_handle' && f.message === 2)).toBe(true);
    expect(detectThread(['u got whatsapp?', 'yep', '07700 912345']).findings.some((f) => f.kind === 'phone')).toBe(true);
    expect(detectThread(['do you have qq?', 'ya', '2 8 4 6 6 1 5 0 9 3', 'add me there']).findings.some((f) => f.kind === 'qq')).toBe(true);
    // no handle's shape, a "no", or the value late in a long message
    expect(detectThread(['u on insta?', 'ya', 'love your photos btw, 10/10']).flagged).toBe(false);
    expect(detectThread(['u on discord?', 'ya how come', 'add the hoodie to your cart and i will send an offer']).flagged).toBe(false);
    expect(detectThread(['do u have qq?', 'nope', '2846615093']).flagged).toBe(false);
    expect(detectThread(['do u have qq?', 'yea', 'the order from last week was number 2846615093']).flagged).toBe(false);
  });
});

describe('round 94: English refusals that keep the deal on the marketplace', () => {
  it('"has to go through" the marketplace, or the wish to keep it on the app, clears the ask before it', () => {
    expect(detectThread(['could I just pay you direct and skip the fees?', 'no sorry, it has to go through vinted']).flagged).toBe(false);
    expect(detectThread(['can we move this to telegram?', "I'd rather keep it on here, I answer quickly"]).flagged).toBe(false);
    // another way offered after it is no refusal
    expect(detectThread(['could I pay you direct and skip the fees?', 'it has to go through vinted, but zelle works too']).flagged).toBe(true);
  });
});
