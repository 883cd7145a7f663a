import { ruleTester } from '../rule-tester';

ruleTester('qq-number', {
  valid: [
    "客服又扣我 1500 积分，说是违规", // 扣我 as "deducted from me": a unit after the number, or a round sum
    "退款少了，平台扣我 120000",
    // a label with no channel between it and the number,
    "订单号：287654321，有问题联系客服",
    "物流单号 287654321 查不到就加我扣扣问",
    "Want to add my QQ group? 5000 members inside",
    // a number, then "find me", but the number is an amount or a version, not an account
    "这款扣 12345 元运费找我退",
    "Q3 季度 12345 单找我核对",
    // "q我吧" with no number after it
    "有问题q我吧，随时在",
    // a count after the colon, or a number in another sentence
    "qq group rules: 12345 members max",
    "our qq group is fun. order: 618203475",
    "QQ音乐绿钻 12个月",
    "扣扣子的设计 3个装",
    "家人们扣1",
    "货号 QQ2024-RD",
    "型号QQ2024款 粉色",
    "扣 1 2 3 抽奖",
    "企鵝玩偶 30cm 2只装",
    "QQ group buy discount 30%",
    // 扣我 is also "deduct from me": the CJK nickname as a verb needs more than a number after it
    "平台扣我 30000 押金，太离谱",
    "QQ群已经解散了\n有 500 人: 61823475", // the next line is not the group's number label
    "别相信陌生人的话 加qq 28473619", // 的话 as someone's words, heeded or not
    "QQ音乐 q 1234567 首歌单", // the app's product, no account
    // the penguin as a toy, with a size and a price
    "可爱🐧公仔 尺寸 30 cm 售价 89 元",
    // asked to talk on QQ, but the number after is an order's or there is none
    "can we talk on QQ? my order number is 2837465910",
    "Can we chat on QQ? No, let us keep it in the app",
    // round 57: the writer's inability (不会用这个, 不会操作) is no negation of the QQ number after it
    "本店不会用扣扣联系买家 请认准平台客服",
    // a size, an age or a length right after the number: a product named like the app (企鹅 as a print or a toy)
    '小企鹅印花卫衣 90-130码 可选',
    '企鹅毛绒公仔 30-45cm 两个尺寸',
    '企鹅款童鞋 3-6岁',
    // round 68: Hindi-English after QQ with a bitrate, not a number
    "QQ pe music sunte hain, 320 kbps hai",
    // round 71: a bare Q after a model or a grade, or Q as a cartoon style, is no QQ
    "品质Q 2000",
    "老师Q版头像 20元",
    "型号Q 77312209",
    // round 70: a count, not a number, before 加一下我
    "q 3件 加一下我",
    // round 75: QQ asked about, then a year or a count said as mine
    "do you have QQ? mine is older, 2015 account",
    "QQ music? mine 3 months left",
    // round 85: 企鹅号 put into English, "penguin number", "penguin ID"
    "the penguin plush number 3 is sold out",
    "penguin id card holder, 2 pcs",
    // round 87: a pointer to a count, a price or a level after QQ; a QQ product; the number in the next sentence
    "qq price list → 150 coins",
    "my qq level -> 35",
    "QQ音乐 年卡 → 12个月",
    "I use QQ a lot. Order → 20241130",
    // round 93: 企鹅号 put as an account ("penguin acc"), not Club Penguin's
    "selling my club penguin account 58213390",
    "penguin plush acc 2 pcs, 25cm",
    // round 92: a parrot's name, a brand's batch
    "koukou the parrot is 12 years old",
    "koukou brand tea, batch 2846615093",
    // round 95: a penguin group or app with no number bound to it (a count, a year, a level)
    "penguin group photo 2024 edition",
    "our penguin group of 12 plushies",
    "the penguin group 45 ppl",
    "club penguin app 2009",
  ],
  invalid: [
    { text: "大额订单加我QQ 287654321 私下便宜", start: 6, end: 18, value: "287654321" }, // (a channel named after a label takes the number back from it)
    { text: "add my QQ 4 1 7 2 0 9 3 8 5, i answer there faster", start: 7, end: 27, value: "417209385" }, // spaced digits, then a comma and a one-letter word: not a handle spelled with commas
    { text: "要不要加个扣扣？号码是 三八二 七一六 〇四五，资料在那边发", start: 5, end: 23, value: "382716045" }, // the app offered as a question (加个…?), the number answered after 号码是
    { text: "可以加下我们的 q 群 7 2 9 3 1 8 4 5 0，每晚有抽奖", start: 8, end: 29, value: "729318450" }, // 加下我们的 + the short name: the writer's own group
    { text: "站内消息回得慢，直接扣我 2736495018", start: 10, end: 23, value: "2736495018" }, // 扣 as the verb "QQ me", the number right after
    { text: "上次那个店主说让我们加他q 563829147 订", start: 12, end: 23, value: "563829147" }, // the seller's account passed on: 加他 + the short name
    { text: "有扣扣吗？加我 3317059261", start: 1, end: 18, value: "3317059261" }, // the app asked about, then the writer's add-me and number
    { text: "Sis can add my qq lah? 283746519 I share the pics there", start: 15, end: 32, value: "283746519" },
    { text: "售后问题加QQ 77812345", start: 5, end: 16, value: "77812345" },
    { text: "企鹅：六六八八二二三三四", start: 0, end: 12, value: "668822334" },
    { text: "加我q：556677881", start: 2, end: 13, value: "556677881" },
    // the app as a verb, then "号是" and the number (capital numerals too)
    { text: "这里说不清，q我吧，号是捌捌陆陆伍伍肆肆叁", start: 6, end: 21, value: "886655443" },
    { text: "QQ号在我主页简介里", start: 0, end: 7, value: "" },
    { text: "加我QQ1847362950详聊", start: 2, end: 14, value: "1847362950" },
    // spelled out, traditional look-alikes, spaced digits, the letter O for 0
    { text: "Q Q：12345678", start: 0, end: 12, value: "12345678" },
    { text: "有意者加企鵝 5 5 8 6 1 2 3 4 9", start: 4, end: 24, value: "558612349" },
    { text: "扣 扣 群: 7 7 8 1 2 3 4 5", start: 0, end: 22, value: "77812345" },
    { text: "qq：2O48 1357 9", start: 0, end: 14, value: "204813579" },
    { text: "Join our QQ group five-five-six, seven-seven-eight, nine-nine-one for updates", start: 9, end: 65, value: "556778991" },
    { text: "qq group chat 38475629", start: 0, end: 22, value: "38475629" },
    // after "QQ group", a number handed over by a colon later in the sentence (spaced digit by digit too)
    { text: "join our QQ group for restock alerts: 7 3 1 5 5 0 2 8", start: 9, end: 53, value: "73155028" },
    { text: "QQ群里有全部款式：618203475", start: 0, end: 19, value: "618203475" },
    // the Latin app name as a verb glued to 我, then the number (keycaps and full width digits too)
    { text: "售后太慢了，q我：3３8471926", start: 6, end: 18, value: "338471926" },
    { text: "想要的直接Q我 ２０４８５５１７３", start: 5, end: 17, value: "204855173" },
    // the short name, its number, then "find me" (找我, 联系我): the tail says whose account it is
    { text: "要代购的 q 2836-4415-09 联系我", start: 5, end: 19, value: "2836441509" },
    { text: "扣 3312 0456 9 找我拿货", start: 0, end: 13, value: "331204569" },
    { text: "歡 迎 加 入 粉 絲 Q 群\n群 號 ：5 1 7 3 O 8 2 4 6", start: 12, end: 38, value: "517308246" }, // an image's lines: the group named, its number labelled on the next line
    { text: "我们的QQ群\n群号：61823475 欢迎", start: 3, end: 18, value: "61823475" },
    // the number dictated in parts, "then" between them
    { text: "加我扣扣：三七九，然后是 二零四，最后 八八一", start: 2, end: 23, value: "379204881" },
    { text: "没有微信的话 加我扣扣 28473619 也可以", start: 9, end: 20, value: "28473619" }, // the negation is the condition the offer answers
    { text: "不方便的话加我qq 28473619", start: 7, end: 18, value: "28473619" },
    { text: "平台抽成太狠 企鹅上聊 q 5 8 2 1 9 3 7 4 6", start: 7, end: 31, value: "582193746" },
    { text: "扣扣聊吧 qq: 730015846", start: 0, end: 18, value: "730015846" },
    // the penguin emoji for QQ; one number word among spaced digits
    { text: "有事加🐧 3927 4410 8", start: 3, end: 17, value: "392744108" },
    { text: "加我扣扣 3 8 1 seven 2 0 9 4 6", start: 2, end: 26, value: "381720946" },
    // asked to talk on QQ, the number right after the question is the answer
    { text: "can we chat on QQ? 2837465910", start: 15, end: 29, value: "2837465910" },
    { text: "Could we talk on QQ? 58203917 is mine", start: 17, end: 29, value: "58203917" },
    // round 57: the writer's inability (不会用这个, 不会操作) is no negation of the QQ number after it
    { text: "我不会操作这个 有事加我企鹅 五八二一九三七四六", start: 12, end: 24, value: "582193746" },
    { text: "年纪大了不会用这app你加我qq 473829165吧", start: 14, end: 26, value: "473829165" },
    // (码上 after the number is 马上, "right away": the number is still the account)
    { text: "有事加企鹅 284719365 码上回", start: 3, end: 15, value: "284719365" },
    // round 68: Hindi-English function words between QQ and its spaced number
    { text: "QQ pe add karo: 5 5 1 2 0 9 8 4 7", start: 0, end: 33, value: "551209847" },
    // round 71: the person who answers named right before a bare Q, the number right after
    { text: "跟拍老师Q 2873 4651，档期那边聊", start: 4, end: 15, value: "28734651" },
    { text: "设计师的q 55.667.889", start: 4, end: 16, value: "55667889" },
    { text: "店长Q 7731 2209", start: 2, end: 13, value: "77312209" },
    // round 70: "a moment" between the verb and me after the number (加一下我, 找下我)
    { text: "细节图比较多 q 4 1 7 2 0 9 3 8 5 加一下我，我打包传你", start: 7, end: 26, value: "417209385" },
    { text: "q 28817 6630 找下我，发你细节图", start: 0, end: 12, value: "288176630" },
    // round 75: QQ asked about, the writer's own number given right after it as mine
    { text: "u got QQ? mine's 40917263, add me", start: 6, end: 25, value: "40917263" },
    { text: "do you use QQ? mine: 2938475610", start: 11, end: 31, value: "2938475610" },
    { text: "有QQ吗？我的是 2938475610", start: 1, end: 19, value: "2938475610" },
    // round 77: 扣 written as its halves 扌口
    { text: '扌口扌口 2 8 3 7 4 6 5 9 1', start: 0, end: 22, value: '283746591' },
    // round 85: 企鹅号 put into English, "penguin number", "penguin ID"
    { text: "penguin number 👉 2210-5589-31 , more designs", start: 0, end: 30, value: "2210558931" },
    { text: "penguin ID: 4471902265 add me", start: 0, end: 22, value: "4471902265" },
    // round 87: QQ named, a few words about it, then its number after a pointer
    { text: "qq is way faster for me 👉 55667788 ok", start: 0, end: 35, value: "55667788" },
    { text: "honestly QQ works better than this app -> 2233445566", start: 9, end: 52, value: "2233445566" },
    // round 93: 企鹅号 put as an account ("penguin acc"), not Club Penguin's
    { text: "add my penguin account 58213390 for the sizes", start: 7, end: 31, value: "58213390" },
    { text: "penguin acct: 771203945", start: 0, end: 23, value: "771203945" },
    // round 92: 扣扣 in pinyin typed as one word
    { text: "koukou 2846615093 add me", start: 0, end: 17, value: "2846615093" },
    { text: "my koukou: 3921874406", start: 3, end: 21, value: "3921874406" },
    // round 95: QQ's group or app put into English ("penguin group", "penguin app"), its letters' sound spelled (kiu kiu), and Q.Q dotted inside a quote
    { text: "bulk price in our penguin group 5173 62 948", start: 18, end: 43, value: "517362948" },
    { text: "kiu kiu 3318 204 76 for more pics", start: 0, end: 19, value: "331820476" },
    { text: "card in the parcel: 'Q.Q 5521 8830 4' for refunds", start: 21, end: 36, value: "552188304" },
  ],
});
