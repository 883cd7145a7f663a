import { ruleTester } from '../rule-tester';

ruleTester('wechat-id', {
  valid: [
    "wechat pay - fast and safe - thanks", // the wallet, then prose with spaced dashes: no label before a name
    "WeChat is way easier for me, my order id is A2024-0615", // the easier app, then an order's id, not an account
    "He posted the photo on WeChat, his order number is 8812_2.", // someone on the app, then an order's number, not an id
    "微信更快，订单号是 SH20240615_8",
    // the app judged after the copula: a word of praise is no account
    "WeChat is simpler for overseas buyers",
    "honestly Weixin's fine, whatever works",
    // the next sentence's username is no account
    "You can log in with Google, Facebook or your WeChat account, whichever", // the app as a way to sign in: the reader's own login
    "Sign up with your WeChat account, takes a minute",
    "Scan with WeChat to log in. Username: your phone number",
    "货号 vx_2024 订单发货",
    // 'w x' spaced is width by height in a size, with no add-verb or introducer
    "收纳盒 40 w x 30 h x 25 d cm，加购物车更划算",
    "Frame 8 w x 10 h inches, add a mat for 5 more",
    // the app asked about, then an add-me that is no account
    "你有微信吗？加我购物车的那款",
    "有微信支付吗？加我会员有折扣",
    "add my wechat? thanks!",
    // a letter before a size or a dose, then "find me"
    "尺码 v 领 2xl 找我换",
    "维 c 10000 mg 找我买",
    // a word further back is not a handle written before the app
    "Earbuds with alerts from WeChat and Line",
    "reminders from WeChat, QQ and Kakao pop up on the band",
    // a hyphenated app name is still the app
    "we-chat pay accepted at checkout",
    "面料：羊毛；型号 VX-200；货号 A2026-118",
    "型号：WX2000 尺寸 120x60cm",
    "支持微信支付，下单立减",
    "微信读书会员 年卡",
    "型号：VX-300 手持吸尘器",
    "V领毛衣 加绒款",
    "分享到微信好友",
    "这款手表兼容微信和QQ通知",
    // short chunks after an introducer that are not a handle
    "微信: hi 2 u",
    "型号 VX: 200 300 mm",
    "微信：好的 明天联系",
    "微信支付 🔥 hot sale",
    // a question about the app, then a sentence that introduces no handle
    "WeChat Pay? Yes we accept it at checkout",
    "Do you have wechat? I saw it on the photos",
    "Does it support WeChat? Account is needed for setup",
    // WeChat-branded merchandise: the word after (or before) the Latin app name is the product
    "Genuine WeChat mascot plush keychain, 12cm",
    "Tencent WeChat logo mug, new",
    // a contact verb with no colon or @ after it starts an ordinary sentence
    "On wechat, look at the photos we posted",
    // "v我50" (send me 50 on WeChat, a meme) gives no account
    "v我50 疯狂星期四",
    // "add me a moment" then a word that only starts with v
    "加我一下vip会员",
    // 没有 after 所有 is still "did not": a notice about every trade that skipped the platform
    "所有没有走平台的加微信 kk_mart33 交易都不受保障",
    "本店没有加微信 kk_mart33 这种渠道",
    "微信号是 abc 后面加什么我忘了",
    // a platform notice or an anti-fraud post quoting the trick as an example
    "平台提醒：凡是私信你“加威信 kk_5566 返现”的都是骗子",
    "反詐宣導：若收到『加薇信 tw_gift99 領獎』之類的私訊，請直接檢舉",
    // the app's link scheme: what follows is a path, not an ID
    "付款链接 weixin://wxpay/bizpayurl?pr=Ab12Cd3",
    "打开 weixin://dl/scan 扫一扫",
    // a labelled code or no handle before the app in brackets
    "型号 ab2024（微信）",
    "联系客服（微信）",
    // "we chat" as English, the sentence going on after "here" or "there"
    "can we chat here about the sizes?",
    "we chat there often, see you at the shop",
    // round 49: goods made after the app, the word after its name their design
    "买了个微信 logo 马克杯，质量不错",
    "微信 smile 钥匙扣 已收到",
    // round 56, not: the recounted ask refused with the English verb inside Chinese talk (block is no account)
    "卖家叫我加微信转账，我直接 block 了他",
    // round 58: a marketplace named bare where an ID would be is the place the talk stays
    "要加微信发视频，我说直接在 Alibaba 里发",
    "加微信，在 taobao 上聊",
    "他要加微信，我说在 Shopee chat 里聊就行",
    // round 57: a handle dictated with its underscore said aloud ("rose underscore 52")
    "we chat here about the underscore style tee",
    "the wechat pay page shows an underscore after the name",
    // round 60: the add-me after the app with no account after its colon
    "I only use WeChat with family, add me here instead",
    "WeChat is for friends, add me: here on the app",
    // the account's state after the copula, not its name
    "my WeChat is broken, message me: here on the app",
    "My WeChat is hacked, please ignore any messages from it",
    "my wechat is not working today, reply here please",
    // an English verb with a Chinese object after the app is the sentence's verb, not the ID ("message 我", "call 我")
    '我不加 WeChat 哈，有事在这里 message 我',
    '加 WeChat 也行，急的话直接 call 我',
    // round 65: V after a WeChat question that is no ID (a word, or no digit or underscore)
    'does it work with wechat? v neck or crew neck?',
    'wechat? v hello',
    // round 68: code-switched function words after the app (pe, hai, sa, ko) with no account's shape after them
    "WeChat pe photo bhejo, model hai VX-200",
    "Nasa WeChat ko yung pics ng order mo",
    // round 80: Scots' noun "a wee chat", with a day or a name after it
    "pop round for a wee chat on saturday afternoon",
    "had a lovely wee chat with margaret about the quilt",
    "come by for a quick wee chat tomorrow",
    // round 83: "mine" of the app itself, not an account
    "do u have wechat? mine is broken lol",
    "wechat? mine is too old a version",
    // round 84: Scots' noun hyphened
    "fancy a wee-chat over tea about the order? I'm around till 5",
    // round 85: "my wee chat is" before a handle with a dot, an underscore or a digit
    "my wee chat with her was lovely",
    "my wee chat is over, back to work",
    // round 86: a heavy plus or an arrow between the app and an ID typed in chunks, letters then spaced digits (not a count)
    "微信 ➕ 朋友圈都有發 3 4 張圖",
    // round 88: the app named, then a clause with a bare pronoun as its subject: the word after it is the verb, not an ID
    "the factory wanted me to add WeChat, we refused and kept it on the site",
    "he said add wechat, I ignored it",
  ],
  invalid: [
    { text: "WeChat ID: noor - gems - 71", start: 0, end: 27, value: "noor-gems-71" }, // the ID's pieces typed apart after a label, a space each side of the dot, underscore or hyphen
    // chunks after the label read to the ID's end: digits dictated one by one, a first word that would pass alone
    { text: "vx号给你：lu lu 3 3 1 9 6", start: 0, end: 21, value: "lulu33196" },
    { text: "微信号：bobo 7 7 2 1 加我", start: 0, end: 16, value: "bobo7721" },
    { text: "加绿泡泡 qiqi 7 3 0 6，备注直播间", start: 1, end: 17, value: "qiqi7306" }, // after the app asked to be added: a word, then digits only
    { text: "v❤：kiwi 0 4 2 下单前问", start: 0, end: 13, value: "kiwi042" },
    { text: "加薇信：yun yun 618 备注尺码", start: 1, end: 15, value: "yunyun618" },
    { text: "微信号：t a o . l i 6 6 备注", start: 0, end: 19, value: "tao.li66" },
    { text: "vx: kiki . lab . 09 for the catalogue", start: 0, end: 19, value: "kiki.lab.09" },
    { text: "微信号 bao - bei88 可以砍价", start: 0, end: 15, value: "bao-bei88" },
    // a full stop with a space before it, then the next sentence: not a piece of the ID
    { text: "wx: rina_shop21 . I reply at night", start: 0, end: 15, value: "rina_shop21" },
    { text: "WeChat is quicker, my ID is momo_4471", start: 0, end: 37, value: "momo_4471" }, // judged, then the account
    { text: "Our boss takes warranty claims on WeChat, her ID is jade_w88 — mention your order.", start: 34, end: 60, value: "jade_w88" }, // someone else's account on the app, named by whose it is
    { text: "批发订单请加我微信 abc_12345", start: 7, end: 19, value: "abc_12345" }, // (a channel named after a label (订单) takes the handle back from it)
    { text: "sign in with wechat, then add my wechat: ann_2288", start: 33, end: 49, value: "ann_2288" }, // a login named, then the writer's own id
    { text: "代购说直接加她v lily_shop22 拿货", start: 7, end: 20, value: "lily_shop22" }, // 加她 + the short name: someone's account passed on
    { text: "my wechat id is p e n g _ 3 0 7 1 ok", start: 3, end: 33, value: "peng_3071" }, // a handle typed with a space between every character, underscore included
    { text: "weixin: l u l u _ s h o p here", start: 0, end: 25, value: "lulu_shop" },
    // the app's initials spaced out (w x) after an add-verb or before an introducer
    { text: "要看实拍的话加一下我 w x xiaomei_0312", start: 11, end: 27, value: "xiaomei_0312" },
    { text: "w x 号：tang_9981 备注尺码", start: 0, end: 15, value: "tang_9981" },
    { text: "有没有要L码的 加我 vx lulu_shop21", start: 11, end: 25, value: "lulu_shop21" }, // 有没有 / 有冇 asks a question, it negates nothing after it
    { text: "有冇姊妹想要 加我wx：hk_mei886", start: 9, end: 21, value: "hk_mei886" },
    { text: "can add my wechat ah? sunny_2288 ok", start: 11, end: 32, value: "sunny_2288" },
    { text: "有需要加微信 mei_li2024 咨询", start: 4, end: 17, value: "mei_li2024" },
    { text: "Ｖ Ｘ：ｈａｐｐｙ＿ｓｈｏｐ８", start: 0, end: 15, value: "happy_shop8" },
    { text: "加我薇❤ t o m m y 9 9 看图", start: 2, end: 18, value: "tommy99" },
    { text: "orange_77 是我的绿泡泡", start: 0, end: 16, value: "orange_77" },
    { text: "我微信同号 139 1234 5678", start: 1, end: 19, value: "13912345678" },
    { text: "My wechat is kiki_store5", start: 3, end: 24, value: "kiki_store5" },
    // a handle typed in short chunks, a keyword spelled with gaps, traditional look-alikes
    { text: "微信号：lan lan 8823 备注", start: 0, end: 16, value: "lanlan8823" },
    { text: "加 w e c h a t abc_123", start: 2, end: 21, value: "abc_123" },
    { text: "加 薇 信：mm_4455", start: 2, end: 13, value: "mm_4455" },
    { text: "綠泡泡 ：lily_0809", start: 0, end: 14, value: "lily_0809" },
    { text: "v.x：shop_7788", start: 0, end: 13, value: "shop_7788" },
    // a handle split by emoji with no space: one handle
    { text: "加ⓥⓧ：xy🔥chen🔥shop 便宜", start: 1, end: 18, value: "xychenshop" },
    // the app name written with a hyphen or a dot
    { text: "Add me on We-Chat: shop_lily88", start: 10, end: 30, value: "shop_lily88" },
    { text: "wei.xin ID: abc_8899", start: 0, end: 20, value: "abc_8899" },
    // regional English: a particle or "bro/sis" between the app and the handle, and the handle introduced in the
    // sentence after a question or exclamation ("add my wechat lah? My ID is …")
    { text: "Can add my wechat lah? My ID is meimei_kl22 for more pics", start: 11, end: 43, value: "meimei_kl22" },
    { text: "Wechat me bro, kenzo.lee88 ok", start: 0, end: 26, value: "kenzo.lee88" },
    { text: "Pls add wechat po! id: rica_mnl07", start: 8, end: 33, value: "rica_mnl07" },
    // "look me up: / hit me up: / find us @" introduces the handle
    { text: "Find me on WeChat, hit me up: tommy.ng.1990", start: 11, end: 43, value: "tommy.ng.1990" },
    { text: "I'm on wechat, find us @shop_kuching21", start: 7, end: 38, value: "shop_kuching21" },
    // the app letter-spaced and zero-width spaces inside the handle
    { text: "Reply faster on W e c h a t, find me: kai\u200b_store\u200b.99", start: 16, end: 52, value: "kai_store.99" },
    // "v我" (WeChat me) and the handle
    { text: "急的话v我 shop_mm2024", start: 3, end: 17, value: "shop_mm2024" },
    // "add me a moment" (加我一下) before the app letter
    { text: "售后您加我一下 v mm_lulu2290", start: 8, end: 21, value: "mm_lulu2290" },
    { text: "质量问题您加我一下v，号是 kf_mm2290", start: 9, end: 23, value: "kf_mm2290" },
    // the app letter, a handle, then "add me"
    { text: "拿货价 v lulu_8826 加我", start: 4, end: 15, value: "lulu_8826" },
    // the verb, "a moment", then the person (搜一下我, 加下我) before the app letter
    { text: "你那边搜一下我 v mimi_0729 通过下", start: 8, end: 19, value: "mimi_0729" },
    // the question whether the buyer has WeChat, answered by the writer's add-me and ID
    { text: "你用微信吗？加我 lily_2288", start: 2, end: 18, value: "lily_2288" },
    { text: "有v吗？加我 mm_lulu66", start: 1, end: 16, value: "mm_lulu66" },
    // the app in one sentence, the account introduced at the start of the next
    { text: "We can continue on WeChat, easier for the photos. My ID is lanlan_2288", start: 19, end: 70, value: "lanlan_2288" },
    { text: "不用加运费加我微信 tt_shop2024", start: 7, end: 21, value: "tt_shop2024" }, // 不用加运费 is a price told, no contact declined
    { text: "你 add 我 wechat 先，之后 send you the catalog，ID mei_ling88", start: 8, end: 54, value: "mei_ling88" }, // the add-me asked, the ID later in the sentence past English words
    { text: "can add my wechat first ah, id: kiki_2288", start: 11, end: 41, value: "kiki_2288" }, // an adverb of the request (first, also) between the app and its id
    { text: "add my wechat also: momo_88", start: 7, end: 27, value: "momo_88" },
    // the handle dictated in pieces
    { text: "vx号 mm 后面加 66 再加 tt", start: 0, end: 19, value: "mm66tt" },
    { text: "我的微信是 ab 然后是 520 最后是 yy", start: 2, end: 23, value: "ab520yy" },
    // the app called the easier way, the writer's id later in the sentence
    { text: "honestly WeChat's much quicker for me, my ID is mei_ling.77 ok", start: 9, end: 59, value: "mei_ling.77" },
    { text: "微信比较方便，我的账号是 lily_0921", start: 0, end: 22, value: "lily_0921" },
    // a warning word before an unquoted ID: the ID is still handed out
    { text: "谨防骗子！正版只此一家，加微信 kk_5566", start: 13, end: 23, value: "kk_5566" },
    // 微信 spelled in zhuyin, whole or one syllable
    { text: "想要的ㄨㄟ ㄒㄧㄣ：lily_0808", start: 3, end: 19, value: "lily_0808" },
    { text: "加ㄨㄟˊ信 mimi_tw 拿團購價", start: 1, end: 13, value: "mimi_tw" },
    // the ID spelled with a hyphen between its characters is the characters; a hyphen inside a word stays
    { text: "加v：l-u-c-y-0-5-2-0 私聊", start: 1, end: 18, value: "lucy0520" },
    { text: "加微信 shop-88 看图", start: 1, end: 11, value: "shop-88" },
    // the app named in brackets after the handle
    { text: "喜欢可以找 tangtang_521（微信）", start: 6, end: 22, value: "tangtang_521" },
    { text: "sunny_88【微信】", start: 0, end: 12, value: "sunny_88" },
    // …but a colon after it introduces the account
    { text: "we chat here: lanlan", start: 0, end: 20, value: "lanlan" },
    { text: "sure, we chat there: mm_8866", start: 6, end: 28, value: "mm_8866" },
    // round 49: …not when the reader is told to add it
    { text: "加我微信 lanlan 抱枕批发", start: 2, end: 11, value: "lanlan" },
    // round 58: a marketplace named bare where an ID would be is the place the talk stays
    { text: "加微信 alibaba_88", start: 1, end: 14, value: "alibaba_88" },
    { text: "微信号: shopee", start: 0, end: 11, value: "shopee" },
    // round 57: a handle dictated with its underscore said aloud ("rose underscore 52")
    { text: "add me on wechat my id is rosie underscore 52 thank you", start: 10, end: 45, value: "rosie_52" },
    { text: "my wechat is bill underscore smith 7", start: 3, end: 34, value: "bill_smith" },
    // round 60: the app named for who the offer is for, the add-me with a colon later in the sentence
    { text: "this deal is for our WeChat customers, message us: mei.2025", start: 21, end: 59, value: "mei.2025" },
      // the account's state, then an account's shape right after it
    { text: "my WeChat is hacked, amy_2024 is the new one", start: 3, end: 29, value: "amy_2024" },
    // (…a handle after that verb is still read)
    { text: "WeChat 有事 text 我 lulu_0921", start: 0, end: 26, value: "lulu_0921" },
    // round 65: WeChat asked about, then its one-letter name V alone and the ID
    { text: 'u got wechat?? V mei_2024', start: 15, end: 25, value: 'mei_2024' },
    { text: '有薇信嗎？V：lin_88', start: 5, end: 13, value: 'lin_88' },
    // round 68: Hindi-English and Tagalog-English function words between the app and the ID (pe, aa jao, hai; na lang, ko)
    { text: "WeChat pe aa jao bhai, mera ID hai shenzhen_mo88", start: 0, end: 48, value: "shenzhen_mo88" },
    { text: "sa WeChat na lang, ID ko mo-shop2023", start: 3, end: 36, value: "mo-shop2023" },
    // round 80: WeChat spelled by sound, "wee chat" (joined in normalise.ts) or "weechat"
    { text: "wee chat me: kofi_fabrics7 for bulk", start: 0, end: 26, value: "kofi_fabrics7" },
    { text: "weechat id lulu.beads88", start: 0, end: 23, value: "lulu.beads88" },
    // round 83: the app asked about, then "mine is", "here's mine:" and the account
    { text: "got wechat? mine is lulu_beads7", start: 4, end: 31, value: "lulu_beads7" },
    { text: "do u use wechat? here's mine: kofi.cloth88", start: 9, end: 42, value: "kofi.cloth88" },
    // round 84: WeChat spelled by sound with a hyphen ("wee-chat"), as "wee chat" is
    { text: "my wee-chat is rosa_knits22, message there", start: 3, end: 27, value: "rosa_knits22" },
    // round 85: "my wee chat is" before a handle with a dot, an underscore or a digit
    { text: "my wee chat is lin.trading , send me list", start: 3, end: 26, value: "lin.trading" },
    { text: "our wee chat: kf_2288", start: 4, end: 21, value: "kf_2288" },
    // round 86: a heavy plus or an arrow between the app and an ID typed in chunks, letters then spaced digits (not a count)
    { text: "薇信 ➕ mira 2 4 6 8 有貨", start: 0, end: 17, value: "mira2468" },
    { text: "威信 ➡ kenji 7 7 1 3，私聊", start: 0, end: 18, value: "kenji7713" },
    // round 88: an ID with a digit after the pronoun is still one ("I am" introduces it)
    { text: "add my WeChat, I am lanfang_77", start: 7, end: 30, value: "lanfang_77" },
  ],
});
