import { ruleTester } from '../rule-tester';

ruleTester('payment-account', {
  valid: [
    "PSA: a fake \"store\" keeps asking buyers to pay with Cash App. Don't.", // the impostor's name in scare quotes
    "What's a cashtag? Is it safe to pay with PayID through the checkout?", // the words asked about, no account
    "We accept PayID at checkout",
    "Some guy emailed me asking to pay by Venmo instead, I said no and paid at checkout.", // who wrote, then the ask, refused
    // the wallet one of the checkout's listed methods
    "Venmo is fine by me, thanks @mark_22", // a person thanked, not the account
    "did you venmo me? @sarah thanks so much", // a plain @name after the question tags a person
    "venmo works for me too lol @sarah", // a bare @name tags a person
    "請用 LINE Pay 或信用卡結帳，訂單頁重新整理就好", // the wallet listed with a card at the checkout (結帳)
    "You can pay with PayNow or credit card at checkout.",
    "Pay with GrabPay, ShopeePay or COD inside the Shopee app",
    // the checkout named by its platform with "at"; a listing's rule that turns F&F down
    "Pay with GCash at Lazada checkout, it's instant",
    "Payment through Vinted checkout only. No PayPal F&F please",
    // someone's words quoted, then refused
    "A buyer wrote 'just pay me with Zelle and skip the fees'. I said no.",
    "Maker asked me to pay via PayPal F&F. Said no, stuck with the checkout.",
    "Got a DM, the guy goes \"send it via venmo and I ship tonight\" - ignored and reported",
    "Seller kept asking me to pay with Cash App first — not happening. Used the site's checkout and it arrived.",
    "He wants me to pay via Zelle before shipping, no thanks.",
    "They told us to pay with Venmo, we said no thanks and used checkout",
    "Pay with GCash inside the Lazada app or cash on delivery",
    "Card, PayPal, or pay with Venmo at checkout",
    "Buyers can pay with M-Pesa through the Kilimall app",
    "Pay via M-Pesa paybill 522533, account no.: your order number",
    // an amount after "till", not a till number
    "paid with M-Pesa till 1500.50 at the shop counter",
    // a buyer's account of the request, reported
    "Seller asked me to pay through Zelle to avoid fees. Reported to eBay.",
    "We accept PayPal and cards at checkout",
    "Zelle is a US bank service",
    "支持支付宝、微信支付",
    "Pay securely with PayPal at checkout",
    "ＵＳＤＴ今日汇率 ７.２ 左右，ＴＲＣ２０ 网络手续费低", // styled crypto words with no address
    "𝐁𝐓𝐂 𝐢𝐬 𝐮𝐩 𝐭𝐨𝐝𝐚𝐲, 𝐰𝐚𝐥𝐥𝐞𝐭 𝐚𝐩𝐩𝐬 𝐚𝐫𝐞 𝐬𝐥𝐨𝐰",
    "支付宝付款成功",
    // a number named as the order or the trade, not Alipay's user ID; too short to be the ID
    "支付宝交易号 2088 1021 7951 4680 已原路退回",
    "支付宝订单 2088102179514680 显示已付款",
    "支付宝 2088 年会员",
    "支持数字人民币付款",
    "用数字人民币支付立减10元，订单号 2024050112345",
    "活动期间用翼支付付款满100减5元",
    "数字人民币试点城市 2021 年开始",
    "Interac is accepted at checkout",
    "the pp size is 12 pages, 13800138000 is the shop line",
    "用zfb付款成功",
    "visit paypal.com/help for buyer protection",
    "follow @shopname on instagram, we accept venmo",
    "转数快每日限额 100000",
    "FPS 2023 update supports 10000 merchants",
    "venmo is my-favorite app",
    "zelle is fine with 2-day shipping",
    "venmo: 2 payments received",
    // the platform's own AlipayHK checkout, an order number
    "支持支付宝HK付款，订单号 61234567",
    // UPI at the checkout, a UPI app named with no account
    "we take UPI and cards at checkout",
    "paytm cashback offer on orders above 499",
    // a wallet asked about, then said to be the checkout's own option
    "Can I pay by Zelle? Yes, Zelle is one of the payment options at checkout",
    "send it via Cash App? Cash App is also accepted in the Mercari app",
    // …or picked on the checkout page, the checkout named first (结账页面选 LINE Pay, "at checkout just select Venmo")
    "can I pay with venmo? at checkout just select Venmo",
    "send it via Cash App? sure, on the checkout page choose Cash App",
    "可以用LINE Pay付款嗎？結帳頁面選LINE Pay就好",
    // another Chinese wallet with a Latin word after it that no label names as its account
    "云闪付 app_v3.2 新版本上线",
    "支持云闪付，账户余额 ab_12 元",
    "财付通 ios_2024 客户端",
    // a wallet keyed on the mobile number, but the later number is a reference, an order's or a hotline
    "paid via gcash, ref no 1234567890",
    "We accept GCash at checkout, for inquiries text 0917 123 4567",
    "Pay with GCash inside the Shopee app, order 240117083921",
    "GCash is fine. Tracking 0917 0704 519 will follow",
    "gcash promo until 2024 12 31 only",
    // the wallets named as options of the marketplace's checkout in Chinese or mixed chat (在 X checkout 付), or a wallet's voucher
    "可以用 GrabPay 或 Boost 在 Shopee checkout 付款哦",
    "用 GCash app 在 Lazada 结账就可以",
    "结账时用 TnG voucher 可以再减 RM3",
    "We accept Zelle through the checkout; support line 917-555-0143",
    "Top-up successful: RM30 to your GrabPay wallet. Txn ID: GRABPAY-7731-203948", // the wallet's name as a receipt code's prefix
    "Pay with GoPay, OVO or DANA at the Tokopedia checkout, the voucher still applies", // regional wallets listed as the checkout's options
    "UPI accepted at checkout, queries to help@shop.in", // an e-mail address, a dot-domain
    "Please don't ever send payment by Venmo to anyone messaging you about your order.", // the payment itself forbidden before its verb
    'Do not send money via Zelle, we never ask for it.',
    'Anyone claiming to be our store and asking for Cash App payment is a fake.', // someone claiming to be the shop: a notice
    "Any email asking you to pay with Venmo is not from us, we only sell here.",
    // the writer's warning after telling what happened ("Don't fall for it")
    "Heads up: a guy offered to pay by Venmo, then I got a fake payment email asking me to pay a fee first. Don't fall for it.",
    "Wallet app: TheBestBudgetTrackerForFamiliesNow",
    // two lines that would make an address's length, with no coin named
    "Order TQ3hZr8Wb5sKm2\nXy7NcLd4FvHe6GuAx9jP ships Monday",
    // an address's opening alone, the rest not sent
    "USDT 地址：TQ3hZr8Wb5sKm2\n明天再发后半段",
    // a buyer asking whether someone's ask is safe
    "Is this safe? The seller wants me to pay with Zelle instead of checkout.",
    "Is it risky to send money by Venmo when a buyer asks?",
    // round 49: the buyer's safety question stays a doubt when the reassurance is the seller's, reported
    "The seller wants me to pay with Venmo, is it safe? He said don't worry",
    "is it safe if the seller asks me to pay by Zelle? I'm not sure",
    // round 49: someone's words quoted after "told me", an offer after the message that carried it, the ask in the bare
    // present; refused, asked about ("Is that allowed?", "How can I report this?") or the platform's way preferred
    'The shop owner told me "just pay me on Venmo, it\'s cheaper". I said no. How can I report this?',
    "A stranger messaged me offering $20 off if I pay through Zelle. Is that allowed? I'd rather pay through the app.",
    "Seller wanted me to pay with CashApp. I'd rather use checkout, thanks",
    "Seller ask me to pay by Zelle to skip fees, I refused",
    // round 49: a delivery address is no wallet's
    "我的收货地址 Tower 3 Building 12 unit 5",
    // round 50: Taiwan's and Hong Kong's wallets named with no account after a label
    "街口支付帳號被盜了怎麼辦",
    "結帳時可以選街口支付嗎？",
    // round 50: the writer's refusal of a reported ask told as paying only the platform's way
    "Got a text asking me to pay via Zelle for the order. I'm only paying on Amazon.",
    "Seller asked me to pay with Venmo. I'll only pay through checkout.",
    // round 52: the wallet before a transfer to someone else, forbidden, at the checkout, or the buyer's own offer; a
    // system's notice or a tip calling the ask a red flag
    "line pay 转给他就好了吗？",
    "不要用 LINE Pay 轉給我，請從蝦皮結帳",
    "結帳時選 LINE Pay 付款就好",
    "LINE Pay 付款給我們的訂單已完成",
    "從街口轉我家那條巷子就到",
    "Reminder: anyone wanting PayPal friends & family = red flag",
    // an account spoken of, not labelled: a charge told, a lock, a receipt's ID, a link to the order
    "Your TrueMoney account was charged for order 88123",
    "my JKOPay account got frozen, paid by card instead",
    "PayMe Txn ID: PM_2231x8",
    // round 58: PayPal's friends-and-family mode in brackets, its 'and' shortened to n
    "paypal (goods and services) only, buyer protection included",
    // round 57: a cashtag dictated with "dollar sign" said aloud; not the dollar sign talked about
    "cash app said the dollar sign key was missing, I paid in the app",
    "we take cash app in the store, the price has a dollar sign on it",
    // round 60: a labelled address too long, or more look-alikes than characters of its alphabet
    "USDT 地址 TQ7xK3pL9mR2vN8wB5cJ4hF6dG1sA0eY2O0I",
    "我的地址：TOLLIOOIOOOOOOOIOOOOOOOOOOOOOOOOOO",
    // round 63: a service or a record searched on Alipay, no transfer to a name
    "支付宝搜电费缴费就能交",
    "支付宝搜“蚂蚁森林”能种树",
    "支付宝搜一下 转账记录 就能看到",
    // round 65: Apple Cash (Apple Pay Cash) keyed on the payee's phone; not the checkout's Apple Pay, nor an order number
    "I paid with Apple Pay, call (212) 555-0176 for support",
    "I got my Apple Cash back, order 2125550188",
    // round 65: a dollar sign spaced before a word after the wallet's name, with a comma between: no cashtag
    "we take cash app, $ off for bundles",
    // round 65: the ask told, then the writer bought from someone else
    "Seller wanted me to pay on Venmo first. Bought it elsewhere.",
    "the guy tried to make me pay with Zelle, so I ordered from another seller",
    // round 64: Hong Kong's PayMe link (payme.hsbc/x); a regional wallet's ID labelled by the transfer (转帐 ID：x, 收款ID是 x), a name with letters and few digits; whether the wallet may be used, asked in Chinese (可以用 X 吗), is the buyer's question
    "LINE Pay 轉帳 ID：T20240301889 已付款",
    "LINE Pay 交易 ID: tx88abc",
    "可以用 FPS 付嗎？",
    "買家：可以用 LINE Pay 嗎？",
    "能唔能用 PayMe 俾錢呀？",
    // round 64: the ask told as made to someone (有人叫佢用 FPS 先俾订金), the scam it turned out to be or a warning after it: a story passed on to warn
    "我表姐喺Carousell俾人叫佢用PayMe先俾訂金，結果中伏，大家小心",
    "上次有人叫我用 FPS 付款，後來先知係騙子",
    // round 67: a Latin-named wallet before 给我 with some other favour after it (看, 发), or someone's wallet asked for
    "Zelle 给我看一下转账记录",
    "Venmo 给我发了个验证通知",
    "你的 Venmo 给我，我看看是不是同一个人",
    // round 68: a recounted ask refused in the buyer's Tagalog (hindi ko ginawa, di ako pumayag, nireport ko)
    "The seller told me to send it by GCash instead of Lazada, di ako pumayag",
    "Seller asked me to pay by Maya outside the app. Hindi ko ginawa, nireport ko na",
    // round 68: a UUID that is a licence key or an order's, an alias on a forum, Maya at checkout or a person
    "license key 3f0c9a12-77bd-4e21-9c0a-5b2e1d3c4f88",
    "pedido 3f0c9a12-77bd-4e21-9c0a-5b2e1d3c4f88 enviado",
    "mi alias en el foro es juan.perez",
    "Pay with GCash or Maya at checkout, both accepted by Lazada",
    "my friend Maya liked it, 5 stars",
    // round 70: a model or item number labelled after a wallet's name, on a till speaker
    "收款提示音箱 支付宝到账播报 型号ZF-200",
    "支付宝收款提示器，货号 zf-2088",
    // round 74: Google Pay named whole before a UPI ID
    "we accept Google Pay at checkout",
    // round 75: the letters f n f in another sense
    "size chart: f n f = fit and flare",
    // round 79: the wallet after "send" with "thru", or with the sum or the deposit between ("send me 30 on venmo")
    "i sent 30 on venmo by mistake, how do i get it back",
    "does the shop take venmo at checkout?",
    // round 83: "@" as "at" before a plain word; the platform's notice of what it did about another user
    "paid on venmo @ the market stall yesterday",
    "We noticed a user asked you to pay by cash app. We've suspended that account.",
    "heads up, we have removed the user who asked for venmo",
    // round 85: PayPal's payment sent as a gift, its older name for friends and family
    "I bought a paypal gift card for her",
    "paypal gift cards sold here, code sent by email",
    // round 86: AlipayHK with an account name labelled right before it; LINE Pay's or 街口's friend transfer to the writer (好友轉帳給我) (not the wallet only paid with, nor friends counted)
    "我用支付寶HK 付咗喇",
    "LINE Pay 好友很多都有用",
    // round 87: "pix" as pictures before a number; a Pix named with no key; a dotted name inside an address or a host
    "pix 2 of 5 show the box",
    "more pix 12345678901 in the album",
    "we take pix at checkout through the site",
    "ven.mo.example is not a real page",
    // round 89: the platform's notice that took a message away, and the buyer protection the act loses
    "We removed a message in this chat because it asked you to pay by Zelle.",
    "Heads up: paying a stranger by PayPal Friends and Family means you lose your buyer protection",
    // round 90: the wallet picked with the checkout or the platform's protection named after it, or picked as 'it' at the checkout; not a checkout passed over
    "maya ok?\nsure, tick Maya as you check out on Lazada, it stays under their guarantee",
    "grabpay can or not?\ncan, pick GrabPay under ShopeePay Protection before placing the order",
    "you can use Maya, just pick it at the Lazada checkout",
    "can I pay you GrabPay? yes, just choose it on the checkout page",
    // round 90: DuitNow paid to a number as PayNow is; the wallet as the verb asked, the number after the question mark
    "pay DuitNow at checkout, it's instant",
    "paid with duitnow, order 0123884109",
    "can paynow me? ok or not",
    // round 91: a wallet sent "to" a word that is no account, or to a site; the arrow before a mode that protects
    "zelle to u.s. banks only, sorry",
    "wise to wise.com for the fees page",
    "paypal → goods and services only",
    // round 93: the South African banks' eWallet and DBS PayLah!, keyed on a mobile; "no F&F" quoted from a listing
    "pay with your ewallet at checkout",
    "ewallet refund for order 2209331845 processed",
    "can i pay with paylah at checkout?",
    "paylah is down today, order 93182746 pending",
    "bio says 'no PayPal F&F', fine by me",
    // round 95: halves with no handle after them, "at" before a bank's bare name, a time or a price after the sign
    "ven mo is down today",
    "paid by upi at sbi branch",
    "i use upi at icici and paytm",
    "cash app $ 20 ok",
    "venmo @ home later",
  ],
  invalid: [
    { text: "Lipa na M-Pesa paybill 247247 then share the code", start: 8, end: 29, value: "247247" },
    { text: "Zelle is awkward, but Venmo works best for me, @jo-ann-22.", start: 22, end: 57, value: "jo-ann-22" }, // the @name later in the wallet's sentence, past a remark
    // an e-mail address typed apart after the wallet, "@" spaced: the address, not an @tag of its domain
    { text: "zelle to mona . lake @ gmail . com pls", start: 0, end: 34, value: "mona.lake@gmail.com" },
    { text: "paypal: theo77 @ outlook.com, F&F", start: 0, end: 28, value: "theo77@outlook.com" },
    { text: "Cash App is easiest for me — $kimsells", start: 0, end: 38, value: "kimsells" },
    // Australia's PayID and Osko keyed on the holder's mobile; Cash App's handle named by the word "cashtag" alone
    { text: "happy to take PayID: 0412 555 019, or pay on the app", start: 14, end: 33, value: "0412555019" },
    { text: "Osko to my mobile 0421 339 870 works, faster than the app", start: 0, end: 30, value: "0421339870" },
    { text: "send it to my cashtag, $lenas_closet", start: 14, end: 36, value: "lenas_closet" },
    // F&F asked for, with a "no" that turns something else down
    { text: "PayPal F&F only, no G&S", start: 0, end: 10, value: "paypal friends & family" },
    { text: "M-Pesa Buy Goods till no. 882211 pls", start: 0, end: 32, value: "882211" },
    // the till or paybill number spaced, dotted, dashed or split by emoji
    { text: "Lipa na M-Pesa till no. 4 7 1 9 2 0 6 then send the SMS", start: 8, end: 37, value: "4719206" },
    { text: "mpesa paybill 3.9.2.8.1.5, account is your name", start: 0, end: 25, value: "392815" },
    { text: "M-Pesa buy goods till 6120-483 pls", start: 0, end: 30, value: "6120483" },
    { text: "M-Pesa till 58💰331💰2 na utume ujumbe", start: 0, end: 22, value: "583312" },
    // the wallet's number dictated in parts, the last spaced digit by digit
    { text: "Send it on GCash, number 09175, then 2 8 3 4 1 0", start: 11, end: 48, value: "09175283410" },
    { text: "Send it with Zelle in your banking app", start: 13, end: 18, value: "zelle" },
    { text: "She kept asking me to pay with Zelle", start: 31, end: 36, value: "zelle" },
    { text: "I can do $50 less if you pay me by Zelle today", start: 35, end: 40, value: "zelle" },
    { text: "Pay me via PayPal Friends & Family please", start: 11, end: 34, value: "paypal friends & family" },
    { text: "直接转支付宝 13812345678 就行", start: 3, end: 18, value: "13812345678" },
    // Alipay's user ID (2088 + twelve digits), in groups or whole: the account to pay
    { text: "定金打我支付宝 UID: 2088 1021 7951 4680", start: 4, end: 32, value: "2088102179514680" },
    { text: "zfb 2088302114659021 直接转", start: 0, end: 20, value: "2088302114659021" },
    { text: "Alipay user id 2088-5510-3309-7216, send there", start: 0, end: 34, value: "2088551033097216" },
    { text: "PayPal friends and family to mia.shop@gmail.com", start: 0, end: 47, value: "mia.shop@gmail.com" },
    { text: "Venmo @Lena-Deals please", start: 0, end: 17, value: "lena-deals" },
    { text: "send it to 0x742d35Cc6634C0532925a3b844Bc454e4438f44e (ETH)", start: 11, end: 53, value: "0x742d35Cc6634C0532925a3b844Bc454e4438f44e" },
    { text: "钱包收款 ＵＳＤＴ ＴＲＣ２０： ＴＭｗ５Ｋｄ８Ｒｑ２ＺｙＨｎ７Ｖｘ３Ｌｂ９Ｐｃ４Ｆｓ６Ｇｊ１Ｕｅ８Ａ 转完截图", start: 17, end: 51, value: "TMw5Kd8Rq2ZyHn7Vx3Lb9Pc4Fs6Gj1Ue8A" }, // a crypto address styled (full-width, bold, circled) or with zero-width characters between its characters: read case and all
    { text: "𝐏𝐚𝐲 𝐢𝐧 𝐔𝐒𝐃𝐓 (𝐓𝐑𝐂𝟐𝟎) 𝐭𝐨 𝐓𝐌𝐰𝟓𝐊𝐝𝟖𝐑𝐪𝟐𝐙𝐲𝐇𝐧𝟕𝐕𝐱𝟑𝐋𝐛𝟗𝐏𝐜𝟒𝐅𝐬𝟔𝐆𝐣𝟏𝐔𝐞𝟖𝐀 thanks", start: 39, end: 107, value: "TMw5Kd8Rq2ZyHn7Vx3Lb9Pc4Fs6Gj1Ue8A" },
    { text: "只收比特币 BTC：ⓑⓒ①ⓠ⑨ⓩ⑦ⓜ③ⓚⓧ⑤ⓦⓓ②ⓗⓥ⑧ⓝⓛⓟ④ⓢⓡ⑥ⓣⓕⓨ⓪ⓖⓔ③ⓙⓐ⑤ⓤⓒ⑦ⓠ②ⓧ", start: 10, end: 51, value: "bc1q9z7m3kx5wd2hv8nlp4sr6tfy0ge3ja5uc7q2x" },
    { text: "BTC wallet: b​c​1​q​9​z​7​m​3​k​x​5​w​d​2​h​v​8​n​l​p​4​s​r​6​t​f​y​0​g​e​3​j​a​5​u​c​7​q​2​x", start: 12, end: 93, value: "bc1q9z7m3kx5wd2hv8nlp4sr6tfy0ge3ja5uc7q2x" },
    { text: "ETH ０ｘ８Ｆａ３ｃ７１Ｂ２５ｄ０４ｅ９６Ａ７ｂ３Ｃ２ｄ１Ｅ０ｆ９ａ８Ｂ７ｃ６Ｄ５ｅ４Ｆ３ only", start: 4, end: 46, value: "0x8Fa3c71B25d04e96A7b3C2d1E0f9a8B7c6D5e4F3" },
    // other wallets: a numbered e-CNY / Bestpay wallet, a P2P app asked for directly
    { text: "数字人民币钱包号：0012 3456 7890 1234，直接转", start: 0, end: 28, value: "0012345678901234" },
    { text: "翼支付 账号 18912345678 转这里", start: 0, end: 18, value: "18912345678" },
    { text: "Just send it to me by Interac e-transfer", start: 22, end: 29, value: "interac" },
    // an abbreviated app name spelled with dots
    { text: "直接z.f.b转到 mei_shop01", start: 2, end: 20, value: "mei_shop01" },
    { text: "Z F B 转 lily_2024 就行", start: 0, end: 17, value: "lily_2024" },
    { text: "pp to mia.shop@gmail.com thanks", start: 0, end: 24, value: "mia.shop@gmail.com" },
    // a personal payment link
    { text: "just pay at paypal.me/olddeals_99 instead", start: 12, end: 33, value: "paypal.me/olddeals_99" },
    { text: "send to cash.app/$lenadeals", start: 8, end: 27, value: "cash.app/$lenadeals" },
    { text: "send $bakedbyjo on Cash App", start: 5, end: 27, value: "bakedbyjo" },
    { text: "@mark.sells is my revolut", start: 0, end: 25, value: "mark.sells" },
    { text: "轉數快 FPS 俾我 6123 4567 就得", start: 0, end: 20, value: "61234567" },
    { text: "PayNow me at 9123 4567 pls", start: 0, end: 22, value: "91234567" },
    { text: "my venmo is derek-hollis-7", start: 3, end: 26, value: "derek-hollis-7" },
    { text: "revolut username jo-shop7", start: 0, end: 25, value: "jo-shop7" },
    // AlipayHK, whose account is a Hong Kong mobile number (eight digits)
    { text: "支付宝 HK 转我，账户 6123 4567", start: 0, end: 22, value: "61234567" },
    { text: "AlipayHK 轉數：9123 4567 陳生", start: 0, end: 21, value: "91234567" },
    // a list that is no checkout's ("…, or ask in the app"); a quote with no refusal after it
    { text: "Pay me with Zelle or Venmo, or ask in the Mercari app", start: 12, end: 17, value: "zelle" },
    { text: "My neighbour said 'pay me on Venmo' so I did", start: 29, end: 34, value: "venmo" },
    // a UPI ID (name@provider, no dot-domain) or the number it is linked to, after UPI or a UPI app
    { text: "send 450 on UPI: sunita.prints@oksbi", start: 12, end: 36, value: "sunita.prints@oksbi" },
    { text: "gpay 9812345670@ybl and share screenshot", start: 0, end: 19, value: "9812345670@ybl" },
    { text: "PhonePe to 98123 45670 directly", start: 0, end: 22, value: "9812345670" },
    // said to be a checkout option, but of the buyer's own bank app: still paying the seller
    { text: "pay me by venmo, venmo is one of the options in your bank app", start: 10, end: 15, value: "venmo" },
    // 支付宝 with a syllable in pinyin (zhi付宝, 支付bao, zhifu宝), and its account name
    { text: "尾款请转zhi付宝 lulu_shop99", start: 4, end: 21, value: "lulu_shop99" },
    { text: "直接打到支付bao账号 mei.mei2021", start: 4, end: 23, value: "mei.mei2021" },
    { text: "zhifu宝：kk_store8 付完说一声", start: 0, end: 16, value: "kk_store8" },
    // China's other wallets, the account name labelled as one (账户, 账号, id)
    { text: "走不了平台就用云闪付，账号 chen_li520", start: 7, end: 24, value: "chen_li520" },
    { text: "财付通 id: hui_home07 转过来", start: 0, end: 18, value: "hui_home07" },
    // a wallet keyed on the mobile number, the number later in the sentence past chat fillers or an amount
    { text: "pa-gcash na lang po sa 0998 123 4567, salamat", start: 3, end: 36, value: "09981234567" },
    { text: "GCash ₱1,250 then send to 0918 555 0123 po", start: 0, end: 39, value: "09185550123" },
    { text: "M-Pesa tu boss, namba yangu ni 0712 345 678", start: 0, end: 43, value: "0712345678" },
    { text: "paytm kar do bhai jaldi, 98123 45670 pe", start: 0, end: 36, value: "9812345670" },
    { text: "用 Touch n Go 转我就可以，不用在 Lazada checkout 付", start: 2, end: 12, value: "touch n go" }, // the checkout passed over
    { text: "Zelle is easiest for me: 917-555-0143 (Dana). Ships as soon as it lands", start: 0, end: 37, value: "9175550143" }, // Zelle is keyed on the payee's mobile
    { text: "UPI se bhej do bhai, no COD — kiran.decor@ybl", start: 0, end: 45, value: "kiran.decor@ybl" }, // a UPI ID later in the sentence
    { text: "If it's easier, just send money via Zelle", start: 36, end: 41, value: "zelle" }, // (a negation elsewhere in the sentence is not on the payment)
    { text: "Don't wait, send money via Zelle today", start: 27, end: 32, value: "zelle" },
    // the wallet number dictated in parts
    { text: "GCash number is 0917 then 482 then 3305, send the payment there", start: 0, end: 39, value: "09174823305" },
    // a Tron address with no digit: the case mixed all through it
    { text: "USDT TRC20 only, address TXkPqRmWaBcDeFgHjKLmNoPQrStUvWxYza send and I'll deliver", start: 25, end: 59, value: "TXkPqRmWaBcDeFgHjKLmNoPQrStUvWxYza" },
    // the wallet used as a verb and asked, the tag right after the question; its name with digits for letters
    { text: "could you cash app me? $dinasthrift and I'll ship today", start: 10, end: 35, value: "dinasthrift" },
    { text: "pls v3nm0 me? @kev_resale", start: 4, end: 25, value: "kev_resale" },
    // the checkout passed over before the wallet is picked: the writer's own way
    { text: "can I pay with venmo? don't pay at checkout, just pay me with venmo", start: 15, end: 20, value: "venmo" },
    { text: "不用去結帳頁面，用LINE Pay轉我就好", start: 9, end: 17, value: "line pay" },
    // a wallet address broken over two lines
    { text: "USDT (TRC20) 收款地址太长分两行：TQ3hZr8Wb5sKm2\nXy7NcLd4FvHe6GuAx9jP", start: 23, end: 58, value: "TQ3hZr8Wb5sKm2Xy7NcLd4FvHe6GuAx9jP" },
    { text: "BTC only, addr 1BvBMSEYstWetqTFn5Au4m4GFg7xJaN\nVN2 thanks", start: 15, end: 50, value: "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2" },
    { text: "ETH 钱包 0x52908400098527886E0F\n7030069857D2E4169EE7 转完说一声", start: 7, end: 50, value: "0x52908400098527886E0F7030069857D2E4169EE7" },
    // …or typed in groups
    { text: "USDT TRC20: TXk9Qm3vR7 pLwZ2aHn5J cYd8eFgUu4sBtE", start: 12, end: 48, value: "TXk9Qm3vR7pLwZ2aHn5JcYd8eFgUu4sBtE" },
    { text: "ETH 0x5290 8400 0985 2788 6E0F 7030 0698 57D2 E416 9EE7 ok", start: 4, end: 55, value: "0x52908400098527886E0F7030069857D2E4169EE7" },
    // the writer calling it safe is no question
    { text: "Just pay me with Zelle, it's safe and quick", start: 17, end: 22, value: "zelle" },
    // round 49: a safety question answered at once by the writer ("Sure, …") is the seller's rhetorical one
    { text: "Is it safe to pay by Venmo? Sure, I've sold hundreds this way, Venmo me", start: 21, end: 26, value: "venmo" },
    // round 49: the writer's own "I'd rather" about the buyer's request, then the writer's wallet
    { text: "The buyer asked me to use checkout, I'd rather you Zelle me @shopguy", start: 51, end: 68, value: "shopguy" },
    // round 49: an address labelled as one, a character off its coin's length
    { text: "USDT wallet address: TJ4pQ8rN2vX6kL9mW3sD7fH1gB5cZyT8a", start: 21, end: 54, value: "TJ4pQ8rN2vX6kL9mW3sD7fH1gB5cZyT8a" },
    { text: "TRC20钱包 TJ4pQ8rN2vX6kL9mW3sD7fH1gB5cZyT8 收到就发", start: 8, end: 40, value: "TJ4pQ8rN2vX6kL9mW3sD7fH1gB5cZyT8" },
    // round 50: the wallets of Taiwan, Hong Kong and South-East Asia, an account labelled as one after them
    { text: "用悠遊付轉我，帳號：shop_tw22，收到就出貨", start: 1, end: 19, value: "shop_tw22" },
    { text: "全支付帐号 ann_77 转完截图", start: 0, end: 12, value: "ann_77" },
    { text: "橘子支付 帳號 mei_0823 先轉訂金", start: 0, end: 16, value: "mei_0823" },
    // round 50: "only" the writer's own wallet after a reported ask is no refusal
    { text: "Buyer asked me to use checkout, I only take Zelle @kim_22", start: 44, end: 57, value: "kim_22" },
    // round 51: the link spelled letter by letter, its two-letter part after a spaced dot too
    { text: "p a y p a l . m e / bobbytoys, pay there for less", start: 0, end: 29, value: "paypal.me/bobbytoys" },
    // round 52: the wallet named first, then the transfer to the writer
    { text: "LINE Pay 轉帳給我比較快，運費我吸收", start: 0, end: 13, value: "line pay" },
    { text: "街口直接轉我就好，今天寄", start: 0, end: 6, value: "街口" },
    { text: "PayMe 過數俾我，即日寄出", start: 0, end: 10, value: "payme" },
    // the regional wallets with an English label right before the account ("account:", "acct -", "username:")
    { text: "JKOPay account: tw.dora_31, 轉完傳截圖", start: 0, end: 26, value: "tw.dora_31" },
    { text: "PayMe acct - hk_lam88 thx", start: 0, end: 21, value: "hk_lam88" },
    // round 58: PayPal's friends-and-family mode in brackets, its 'and' shortened to n
    { text: "paypal (friends n family) only, address in next msg", start: 0, end: 24, value: "paypal friends & family" },
    // round 57: a cashtag dictated with "dollar sign" said aloud; not the dollar sign talked about
    { text: "just cash app me at dollar sign bettyk 12 and I mail it", start: 5, end: 38, value: "bettyk" },
    { text: "venmo is dollar sign ray underscore bakes", start: 0, end: 41, value: "ray_bakes" },
    // round 60: a labelled address typed by hand with a look-alike base58 leaves out (0 for O)
    { text: "TRC20 wallet: TRk8mPq2Lx0vN5bW9cJ3hF7dG4sAyE6uQz", start: 14, end: 48, value: "TRk8mPq2Lx0vN5bW9cJ3hF7dG4sAyE6uQz" },
    { text: "USDT地址：TXb4Nq7Lw2Pz9Ks0Rm5Hc8Jd3Vf6Gy1Ea", start: 7, end: 40, value: "TXb4Nq7Lw2Pz9Ks0Rm5Hc8Jd3Vf6Gy1Ea" },
    // round 63: an Alipay account searched for by its name, then a transfer to it
    { text: "支付宝搜“山里王叔”转账就行", start: 0, end: 12, value: "山里王叔" },
    { text: "支付宝上搜索 果园小李 实名李*军 打款", start: 0, end: 20, value: "果园小李" },
    // round 65: Apple Cash by its older name, and either name keyed on the payee's phone later in the sentence
    { text: "Apple Pay Cash to (718) 555-0102 is easiest", start: 0, end: 32, value: "7185550102" },
    { text: "Apple Cash works, my number (646) 555 0123", start: 0, end: 42, value: "6465550123" },
    // round 65: a cashtag spelled letter by letter, its $ and dot typed apart
    { text: "cash app - $ b o b . f l i p s", start: 0, end: 30, value: "bob.flips" },
    // round 64: Hong Kong's PayMe link (payme.hsbc/x); a regional wallet's ID labelled by the transfer (转帐 ID：x, 收款ID是 x), a name with letters and few digits; whether the wallet may be used, asked in Chinese (可以用 X 吗), is the buyer's question
    { text: "PayMe 俾錢入呢度 payme.hsbc/lulu.craft 就得", start: 12, end: 33, value: "payme.hsbc/lulu.craft" },
    { text: "街口收款ID是 amy_shop7 轉完跟我說", start: 0, end: 17, value: "amy_shop7" },
    { text: "PayMe 轉帳 ID 係 wingwing_22，過完數截圖", start: 0, end: 25, value: "wingwing_22" },
    { text: "可以用LINE Pay轉給我嗎", start: 3, end: 11, value: "line pay" },
    // round 64: the ask told as made to someone (有人叫佢用 FPS 先俾订金), the scam it turned out to be or a warning after it: a story passed on to warn
    { text: "叫佢用FPS俾訂金就得", start: 3, end: 6, value: "fps" },
    { text: "你用 FPS 俾訂金先，小心唔好轉錯", start: 3, end: 6, value: "fps" },
    // round 67: a wallet named in Latin letters used as the verb in Chinese talk (Zelle 给我吧, venmo 俾我就得)
    { text: "运费差额 venmo 俾我就得", start: 5, end: 13, value: "venmo" },
    { text: "退货运费差额 Zelle 给我吧", start: 7, end: 15, value: "zelle" },
    // round 68: …but the same words with no request recounted before them are no refusal
    { text: "Send via GCash outside Shopee, di ko ginawa yung ibang buyers pero ikaw pwede", start: 9, end: 14, value: "gcash" },
    // round 68: a Pix random key after chave or Pix, an Argentine alias with the wallet or a transfer named, and Maya read as GCash is
    { text: "Pix key: 3f0c9a12-77bd-4e21-9c0a-5b2e1d3c4f88", start: 0, end: 45, value: "3f0c9a12-77bd-4e21-9c0a-5b2e1d3c4f88" },
    { text: "faz o Pix pra chave 3f0c9a12-77bd-4e21-9c0a-5b2e1d3c4f88 que eu envio", start: 14, end: 56, value: "3f0c9a12-77bd-4e21-9c0a-5b2e1d3c4f88" },
    { text: "Mercado Pago, alias MESA.SOL.RIO y te mando", start: 14, end: 32, value: "mesa.sol.rio" },
    { text: "Transferime al alias luz.verde.mp", start: 15, end: 33, value: "luz.verde.mp" },
    { text: "Maya mo na lang sa 0917 555 0123", start: 0, end: 32, value: "09175550123" },
    { text: "Send via Maya to @tindahan.ko po, then I ship", start: 9, end: 29, value: "tindahan.ko" },
    // round 74: Google Pay named whole before a UPI ID
    { text: "Google Pay me at ravi.store@okaxis", start: 0, end: 34, value: "ravi.store@okaxis" },
    { text: "google pay: meena.crafts@oksbi", start: 0, end: 30, value: "meena.crafts@oksbi" },
    // round 75: PayPal's friends and family spelled fnf, f n f, f+f
    { text: "send it pp fnf to annie.k@gmail.com, no note", start: 8, end: 35, value: "annie.k@gmail.com" },
    { text: "paypal f n f only please", start: 0, end: 12, value: "paypal friends & family" },
    { text: "paypal f+f works, same as last time", start: 0, end: 10, value: "paypal friends & family" },
    // round 79: the wallet after "send" with "thru", or with the sum or the deposit between ("send me 30 on venmo")
    { text: "ok 45 works if u send thru zelle instead", start: 27, end: 32, value: "zelle" },
    { text: "send me 25 on cash app and its yours", start: 14, end: 22, value: "cash app" },
    { text: "send the deposit on venmo pls, rest at pickup", start: 20, end: 25, value: "venmo" },
    // round 83: the @ kept from the handle by a space, after a pointer or spaced letters
    { text: "cash app 👉 @ mo_pieces", start: 0, end: 23, value: "mo_pieces" },
    { text: "v e n m o @ thrift-by-jo", start: 0, end: 24, value: "thrift-by-jo" },
    // round 85: PayPal's payment sent as a gift, its older name for friends and family
    { text: "pay by paypal as gift, no fees", start: 7, end: 21, value: "paypal friends & family" },
    { text: "P.a.y.P.a.l gift option only pls", start: 0, end: 23, value: "paypal friends & family" },
    // round 86: AlipayHK with an account name labelled right before it; LINE Pay's or 街口's friend transfer to the writer (好友轉帳給我) (not the wallet only paid with, nor friends counted)
    { text: "支付寶HK 帳號 pearl_mo88 轉數即發", start: 0, end: 19, value: "pearl_mo88" },
    { text: "AlipayHK 賬戶名 kwan_store3", start: 0, end: 24, value: "kwan_store3" },
    { text: "LINE Pay 好友轉帳給我，謝謝", start: 0, end: 15, value: "line pay" },
    { text: "街口好友轉帳給我就可以", start: 0, end: 8, value: "街口" },
    // round 87: a Pix key that is a phone number or a CPF; a wallet's name cut by one dot (normalise.ts)
    { text: "pix chave 21 98765 4321 manda ai", start: 0, end: 23, value: "21987654321" },
    { text: "chave pix: 123.456.789-09 e me avisa", start: 0, end: 25, value: "12345678909" },
    { text: "zel.le: 646-555-0144 and I ship", start: 0, end: 20, value: "6465550144" },
    { text: "pay on ven.mo @ rita-cards-9, 5% off", start: 7, end: 28, value: "rita-cards-9" },
    // round 90: the wallet picked with the checkout or the platform's protection named after it, or picked as 'it' at the checkout; not a checkout passed over
    { text: "pay me via gcash, don't pick it at checkout", start: 11, end: 16, value: "gcash" },
    { text: "pay me GrabPay, no need to choose it at checkout", start: 7, end: 14, value: "grabpay" },
    // round 90: DuitNow paid to a number as PayNow is; the wallet as the verb asked, the number after the question mark
    { text: "DuitNow to 013-552 7781 ya, then send receipt", start: 0, end: 23, value: "0135527781" },
    { text: "can duitnow me? 013 552 7781", start: 4, end: 28, value: "0135527781" },
    { text: "can paynow us? 8123 4567 thanks", start: 4, end: 24, value: "81234567" },
    // round 91: PayPal cut by a hyphen; an arrow between the app and its F&F mode; a person-to-person app sent "to" a name shaped as an account
    { text: "ven-mo @lilyshop for the deposit", start: 0, end: 16, value: "lilyshop" },
    { text: "paypal -> f&f -> mei.buys", start: 0, end: 13, value: "paypal friends & family" },
    { text: "venmo → lin_88 and I ship", start: 0, end: 14, value: "lin_88" },
    { text: "send the $40 by Venmo → jun_haul22", start: 16, end: 34, value: "jun_haul22" },
    // round 93: the South African banks' eWallet and DBS PayLah!, keyed on a mobile; "no F&F" quoted from a listing
    { text: "fnb ewallet 082 443 1290 pls, then i ship", start: 4, end: 24, value: "0824431290" },
    { text: "paylah me 8122 4407 can?", start: 0, end: 19, value: "81224407" },
    { text: "paylah to 9001 2234 ok", start: 0, end: 19, value: "90012234" },
    // round 95: a name cut by a space before its handle ("ven mo @x"), the UPI ID's "@" said as "at" before a provider's handle,
    // one space after the tag's sign, and the tag's pieces joined at the writer's "no spaces"
    { text: "send to ven mo @kayla22 and skip the fees", start: 8, end: 23, value: "kayla22" },
    { text: "zel le @sam.k for the deposit", start: 0, end: 13, value: "sam.k" },
    { text: "gpay: ravi22 (at) ybl, cheaper than flipkart", start: 0, end: 21, value: "ravi22@ybl" },
    { text: "my upi is meena.k at oksbi, send there", start: 3, end: 26, value: "meena.k@oksbi" },
    { text: "revolut me, my revtag is @ ben_k77", start: 0, end: 34, value: "ben_k77" },
    { text: "cashapp me $ mia rose 22, no spaces", start: 0, end: 24, value: "miarose22" },
  ],
});
