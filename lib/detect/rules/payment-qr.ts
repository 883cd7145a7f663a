import { PHRASE_PART_SOURCE, Phrases, defineRule, forEachPhraseMatch } from '../rule';
import type { RawMatch } from '../rule';
import { clauseStart, refusedAfter, sentenceEnd, sentenceStart } from '../scan';
import { parsePayload } from '../payload/rule';
import { PAYLOAD_RULES } from '../payload/rules/index';
import { ALIPAY_ALT, WALLET_ALT, WECHAT_ALT } from '../app-names';

const ZH_CODE = new RegExp(`(?:收款|付款|收钱|转账|支付)(?:二维)?码|(?:收款|付款|收钱|转账|个人) ?qr(?: ?code)?|收款二维码|个人(?:收款)?(?:二维)?码|扫(?:一扫|一下|我的?|这个|下面的?)?(?:主页的?|详情页?的?)?(?:收款|付款)?(?:二维)?码(?:就)?(?:付|支付|转|打款|付款|付定金|给我)|扫(?:这个)?码(?:付|支付|转|打款)|(?:二维)?码(?:付|付款|支付)更|(?:发|给)(?:你|您)(?:个|一个)?二维码[^。！？!?\\n]{0,6}(?:付|转|支付)|(?<!群)(?:二维码|qr ?(?:code|码|扣)?|(?<![尺号数起码])码码) ?(?:发|给|传)(?:给)?(?:你|您)(?:了|啦|哈|哦)?[,，]? ?[^。！？!?\\n,，]{0,4}?扫(?:一扫|一下|了|完|好)?(?:后|之后)?(?:就|直接|再)?(?:付|支付|转(?!发)|打款|交定金|交钱)|(?:二维码|qr ?(?:码|code))[^。！？!?\\n]{0,3}(?:付|转账|支付)|(?:${WALLET_ALT})扫(?:一扫)?[^。！？!?\\n]{0,6}码[^。！？!?\\n]{0,4}(?:付|转|定金|支付)|(?:${WALLET_ALT})扫码(?:转|付)`, 'g');
/**
 * A code shown somewhere (the live room's screen, a picture, the profile) scanned to pay or pay a deposit
 * (扫屏幕右下角的码付定金, 扫图里的码转账; the code pointed at first: 置顶图片那个码，扫了直接付; the picture that
 * holds it scanned: 置顶的图片扫一下付款, 扫主页照片付定金; the code, then the wallet that scans it, then the payment:
 * 这个码直接支付宝扫，交定金 — not paying "when" at some till, 付款时); a national e-wallet or bank app opened to scan
 * (用街口扫一下, 拿转数快扫). Or the code scanned, then the screenshot of it sent (这张码大家直接扫，扫完截图发弹幕): the
 * screenshot is the proof of a payment made outside the cart. A pause typed as a space may stand before 就 or 直接 and
 * the payment (扫我左上角那个码 直接付).
 */
// (round 86: or the code, a QR code too, scanned and then the money handed over in Cantonese words, done (咗) and the pay
// said 直接/就 给钱, 过数, 入数: 个 QR code 扫咗直接过数)
const ZH_SCAN = new RegExp(`扫[^。！？!?\\n,，码]{1,10}码(?: ?(?:就|直接)|来|后|完)?(?:付|支付|转|打款|交定金|交钱|下定|拍)|码[,，]?扫(?:了|一下|一扫|完|好)?(?:后|之后)?(?:直接|就|再)?(?:能|可以|可)?(?:付|支付|转账|打款|交定金|交钱)|(?:图片?|照片)(?:上|里)?的?码?扫(?:一扫|一下|了|完)?(?:后|之后)?(?:就|直接|再)?(?:能|可以|可)?(?:付|支付|转账|打款|交定金|交钱)|扫(?:一扫|一下)?[^。！？!?\\n,，码]{0,8}(?:图片?|照片)(?:上|里)?的?(?:就|直接|后|来)?(?:付|支付|转账|打款|交定金|交钱)|码(?:直接|就)?(?:用|拿)?(?:${WALLET_ALT}|云闪付|街口|转数快|fps|payme|paynow|手机银行|网银)扫(?:一扫|一下|了|完|好)?[,，]? ?(?:后|之后)?(?:就|直接|再)?(?:能|可以)?(?:付|支付|转账|打款|交定金|交钱)(?!款?(?:时|的时候))|(?:用|拿|打开)(?:街口|转数快|fps|paynow|payme|line ?pay|云闪付|全支付|悠游付|台湾pay|icash ?pay|jkopay|gcash|promptpay|八达通|${ALIPAY_ALT}|网银|手机银行|银行app)(?:app)?扫(?:一扫|一下|码|这个|它)?|码[^。！？!?\\n]{0,8}?扫[^。！？!?\\n]{0,3}?[,，]? ?(?:扫完|扫好|扫了|付完|付好|转完)(?:后|之后|了)?[,，]? ?截图(?:发|给|私|传|[^。！？!?\\n]{0,3}?我(?:就|马上|立刻|立马)?发货)|(?:码|qr(?: ?code)?) ?[,，]? ?扫(?:咗|了|完|好)(?:后|之后)?[,，]? ?(?:直接|就)(?:给钱|过数|入数|转钱|付钱)`, 'g');
/** Opened with a wallet or bank app (the scan that pays). */
/** Round 92: the person-to-person wallets whose own code a writer names ("my cash app code", "the payid qr"). */
const P2P_QR_WALLETS = '(?:cash app|cashapp|venmo|paypal|zelle|payid|osko|interac|gcash|maya|paynow|payme|revolut|monzo|alipay|wechat pay|wechatpay)';
/** Round 95: wallets whose code the writer may send that the older forms do not name (India's UPI apps, Africa's mobile money). */
const QR_WALLETS_MORE = 'phonepe|phone pe|gpay|g-pay|google pay|paytm|bhim|opay|palmpay|moniepoint|kuda|mtn momo|airtel money|orange money|ecocash|chipper|paga';
/**
 * Round 95: a wallet named, then the code said to be in one of the listing's pictures ("Accept PayNow only, scan the QR code
 * in the last photo", "paid via Venmo — QR is the 4th listing photo"): the picture holds that wallet's code, the writer's.
 * The wallet in a look-behind, the sentence unbroken; not a code there for something else ("…the QR in the last photo is
 * the warranty card", SCANNED_FOR_ELSE, WHAT_QR_IS), nor a wallet taken at the checkout (EN_PLATFORM).
 */
const PHOTO_QR_WALLETS = 'paynow|paylah|payme|fps|promptpay|gcash|maya|duitnow|venmo|cash ?app|cashapp|paypal|zelle|revolut|alipay|wechat ?pay|upi|gpay|google pay|phonepe|paytm|opay|palmpay|bkash|m-?pesa';
const EN_WALLET_PHOTO = new RegExp(
  `(?<=(?<![a-z])(?:${PHOTO_QR_WALLETS})(?![a-z])[^.!?\\n]{0,40}?)\\bqr(?: code)?(?:'s| is)? (?:in|on|the)(?: the| my)? (?:(?:last|first|second|third|fourth|fifth|final|next|\\d(?:st|nd|rd|th)) )?(?:listing )?(?:pic|photo|picture|image|slide)s?(?: ?(?:#|no\\.?)? ?\\d{1,2})?(?![a-z0-9])`,
  'g',
);
const WHAT_QR_IS = /^\s?(?:is|shows?|has|=|-)? ?(?:the |a |for )?(?:warranty|authenticity|serial|manual|tracking|registration|size chart|care)(?![a-z])/;
const WITH_WALLET =
  '(?:with|using|via|on|in|through) (?:your |ur |the )?(?:gcash|maya|paynow|paylah|payme|fps|promptpay|duitnow|touch ?n ?go|tng|jkopay|line ?pay|upi|gpay|phonepe|paytm|bkash|nagad|easypaisa|jazzcash|m-?pesa|pix|twint|swish|mobilepay|vipps|bizum|blik|grabpay|alipay|wechat ?pay|venmo|cash ?app|paypal|bank(?:ing)? app|e-?wallet(?: app)?)(?![a-z])';
const EN = new RegExp(
  [
    '(?:payment|pay|alipay|wechat|venmo|cash ?app|paypal|my) qr(?: code)?',
    // a national e-wallet's QR instead of the checkout (PayNow, PayMe, FPS, PromptPay, GCash, DuitNow, Pix, UPI…)
    // (Indonesia's DANA, OVO and GoPay, Hong Kong's Octopus and AlipayHK, JKOPay spelled apart too)
    '(?:paynow|paylah|payme|fps|promptpay|gcash|maya|duitnow|touch ?n ?go|tng|jkopay|jko ?pay|line ?pay|upi|pix|twint|swish|mobilepay|vipps|bizum|blik|grab ?pay|zelle|m-?pesa|bkash|nagad|easypaisa|jazzcash|dana|ovo|gopay|octopus|alipay ?hk) qr(?: code)?',
    // a code named by its app or place, scanned to pay ("scan the PayNow code in the photo to pay")
    // paying by scanning a code ("pay the deposit by scanning the QR on screen")
    '(?:pay|send|transfer)[^.!?\\n]{0,24}? by scanning (?:my|this|the|our|that) (?:[a-z][a-z0-9-]* ){0,2}(?:qr|code)',
    '\\bscan (?:my|this|the|our|that) (?:[a-z][a-z0-9-]* ){1,2}(?:qr|code)\\b[^.!?\\n]{0,30}?(?:to|and|then) (?:pay|send (?:the )?(?:money|payment|(?:[$£€₱]|rm|rs|php) ?\\d+)|transfer)', 'qr code (?:to|for) pay(?:ment)?', 'scan (?:my|this|the) (?:qr|code) (?:to|and) pay',
    // a QR code sent to the buyer, then paid by scanning it ("I'll send you a QR code, scan it with your bank app to pay")
    '(?:send|sending|sent|give|attach|attaching|forward|share|text)(?: you| u)? (?:a|my|the|our) (?:payment )?qr(?: code)?[^.!?\\n]{0,48}?(?:to|and|then) (?:pay|send (?:the )?(?:money|payment|(?:[$£€₱]|rm|rs|php) ?\\d+)|transfer)',
    // "my payment code", "scan to pay" (not at a checkout: see EN_PLATFORM)
    "(?:my|our|the seller'?s) (?:payment|pay|receiving) code", '\\bscan[ -](?:to|and)[ -]pay',
    '(?:pay|send (?:the )?(?:money|payment|(?:[$£€₱]|rm|rs|php) ?\\d+)|transfer(?: the money)?)(?: me)? (?:via|using|with|through|by|to) (?:the|my|this|that|our) (?:payment )?qr(?: code)?',
    '\\bscan (?:it|this|that|the code|the qr(?: code)?|my code)[^.!?\\n]{0,30}?(?:to|and|then) (?:pay|send (?:the )?(?:money|payment|(?:[$£€₱]|rm|rs|php) ?\\d+)|transfer)',
    // the refund scam: a code scanned "to receive" money, which in truth pays the scammer ("to get your refund, scan the
    // QR with your Cash App", "scan this code to receive your compensation")
    '(?:receive|get|claim|collect|accept|release)(?: your| the| my| a| an)? (?:(?:[$£€₱]|rm|rs|php) ?\\d+(?:[.,]\\d+)? |\\d+(?:[.,]\\d+)? ?(?:dollars|usd|pounds|euros|pesos|ringgit|rupees) )?(?:full |partial )?(?:refund|reimbursement|compensation|money|payment|funds|payout|prize|winnings)[^.!?\\n]{0,16}?(?:,|please|just|simply|kindly|you (?:need|have) to|you must| then)? ?scan (?:the|this|my|our|that|a|attached) (?:[a-z][a-z0-9-]* ){0,2}(?:qr|code)',
    '\\bscan (?:the|this|my|our|that|it|attached)(?: [a-z][a-z0-9-]*){0,2}(?: qr| code)?[^.!?\\n]{0,40}? (?:to|and|then) (?:receive|get|claim|collect|accept|release) (?:your |the |my |a |an )?(?:(?:[$£€₱]|rm|rs|php) ?\\d+(?:[.,]\\d+)? |\\d+(?:[.,]\\d+)? ?(?:dollars|usd|pounds|euros|pesos|ringgit|rupees) )?(?:full |partial )?(?:refund|reimbursement|compensation|money|payment|funds|payout|prize|winnings)',
    // the code opened in a wallet or bank app, which is paying it ("a QR code, scan it with GCash", "scan my code using
    // your banking app"), like 用街口扫一下; after the refund forms, which read further
    `qr(?: code)?[^.!?\\n]{0,24}?\\bscan (?:it|this|that) ${WITH_WALLET}`, `\\bscan (?:my|our|this|that) (?:qr|code|qr code) ${WITH_WALLET}`,
    // the picture sent in the chat scanned to pay, the code it holds not named ("pay via QRIS, scan this image", Indonesian
    // "bayar … scan gambar ini"): a picture in a chat that pays can only be the writer's code
    '(?:\\bpay|bayar|\\btransfer|\\btf)[^.!?\\n]{0,30}?\\bscan (?:(?:this|the|my|that|attached) (?:image|picture|pic|photo|screenshot)|(?:gambar|foto|gbr) (?:ini|itu|tadi|di atas))(?![a-z])',
    // (the picture named as the one the writer sent, which may stretch the gap: "scan the pic I sent (the QR one) to pay")
    '\\bscan (?:(?:this|the|my|that|attached) (?:image|picture|pic|photo|screenshot)(?: (?:i|we) (?:just )?(?:sent|shared|posted|attached|uploaded)(?: you)?)?|(?:gambar|foto|gbr) (?:ini|itu|tadi|di atas))[^.!?\\n]{0,20}?(?:to|and|then|untuk|utk|buat|terus|lalu) (?:pay|bayar|transfer)(?![a-z])',
    // "the" QR made the writer's by where it is: the one they sent, in the photo (a checkout's own QR is "the" QR too)
    // (round 59: the code called a payment code, and the sum typed in after scanning it: "scan the payment code in the image I
    // sent and enter 200" — keying in an amount there is paying)
    `\\bscan (?:the|my|our|this|that) (?:qr|code|qr code|payment (?:qr )?code|pay code|payment qr) (?:(?:i|we) (?:just )?(?:sent|shared|posted|attached|uploaded|gave you)|(?:in|on) (?:the|my|this|that) (?:(?:last|previous|latest|first|second|next|other) )?(?:photos?|pics?|pictures?|images?|screenshots?|last message))[^.!?\\n]{0,30}?(?:${WITH_WALLET}|(?:to|and|then) (?:pay|send (?:the )?(?:money|payment|(?:[$£€₱]|rm|rs|php) ?\\d+)|transfer|(?:enter|type|input|key in|put in) (?:the amount|an amount|(?:[$£€₱]|rm|rs|php)? ?\\d+)))`,
    // the writer's own QR sent, then scanned and its amount confirmed ("I'll send a QR instead, just scan it and confirm
    // the amount"): confirming the sum a scanned code shows is paying it, whatever the code is said to be for
    '(?:send|sending|share|sharing|attach)(?: you)? (?:a|the|my|our) qr(?: code)?(?![a-z])[^\\n]{0,60}?\\bscan (?:it|this|that|the code|the qr(?: code)?)[^.!?\\n]{0,20}?(?:and|then|to) (?:confirm|approve|accept|authori[sz]e) (?:the |your )?(?:amount|payment|sum|total|transfer)(?![a-z])',
    // a tip or donation QR (a streamer's, a creator's) that pays for the goods ("my tip QR is pinned, scan it and I ship
    // yours first", "scan the donation QR to pay the deposit"): the order's words after it, not a tip alone
    '(?:tip|tips|tipping|donation|appreciation) qr(?: code)?(?![a-z])[^.!?\\n]{0,40}?(?:\\bpay|\\bships? (?:it |yours |them )?first|priority|\\border|deposit|reserve|\\bhold)',
    // a code told to be a person's own account ("scan the QR below (personal account)", "QR code - my private GCash"), or
    // named so ("my personal payment QR"): paid to the person, not at a checkout
    '(?:qr(?: code)?|payment code)(?: (?:below|above|here|attached))?\\s?[(\\[–—:-]?\\s?(?:my )?(?:personal|private) (?:account|acct|wallet|bank account|(?:gcash|maya|paypal|venmo|alipay|wechat|upi|paynow|payme) ?(?:account|acct|wallet)?)(?![a-z])',
    '(?:personal|private) (?:payment|receiving|collection) (?:qr(?: code)?|code)(?![a-z])',
    // the code kept in the writer's profile picture or bio, paid through ("pay via the code in my profile pic", "send the $15
    // with the QR on my pfp"): a person's picture holds no checkout. And "scan 2 pay", the digit for "to" as texting writes it
    '(?:pay|send (?:the )?(?:(?:[$£€₱]|rm|rs|php) ?\\d+(?:[.,]\\d+)? ?)?(?:money|payment|difference|balance|deposit)|send (?:the )?(?:[$£€₱]|rm|rs|php) ?\\d+(?:[.,]\\d+)?|transfer(?: the money)?)(?: me| us)? (?:via|using|with|through|by|to) (?:the|my|this|that|our) (?:payment )?(?:qr(?: code)?|code) (?:in|on|at) (?:my|our) (?:profile(?: (?:pic|picture|photo|image))?|pfp|avatar|bio|dp|display (?:pic|picture)|header)(?![a-z])',
    // (round 80: or joined, "Scan2pay", "scan-2pay")
    '\\bscan[ -]?2[ -]?pay(?![a-z])',
    // a QR shown on the stream or in a picture, paid straight to the writer or for less than the platform's cart ("QR on
    // screen = direct pay", "the QR in the pic is cheaper than checkout"): the code takes the money round the platform
    '\\bqr(?: code)?(?: (?:on|in) (?:the |my )?(?:screen|stream|live|pic|photo|image|video)| pinned| here| below| above)?[^.!?\\n]{0,12}?(?:direct(?:ly)? pay|pay (?:me |us )?direct(?:ly)?)(?![a-z])',
    '\\bqr(?: code)?[^.!?\\n]{0,40}?(?:cheaper|less) than (?:the |your |in the |at )?(?:cart|checkout|app|platform|listing|shop price)(?![a-z])',
    // "scan & pay", "scan + pay", "scan n pay": the joining word as chat types it ("send the QR now, scan & pay")
    '\\bscan(?: ?[&+] ?| n )pay(?![a-z])',
    // round 65: "QR for payment", "qr to pay", the code's word alone as 'qr code (?:to|for) pay' reads it with "code"
    '\\bqr (?:to|for) pay(?:ment)?(?![a-z])',
    // round 79: the writer's own code put in place of the site's checkout ("use my QR instead of the app checkout", "our
    // referral QR instead of the cart saves you 15%"): not a shop's code for something else ("my QR to join the group")
    "(?<![a-z])(?:my|our) (?:[a-z]+ ){0,2}qr(?: code)? instead of (?:using )?(?:the |your )?(?:(?:app|site|platform|shop|store)(?:'s)? )?(?:checkout|check out|cart|buy button|app|platform|site)(?![a-z])",
    // round 80: the code screenshotted, then paid in a bank or wallet app ("screenshot the QR and pay in your banking app",
    // "screenshot my code, then pay it with GCash"): a picture of a code paid from an app is a person's code ("save",
    // common in shop text, is left out: it would wake the pattern)
    `\\b(?:screenshot|screen shot) (?:the|my|this|that|our) (?:payment )?(?:qr(?: code)?|code)(?![a-z])[^.!?\\n]{0,16}?(?:and|then|&|n) (?:pay|transfer|send (?:the )?(?:money|payment))(?: it| me| us)? ${WITH_WALLET}`,
    // round 83: the code said to be in a numbered or ordered picture of the listing (round 91: or the next one, "QR in the
    // next pic, pay with it"), then paid "there" or "with it" ("QR code
    // in pic 3 → pay there", "the qr's on the last photo, pay with it"): a listing's picture holds no checkout. Not a code
    // there to check the goods ("QR in pic 2 is the authenticity tag")
    "\\bqr(?: code)?(?:'s| is)? (?:in|on) (?:the |my )?(?:(?:last|first|second|third|fourth|final|next|following|\\d(?:st|nd|rd|th)) )?(?:pic|photo|picture|image|slide)s?(?: ?(?:#|no\\.?|number)? ?\\d{1,2})?(?![a-z0-9])[^.!?\\n]{0,6}?(?:→|->|=>|,|-|–|—|:|;|then|and|&)? ?(?:pls |please |just )?(?:pay there|pay with it|pay through it|pay via it|pay using it|transfer there|transfer with it)(?![a-z])",
    // round 88: a wallet's code named by the wallet and scanned for a charge or a fee ("kindly scan this Alipay code for the
    // freight charge", "scan our WeChat Pay code for sample fee"): the charge paid by the scan, off the order. Not a code
    // scanned for a login or a tracking page (no charge named)
    '\\bscan (?:my|this|the|our|that|attached) (?:alipay|wechat ?pay|wechat|weixin|paypal|paynow|gcash|payme|promptpay|duitnow) (?:qr |payment |pay )?code(?![a-z])[^.!?\\n]{0,24}? (?:for|to cover|to settle) (?:the |your |our )?(?:[a-z]+ )?(?:fee|charges?|payment|deposit|balance|freight|shipping|invoice|cost)(?![a-z])',
    // round 89: the code's instruction quoted after it ("a QR code to 'pay the customs fee'", 'QR code saying "pay here"'):
    // round 65's "qr code to pay" with the card's words in quotes; not a code to track, register or log in
    `\\bqr(?: code)? (?:to|for|saying|that says|labell?ed|marked|with) ["'‘“] ?(?:pay|payment|settle|send)(?![a-z])`,
    // round 90: Indian English calls a UPI app's payment QR its "scanner" ("I'll send my GPay scanner", "sharing Paytm
    // scanner, pay there"): the code sent to the buyer. Only with a sending or "my" before it, so the app's own scanning
    // screen ("open the PhonePe scanner at the shop") is not read
    '(?<=(?<![a-z])(?:sent|send|sending|share|shared|sharing|forward|forwarded|forwarding|here\'?s|here is|my|our) (?:you |u )?(?:my |our |the |a )?)(?:gpay|g-pay|google pay|phonepe|phone pe|paytm|bhim|upi) (?:scanner|scaner)(?![a-z])',
    // round 91: a payment code attached or pointed at in the chat, then the screenshot of the payment asked for ("receiving
    // code attached, send a screenshot once paid"): the proof of a transfer no order records. Not a code with no proof asked
    // ("payment code attached to the parcel label"). (The code's kind in a look-behind: "payment" would wake it in most shop text)
    '(?<=(?<![a-z])(?:payment|receiving|collection) )(?:code attached|code is attached|code above|code is above|code below|code is below|code pinned|code is pinned|qr attached|qr code attached|qr code above|qr code below)(?![a-z])(?=[^\\n]{0,60}?(?<![a-z])(?:screenshot|screen shot|receipt|proof)(?![a-z]))',
    // round 92: the writer's code named by a person-to-person wallet, then "scan it" ("our zelle code is on the flyer, scan it
    // before pickup"; "scan the revolut qr in the screenshot"): a wallet's code the writer owns or sent
    // is paid to them. Not a code told of with no scan ("my venmo code is in my profile" asks nothing)
    // (the code and the scan in a look-ahead, so that the wallet's name, not " code", wakes the form)
    `(?<=(?<![a-z])(?:my|our) )${P2P_QR_WALLETS}(?= (?:qr |payment |pay )?code(?![a-z])[^.!?\\n]{0,24}?\\bscan (?:it|this|that)(?![a-z]))`,
    `\\bscan (?:the|my|our|this|that) ${P2P_QR_WALLETS} (?:qr|code|qr code) (?:(?:i|we) (?:just )?(?:sent|shared|posted|attached|uploaded|gave you)|(?:in|on) (?:the|my|this|that) (?:photos?|pics?|pictures?|images?|screenshots?))(?![a-z])`,
    // round 95: the code of a wallet no form above names (India's UPI apps, Africa's mobile money: "PhonePe QR", "my OPay
    // barcode"), or a barcode of one they name ("gcash barcode"): a wallet's code is paid to whoever holds the wallet (a stand
    // or a sticker sold, and the till, are cleared as for the other wallets)
    `(?<![a-z])(?:${QR_WALLETS_MORE}) (?:qr(?: code)?|bar ?code)(?![a-z])`,
    `(?<![a-z])(?:paynow|paylah|payme|promptpay|gcash|maya|duitnow|jkopay|line ?pay|alipay|wechat ?pay|venmo|cash ?app|paypal|zelle|revolut|bkash|m-?pesa) (?:barcode|bar code)(?![a-z])`,
  ].join('|'),
  'g',
);
/**
 * A link typed or pasted in the text (`wxp://…`, `qr.alipay.com/…`, `wx.tenpay.com/f2f…`, `qr.95516.com/…`): a token
 * with a slash after a scheme or a host, judged by the payload rules that know the wallets' collection links
 * (PAY_LINK_RULES), so a link in words and one decoded from a QR image are read alike. (Starts only at a token's
 * start and each part stops at a dot, colon or slash: linear.)
 */
const DECODED = /(?<![a-z0-9.@_-])(?:[a-z][a-z0-9+-]{1,15}:\/?|(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,6})\/[^\s,"'<>()\[\]{}]{0,300}/g;
const PAY_LINK_RULES = PAYLOAD_RULES.filter((r) => r.kind === 'payment_qr');
/** The link read as a decoded payload (a host with no scheme given one), the punctuation closing a sentence trimmed. */
function payLink(token: string): string | undefined {
  const link = token.replace(/[.:;!?]+$/, '');
  const p = parsePayload(/^[a-z][a-z0-9+-]*:/.test(link) ? link : `https://${link}`);
  return PAY_LINK_RULES.some((r) => r.match(p, {})) ? link : undefined;
}
/**
 * The writer's own wallet code (我的 PayMe 二维码, 我们的支付宝收款码): a wallet's code is for paying the person.
 * (Not its 付款码, the buyer's own code a till scans.)
 */
/** National wallets and the mainland's two, as sellers name them beside a code (Taiwan's own few are added where a code is sent). */
const CODE_WALLETS = `payme|fps|转数快|paynow|${ALIPAY_ALT}|街口|jkopay|云闪付|gcash|line ?pay|promptpay|tng|八达通|(?:${WECHAT_ALT})支付|wechat ?pay`;
// (Cantonese says the possessive with a measure word: 扫我个 PayMe 二维码, 扫我哋个转数快码)
const ZH_OWN = new RegExp(`(?:我|我们)(?:的|(?<=扫(?:描)?(?:我|我们))个)? ?(?:${CODE_WALLETS})(?: ?hk)? ?(?:的)?(?:二维码|qr(?: ?code)?|收款码|收钱码)`, 'g');
/** (one pattern, one prefilter: the scanner has 31 presence slots for all rules) */
/**
 * A payment code (a bar code too) sent to the buyer by the writer (我传付款条码给你, 收款码发你; round 86: 收款条码传给你), or scanned from the
 * listing's pictures to transfer (扫描收款条码（见图）直接转账): a transfer goes to a person, a checkout asks none.
 */
const ZH_SENT = /(?:传|发|给)(?:你|您)[^。！？!?\n,，]{0,10}?(?:收款|付款|收钱)(?:二维|条)?码|(?:收款|付款|收钱)(?:二维|条)?码(?:传|发|给)(?:你|您)|(?:收款|付款|收钱)(?:二维|条)?码(?:传|发)给(?:你|您)|扫(?:描)?(?:一下)?(?:收款|付款|收钱)(?:二维|条)码[^。！？!?\n]{0,12}?(?:直接|再)?(?:转账|转钱|打款|转给我)/g;
/**
 * A national wallet's code sent to the buyer (我send个转数快 qr code 给你, 传个支付宝二维码给你, payme码发你): the wallet
 * names what the code is for. (Shop's own checkout has no code sent to the buyer.)
 */
const WALLET_QR = `(?:${CODE_WALLETS}|全支付|悠游付|台湾pay)(?: ?hk)? ?的? ?(?:二维码|qr(?: ?code)?|收款码|收钱码|码)`;
const ZH_WALLET_SENT = new RegExp(`(?:发|传|send|sent)(?: ?(?:个|一个|张|一张|下|一下|你|您|给你|给您))? ?${WALLET_QR}|${WALLET_QR} ?(?:发|传|send|给)(?:你|您)`);
/**
 * A code in a picture read by the phone and paid (长按识别付款, 长按图片识别二维码后转账, 从相册识别二维码支付): WeChat's
 * long press or the album's scan opens a person's code, which a checkout never asks for.
 */
const ZH_LONG_PRESS = /(?:长按|相册)(?:这张|图片|图中|图里|照片|二维码|这个码|屏幕)?(?:识别|扫描)(?:图中|图片中?|图里)?的?(?:二维)?码?(?:后|之后)?[,，]? ?(?:就|直接|即可|再)?(?:可以|能)?(?:付款|支付|转账|打款|交定金|交钱|付)/g;
/**
 * A sum the buyer owes, then a code sent for them to scan (运费差价8块，我发个码你扫一下; 尾款200发你个码扫): a plain 码 that
 * pays what is owed. Without the sum, or scanned to see something (安装视频, 说明书), the code is a video's or a manual's.
 */
const ZH_OWED = /(?:差价|运费|邮费|补差|补款|定金|订金|尾款|余款|\d+(?:\.\d+)? ?(?:块|元|蚊))[^。！？!?\n]{0,12}?(?:发|给)(?:你|您)?(?:个|一个|张|一张|下|一下)?(?:二维)?码(?:给)?(?:你|您)?(?:扫|付|转)(?![^。！？!?\n]{0,8}?(?:看|视频|说明|教程|安装|关注|进群|加群|查|验证|防伪|领|登录|下载))/g;
/**
 * What is owed named first, then the code the writer sent scanned for it (海鲜的钱你扫一下我刚发的那个码, 尾款扫我上面发的二维码):
 * the code is in the chat, and the money goes to whoever made it. (Scanned to see something, like ZH_OWED's.) Or the code
 * kept in the writer's avatar or profile (换货补差扫我头像那个码, 运费扫我主页的二维码): a person's picture holds no checkout.
 */
const ZH_OWED_SENT = /(?:钱|货款|差价|运费|邮费|补差|补款|定金|订金|尾款|余款|\d+(?:\.\d+)? ?(?:块|元|蚊))[^。！？!?\n]{0,8}?扫(?:一扫|一下|下)?(?:我|我们)(?:(?:刚|刚才|刚刚|上面|前面|之前|早上|昨天)?(?:发|给|传)(?:你|您|过来)?的|的?(?:头像|主页|简介|背景图?|朋友圈|个人资料|资料|签名)(?:里|上|中)?的?)(?:那个|这个|那张|这张)?(?:二维)?码(?![^。！？!?\n]{0,8}?(?:看|视频|说明|教程|安装|关注|进群|加群|查|验证|防伪|领|登录|下载))/g;
/**
 * One syllable of the code's words typed in pinyin to get past a word filter (收kuan码, shou款码, sao码付款, 扫ma支付): read as
 * the words themselves. Only mixes: each form holds a pinyin syllable, the plain words are ZH_CODE's.
 */
const ZH_PINYIN = /收 ?kuan ?码|(?<![a-z])shou ?款 ?码|(?<![a-z])sao ?(?:一(?:扫|sao) ?)?码 ?(?:付|支付|转|打款|fu ?kuan)|扫 ?ma ?(?:付|支付|转|打款)/g;
/**
 * FPS's and JKOPay's QR by their Chinese names (转数快 QR 喺我 bio，扫完…): a person's code for the wallet, when the
 * sentence goes on to where it is or to paying with it (WALLET_QR_USED). Not the feature described (转数快 qr code收款功能介绍)
 * nor a shop's list of what its checkout takes (支援转数快 QR 付款: WALLET_ACCEPTED).
 */
const ZH_WALLET_QR = /(?:转数快|街口) ?qr(?: ?code)?/g;
const WALLET_QR_USED = /^[^。！？!?\n]{0,20}?(?:扫|付|转|给我|截图|置顶|主页|简介|bio|放|喺|在)/;
const WALLET_ACCEPTED = /(?:支持|支援|可用|接受|可以用)\s?$/;
/**
 * A plain 码 sent to the buyer, then scanned to pay a few lines on (我发你个码\n[图片]\n用微信扫一下付): a chat's lines,
 * the picture between, are one request. (Scanned to pay: not to follow or join.)
 */
const ZH_SENT_SCAN = /(?:发|给|传)(?:你|您)(?:个|一个|张|一张)?(?:二维)?码[^。！？!?,，]{0,16}?扫(?:一扫|一下|了|完|好)?(?:就|直接|再)?(?:付|支付|转(?!发)|打款)/g;
/**
 * The writer saying they send a code, with no "you" after the verb, then the scan and the payment in the next clauses
 * (我发个二维码，用微信扫一扫，付完告诉我; 我给个码 扫一下 转好说一声): the writer's own code, paid by the buyer's scan. (A code
 * scanned to read or see something names no payment.)
 */
const ZH_WRITER_SENT_SCAN = /我(?:先|再|这就|现在|等下)?(?:发|给|传)(?:个|一个|张|一张)(?:二维)?码[^。！？!?]{0,16}?扫(?:一扫|一下)(?:就|直接|再|然后)?[,，\s]{0,2}(?:就|直接|再|然后)?(?:付|支付|转(?!发)|打款)/g;
/**
 * The code called by its English name in Chinese chat, scanned to pay (扫这个 QR code 付款就好, 扫我的qr付款, 扫图里的 qr 转账):
 * 扫码付 with the Latin word for 码.
 */
const ZH_SCAN_QR = /扫(?:一扫|一下)?(?:我的?|这个|这张|下面的?|图里的?|图片里?的?|图上的?|照片里?的?)? ?qr(?: ?code|码)? ?(?:就|来|直接|后|完|了)?(?:能|可以|可)?(?:付|支付|转账|打款|交定金|交钱)/g;
/**
 * A code pointed at first (on the screen, in a picture), then the buyer told to scan and pay at once a few words on
 * (屏幕上那个码看到没 扫一扫直接付, 图里的码 大家扫一下就能付): the pay word right after the scan, with 就/直接 making it
 * the way to pay. (Not a code scanned to see or follow something: that names no payment.)
 */
const ZH_CODE_THEN_SCAN = /码[^。！？!?\n]{1,12}?扫(?:一扫|一下)(?:就|直接|就能|就可以)(?:付|支付|转账|打款|交定金|交钱)/g;
/**
 * WeChat's tip code (赞赏码) or a streamer's 打赏码 used to pay for the goods (赞赏码在左上角，扫了的优先发货; 扫主页打赏码付定金;
 * 打赏码转账后截图): a person's code, paid outside the order. With the order's words only (发货, 定金, 下单…): a tip to an
 * author, 扫赞赏码支持一下, buys nothing.
 */
const ZH_TIP_ORDER = '(?:发货|出货|先发|先寄|优先|下单|定金|订金|货款|尾款|锁单|留货|预留|排单|包邮|拍|付款|支付|转账|打款|到账|截图|买)';
/** (not the code's stand or sticker sold, 打赏码立牌定制, 定制赞赏码贴纸: PRODUCT_AFTER's goods) */
const TIP_CODE = '(?<!定制|订制|印刷|制作|[亚压]克力)(?:赞赏|打赏)(?:二维)?码(?!\\s?的?\\s?(?:[亚压]克力\\s?)?(?:立牌|台卡|桌牌|挂牌|牌|贴纸|摆台|摆件|支架|展示|定制|订制|制作|印刷|模板|卡片|音箱))';
const ZH_TIP = new RegExp(`${TIP_CODE}[^。！？!?\\n]{0,16}?(?:扫|付|转|打款|支付)[^。！？!?\\n,，]{0,10}?${ZH_TIP_ORDER}|扫[^。！？!?\\n,，]{0,6}?${TIP_CODE}[^。！？!?\\n]{0,12}?${ZH_TIP_ORDER}|${TIP_CODE}(?:上|里)?(?:付|支付|转账|打款|交定金|交钱)`);
/**
 * A code told to be a person's own account (扫下方二维码（个人收款）, 码【私人账户】, 二维码 个人微信收款, 私人账户二维码): a
 * checkout's code is the platform's or a company's, so one said to be personal is paid to the person, off the order.
 * (Not a login's: PLATFORM's 登录 before it.)
 */
const PERSONAL = `(?:个人|私人)的?\\s?(?:${WALLET_ALT})?\\s?`;
/**
 * A code the writer shows (截图右下角的二维码, 第二张图的二维码), scanned, then the goods sent straight away (扫了备注ID直接发货,
 * 扫完就发货): the scan is the payment. Not a code to follow or join through (关注, 进群, 加), whose 发货 is later.
 */
const ZH_SCAN_SHIP = /二维码[^。！？!?\n]{0,4}?[,，]? ?扫(?:了|完|好|一下)?(?:后|之后)?[^。！？!?\n关群加]{0,10}?(?:直接|就|马上|立刻|即|立即)(?:安排)?发货/g;
const ZH_PERSONAL = new RegExp(`(?:二维)?码\\s?[(（【\\[]?\\s?${PERSONAL}(?:收款|收钱|账户|帐户|户头|账号|帐号)|${PERSONAL}(?:收款|收钱|账户|帐户|户头)\\s?[)）】\\]]?\\s?的?(?:二维)?码`);
/**
 * A regional wallet's code (Taiwan's 街口支付 / LINE Pay / 全支付, Hong Kong's 转数快 / PayMe, South-east Asia's GCash,
 * GrabPay, DANA, OVO, TNG…) scanned to pay, with where it is between (请扫下方街口支付 QR code 付款, 扫图里的 LINE Pay 码付订金),
 * or pointed at and paid (下方全支付二维码付定金): a wallet's code the writer shows is the writer's account. (At a checkout
 * the sentence names it: atCheckout.)
 */
const REGIONAL_WALLETS = `街口(?: ?支付)?|jko ?pay|line ?pay|全支付|悠游付|台湾pay|icash ?pay|全盈 ?(?:\\+ ?)?pay|转数快|fps|payme|八达通|octopus|paynow|paylah|gcash|maya|grab ?pay|dana|ovo|gopay|qris|tng|touch ?n ?go|duitnow|promptpay|云闪付|(?:${WALLET_ALT}) ?(?:支付)?`;
// (round 64: or the corner of the live room's screen, 画面右下角, 萤幕左上角, as Taiwan says it)
const CODE_PLACE = '(?:下方|下面|以下|上方|上面|附上|附图|图中|图里|图片里?|照片里?|置顶|主页|这个|这张|我的?|(?:画面|屏幕|萤幕)?(?:上|上的)?(?:左下角|右下角|左上角|右上角)|(?:画面|萤幕)上?|屏幕上?)的?';
// (a bar code too, 条码, when it is scanned from the screen's corner: SCREEN_BAR)
const REGIONAL_CODE = `(?:${REGIONAL_WALLETS}) ?的? ?(?:收款|付款)?(?:qr(?: ?code)?|二维码|收款码|条码|码)`;
/** round 64: a wallet's bar code scanned off the live room's screen (扫画面右下角的 LINE Pay 条码付款): the seller's, no till's. */
const SCREEN_BAR = /^扫(?:一扫|一下|描)?(?:画面|屏幕|萤幕)[^。！？!?\n]{0,16}条码/;
const ZH_SCAN_WALLET = new RegExp(`扫(?:一扫|一下|描)?${CODE_PLACE}? ?${REGIONAL_CODE} ?(?:就|来|直接|后|完|了|即可)?[,，]? ?(?:能|可以|可)?(?:付|支付|转账|打款|交定金|交钱|缴)|${CODE_PLACE} ?${REGIONAL_CODE} ?(?:扫描?(?:一下)?)?(?:就|来|直接|后|完|即可)?(?:付|支付|转账|打款|交定金|交钱|缴)`);
/**
 * The payment named first, then the code to scan for it (付款直接扫图里的二维码, 转账就扫我发的码, 付钱请扫一下置顶的码): the
 * same ask as 扫码付款 said the other way round. (Not the buyer's own 付款码: 扫 must come between.)
 */
// (not a payment told not to be made, which leaves the code after it to the other forms: 先别付款，扫我发的收款码付)
const ZH_PAY_THEN_SCAN = /(?<![别勿不]|不要|不用|无需|暂不)(?:付款|支付|转账|打款|付钱|交钱|交定金|付定金)(?:的话|时)?[,，]? ?(?:就|直接|请|麻烦|可以)*扫(?:一扫|一下|描)?[^。！？!?\n,，码]{0,8}码/g;
/**
 * A code to scan set against the platform's own way to buy: cheaper than the cart or the link (扫这个码比小黄车便宜,
 * 扫一下比链接省二十), or the link called slow, queued or sold out, then a code to scan instead (链接要排队，扫我这个码;
 * 小黄车抢不到的扫这张码): the scan takes the money round the order. Not a code to follow, join or get a coupon by
 * (PLATFORM's 领, 关注, 进群), nor a buyer's question (扫码比小黄车便宜吗？) or a scan forbidden (别扫).
 */
const CART = '(?:小黄车|购物车|购物袋|链接|橱窗|平台|直播间(?:链接)?)';
const ZH_INSTEAD_OF_CART = new RegExp(
  `扫(?:一扫|一下|(?:我的?|这个|这张)?[^。！？!?\\n,，码]{0,8}码)[^。！？!?\\n]{0,6}?比${CART}(?:里|上)?(?:的)?(?:价格?)?(?:还|更|要|能)?(?:便宜|省|划算|优惠|实惠|少)(?![^。！？!?\\n]{0,6}?[吗么嘛?？])` +
    `|${CART}[^。！？!?\\n]{0,6}?(?:排队|要等|太慢|好慢|很慢|卡住|卡了|抢不到|拍不到|拍不了|没货|下架|不好拍)[^。！？!?\\n]{0,12}?(?<!别|勿|不要|不能|不用)扫(?:一扫|一下|我的?|这个|这张)?[^。！？!?\\n,，码]{0,6}码`,
  'g',
);
/**
 * The buyer asking how to pay what is owed, the writer answering with a picture of a code on its own line, then
 * "scan this" (定金怎么付\n[图片]\n扫这个就行; 余款付哪里\n[二维码]\n扫一下): a chat's lines, the code the answer to the
 * payment asked (a thread's short lines are read glued, with no line break between). Not a code scanned to see or follow
 * something (扫这个看安装视频).
 */
const ZH_ASKED_THEN_CODE = /(?:尾款|余款|定金|订金|差价|运费|邮费|补款|货款|钱|款)(?:要|该|应该|可以)?(?:(?:怎么|咋|如何|怎样)(?:付|给|转|交|支付|结)|(?:付|转|交)(?:到)?哪(?:里|儿)?|在哪(?:里|儿)?(?:付|交))[^\n]{0,6}\n?\s*\[(?:二维码|付款码|收款码|码|图片|图|照片)(?:图片|图)?\]\s*\n?\s*扫(?:这个|这张|这|一下|一扫|它|图|码)?(?![^。！？!?\n]{0,8}?(?:看|视频|说明|教程|安装|关注|进群|加群|查|验证|防伪|领|登录|下载))/g;
/**
 * What is owed named, then a code pointed at scanned for it with "that's all" (定金扫这个码就行, 尾款扫下面的码即可),
 * and the payment told done in the next clause (付完我给您排单, 转好说一声): the code pays the sum. Not a code scanned to see
 * something, and not without the payment after it (定金扫这个码就行 alone may be a code to the platform's checkout).
 */
const ZH_OWED_POINTED = /(?:定金|订金|尾款|余款|差价|运费|邮费|补差|补款|货款|押金)[^。！？!?\n,，]{0,4}?扫(?:一扫|一下|下)?(?:这个|这张|这|下面的?|下方的?|上面的?|图里的?|图上的?|图片里?的?)(?:二维)?码(?:就行|就好|就可以|就ok|即可|就成)(?:了|啦|哈|哦|喔)?[,，\s]{1,2}(?:您|你)?(?:付|转|交|打)(?:完|好|了)/g;
const ZH = new RegExp(`${ZH_ASKED_THEN_CODE.source}|${ZH_SCAN_WALLET.source}|${ZH_CODE.source}|${ZH_SCAN.source}|${ZH_SENT.source}|${ZH_OWN.source}|${ZH_WALLET_SENT.source}|${ZH_LONG_PRESS.source}|${ZH_OWED.source}|${ZH_OWED_SENT.source}|${ZH_PINYIN.source}|${ZH_WALLET_QR.source}|${ZH_SENT_SCAN.source}|${ZH_WRITER_SENT_SCAN.source}|${ZH_SCAN_QR.source}|${ZH_CODE_THEN_SCAN.source}|${ZH_TIP.source}|${ZH_PERSONAL.source}|${ZH_SCAN_SHIP.source}|${ZH_PAY_THEN_SCAN.source}|${ZH_INSTEAD_OF_CART.source}|${ZH_OWED_POINTED.source}`, 'g');
/**
 * The code to scan under a payment label ("Payment: scan the QR in the last pic", "Deposit - scan my DuitNow code"): the
 * label says what the scan is for. Read after EN and only where EN found nothing, so EN's longer readings keep their spans.
 */
const EN_LABELLED = /(?<![a-z])(?:payment|deposit|balance|to pay|how to pay)\s?[:：–—-]\s?(?:just |please |pls |kindly )?scan (?:the|my|our|this|that) (?:[a-z][a-z0-9-]* ){0,2}(?:qr|code)(?![a-z])/g;
/** What a labelled code is scanned for when it is not the payment ("Payment: scan the code on the receipt to track it"). */
const SCANNED_FOR_ELSE = /^[^.!?\n]{0,30}?(?<![a-z])to (?:track|rate|review|verify|check|see|view|watch|download|install|register|activate|log ?in|sign ?in|follow|join)(?![a-z])/;
const PATTERNS = new Phrases([ZH, EN, DECODED, EN_LABELLED, EN_WALLET_PHOTO], { split: PHRASE_PART_SOURCE });
/**
 * A device that reads codes (扫码器, 扫码盒, 收银机, POS机) named in the sentence: a listing of the reader or of what it
 * reads, never a code the buyer pays into. (Only a code not sent to the buyer.)
 */
const CODE_READER = /扫码器|扫描器|扫码盒|扫码墩|扫码模块|读码器|收银机|收款机|pos ?机|扫码支付盒|扫码平台/;
/**
 * The buyer's own code (付款码, the one a till scans) told as what something supports or reads (支持微信支付宝付款码,
 * 可识别云闪付付款码): a reader's or a till's listing. A seller's own code is its 收款码.
 */
const BUYER_CODE = /^付款(?:二维|条)?码$/;
const READS_BEFORE = new RegExp(`(?:支持|支援|识别|读取|兼容|可扫)\\s?(?:(?:${WALLET_ALT}|云闪付|银联|数字人民币|\\s|[/、和及与]){0,6})$`);
/** The platform's own pay-by-scan or login screens. */
const PLATFORM = /登录|登陆|关注|进群|加群|领|下载|login|log in|sign in|收货|扫码购|扫码点单|点餐|点单|前台|收银|柜台|门店|店里|店内|实体店|超市|餐厅|酒店|桌|停车|条码|条形码|比价|checkout|register|cashier|in store|in-store|menu|table/;

/**
 * A payment code that is itself the goods: the stand, sticker or plate a shop buys to show its code (收款码立牌,
 * 定制收款码贴纸, 付款码桌牌 15×10cm), the code's sound box. The maker's word right before the code or the object
 * right after it (a listing's words spaced apart too: 收款QR Code 立牌; acrylic is 亚克力, Taiwan's 压克力); only for the code named bare (a code to scan and pay, 扫码付, is a request whatever is near).
 */
const PRODUCT_AFTER = /^\s?的?\s?(?:[亚压]克力\s?)?(?:展示(?:架|牌|台|卡|用)?(?=$|[\s,，。/、;；!！])|(?:提示|指示|告示|标识)(?:牌|卡|贴)|立牌|台卡|桌牌|挂牌|牌子?|摆台|摆件|贴纸|贴牌|卡片|支架|展示架|展架|音箱|音响|播报器|提示器|喇叭|模板|定制|订制|制作|印刷|打印|批发)|^\s*[/、,，和及]\s*(?:wi-?fi|无线网?|菜单|点餐|点单|名片|网址|公众号|导航)(?:二维)?码/;
/**
 * (the maker's verb: 定制, 印刷, and the shorter 印/刻 of a print shop's listing, 可印收款码, 刻上微信收款码; or another
 * kind of code a stand carries listed before it, wifi码/收款码)
 */
const PRODUCT_BEFORE = new RegExp(`(?:[亚压]克力|定制|订制|定做|印刷|打印|制作|批发|pvc|[可能]?印(?:上|制)?|[可能]?(?:雕|(?<![立时此即顷深片]))刻(?:上)?|(?:wi-?fi|无线网?|菜单|点餐|点单|名片|网址|公众号|导航)(?:二维)?码\\s*[/、,，和及]\\s*)的?(?:个人|商家|店铺|${WALLET_ALT})?$`);
/**
 * The wallets a stand is made for, listed before the code (适用于微信/支付宝收款二维码, 通用街口／LINE Pay 收款码): a
 * listing telling which codes the goods hold; a seller asking to be paid names no "suited to".
 */
const SUITED_BEFORE = new RegExp(`(?:适用|通用|兼容)(?:于)?\\s?(?:(?:${WALLET_ALT}|云闪付|街口|line ?pay|payme|fps|转数快|全支付|台湾pay|jkopay|八达通|银行)\\s?[/、和及与]?\\s?){1,4}的?$`);
const BARE_CODE = /码$|qr(?: ?code)?$/;
/**
 * The code's card or slip put in the buyer's parcel (包裹里有张收款码卡片, 快递盒里夹了收款码卡): a card sent with an order
 * is the seller's code for the next purchase, not a card the shop sells.
 */
const IN_PARCEL = /(?:包裹|快递|箱子|盒子|袋子|货|箱|盒)(?:里|内|中)|随货|随包裹|随单/;
/** (only a card: a stand or a sticker in a parcel is the goods a buyer of them received) */
function inParcel(canon: string, start: number, end: number): boolean {
  return /^\s?的?\s?卡片?/.test(canon.slice(end, end + 4)) && IN_PARCEL.test(canon.slice(clauseStart(canon, start, 16), start));
}
/**
 * "扫码支付" as the words printed on the goods (扫码支付提示牌, “扫码付款”贴纸, 扫码付款二维码立牌): the label with the
 * object right after it, like EN_LABEL. A request names no sign or sticker after the scan (扫码付款，牌子上有码 is cut
 * by the comma).
 */
const ZH_LABEL = /^扫(?:一扫)?(?:二维)?码(?:付款?|支付)$/;
const ZH_LABEL_AFTER = /^款?["”’」』]?\s?(?:(?:二维)?码\s?|qr(?: ?code)?\s?)?(?:[亚压]克力\s?)?(?:(?:提示|指示|告示|标识|展示)(?:牌|卡|贴|标)|立牌|台卡|桌卡|桌牌|挂牌|牌子?|摆台|摆件|贴纸|标牌|标识|标志|展示架|支架|模板|音箱|播报器)/;
/** The same in English: "payment QR code stand / sticker / sign", "custom PayNow QR code". */
const EN_PRODUCT_AFTER = /^s? (?:stands?|signs?|stickers?|decals?|plates?|plaques?|displays?|holders?|boards?|tent cards?|table cards?|acrylics?|keychains?|templates?|printing|generators?|scanners?|readers?|speakers?|sound ?box(?:es)?|standees?)\b/;
const EN_PRODUCT_BEFORE = /(?:custom|customi[sz]ed|personali[sz]ed|acrylic|printed|printable|engraved|laminated|wooden|waterproof)(?: [a-z]+)? $/;
/**
 * "Scan to pay" as the words printed on the goods ("'Scan to Pay' QR code stand", "scan & pay sticker"): the label
 * with the object right after it (its QR code between), or quoted after the maker's word ("acrylic 'Scan to Pay'").
 * Unquoted, a maker's word before it is an order being paid ("for custom orders scan to pay").
 */
const EN_LABEL = /^scan[ -](?:to|and)[ -]pay$/;
/**
 * The buyer's own code printed on the goods they order ("we can print your logo and your own WeChat QR on the box",
 * "engrave your Alipay QR on the tag"): a print job, the code the reader's.
 */
const EN_PRINT_YOURS = /(?<![a-z])(?:print|engrave|emboss|stamp|laser[- ]?(?:print|engrave|etch))(?:s|ed|ing)?(?![a-z])[^.!?\n]{0,36}?(?<![a-z])your (?:own )?$/;
function enProduct(canon: string, start: number, end: number, label: boolean): boolean {
  let after = canon.slice(end, end + 30);
  if (label) after = after.replace(/^['"”’]?(?: ?qr(?: code)?)?/, '');
  if (EN_PRODUCT_AFTER.test(after)) return true;
  // round 64: the goods named in Chinese after an English code's name (PayNow QR 亚克力立牌, DuitNow QR 贴纸 定制), as
  // mixed listings write them; not a card in the parcel
  if (!label && PRODUCT_AFTER.test(after.replace(/^ ?code/, '')) && !inParcel(canon, start, end)) return true;
  const before = canon.slice(Math.max(0, start - 24), start);
  if (!label) return EN_PRODUCT_BEFORE.test(before) || EN_PRINT_YOURS.test(canon.slice(Math.max(0, start - 60), start));
  return /['"“‘]$/.test(before) && EN_PRODUCT_BEFORE.test(before.slice(0, -1));
}

/**
 * The platform's own checkout named in the sentence (结算页可以选微信扫码支付，是平台收银台): the scan pays the order
 * there. Not when the writer sends the buyer past it (不用去结算页，扫码转我; 别走收银台).
 */
const ZH_CHECKOUT = /结算(?:页|界面|时|的时候)|结[帐账](?:页|界面|时|的时候)|收银台|支付页|付款页|订单页|下单页|确认订单|提交订单/g;
const PAST_CHECKOUT = /(?:不|别|跳过|绕过|绕开|免|无需|省得|省去)[^。！？!?\n,，]{0,3}$/;
function atCheckout(canon: string, start: number, end: number): boolean {
  const from = sentenceStart(canon, start, 24);
  const to = sentenceEnd(canon, end, 24);
  ZH_CHECKOUT.lastIndex = from;
  for (let m = ZH_CHECKOUT.exec(canon); m !== null && m.index < to; m = ZH_CHECKOUT.exec(canon)) {
    if (!PAST_CHECKOUT.test(canon.slice(Math.max(from, m.index - 6), m.index))) return true;
  }
  return false;
}

/**
 * Someone else's code warned about (看到有人在弹幕里发收款码，大家千万别扫; "someone posted a payment QR in the chat, don't
 * scan it"): a third party posted it, and the writer forbids scanning it right after. Both are needed: a code someone
 * sends with no warning is still a code to pay.
 */
// (round 91: or a seller put as a case to the reader, "when any shop posts its 收款码 here, report them": a tip, told with the
// advice after it, as WARNED_AFTER reads it; the writer's own code is never "if a seller sends")
const POSTED_BY_OTHER = /(?:有人|陌生人|别人|骗子|不明人士|假冒的?|冒充[^。！？!?\n]{0,8}?的人|(?<![a-z])(?:someone|somebody|a stranger|strangers|scammers?|random (?:people|accounts?)|(?:if|when|once) (?:a|any|the|some) (?:seller|shop|vendor|agent|buyer)s?)(?![a-z]))[^。！？!?\n]{0,14}?(?:发|贴|刷|晒|丢|传|挂|留|po|post(?:ed|ing|s)?|sen[dt]|shar(?:ed|ing)|dropp(?:ed|ing))[^。！？!?\n]{0,8}$/;
const WARNED_AFTER = /^[^。！？!?\n]{0,6}[。！？!?\n,，~～ ]?[^。！？!?\n]{0,10}?(?:别扫|不要扫|勿扫|不能扫|千万别|千万不要|别信|不要信|别付|不要付|别转|不要转|小心|谨防|当心|是骗子|骗子|诈骗|骗局|举报|(?<![a-z])(?:don'?t|do not|never) (?:scan|pay|send)|(?<![a-z])scam|report (?:it|them|the)|(?<![a-z])block (?:and|&|n|\+) report(?![a-z])|(?<![a-z])(?:block|report) (?:them|him|her|the seller|the shop)(?![a-z]))/;

/** The shop's own till in English: the code is shown at the checkout or on the table (not "instead of using checkout"). */
/** The checkout passed over before the code ("skip the checkout, my GCash QR…", "instead of paying at checkout"). */
// (and in code-switched English: Tagalog "di na/hindi na/wag" (no more, don't), Hindi "mat/nahi" (don't, not), Spanish
// and Portuguese "sin/sem" (without))
const EN_PAST_PLATFORM = /(?<![a-z])(?:skip|instead of|rather than|not|don'?t|no need|bypass|avoid|without|di na|hindi na|wag|huwag|mat|nahi|sin|sem)(?![a-z])/;
// (round 91: or the everyday places a wallet's scan pays, named in the plural, "scan to pay works in most cafes": a traveller's
// tip, not a seller's code; one shop named is a seller's own, so the singular is left out)
// (…or the marketplace's payment page, with the place's word of code-switched English before it, Tagalog sa/ng, Spanish and
// Portuguese en/no/na, Malay di/kat, or the Hindi postposition after it: "GCash QR sa payment page", "payment page pe UPI QR")
const EN_PLATFORM = /(?:at|in|on|during) (?:the )?(?:(?:self[- ]?)?checkout|register|cashier|table|menu|counter|till|front desk|reception|kiosk|terminal|meter)|(?<![a-z])(?:in|at) (?:most |all |local |the )?(?:shops|stores|restaurants|cafes|supermarkets|convenience stores|street stalls|markets|taxis|hotels)(?![a-z])|in[- ]store|login|log in|sign in|(?<![a-z])(?:at|in|on|sa|ng|en|no|na|di|kat) (?:the |ang |yung |la |a )?(?:payment|checkout|pay) (?:page|screen)(?![a-z])|(?<![a-z])(?:payment|checkout) (?:page|screen) (?:pe|par|mein|me)(?![a-z])/;

/**
 * A payment QR code, or a pointer to one ("收款码发你了", "扫码付", wxp:// links). A plain 二维码 is one when the writer
 * sends it and the buyer pays with it in the same sentence (发你个二维码，扫了付; 我把二维码发你，扫完转就行; not a group's
 * code, 群二维码发你).
 */
export default defineRule({
  id: 'payment-qr',
  kind: 'payment_qr',
  severity: 'high',
  // (round 95: "barcode", a wallet's code by that name)
  trigger: /码|扫|长按|相册|qr|scan|bar ?code|\/|code (?:in|on|at) (?:my|our)|(?:screenshot|screen shot) (?:the|my|this|that|our) (?:payment )?code|(?:receiving|collection|payment) code (?:is )?(?:attached|above|below|pinned|up there|in the chat)/,
  explain: {
    zh: {
      asked: '对方让你扫他的收款二维码付款。',
      risk: '扫个人收款码付款，钱直接进对方口袋，不经过平台担保；出问题平台无法退款，也没有7天无理由退货。',
      instead: '只在平台订单页付款，不扫卖家发来的收款码；向平台举报这种要求。',
    },
    en: {
      asked: 'The seller asked you to pay by scanning their personal payment QR code.',
      risk: 'Paying by a private QR code sends money straight to the seller with no escrow; the platform cannot refund you.',
      instead: 'Pay only on the platform’s order page and never scan a seller’s payment code; report the request.',
    },
  },
  match: (ctx) => {
    const canon = ctx.canon;
    const out: RawMatch[] = [];
    // (a part of the split Chinese or English pattern is told by its whole)
    forEachPhraseMatch(canon, PATTERNS.for(ctx), (m, re) => {
      // (English: the place named later in the sentence, "pay with the QR code shown at checkout")
      if (re === DECODED) {
        const link = payLink(m[0]);
        if (link) out.push({ start: m.index, end: m.index + link.length, value: link });
        return false;
      }
      if (re === EN_WALLET_PHOTO) {
        const end = m.index + m[0].length;
        const from = Math.max(sentenceStart(canon, m.index, 60), m.index - 60);
        if (!out.some((o) => o.start < end && m.index < o.end) && !EN_PLATFORM.test(canon.slice(from, end + 30)) && !refusedAfter(canon, end) && !SCANNED_FOR_ELSE.test(canon.slice(end, end + 50)) && !WHAT_QR_IS.test(canon.slice(end, end + 30))) {
          out.push({ start: m.index, end, value: m[0] });
        }
        return false;
      }
      if (re === EN_LABELLED) {
        const end = m.index + m[0].length;
        if (!out.some((o) => o.start < end && m.index < o.end) && !EN_PLATFORM.test(canon.slice(Math.max(0, m.index - 4), end + 30)) && !atCheckout(canon, m.index, end) && !refusedAfter(canon, end) && !SCANNED_FOR_ELSE.test(canon.slice(end, end + 50))) {
          out.push({ start: m.index, end, value: m[0] });
        }
        return false;
      }
      const around = canon.slice(Math.max(0, m.index - 4), m.index + m[0].length + (re === EN ? 30 : 4));
      // (a code sent to the buyer, 传付款条码给你, or scanned for a transfer, 扫描付款条码…直接转账, is no till's bar code)
      if (re === EN ? EN_PLATFORM.test(around) || atCheckout(canon, m.index, m.index + m[0].length) : !/[传发给][你您]|^扫.*(?:转账|转钱|打款|转给我)$/.test(m[0]) && !SCREEN_BAR.test(m[0]) && (PLATFORM.test(around) || (!/[我你您]/.test(m[0]) && atCheckout(canon, m.index, m.index + m[0].length)))) return false;
      // (a wallet's QR named bare, the checkout or the counter just before it: "at checkout choose the DANA QR option")
      if (re === EN && !/(?<![a-z])(?:my|our|me|scan|send)(?![a-z])/.test(m[0]) && EN_PLATFORM.test(canon.slice(Math.max(sentenceStart(canon, m.index, 30), m.index - 30), m.index)) && !EN_PAST_PLATFORM.test(canon.slice(Math.max(0, m.index - 40), m.index))) return false;
      if (refusedAfter(canon, m.index + m[0].length)) return false;
      if (POSTED_BY_OTHER.test(canon.slice(sentenceStart(canon, m.index, 40), m.index)) && WARNED_AFTER.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 30))) return false;
      if (re === ZH && !/[传发给][你您]/.test(m[0]) && CODE_READER.test(canon.slice(sentenceStart(canon, m.index, 30), sentenceEnd(canon, m.index + m[0].length, 30)))) return false;
      if (re === ZH && BUYER_CODE.test(m[0]) && READS_BEFORE.test(canon.slice(Math.max(0, m.index - 20), m.index))) return false;
      if (re === ZH && /^(?:转数快|街口) ?qr/.test(m[0]) && (WALLET_ACCEPTED.test(canon.slice(Math.max(0, m.index - 5), m.index)) || !WALLET_QR_USED.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 24)))) return false;
      if (re === ZH && ZH_LABEL.test(m[0]) && ZH_LABEL_AFTER.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 12))) return false;
      if (re === ZH && BARE_CODE.test(m[0]) && ((PRODUCT_AFTER.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 8)) && !inParcel(canon, m.index, m.index + m[0].length)) || PRODUCT_BEFORE.test(canon.slice(Math.max(0, m.index - 8), m.index)) || SUITED_BEFORE.test(canon.slice(Math.max(0, m.index - 30), m.index)))) return false;
      if (re === EN) {
        const label = EN_LABEL.test(m[0]);
        if ((label || ((BARE_CODE.test(m[0]) || /bar ?code$/.test(m[0])) && !/^my /.test(m[0]))) && enProduct(canon, m.index, m.index + m[0].length, label)) return false;
      }
      // a buyer telling what a scan-to-pay discount saved (扫码付款便宜了6块), not a code offered to them
      if (re !== EN && !/[我你您]/.test(m[0]) && /^款?(?:便宜|优惠|立减|减|省)了/.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 4))) return false;
      out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
      return out.length > 500;
    });
    return out;
  },
});
