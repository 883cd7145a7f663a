import { ruleTester } from '../rule-tester';

ruleTester('im-handle', {
  valid: [
    "drop me a line: nora dot vale at proton dot me", // the idiom's line, not the app: an e-mail address follows (e-mail-address's)
    "大家 join 我的 Discord server 抢 restock 名额", // the app's server named (external-channel's), and what it is for: no account
    "still available? ya bro, watsap me faster, same name as here", // how soon the writer answers, not a handle
    // the app's name as a verb with no account after it (a time, a word, a count), and "dot me slash" with no link's host
    "line me at 9.30pm if the parcel is late",
    "line me: thanks for the fast reply",
    "line me at 10",
    "my line me: 2pcs left",
    "don't dot me slash you, it's rude",
    "t dot me slash it",
    // a hyphenated English compound beside the app name describes the product (before or after it), not a handle
    "line客服在线时间为9点到18点，有问题留言", // a help desk named, no id
    "Telegram is safer than SMS for codes", // the app judged, no account
    "Signal works great on my old phone",
    "WhatsApp is better because everyone in my family has it", // past a judgement only an account's shape counts
    "Anyone on Telegram? search @john for the group", // a person asked about, not the app offered
    "Line only applies to domestic orders @john can confirm", // "only" not before an add or the @
    "add my line manager to the thread please", // the word after "line" is what it is: a manager
    "add me on fb marketplace, I list everything there", // the marketplace, no account
    "add my snap story to your highlights", // a short word: the app's story
    "飞机上聊？我那边信号不好",
    // the talk proposed to move to a short name that is also a word, then no account ("my user is new here"), or the word
    // is a line of something
    "can we move to snap? my snap is broken lol",
    "can we move to line? my user is new here",
    "can we move to line 3 of the invoice? my account is billing_dept",
    "can we move to the snap store? my user is j.ellis",
    "加入官方LINE客服，由专人协助",
    "Wireless earbuds, pairs with Zoom, Meet and WhatsApp, hands-free calling",
    "Saw this set on Instagram, tagged my sister @lucy_88 straight away", // an @ after the app with no DM to the writer
    "Viber heart-shaped keyring, 4cm, silver tone",
    "Hand-painted Kakao mug, 350ml",
    // the next sentence names a username, but no account
    "Join our Discord for tips. Username is required to sign up.",
    // "id" inside a word (said, video, inside) introduces no handle: a plain word after it is none
    "Buyer wants Telegram to sort out shipping. Said no, kept it simple.",
    // the people the app is used with ("with my …"), and an item shared to the app by its share button
    "Posted the photos on Instagram with my daughter, she loves the dress",
    "Camera is sharp, I video call on WhatsApp with my parents every week",
    "Shared this shop to Facebook, my cousin ordered the blue one",
    "Shared it to WhatsApp, my sister wants one too",
    "WhatsApp for the video inside, kept",
    // a trip on a plane, and the app as a place with no handle
    "坐飞机上 @tom_88 你看",
    // a trip before the plane, then someone in the chat tagged: not Telegram, whatever follows the @
    "刚下了飞机 @wenwen_07 到出口了",
    "明早赶飞机 @dage_1990 记得叫车",
    "误了这班飞机 @xiaoyu_22 帮我改签",
    "坐的飞机 @chen_8866 晚点两小时",
    "在line上面聊吧",
    // the app asked about, then an add-me with no handle, or with a count; an @ with nothing after the contact verb
    "有discord吗？加我们服务器一起玩",
    "你有line吗？加我吧",
    "这款支持discord吗？加我购物车了",
    "有tg吗？加我 3个人拼团",
    "坐飞机联系 @ 机场见",
    "飞机联系不上我就打电话",
    // a plain word after "for" / "to" is what the contact is for, not the handle
    "Is there a WhatsApp number for returns?",
    "The seller's Kakao account for wholesale got banned",
    "Telegram me to confirm",
    // the app and "DM us" with no handle
    "我们的IG DM功能坏了",
    "IG 我们会更新新品",
    // a word further back is not a handle written before the app ("… for Instagram", "… can WhatsApp her")
    "Tripod with phone clip, ideal for Instagram and TikTok reels",
    "Got it so my aunt can Telegram her sons abroad",
    // the last app of a list: the next spec is not its handle
    "Fitness band shows alerts from Telegram, Signal & Viber, 5ATM, BT5.3",
    "支持微信、QQ、Line提醒，IP67防水",
    // line as a verb with no handle after it
    "排隊line我前面的人好多",
    "line me up at the counter, id: A12",
    "This phone runs WhatsApp 2.24 smoothly",
    "This phone runs WhatsApp and Telegram",
    "支援 LINE Pay 付款",
    "抖音同款爆款",
    "公司用钉钉打卡，审批也在钉钉上",
    "飞书文档 2024版 使用教程",
    "陌陌上认识的朋友推荐的这款",
    "Dual SIM phone, WhatsApp and Telegram preinstalled",
    "Signal and Telegram pre-loaded, 256GB",
    "Telegram notifications work fine",
    "the ins and outs of returns",
    "预装微信、QQ、WhatsApp、Telegram 等应用",
    "Comes with Telegram, WhatsApp, Signal installed",
    "Supports WhatsApp, Telegram and LINE calling",
    // an app name as the start of a brand, product or feature name, no handle cue
    "Line Friends Brown bear keychain, official",
    "Kakao Friends Apeach cushion 40cm",
    "Signal amplifier for rural homes, 3 bars more",
    "Telegram stickers pack printed on a mug",
    "kakao talk stickers printed on a phone case",
    "坐飞机找我 @ 机场接你",
    // a list of apps a phone supports ("支援" is Taiwan/Hong Kong for 支持), dual-app mode
    "手機支援LINE、WhatsApp雙開",
    "Runs Signal, Telegram and WhatsApp without lag",
    // a character name before the brand ("Apeach Kakao Friends"): a plain word right before the app is no handle
    "Choonsik Kakao Friends figure",
    "Sanrio LINE Friends Brown pillow",
    "Rilakkuma Telegram sticker pack printed",
    "Muzi Kakao plush, official store",
    // a question about the app, then a sentence about the product: "handle" is the bag's, the "id" no introducer
    "Does it work with WhatsApp? Handle is rubber, grip is good",
    "Works with Kakao? Yes! ID: not required",
    // a DM verb after the app but no handle, or the platform's own account
    "IG 私信我就好",
    "ins 私信 @ 官方账号",
    // the app said to be easier with no handle after it
    "Line比较方便，大家在群里就行",
    "用line比较方便吗？",
    // a particle after a line that is no app: no handle introduced
    "Line ka, we close at 6 today",
    "the power line na is 3 m long",
    // Cantonese 搵 as a plain find, no handle after it
    "ig 搵唔到你講嗰件衫，係咪落咗架",
    "Tele lens gives 5x zoom @ 240mm, tele me know if u need samples", // the lens word, no handle asked for
    "ln(x) and lnx are the same thing in my notes", // the logarithm, not a capital I
    "Anyone got Line? @amy do you",
    "my snap is broken, I will post the pics here",
    "line 的订单 id 是 ab12345", // an order's ID
    "我们的生产line 比较忙 item id: sku_12345",
    "the line was long, my id: bob_1234", // "line" a word in English
    "did you move to Telegram? @john what happened to the group", // someone else's move asked about: the @ tags a person
    // the plane itself: a trip, a person tagged
    "我在飞机上，刚起飞，@小王 你到了说一声",
    "坐飞机上,搜 @whoever 看看有没有人",
    // the plane as air freight, with a tracking number
    "✈️ 空运直邮，单号 SF1234567890",
    // a name#digits that is a colour or a part, dc as direct current
    "颜色 red#2301 已售完",
    "dc 充电线 型号 usb#1234",
    // letters spelled with hyphens read whole only when they make an app's name: a size run or a model code stays
    "尺码 S-M-L 都有现货",
    "model A-B-C-D-E ships free",
    // WA before 我 and a word, not a handle: the app used, no "WhatsApp me"
    "我用 WA 我老婆的手机发的",
    // a scam warning quoting the trick as an example (said or sent before the quote, "such messages" after it)
    "【防骗提醒】有人冒充店家说「加 Telegram @fastrefund_cs 帮你退款」，请勿相信",
    "Scam alert: fakes are sending messages like \"add me on Telegram @refund_desk88\" — ignore them",
    "⚠️注意：有人假冒客服傳「加LINE：@tw_refund66 辦退款」這類訊息，一律是詐騙",
    // the plane itself: a trip talked through, a person tagged
    "我们在飞机上聊了一路",
    "坐飞机上聊了一路，@小王 你到了吗",
    // an app in brackets after no handle, a labelled code, a mention
    "please reach the seller (Telegram) for help",
    "型號 tg2024（電報）",
    "我们也有电报频道（电报）",
    "@everyone (telegram) is down today",
    // round 42: after a comma, an ID that is no handle, a line that is no app, an order's number
    "Bought it in the product line, id number 20431",
    "Stood in line, id card ready",
    "My Line, id is in my bio",
    "在line上下单，id 20431998",
    "line订单，id ab_1234",
    // round 43: the app named, then its 账号 after a comma: not a login gone wrong, a blocked account or a post seen there
    "line登录失败，账号 test_01 一直报错",
    "ins上看到的同款，账号 abc_12 是博主的",
    "用line，账号被封了",
    // round 46: after a colon with no @, a word with no digit, dot or underscore, or a web address, is no handle; a ghost
    // among Halloween goods is no Snapchat
    "Telegram is where we post updates, add me: tomorrow",
    "Discord is fun, dm me: luxe.com",
    "万圣节👻挂件 ghost_01款现货",
    "👻 costume for kids, size 120",
    // round 47: names whose halves are English words side by side stay apart
    "we chat about it tomorrow, I'm @home",
    "pay now: order 12345",
    "the face book had a nice cover",
    // round 51: "only" then a count or a size after the colon, no phone number
    "WhatsApp only: 2 per customer",
    "Line only: 10 left in stock",
    // round 52: a paper plane that is no app; "DM @" before a word or nothing
    "paper plane mobile for the nursery, handmade",
    "saw your post on IG, DM @ admin didnt help",
    "IG 見，DM @mention 唔該",
    "IG live tonight 8pm @kiki_shop88",
    // round 54, not: the app as the ask's verb before the comma (Line me pls, ID x), the ID spelled letter by letter too
    "line me up, id card needed at the door",
    "Line me pls, ID card photo is blurry",
    "the line is long, ID required",
    // round 56, not: the app's short name spaced after "on" with no handle
    "based on I G polls, sizes run small",
    "sold out on I G already, restock next week here",
    // round 58: a Skype ID in its live: form, read whole
    "I will Skype you later",
    "We met at a live: show last week, skype later",
    // round 57: the handle's @ and underscore said aloud ("at sign", "underscore"); not "at sign language" or "at sign up"
    "I teach at sign language school, the telegram group is for parents",
    "message me on telegram at sign up time",
    // round 59: "line" beside 加 with no handle; Discord named before a product's tag
    "用 line 加 emoji 很可爱",
    "Discord announcements: item#4821 restocked",
    // round 60: the add-me later in the sentence with no account
    "Telegram is for my family, add me on here instead",
    // round 62: the ask to be reached on an app with no handle after it; an "at sign" with no handle
    "message me on telegram if you like, i read the reviews at sign nothing",
    "text me on whatsapp please",
    // the account's state after the copula, not its name
    "My WhatsApp is hacked so don't trust messages from it",
    "our Telegram is suspended, please use the shop chat",
    // round 63: a name searched on an app with no chat asked there; a product looked up
    "Instagram 搜 sunny farm 看视频",
    "search it on instagram",
    // round 65: the ask to be reached on an app with a comma after it, and no handle-shaped word there
    "hmu on kik, thanks for looking",
    // round 65: a spaced dot after an app's name and a colon in a sentence, not a handle's
    "snapchat: 2 . 5 stars for the update",
    // round 67: Skype named with a chat between but no "live:" ID after it (a live room, a replay)
    "Skype 上聊吧，直播间 live 见",
    "skype 上聊太卡了，live:直播回放在主页",
    // round 68: code-switched function words after the app with no handle after them
    "Telegram pe hai mera bhai, usko puchho",
    "Telegram saya jarang buka, chat sini je",
    // round 75: a ghost as a picture with no label after it, an app after a handle with no ask before it, a plain handle said with no app
    "👻 me and my kids loved this costume",
    "I'm @ann on instagram too",
    "follow my other page for updates on ig",
    // round 77: a boarding, 上了飞机 or 坐上飞机, before the ask
    '上了飞机找我 @ann_88',
    '坐上飞机找我 @ann_88',
    // round 81: a short app name with a picture after it and no label or handle (ig⭐穿搭分享): a caption, not an account
    "ig⭐穿搭分享，喜欢点关注",
    "line⭐⭐⭐ 这个线条很好看",
    "tg✨ 今天上新",
    "fb💫活动 id在订单里",
    // round 83: the app as a verb before a count, a word or a picture
    "snap me 2 pics of the tag",
    "line me asap pls",
    "snap me a pic first",
    // round 84: the chat asked on an app, then the page searched with no name in quotes
    "message me on messenger, search the page for more pics",
    "you can search 'linen dress' on the app to see more",
    // round 86: 賴 (LINE) used as the verb, 賴我, then the account past an arrow or a pointer; an arrow or a pointer after a Latin app name (not 別賴我, a blame; not a count after it)
    "別賴我 abc88，我沒拿",
    "the line 👉 2 more days",
    "product line ➡ new colours",
    // round 87: a game disc described, not Discord
    "disc is scratched, msg me for pics",
    "Disc: mint, case: cracked, manual included",
    "disc: ps5 edition, sealed",
    "disc = region2 only, check your console",
    "disc: xbox360 version",
    "the end . me / you",
    "i said t . me / u",
    "the disc is in great shape, message me there or here",
    // round 90: a bare no with a plain word after it is a refusal, not the number's label
    "No Telegram, no private deals, order through the app",
    "whatsapp? no thanks, I reply here only",
    // round 91: a space after the slash with no account shaped after it
    "join t.me/ and chat",
    // round 92: a weak signal, a username told elsewhere, a handle that is a word
    "signal is weak out here, username and password keep failing",
    "telegram is easiest for me, username is on my profile",
    "telegram is better for news, handle with care",
    // session 21 (mine): an app opening the clause, then "is" and a plain word: what the app is, not an account
    "ig is down again lol",
    "tg is telegram right?",
    "ig is the best app for small shops",
    "the ig is so slow today",
    // session 21 (mine): a count or a version after the name, not an account
    "my fb 2 accounts got banned",
    "ig - 10 posts a day",
    "my ig 2.0 update broke everything",
    // round 95: a version or an order's tag after the app, a weight sold "by the gram", a handle's word with no handle
    "the discord tag is v2.0 of the bot",
    "telegram for updates; order tag is a_1234",
    "sold by the gram, 12.5 each",
    "post it on the gram and tag us",
  ],
  invalid: [
    { text: "有tg吗？加 @shop_88", start: 1, end: 15, value: "shop_88" }, // the app asked about, the answer a bare verb and the @
    { text: "snap: m i l a . b e e 4 for the pics", start: 0, end: 23, value: "mila.bee4" }, // a piece after the spaced dot still spelled apart, letters with a digit
    // a link after the app's name is read whole, not its host as the account ("t.me", "wa.me")
    { text: "our Telegram channel t.me/rue_drops has the restocks", start: 21, end: 35, value: "t.me/rue_drops" },
    { text: "WhatsApp me here: wa.me/447700900461", start: 18, end: 36, value: "wa.me/447700900461" },
    // the app as the place, a comma, then the account to search for there
    { text: "退换货找客服，客服在line上，搜 @mei_shop88 就可以", start: 10, end: 29, value: "mei_shop88" },
    { text: "Support is on Telegram now, just search @brightdesk_22 and send your order number.", start: 14, end: 54, value: "brightdesk_22" },
    { text: "售后在飞机上，搜 @fixit_desk7 报单号就行", start: 3, end: 21, value: "fixit_desk7" },
    { text: "Got Telegram? search @mira.knits", start: 4, end: 32, value: "mira.knits" },
    // the app as the only way, then the @ to add there
    { text: "preorders are on Line only — add @kiki.bakes.tw", start: 17, end: 47, value: "kiki.bakes.tw" },
    { text: "Telegram only: @kai_prints", start: 0, end: 26, value: "kai_prints" },
    { text: "Signal is safer for me, @kiln_and_co", start: 0, end: 36, value: "kiln_and_co" }, // the judgement is filler before the account
    { text: "Telegram for quick answers, id: nora_shop5", start: 0, end: 42, value: "nora_shop5" }, // "id" as a word still introduces
    { text: "想要票的话去纸飞机上聊？我那边是 @ticket_zhang88", start: 6, end: 32, value: "ticket_zhang88" }, // the app proposed as a question, the writer's account there in the answer
    { text: "Telegram? I'm @kim_resale22 there", start: 0, end: 27, value: "kim_resale22" },
    { text: "請加官方LINE客服 ID：@svc_refund_07 辦理退款", start: 4, end: 28, value: "svc_refund_07" }, // the app's "customer service" id: a scam posing as the platform's help desk
    // the app named, then the writer's "DM us @x" later in the sentence
    { text: "New drops land on Instagram every Friday — message us @bloom.studio22", start: 18, end: 69, value: "bloom.studio22" },
    { text: "预售款先在ig上架，想要的私信我们 @yuki.select", start: 5, end: 30, value: "yuki.select" },
    { text: "pls add my line krub: @baan_nok", start: 11, end: 31, value: "baan_nok" }, // a regional sentence particle or form of address between the app and what introduces the handle
    { text: "Line na ka, id: pim.cafe88 for order", start: 0, end: 26, value: "pim.cafe88" },
    { text: "telegram ji @ravi_sarees2", start: 0, end: 25, value: "ravi_sarees2" },
    { text: "還有沒有人要 加我line: ann_store9", start: 9, end: 25, value: "ann_store9" }, // 有没有 asks whether there is any, it negates nothing after it
    { text: "ins dm 我们 @milk_tea_hk", start: 0, end: 22, value: "milk_tea_hk" }, // the app, "DM us" (我们/我哋, us), then the @handle
    { text: "tg pm us @cheap_kicks22", start: 0, end: 23, value: "cheap_kicks22" },
    { text: "order here or kakao talk id: jiwoo_shop7", start: 14, end: 40, value: "jiwoo_shop7" }, // KakaoTalk written as two words
    // the app ("飞机" = Telegram), a contact verb, then the @handle
    { text: "这里不好说，飞机找我 @mm_lulu_520", start: 6, end: 23, value: "mm_lulu_520" },
    { text: "Chat with me on WhatsApp +44 7700 900123 anytime", start: 16, end: 40, value: "447700900123" },
    // after "with", an introduced handle or one with a digit or mark is still the account
    { text: "Chat on Telegram with me: @lulu_store", start: 8, end: 37, value: "lulu_store" },
    { text: "Custom cakes: Signal with my id nora.bakes", start: 14, end: 42, value: "nora.bakes" },
    { text: "Telegram @fast_deals_hk for stock", start: 0, end: 23, value: "fast_deals_hk" },
    { text: "加我Line：happy_mart88", start: 2, end: 19, value: "happy_mart88" },
    { text: "wa.me/8613912345678 chat there", start: 0, end: 19, value: "wa.me/8613912345678" },
    { text: "my discord is lootbox_77", start: 3, end: 24, value: "lootbox_77" },
    // other Chinese messaging apps, simplified and traditional
    { text: "钉钉号：shop_lin88 详聊", start: 0, end: 14, value: "shop_lin88" },
    { text: "大貨請加釘釘 13912345678", start: 4, end: 18, value: "13912345678" },
    { text: "陌陌号 88776655 私聊我", start: 0, end: 12, value: "88776655" },
    { text: "臉書搜 shop_tw_88 私訊我", start: 0, end: 14, value: "shop_tw_88" },
    { text: "新品先发ins，搜 lily.wear.tw 私信下单", start: 4, end: 22, value: "lily.wear.tw" },
    { text: "我们ins: kelly.wardrobe 下单九折", start: 2, end: 21, value: "kelly.wardrobe" },
    { text: "WhatsApp me plus four four, seven seven zero zero, nine one two, three four five", start: 0, end: 80, value: "447700912345" },
    { text: "ins 同名 lulu.wardrobe，私信有折扣", start: 0, end: 20, value: "lulu.wardrobe" },
    { text: "telegram: line_shop88", start: 0, end: 21, value: "line_shop88" },
    // a plain-word handle needs a cue: add me on…, id, me
    { text: "add me on kakao sunnyshop", start: 10, end: 25, value: "sunnyshop" },
    { text: "kakao id sunnyshop", start: 0, end: 18, value: "sunnyshop" },
    { text: "Telegram me rosiethrift", start: 0, end: 23, value: "rosiethrift" },
    // the app as a verb ("line我") then the handle after ID:; a hyphenated app name
    { text: "有貨可以line我，ID：mei.shop99", start: 4, end: 23, value: "mei.shop99" },
    { text: "whats-app me: sunny_shop22", start: 0, end: 26, value: "sunny_shop22" },
    // the app, a verb of private messaging, then the @handle
    { text: "链接拍不了的款，IG 私信 @mei_closet88 问", start: 8, end: 27, value: "mei_closet88" },
    { text: "tg我 @lucky_shop77 有现货", start: 0, end: 17, value: "lucky_shop77" },
    // the app named as the easier way, then the @handle or id
    { text: "找我的话Line比較快喔 @mia_store21", start: 4, end: 25, value: "mia_store21" },
    { text: "IG更方便 id：nini.select88", start: 0, end: 22, value: "nini.select88" },
    // the writer naming themself after the app ("I'm", "we're"), the app's inbox ("DMs") before the @handle
    { text: "Let's continue on WhatsApp, I'm @lena_decor_uk for the invoice", start: 18, end: 46, value: "lena_decor_uk" },
    { text: "Early access via our Instagram DMs ➜ @vintage.rack.ph", start: 21, end: 53, value: "vintage.rack.ph" },
    { text: "Add me on Kakao, we're sunny_shop7", start: 10, end: 34, value: "sunny_shop7" },
    // the purpose passed over on the way to an introduced handle; "search for" names the account
    { text: "Telegram for faster replies: rosiethrift", start: 0, end: 40, value: "rosiethrift" },
    { text: "Instagram, search for lilyshop", start: 0, end: 30, value: "lilyshop" },
    // the app (飞机/tg = Telegram) as the means, a verb of reaching someone, then the @handle
    { text: "tg联系 @lanmao_store 就好", start: 0, end: 18, value: "lanmao_store" },
    { text: "tg联络：@kicks_lab88", start: 0, end: 17, value: "kicks_lab88" },
    { text: "line沟通 @wendy.shop 回得快", start: 0, end: 18, value: "wendy.shop" },
    // the question whether the buyer has the app, answered by the writer's add-me and handle (a Discord tag too)
    { text: "你有Discord吗？加我 ninja_ao#2046 组队买", start: 2, end: 27, value: "ninja_ao#2046" },
    { text: "有Line嗎？加我 ruby_shop2023", start: 1, end: 23, value: "ruby_shop2023" },
    { text: "用tg吗？找我 @fastbuy_hk", start: 1, end: 19, value: "fastbuy_hk" },
    { text: "Got Telegram? add me @kicks_uk", start: 4, end: 30, value: "kicks_uk" },
    // the short name as the place the account is, the handle introduced right after
    { text: "有事tg上 @shop_kf88", start: 2, end: 16, value: "shop_kf88" },
    { text: "客服在飞机上 @mia_kefu7，回得快", start: 3, end: 17, value: "mia_kefu7" },
    { text: "line上搜 abc_8899", start: 0, end: 15, value: "abc_8899" },
    // 私下/线上 before 飞机 is no boarding: still the app
    { text: "私下飞机聊 @bobo_kf66", start: 2, end: 16, value: "bobo_kf66" },
    { text: "要货线上飞机 @huoyuan_77", start: 4, end: 18, value: "huoyuan_77" },
    // the app in one sentence, the account introduced at the start of the next
    { text: "Easier if we continue on Telegram, I can send more photos there. My handle is @mossy_mugs", start: 25, end: 89, value: "mossy_mugs" },
    { text: "Let's take this to Discord so I can share clips. Username: vinyl.kid", start: 19, end: 68, value: "vinyl.kid" },
    { text: "我们转到Telegram聊吧，发视频方便。我的用户名是 lanshan_07", start: 4, end: 38, value: "lanshan_07" },
    // the app, Cantonese 搵 (find), then the handle
    { text: "有嘢就line搵我 @mei_shop88", start: 3, end: 21, value: "mei_shop88" },
    { text: "IG 揾我哋：@hk.sneaker.lab", start: 0, end: 22, value: "hk.sneaker.lab" },
    { text: "tg kenny_0722 搵我", start: 0, end: 13, value: "kenny_0722" },
    { text: "Order faster? TG me pls! @mira.kicks", start: 14, end: 36, value: "mira.kicks" }, // the app as a verb on the writer, asked, the @ after
    { text: "Slow replies here, can tele me? @bakesbyree", start: 23, end: 43, value: "bakesbyree" }, // "tele": Telegram in Singapore and Malaysia
    { text: "For wholesale find us on lnstagram\n@kaycraft.my", start: 25, end: 47, value: "kaycraft.my" }, // OCR's l for I, the @ on the next line
    // whether the app will do, asked bare, then the @handle
    { text: "Got Line? @kenji_shop88, easier to send photos", start: 4, end: 23, value: "kenji_shop88" },
    { text: "Can WhatsApp? @mary.bakes", start: 4, end: 25, value: "mary.bakes" },
    // "my X is", the handle spelled with commas and its mark said as a word
    { text: "my tg is k, e, n, underscore, 9, 9 — text me there", start: 3, end: 34, value: "ken_99" },
    { text: "我平时line比较常用 id是 mei_tw88", start: 3, end: 24, value: "mei_tw88" }, // the app, then its ID told a few words on
    { text: "telegram 上回得快 账号:shop_88x", start: 0, end: 25, value: "shop_88x" },
    // the writer's own account on the app to add, a plain word straight after it ("add my snap x", "follow our insta x")
    { text: "add my snap rosiethreads for the try-on videos", start: 7, end: 24, value: "rosiethreads" },
    { text: "just follow our insta vintage.lane, new stock daily", start: 16, end: 34, value: "vintage.lane" },
    { text: "add me on line sunnyshoptw", start: 10, end: 26, value: "sunnyshoptw" },
    { text: "shall we chat on WhatsApp? @ming.store88 easier for photos", start: 17, end: 40, value: "ming.store88" },
    { text: "let's switch over to Signal? @abc_shop", start: 21, end: 38, value: "abc_shop" },
    // the move proposed, then the writer's account introduced as "my user (id) / account is", maybe on the next line
    { text: "can we move to snap?\nmy user is\nj.ellis_sells", start: 15, end: 45, value: "j.ellis_sells" },
    { text: "can we move to snap? my username is j.ellis_sells", start: 15, end: 49, value: "j.ellis_sells" },
    { text: "lets switch to kik, my user id is mara.b_22", start: 15, end: 43, value: "mara.b_22" },
    { text: "wanna chat on line instead? my account is shop_4421", start: 14, end: 51, value: "shop_4421" },
    { text: "can we take this to snapchat? my user is dani.k_07", start: 20, end: 50, value: "dani.k_07" },
    // the apps' short links with the dot or the slash spelled out
    { text: "wa dot me slash 2348012345678 for better price", start: 0, end: 29, value: "wa.me/2348012345678" },
    { text: "t dot me/lagos_deals", start: 0, end: 20, value: "t.me/lagos_deals" },
    { text: "line(dot)me/ti/p/~mint.shop", start: 0, end: 27, value: "line.me/~mint.shop" },
    { text: "wa点me斜杠6281234567890 私聊", start: 0, end: 20, value: "wa.me/6281234567890" },
    { text: "telegram dot me slash sgdeals", start: 0, end: 29, value: "telegram.me/sgdeals" },
    { text: "discord dot gg slash abcd12", start: 0, end: 27, value: "discord.gg/abcd12" },
    { text: "wa.me slash 44 7700 900123", start: 0, end: 26, value: "wa.me/447700900123" },
    // the app's name as the verb on the writer, then a colon, dash or "at" and an account shaped as one
    { text: "chat here too slow, pls Line me: mint.bkk22", start: 24, end: 43, value: "mint.bkk22" },
    { text: "snap me - jo_22", start: 0, end: 15, value: "jo_22" },
    { text: "kik me at mara.b", start: 0, end: 16, value: "mara.b" },
    { text: "just tele me: @sgdeals", start: 5, end: 22, value: "sgdeals" },
    { text: "LINE me na: ployshop88", start: 0, end: 22, value: "ployshop88" },
    // the paper plane emoji for Telegram, the handle to search there
    { text: "客服在✈️上，搜 @mika_shop", start: 3, end: 19, value: "mika_shop" },
    // a Discord tag, Discord (or its nickname 不和諧) and who to add named before it
    { text: "Join my Discord server, add me: Kaito_99#0413", start: 32, end: 45, value: "kaito_99#0413" },
    { text: "在不和諧上加我 luna.k#7720", start: 8, end: 19, value: "luna.k#7720" },
    // the app's name spelled with hyphens between its letters
    { text: "加我 T-E-L-E-G-R-A-M：@kiki_store22 拿优惠", start: 3, end: 32, value: "kiki_store22" },
    { text: "find me on L-I-N-E @bao.shop77 for the sale price", start: 11, end: 30, value: "bao.shop77" },
    { text: "想團購的加 L-I-N-E 帳號 ann_0520", start: 6, end: 25, value: "ann_0520" },
    // the short name as a verb with the typographic space before 我, or "WA me:" with the number in groups
    { text: "有问题 WA 我：6123 4578", start: 4, end: 18, value: "61234578" },
    { text: "急單 tg 我 @deals_hk 即回", start: 3, end: 17, value: "deals_hk" },
    { text: "WA me: 9876 5432 for the bundle price", start: 0, end: 16, value: "98765432" },
    // one number word among the digits, after a country code
    { text: "WhatsApp: +60 one 2 3 4 5 6 7 8 9, faster reply", start: 0, end: 33, value: "60123456789" },
    // a warning word, then the writer's own handle unquoted, or quoted as the writer's own: still the trick
    { text: "防骗提醒：平台内沟通不方便，加我 Telegram @real_deals88 更快", start: 17, end: 39, value: "real_deals88" },
    { text: "别怕骗子，「加 Telegram @real_deals88」就是我本人", start: 8, end: 30, value: "real_deals88" },
    // 賴 (LINE) spelled in zhuyin
    { text: "加ㄌㄞˋ：@tea.house88 團購", start: 1, end: 17, value: "tea.house88" },
    // symbols typed for letters of the app's name
    { text: "add me on wh@tsapp +1 415 555 0134", start: 10, end: 34, value: "14155550134" },
    { text: "加 |ine：@mochi_tw 私聊", start: 2, end: 16, value: "mochi_tw" },
    // the handle spelled with a hyphen between its characters
    { text: "telegram: @k-i-k-i-s-h-o-p", start: 0, end: 26, value: "kikishop" },
    { text: "想看實拍加 LINE：m-e-i-7-7-2-1", start: 6, end: 24, value: "mei7721" },
    // the talk on the app, then the account on it
    { text: "纸飞机上聊，号是 @shop_99", start: 0, end: 17, value: "shop_99" },
    { text: "電報上聊，帳號是 @mint_88", start: 0, end: 17, value: "mint_88" },
    { text: "tg里联系，我的id: kiki_2020", start: 0, end: 21, value: "kiki_2020" },
    { text: "Could we talk on WhatsApp? +44 7700 900123", start: 17, end: 42, value: "447700900123" },
    // the app named in brackets after the handle, the handle typed apart around its @ and underscore
    { text: "新款先在這裡看 @ kiki_studio ＿ 07（电报）", start: 10, end: 30, value: "kiki_studio_07" },
    { text: "更多款式 @momo_closet (Telegram)", start: 6, end: 28, value: "momo_closet" },
    { text: "找我 @ bella_ 2024（飞机）", start: 5, end: 20, value: "bella_2024" },
    // round 42: the app named as where the writer deals, then after a comma its ID with no colon
    { text: "She also takes orders on Line, id mia_tw_88, cheaper there", start: 25, end: 43, value: "mia_tw_88" },
    { text: "她在line接单，id mm_8866，便宜很多", start: 2, end: 19, value: "mm_8866" },
    { text: "we sell on Telegram, username kiki.store2", start: 11, end: 41, value: "kiki.store2" },
    // round 43: the app named, then its 账号 after a comma with no colon, the handle in circled letters too
    { text: "实拍图发你ig私信，账号 ⓜⓘⓐ_ⓒⓛⓞⓢⓔⓣ", start: 5, end: 23, value: "mia_closet" },
    { text: "我在ig接单，账号mia.closet", start: 2, end: 19, value: "mia.closet" },
    // round 46: Snapchat's ghost as a handle's label; the app named, then "add me:" and the handle with no @
    { text: "👻: sunny.buys — add me there", start: 0, end: 14, value: "sunny.buys" },
    { text: "Discord is where we hang out, add me: moon.trades", start: 0, end: 49, value: "moon.trades" },
    { text: "Telegram is quicker, message me there: kai_0707", start: 0, end: 47, value: "kai_0707" },
    // round 47: the app's name typed in two halves, then the handle
    { text: "ask on tele gram, user @kai.shop0707", start: 7, end: 36, value: "kai.shop0707" },
    { text: "insta gram @lulu.vintage", start: 0, end: 24, value: "lulu.vintage" },
    { text: "snap chat: mika_0707", start: 0, end: 20, value: "mika_0707" },
    // round 51: the app said to be the only way, then the phone number that is its account
    { text: "Signal only: +44 7700 900123 for custom orders", start: 0, end: 28, value: "447700900123" },
    { text: "Viber only – 0917 555 1234", start: 0, end: 26, value: "09175551234" },
    // round 52: Telegram called "the paper-plane app"; "DM @handle" after the app, no "me" between
    { text: "find me on the paper plane app @mia_closet88", start: 15, end: 44, value: "mia_closet88" },
    { text: "restocks go on the paper-airplane app first: @kiki.store", start: 19, end: 56, value: "kiki.store" },
    { text: "new drops on IG tonight, DM @lulu_vintage for holds", start: 13, end: 41, value: "lulu_vintage" },
    { text: "有貨先放 IG，PM @hkbag.2024 留位", start: 5, end: 22, value: "hkbag.2024" },
    // round 54: the app as the ask's verb before the comma (Line me pls, ID x), the ID spelled letter by letter too
    { text: "Line me pls, ID m i n a 2 2", start: 0, end: 27, value: "mina22" },
    { text: "whatsapp us, id shop_88", start: 0, end: 23, value: "shop_88" },
    // round 56: the app's two-letter name spaced after "on" (on I G); the handle after its @ spelled with its dots spaced
    { text: "DM us on I G @ l u x e . v a u l t for holds", start: 9, end: 34, value: "luxe.vault" },
    { text: "find me on T G: @ k i k i . s n e a k e r s", start: 11, end: 43, value: "kiki.sneakers" },
    // round 58: a Skype ID in its live: form, read whole
    { text: "My Skype is live:.tom_buyer88 , call me", start: 3, end: 29, value: "live:.tom_buyer88" },
    { text: "Skype: live:mike.sourcing_01", start: 0, end: 28, value: "live:mike.sourcing_01" },
    // round 57: the handle's @ and underscore said aloud ("at sign", "underscore"); not "at sign language" or "at sign up"
    { text: "my telegram is at sign nana underscore 77", start: 3, end: 41, value: "nana_77" },
    { text: "my instagram is at sign pie lady 9 thank you", start: 3, end: 34, value: "pielady9" },
    // round 59: Line named as the app to add on, in Chinese talk; a Discord tag after who answers and a colon
    { text: "退款请用 Line 加 help_center22 处理", start: 5, end: 25, value: "help_center22" },
    { text: "在line上加我：mm.shop07", start: 1, end: 18, value: "mm.shop07" },
    { text: "Reach our Discord helpdesk: kora_x#7712", start: 28, end: 39, value: "kora_x#7712" },
    // round 60: the app named for who the offer is for, the add-me with a colon later in the sentence
    { text: "the bulk price is only for my Telegram members, add me: @tea_88", start: 30, end: 63, value: "tea_88" },
    // round 62: the ask to be reached on an app, the handle dictated with "at sign" many words after it
    { text: "reach me on the signal app my daughter set up for me at sign pete underscore 50", start: 0, end: 79, value: "pete_50" },
    { text: "hit me up on discord the one my nephew uses at sign kiko underscore 88", start: 0, end: 70, value: "kiko_88" },
    // a dash said aloud between the handle's pieces
    { text: "my telegram is hank dash fishing dash 52", start: 3, end: 40, value: "hank-fishing-52" },
    // round 63: a display name to search on an app, the chat asked there right after
    { text: "Viber 搜 Golden Orchard Farm 找我", start: 0, end: 30, value: "golden orchard farm" },
    { text: "whatsapp 搜 阿花果园 私信我", start: 0, end: 19, value: "阿花果园" },
    // round 65: the ask to be reached on an app, the handle after a comma with no "id" word
    { text: "hmu on kik, rory_77 after 5", start: 0, end: 19, value: "rory_77" },
    { text: "ping me on viber, lou.resale", start: 11, end: 28, value: "lou.resale" },
    // round 65: the handle spelled letter by letter after the app's name and a colon, its dot typed apart
    { text: "s n a p c h a t: j o e . d e a l s", start: 0, end: 34, value: "joe.deals" },
    { text: "t e l e g r a m - p i a . f i n d s", start: 0, end: 35, value: "pia.finds" },
    // round 67: Skype's "live:" ID after the chat asked there (上聊吧, 找我, 详聊, "me at"), a Chinese comma or word after it
    { text: "换货的事 skype找我 live:nora.k_88，方便", start: 5, end: 27, value: "live:nora.k_88" },
    { text: "skype me at live:tom_shop.22", start: 0, end: 28, value: "live:tom_shop.22" },
    { text: "退货麻烦的话 Skype 详聊吧 live:yuki-returns9", start: 7, end: 35, value: "live:yuki-returns9" },
    // round 68: Hindi-English and Tagalog-English function words between the app and the handle (pe, baat karo, hai; na tayo; karo)
    { text: "Kakao pe baat karo, ID hai minji_store7", start: 0, end: 39, value: "minji_store7" },
    { text: "Sa Telegram na tayo: @pink_thrift_mnl", start: 3, end: 37, value: "pink_thrift_mnl" },
    { text: "Instagram pe DM karo @bindi_threads for naye prints", start: 0, end: 35, value: "bindi_threads" },
    // round 75: the writer's @handle said as I'm / we're after the app named; the writer's other page asked to be messaged, its @handle, then the app; the ghost as the verb before a label
    { text: "telegram's faster for me tbh, I'm @kit.resale_22", start: 0, end: 48, value: "kit.resale_22" },
    { text: "telegram is quicker for me honestly, we're @deals_by_ken", start: 0, end: 56, value: "deals_by_ken" },
    { text: "message our backup account @ann.vintage_2 over on insta for holds", start: 0, end: 55, value: "ann.vintage_2" },
    { text: "follow my other page @ann.vintage_2 on ig", start: 0, end: 41, value: "ann.vintage_2" },
    { text: "👻 me: ann.k_sells for more pics", start: 0, end: 18, value: "ann.k_sells" },
    { text: "👻 us @ann.k_sells", start: 0, end: 18, value: "ann.k_sells" },
    // round 77: 上 bare before the app's nickname, then find or DM me and the @handle (上飞机私我 @x)
    { text: '上飞机私我 @mm_shop88', start: 1, end: 16, value: 'mm_shop88' },
    // round 81: a short app name kept from its "ID" or its handle by pictures or stars, as live rooms write it past a word filter (line⭐id⭐x, tg🌟id: x, ig✨x 找我)
    { text: "Line⭐ID⭐a⭐n⭐n⭐8⭐8 私我", start: 0, end: 17, value: "ann88" },
    { text: "tg🌟id: kiki_shop7", start: 0, end: 18, value: "kiki_shop7" },
    { text: "ig✨mm_vintage21 找我", start: 0, end: 15, value: "mm_vintage21" },
    { text: "LINE💫ID💫x_tw88 加我", start: 0, end: 16, value: "x_tw88" },
    // round 83: the app as the verb, the account right after "me" with no colon
    { text: "kik me mara_88 for pics", start: 0, end: 14, value: "mara_88" },
    { text: "Snap me vint_age22 for a try-on vid", start: 0, end: 18, value: "vint_age22" },
    // round 84: the chat asked on an app first, then the display name to search there in quotes
    { text: "Viber niyo na lang kami, search 'Lola Nena Kakanin' po", start: 0, end: 51, value: "lola nena kakanin" },
    { text: "chat with us on messenger, search 'Harbour Bikes Fix' for the booking", start: 0, end: 53, value: "harbour bikes fix" },
    // round 86: 賴 (LINE) used as the verb, 賴我, then the account past an arrow or a pointer; an arrow or a pointer after a Latin app name (not 別賴我, a blame; not a count after it)
    { text: "要訂的話賴我 → rosie_tw7", start: 4, end: 18, value: "rosie_tw7" },
    { text: "有興趣賴我吧 ann.knits22", start: 3, end: 18, value: "ann.knits22" },
    { text: "line ➡ pei_shop21 有問題問我", start: 0, end: 17, value: "pei_shop21" },
    // round 87: "disc" as Discord, the account shaped like one or the writer messaged "there" right after
    { text: "my disc: slab_guy99 for trades", start: 0, end: 19, value: "slab_guy99" },
    { text: "disc is rivenx. hmu there, faster than here", start: 0, end: 14, value: "rivenx" },
    // round 87: a letter-spaced link read back with the dot and the slash spaced ("discord . gg / x")
    { text: "d i s c o r d . g g / m o o n c a r d s for restocks", start: 0, end: 39, value: "discord.gg/mooncards" },
    { text: "t . me / kayo_shop for the list", start: 0, end: 18, value: "t.me/kayo_shop" },
    // round 90: a bare no with a plain word after it is a refusal, not the number's label
    { text: "whatsapp no: lina_shop88", start: 0, end: 24, value: "lina_shop88" },
    { text: "my whatsapp no 09281234567", start: 3, end: 26, value: "09281234567" },
    // round 91: a messaging link with a space after its slash
    { text: "ask on t.me/ qc_helper99 for the batch list", start: 7, end: 24, value: "t.me/qc_helper99" },
    { text: "wa.me/ 447911123456 for the price", start: 0, end: 19, value: "wa.me/447911123456" },
    // session 21 (mine): a handle ending on its underscore, then a chat word: the word is not read into the handle
    { text: "my ig is rosas.closet_ btw", start: 3, end: 22, value: "rosas.closet_" },
    { text: "telegram: kicks_lab_ pls dm", start: 0, end: 20, value: "kicks_lab_" },
    // round 92: the app told as the writer's best or easiest before the comma, then its ID
    { text: "telegram is easiest for me, id moss.b_12", start: 0, end: 40, value: "moss.b_12" },
    { text: "telegram works better for us, handle pine_cones88", start: 0, end: 49, value: "pine_cones88" },
    { text: "whatsapp is easiest for me, id kiwi_deals4", start: 0, end: 42, value: "kiwi_deals4" },
    // session 21 (mine): an app's short name opening the message or the clause, "is", then a value plainly a handle
    { text: "ok, tg is kicks_lab22", start: 4, end: 21, value: "kicks_lab22" },
    { text: "fb is maria.santos.882, add me", start: 0, end: 22, value: "maria.santos.882" },
    { text: "snap is lily.thrift if u want pics", start: 0, end: 19, value: "lily.thrift" },
    // session 21 (mine): the value right after "my <app>", or after a dash at the clause's head, written as only an account is
    { text: "my ig rosas.closet_ for more pics", start: 3, end: 19, value: "rosas.closet_" },
    { text: "ig - kicks_lab22", start: 0, end: 16, value: "kicks_lab22" },
    { text: "my snap lily.thrift, add me", start: 3, end: 19, value: "lily.thrift" },
    // round 95: the app named or asked, then its handle's word and "is" or a colon a few words on; Instagram as "the 'gram"
    { text: "tg me ya, username is kopi_deals_88", start: 0, end: 35, value: "kopi_deals_88" },
    { text: "join our discord for drops, handle: card.vault22", start: 9, end: 48, value: "card.vault22" },
    { text: "find me on the 'gram, @ mira.makes", start: 11, end: 34, value: "mira.makes" },
    { text: "snap me, my username's rosie_x22", start: 0, end: 32, value: "rosie_x22" },
  ],
});
