import { ruleTester } from '../rule-tester';

ruleTester('contact-request', {
  valid: [
    // round 96
    "微信多少钱",
    "收到了请敲我们店铺的门",
    "pls share your phone number for delivery",
    // round 96
    "你报一个尺码，我这边加你单",
    "滴滴打车很方便",
    "主页有新品",
    "Seller put 'dm me' in the listing, I ignored it",
    // a size asked for; "hard to say" as uncertain
    "小号有货吗",
    "发货时间这边不好说，要看仓库",
    // bare 私訊 as the shop's help in the platform's chat: a question to be asked, the tracking number to come
    "有問題歡迎私訊，我們會盡快回覆",
    "已經安排順豐寄出，單號稍後私訊給你",
    // a message told as sent to the writer's own group; the writer's DM about the order, told; the link asked for
    "I sent it to my WhatsApp group",
    "已經私訊您出貨進度了，請查收",
    "链接私发吗？",
    // a DM told with no contact in it, a time before "you", the order's numbers and the shop's address sent
    "私你了，看一下",
    "下午3pm你电话打不通",
    "I'll send you your tracking number",
    "I'll send you the order number",
    "we'll email you our return address",
    // a move told, not proposed ("let's"): the shop's support, the reviewer's own app
    "They moved to WhatsApp support last year and it's slower",
    "I switched to Signal years ago",
    "we can go to the store to pick it up",
    "I'll give you my honest review",
    // the DM sent inside the platform, the place right before it (set 40's false alarm)
    "尺码拿不准的话点详情页的客服按钮，在平台内私信我们",
    "有问题可以站内私信我，看到就回",
    "售后问题在app里私信我们就行",
    "通过店铺客服私信我，帮你查物流",
    "订单页上私聊我们，帮您改地址",
    // Taglish: an order or tracking number asked for, a number for the rider, or something else of the buyer's
    "What other apps do you use? Just curious, we might open a store there.", // the app asked, nothing to be dealt with there
    "请问能不能加个好友？", // a bare 能不能: a buyer asking what is allowed
    "Do you have Instagram? I'd love to tag you there", // the app asked about, no talk moved there
    "Do you use Line? I'm on it all day",
    "老板你加我一份辣的，再加我聊的那款小菜", // an order's "add one for me", and the dish talked about
    "参加我们的新品试用，详情见活动页", // 参加: no "add me"
    "Out of stock here, I'll shop somewhere else", // the buyer going elsewhere, no one to reach
    "You can message me anytime in the app", // the platform's chat
    "Where can I find you at the Sunday market?", // a place to meet, not a channel
    "Cheaper bundles available, check our page", // the shop's own page on the platform
    "买的真丝我很喜欢，冰丝我也买了一件", // 丝 as silk before 我
    "感谢粉丝我会继续努力的", // …and a fan
    "有意思我觉得这个设计不错", // 有意思 is "interesting"
    "信号不好，平台上不好聊天，我晚点再问客服", // a bad connection, not a place to deal
    "你把快递单号发我一下，我帮你查", // the 把 form for an order's number, no contact
    "這間店真的不賴，給我你的推薦清單", // 不賴 is "not bad"
    "给我你的赖皮狗表情包",
    "check my profile for how to care for the leather",
    "pa-send po ng tracking number para ma-check ko",
    // the avatar as a review's photo, and the platform's own check of the intro
    "上身效果看我头像，真的很显瘦",
    "平台会审核个人简介的联系方式，违规会被封",
    // a DM sent by someone else, told or warned about
    "有人私信我说是你们家客服，真的假的",
    "直播间之外私讯叫你付款的都不是本店，请注意",
    "刚才陌生人私信让我点链接退款",
    "Pakisend po ng order number nyo para ma-verify namin",
    "pa-send po ng contact number para sa rider",
    "ano po ang size nyo? para ma-reserve ko",
    // the buyer's social accounts named, not asked for
    "Share your socials feed with friends to spread the word",
    "Give your Facebook friends a discount code from the app",
    // a look at the shop's page for its goods, no "my" profile pointed to
    "可以看一下主页其他款式哦",
    // a recounted request reported in Taiwan's word (检举) or warned about to others
    "有个卖家私讯叫我加赖，我已经检举了",
    "客服私信让我加个联系方式，各位小心",
    // staying here, or told not to go outside it
    "Message me here, not outside of the app",
    "Please don't contact me outside of this app",
    // the profile named for other things; the shop's own store page
    "Check my profile for more reviews of this seller",
    "Check our store page for bundles",
    "Found it cheaper at Walmart, see my profile pic for proof",
    // Cantonese "no need to DM / add" (唔使, 唔洗); a time of day before 我; a seller who will not haggle at all
    "想要嘅直接留言，唔洗私訊我哋",
    "唔使加我，喺度問就得",
    "不用私信啦，评论区扣1",
    "下午3pm我先上线",
    "今晚8 pm我们开播",
    "这边不好讲价哦，已经是最低价了",
    // the buyer's own message, more listings or sizes on the profile
    "Seller answered my DM for details within an hour",
    "Check my profile for more items, bundle discounts available",
    "See my profile for sizing charts",
    "My profile has more photos of the item",
    "More items, check my profile",
    "The contact info on the page is for returns",
    "I'll DM you a tracking number here in the chat",
    "don't reply here, use the Etsy message button",
    "I'll message you when it ships",
    "See my bio for sizes",
    "这里聊天不方便看图",
    "Message me for more details",
    "有问题请联系平台客服",
    "Message me here if you have questions",
    "留言板已满",
    // intros and signatures without a contact, refusals, "outside" as a place, a phone given to the courier
    "简介里写了尺码信息",
    "个性签名很有意思",
    "没有别的联系方式，只能平台客服",
    "我们只在平台沟通，不提供其他联系方式",
    "外面的包装有点破",
    "买家在外面买的更贵",
    "你的电话发给快递员了吗",
    "详情看商品简介",
    "别私信我了，问题直接在评论区留言",
    "不用私我，大家有问题这里问就行",
    "Please keep all questions in the Etsy chat, no need to talk elsewhere",
    // a phone as a product, moving an item to the cart
    "What's your cell phone model? Mine is a Pixel",
    "Move this to the cart and check out",
    // line as an English word
    "加入购物车，line up for the sale",
    // a phone for the courier, a refusal
    "你的手机号发我一下，方便快递小哥联系",
    "别在外面聊了，在平台上说",
    // a warning that quotes the request
    "Report any seller who asks you to chat elsewhere",
    // help on the platform's page, details on the listing, messaging the platform's service
    "Reach out on our Etsy page if you need help",
    "价格详情请看商品页",
    "有问题请私信客服",
    // the request's verb negated right after it
    "咱们外面聊不了，平台规定只能在这里沟通",
    // in-app chat, apps as product features, a phone for the courier, the platform's own e-mail
    "You can chat with us in the app anytime",
    "Contact us through Etsy messages if anything is wrong",
    "This phone works great on WhatsApp and Telegram",
    "I found this brand on Instagram, love it",
    "Please leave your phone number in the order notes for the courier",
    "Contact details are in the order confirmation email from Amazon",
    // reported speech, the platform's own group, a phone asked to check an order
    "您的手机号给我们核实一下订单",
    // no other contact; a buyer telling what the seller asked; the platform support; a warning
    "没有其他联系方式，只能在平台聊",
    "商家留了别的联系方式，我没加",
    "Is there another way to contact customer service?",
    "请勿通过其他联系方式交易",
    "商家让我换个联系方式，我拒绝了",
    "卖家叫我加好友私聊，我没理他",
    "方便给个联系方式吗，发货要用",
    "Message me and I'll send you the link to the listing",
    "Which app do you use to track parcels? I can find you the number",
    // a buyer quoting someone else's request and telling others to refuse it
    "A guy messaged me saying \"text me on WhatsApp for a discount\". Don't fall for it, sellers here are fine.",
    "Under this post people keep saying 'pm me for price' — ignore those, it's a bot.",
    // a place, not a way to talk; the app named for something else than an account
    "下次还是换个地方买吧",
    "东西可能放到别的地方了",
    "你的微信支付发我截图",
    "你的qq音乐发我看看",
    // a phone number for the courier; a review; a number for the shop's own records
    "俾個電話我，我幫你查下物流",
    // 留低 for the courier, and a tracking or order number sent in a private message on the platform
    "收件人請留低電話，方便速遞聯絡",
    "我把单号私信给你了，注意查收",
    "主播稍后把链接私发给你，拍下就行",
    "给个好评我",
    "给个号码我们登记一下",
    // 赖 as "not bad" or a rascal, an app's payment option, a like asked for: no chat account
    "这款质量真不赖吧",
    "帮我给个不赖的评价",
    "能不能加个微信支付的选项",
    "给个赞吧亲",
    // no need to add another contact (不用加, 毋须, 无须: 无需 as Taiwan and Hong Kong write it), or the writer's own refusal
    "有需要直接在店铺聊天窗口留言就行，不用加其他联系方式哦",
    "抱歉，我们不加个人联系方式，订单问题请在这里留言",
    "尺寸请直接在下单备注里写明，毋须另外私信客服",
    "收到货有问题直接点售后，无须私聊",
    "直播间不能说脏话哦，文明聊天", // a rule of the room with no price or contact
    "来我主页看看新款", // the profile for its goods, no finding the writer there
    "Check the seller's bio for sizing info, runs small", // the bio for sizes, no deal
    "加个 line 的贴图包很可爱", // LINE's stickers, no request
    "你的企鹅多少钱呀，想给孩子买一个", // 企鹅 as the goods, with its price asked
    "你的手机多少钱买的", // a phone's price, not its number
    "签名企鹅玩偶，限量", // QQ's nickname that is a common noun, beside another noun
    "小企鹅留下一串脚印", // …and before 留下
    "我们不加威信的，有问题平台聊", // the app refused by any of its names
    "不好意思，不加vx哦，平台上聊就行", // …by its Latin short name
    "可以加V信吗？", // V信 is 微信 written in full: a buyer's bare 加微信 question
    "赖皮狗玩偶，你的赖皮给我看看", // 赖 in its own sense
    "收件人电话见图",
    "尺码表在第三张图里",
    // the handle's sameness asked, an app's colour or icon or a first letter that is no app to go to
    "Same name everywhere? Yes, the brand name is printed on every tag",
    "Same ID as here? No, the order ID changes with every purchase",
    "The green app icon turns grey when you are offline",
    "The model that starts with W is the wireless one",
    "This app with the penguin stickers is great for kids",
    "Our stall is easier to find on Saturdays, parking is easier there",
    "看主页的话可以看到更多款式 新品每周上", // the shop's page for its goods
    "亲 看主页就有全部宝贝分类哦",
    "简介那个就是我微信小店", // the shop on WeChat named, no account
    "Ordered the bigger size for less hassle later, check my profile reviews", // less hassle is no lower price
    "Would love to keep this conversation somewhere other than my inbox lol", // no move proposed, and the inbox is no marketplace
    // "for half" as a time or a buyer's bargain told with the profile's review or picture; the goods' own page, the shop's
    // store on the platform (賣場)
    "I'll hold it for half an hour, check my profile for pickup hours",
    "Bought it for half in the sale, see my profile for the review",
    "I found the same chair for half at IKEA, check my profile pic",
    "這款比實體店便宜一半，尺寸請看商品頁面",
    "同款我這裡打對折，進我的賣場看看",
    // the writer's profile named for other listings, not for a way out
    "Check my profile for my other listings, happy to bundle",
    // the buyers' DMs read by the shop, no price or link promised
    "我私信你们的消息都看到了",
    // "!" inside a word that is no contact word, or between words
    "wow!great quality, will buy again",
    "b!o-degradable packaging, nice",
    // a V before 领 is a V-neck; a review asked for with a space; 赖 in its own senses after a plus
    "留个 v领的那款给我",
    "能不能留个V领的，圆领不要",
    "留个 好评吧，谢谢亲",
    "宝宝爱哭+赖床怎么办",
    // a colour emoji beside an app, with no chat verb; the platform's own words with leet digits
    "the 🟢 app icon means the seller is online",
    "🟢 in stock, ships today from our app",
    "I found this on the 🔵 app last week",
    // round 42: s for 私 only after a can, a just or "one by one"; a size S, a live room's 扣1 and 上链接
    "xs和s我都试了，s我穿刚好",
    "可以s码我平时穿m",
    "扣1的家人 等下上链接 V领的那款",
    "主播说扣1抽奖，我扣了一个s码",
    // round 43: the avatar told to be a photo, or its cat admired, after a DM asked
    "想要同款的私信问我，看我头像是实拍",
    "想要的请私信，看我头像里的猫多可爱",
    // round 44: "ur" before no contact word; a contact asked for the courier; a review asked
    "this UR card is graded 9, price firm",
    "给个联系方式，快递员要打电话",
    "再给个好评呗",
    // round 46: the platform's warning of private contact; a price on the tag or for shipping; a bio's guide
    "平台不会私下联系你，谨防诈骗",
    "the real price is on the tag",
    "msg me for the price of shipping",
    "hmu for sizes",
    "link in bio for the care guide",
    // round 45: English words in Chinese chat that ask for no contact: a talk already had, an order number, a store
    "我们 offline 聊过了，问题已经解决",
    "留个 order number 我帮你查",
    "留言区看 number 牌",
    "退款请在 app 里申请，我们 online 处理",
    "我们 offline 门店也可以退换",
    "请留下订单号，我们在平台处理",
    "please request a return through the app",
    // the shop's own customer service messaged: the platform's chat with the shop
    "私信我们的客服处理售后",
    "有问题📩我们售后",
    // round 47: s我 after who is addressed, not a size; details kept in the bio, not a size's or a parcel's; a chat app as
    // the verb; the platform's inbox said to go unread
    "姐妹 s我穿着刚好",
    "宝宝 s码我觉得偏大",
    "xs和s我都穿过",
    "shipping details in my bio",
    "size info in my bio",
    "more info on my profile",
    "measurements in bio",
    "I never check the tracking page, is it moving?",
    "you can message me here anytime",
    "the courier said he would signal me when he arrives",
    "we chat about sizes here",
    // DMs told as done or asked about; the internal price kept on the platform; "another" that is a day
    "我挨个私信你们了吗？",
    "内部价只在直播间有，不用找我",
    "Can we continue on another day?",
    // an avatar talked of, with no lure or wink sending the reader to it
    "头像是我家猫，懂的都懂",
    "我看了下他的头像，懂的都懂，是骗子",
    "换了新头像，大家看看好不好看",
    "这个头像真好看，你懂的",
    // round 49: the avatar tapped for what the platform's profile holds (粉丝团, the follow button, the shop)
    "点头像关注一下，开播有提醒",
    "点头像进店铺，全部宝贝都在",
    // round 52: a zhuyin 我 or 你 in a plain remark; 联络方法 told as where it is, not asked for or left
    "ㄨㄛˇ覺得這件很好看",
    "ㄋㄧˇ好，請問還有貨嗎",
    "我們的聯絡方法都寫在蝦皮聊聊",
    "聯絡方法一欄請填平台帳號",
    // round 53: 丝 inside a word (粉丝, 真丝, 螺丝) before 我 is no 私我, nor 丝 as the silk the writer talks about
    "粉丝我都会回关的，放心",
    "这条真丝我穿了一天就起球",
    "螺丝我自己拧紧了",
    "他丝毫不在意",
    "丝我很喜欢，手感很滑",
    "冰丝，丝我也买了一条",
    // round 55: 私我 asked of the reader by its initial with "a moment" after it; the avatar said to carry the contact
    "你s我一下单号，我帮你查物流",
    "你帮我看一下s码还是m码",
    "看我头像，是我家猫，下单前可以看看",
    "头像里是我自己拍的沙发实物",
    "头像上的联系方式都是骗子，别信",
    // round 54, not: the buyer's chat account asked for by its Latin short name (你的 v 发我); the profile in English inside Chinese talk, the contact said after it
    "你的v领发我看看是哪款",
    "你的vip卡号发我核对一下",
    "看我 profile 的照片好看吗",
    "看我profile上的作品集",
    // round 56, not: 私 inside 隐私 or before an English word; "hmu" for questions answered here; a DM someone else sent, a space before it
    "隐私 means everything to us，包裹不写品名",
    "私 message 按钮在右下角，有问题点那里",
    "hmu with any sizing questions here",
    "有人 dm 我问尺码，我已经回复了",
    // round 57: the contact said first, then where it is: on the writer's avatar (号在我头像上, 电话写在我头像上面); not an order number, nor the avatar's picture
    "订单号在我头像上面的截图里 你看下",
    "我头像上是我闺女 好看吧",
    "快递单号在我头像旁边那个帖子里",
    // round 59: a heart between two words, not inside 私我; a way to reach asked with no "give me"; "outside the app hours"
    "隐私❤我们很重视，请放心购买",
    "平台上有能联系到你的方式吗",
    "Is there a way to reach you outside the app hours?",
    // round 60: the profile looked at in English for its goods, no contact after
    "check 我主页的新款",
    "check 我签名，今天上新",
    // round 61: the reader's app asked about with nothing to be sent there (a product that works with it; the platform's chat)
    "Do you have WhatsApp? The app's chat supports photos, send them here please",
    "Do you have a WhatsApp-compatible phone case in stock?",
    "Does the app have a chat? I can send you photos there",
    // round 62: a colour or a version of an app-named thing asked, typing here disliked with no app asked; a place here
    // inconvenient for parking or for receiving a parcel, in Cantonese
    "do you have this in whatsapp green?",
    "do you have the whatsapp version or something similar in blue",
    "I dont like typing in here, the keyboard lags",
    "呢度泊車唔方便 寄去公司啦",
    "呢度唔方便收貨 寄去公司啦",
    // round 63: a shop's storefront with no 我; the avatar's picture opened; an order number DMed
    "联系方式在店铺主页",
    "头像点开是我家猫的照片",
    "我私信了你的订单号",
    // round 65: the readers told to ignore whoever says it, or the writer disowning it
    "Ignore anyone saying 'dm me for a cheaper price' under my posts",
    "someone keeps commenting 'message me for a better price' on my listings, that's not me",
    // round 65: the writer's promise with a negation, or "off" naming something else
    "we will never message you off the app, only in this chat",
    "I'll text you off the app's quiet hours, mornings are best",
    // round 64: the way to reach the writer said to be on their profile (联络方式在我主页, 联系方式都写在简介); not a question, nor someone else's profile
    "联系方式在主页吗？",
    "他的联系方式在他主页",
    "商品规格在主页简介",
    // round 67: s我 as a size or "I too" with no particle and vocative after it, nor the public screen filtering; an
    // English answer with an order's number or a social post, not a chat account
    "这件s码我家人们都说好看",
    "s我也有，弹幕里有人问",
    "reply with your order number please",
    "Reply with your Instagram story link for the giveaway entry",
    // round 68: code-switched near-misses: the DM kept here (dito), an order number or a postcode asked, the platform's chat, an opinion, a call told
    "PM mo ako dito sa Shopee chat",
    "apna order number do, main check karta hoon",
    "me passa teu CEP pra calcular o frete",
    "Fala comigo no chat da Shopee",
    "dame tu opinión del producto",
    "Ele me chamou no zap ontem",
    // round 71: a size letter before a spaced i (xs i 我…) is no 私我
    "xs i 我都穿过",
    // round 72: every chat app the writer may be added on, named whole (add me on ig / discord / viber; 加我賴, 加我discord); not a list or facebook, where a marketplace's own talk is
    "add me on the waitlist please",
    "can you add me on the group order?",
    "add me on facebook marketplace as a buyer",
    "加我赖床的照片",
    "add me on line 3 of the form",
    // round 74: the writer reached by a verb of its own on an app (hit me on telegram, ping me on discord); the writer's number or address said to be in the listing's photos (my number is in the second photo, email is in the listing pics); not a serial or model number, nor the buyer's
    "hit me with your best offer",
    "the serial number is in the second photo",
    "model number is on the last pic",
    "your email is in the photo?",
    "the tracking number is in my last photo",
    // round 73: the place outside the platform named alone as where the talk goes (站外聊, 平台外细聊, 站外联系我); not forbidden, a buyer's report, nor the chat's records or a way named
    "不要站外聊",
    "站外聊天记录平台不认",
    "站外联系方式一律屏蔽",
    "站外沟通有风险",
    "卖家说要站外联系，我没理",
    "请勿站外沟通",
    // round 75: the platform stayed on (message me privately here), a call by its British name to someone else, the way to reach asked about the platform's own chat or outside hours, Facebook searched with no add
    "message me privately here on the app",
    "give him a shout when the parcel lands",
    "what's the best way to reach you on here?",
    "best way to reach you outside work hours?",
    "search my name on facebook if you want to see the reviews",
    // round 76: the reader's number to be left where the writer will see it, to be called (把你电话留在评论区我打给你); not an order's delivery phone
    "把收货电话留在备注里",
    "请把订单号留在评论区",
    // round 77: the avatar as a photo or changed, no ask to reach the writer; a gram weighed
    '看头像是实拍的',
    '戳头像换了个新的',
    'price per gram on the gram scale',
    // round 79: "whats ur number" typed without the apostrophe (not "your number one tip")
    "whats your number one tip for breaking in these boots?",
    "what's your number 1 pick from the range?",
    "whats your order number so i can check",
    // round 82: the writer's own other account to be reached on; the shop's page on a social app messaged
    "follow our shop here for new drops",
    "message us here on the app anytime",
    // round 80: the talk carried on somewhere else or private, "hmu" asked privately, DM dotted as an abbreviation; not a complaint's "somewhere else", a quiet place to meet, a time's p.m.
    "I'll take my business somewhere else then",
    "we can talk somewhere quiet at the car boot",
    "continue shopping somewhere else if you want",
    "pickup after 6 p.m. us two will be home",
    "hit me up if the size is wrong, happy to swap here",
    // (round 80: the ask quoted as the name of a kind of seller or post)
    "sick of the 'message me for price' sellers on here",
    "honestly the \"dm me\" crowd can keep their secrets",
    // round 81: the size chart or fabric sent to the description and the comments spared the question; the platform's or the shop's customer service as where the DM goes (在小店客服这边私聊); the profile's pinned video for what it shows (置顶视频有试穿效果)
    "尺码看简介，别在评论区问了",
    "成分看简介哦，不要在评论区问",
    "评论区别问了，看直播",
    "在小店客服这边私聊改地址就好",
    "找店铺客服那边私信一下",
    "跟官方客服私聊处理",
    "看我主页置顶视频，有这条裤子的试穿效果",
    "看主页第二个视频有真人上身",
    "看我置顶的笔记有搭配教程",
    // round 81 (own lines): the shop's help desk DMing about an order, a coupon sent in private, the app owned not used as a verb (WhatsApp 我都有用), the number warned against leaving, the DM refused (别私信, 私信一律不回), the help desk by its Taiwan name (商家客服, 卖场客服), the profile's showcase (看我主页橱窗)
    "客服挨个私信你们的订单已经处理了",
    "小助理私发你们优惠券链接",
    "WhatsApp 我都有用",
    "telegram我没有装",
    "不要把手机号留在评论区，小心骗子",
    "别私信，直播间直接问",
    "不接受私聊砍价",
    "私信一律不回哦",
    "有事私讯商家客服",
    "看我主页橱窗，新款都在",
    // round 83: the same @ as here, the app unsaid; "off here" and "off app chat"; DM dotted before Tagalog "mo ako": not a tag repeated, the same @ asked and answered no, the goods taken off here, a notice on off-app chats
    "tag me, same @",
    "same @ as here on Etsy? no, only this shop",
    "I'll take it off here once it sells",
    "off-app chats are not protected",
    "off app chat is not covered by buyer protection",
    // round 84: a warning against talking outside the marketplace, the goods taken off it, the site's own mail asked
    "never chat outside Mercari, it's how people get scammed",
    "I took the lamp off Depop, it sold at a fair",
    "please send me your order number so I can check",
    "yung tracking number nasa order page, check niyo po",
    // round 85: the writer to slide into the reader's DMs with the offer
    "he slid into my DMs lol",
    "don't let scammers slide into your DMs",
    // round 85: a chat app named, then the account told as the shop's own name
    "same name as the shop on the label",
    "the courier's name is the same name as the store owner",
    // round 86: 小窗 used as the verb (小窗我, 小窗聊); another way to reach the writer asked in Cantonese (有冇其他聯絡方法) or by 聯絡方法 (not a real small window, nor the shop saying it has none)
    "開小窗看直播比較方便",
    "這個小窗口可以拖動",
    "小窗我看不到字幕",
    "本店沒有其他聯絡方法，請在聊天室問",
    "唔使 whatsapp 我，喺度傾就得",
    "唔洗 pm 我，留言就得",
    // round 88: a product line's sheet asked for; an app added for something else than the deal
    "send me your line sheet and MOQ",
    "I added my whatsapp for notifications",
    "add my telegram to the group",
    // round 88: told not to send or add the account
    "pls never send us your viber number, we only reply in the order chat",
    "don't add my skype for the price, ask here",
    // the writer's own chat app to add with a reason or nothing after it (not told of an add, not where an account goes)
    "I forgot to add my telegram",
    "how do I add my viber",
    "can you add my whatsapp number to the order notes?",
    "add my discord to the server list",
    "let me add my skype later",
    // round 87: a Discord server, a bot or a status asked about, not the account
    "what's your discord server called? want to join the giveaway",
    "whats ur discord nitro status, mine expired",
    "what is your viber bill like these days",
    // round 89: "message me on" the marketplace, its app or its site: its own chat
    "I'd rather not share my mobile, just message me on Etsy.",
    "no phone pls, message me on the site anytime",
    // round 89: the private message promised on the marketplace's chat, refused, or told as sent
    "I'll message you privately on Etsy",
    "I won't message you privately",
    "we can't dm you privately, rules",
    "I messaged you privately yesterday about the size",
    // round 90: Taglish DM or chat app as the verb with mo … ako, an app proposed with na lang, WhatsApp misspelled as the verb, an English full stop ending a negation's reach; not a quoted ask told of, not kept here with dito, not told not to
    "pm mo ako dito if may tanong ka",
    "wag na sa viber na lang, dito na tayo mag usap",
    "messenger bag na lang natira, size M",
    "my cousin said \"dm me\" to every buyer and got banned",
    "the lady wrote 'text me' on the box, I ordered here anyway",
    "ada stok, boleh wasap mereka terus",
    // round 91: a comment answered in the comments or in the platform's chat
    "comment below and I'll reply",
    "comment your size below and we'll reply here under the post",
    // session 21 (mine): the other app named for something else than talk; "the same" said of something else than an account
    "check the other app for tracking",
    "my ig is the same age as my shop",
    "our shop is the same as on etsy",
    "i'm on insta, different name",
    // session 21 (mine): a size, a count or a time asked for; the shop's own number told
    "let me know your size and i'll check",
    "tell me your number of items and i'll combine shipping",
    "what's the best time to reach you",
    "the best number to reach us is in the help centre",
    // session 21 (mine): quicker at some time, or on the app itself
    "i'm more active on weekends",
    "we reply faster on weekdays",
    "i'm more active on the app in the evening",
    // round 93: the reader's number asked as the reply; whether the reader is on other apps, asked bare, and the talk here turned down
    "reply with your phone model so we send the right case",
    "are you on any other apps selling these",
    "I'd rather not talk here about it, it's a surprise",
    // round 92: a meeting place, a complaint of no way, a size asked, the other account told of or written from
    "can we meet somewhere other than the station",
    "there wasn't any way to contact you directly, very poor",
    "reply with your size and colour",
    "my other account got banned so i use this one",
    "i'll message you from my other account",
    "the talk was somewhere other than here, at the market",
    // round 94: the talk moved "there" after an add, e-mail, text or call; the reader's number asked to call or text them on; the writer's number or contact as what messaging gets; the writer's other account
    "message me here and we'll talk in the chat",
    "add me to the order notes and we'll discuss there",
    "is there a number I can call you on for customer service?",
    "message me for my measurements",
    "message us for our size chart",
    "my other account got banned last year",
    "check my other listings",
    // session 21 (mine): "message me on" one of the marketplace's own places, its chat
    "message me on the other listing for the blue one",
    "message me on this listing if you want it",
    "message me on the order and i'll check the size",
  ],
  invalid: [
    { text: "感興趣的 PM我 詳談", start: 5, end: 8, value: "pm我" }, // "PM/DM me" in Chinese talk; the price haggled in private; the buyer's contact asked for in the Mandarin order
    // the writer's other account to search; "hard to say here", then the buyer sent to the writer
    { text: "还有一个小号，搜一下 xm_8826 关注下次直接找我", start: 0, end: 10, value: "还有一个小号,搜一下" },
    { text: "拼多多这边不好说，你去我闲鱼看，同名", start: 3, end: 8, value: "这边不好说" },
    // a word to be texted to the writer's chat app; the link sent in private
    { text: 'Text "SHOES" to my WhatsApp for the private catalog', start: 0, end: 27, value: 'text "shoes" to my whatsapp' },
    { text: "微店下单更便宜，链接私发", start: 8, end: 12, value: "链接私发" },
    { text: "私发链接", start: 0, end: 4, value: "私发链接" },
    { text: "Which other apps are you on? Easier to handle the exchange over there.", start: 0, end: 69, value: "which other apps are you on? easier to handle the exchange over there" }, // the matter taken to the reader's other app
    { text: "平台會擋字，方便給我你的賴嗎？我加你", start: 8, end: 13, value: "给我你的赖" }, // the buyer's LINE (賴) asked for
    // whether the reader has another app asked, and the talk said to go on there
    { text: "you got Telegram? we can chat on there", start: 0, end: 38, value: "you got telegram? we can chat on there" },
    { text: "d u have viber or whatsapp? easier to text u there tbh", start: 0, end: 50, value: "d u have viber or whatsapp? easier to text you there" },
    { text: "See my bio for where to find me, easier to talk there", start: 0, end: 31, value: "see my bio for where to find me" },
    { text: "Happy to help, just reach me off-platform and we sort it", start: 20, end: 41, value: "reach me off-platform" },
    // the contact the profile's intro holds, pointed to with no "my"; the avatar pointed to by who wants the goods
    { text: "更多尺码详情见个人简介的联系方式", start: 6, end: 16, value: "见个人简介的联系方式" },
    { text: "定制款請查看簡介的聯絡方式", start: 4, end: 13, value: "查看简介的联络方式" },
    { text: "需要链接的宝宝看下我头像哦", start: 0, end: 12, value: "需要链接的宝宝看下我头像" },
    // a DM the writer asks for still counts when no third party sent it
    { text: "有兴趣的私讯，名额不多", start: 4, end: 6, value: "私讯" },
    // the talk asked for outside of here or off the marketplace, no app named yet
    { text: "Hmu outside of here and we can work out a price", start: 0, end: 19, value: "hmu outside of here" },
    // the buyer's number or account asked for in Taglish (pa-/paki- on the verb, or the verb with mo/nyo; ano = what)
    { text: "Pakibigay na lang po ng cp number nyo, tatawagan ko kayo", start: 0, end: 37, value: "pakibigay na lang po ng cp number nyo" },
    { text: "Text nyo na lang po yung viber nyo para ma-send ko yung pics", start: 0, end: 34, value: "text nyo na lang po yung viber nyo" },
    { text: "ano po yung fb nyo? dun na lang tayo mag-usap", start: 0, end: 18, value: "ano po yung fb nyo" },
    // the pointer to the writer's profile with "a look" in it (看一下我主页, 看看我的签名)
    { text: "这里发不了，麻烦看一下我的主页置顶", start: 8, end: 17, value: "看一下我的主页置顶" },
    { text: "详细的看看我签名就懂了", start: 3, end: 8, value: "看看我签名" },
    { text: "Ping me off this app, I've got more colours", start: 0, end: 20, value: "ping me off this app" },
    { text: "reach me off Jiji for the real price", start: 0, end: 17, value: "reach me off jiji" },
    { text: "要就dm我", start: 2, end: 5, value: "dm我" },
    { text: "價錢私底下傾", start: 0, end: 6, value: "价钱私底下倾" },
    { text: "可以私下谈价格", start: 2, end: 6, value: "私下谈价" },
    { text: "可以給我您的聯絡方式嗎", start: 0, end: 11, value: "可以给我您的联络方式吗" },
    { text: "发我一下你的whatsapp", start: 0, end: 14, value: "发我一下你的whatsapp" },
    { text: "方便给个联络方式吗？平台这里不好说", start: 0, end: 9, value: "方便给个联络方式吗" },
    // a report of a comment with no refusal, or a refusal of something else: the writer's own request stays
    { text: "Someone commented, great bag! DM me for cheaper", start: 30, end: 35, value: "dm me" },
    { text: "Commented on your post. DM me for cheaper ones, ignore the others", start: 24, end: 29, value: "dm me" },
    { text: "tell me what apps you use and I'll message you there", start: 8, end: 46, value: "what apps you use and i'll message you" },
    { text: "Found it cheaper somewhere else, DM me and I'll tell you where", start: 33, end: 62, value: "dm me and i'll tell you where" },
    { text: "想要的私我", start: 0, end: 5, value: "想要的私我" },
    { text: "DM me for details", start: 0, end: 5, value: "dm me" },
    { text: "你的微信是多少", start: 0, end: 7, value: "你的微信是多少" },
    // pointers to the intro/signature, "can't say it in the live room", asking for another contact or the buyer's, "let's talk outside"
    { text: "价格不方便公开，看我签名加我", start: 8, end: 12, value: "看我签名" },
    { text: "看我的个人简介，有优惠", start: 0, end: 7, value: "看我的个人简介" },
    { text: "签名有v，需要的来", start: 0, end: 4, value: "签名有v" },
    { text: "直播间不方便报价，下播找我", start: 0, end: 7, value: "直播间不方便报" },
    { text: "这边说不清，有没有别的联系方式", start: 6, end: 15, value: "有没有别的联系方式" },
    { text: "你的微信号发我，我拉你看实拍", start: 0, end: 7, value: "你的微信号发我" },
    { text: "东西在外面聊更方便，咱们外面聊吧", start: 10, end: 15, value: "咱们外面聊" },
    { text: "给个私人联系方式，我发你图", start: 0, end: 8, value: "给个私人联系方式" },
    { text: "Can we chat elsewhere? Give me your personal number", start: 7, end: 21, value: "chat elsewhere" },
    // asking for the buyer's cell, 'shoot me a text', moving the chat to another app
    { text: "Shoot me a text when you are free", start: 0, end: 15, value: "shoot me a text" },
    { text: "What's your cell? I'll send pics", start: 0, end: 16, value: "what's your cell" },
    { text: "Let's move this to WhatsApp", start: 6, end: 27, value: "move this to whatsapp" },
    // 'add me on <another app>' with no handle
    { text: "加我LINE聊，這邊不方便", start: 0, end: 6, value: "加我line" },
    { text: "要图的加我的ig", start: 3, end: 8, value: "加我的ig" },
    // the buyer's phone asked for to add them
    { text: "你的手机号发我，我加你微信", start: 0, end: 7, value: "你的手机号发我" },
    // 'chat elsewhere' as the request itself
    { text: "Chat elsewhere? I have better prices off here", start: 0, end: 14, value: "chat elsewhere" },
    // another app's messages, 'price: DM me'
    { text: "Reach out on my socials for more info", start: 0, end: 23, value: "reach out on my socials" },
    { text: "Send me a message on Facebook", start: 0, end: 29, value: "send me a message on facebook" },
    { text: "详细价格私信", start: 0, end: 6, value: "详细价格私信" },
    // a platform limit given as the reason
    { text: "咱们外面聊，平台不让发图", start: 0, end: 5, value: "咱们外面聊" },
    // the talk moved to another app or to e-mail/phone, the buyer's number asked for, 'same name on Insta', contact in the bio
    { text: "Interested? Let's talk on WhatsApp", start: 18, end: 34, value: "talk on whatsapp" },
    { text: "Let's move to WhatsApp, this app takes 15%", start: 0, end: 22, value: "let's move to whatsapp" },
    { text: "can we switch over to telegram? easier", start: 0, end: 30, value: "can we switch over to telegram" },
    { text: "For custom orders email me directly", start: 18, end: 35, value: "email me directly" },
    { text: "Give me a call and we can sort it out", start: 0, end: 14, value: "give me a call" },
    { text: "Drop your number and I'll call you", start: 0, end: 16, value: "drop your number" },
    { text: "Let's take this conversation off Etsy", start: 6, end: 37, value: "take this conversation off etsy" },
    { text: "I'm on Insta, same name, message me there", start: 0, end: 23, value: "i'm on insta, same name" },
    { text: "Contact info in my bio", start: 0, end: 22, value: "contact info in my bio" },
    // asking for another contact, often because the platform chat is said to be bad
{ text: "能告诉我个别的联系方式吗，平台消息总收不到", start: 1, end: 11, value: "告诉我个别的联系方式" },
    { text: "有没有备用的联系方式？app老是闪退", start: 0, end: 10, value: "有没有备用的联系方式" },
    { text: "app通知总收不到，换个联系方式聊吧", start: 10, end: 16, value: "换个联系方式" },
    { text: "Is there another way to contact you? This app keeps eating my messages", start: 9, end: 35, value: "another way to contact you" },
    // the buyer's contact asked for (联络方式), "can't talk here", "won't reply here", "I'll DM you the price", a bare pointer to the bio
    { text: "留下联络方式，我私下和您详谈", start: 0, end: 6, value: "留下联络方式" },
    { text: "这里聊不方便，加我电报", start: 0, end: 6, value: "这里聊不方便" },
    { text: "這邊不方便講，有意思的話聯絡我", start: 0, end: 6, value: "这边不方便讲" },
    { text: "I don't check messages on this app, whatsapp me", start: 0, end: 34, value: "i don't check messages on this app" },
    { text: "won't reply here anymore", start: 0, end: 16, value: "won't reply here" },
    { text: "comment 🔥 below and we'll inbox u the link", start: 21, end: 43, value: "we'll inbox you the link" },
    { text: "Message me for my number if you want the bundle", start: 0, end: 24, value: "message me for my number" },
    { text: "Prices? see my bio", start: 8, end: 18, value: "see my bio" },
    // another place to talk (换个平台聊), the buyer's account asked for by an app's nickname (绿泡泡, 扣扣, 薇信)
    { text: "这里说话不方便，我们换个平台聊吧", start: 10, end: 15, value: "换个平台聊" },
    { text: "把你的扣扣发我，晚上找你", start: 1, end: 7, value: "你的扣扣发我" },
    { text: "你的薇信号给我一下", start: 0, end: 7, value: "你的薇信号给我" },
    { text: "亲可以去别的软件沟通", start: 3, end: 10, value: "去别的软件沟通" },
    // the Cantonese order, the thing before the person (俾个电话我, 俾个IG我), and other chat apps by name
    { text: "有興趣俾個IG我", start: 3, end: 8, value: "给个ig我" },
    { text: "俾個line我啦", start: 0, end: 7, value: "给个line我" },
    { text: "你嘅WhatsApp俾我", start: 0, end: 12, value: "你的whatsapp给我" },
    // Cantonese 留低 (leave): the buyer's number or app left for the seller
    { text: "有興趣就留低你個WhatsApp，我send相俾你", start: 4, end: 16, value: "留低你个whatsapp" },
    { text: "唔該留低電話，遲啲打返俾你", start: 2, end: 6, value: "留低电话" },
    // the writer's account promised in a private message (把号私发给你, 私信你我的号)
    { text: "这里不好讲，我把微信私信给你", start: 7, end: 14, value: "把微信私信给你" },
    { text: "等下私发你我的号，加一下", start: 2, end: 8, value: "私发你我的号" },
    // the price told in private; another contact pointed to on the profile
    { text: "Price? PM for details, serious buyers only", start: 7, end: 21, value: "pm for details" },
    { text: "Check my profile for other ways to contact me", start: 0, end: 42, value: "check my profile for other ways to contact" },
    { text: "My other contact info is on my profile", start: 3, end: 38, value: "other contact info is on my profile" },
    // the profile named as the place of the other contacts, in other orders
    { text: "My profile has my other contact details, serious buyers", start: 0, end: 39, value: "my profile has my other contact details" },
    { text: "Other ways to reach me are on my page", start: 0, end: 37, value: "other ways to reach me are on my page" },
    { text: "Contact info on my page, no lowballers", start: 0, end: 23, value: "contact info on my page" },
    { text: "For bulk prices and more contacts, see my bio", start: 20, end: 45, value: "more contacts, see my bio" },
    // the buyer's chat account asked for, closed by a particle or the clause (賴 = LINE in Taiwan; 妳 reads as 你)
    { text: "有空給個賴吧，出貨前先跟妳確認", start: 2, end: 6, value: "给个赖吧" },
    { text: "方便留个line吗，补货了我通知你", start: 2, end: 9, value: "留个line吗" },
    { text: "加個ig好嗎？新款都先放那邊", start: 0, end: 6, value: "加个ig好吗" },
    { text: "交换个微信号吧，以后好联系", start: 0, end: 7, value: "交换个微信号吧" },
    { text: "妳的line給我，到貨通知", start: 0, end: 8, value: "你的line给我" },
    // a cheaper deal pointed to on the writer's profile or page
    { text: "Same jacket way cheaper on my profile, just saying", start: 16, end: 37, value: "cheaper on my profile" },
    { text: "See my page for the same set at half the price", start: 0, end: 46, value: "see my page for the same set at half the price" },
    // the buyer's social accounts asked for as one
    { text: "Send me your socials, I can do it cheaper there", start: 0, end: 20, value: "send me your socials" },
    { text: "leave your social media below and I'll reach out", start: 0, end: 23, value: "leave your social media" },
    { text: "Give me your Facebook and we sort the price", start: 0, end: 21, value: "give me your facebook" },
    { text: "公屏不让报价，想了解的去我主页私我", start: 0, end: 6, value: "公屏不让报价" }, // the price kept out of the room
    { text: "公屏不让报价，想了解的去我主页私我", start: 11, end: 17, value: "去我主页私我" }, // …and the buyer sent to the profile to find the writer
    { text: "系统会屏蔽，留个line给我好吗", start: 6, end: 16, value: "留个line给我好吗" }, // the app's account left "to me"
    { text: "留個 IG 啦，有新款通知你", start: 0, end: 7, value: "留个 ig 啦" }, // the typographic space around the Latin app name
    { text: "Can pass me your whatsapp? Faster to arrange", start: 4, end: 25, value: "pass me your whatsapp" }, // Singlish 'pass me'
    { text: "Go check the shop's bio for the real prices, much cheaper", start: 3, end: 43, value: "check the shop's bio for the real prices" }, // the seller's bio pointed to for the deals
    { text: "您把微信号给我吧，回头我拉您看实拍", start: 0, end: 7, value: "您把微信号给我" }, // the buyer's contact asked for with 把
    { text: "你把电话发过来，我打给你细说", start: 0, end: 7, value: "你把电话发过来" },
    { text: "能不能加个好友呀，到货了我第一时间通知你", start: 3, end: 7, value: "加个好友" }, // 能不能 with the writer's promise after it: a proposal
    { text: "方便留个企鹅吗", start: 0, end: 7, value: "方便留个企鹅吗" }, // QQ by its nickname, asked with 留个
    { text: "您的绿泡泡号是多少呀", start: 0, end: 9, value: "您的绿泡泡号是多少" }, // WeChat's nickname
    { text: "简介有维信，看到加", start: 0, end: 5, value: "简介有维信" }, // a homophone pointed to in the intro
    { text: "麻烦留一下你的扣扣", start: 2, end: 9, value: "留一下你的扣扣" }, // QQ's homophone
    { text: "你的賴給我好嗎", start: 0, end: 5, value: "你的赖给我" }, // LINE as Taiwan writes it, owned and sent
    { text: "留下你的某信吧", start: 0, end: 7, value: "留下你的某信吧" }, // the app not named at all (某信)
    { text: "不加vx的话没法给你发实拍图", start: 1, end: 4, value: "加vx" }, // the app not added as a condition that presses for it, no refusal
    { text: "不留扣扣就联系不上你哦", start: 1, end: 4, value: "留扣扣" }, // …and not left
    // the contact put in one of the pictures
    { text: "我的微信在最后一张图上，看图加我", start: 0, end: 11, value: "我的微信在最后一张图上" },
    { text: "联系方式见第二张图", start: 0, end: 9, value: "联系方式见第二张图" },
    // the handle elsewhere said to be this one
    { text: "same username everywhere, look me up 🙂", start: 0, end: 24, value: "same username everywhere" },
    { text: "My account there has the same name as here", start: 25, end: 42, value: "same name as here" },
    // the app hinted at, not named: its name not allowed, its first letter, its colour, its icon
    { text: "I'm not allowed to write the app's name in here, it's the purple one", start: 4, end: 47, value: "not allowed to write the app's name in here" },
    { text: "it's the messaging app that begins with the letter T", start: 19, end: 52, value: "app that begins with the letter t" },
    { text: "add me on the blue one, it's quicker", start: 0, end: 22, value: "add me on the blue one" },
    { text: "just use the purple chat app, we talk better there", start: 13, end: 28, value: "purple chat app" },
    { text: "you know the app with the ghost? find me there", start: 4, end: 31, value: "know the app with the ghost" },
    // the talk said to go better over there
    { text: "quicker to sort it out over there than in this chat", start: 0, end: 33, value: "quicker to sort it out over there" },
    { text: "简介里那串就是我微信 备注来意", start: 0, end: 10, value: "简介里那串就是我微信" }, // a string on the profile said to be the writer's WeChat
    { text: "个签那个号就是我的v 加的时候说一下", start: 0, end: 10, value: "个签那个号就是我的v" },
    // 私我 as 丝我 or si我, after who wants it or a "can"
    { text: "喜欢这款的宝子们可以丝我呀", start: 8, end: 12, value: "可以丝我" },
    { text: "有意向的朋友si我，价格好说", start: 0, end: 9, value: "有意向的朋友si我" },
    { text: "想要链接外的款式直接丝我", start: 8, end: 12, value: "直接丝我" },
    // the platform's chat said to be no place to deal
    { text: "价格直播间不好细聊哈", start: 2, end: 9, value: "直播间不好细聊" },
    // "add me and we'll talk it over", the app unnamed (and 加 typed as a heavy plus)
    { text: "这个款式您先加我一下，再慢慢聊", start: 4, end: 15, value: "您先加我一下,再慢慢聊" },
    { text: "价格可以商量 ➕我详谈", start: 7, end: 11, value: "加我详谈" },
    // the writer reached, or the talk moved, somewhere else than here
    { text: "Easier if you text me somewhere else, this inbox is a mess", start: 14, end: 36, value: "text me somewhere else" },
    { text: "Happy to haggle but let's have this conversation elsewhere", start: 26, end: 58, value: "have this conversation elsewhere" },
    // where to reach the other side asked for
    { text: "Before I commit, where else can I message you?", start: 17, end: 45, value: "where else can i message you" },
    // contacted privately
    { text: "For bulk orders get in touch with us in private.", start: 16, end: 47, value: "get in touch with us in private" },
    // a cheaper deal told first, then the writer's bio pointed to
    { text: "Got the same boots for less, see my bio", start: 19, end: 39, value: "for less, see my bio" },
    { text: "same originals for much less, see my page", start: 15, end: 41, value: "for much less, see my page" },
    { text: "could we take the chat anywhere but eBay? they read everything", start: 9, end: 40, value: "take the chat anywhere but ebay" },
    { text: "happy to keep moving our conversation somewhere other than this app", start: 14, end: 67, value: "moving our conversation somewhere other than this app" },
    { text: "mind continuing this chat elsewhere?", start: 5, end: 35, value: "continuing this chat elsewhere" },
    // the platform named, but not as where the DM is sent (平台上不方便: the talk is to move; 平台外)
    { text: "不是在平台内，私信我的小号", start: 7, end: 10, value: "私信我" },
    { text: "在平台外私信我", start: 4, end: 7, value: "私信我" },
    // the writer's contact promised in a DM said with a bare 私 or 私聊, or in English
    { text: "要清单的留言 我私你联络方式", start: 8, end: 14, value: "私你联络方式" },
    { text: "晚点私你我的联系方式", start: 2, end: 10, value: "私你我的联系方式" },
    { text: "私聊你我的号码", start: 0, end: 7, value: "私聊你我的号码" },
    { text: "我私你line", start: 1, end: 7, value: "私你line" },
    { text: "I'll send you my whatsapp", start: 0, end: 25, value: "i'll send you my whatsapp" },
    { text: "we can text you our number", start: 0, end: 26, value: "we can text you our number" },
    { text: "ok I'll message you my cell number", start: 3, end: 34, value: "i'll message you my cell number" },
    // the same goods offered for half, a third or a fraction, then the writer's profile pointed to (either order); in
    // Chinese the same goods (同款, 一样的) cheaper with the writer, then their own page or account
    { text: "Sellers here charge too much. I sell the identical lamp for half, check my profile", start: 56, end: 82, value: "for half, check my profile" },
    { text: "same dresses for about a third, visit my page", start: 13, end: 45, value: "for about a third, visit my page" },
    { text: "I do the same bags for a fraction of that, see my profile", start: 19, end: 57, value: "for a fraction of that, see my profile" },
    { text: "check my profile, I sell the same for half", start: 0, end: 42, value: "check my profile, i sell the same for half" },
    { text: "同樣的椅子我只賣一半，去我個人頁面看看", start: 0, end: 17, value: "同样的椅子我只卖一半,去我个人页面" },
    { text: "同款更便宜，看下我的账号", start: 0, end: 12, value: "同款更便宜,看下我的账号" },
    { text: "一样的包包我这边便宜一半 点我账号进去", start: 0, end: 17, value: "一样的包包我这边便宜一半 点我账号" },
    // the profile pointed to, then the writer contacted; the genuine goods sent there
    { text: "visit my profile and hit me up", start: 0, end: 30, value: "visit my profile and hit me up" },
    { text: "check my bio first, then DM me", start: 0, end: 30, value: "check my bio first, then dm me" },
    { text: "For authentic Korean skincare, check my profile", start: 0, end: 47, value: "for authentic korean skincare, check my profile" },
    // the writer's DM to each buyer with the price (like 价格私信), the DM spelled D M or half in pinyin
    { text: "想要的扣1，我等下私你们报价", start: 6, end: 14, value: "我等下私你们报价" },
    { text: "leave your @ below, we will D M you the full price", start: 20, end: 50, value: "we will d m you the full price" },
    { text: "想要的宝宝私 xìn 我", start: 5, end: 12, value: "私信我" },
    { text: "We will P M you the details", start: 0, end: 27, value: "we will p m you the details" },
    // "!" typed for the i of bio
    { text: "check my b!o for the cheaper link", start: 0, end: 28, value: "check my bio for the cheaper" },
    // 私讯 / 私聊 with a syllable in zhuyin
    { text: "有興趣ㄙ ㄒㄩㄣˋ我", start: 3, end: 10, value: "私讯我" },
    { text: "價格私ㄌㄧㄠˊ", start: 0, end: 7, value: "价格私聊" },
    // a space before what is asked for, typed to split the request for a word filter
    { text: "团购的话留个 微信号，我拉群", start: 4, end: 10, value: "留个 微信号" },
    { text: "方便留个 Ⓥ 吗", start: 0, end: 8, value: "方便留个v吗" },
    { text: "留一下 手机号，到货通知你", start: 0, end: 7, value: "留一下 手机号" },
    { text: "留個 電話，我到了打給你", start: 0, end: 5, value: "留个 电话" },
    // "+" for 加 before 賴, LINE as Taiwan types it
    { text: "要的話留言 +賴 我再傳照片", start: 6, end: 8, value: "+赖" },
    { text: "想看實拍 +赖 私聊", start: 5, end: 7, value: "+赖" },
    // the app hinted at by its colour's emoji, the writer's "hmu" as a chat verb
    { text: "dm me on the 🟣 app, easier there", start: 0, end: 19, value: "dm me on the 🟣 app" },
    { text: "hmu on the green one", start: 0, end: 20, value: "hmu on the green one" },
    // digits for the letters of the request's words
    { text: "let's take this 0ff the app", start: 6, end: 27, value: "take this off the app" },
    { text: "t3xt me directly", start: 0, end: 16, value: "text me directly" },
    // round 42: 私 by its initial, s我, after a can, a just or a live room's "one by one"
    { text: "扣1的宝宝们挨个s我，发你内部价", start: 6, end: 10, value: "挨个s我" },
    { text: "想要链接的可以s我～", start: 5, end: 9, value: "可以s我" },
    { text: "库存不多 直接 s 我", start: 5, end: 11, value: "直接s我" },
    // round 43: who wants it told to DM, then after a comma pointed to the avatar (私 with an arrow for its second character)
    { text: "需要现货的请私➡️，看下我头像", start: 0, end: 15, value: "需要现货的请私➡,看下我头像" },
    { text: "有兴趣的朋友私聊，看我的头像", start: 0, end: 14, value: "有兴趣的朋友私聊,看我的头像" },
    // round 44: "ur"/"yr" for "your" before a contact word; the contact asked for bare with a particle; wide gaps
    { text: "send me ur number, I'll text you the details", start: 0, end: 17, value: "send me your number" },
    { text: "drop yr email and I'll send the pics", start: 0, end: 13, value: "drop your email" },
    { text: "给个联系方式呗，方便说", start: 0, end: 7, value: "给个联系方式呗" },
    { text: "交换一下手机号吧，好沟通", start: 0, end: 8, value: "交换一下手机号吧" },
    { text: "talk  off  the  app, I'll explain", start: 0, end: 19, value: "talk off the app" },
    // round 46: the writer to reach the buyer in private; the real price asked for by message; the contact in the bio
    { text: "下播后私下联系你，想要的扣1", start: 3, end: 8, value: "私下联系你" },
    { text: "名额有限，我会私下找您确认", start: 7, end: 11, value: "私下找您" },
    { text: "hmu 4 the real price, can't say it here", start: 0, end: 20, value: "hmu 4 the real price" },
    { text: "msg me for the secret price 🤫", start: 0, end: 27, value: "msg me for the secret price" },
    { text: "contact in bio, prices are lower", start: 0, end: 14, value: "contact in bio" },
    { text: "my whatsapp is on my profile", start: 0, end: 28, value: "my whatsapp is on my profile" },
    // round 45: the contact asked for, or the talk moved, in English words inside Chinese chat
    { text: "退货的事我们 offline 谈，快一点", start: 4, end: 16, value: "我们 offline 谈" },
    { text: "這單售後咱們 off-app 溝通吧", start: 4, end: 17, value: "咱们 off-app 沟通" },
    { text: "麻烦留个 phone number 给我，我打给你", start: 2, end: 17, value: "留个 phone number" },
    { text: "留下你的 contact，客服处理不了", start: 0, end: 12, value: "留下你的 contact" },
    { text: "咱们 private 聊，平台看着不方便", start: 0, end: 12, value: "咱们 private 聊" },
    // round 47: 私我 by its initial after who is addressed; the rest kept in the bio; a chat app as the verb; the
    // platform's inbox said to go unread
    { text: "集美们 s 我发链接", start: 0, end: 7, value: "集美们s我" },
    { text: "想要同款的宝子 s我～", start: 5, end: 10, value: "宝子 s我" },
    { text: "有兴趣的朋友们直接 s我 了解", start: 0, end: 12, value: "有兴趣的朋友们直接 s我" },
    { text: "more info in my bio, can't post it here", start: 0, end: 19, value: "more info in my bio" },
    { text: "all the deets in bio 👀", start: 8, end: 20, value: "deets in bio" },
    { text: "WhatsApp me, the chat here lags", start: 0, end: 11, value: "whatsapp me" },
    { text: "just telegram me when you're free", start: 5, end: 16, value: "telegram me" },
    { text: "viber me the photos pls", start: 0, end: 8, value: "viber me" },
    { text: "we rarely check messages here, sorry", start: 0, end: 29, value: "we rarely check messages here" },
    { text: "I never look at this inbox", start: 0, end: 26, value: "i never look at this inbox" },
    // the writer to DM each buyer in turn; the internal price for whoever DMs; the talk moved to another app, unnamed
    { text: "想要的扣1，我逐个私你们", start: 6, end: 12, value: "我逐个私你们" },
    { text: "想要内部价的姐妹私我", start: 2, end: 10, value: "内部价的姐妹私我" },
    { text: "can we switch to a different messenger?", start: 7, end: 38, value: "switch to a different messenger" },
    // the avatar tapped for what is not said here, or with a wink
    { text: "宝子们价格看我头像哦", start: 3, end: 9, value: "价格看我头像" },
    { text: "懂的姐妹戳头像", start: 0, end: 7, value: "懂的姐妹戳头像" },
    { text: "看头像，懂的都懂", start: 0, end: 6, value: "看头像,懂的" },
    { text: "批发价更低，細節戳頭像", start: 6, end: 11, value: "细节戳头像" },
    // round 49: …not with a DM after it
    { text: "点头像关注，私我领福利", start: 6, end: 8, value: "私我" },
    // round 52: the pronoun typed in zhuyin (私ㄨㄛˇ, ㄋㄧˇ加ㄨㄛˇ); 联络方法, the fourth spelling of the contact, left or asked for
    { text: "私ㄨㄛˇ問運費，這裡不方便說", start: 0, end: 4, value: "私我" },
    { text: "ㄋㄧˇ加ㄨㄛˇ吧，詳聊", start: 0, end: 11, value: "你加我吧,详聊" },
    { text: "有興趣請留低你嘅聯絡方法", start: 4, end: 12, value: "留低你的联络方法" },
    { text: "麻煩給我你的聯絡方法，我私下報價", start: 2, end: 10, value: "给我你的联络方法" },
    { text: "晚點私你聯絡方法", start: 2, end: 8, value: "私你联络方法" },
    // round 53: 私我 as 丝我 at the clause's start, a clause of its own or an offer after it; 私聊 as 丝聊
    { text: "丝我，发你实拍", start: 0, end: 2, value: "丝我" },
    { text: "还有别的款，丝我发你链接", start: 6, end: 8, value: "丝我" },
    { text: "丝聊，这里回复太慢", start: 0, end: 2, value: "私聊" },
    // round 55: 私我 asked of the reader by its initial or homophone with "a moment" after it; the avatar said to carry the contact
    { text: "保洁价格这里不好说，你s我一下", start: 10, end: 15, value: "你s我一下" },
    { text: "您丝我下，我发你报价", start: 0, end: 4, value: "您丝我下" },
    { text: "看我头像，上面有联系方式，搬家直接找", start: 0, end: 12, value: "看我头像,上面有联系方式" },
    { text: "头像上有我的电话，装修问题直接打", start: 0, end: 8, value: "头像上有我的电话" },
    // round 54: the buyer's chat account asked for by its Latin short name (你的 v 发我); the profile in English inside Chinese talk, the contact said after it
    { text: "你 的 vx 给 我 一 下，拉你进群", start: 0, end: 10, value: "你的 vx 给我" },
    { text: "您的wx发过来，我加您", start: 0, end: 7, value: "您的wx发过来" },
    { text: "看下我的 bio，有联系方式", start: 0, end: 8, value: "看下我的 bio" },
    { text: "看我 profile，上面有 line", start: 0, end: 10, value: "看我 profile" },
    // round 56: the thing wanted named at some length before the avatar; 私我 with 我 typed in English; "hmu elsewhere"
    { text: "想要同款进口面料的 看我头像", start: 0, end: 14, value: "想要同款进口面料的 看我头像" },
    { text: "有需要的私 me，发你实拍", start: 4, end: 8, value: "私 me" },
    { text: "想看实物的私信me", start: 5, end: 9, value: "私信me" },
    { text: "hmu elsewhere for the receipts", start: 0, end: 13, value: "hmu elsewhere" },
    // round 57: the contact said first, then where it is: on the writer's avatar (号在我头像上, 电话写在我头像上面); not an order number, nor the avatar's picture
    { text: "要的话联系我 电话写在我头像上面", start: 7, end: 15, value: "电话写在我头像上" },
    { text: "大姐你加一下 微信号挂在我头像里", start: 7, end: 16, value: "微信号挂在我头像里" },
    // round 59: 私我 with a heart or emoji between; the reader's chat account asked for as a reply; any way to reach the reader asked for
    { text: "退货的事你私❤我一下", start: 5, end: 8, value: "私我" },
    { text: "运费问题私🌹我", start: 4, end: 8, value: "私我" },
    { text: "售后卡住了？回复您的微信号，我们专员加您", start: 6, end: 13, value: "回复您的微信号" },
    { text: "请回复你的 qq，客服稍后联系", start: 1, end: 8, value: "回复你的 qq" },
    { text: "这边处理不了，留一个可以联系上您的号码吧", start: 7, end: 19, value: "留一个可以联系上您的号码" },
    { text: "Reply with another way to contact you off the platform and our agent will call.", start: 11, end: 54, value: "another way to contact you off the platform" },
    // round 60: the profile looked at with the verb in English inside Chinese talk, the contact said after it
    { text: "宝 check 我主页简介，有 contact 方式", start: 2, end: 11, value: "check 我主页" },
    { text: "see 一下我的签名，上面有 v", start: 0, end: 10, value: "see 一下我的签名" },
    { text: "view 我资料，有联系方式", start: 0, end: 8, value: "view 我资料" },
    // round 61: whether the reader has another app asked, then things to be sent or shown to them there
    { text: "You got Telegram or Signal? Happy to share the full catalogue there", start: 0, end: 67, value: "you got telegram or signal? happy to share the full catalogue there" },
    { text: "Do u use Viber? I'll forward you the invoice over there", start: 0, end: 55, value: "do you use viber? i'll forward you the invoice over there" },
    // round 62: another app asked loosely ("or smth"), or with the dislike of typing here as the reason; talking here said to be
    // inconvenient in Cantonese (倾, 讲嘢, 唔方便)
    { text: "u got telegram or smth", start: 0, end: 22, value: "you got telegram or smth" },
    { text: "you on viber? i hate texting on this app", start: 0, end: 40, value: "you on viber? i hate texting on this app" },
    { text: "有興趣搵我 呢邊講嘢唔方便", start: 6, end: 13, value: "呢边讲嘢唔方便" },
    // round 63: the contact said to be in the writer's bio or signature; the avatar tapped into to find the number; the writer's DM
    // said to add the readers one by one
    { text: "联系方式写在我个人简介上，有事找", start: 0, end: 12, value: "联系方式写在我个人简介上" },
    { text: "手机号放在我签名里了", start: 0, end: 9, value: "手机号放在我签名里" },
    { text: "头像戳进去就能看到我联系方式", start: 0, end: 14, value: "头像戳进去就能看到我联系方式" },
    { text: "我们挨个私聊拉大家", start: 0, end: 9, value: "我们挨个私聊拉大家" },
    { text: "晚点我一个个私信加你们", start: 2, end: 11, value: "我一个个私信加你们" },
    // round 65: the writer promising to reach the reader off the app
    { text: "drop a heart and I'll message you off the app", start: 17, end: 45, value: "i'll message you off the app" },
    { text: "we can text u off-platform for the bundle price", start: 0, end: 26, value: "we can text you off-platform" },
    // round 64: the way to reach the writer said to be on their profile (联络方式在我主页, 联系方式都写在简介); not a question, nor someone else's profile
    { text: "联系方式都写在简介，自己看", start: 0, end: 9, value: "联系方式都写在简介" },
    { text: "聯絡方法放在我們的個人主頁", start: 0, end: 13, value: "联络方法放在我们的个人主页" },
    { text: "有需要的话联系方式在我主页", start: 5, end: 13, value: "联系方式在我主页" },
    // round 67: 私我 by its initial, a particle and who is addressed after it, or the public screen's filter as the reason; the
    // reader asked to answer with their chat account
    { text: "换个颜色的话 s 我吧姐妹们", start: 7, end: 14, value: "s我吧姐妹们" },
    { text: "退货进度 s 我，弹幕上会被屏蔽", start: 5, end: 16, value: "s我,弹幕上会被屏蔽" },
    { text: "answer with your whatsapp number and I'll sort the return", start: 0, end: 32, value: "answer with your whatsapp number" },
    { text: "text me with your Line id", start: 0, end: 25, value: "text me with your line id" },
    // round 68: the asks of DM me, talk on an app, your number, in Tagalog-, Hindi-, Spanish- and Portuguese-English (mo kami, pe baat karo, tumhara … bhejo, mandame tu cel, hablemos por wsp, me chama no, me passa teu); here said not to do (aqui nao da) keeps it
    { text: "message mo kami for the sizes", start: 0, end: 15, value: "message mo kami" },
    { text: "Telegram pe baat karo bhai", start: 0, end: 21, value: "telegram pe baat karo" },
    { text: "tumhara whatsapp number bhejo", start: 0, end: 29, value: "tumhara whatsapp number bhejo" },
    { text: "mandame tu cel y te aviso", start: 0, end: 14, value: "mandame tu cel" },
    { text: "hablemos por wsp mejor", start: 0, end: 16, value: "hablemos por wsp" },
    { text: "me chama no direct", start: 0, end: 18, value: "me chama no direct" },
    { text: "me passa teu whats", start: 0, end: 18, value: "me passa teu whats" },
    { text: "me chama no zap, aqui nao da", start: 0, end: 15, value: "me chama no zap" },
    // round 71: 私我's pinyin with its letters spaced or dotted apart
    { text: "需要做窗帘的可以 s.i 我", start: 9, end: 14, value: "si 我" },
    { text: "感兴趣 s i我", start: 4, end: 8, value: "s i我" },
    { text: "有想做衣柜的朋友 s i 我", start: 9, end: 14, value: "s i 我" },
    // round 72: every chat app the writer may be added on, named whole (add me on ig / discord / viber; 加我賴, 加我discord); not a list or facebook, where a marketplace's own talk is
    { text: "add me on ig, same name as the shop", start: 0, end: 12, value: "add me on ig" },
    { text: "add me on discord for the restock", start: 0, end: 17, value: "add me on discord" },
    { text: "add me on viber so we can talk", start: 0, end: 15, value: "add me on viber" },
    { text: "加我賴 可以算便宜一點", start: 0, end: 3, value: "加我赖" },
    { text: "加我discord聊", start: 0, end: 9, value: "加我discord" },
    // round 74: the writer reached by a verb of its own on an app (hit me on telegram, ping me on discord); the writer's number or address said to be in the listing's photos (my number is in the second photo, email is in the listing pics); not a serial or model number, nor the buyer's
    { text: "hit me on whatsapp if you want it today", start: 0, end: 18, value: "hit me on whatsapp" },
    { text: "ping us on telegram for wholesale", start: 0, end: 19, value: "ping us on telegram" },
    { text: "my number is on the last pic", start: 0, end: 28, value: "my number is on the last pic" },
    { text: "contact details are in the listing photos", start: 0, end: 41, value: "contact details are in the listing photos" },
    { text: "our insta is in the third slide", start: 0, end: 31, value: "our insta is in the third slide" },
    // round 73: the place outside the platform named alone as where the talk goes (站外聊, 平台外细聊, 站外联系我); not forbidden, a buyer's report, nor the chat's records or a way named
    { text: "尺码不全的话站外聊", start: 6, end: 9, value: "站外聊" },
    { text: "这个价格可以，平台外细聊", start: 7, end: 12, value: "平台外细聊" },
    { text: "别的款站外再聊", start: 3, end: 7, value: "站外再聊" },
    { text: "想定制的站外联系我", start: 4, end: 8, value: "站外联系" },
    // round 75: the DM asked privately with the platform left (off here, outside of here); the other verbs of a private chat (chat me privately, inbox me directly); the call by its British and Australian names (give me a bell, give us a tinkle); the reader asked how to reach them outside the marketplace; added on Facebook and found there by name
    { text: "text me privately off here and we'll talk price", start: 0, end: 17, value: "text me privately" },
    { text: "pm me privately outside of here for the bundle", start: 0, end: 15, value: "pm me privately" },
    { text: "please chat me privately, this app keeps lagging", start: 7, end: 24, value: "chat me privately" },
    { text: "inbox me directly for the rest of the set", start: 0, end: 17, value: "inbox me directly" },
    { text: "give me a bell tomorrow about the sofa", start: 0, end: 23, value: "give me a bell tomorrow" },
    { text: "give us a tinkle, we're in most evenings", start: 0, end: 17, value: "give us a tinkle," },
    { text: "is there another way to contact you off Vinted?", start: 9, end: 46, value: "another way to contact you off vinted" },
    { text: "how do I message you outside of the app?", start: 0, end: 39, value: "how do i message you outside of the app" },
    { text: "add me on fb and just look up my full name", start: 0, end: 42, value: "add me on fb and just look up my full name" },
    { text: "add us on facebook, search our shop name", start: 0, end: 40, value: "add us on facebook, search our shop name" },
    // round 76: the reader's number to be left where the writer will see it, to be called (把你电话留在评论区我打给你); not an order's delivery phone
    { text: "把您手机号留言里，我下播一个个打", start: 0, end: 8, value: "把您手机号留言里" },
    { text: "想要的宝子把你的微信留在评论区", start: 5, end: 15, value: "把你的微信留在评论区" },
    // round 77: the avatar poked or looked at, then add or DM me (戳头像加我); Instagram as "the 'gram"; 私 written as its halves 禾厶
    { text: '戳头像加我 有现货', start: 0, end: 5, value: '戳头像加我' },
    { text: '看我头像私我拿价', start: 0, end: 6, value: '看我头像私我' },
    { text: '点一下头像找我', start: 0, end: 7, value: '点一下头像找我' },
    { text: "dm me on the 'gram for sizes", start: 0, end: 18, value: "dm me on the 'gram" },
    { text: 'message us on the gram', start: 0, end: 22, value: 'message us on the gram' },
    { text: '禾厶聊 价格好说', start: 0, end: 3, value: '私聊' },
    // round 79: "whats ur number" typed without the apostrophe (not "your number one tip")
    { text: "whats ur number, easier if i just call", start: 0, end: 15, value: "whats your number" },
    { text: "whats your cell, ill call after work", start: 0, end: 15, value: "whats your cell" },
    // round 82: the writer's own other account to be reached on; the shop's page on a social app messaged
    { text: "text me at my private number, I rarely check this", start: 0, end: 28, value: "text me at my private number" },
    { text: "dm our insta account for the full price list", start: 7, end: 12, value: "insta" },
    // round 80 (see the valid cases above)
    { text: "can we carry on the chat someplace else? this app lags", start: 7, end: 39, value: "carry on the chat someplace else" },
    { text: "let's discuss it somewhere more private", start: 6, end: 39, value: "discuss it somewhere more private" },
    { text: "ping me on the low for the bundle", start: 0, end: 18, value: "ping me on the low" },
    { text: "hit us up privately, stock is limited", start: 0, end: 19, value: "hit us up privately" },
    { text: "D.M me for the size chart", start: 0, end: 6, value: "dm me" },
    { text: "p. m. me for trade prices", start: 0, end: 8, value: "pm me" },
    // round 81: the bio or profile pointed to and the comments or the live screen told not to be asked in (价格看我简介，评论区别问); the pinned video with a contact after it stays a pointer
    { text: "价格看我简介，评论区别问哈", start: 2, end: 12, value: "看我简介,评论区别问" },
    { text: "詳情睇主頁，唔好喺留言區問", start: 2, end: 13, value: "看主页,唔好喺留言区问" },
    // the contact on the writer's profile, shipping named after it: no courier is sent to a profile
    { text: "看主页联系方式，直接联系我发货", start: 0, end: 7, value: "看主页联系方式" },
    { text: "想要的见简介 不要在公屏问价", start: 3, end: 13, value: "见简介 不要在公屏问" },
    { text: "看我主页置顶视频，有联系方式", start: 0, end: 6, value: "看我主页置顶" },
    { text: "看我主页置顶视频有教程，想要的私我", start: 0, end: 6, value: "看我主页置顶" },
    // round 81 (own lines): the writer's helper adding or DMing the buyers one by one (场控挨个私大家); the chat app sent to them in private (单独发大家微信); a chat app as the verb with 我 (telegram 我吧); the reader's number put on the screen with no owner said (把电话号码发在评论区)
    { text: "场控等下挨个私大家，别急", start: 0, end: 9, value: "场控等下挨个私大家" },
    { text: "想要的扣1，小助手一个一个加你们", start: 6, end: 16, value: "小助手一个一个加你们" },
    { text: "后台单独发大家微信，记得通过", start: 2, end: 9, value: "单独发大家微信" },
    { text: "要嘅 telegram 我吧", start: 3, end: 13, value: "telegram 我" },
    { text: "kakao我，今晚截单", start: 0, end: 6, value: "kakao我" },
    { text: "把电话号码发在评论区，客服打给你", start: 0, end: 10, value: "把电话号码发在评论区" },
    // round 83: the writer's account told as the same @ as here, the talk taken "off here" or to "off app chat", DM dotted before Tagalog "mo ako"
    { text: "found me on the green app yet? same @ as here", start: 31, end: 45, value: "same @ as here" },
    { text: "same @ on all the apps, message me there", start: 0, end: 22, value: "same @ on all the apps" },
    { text: "p.m. mo ako for the price", start: 0, end: 11, value: "pm mo ako" },
    { text: "D.M. niyo kami for orders", start: 0, end: 14, value: "dm niyo kami" },
    { text: "I'll text you off here, safer", start: 5, end: 22, value: "text you off here" },
    { text: "let's chat off here, too many eyes", start: 6, end: 19, value: "chat off here" },
    { text: "off-app chat?", start: 0, end: 12, value: "off-app chat" },
    { text: "o f f  a p p  talk is easier", start: 0, end: 18, value: "off app talk" },
    // round 84: the talk taken outside the marketplace named; the buyer's own mail or number asked with "personal" or "private"
    { text: "happy to chat more outside poshmark if you want", start: 27, end: 35, value: "poshmark" },
    { text: "we can talk off Carousell, quicker", start: 16, end: 25, value: "carousell" },
    { text: "send me your private number and I'll call", start: 0, end: 27, value: "send me your private number" },
    // round 84: Tagalog-English, the number or the wallet kept in the bio
    { text: "cp number ko nasa bio, text lang po", start: 0, end: 21, value: "cp number ko nasa bio" },
    // round 85: the writer to slide into the reader's DMs with the offer
    { text: "Comment SIZE and we'll slide into ur inbox with a discount", start: 23, end: 42, value: "slide into ur inbox" },
    { text: "drop a 🔥 and I'll slide into your DMs with the link", start: 19, end: 38, value: "slide into your dms" },
    // round 85: a chat app named, then the account told as the shop's own name
    { text: "msg my telegram pls, same name as the store 👍", start: 21, end: 43, value: "same name as the store" },
    { text: "ada stok, wasap kami, nama sama dengan kedai", start: 22, end: 44, value: "nama sama dengan kedai" },
    // round 86: 小窗 used as the verb (小窗我, 小窗聊); another way to reach the writer asked in Cantonese (有冇其他聯絡方法) or by 聯絡方法 (not a real small window, nor the shop saying it has none)
    { text: "想要實拍小窗我", start: 4, end: 7, value: "小窗我" },
    { text: "有興趣小窗聊，價錢可以再傾", start: 3, end: 6, value: "小窗聊" },
    { text: "有冇其他聯絡方法？我想私下問", start: 0, end: 8, value: "有冇其他联络方法" },
    { text: "有沒有別的聯絡方法呀", start: 0, end: 9, value: "有没有别的联络方法" },
    // round 88: the reader's account on a named chat app asked for; the writer's own app to add for the price or the quotation
    { text: "send me your skype id", start: 13, end: 21, value: "skype id" },
    { text: "give us your viber number pls", start: 13, end: 25, value: "viber number" },
    { text: "please add my whats.app for the catalogue", start: 14, end: 23, value: "whatsapp" },
    { text: "kindly add our viber to get the quotation", start: 15, end: 20, value: "viber" },
    // the writer's own chat app to add with a reason or nothing after it (not told of an add, not where an account goes)
    { text: "add my whatsapp, faster reply there", start: 7, end: 15, value: "whatsapp" },
    { text: "just add my telegram pls", start: 12, end: 20, value: "telegram" },
    { text: "you can add our discord, easier for drops", start: 16, end: 23, value: "discord" },
    { text: "kindly add my viber, much quicker", start: 14, end: 19, value: "viber" },
    { text: "add my snapchat", start: 7, end: 15, value: "snapchat" },
    // round 87: the reader asked for their Discord or Skype account (not Viber, whose bill or plan is asked about too)
    { text: "whats ur discord tag? ill add u after work", start: 9, end: 20, value: "discord tag" },
    { text: "what is your skype name, easier to sort the trade there", start: 13, end: 23, value: "skype name" },
    // round 89: the writer's promise to reach the reader "privately" or "in private"
    { text: "comment yes and I'll message you privately", start: 33, end: 42, value: "privately" },
    { text: "we will DM you privately with the details", start: 15, end: 24, value: "privately" },
    // round 90: Taglish DM or chat app as the verb with mo … ako, an app proposed with na lang, WhatsApp misspelled as the verb, an English full stop ending a negation's reach; not a quoted ask told of, not kept here with dito, not told not to
    { text: "pm mo ako pag interested ka, mabilis ako mag reply", start: 0, end: 9, value: "pm mo ako" },
    { text: "text mo na lang kami po para sa shipping fee", start: 0, end: 20, value: "text mo na lang kami" },
    { text: "sa viber na lang tayo mag usap boss", start: 3, end: 8, value: "viber" },
    { text: "telegram nalang po, mas mabilis", start: 0, end: 8, value: "telegram" },
    { text: "watsapp us for bulk orders", start: 0, end: 10, value: "whatsapp us" },
    { text: "pls wasap me the size you want", start: 4, end: 12, value: "wasap me" },
    { text: "Not negotiable. Check my bio for my contact", start: 16, end: 43, value: "check my bio for my contact" },
    // round 91: a word commented, then the writer or their helper to message the reader privately
    { text: "drop a comment with your city, then we'll whatsapp you privately about shipping", start: 55, end: 64, value: "privately" },
    { text: "pls comment your city + size, then our shopgirl will text u in private", start: 60, end: 70, value: "in private" },
    // session 21 (mine): the talk moved to "the other app" or number, unnamed; the writer's account on another app told as the same as here
    { text: "msg me on the other app, faster", start: 0, end: 23, value: "msg me on the other app" },
    { text: "let's switch to the other platform, i'll explain there", start: 6, end: 34, value: "switch to the other platform" },
    { text: "my snap is the same as here", start: 0, end: 27, value: "my snap is the same as here" },
    { text: "our ig is the same as our shop name btw", start: 0, end: 35, value: "our ig is the same as our shop name" },
    { text: "find me, same username on insta", start: 0, end: 31, value: "find me, same username on insta" },
    { text: "text me on my other number pls", start: 0, end: 26, value: "text me on my other number" },
    // session 21 (mine): the reader's number or account asked for in chat's shorthand
    { text: "lmk ur number i'll call u tonight", start: 0, end: 13, value: "lmk your number" },
    { text: "gimme your whatsapp and i'll send more pics", start: 0, end: 19, value: "gimme your whatsapp" },
    { text: "what's the best number to reach u on?", start: 16, end: 33, value: "number to reach you" },
    // session 21 (mine): the writer said to be quicker to reach on another app
    { text: "i'm more active on ig lol", start: 19, end: 21, value: "ig" },
    { text: "we reply faster on whatsapp if you have questions", start: 19, end: 27, value: "whatsapp" },
    { text: "im way quicker on telegram tbh", start: 18, end: 26, value: "telegram" },
    // round 93: the reader's number asked as the reply; whether the reader is on other apps, asked bare, and the talk here turned down
    { text: "reply with your mobile number so we can verify you", start: 11, end: 29, value: "your mobile number" },
    { text: "respond w ur cell and i'll call", start: 10, end: 17, value: "your cell" },
    { text: "u on another messenger?", start: 5, end: 22, value: "another messenger" },
    { text: "prefer not to talk on this app tbh", start: 0, end: 30, value: "prefer not to talk on this app" },
    // round 92: the talk moved somewhere other than the marketplace; a way asked to reach the reader directly; the reader's socials asked with reply or comment; the writer's other account messaged
    { text: "let's text somewhere other than here, this app keeps logging me out", start: 6, end: 36, value: "text somewhere other than here" },
    { text: "message me anywhere but the app, it lags", start: 0, end: 31, value: "message me anywhere but the app" },
    { text: "is there some way to reach you privately?", start: 21, end: 40, value: "reach you privately" },
    { text: "comment with your insta and i'll send more pics", start: 18, end: 23, value: "insta" },
    { text: "answer back with your socials, I'll add you tonight", start: 22, end: 29, value: "socials" },
    { text: "dm my backup account, this one glitches", start: 6, end: 20, value: "backup account" },
    { text: "text my personal number instead", start: 8, end: 23, value: "personal number" },
    // round 94: the talk moved "there" after an add, e-mail, text or call; the reader's number asked to call or text them on; the writer's number or contact as what messaging gets; the writer's other account
    { text: "ring me and we can sort the details there", start: 19, end: 41, value: "sort the details there" },
    { text: "add me? then we chat there, this app is so slow", start: 16, end: 26, value: "chat there" },
    { text: "got a number I can text you on?", start: 6, end: 12, value: "number" },
    { text: "is there a number we could call you on", start: 11, end: 17, value: "number" },
    { text: "message me for my phone number", start: 15, end: 30, value: "my phone number" },
    { text: "serious buyers message us for our personal number", start: 30, end: 49, value: "our personal number" },
    { text: "find me on my other account for prices", start: 0, end: 27, value: "find me on my other account" },
    { text: "你报一个，我这边加你", start: 0, end: 10, value: "你报一个,我这边加你" },
    { text: "主页有vx", start: 0, end: 5, value: "主页有vx" },
    { text: "感兴趣的宝宝滴滴", start: 0, end: 8, value: "感兴趣的宝宝滴滴" },
    { text: "留个赖我加你", start: 0, end: 3, value: "留个赖" },
    { text: "wats ur telegram?", start: 0, end: 16, value: "wats your telegram" },
    { text: "contact our payment agent on WhatsApp", start: 0, end: 37, value: "contact our payment agent on whatsapp" },
    { text: "need to move this convo off here", start: 8, end: 32, value: "move this convo off here" },
    { text: "could you message me your personal email?", start: 10, end: 40, value: "message me your personal email" },
    { text: "you leave your handphone number can?", start: 4, end: 31, value: "leave your handphone number" },
    { text: "vx号多少，我加你", start: 0, end: 5, value: "vx号多少" },
    { text: "想要的宝宝敲我", start: 0, end: 7, value: "想要的宝宝敲我" },
    { text: "想要的📱我", start: 0, end: 6, value: "想要的电话我" },
    { text: "留一个您的常用手机号", start: 0, end: 10, value: "留一个您的常用手机号" },
  ],
});
