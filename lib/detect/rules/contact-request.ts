import { PHRASE_PART_SOURCE, Phrases, alternationChunks, defineRule, phraseMatches } from '../rule';
import { MARKETPLACES_EN } from '../lexicon/words';
import { CHAT_ALT, CHAT_NOUNLESS_ALT } from '../app-names';

/** The WeChat and QQ names and nicknames (绿泡泡, v信, 企鹅…), for the buyer's account asked for by any of them. */
const CONTACT_APPS = CHAT_ALT;
/** The same without the nicknames that are common nouns (企鹅, 球球), where nothing but the name marks an account. */
const NAMED_APPS = CHAT_NOUNLESS_ALT;
/** What an avatar is said to hold (上面有, 里是), and the way to reach the writer it holds (联系方式, 电话, 微信…). */
const AVATAR_HOLDS = '(?:上面|里面|上|里)(?:有|是)';
const AVATAR_CONTACT = `(?:联系方式|联络方式|联系方法|号码|电话|手机号|${CONTACT_APPS})`;

/** LINE as Taiwan types it (賴), not the word's own senses: 赖皮, 赖床, 赖账. */
const LINE_TW = '赖(?!皮|床|账|帐)';
/**
 * A chat app hinted at by its colour, said or shown: the word, or the colour's circle or square emoji ("the green app",
 * "the 🟢 app", "the 🔵 one").
 */
const COLOUR = '(?:green|blue|purple|yellow|🟢|🟩|🔵|🟦|🟣|🟪|🟡|🟨)';
/** Other chat apps by the names Chinese and Hong Kong buyers type. */
const CHAT_APPS = 'whatsapp|telegram|signal|kakao|line|tg|wa|ig|ins|instagram|电报|飞机';

/** The writer's DM to the buyers (私信你们, 私聊大家, dm 你): the verb and who it goes to. */
const WRITER_DMS_YOU = '(?:私信|私聊|私讯|私发|私|dm|pm)(?:给)?(?:你们|您们|大家|各位|你|您)';

/** What is sent in private for an order (链接私发, 私发底价). */
const SENT_PRIVATELY = '(?:链接|价格|价钱|底价|优惠价|内部价)';
/** …not with the order placed on the platform right after (主播稍后把链接私发给你，拍下就行). */
const ORDERED_HERE_NOT_AFTER = '(?![^。！？!?\\n]{0,8}?(?:拍下|拍就|直接拍|下单|付款))';
const ZH_FORMS = [
    // (not the 私 of 隐私, privacy, before 我们: 隐私我们很重视)
    // (私讯 alone is Taiwan's "DM me"; not the writer's own DM to the buyer about the order, told: 已經私訊您出貨進度了)
    // "hard to say here", then the buyer sent to the writer elsewhere (拼多多这边不好说，你去我闲鱼看): not 不好说 alone, which is
    // also "uncertain" (发货时间这边不好说). The pointer after it is looked at, not taken: its own form reads it (这里不好讲，我把微信私信给你)
    '(?:这边|这里|呢度|呢边)(?:不好|唔好)(?:说|讲|谈|聊|倾)(?:哦|啊|呢|喔)?(?=[,，]?[^。！？!?\\n]{0,8}?(?:去我|来我|加我|私我|私聊|私信|找我|联系我))',
    // the writer's other account to be searched for (还有一个小号，搜一下 xm_8826): not a size (小号有货吗), which no one searches
    '(?:我的?|还有一?个|另一个|另外一个)(?:小号|私人号|新号|备用号)[^。！？!?\\n]{0,8}?(?:搜|关注)(?:一下|下|我)?',
    // the link or the price to be sent in private (链接私发, 私发链接, 价格私发你): the order taken where the platform cannot see it
    // (not the shop's product link sent to be ordered through, 主播稍后把链接私发给你，拍下就行: the order stays on the platform)
    `${SENT_PRIVATELY}(?:我)?(?:会|再)?私发(?:给)?(?:你|您|你们|您们)?(?![^。！？!?\\n]{0,4}?[吗么?？])${ORDERED_HERE_NOT_AFTER}`,
    `私发(?:给)?(?:你|您|你们|您们)?${SENT_PRIVATELY}${ORDERED_HERE_NOT_AFTER}`,
    '(?<!隐)私我', '私信我', '私信聊', '私聊', '私讯(?:我|(?![你您妳](?:们)?(?:了|出货|发货|物流|订单|进度|单号|快递|退款|售后|查收)))', '私戳', '滴滴我', 'dd我', '扣私', '戳我', '找我私聊', '后台私',
    '看(?:我的?)?主页(?:联系方式|简介|置顶)?', '看(?:一下|下|一眼|看)(?:我的?)主页(?:联系方式|简介|置顶)?', '主页(?:有)?(?:联系方式|简介有|置顶有)', '点(?:我的?)?头像', '个人简介(?:有|里)',
    // (a space may stand before the thing asked for, typed to split the request for a word filter: 留个 vx, 留个 电话;
    // a V before 领 is a V-neck, 留个V领的)
    `留(?:个|一下) ?(?:你的)?(?:联系方式|联络方式|联系方法|电话|手机号?|${CONTACT_APPS}|${LINE_TW}|v(?!领)|号码?)`, `留下(?:你的)?(?:联系方式|联络方式|联系方法|${CONTACT_APPS})`, `留(?:个|下|一下)? ?(?:${CONTACT_APPS}|v(?!领))(?![a-z])`,
    // "+" for 加 before LINE as Taiwan types it (留言+赖, 要的 +赖): the sign has no other sense before 赖
    `(?<![0-9a-z] ?)\\+ ?${LINE_TW}`, `(?:电话|手机号?|联系方式|${NAMED_APPS})留(?:一下|个|下)`,
    `(?:你的?|您的?)(?:电话|手机号?|联系方式|${CONTACT_APPS})(?:号)?(?:是)?多少(?!钱|块|元|米|斤|度|岁|寸|码|g|w|k|毫安)`, '加(?:个|一下)?好友', '加个?(?:v|vx|wx)(?![a-z]|信|芯|♥)',
    '(?:需要|想要|要|有意|有意向|感兴趣|有兴趣)的?(?:朋友|亲|宝宝|宝子|姐妹|家人)?(?:们)?(?:可以|请|直接)?(?:联系|私|加|找|滴滴|戳)我',
    '(?:需要|想要)的(?:朋友|亲)?(?:可以)?私聊', '联系我(?:啊|吧|哦)', '下播(?:后|了)?(?:私聊|私信|联系|加|找我)',
    // the writer to reach the buyer in private (下播私下联系你, 回头私下找您): the talk goes where the platform cannot see
    '私下(?:联系|联络|找|加|私聊|聊)(?:你|您)(?!们的客服)', '(?:这边|这里|呢度|呢边)(?:(?:不方便|唔方便)(?:说|讲|谈|倾)(?!话)|(?:说|讲|聊|谈|倾)(?:话|偈|嘢)?(?:不方便|唔方便))',
    `(?:方便)?留个(?:${CONTACT_APPS}|v(?!领)|电话)吗?`, '(?:方便|可以|能)(?:给|留)(?:我)?(?:(?:个|一个|一下)(?:你的?|您的?)?|你的?|您的?)(?:联系方式|联络方式|联系方法)(?:吗|么|嘛|呗|吧|呀)', '(?:加|添加)(?:我|我的)?(?:私人)?(?:联系方式)',
    // "add me on <another app>" with no handle yet (加我line聊)
    `(?:加|添加)(?:我|我的)(?:的)?(?:line|telegram|tg|whatsapp|ig|instagram|ins|fb|facebook|kakao(?:talk)?|skype|signal|snap(?:chat)?|discord|viber|飞机|电报|纸飞机|${LINE_TW})(?![a-z])`,
    // "price/details: message me" (详细价格私信, 价格私聊)
    '(?:价格|价钱|报价|详情|细节|详细价格|具体价格)(?:请|可以)?私(?:信|聊|我|讯)(?!客服|平台)',
    // a pointer to the profile's intro or signature, where the contact is (看我简介, 签名有v)
    // (the pointer with "a look" in it too: 看一下我主页, 看看我签名)
    '看(?:一下|下|一眼|看)?(?:我的?)(?:简介|簡介|个人简介|签名|簽名|个签|资料|置顶)', `(?:简介|簡介|签名|簽名|个签)(?:里|上)?(?:有|见)?(?:联系方式|${NAMED_APPS}|v|加我)(?![a-z])`,
    // the buyer sent to the contact the profile's intro holds (详情见个人简介的联系方式, 见主页上的联系方式): no "my", no "has"
    '(?:看|见|查看|参考)(?:一下|下)?(?:我的?)?(?:个人简介|简介|簡介|签名|簽名|个签|主页|个人资料)(?:里|上|中|内)?的(?:联系方式|联络方式|联系方法)',
    // the avatar pointed to by who wants the goods (需要的宝宝看我头像, 要的看下我头像): the picture holds the contact;
    // a bare 看我头像 is also a review's "see my photo"
    // (the thing wanted may be named at some length, a space before the pointer: 想要同款面料的 看我头像)
    '(?:需要|想要|要|有意|感兴趣|有兴趣)[^。！？!?\\n,，]{0,8}?看(?:一下|下)?我的?头像',
    // (…or told to DM first, then after a comma to the avatar: 想要的请私↗️，看我头像那边; not the avatar told to be a photo, 看我头像是实拍)
    '(?:需要|想要|要|有意|感兴趣|有兴趣)[^。！？!?\\n,，]{0,10}?私[^。！？!?\\n,，\\u3400-\\u9fff]{0,3}(?:信|聊|讯|我)?[^。！？!?\\n,，\\u3400-\\u9fff]{0,3}[,，] ?看(?:一下|下)?我的?头像(?![是就里的])',
    // the buyer's own contact asked for in the Mandarin order (给我你的联系方式, 发我一下您的微信)
    // (賴, LINE as Taiwan types it, only owned: 给我你的赖; a bare 不赖 is "not bad")
    `(?:给|发)我(?:一下)?(?:你的?|您的?)(?:私人)?(?:联系方式|联络方式|联系方法|${CONTACT_APPS}|${CHAT_APPS}|手机号?|电话号码?|${LINE_TW})`,
    // "PM/DM me" in Chinese and Cantonese talk (有兴趣嘅PM我, 想要的dm我); not a time of day (下午3pm我在)
    '(?<![0-9a-z:.] ?)(?:pm|dm|inbox) ?我',
    // the price to be haggled in private (私下再倾价, 价钱私底下谈): the talk moves out of the platform's chat
    '私(?:底)?下(?:再|慢慢|详细|单独|另外)?(?:倾|谈|讲|议|砍|商量)(?:价|价钱|价格)', '(?:价|价钱|价格)(?:可以|再|就)?私(?:底)?下(?:倾|谈|讲|议|商量|聊)',
    // "can't say it in here" (the live room, the platform)
    '不方便在(?:直播间|平台上?|公屏|评论区|这里|这儿)(?:说|讲|聊|谈|发|报)', '(?:直播间|平台上|公屏|评论区)(?:里)?不方便(?:说|讲|聊|谈|发|报|透露)',
    // asking for another way to talk, or for the buyer's contact to be sent
    '(?:给|留|发|加|换|有|有没有|有无|要|告诉)(?:我|我们)?(?:个|一个|下|一下)?(?:你的?|您的?)?(?:别的|其他|其它|私人|另外的?|备用)(?:的)?(?:联系方式|联系方法|联络方式|联系渠道|联系电话|聊天软件)', `(?:你的?|您的?)(?:联系方式|${CONTACT_APPS}|${CHAT_APPS}|${LINE_TW}|手机号?|电话号码?)(?:号)?(?:发|给|私)(?:我(?!们)|过来)`,
    // the same in the Cantonese order, the thing before the person (俾个电话我, 畀你嘅WhatsApp我)
    `给(?:个|一个|下)?(?:你的?|您的?)?(?:联系方式|${CONTACT_APPS}|${CHAT_APPS}|手机号?|电话(?:号码?)?|号码)(?:号)?我(?!们|的)`,
    // the buyer's account on a chat app asked for, a request closed by a particle or the clause (给个赖吧, 留个line，
    // 加个ig好吗, 留个赖给我吗; 賴 is LINE in Taiwan): not 给个不赖的评价 nor 加个微信支付
    // (…or the way to reach them asked for bare, 给个联系方式呗, 交换一下手机号吧)
    `(?:(?:给|留|交换|互加)(?:个|一个|一下|下)|加(?:个|一个|一下|下))(?:你的?|您的?)? ?(?:赖|${CHAT_APPS}|${CONTACT_APPS}|联系方式|联络方式|联系方法|手机号|电话号码?) ?(?:号|id)?(?:给我|给我们)? ?(?:吧|呗|嘛|啦|呀|哦|喔|好吗|好不好|可以吗|行吗|吗|么|(?=[,，。!！?？~～]|$))`,
    // Cantonese 留低 (leave, 留下) the buyer's number (你留低个电话给我, 留低你个WhatsApp)
    `留低(?:个|一个)?(?:你的?|你个|您的?)?(?:联系方式|联络方式|联系方法|电话|手机号?|号码|${CONTACT_APPS}|${CHAT_APPS})(?![a-z])`,
    // the writer's own account promised in a private message (我把号私发给你, 微信私信你, 私发你我的号): the account is
    // what leaves the platform's chat
    `把(?:我的?)?(?:号|号码|私人号|联系方式|联络方式|电话|手机号?|${CONTACT_APPS}|${CHAT_APPS})(?:号)?(?:私发|私信|私聊|私讯|私)(?:给)?(?:你|您)`,
    `(?:私发|私信|私讯)(?:给)?(?:你|您)(?:我的?)?(?:号|号码|私人号|联系方式|联络方式|电话号码?|手机号)`,
    // switching to another way of talking (换个联系方式聊吧), or another place to talk (咱换个地方聊, 去别的平台说)
    '换(?:个|一个|种)(?:别的|其他|其它)?(?:的)?(?:联系方式|联系方法|聊天方式|聊天软件)',
    '换(?:个|一个)(?:别的|其他|其它)?(?:地方|地儿|平台|软件|app)(?:聊|说|谈|沟通|联系)', '(?:去|到)(?:别的|其他|其它)(?:地方|平台|软件|app)(?:聊|说|谈|沟通|联系)',
    // "let's talk outside": 咱们外面聊, 去站外沟通
    '(?:咱们|我们|咱|去|到)(?:去|到)?(?:外面|外边|平台外|站外|场外|私底下)(?:聊|说|谈|沟通|联系)',
    // "can't say it in here" said as a rule of the room, the price or the contact named (直播间不能说价格, 公屏不让报价; not 直播间不能说脏话)
    '(?:直播间|平台上|公屏|评论区)(?:里)?(?:不能|不可以|不让|没法|无法|禁止)(?:说|讲|报|发|写|谈|透露|打)(?:出)?(?:价格|价钱|价|具体价格?|底价|联系方式)',
    // the buyer sent to the writer's profile to find them there (想要的去我主页找我, 到我主页私我)
    '(?:去|到|来|上)(?:我的?)主页(?:找|联系|私|私信|加|戳|滴滴)我',
    // the buyer's number asked for with 把, the thing before the verb (你把手机号发我一下, 您把微信给我)
    `(?:你|您)把(?:你的?|您的?)?(?:联系方式|联络方式|联系方法|${CONTACT_APPS}|${CHAT_APPS}|手机号码?|手机|电话(?:号码?)?|号码)(?:号)?(?:发|给|私|留)(?:给)?(?:我(?!们)|过来)`,
    // …or left where the writer will see it, to be called (把你电话留在评论区我打给你, 把您手机号留言里): a number the writer
    // takes off the platform. Not an order's form (把收货电话留在备注里 names no 你)
    `(?:把|将)(?:你的?|您的?)(?:联系方式|${CONTACT_APPS}|手机号码?|手机|电话(?:号码?)?|号码)(?:号)?(?:留(?:在|到)?(?:评论区?|评论里|留言区?|留言里|弹幕|公屏|下面|这里|这儿)|留言(?:区|里)|(?:写|发|打)(?:在|到)(?:评论区?|评论里|留言区?|留言里|弹幕|公屏))`,
    // the writer's contact put in one of the listing's pictures (联系方式在第三张图里, 微信见最后一张图, 看图加我): past the
    // platform's word filter, a picture away. (Not a phone number: 收件电话见图 is an order's.)
    '(?:我的?)?(?:联系方式|联络方式|联系方法|微信号?|vx号?|wx号?|v信|qq号?)(?:在|见|看)(?:第[一二三四五六七八九\\d]张|最后一张|下一张|上一张|这张|那张)?(?:图|图片|照片|相片)(?:里|上|中)?',
    '看(?:图|图片|照片)(?:上|里)?(?:的)?(?:加|联系|找|私|戳|滴滴)我',
    // a string on the profile (its signature, intro) said to be the writer's chat account, the handle not typed
    // here (主页签名那串字母就是我v, 简介里那个号就是我微信): the buyer copies it out of the platform's reach
    `(?:主页|简介|簡介|签名|簽名|个签|资料)[^。！？!?\\n]{0,10}?就是我的?(?:v|vx|wx|${NAMED_APPS})(?![a-z]|小店|支付|商城|店|公众号)`,    // 私我 with 私 as its homophone 丝 or its pinyin, to get past a word filter (有需要的丝我, 感兴趣可以si我, 随时丝我～):
    // only after who wants it or a "can"/"just", and for 可以丝我 at the clause's end or before a chat, as 丝 is also
    // silk and a fan (真丝我很喜欢, 粉丝我都回关)
    // (or by its initial alone, s我 as dd我 is 滴滴我, after a can, a just or a live room's "one by one", 挨个s我; not a
    // size, xs和s我都穿过)
    '(?:需要|想要|有意|有意向|感兴趣|有兴趣)的?(?:朋友|亲|宝宝|宝子|姐妹|家人)?(?:们)?(?:可以|请|直接)?(?:丝|si)我(?![a-z])',
    '(?:可以|请|直接|随时|欢迎|挨个|逐个|一个个)(?:丝|si|s)我(?=$|[\\s,，。.!！~～]|哦|呀|吧|哈|啊|呗|(?:详|细|私)?聊|了解|发(?:价|链接|你|您|内部价))',
    // (…or at the clause's start, a clause of its own or an offer after it: 丝我，给你看更多; 丝我发你链接; not 丝我很喜欢, the silk)
    // (round 71: the pinyin's letters also spaced or dotted apart, s i 我, s.i我, as a filter reads si我 whole)
    '(?<![^\\s,，。.!！~～?？;；:：])(?:丝|s[ .·]?i ?)我(?=$|[\\s,，。.!！~～]|(?:详|细|私)?聊|了解|(?:发|给)(?:价|链接|你|您|内部价))',
    // the platform's own chat said to be no place to deal (平台上不好谈, 直播间不好细聊): the talk is to move out
    // (the "not good to" spelled out in full: its prefilter is then the places, not the common 不好)
    '(?:平台上|平台里|直播间|公屏|评论区)(?:里)?(?:不好谈|不便谈|不好细谈|不便细谈|不好聊(?!天)|不便聊(?!天)|不好细聊|不便细聊)',
    // "add me and we'll talk it over" (你加我吧 聊详细的, 加我细聊): 加我 with the talk it is for names no app, and the
    // talk goes where the adding is; not an order's "add one for me" (你加我一份) nor "add what I talked about"
    // (你加我聊的那款)
    '(?:你|您)(?:先)?加(?:一下|下)?我(?:一下|下)?(?:吧|呗|哈|哦|啦|呀)?[,，～~ ]{0,2}(?:我们|咱们)?(?:再)?(?:详细|具体|慢慢)?(?:聊|谈|详聊|细聊|私聊|详谈|细谈)(?![的过了])',
    '(?<![参增追附更添叠])加(?:一下|下)?我(?:吧|呗|哈|哦|啦|呀)?[,，～~ ]{0,2}(?:详聊|细聊|私聊|详谈|细谈)(?![的过了])',
    // the writer's contact promised in a DM, the DM said with a bare 私 or 私聊 (要的留言 我私你联络方式, 晚点私你我的微信): the
    // contact is what leaves the platform's chat (私发/私信/私讯 are the form above)
    `(?:私|私聊|(?<![0-9a-z:.] ?)(?:pm|dm))(?:给)?(?:你|您)(?:我的?|我们的?)?(?:私人)?(?:联系方式|联络方式|联系方法|号码|私人号|电话号码?|手机号码?|${CONTACT_APPS}|${CHAT_APPS}|${LINE_TW})(?![a-z])`,
    // the same goods said to be cheaper with the writer, then their own page pointed to (同款我卖半价，去我个人页面看看; 一样的
    // 便宜一半 点我帐号): the deal the listing does not show is where the page leads. Not the shop's store on the platform
    // (进我的卖场, 店铺), which is 看主页's own storefront exception.
    '(?:同款|一样的?|同样的?|一模一样|相同的?)[^。！？!?\\n]{0,12}?(?:便宜|半价|一半|对折|五折|更低|低价|更实惠)[^。！？!?\\n]{0,14}?(?:去|到|看|点|进|上)(?:一下|下|看)?(?:我的?)(?:个人)?(?:页面|帐号|账号|个人资料|资料页)',
    // the writer's DM to each buyer with the price or the link (想要的扣1，我挨个私信你们发价格; 我稍后私你们报价), like
    // 价格私信 and "I'll DM you the price": the deal told where the listing's chat does not show it
    `(?:我|我们)(?:会|再|挨个|逐个|一个个|一一|统一|稍后|等下|晚点|晚些){0,2}${WRITER_DMS_YOU}(?:发|报)?(?:价格|价钱|报价|底价|详情|链接|内部价)`,
    // the writer to DM each buyer in turn (想要的留言，我挨个私你; 评论的宝子我逐个私信): one by one is the writer's round of DMs
    `(?:我|我们)(?:会|再|稍后|等下|晚点)?(?:挨个|逐个|一个个|一一)${WRITER_DMS_YOU}(?!们|了|过)`,
    // the "internal" price offered to whoever finds the writer (想要内部价的宝宝找我, 内部价私我)
    '内部价[^。！？!?\\n]{0,6}?(?:找我|私我|私信我|滴我|联系我|戳我)',
    // the talk moved to another app, unnamed ("let's continue on another app", "switch to a different messenger")
    "(?:continue|talk|chat|move|switch|go|carry on)(?: this| the chat| our chat| the conversation)? (?:on|to|over to|onto) (?:another|a different|some other|other) (?:app|platform|site|messenger|chat app)(?![a-z])",
    // the contact asked for, or the talk moved, in English words inside Chinese chat (留个 contact 给我, 留下你的 phone number,
    // 我们 offline 聊, 咱们 private 谈): the English said where the Chinese would be filtered. Not a talk told as done
    // (我们 offline 聊过了)
    '留(?:个|一个|下|一下) ?(?:你的? ?|您的? ?)?(?:contact(?:s| info| no| number| details)?|phone(?: number| no)?|mobile(?: number| no)?|cell(?: number)?|number)(?![a-z])',
    '(?:咱们|我们|咱|我哋) ?(?:offline|off[- ]?(?:platform|app|line)|privately|in private|private|outside) ?(?:聊|说|谈|沟通|联系|讲|倾)(?![过了的])',
    // 私我 by its initial after who is addressed (需要的宝子 s我, 集美们 s 我发链接): a person word before it, the request
    // ending or a sending after it (not a size told, 姐妹 s我穿着刚好)
    '(?:(?:需要|想要|要|有意|有意向|感兴趣|有兴趣)的?)?(?:朋友|亲|宝宝|宝子|姐妹|家人|集美|小伙伴|友友)(?:们)? ?(?:可以|请|直接)? ?s ?我(?=$|[\\s,，。.!！~～]|哦|呀|吧|哈|啊|呗|(?:详|细|私)?聊|了解|发(?:价|链接|你|您|内部价|隐藏|图))',
    // the avatar tapped for what the writer will not say here (详情戳头像, 价格看我头像), or with a wink that the reader
    // knows what for (戳头像，懂的来; 懂的看头像): the contact or the deal is behind it
    '(?:详情|细节|价格|价钱|报价|联系方式|内部价|低价|更多)(?:请|可|可以)?(?:戳|看|见|点)(?:一下|下)?(?:我的?)?头像',
    '(?:戳|看|点)(?:一下|下)?(?:我的?)?头像[^。！？!?\\n]{0,6}?(?:懂的|懂得|你懂|都懂|自然懂)', '(?:懂的|懂得|你懂的)[^。！？!?\\n]{0,6}?(?:戳|看|点)(?:一下|下)?(?:我的?)?头像',
    // 联络方法, the fourth way of saying "contact details" (as Hong Kong and Taiwan write it), left or asked for as the other
    // three are (留低联络方法, 请留下你的联络方法, 给我你的联络方法, 私你联络方法)
    '(?:留低|留下|留(?:个|一个|一下)|(?:给|发)我(?:一下)?(?:你的?|您的?|你个)|(?:私|私聊)(?:给)?(?:你|您)(?:我的?|我们的?)?)(?:个|一个)?(?:你的?|你个|您的?)?联络方法',
    // 私我 by its initial or homophone asked of the reader with "a moment" after it (你s我一下, 您丝我下): the asking names
    // who is to DM, which no size or silk does
    '(?:你|您)(?:就|先|再|直接)? ?(?:s|丝|si) ?我(?:一下|下)(?![单面])',
    // the avatar said to carry the contact (看我头像，上面有联系方式; 头像里有我v): the contact is behind the picture
    `(?:看|点|戳|瞅)(?:一下|下)?(?:我的?)?头像[,， ]{0,2}${AVATAR_HOLDS}(?:我的?)?${AVATAR_CONTACT}`,
    `头像${AVATAR_HOLDS}我的?${AVATAR_CONTACT}`,
    // the buyer's chat account asked for by its Latin short name, spaced off the Chinese around it (你的 v 发我一下, 您的vx
    // 给我): as 你的微信发我; not a V-neck's name (你的v领发我看看) nor a list of things to send (你的vip卡号)
    '(?:你的?|您的?) ?(?:v|vx|wx|line|whatsapp|tg|ig)(?![a-z\\d]) ?(?:号)?(?:发|给|私)(?:一下|下)?(?:我(?!们)|过来)',
    // the profile pointed to in English inside Chinese talk (看我 profile，上面有 contact; 看下我的 bio 有联系方式), the way to
    // reach the writer said after it; not the profile's pictures or goods (看我 profile 的照片)
    '看(?:一下|下|看)?我的? ?(?:profile|bio)(?![a-z])(?=[^。！？!?\\n]{0,20}?(?:contact|联系|联络|那边聊|那里聊|私聊|私我|加我|找我|(?<![a-z])(?:v|vx|wx|line|whatsapp|wa|tg|ig)(?![a-z])|微信|电话))',
    // 私我 with its 我 typed in English inside Chinese talk (私 me 哦, 私信me): as 私我; not 隐私 or 自私 before a word
    // (隐私 means…, 私 message 按钮 is a word of its own)
    '(?<![隐自无公])(?:私|私信|私聊|私讯) ?me(?![a-z\\d])',
    // the contact said first, then where it is: on the writer's avatar (号在我头像上, 微信就挂在头像里, 电话写在头像上面);
    // not the avatar's picture told (头像是我家猫), nor a number of something else (订单号在头像… has no 我 before 头像)
    `(?<![单件型货编码])(?:号|号码|联系方式|电话|手机号|${AVATAR_CONTACT})(?:就|都)?(?:在|写在|放在|挂在|贴在|喺)我的?头像(?:上|里|度)`,
    // round 59: 私我 with a heart or an emoji between (你私❤我一下, 私🌹我): kept where the two words beside it are whole, so
    // the rule reads past it; not 私 and 我 in two clauses (隐私❤，我…)
    '(?<![隐自无公])私(?:信|聊|讯)?(?:♥|\\ud83c[\\udf00-\\udfff]|\\ud83d[\\udc00-\\ude4f\\ude80-\\udeff]|\\ud83e[\\udd00-\\uddff]|[\\u2600-\\u27bf]){1,3}(?:我|俺)(?!们)',
    // …the reader's chat account asked for as a reply (请回复您的微信号，客服加您; 回复你的 qq): someone means to add them off the app
    '回复(?:一下)?(?:您|你)的 ?(?:微信|vx|wx|qq|line|whatsapp|telegram|tg|电报)(?:号|id| id)?(?![a-z])',
    // …or any way to reach the reader asked for (给我个能联系到你的方式, 留一个可以联系上您的号码): no app named, the talk
    // leaves anyway
    '(?:给|留|发|告诉)(?:我|我们)?(?:一)?(?:个|下)?(?:能|可以)(?:联系|联络)(?:到|上)?(?:你|您)的(?:方式|办法|号码|途径|联系方式)',
    // the look at the writer's profile asked with its verb in English inside Chinese talk (check 我主页, see 一下我的简介), the
    // way to reach the writer said after it, in either language (有 contact 方式, 有联系方式); not the profile's goods
    // (check 我主页的新款)
    '(?<![a-z])(?:check|see|look at|view) ?我的? ?(?:主页|简介|簡介|个人简介|签名|簽名|个签|资料)(?=[^。！？!?\\n]{0,16}?(?:contact|联系|联络|加我|找我|私我|(?<![a-z])(?:v|vx|wx|line|whatsapp|wa|tg|ig)(?![a-z])|微信|电话))|(?<![a-z])(?:check|see|look at|view) ?(?:一下|下) ?我的? ?(?:主页|简介|簡介|个人简介|签名|簽名|个签|资料)(?=[^。！？!?\\n]{0,16}?(?:contact|联系|联络|加我|找我|私我|(?<![a-z])(?:v|vx|wx|line|whatsapp|wa|tg|ig)(?![a-z])|微信|电话))',
    // round 63: the way to reach the writer said first, then that it sits in their profile's bio or signature (联系方式在我主页
    // 简介, 电话写在我个人签名里): 我 needed before the place, so a shop's 联系方式在主页 of its own storefront (no 我) and an order's
    // 单号 stay quiet
    `(?<![单件型货编码])(?:联系方式|联络方式|联系方法|${AVATAR_CONTACT})(?:就|都)?(?:在|写在|放在|挂在|贴在|喺)我的?(?:主页|个人主页)?(?:(?:个人)?(?:简介|签名)|个签)(?:上|里|度|中)?`,
    // …or the avatar tapped into to find the writer's number there, the order reversed (头像戳进去有我的号码, 头像点开就能看到我
    // 电话): not the avatar's picture opened (头像点开是我家狗)
    `头像(?:点|戳)(?:进去|开|一下)[^。！？!?\\n,，]{0,4}?(?:有|就有|能看到|就能看到|可以看到|看得到)我的?(?:号码?|联系方式|${AVATAR_CONTACT})`,
    // …or the writer's DM said to add the reader, one by one (我挨个私信加你, 我们一个个私聊拉大家): the chat moves to the added
    // account. The verb 私信/私聊 needed, not a bare 私 (私加 is no word), nor the reader told to add (你私信加我 is read above)
    `(?:我|我们)(?:会|再|稍后|等下|晚点)?(?:挨个|逐个|一个个|一一)?(?:私信|私聊|私讯)(?:加|拉)(?:你们|您们|大家|各位|你|您)(?!们)`,
    // round 64: the way to reach the writer said to be on their profile (联络方式在我主页, 联系方式都写在简介): the buyer told
    // where to find it, as 看主页 does; the profile the writer's (我, 我们) or bare, not someone else's (他主页), nor a
    // question (联系方式在主页吗)
    '(?:联系方式|联络方式|联系方法|联络方法)(?:都|就)?(?:在|写在|放在|见|挂在)(?:我的?|我们的?|本店的?)?(?:主页|个人主页|简介|簡介|个人简介|签名|簽名|个签|个人资料)(?!吗|嗎|么|[?？])',
    // round 67: 私我 by its initial at the end of a live room's ask, who is addressed after it (s我哦家人们, s 我吧宝宝们), or the
    // public screen's word filter given as the reason (s我，弹幕会被屏蔽): a particle or a vocative, not a size (s我家人都能穿)
    '(?<![a-z])(?:s|si|丝) ?我(?:哦|呀|吧|哈|啊|呗|噢|喔)[,， ]?(?:家人们|宝宝们|宝子们|姐妹们|集美们|朋友们|亲们|友友们|老铁们|家人们)',
    '(?<![a-z])(?:s|si|丝) ?我[^。！？!?\\n]{0,8}?(?:公屏|弹幕|评论区|直播间)(?:上|里)?(?:会|要|容易|老是|总是)?(?:被)?(?:屏蔽|吞|和谐|删)',
    // round 73: the place outside the platform named alone as where the talk goes, no "let's" or "go" before it (站外聊,
    // 平台外细聊, 站外联系我): only the words for outside this site, not a bare 外面 (外面聊天). Not forbidden (不要站外聊), nor
    // the chat's records or a way named (站外聊天记录, 站外联系方式), nor told as what happened (站外联系过了)
    '(?<![不别勿禁止要])(?:平台外|站外|场外)(?:再|来|慢慢)?(?:聊|谈|沟通|联系|详聊|细聊|私聊|详谈|细谈)(?!天|方式|方法|记录|内容|的|过|了|不|有|是|都|会)',
    // round 77: the avatar poked or looked at, then the ask to add or DM the writer in the same clause (戳头像加我, 看我头像私我,
    // 点一下头像找我): the picture is the way to the writer's account. Not a photo looked at (看头像是实拍), nor the avatar
    // said to be changed (戳头像换了)
    '(?:戳|点|看)(?:一下|下)?(?:我的?)?头像[^。！？!?\\n,，]{0,3}?(?:加|私|联系|找|滴|dd)我(?!们的|的)',
    // round 81: the buyer sent to the writer's bio or profile and told not to ask in the comments or on the live room's
    // screen (详情看简介，评论区别问; 价格见主页 不要在公屏问; Cantonese 睇簡介，唔好喺留言區問): the asking moved out of public view.
    // Not the size chart or the fabric sent to the description, which answers it there (尺码看简介，别在评论区问了)
    `(?<!(?:尺码|尺寸|码数|参数|规格|成分|材质|面料|发货时间)[^。！？!?\\n]{0,3})(?:看|见|查看)(?:一下|下)?(?:我的?)?(?:简介|簡介|个人简介|主页|签名|簽名|个签|资料)[^。！？!?\\n]{0,8}?(?:(?:别|不要|勿|莫|唔好|不能)(?:在|喺)?(?:评论区|评论|公屏|弹幕|留言区|留言)|(?:评论区|公屏|弹幕|留言区)(?:里)?(?:别|不要|勿|莫|唔好|不能))(?:问|说|讲|聊|发|打|刷|留)`,
    // round 81: the writer's helper adding or DMing the buyers one by one (小助理一个个加你们, 场控等下挨个私大家), as 我挨个私你们
    '(?:小助理|助理|小助手|小帮手|助播|场控|小姐姐|运营)(?:会|再|稍后|等下|晚点|下播后?)?(?:挨个|逐个|一个个|一个一个|一一)(?:加|添加|私|私信|私聊|私发|私讯|滴滴|联系)(?:给)?(?:你们|您们|大家|各位|宝宝们|家人们|姐妹们)(?!的|了|过)',
    // …or the chat app itself sent to the buyers in private (私发你们绿色软件, 后台单独发大家v信): its account comes there
    `(?:私发|私信发|后台发|单独发|私下发)(?:给)?(?:你们|您们|大家|各位|你|您)(?:一下)?(?:${CONTACT_APPS}|联系方式)(?!红包|支付|转账)`,
    // …and a chat app used as the verb with 我 in Chinese or Cantonese talk ("WhatsApp 我", telegram我吧), as "whatsapp me":
    // only at the clause's end or before a particle, not "WhatsApp 我都有"
    '(?<![a-z])(?:whatsapp|telegram|signal|viber|kakao|wechat) ?我(?=$|\\s*[,，。.！!？?~～]|\\s*(?:吧|啦|呀|啊|喇|la|先|就得|就好|就可以|即可|㗎))',
    // …and the reader's number put on the live screen or in the comments with no owner said (把手机号打在公屏, 把电话发在评论区),
    // not warned against (不要把手机号留在评论区)
    '(?<!不要|别|勿|不能|不可以|千万别|禁止)把(?:手机|电话|号码|联系方式)(?:号码?|号)?(?:打|发|写|留)(?:在|到)(?:评论区?|评论里|留言区?|留言里|公屏|弹幕|屏幕上|直播间|下方|下面)',
    // round 86: 小窗 ("the small window", a private chat) used as the verb (小窗我, 有兴趣小窗聊, 小窗戳我): not a real
    // window opened or closed (开小窗, 关个小窗, 小窗口, 小窗我看不到)
    '(?<![开关个的打])小窗(?:我(?!们?看|们?开|们?关)|聊|私聊|详聊|细聊|联系我?|戳我|滴我|找我)',
    // …and another way to reach the writer asked for in Cantonese (有冇其他联络方法, 有冇私人联系方式), or by 联络方法 as Hong
    // Kong and Taiwan write it (有没有别的联络方法)
    '有冇(?:我|我们)?(?:你的?|您的?)?(?:别的|其他|其它|私人|另外的?|备用)(?:的)?(?:联系方式|联系方法|联络方式|联络方法|联系渠道|联系电话|聊天软件)|(?:给|留|发|换|有没有|有无|要|告诉)(?:我|我们)?(?:个|一个|下|一下)?(?:你的?|您的?)?(?:别的|其他|其它|私人|另外的?|备用)(?:的)?联络方法',
    // round 96: the buyer's own handle asked for, for the writer to add (你报一个，我这边加你; 你发个号过来我去加你): only a
    // handle or nothing between, not a size or an address called out in a live room
    '(?:你|您)(?:报|发|留|给)(?:我)?(?:一)?(?:个|下)(?:你的?|您的?)?(?:号码?|账号|id|v|vx|微信|企鹅号?|q号)?[\\s,，~～]{0,2}(?:过来|给我)?[\\s,，~～]{0,2}我(?:这边|去|来|再)?(?:加|添加)(?:你|您)',
    // round 96: the writer's profile said to hold their WeChat or app (主页有v, 主页上有vx): the buyer copies it from there
    `主页(?:上|里)?有(?:个)? ?(?:v|vx|wx|${CONTACT_APPS})(?![a-z])`,
    // round 96: 滴滴 (ping me) closing the call to whoever wants it (感兴趣的滴滴, 要的宝宝滴滴📩): not the ride app
    '(?:感兴趣|有兴趣|有意|想要|要的|需要)的?(?:宝宝|朋友|姐妹|亲|家人)?们?(?:可以|请|就)?滴滴(?![\\u4e00-\\u9fffa-z0-9])',
    // round 98: the buyer's WeChat asked by its number with no "your" (卫星号多少，我发你实拍图): the asking writer adds or sends
    `(?:${CONTACT_APPS}|vx|wx)(?:号)?(?:是)?多少(?!钱|块|元)(?=[^。！？!?\\n]{0,12}?(?:我|发你|加你|拉你))`,
    // round 98: 敲我 (knock me) or 电话我 (call me, 📱我 as normalise reads it) closing the call to whoever wants it
    '(?:感兴趣|有兴趣|有意|想要|要的|需要|正宗的)的?(?:宝宝|朋友|姐妹|亲|家人)?们?(?:可以|请|就)?(?:敲|电话|找)我(?![\\u4e00-\\u9fff]{0,1}(?:们|买|拍|下单))',
    // round 98: the buyer asked to leave their usual or personal number (留一个您的常用电话和微信)
    `留(?:一个|个|一下|下) ?(?:你的?|您的?)(?:常用的?|私人的?|个人的?|真实的?)(?:电话|手机号?|联系方式|${CONTACT_APPS})`,
];
const ZH = alternationChunks(ZH_FORMS, 12);
/** Taglish words between the request's verb and its object: "na lang po", "naman", "sa akin". */
const TL_FILLER = '(?: (?:na|lang|nalang|po|naman|muna|ulit|sakin|samin|sa akin|sa amin|dito)){0,4}';
/** The buyer's contact named in Taglish ("contact number", "cp number", "viber", "fb"). */
const TL_CONTACT = '(?:(?:contact|cp|cell|cellphone|phone|mobile|personal|viber|whatsapp) )?(?:number|num|no\\.?|digits|email|e-mail|whatsapp|viber|telegram|fb|facebook|messenger|ig|insta|contact(?: details| info)?)';
/** The English forms, a few alternatives per pattern: one large alternation took 10+ ms to compile on its first run. */
/** The reader asked whether they have or use an app ("do you have WhatsApp", "u got telegram", "you on viber"). */
const YOU_HAVE = '(?:(?:do|d) (?:you|u|ya)|(?<![a-z])(?:you|u|ya)) (?:have|got|use|on)';
/** The chat apps asked about; the looser forms (ASKED_APP_PLAIN) take no short names or plain words among them (ig, snap, fb, line). */
const ASKED_APPS = 'whatsapp|telegram|signal|insta|instagram|ig|snapchat|snap|facebook|fb|messenger|line|kakao|kakaotalk|viber|wechat|discord';
const ASKED_APPS_PLAIN = 'whatsapp|telegram|signal|insta|instagram|snapchat|messenger|kakao|kakaotalk|viber|wechat|discord';
const ASKED_APP = `${YOU_HAVE} (?:an? )?(?:${ASKED_APPS})(?: or (?:${ASKED_APPS}))?`;
const ASKED_APP_PLAIN = `${YOU_HAVE} (?:the |an? )?(?:${ASKED_APPS_PLAIN})(?: app)?`;

/** Where the writer says they are quicker to reach (EN_FORMS' "i'm more active on", "we reply faster on"). */
const QUICKER_ON = 'whatsapp|telegram|signal|insta|instagram|ig|snapchat|snap|facebook|fb|messenger|line|kakao|viber|wechat|discord|email|e-mail|text';
/** The apps an account is told to be the same on, by reference (EN_FORMS). */
const SAME_AS_APPS = 'snap|snapchat|ig|insta|instagram|telegram|tg|whatsapp|signal|discord|kik|line|wechat|fb|facebook|tiktok|twitter|viber|kakao';
const EN_FORMS = [
    '\\bdm me\\b|(?:i|we)(?:\'ll| will) (?:d ?m|p ?m|inbox) (?:you|u) (?:the |my |our |more )?(?:secret |private |special |real |best |full |exact |vip )?(?:price|pricing|details|link|info|contact|number|rate|quote|catalog)', '\\bpm me\\b', 'inbox me', 'message me (?:privately|directly|off|outside|on|for (?:my|our) (?:details|contact|number|info|whatsapp|email))', 'text me',
    '(?:talk|chat|continue|take this|move this|move) (?:outside|off) (?:the |this )?(?:app|site|platform)',
    'send me your (?:(?:personal|private|own|real|direct|other) )?(?:number|phone|email|whatsapp|wechat|contact)', "(?:wh?at|wot|wut)(?:'?s|z| is) your (?:number|whatsapp|wechat|phone|cell|mobile|email|e-mail|insta|ig|snap|snapchat|telegram|line|kakao)(?![a-z])(?! ?(?:phone )?(?:model|provider|carrier|plan|brand|case|type|size|screen|bill|signal|number is|one(?![a-z])|1(?!\\d)))", 'shoot me (?:a|an) (?:text|message|dm|email|e-mail|line)', '(?:move|take) (?:this|it|the conversation|our chat|the chat) to (?:text|sms|whatsapp|telegram|email|e-mail|phone|insta|ig|signal|wechat|line|messenger|kakao)',
    '(?:check|see|visit|look at) (?:my|our) (?:bio|profile|page)(?: page)? (?:to|for) (?:contact|reach|my (?:other )?(?:contacts?|contact (?:info|details)|numbers?|whatsapp|telegram|email|e-mail|socials|ig|insta|instagram|handles?|line|wechat|snap|snapchat|phone|cell|mobile)(?![a-z])|(?:our |other |more |another |alternative |extra |the )?(?:contacts?|ways to (?:contact|reach)|contact (?:info|details|methods?)|numbers?|whatsapp|telegram|email|socials)(?![a-z]))|(?:check|see|read) (?:my|our) bio(?![a-z])(?! (?:for (?:sizes?|measurements|shipping|returns|policy)))', 'contact me directly', 'reach me directly|(?:(?:i|we) (?:don\'?t|do not|no longer) |(?:i |we )?(?:won\'?t|will not) )(?:reply|respond|answer|check messages)(?: to messages| to you)? (?:here|on here|on this app|in this app|in the app)(?![a-z])',
    '(?:whatsapp|telegram|signal|text|call) me (?:for|if|at|on)',
    '(?:talk|chat|continue|discuss this) (?:elsewhere|offline|privately|off[- ]platform)', "(?:give|send) me (?:another|a different|a private|your personal) (?:way to|number|contact)", 'hit me up (?:on|at)',
    // the talk moved to another app or channel with no handle yet ("let's talk on WhatsApp", "email me directly")
    // (round 77: Instagram by its slang, "the 'gram": "hmu on the 'gram", "dm me on the gram"; not a gram weighed, which
    // no one is messaged on)
    "(?:talk|chat|speak|continue|text|msg|message|dm|contact|reach|find|hmu|hit me up|hit me|hit us|ping|ping me|holla at me) (?:me |us )?(?:on|via|over|through|in) (?:whatsapp|telegram|signal|insta|instagram|ig|snapchat|snap|facebook|fb|messenger|line|kakao|kakaotalk|viber|wechat|discord|tiktok|skype|email|e-mail|sms|imessage|the '?gram|the 'insta)(?![a-z])",
    // a word or a message to be sent to the writer's account on a chat app ('Text "SHOES" to my WhatsApp for the private
    // catalog', "send the pics to my telegram"): not "sent it to my WhatsApp group" told, nor an e-mail or a number (an
    // invoice or a tracking code is sent there on the platform's business)
    "(?<![a-z])(?:text|message|msg|send|dm|write|forward|drop)(?: me)?[^.!?\\n]{0,25}? to my (?:whatsapp|telegram|signal|insta|instagram|ig|snapchat|snap|wechat|kakao|kakaotalk|viber|line id)(?![a-z])(?! (?:group|status|story|channel|account (?:was|got|is)))",
    // the same move proposed with no object, by a "we" ("let's move to WhatsApp", "can we switch over to Telegram"): not
    // a firm's or a reviewer's move told ("they moved to WhatsApp support", "I switched to Signal"), which has no "let's"
    "(?:let'?s|let us|we can|we could|can we|could we|shall we|we should|how about we|why don'?t we|maybe we|better we) (?:just )?(?:move|switch|go|head|jump|hop)(?: over| across)? (?:to|onto) (?:whatsapp|telegram|signal|insta|instagram|ig|snapchat|snap|facebook|fb|messenger|kakao|kakaotalk|viber|wechat|discord|skype|email|e-mail|sms|imessage|text)(?![a-z])",
    '(?:email|e-mail|call|phone|ring|text|message|dm) me (?:directly|privately|personally|instead)', 'give me a (?:call|ring|buzz|text)(?![a-z]| back option| button)',
    // round 75: the other verbs of a private chat ("chat me privately", "inbox me directly"), and the call by its British and
    // Australian names ("give me a bell", "give us a tinkle", "us" said for "me"): not a bell or a shout given to someone else
    '(?<![a-z])(?:chat|msg|pm|inbox|contact|reach) me (?:privately|directly|personally|in private)(?![a-z])', '(?<![a-z])(?:give me a|give us a) (?:bell|tinkle|holler|shout)(?: (?:on|at|back|when|if|later|tonight|tomorrow|anytime)(?![a-z])|[,.!]|$)',
    "(?:drop|leave|send|give|share|text|dm|pass) (?:me |us )?your (?:number|phone|cell|mobile|email|e-mail|whatsapp|wechat|contact|digits|insta|ig|snap|telegram|line id)",
    // the buyer's accounts on social apps asked for ("drop me your socials and I'll…"): the clause ends there, not
    // "share your socials feed", "give your Facebook friends a code"
    "(?:drop|leave|send|give|share|text|dm) (?:me |us )?your (?:socials|social media|social handles?|instagram|facebook|fb|snapchat|viber|kakao)(?: (?:handles?|ids?|accounts?|names?|usernames?|links?|details))?(?= ?(?:$|[,.!?;:\\n]| (?:and|&|so|then|or|below|pls|please|plz)(?![a-z])))",
    "(?:take|move|continue) (?:this|it|the|our) ?(?:conversation|chat|talk|discussion)? (?:outside|off) (?:of )?(?:the |this )?(?:app|site|platform|ebay|etsy|amazon|depop|mercari|poshmark|vinted|shopee|lazada|carousell|offerup|marketplace)",
    "(?:i'?m|we'?re|find me|find us) on (?:whatsapp|telegram|signal|insta|instagram|ig|snapchat|snap|facebook|fb|messenger|line|kakao|kakaotalk|viber|wechat|discord|tiktok)[^.!?\\n]{0,20}?(?:same (?:name|handle|username|id)|message me|dm me|text me|add me|follow me)",
    "(?:(?:my |our |other |more |alternative |extra )?(?:contacts?|contact info|contact details)|my number|my email|my whatsapp|my wechat|my handle|my ig|my insta) (?:is |are )?(?:in|on) (?:(?:my|the|our) (?:bio|profile|about)|(?:my|our) page)",
    // the same said the other way round ("my profile has my other contact details", "other ways to reach me are in my bio",
    // "for other contact, check my profile")
    '(?:my|our) (?:profile|bio|page) (?:has|lists|shows|contains|includes) (?:all )?(?:my |our |the )?(?:other )?(?:contact info|contact details|contacts?|numbers?|whatsapp|telegram|email|socials)(?![a-z])',
    '(?:other |more )?ways to (?:contact|reach) (?:me|us) (?:are |is )?(?:in|on) (?:my|our) (?:bio|profile|page)', '(?:other|more|alternative|extra) contacts?(?: info| details| methods)?[,:]? (?:check|see|visit) (?:my|our) (?:profile|bio|page)',
    // the price told in private ("DM for price", "PM for details"), like 价格私信; not the buyer's own message ("my DM for details")
    '(?<!(?:my|a|the|your|his|her|their|our|via|in|by|through) )\\b(?:dm|pm|inbox) (?:for|4) (?:the )?(?:price|prices|pricing|details|more details|info|more info|rates?|quotes?)(?![a-z])', 'reach out (?:on|via|through|at) (?:my|our) (?:socials|social media|instagram|ig|insta|facebook|fb|whatsapp|telegram|snapchat|snap|tiktok|page)',
    '(?:send|drop|shoot) me (?:a |an )?(?:message|dm|text|line|note|email) (?:on|via|through|at|over) (?:facebook|fb|instagram|ig|insta|whatsapp|telegram|snapchat|snap|line|wechat|signal|messenger|twitter|tiktok|kakao|discord)', // (every chat app the writer may be added on, named whole: "add me on ig", "add me on discord"; not facebook or
    // messenger, where a marketplace's own talk happens, nor the social apps followed for updates)
    'add me on (?:whatsapp|telegram|tg|line(?! ?\\d)|snap(?:chat)?|insta(?:gram)?|ig|wechat|kakao(?:talk)?|discord|viber|signal|skype|wa)(?![a-z])',
    // which app the buyer is on, to go on there ("tell me which app you use and I'll find you there")
    "(?:which|what) (?:other )?(?:apps?|messaging apps?|chat apps?|messengers?|socials?) (?:do )?you (?:use|have|are on|on|prefer)[^.!?\\n]{0,30}?(?:find|add|message|text|contact|reach|dm|chat|talk|msg) (?:you|me)",
    // a cheaper source hinted at, told in private ("message me and I'll tell you where")
    '(?:message|dm|pm|inbox|text) me (?:and|&) (?:i(?:\'ll| will) )?(?:tell|send|give|share|show)(?: you)? (?:where|the (?:source|seller|site|shop|supplier|store))',
    // a cheaper deal pointed to on the writer's own profile, off this listing ("check my profile for the same thing
    // cheaper", "same item way cheaper on my page"); not the shop's store ("check our store for bundles")
    '(?:check|see|visit|look at|go to|view) (?:my|our) (?:bio|profile|page|account)[^.!?\\n]{0,30}?(?:cheaper|for less|lower price|better price|half (?:the )?price|better deal|for (?:about |around |roughly |nearly |almost |just |only |like )?(?:half|a third|a quarter|a fraction)(?![a-z])(?! (?:an? )?(?:hour|day|week|month|year|time|dozen|mile|inch|size|cup|spoon|kilo|pound)s?(?![a-z]))|half off(?![a-z]))(?![a-z])',
    '(?:cheaper|for less|lower price|better price|half (?:the )?price|better deal)[^.!?\\n]{0,12}? (?:on|in|at) (?:my|our) (?:bio|profile|page|account)(?![a-z])',
    // the writer's way to be reached said to be in the listing's photos ("my number is in the second photo", "email is in the
    // listing pics", "our WhatsApp is on the last slide"): not a serial or model number, nor the buyer's own
    `(?:(?<![a-z])(?:my|our) (?:phone |cell |mobile |whatsapp |contact |personal )?(?:number|contact(?: info| details)?|email|e-mail|whatsapp|telegram|handle|ig|insta(?:gram)?|socials|details)|(?<![a-z] )(?:phone number|contact (?:info|details|number)|whatsapp|telegram|email|e-mail)(?: address)?) (?:is|are|'s) (?:in|on) (?:the |my |our )?(?:(?:first|second|third|fourth|fifth|last|final|next|\\d(?:st|nd|rd|th)) |listing |item |cover )?(?:photo|pic|picture|image|slide|pix)s?(?![a-z])`,
    // the talk asked for outside of here ("hit me up outside of here", "text me off this app", "reach me off Jiji")
    `(?:hit me up|hmu|holla at me|message me|msg me|text me|dm me|pm me|ping me|contact me|reach me|reach out to me|get in touch|talk to me|chat with me|find me) (?:outside|off)(?: of)? (?:here|this (?:app|site|platform|chat)|the (?:app|site|platform)|${MARKETPLACES_EN})(?![a-z])`,
    // another way to reach the seller ("is there another way to contact you?", "a different app I can message you on")
    '(?:another|a different|an alternative|any other|some other|a better|other|a private|a personal) (?:way|app|number|contact) (?:to|i can|we can) (?:contact|reach|message|text|talk to|chat with|call) you',
    // the buyer's number asked for in Taglish: the polite request prefix pa-/paki- on the verb ("pa-send na lang po ng
    // number nyo", "pakibigay po ng contact number"), or the verb with mo/nyo ("send nyo po yung number nyo"), or
    // "what is your number" (ano po number nyo): the thing named right after the fillers, so an order or tracking
    // number is not one
    `(?<![a-z])(?:(?:pa|paki)-? ?(?:send|bigay|pm|dm|text|message|msg|drop|share|iwan|lagay|type)|(?:send|bigay|ibigay|pm|dm|text|drop|share|iwan|lagay|type) (?:mo|nyo|niyo|ninyo))${TL_FILLER}(?: (?:ng|yung|ang|iyong|un))? ${TL_CONTACT}(?: (?:mo|nyo|niyo|ninyo))?(?![a-z])`,
    `(?<![a-z])ano(?: po)?(?: ang| yung| un)? ${TL_CONTACT} (?:mo|nyo|niyo|ninyo)(?![a-z])`,
    // the writer's profile to be looked at, then the writer contacted ("check my profile and hit me up", "see my bio then
    // DM me"): the way out is on the profile. And the real or genuine goods sent there from a review or a listing ("for
    // the original ones check my profile", "authentic pieces, see my bio"): another seller's place
    '(?:check|see|visit|look at|go to|view) my (?:bio|profile|page|account)(?: first)?,? (?:and|&|then|n|,) (?:then )?(?:hit me up|hmu|dm me|pm me|message me|msg me|text me|contact me|reach out|get in touch|drop me a (?:line|message|dm|note|text))(?![a-z])',
    '(?<![a-z])for (?:the |an? )?(?:original|authentic|genuine|real|legit)(?: [a-z-]+){0,3},? (?:check|see|visit|look at|go to) my (?:bio|profile|page|account)(?![a-z])',
    // the profile pointed to for the way to reach the writer ("check my profile for how to reach me", "see my bio for
    // where to find us"): the way is there, off this chat
    '(?:check|see|visit|look at|read) (?:my|our) (?:bio|profile|page|about)(?: page)? (?:for|to see|to find|to learn) (?:how|where) (?:to|you can|u can|i can be) (?:reach|contact|find|message|text|get hold of|get in touch with|reached)(?: (?:me|us))?(?![a-z])',
    // the writer reached "off-site" or "off-platform", the words that name leaving ("reach me off-site", "we can chat off-app")
    '(?:reach|contact|message|msg|text|find|talk to|chat with|hit) (?:me|us)(?: up)? off[- ]?(?:site|platform|app)(?![a-z])|(?:chat|talk|continue|deal) off[- ](?:site|app)(?![a-z])',
    // a buyer pointing the others to the seller's bio for the deals the listing does not show ("check the seller's bio
    // for the real prices, way cheaper"): the bio holds the way out; the seller's page or store is the platform's own
    "(?:check|see|visit|look at|read) (?:the |this )?(?:seller|shop|store|vendor|owner)(?:'s|s'|s)? bio(?![a-z])[^.!?\\n]{0,40}?(?:cheaper|for less|lower price|better price|half (?:the )?price|better deal|real (?:deals?|prices?))(?![a-z])",
    // the writer's handle elsewhere is this one ("same ID everywhere", "same name as here"): the buyer is to look it up
    // on the other app, which stays unnamed
    '(?<![a-z])same (?:id|name|handle|username|user ?name|nickname|nick|account name) (?:everywhere|on (?:every|all|any) (?:the )?(?:apps?|platforms?|socials?)|as (?:on )?here|as (?:on )?this (?:app|site|one|account))(?![a-z])',
    // the app hinted at rather than named, past the word filter: its name "not allowed" here, its first letter, its
    // colour with a chat verb, its icon as where to go ("can't type the app's name here", "the one that starts with W",
    // "search me on the green app", "you know the app with the penguin"; not "this app with the penguin stickers")
    "(?:can'?t|cannot|can not|not allowed to|not supposed to|won'?t let me) (?:type|say|write|mention|name|spell|put|post)(?: out)? (?:the |its )?(?:name of (?:the|that|this|my) app|app(?:'s)? name|apps? names?)(?: in here| on here| here)?(?![a-z])",
    `(?:app|(?:${COLOUR}|chinese|other|chat|messaging) one)(?: that| which)? (?:starts|begins) with (?:an? |the letter )?["'‘]?[a-z]["'’]?(?![a-z])`,
    `${COLOUR} (?:chat|messaging|messenger|texting) app(?![a-z])`,
    // (or "hmu", the writer's own "hit me up")
    `(?:search|find|add|message|msg|text|dm|chat|talk|contact|reach|hit|hmu)(?: (?:me|us)(?: up)?| (?:for )?my (?:nickname|name|username|user name|id|handle|shop name|profile name))? (?:on|in|over|via) the ${COLOUR} (?:app|one)(?![a-z])`,
    '(?:(?<![a-z])(?:on|in|via|know|it\'?s|use|get|download) the|that) (?:[a-z]+ )?app with (?:the |a )?(?:penguin|paper plane|paper airplane|ghost|speech bubble|green bubble)(?![a-z])',
    // the talk said to go better where the writer points ("easier to chat there", "quicker to sort it out over there")
    '(?:easier|quicker|faster|simpler) to (?:chat|talk|message|msg|text|reach (?:me|us)|contact (?:me|us)|discuss|sort (?:it|this|things) out) (?:there|on there|over there)(?![a-z])',
    // the writer reached, or the talk moved, "somewhere else" than here ("message me somewhere other than here", "can we
    // take this chat someplace else?"): the other place stays unnamed
    // ("hmu elsewhere": the writer's own "hit me up", shortened)
    '(?:(?:message|msg|text|dm|pm|contact|reach|talk to|chat with|hit|get in touch with) (?:me|us)(?: up)?|hmu) (?:elsewhere|(?:somewhere|someplace|anywhere) (?:else|other than here|but here|besides here))(?![a-z])',
    '(?:mov(?:e|ing)|tak(?:e|ing)|continu(?:e|ing)|hav(?:e|ing)) (?:this|the|our) (?:chat|conversation|convo|talk|discussion) (?:elsewhere|(?:somewhere|someplace) else)(?![a-z])|(?:talk|chat) (?:somewhere|someplace) else(?![a-z])',
    // where to reach the other side asked for ("tell me where I can reach you", "where else can I message you?"): the
    // platform's chat is where they already are (not "find you", a place to meet)
    '(?:tell|let) me (?:know )?where (?:else )?(?:i|we) (?:can|could) (?:reach|contact|message|msg|text|dm|call) (?:you|u)(?![a-z])|where (?:else )?(?:can|could) (?:i|we) (?:reach|contact|message|msg|text|dm) (?:you|u)(?![a-z])',
    // the writer contacted "privately" next time ("reach out to me privately", "get in touch with us in private")
    '(?:reach out|get in touch|reach out to (?:me|us)|get in touch with (?:me|us)|contact (?:me|us)|message us|text us|get hold of (?:me|us)) (?:privately|in private)(?![a-z])',
    // a cheaper deal told first, then the writer's profile or bio pointed to ("cheaper ones available, check my profile";
    // not its picture or a buyer's proof: "found it cheaper at X, see my profile pic")
    '(?:cheaper|for (?:(?:way|much|far|a lot|even) )?less(?! (?:hassle|stress|effort|fuss|work|time|mess|noise|space|weight|waste)(?![a-z]))|lower price|better price|half (?:the )?price|better deals?|for (?:about |around |roughly |nearly |almost |just |only |like )?(?:half|a third|a quarter|a fraction)(?![a-z])(?! (?:an? )?(?:hour|day|week|month|year|time|dozen|mile|inch|size|cup|spoon|kilo|pound)s?(?![a-z]))|half off(?![a-z]))[^.!?\\n]{0,30}?(?:check|see|visit|look at|go to|view) (?:my (?:bio|profile|page|account)|our (?:bio|profile))(?![a-z])(?! ?(?:pics?|pictures?|photos?|pfp)(?![a-z])| for proof| for (?:the |my |a )?(?:full )?reviews?(?![a-z]))',
    // the talk moved, or asked to be, anywhere but the marketplace named ("would you be open to continuing this
    // conversation somewhere other than Etsy?", "can we take the chat anywhere but eBay", "moving our talk somewhere
    // besides this app"): the other place stays unnamed
    `(?:mov(?:e|ing)|tak(?:e|ing)|continu(?:e|ing)|hav(?:e|ing)|carry(?:ing)? on) (?:this|the|our) (?:chat|conversation|convo|talk|discussion) (?:somewhere|someplace|anywhere) (?:other than|but|besides|apart from|outside(?: of)?) (?:here|this (?:app|site|platform|chat)|the (?:app|site|platform)|${MARKETPLACES_EN})(?![a-z])`,
    // whether the reader has another app asked, and the talk said to go on there ("do u have insta or snap? would rather
    // talk there", "you got Telegram? we can chat on there"): the buyer's account on it is wanted, whatever the app
    `${ASKED_APP}\\??[^.!\\n]{0,30}?(?:talk|chat|message|msg|text|speak|continue|dm) (?:you |u |me )?(?:there|on there|over there|on it)(?![a-z])`,
    // which other app the reader uses asked, and the matter to be dealt with there ("what other app do you use? I'd rather
    // sort the refund out there", "which other apps are you on, easier to handle it over there")
    "(?:which|what) other (?:apps?|messaging apps?|chat apps?|messengers?|socials?) (?:do |are )?(?:you|u) (?:use|have|on|prefer|using)\\??[^.!\\n]{0,40}?(?:sort|handle|deal with|settle|discuss|talk|chat|continue|finish|do)(?: (?:it|this|that|things|the [a-z]+))?(?: out)? (?:there|on there|over there)(?![a-z])",
    // the writer's own contact promised in a message ("I'll send you my WhatsApp", "we can text you our number", "will DM u
    // my contact details"): the contact is what moves the talk off the platform (an order's or a tracking number is not
    // "my number")
    "(?:i|we)(?:'ll| will| can| could|'d|'m gonna| am gonna| gonna)? ?(?:send|message|msg|text|dm|pm|inbox|give|pass|forward) (?:you|u) (?:my|our) (?:personal |private |direct )?(?:number|phone(?: number)?|cell(?: number)?|mobile(?: number)?|contact(?: info| details| number)?|whatsapp|wa|telegram|tg|line(?: id)?|insta|ig|snap|email|e-mail|wechat|viber|signal)(?![a-z])",
    // a price kept off the listing, asked for in a message ("hmu for the real price", "msg me 4 the secret price"): the
    // price on the page is not the deal, the one in private is
    '(?<![a-z])(?:hmu|hit (?:me|us) up|message (?:me|us)|msg (?:me|us)|text (?:me|us)|inbox (?:me|us)|ping (?:me|us)) (?:for|4) (?:the |a |my |our )?(?:real|actual|secret|private|insider|true|hidden|off-?list) (?:price|prices|pricing|deal|deals)(?![a-z])',
    // the way to reach the writer kept in the bio ("contact in bio", "my number's on my profile", "whatsapp in bio")
    "(?<![a-z])(?:contact|contacts|contact (?:info|details|number)|(?:my )?(?:number|phone number|cell|whatsapp|telegram|line id|wechat|email)(?:'s| is)?) (?:in|on) (?:my |the |our )?(?:bio|profile)(?![a-z])",
    // the rest kept in the bio ("more info in my bio", "deets in bio"): not a size's, a parcel's or a care label's details
    // ("shipping details in my bio"); not the profile, the platform's own page ("more info on my profile")
    "(?<![a-z])(?<!(?:size|sizing|shipping|postage|delivery|return|returns|care|measurement|fabric|fit|payment) )(?:details|deets|info|more info|all (?:the )?info|full details|everything else) (?:are |is )?in (?:my |our )?bio(?![a-z])",
    // a chat app as the verb ("WhatsApp me instead", "telegram me", "viber me the pics"): the talk moves there
    '(?<![a-z])(?:whatsapp|telegram|viber|kakao|wechat|snapchat|messenger|imessage) me(?![a-z])',
    // the platform's inbox said to go unread ("I never check here", "we rarely look at messages on this app")
    "(?<![a-z])(?:i|we) (?:never|rarely|seldom|hardly(?: ever)?|barely|don'?t|do not) (?:check|read|look at|see|open)(?: my| the| our)? ?(?:messages |inbox |dms )?(?:here|on here|in here|on this app|in this app|this inbox|on this site)(?![a-z])",
    // round 59: a way to reach the reader asked for outside the app ("reply with a way to reach you outside the app", "send us
    // another way to contact you off the platform"): no app named, the talk leaves anyway
    "(?<![a-z])(?:a|another|some|any|other) (?:way|means|method|channel) to (?:reach|contact|get hold of|get in touch with|call|text) (?:you|u) (?:outside|off|away from|besides|other than)(?: of)?(?: the| this)? ?(?:app|platform|site|chat|website|marketplace)(?![a-z])(?! (?:hours?|times?|opening))",
    // whether the reader has another app asked, and things to be sent or shown to them there ("you got Telegram or Signal? happy to share the full catalogue there",
    // "do u use Viber? I'll forward you the invoice over there"): the reader's account on the app is wanted for it
    `${ASKED_APP}\\?[^.!\\n]{0,30}?(?<![a-z])(?:send|share|show|forward|sending|sharing)(?: (?:you|u))?(?: [a-z'-]+){0,3}? (?:there|on there|over there|on it)(?![a-z])`,
    // round 62: whether the reader has another app asked loosely, "or something" after it, or the dislike of typing here as
    // the reason ("u got telegram or smth", "you on viber? i hate texting on this app"): the talk is to move there. Not a
    // colour or a version asked ("do you have this in whatsapp green?"), nor typing here disliked with no app asked.
    `${ASKED_APP_PLAIN}(?: or (?:something|sth|smth|anything|whatever))?(?: ?[?,.!]+)? ?(?:(?:coz|cause|cuz|because|bc|since) )?(?:i|we) (?:dont|don'?t|do not|hate|can'?t stand|cant stand)(?: like)? (?:typing|chatting|talking|texting|messaging|writing)(?: (?:in|on))? (?:here|this app|this chat)(?![a-z])`,
    `${ASKED_APP_PLAIN} or (?:something|sth|smth|anything|whatever|some other app|another app)(?![a-z])`,
    // round 65: the writer promising to reach the reader off the app, the other way round from "reach me off-app" ("I'll
    // message you off the app", "we can contact you off the platform"): the talk leaves anyway. Not "off the app's
    // hours", nor the app's own notice about its messages.
    "(?<![a-z])(?:i'?ll|i will|i can|i'?d|we'?ll|we will|we can|let me|then i'?ll) (?:reach out to|get in touch with|contact|message|msg|text|dm|pm|email|call|hit up|talk to|chat with) (?:you off|u off|ya off|you directly off|you privately off|you personally off)[- ](?:the |this )?(?:site|platform|app|marketplace)(?![a-z'-])",
    // round 67: the reader asked to answer with their chat app's account ("reply with your WhatsApp and I'll send it there",
    // "respond with your Telegram handle"): the contact exchanged off the platform. Not an order's or a tracking number
    // ("reply with your order number"), nor a shop's own chat word.
    "(?<![a-z])(?:reply|respond|answer|write back|get back to (?:me|us)|message (?:me|us)|dm (?:me|us)|text (?:me|us)) (?:with|w/) (?:your|ur) (?:whatsapp|wechat|telegram|signal|viber|line|kakao|snapchat|snap|insta|instagram|ig)(?: (?:number|no\\.?|id|handle|username|account|details))?(?![a-z])(?! (?:story|stories|post|posts|reel|reels|link|live|feed|page|shop|order))",
    // round 68: the same asks in code-switched English, as "DM me", "talk on WhatsApp", "give me your number" are read.
    // Tagalog-English "DM mo ako", "PM mo ko", "message mo kami" (DM me, us): the person after mo.
    '(?<![a-z])(?:dm|pm|msg|message|chat|text|i-?dm|i-?pm|i-?message|i-?chat|i-?text) (?:mo|niyo|nyo|nalang|na lang) (?:ako|ko|kami|sakin|sa akin|samin|sa amin)(?![a-z])',
    // Hindi-English "WhatsApp pe baat karte hain" (let's talk on WhatsApp), and "apna number do" (give your number)
    `(?<![a-z])(?:${ASKED_APPS}|whatsapp|wa|insta|tele) (?:pe baat|par baat|pe chat|par chat|pe contact|par contact) (?:karo|karte hain|karenge|karein|kar lo|kar lete hain|kijiye)(?![a-z])`,
    '(?<![a-z])(?:apna|apni|aapka|aapki|tumhara|tumhari|apne) (?:number|no|mobile(?: number)?|phone(?: number)?|contact(?: number)?|whatsapp(?: number)?|insta(?: id)?|telegram(?: id)?) (?:do|dedo|de do|dijiye|bhejo|bhej do|send karo|share karo)(?![a-z])',
    // Spanish "pásame tu WhatsApp", "escríbeme al wsp" (the accents stripped), Portuguese "me chama no zap", "me passa teu
    // whats" (zap, zapzap, wpp are WhatsApp in Brazil): the buyer's account asked for, or the talk moved there
    '(?<![a-z])(?:pasame|mandame|dame|enviame|regalame|pasa(?:me)?|me pasas|me das) (?:tu|su) (?:whatsapp|whats|wsp|wasap|wpp|numero|num|cel|celular|telefono|contacto|insta|ig|telegram)(?![a-z])',
    '(?<![a-z])(?:escribeme|hablame|mandame un mensaje|hablemos|seguimos|coordinamos) (?:al|por|en el|por el) (?:whatsapp|whats|wsp|wasap|privado|dm|insta|ig|telegram)(?![a-z])',
    '(?<![a-z])(?:me chama|chama|me liga|fala comigo|me manda mensagem|me add|me adiciona) (?:no|na|pelo|pela) (?:zap|zapzap|zap zap|whats|whatsapp|wpp|insta|direct|dm|telegram|privado|pv|celular|telefone)(?![a-z])',
    '(?<![a-z])(?:me passa|passa|manda) (?:o |a )?(?:teu|tua|seu|sua) (?:zap|whats|whatsapp|wpp|numero|celular|telefone|contato|insta|telegram)(?![a-z])',
    // round 75: the reader asked how to reach them outside the marketplace ("what's the best way to reach you off Etsy?",
    // "any other way to contact you outside the app?", "how can I message you outside of eBay"): the writer wants the talk off
    // it. Not the platform's own way asked ("best way to reach you on here"), nor the app's hours or its support
    // ("a way to reach you outside the app hours?").
    `(?<![a-z])(?:(?:best|other|another|easiest|quickest|fastest|any|a|some) )?(?:way|ways|means) (?:to|i can|of|for me to) (?:reach|contact|message|msg|text|talk to|get hold of|get in touch with|get ahold of) (?:you|u|ya|your team)(?: directly| privately)? (?:outside|off|away from)(?: of)? (?:here|this (?:app|site|platform|chat)|the (?:app|site|platform)|${MARKETPLACES_EN})(?![a-z])(?!(?:'s)? (?:hours|times|opening|working|business|support|help))`,
    `(?<![a-z])(?:how|where) (?:can|do|could|should) (?:i|we) (?:reach|contact|message|msg|text|talk to|get hold of|get in touch with) (?:you|u|ya)(?: directly| privately)? (?:outside|off|away from)(?: of)? (?:here|this (?:app|site|platform|chat)|the (?:app|site|platform)|${MARKETPLACES_EN})(?![a-z])(?!(?:'s)? (?:hours|times|opening|working|business|support|help))`,
    // round 75: added as a friend on Facebook, found there by the writer's name ("add me on fb, search my name", "add me on
    // Facebook, just look up my full name"): a personal account, not the marketplace's own chat. Facebook alone stays quiet.
    '(?<![a-z])add (?:me|us) (?:on|in) (?:facebook|fb)(?![a-z])[^.!?\\n]{0,16}?(?:search|look up|find|type in|look for)(?: for)? (?:me by )?(?:my|our) (?:full |real |shop |business )?(?:name|profile|username)(?![a-z])',
    // round 82: the writer's own other account to be reached on ("contact me on my personal email", "text me at my private
    // number"), or the shop's page on a social app messaged ("message our instagram page directly"): not the shop's page here.
    // (The words around the app are look-arounds, and the app named in full, so that "page" or "ig" does not wake the pattern)
    '(?<![a-z])(?:contact|reach|message|msg|text|email|e-mail|dm|ping|call|write to) (?:me|us) (?:on|at|via|through|thru|using) (?:my|our) (?:personal|private|own|direct|other|second) (?:email|e-mail|mail|number|phone|cell|whatsapp|account|line|ig|insta|instagram|facebook|fb|page)(?![a-z])',
    '(?<=(?<![a-z])(?:message|msg|dm|pm|inbox|contact|text|reach) (?:us |me )?(?:on |at |via |through )?(?:our|my) )(?:instagram|insta|facebook|tiktok|whatsapp|telegram)(?= (?:page|account|acct|profile|business|inbox|shop)(?![a-z]))',
    // round 80: the talk carried on somewhere else or somewhere private ("can we continue this somewhere else", "let's chat
    // somewhere more private", "talk someplace private"): the chat leaves here. Not a place to meet ("talk somewhere
    // quiet" in person names no privacy), nor "take my business somewhere else", a complaint.
    '(?<![a-z])(?:continue|carry on|talk|chat|speak|discuss|finish)(?: (?:this|it|the (?:chat|convo|conversation|deal|rest)))? (?:somewhere|someplace)(?= (?:more )?private(?![a-z])| else(?![a-z]))(?: more private| private| else)',
    // round 80: the writer's own "hit me up" asked for privately ("hmu privately for the price", "hit us up in private",
    // "ping me on the low")
    '(?<![a-z])(?:hmu|hit (?:me|us) up|holla at me|ping (?:me|us)) (?:privately|in private|on the low|on the down ?low)(?![a-z])',
    // round 83: the writer's account elsewhere told by its @ being the one here ("add me on the other app, same @ as here",
    // "same @ everywhere"): the handle is the contact, the app left unsaid. Not "same @" alone, a tag repeated, nor asked and
    // answered no ("same @ as here on Depop? no, only here")
    "(?<![a-z])same @ ?(?:handle |name |username |tag )?(?:as (?:on |in )?here|as (?:on |in )?this (?:app|site|one|account|page)|everywhere|on (?:every|all|any|the other|my other) (?:the )?(?:apps?|platforms?|socials?|accounts?))(?![a-z])(?![^.!\\n?]{0,24}\\?\\s*(?:no|nope|nah|not|sorry|i'?m not|i don'?t)(?![a-z]))",
    // round 83: the talk or the writer's message taken "off here" ("I'll message you off here", "let's chat off here"): the
    // chat leaves, as "off the app" does. Not the goods taken off here ("I'll take it off here once sold"): no take or move.
    '(?<![a-z])(?:talk|chat|continue|text|message|msg|dm|pm|email|contact|reach|hit up)(?: (?:you|u|ya))? off here(?![a-z])',
    // round 83: "off app" or "off-platform" put before the chat it names ("off app chat pls", "off-platform talk?"): not a
    // notice about it ("off-app chats are not protected")
    "(?<![a-z])(?:off app|off-app|off platform|off-platform) (?:chat|chatting|talk|convo|texting|messaging)(?![a-z])(?!(?: is| isn'?t| are| aren'?t| was| were| can'?t| cannot)? (?:not |never )?(?:covered|protected|allowed|safe|monitored|supported|banned|prohibited|against|risky|a scam))",
    // round 84: the talk taken outside the marketplace named ("we'll chat outside Depop", "let's talk off Mercari"): as
    // "outside the app" is; not a warning ("never chat outside Vinted"). (The verb and "outside" or
    // "off" are read before it too, so that the marketplace's name, not "off", wakes the pattern)
    `(?<=(?<![a-z])(?<!(?:never|don'?t|do not|not|no|won'?t|can'?t|cannot|shouldn'?t) )(?:talk|chat|continue|speak|message|text|converse)(?: more| further)? (?:outside|off)(?: of)? )(?:${MARKETPLACES_EN})(?![a-z])`,
    // round 84: Tagalog-English, the way to reach or pay the writer kept in the bio ("number nasa profile ko", "gcash ko
    // nasa bio"): the English "number's on my profile" form above; "nasa" (is in) and "ko" (my) the words that bind it
    "(?<![a-z])(?:contact|contact (?:info|details|number)|number|phone number|cell|cp|cp number|whatsapp|viber|telegram|gcash|maya|email)(?: (?:ko|namin|po))* (?:nasa|andun sa|nandun sa|nandito sa) (?:my |aking |ang )?(?:bio|profile)(?: (?:ko|namin))?(?![a-z])",
    // round 85: the writer to "slide into" the reader's DMs with the offer ("comment SIZE and I'll slide into your DMs", "we'll
    // slide into ur inbox with the price"): the talk moved to private messages; not the reader told to ("slide into our DMs"
    // is round 83's own ask, and "slid into my DMs" a report)
    "(?<=(?<![a-z])(?:i'll|i will|we'll|we will|let me|lemme|gonna|i'm gonna|imma|will) )slide into (?:your|ur|yr) (?:dms?|inbox|pms?|messages)(?![a-z])",
    // round 85: a chat app named, then the account told as the shop's own name ("add my telegram, same name as the store",
    // Malay "whatsapp kami, nama sama dengan kedai"): the handle is the shop's name, found there; not the app left out
    // ("same name as the shop on the label")
    `(?<=(?<![a-z])(?:whatsapp|whats ?app|watsap|wasap|wa|telegram|tele|tg|line|viber|wechat|weechat|insta(?:gram)?|ig|fb|facebook|messenger|signal|kakao|zalo|snap(?:chat)?)(?![a-z])[^.!?\n]{0,40}?)(?:same name as|same username as|same user name as|same handle as|same id as|same account name as|nama sama (?:macam|dengan|dgn|mcm|mcam|cam|seperti)) (?:the |my |our |this |ur |your |nama )?(?:shop|store|kedai|shop name|store name|username|user name|seller name|page|profile)(?![a-z])`,
    // round 88: the reader asked for their account on a named chat app ("send me your skype id", "pls give us your viber
    // number"): the talk moves there once it is sent. LINE only with its id, as "your line" is also a product line. (The ask
    // in a look-behind, so that the app's name wakes the pattern, not "send me"; not told not to: "never send us your
    // viber number")
    "(?<=(?<![a-z])(?<!(?:don'?t|do not|never|not|no need to|stop)(?: please| pls)? )(?:send|give|share|drop|tell|pls send|kindly send|kindly share) (?:me|us) (?:your|ur) )(?:skype|viber|telegram|signal|kakao|zalo|wechat|whatsapp|whats ?app|whats\\.app)(?: (?:id|account|name|username|user name|number|no|contact))?(?![a-z])|(?<=(?<![a-z])(?<!(?:don'?t|do not|never|not|no need to|stop)(?: please| pls)? )(?:send|give|share|drop|tell|pls send|kindly send|kindly share) (?:me|us) (?:your|ur) )(?:line id|line account)(?![a-z])",
    // round 88: the writer's own chat app to add for the price or the deal ("pls add my whats.app for better price", "kindly
    // add our viber to get the quotation"): the account is asked to be found there; the purpose needed after it, as "add my
    // telegram" alone may be told of a past add. (The ask in a look-behind: the app's name wakes the pattern)
    "(?<=(?<![a-z])(?<!(?:don'?t|do not|never|not|no need to|stop)(?: please| pls)? )(?:add|pls add|please add|kindly add|just add) (?:my|our) )(?:whatsapp|whats ?app|whats\\.app|watsapp?|wassap|skype|viber|telegram|signal|zalo|kakao)(?= (?:for|to get|to have|to discuss|to check|to talk about|and get|then get) (?:a |the |more |better |best |lower |cheaper |special |factory |final |real |wholesale |latest |good )*(?:price|prices|pricing|quote|quotation|discount|deal|offer|details|catalog|catalogue|price list|video|photos|sample)s?(?![a-z]))",
    // the writer's own chat app to add, with a reason after it or nothing more ("add my whatsapp, faster reply there", "just
    // add my telegram pls"): round 88's form without a price named. Not told of an add ("I forgot to add my telegram", "how do
    // I add my viber"), nor where the account goes ("add my telegram to the group"): only a reason or the message's end
    // may follow. (The ask in a look-behind: the app's name wakes the pattern)
    "(?<=(?<![a-z])(?<!(?:don'?t|do not|never|not|no need to|stop|to|i|i'?ll|i will|i can|let me|we'?ll|we will|can i|could i|how do i|how can i)(?: please| pls)? )(?:add|pls add|please add|plz add|kindly add|just add|you can add|u can add|can you add|can u add|could you add) (?:my|our) )(?:whatsapp|whats ?app|whats\\.app|watsapp?|wassap|skype|viber|telegram|signal|zalo|kakao|snapchat|discord)(?=(?:,| -)? (?:(?:it'?s|its|is|much|way|so) )?(?:faster|quicker|easier|simpler|more convenient)(?![a-z])|(?: (?:pls|please|plz|ya|ok|okay|thx|thanks|ty|tq|lah|la|po))? ?[.!~]*$)",
    // round 87: the reader asked for their Discord or Skype account ("what's ur discord? I'll add you", "what is your
    // skype name"): as "what's your telegram" above; not its server, a bot or a status asked about
    "(?<=(?<![a-z])(?:wh?at|wot|wut)(?:'?s|z| is) (?:your|ur|yr) )(?:discord|skype)(?: (?:tag|name|username|user name|user|id|handle))?(?![a-z])(?! ?(?:server|servers|nitro|status|bot|bots|channel|link|invite|for|about|like|setup|pfp|bio|banner))",
    // round 89: the writer's promise to reach the reader "privately" or "in private" ("comment below and I'll DM you
    // privately"): the talk taken aside. Not the marketplace's chat named right after ("…privately on Etsy"), nor a
    // refusal ("won't", "can't" never fit the auxiliary). ("privately" or "in private" wakes it)
    `(?<=(?<![a-z])(?:i|we)(?:'ll| will| can| could|'d| would| shall)(?: just| then)? (?:message|msg|dm|d m|pm|text|inbox|contact|reach|email|e-mail|chat with) (?:you|u|ya) )(?:privately|in private)(?![a-z])(?! (?:on|through|thru|via|in|using) (?:the |our |this )?(?:app|site|chat|platform|messages?|inbox|${MARKETPLACES_EN}))`,
    // round 90: Taglish, the DM or the chat app used as the verb with "mo … ako" ("pm mo na lang ako", "viber mo kami"):
    // "message me", the talk moved to the writer's inbox or app; "dito" after it is kept here by keep()
    "(?<![a-z])(?:pm|dm|text|txt|message|msg|chat|viber|whatsapp|wasap|telegram|messenger|tawag|call) mo(?: (?:na|lang|nalang|po|naman|muna|ulit|agad)){0,4} (?:ako|kami)(?![a-z])",
    // round 90: Taglish, a chat app proposed "instead" with "na lang" ("sa viber na lang tayo", "messenger na lang po"): the
    // talk moved there; not told not to ("wag na sa messenger"). The app is the match, so that its name wakes the pattern
    "(?<![a-z])(?<!(?:wag|huwag|hwag|hindi|di) (?:na )?(?:sa )?)(?:messenger|viber|whatsapp|wasap|telegram)(?= (?:na lang|nalang|na lng)(?![a-z]))",
    // round 90: WhatsApp, or its spellings as typed in South and Southeast Asia, used as the verb ("wasap me", "wassap us";
    // normalise reads the closer slips, "watsap", as the name): "whatsapp me"
    "(?<![a-z])(?:whatsapp|wasap|wassap) (?:me|us)(?![a-z])",
    // round 91: a word commented under the post, then the writer or their helper to message the reader in private ("comment
    // SIZE and our team will inbox you privately with the price"): the talk taken out of the public comments and off the
    // platform's chat. Only with "privately" or "in private" after: "comment and I'll reply" is the comments' own talk. (The
    // comment in a look-behind: "privately", not "comment", wakes the pattern)
    "(?<=(?<![a-z])comment(?:s|ing)? [^.!?\\n]{1,20}? (?:and|&|then|,) (?:i|we|my [a-z]{2,12}|our [a-z]{2,12})(?:'ll| will| can| shall)? (?:message|msg|dm|pm|text|inbox|contact|whatsapp|reach out to) (?:you|u)(?: back)? )(?:privately|in private)(?![a-z])",
    // the talk moved to "the other app" or the writer's other number, known to both and not named ("msg me on the other app",
    // "let's switch to the other platform"): off this one all the same. Not another listing or item of the same site
    // (round 94: or "my other account", "hmu on my other acc")
    "(?<![a-z])(?:talk|chat|speak|continue|text|msg|message|dm|pm|contact|reach|find|add|hmu|hit me up|hit us up|ping|move|switch)(?: me| us)?(?: up)? (?:on|over|via|through|to) (?:the|my|our|that) other (?:app|platform|number|chat app|messaging app|account|acc)(?![a-z])",
    // the writer's account on another app told as the same as here, so no handle need be written ("my snap is the same as
    // here", "our ig is the same as our shop name", "find me, same username on insta"): an account exchanged by reference
    `(?<![a-z])(?:my|our) (?:${SAME_AS_APPS})(?: (?:handle|name|username|user name|user|account|acc|id|tag|@))? (?:is |=|'s )(?:just |also )?(?:the )?same (?:as (?:here|on here|this (?:one|account|app)|(?:my|our) (?:user ?name|name|handle|shop name|store name|shop|store|display name|profile name|account name)|the (?:user ?name|name|handle|shop name) (?:here|on here))|(?:user ?name|name|handle|@|id) as (?:here|on here|this|my shop|our shop|the shop))(?![a-z])`,
    `(?<![a-z])(?:i'?m|we'?re|find me|find us|add me|add us|dm me|message me|msg me|text me|hmu|follow me|follow us)[ ,:-]+(?:(?:it'?s|its) )?(?:the )?same (?:user ?name|name|handle|@|id|tag) (?:on|over on) (?:${SAME_AS_APPS})(?![a-z])`,
    // the reader's number or account asked for in chat's shorthand ("lmk ur number i'll call", "what's the best number to reach
    // u on"): the talk taken to the phone or another app
    "(?<![a-z])(?:lmk|let me know|tell me|gimme|give me|send me|drop me) (?:your|ur|yr) (?:best |personal |cell |mobile )?(?:number|phone number|phone|cell|mobile|digits|whatsapp|telegram|snap|snapchat|insta|ig|email|e-mail)(?![a-z])(?! (?:of|for|size|model|type|plan|provider|carrier|case)(?![a-z]))",
    "(?<=(?<![a-z])(?:best|good|easiest) )(?:number|phone number|cell|mobile|whatsapp|email|e-mail) (?:to|i can|i could) (?:reach|contact|call|text|get hold of|get in touch with|message) (?:you|u|ya)(?![a-z])",
    // the writer said to be quicker to reach on another app ("i'm more active on ig", "we reply faster on whatsapp"): the talk
    // sent there. (The app is the match, so that its name wakes the pattern)
    `(?<=(?<![a-z])(?:i'?m|i am|we'?re|we are|im) (?:way |much |a lot |so )?(?:more active|quicker|faster|easier to reach|more responsive|always online|online more) (?:on|over on|in) )(?:${QUICKER_ON}|tiktok)(?![a-z])`,
    `(?<=(?<![a-z])(?:i|we) (?:reply|respond|answer|check messages)(?: way| much| a lot)? (?:faster|quicker|sooner|more) (?:on|over on|in|via|through) )(?:${QUICKER_ON})(?![a-z])`,
    // round 93: the reader's own number asked for as the answer ("reply with your mobile number and we'll text you a code",
    // "respond w ur cell"): the fake support's or the stranger's first step; not the phone's model or case asked
    // (the reply's verb in a look-behind and the number's words as whole strings, so that "your number" and the like wake the
    // pattern, not "reply", "message" or "phone"; round 67's form above reads the apps' names after the same verbs)
    "(?<=(?<![a-z])(?:reply|respond|answer|write back|get back to (?:me|us)|message (?:me|us) back) (?:with|w/|w) )(?:your number|your phone|your cell|your mobile|your whatsapp number|your contact number|your digits|ur number|ur phone|ur cell|ur mobile)(?: number)?(?![a-z])(?! ?(?:model|case|cover|size|brand|type|make|screen|charger)(?![a-z]))",
    // round 93: whether the reader is on other apps, asked bare ("u on any other apps?", "are you on another messenger?"), or
    // the talk here turned down ("I'd rather not chat here", "prefer not to talk on this app"): the talk is to move, the app
    // unnamed. The question mark needed for the first (not "are you on any other apps selling these"), and not "not here
    // about" or "now" for the second (a subject or a time put off)
    // (the "you on" in a look-behind and the app's words as whole strings, so that "other app" and the like wake the pattern,
    // not "you on" or "other")
    "(?<=(?<![a-z])(?:you|ya) on (?:any )?)(?:other apps|other app|another app|a different app|other messengers|another messenger|other socials)(?= ?\\?)",
    "(?<![a-z])(?:prefer|rather) not (?:to )?(?:chat|talk|text|message|msg)(?: much)? (?:here|on here|in here|on this app|in this app|on this site)(?![a-z])(?! (?:about|at|until|tonight|today|now|right now)(?![a-z]))",
    // round 92: the talk moved "somewhere other than" the marketplace or here, the talk itself the verb ("any chance we can
    // chat somewhere other than depop", "talk anywhere but the app?"): round 80's "somewhere else" with the place named. Not a
    // meeting place ("meet somewhere other than the station")
    `(?<![a-z])(?:talk|chat|speak|continue|carry on|message|msg|text)(?: (?:this|it|me|us))? (?:somewhere|someplace|anywhere) (?:other than|but|besides|apart from|outside(?: of)?) (?:here|this (?:app|site|platform|chat)|the (?:app|site|platform|chat)|${MARKETPLACES_EN})(?![a-z])`,
    // round 92: a way asked to reach the reader "directly" or privately, the marketplace's chat passed over ("got a way to text
    // you directly?", "is there some way to reach you privately?"): the talk taken off the platform. Not a complaint
    // that there was none ("there wasn't any way to contact you directly")
    // (the way asked in a look-behind, so that the adverb, not " way to ", wakes the form)
    "(?<=(?<![a-z])(?<!(?:n't|not|never|no|without|hardly) )(?:a|another|some|any|other) (?:way|means|method) to )(?:reach|contact|get hold of|get in touch with|talk to|message|text) (?:you|u|ya) (?:directly|direct|privately|in private|personally|off here|off the app)(?![a-z])",
    // round 92: the reader asked to "reply with" or "comment" their socials (round 82's "send me your socials" with the answer's
    // verb), the clause ending there: the talk then moves there. Not their size or their colour, nor a story link for a giveaway
    // (the verb and "your" in a look-behind, so that the app's name, not "with your", wakes the form; "ur" is read as "your";
    // not "ig" or "fb", two letters inside other words)
    "(?<=(?<![a-z])(?:reply|respond|answer|comment|message me|msg me|dm me) (?:back )?(?:with|w/) your )(?:socials|social media|social handles|social handle|instagram|insta|snapchat|snap|facebook|whatsapp|telegram)(?: (?:handles?|ids?|accounts?|names?|usernames?|links?|details))?(?= ?(?:$|[,.!?;:\\n]| (?:and|&|so|then|or|below|pls|please|plz)(?![a-z])))",
    // round 92: the writer's other or private account messaged ("msg my second account", "dm my backup account"): the talk
    // moved off this one. Not the account told of ("my other account got banned"), nor messaged "from" it
    // (the verb and "my" in a look-behind, so that "other account" and the like, not " my other", wake the form)
    "(?<=(?<![a-z])(?:slide into|dm|pm|message|msg|text|hit up|inbox|contact|reach out to|reach) (?:my|our) )(?:other|second|backup|alt|private|personal|main) (?:account|acct|acc|page|profile|ig|insta|number)(?![a-z])",
    // round 94: the reader asked to add, e-mail, text or ring the writer, and the talk then had "there" ("just text me, we can
    // sort the details there"): the place is the ask's own app. Not "message me" or "dm me", which may be the marketplace's
    // chat. (The ask in a look-behind, the talk and "there" spelt out whole, so that "chat there", not "there", wakes it)
    "(?<=(?<![a-z])(?:add|email|e-mail|text|whatsapp|call|ring|phone|sms) (?:me|us)\\??[^.!?\\n]{0,16}?(?:then |and |, ?)(?:we(?:'ll| will| can| could)?|let'?s|i(?:'ll| will| can)) )(?:discuss there|talk there|chat there|continue there|sort it there|sort it out there|sort the details there|sort everything there|discuss it there|discuss the details there|talk more there|chat more there)(?![a-z])",
    // round 94: the reader's number asked for to ring or text them on ("got a number I can call you on?"): not the courier's or
    // the help desk's, named after. (The rest in a look-ahead: "number", not "i can", wakes the pattern)
    "(?<=(?<![a-z])(?:got|have|any|is there) a )(?:number|phone number|mobile number|mobile|cell|cell number)(?= (?:i|we) (?:can|could) (?:ring|call|text|reach|whatsapp|message|phone) (?:you|u|ya)(?: on| at)?(?![a-z]))(?![^.!?\\n]{0,60}?(?<![a-z])(?:customer service|support|helpline|help cent(?:re|er)|courier|rider|driver)(?![a-z]))",
    // round 94: the writer's own number or account as what the reader gets by messaging ("dm me for my whatsapp", "message us
    // for our personal number"): the contact handed over off the page. Not sizes, measurements or a code asked for
    "(?<=(?<![a-z])(?:message|msg|dm|pm|text|inbox|contact) (?:me|us) for )(?:my|our) (?:personal |private |direct |whatsapp |mobile |cell |phone )?(?:number|phone number|whatsapp|telegram|contact(?: details| info)?|email|e-mail|socials)(?![a-z])",
    // round 96: the reader sent to "our agent" or "the support team" on a chat app ("contact our agent on WhatsApp to release
    // the funds"): the platform's staff never move a case to a chat app, a fake support's script
    "(?<![a-z])(?:contact|message|text|reach|chat with|talk to|speak to|whatsapp) (?:our|the|my) (?:(?:customer |payment |safety |security |support |claims? )?(?:agent|support|support team|team|rep|representative|service|care|admin|manager|officer|staff|department|desk))(?: team)? (?:on|via|through|thru|over|at) (?:whatsapp|telegram|signal|viber|line|wechat|kakao|zalo|messenger)(?![a-z])",
    // round 98: the buyer's own personal or private contact asked for ("could you message me your personal email", "provide
    // your personal mobile number"): not a number for the delivery, which names no personal one
    "(?<![a-z])(?:share|send|give|leave|provide|message|dm|text|pm|drop)(?: (?:me|us))?(?: with)? (?:your|ur) (?:personal|private|own|direct) (?:email|e-mail|number|mobile(?: number)?|phone(?: number)?|cell(?: number)?|handphone(?: number)?|contact(?: details| info)?)(?![a-z])",
    // round 98: the talk moved off the platform ("need to move this convo off here", "take this chat off the app")
    "(?<![a-z])(?:move|take|continue|carry on)(?: (?:this|the|our))? (?:convo|conversation|chat|talk|discussion|dm|dms)(?: somewhere else)? (?:off|outside(?: of)?) (?:here|this (?:app|site|platform|chat)|the (?:app|site|platform))(?![a-z])",
    // round 98: Singapore's and Malaysia's "handphone", the reader's asked with "can" ("you leave your handphone number can?")
    "(?<![a-z])(?:leave|give|send|share)(?: me| us)? (?:your|ur) (?:handphone|hp)(?: (?:number|no\\.?))?(?![a-z])",
];
const EN = alternationChunks(EN_FORMS, 8);
/** On-platform messaging: "message me here", "use the message seller button". */
// (round 68: "here" in code-switched English too: Tagalog dito, Hindi yahan/idhar, Portuguese aqui, Spanish acá)
// (round 81: the shop's help desk by the names Taiwan's and the live apps' buyers use, 卖场客服, 小店客服, 商家客服)
const ON_PLATFORM = /(?<![a-z])(?:here|dito|yahan|idhar|aqui|aca)(?![a-z])|in the chat|through the app|on the app|平台客服|店铺客服|在线客服|平台内|(?:卖场|商家|官方|小店|抖店|店家)(?:的)?客服/;

/** round 89: right after "message me on": the app, the site or a marketplace named, and nothing naming another app after it. */
/** A marketplace's own place to be messaged on (a listing, a post, an order): its chat, not another app. */
const ON_A_LISTING = /^ (?:the |this |that |my |our |any |each )?(?:other |same |new |first |last |old )?(?:listing|item|post|ad|advert|order|thread|comment|live|stream)s?(?![a-z])/;
const ON_THE_MARKET = new RegExp(`^ (?:the |this )?(?:app|site|platform|${MARKETPLACES_EN})(?: app| site| chat| messages?| inbox)?(?:$|[.!,;)?]| (?:and|or|if|instead|anytime|any time|too|please|pls)(?![a-z]))`);
/** round 89: a chat app named after it ("message me on the app, it's called Signal"): that app, not the marketplace's. */
const ANOTHER_APP = /(?<![a-z])(?:whats ?app|telegram|signal|insta(?:gram)?|snap(?:chat)?|kik|viber|line|wechat|discord|facebook|messenger|skype|called|named)(?![a-z])/;
const PATTERNS = new Phrases([...ZH, ...EN], { split: PHRASE_PART_SOURCE });
/** Goods browsed on a shop's page, told right after 看主页 in the same sentence. */
const SHOP_GOODS = /^[^。！？!?\n]*?(?:宝贝|商品|新品|上新|新款|款式|全部|更多款|橱窗|分类|店铺名)/;
const CONTACT_AFTER = /联系|加我|私|找我|滴滴|戳|号|v(?![a-z])|微信|qq|电话/;
/**
 * The platform's own chat named right before a DM (在平台内私信我们, 站内私信我, 通过店铺客服私信, 点商品页的客服按钮私聊):
 * the message stays on the platform. Not the platform said to be no place for it (平台上不方便，私信我): the place must
 * run straight into the DM.
 */
const IN_PLATFORM_BEFORE = /(?:(?:平台|站|app|店铺|店|软件|小程序|商品页|详情页|订单页)(?:内|里|上)(?:面)?|站内信|(?:通过|用|点|在|经)(?:平台|店铺|商品页|详情页)?(?:的)?(?:客服|私信|聊天|消息)(?:按钮|入口|窗口|功能|框)?(?:里|中|内)?)(?:直接|来|去)? ?$/;
/**
 * Round 81: the platform's or the shop's customer service named as where the DM goes, with "this side" or "there" after it
 * (在抖店客服这边私聊改地址, 找小店客服那边私信一下, 跟官方客服私聊): the help desk in the app. Not someone's own 客服 reached
 * on an app (加客服微信私聊 names the app, which other rules read).
 */
const CS_BEFORE = /(?:在|找|跟|和|同|联系|通过|去|到)(?:抖店|抖音|快手|小红书|淘宝|天猫|京东|拼多多|视频号|微店|小店|店铺|官方|平台|直播间|店里|我们|本店)?(?:的)?(?:人工|在线|官方)?客服(?:这边|那边|这里|那里|处|窗口|入口)?(?:直接|来|去)? ?$/;
/**
 * The profile's videos and notes, named right after 看主页 / 看置顶 (置顶视频, 的作品, 第三个视频, 里的合集), then what they
 * show (教程, 试穿, 实拍, 测评…) a few words on.
 */
const PROFILE_CONTENT = /^(?:的|里的?|上的?)?(?:置顶)?(?:的)?(?:第[一二三四五六七八九十0-9]+个|那个|这个|最新的?|上一个|前面的?)?(?:视频|作品|笔记|合集|vlog|教程|测评|直播回放|回放|短视频)[^。！？!?\n]{0,16}?(?:教程|穿搭|试穿|实拍|测评|开箱|上身|效果|细节|讲解|做法|攻略|展示|对比|搭配|尺码|真人)/;
/** What the platform's own profile page holds, behind the avatar: its fan club (粉丝团, 灯牌), the follow button, the shop. */
const AVATAR_FEATURE = /^[^。！？!?\n]{0,10}?(?:粉丝团|粉丝灯牌|灯牌|关注|加团|进店|店铺|橱窗|直播间|会员)/;
/** An opening quote right before the match. */
const QUOTE_BEFORE = /["“‘']$/;
/** The rest of the quoted ask, its closing quote, then the kind of people or posts it names. */
const QUOTED_KIND_AFTER = /^[^"”’'\n]{0,24}["”’'] (?:crowd|lot|brigade|gang|brigade|types?|people|folks|sellers|shops|accounts|pages|listings|posts|ads|nonsense|rubbish|thing|game|culture|merchants|vendors)(?![a-z])/;
/** A verb of saying, then the opening quote, right before the match (round 90). */
// (round 96: or put in the listing, "seller put 'dm me' in the description")
const REPORTED_QUOTE_BEFORE = /(?<![a-z])(?:said|says|saying|wrote|writes|texted|messaged|replied|told (?:me|us|everyone)|put|puts|posted|added)\s?[:,]?\s?["“‘']$/;
/** Not a request by the writer ("让我私聊", "私聊了") nor one to stay on the platform ("message me here"). */
function keep(m: RegExpExecArray, canon: string): boolean {
  const tail = canon.slice(m.index + m[0].length, m.index + m[0].length + 14);
  if (/(?:让|叫|要|要求|请)我$|了$/.test(canon.slice(Math.max(0, m.index - 4), m.index))) return false;
  // a private message someone else sent, told (有人私讯说是客服, 陌生人私信叫你转账): the DM is the third party's, reported
  // or warned about, not the writer's ask
  // (a space between them in code-switched chat: 有人 dm 我)
  if (/(?:有人|陌生人|别人|骗子|对方) ?$/.test(canon.slice(Math.max(0, m.index - 4), m.index))) return false;
  // round 80: the ask quoted as the name of a kind of seller or post ("the 'DM for price' crowd", "all the "message me"
  // sellers", "these 'PM for details' listings"): the words mocked or told of, not asked
  if (m[0].charCodeAt(0) < 128 && QUOTE_BEFORE.test(canon.slice(Math.max(0, m.index - 2), m.index)) && QUOTED_KIND_AFTER.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 40))) return false;
  // round 90: the ask quoted as someone's words, a verb of saying right before the quote ('the seller said "whatsapp me"',
  // "he wrote 'DM me'"): told of, not asked; the quote must close right after the ask
  if (m[0].charCodeAt(0) < 128 && REPORTED_QUOTE_BEFORE.test(canon.slice(Math.max(0, m.index - 16), m.index)) && /^[^"”’'\n]{0,12}["”’']/.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 14))) return false;
  // the handle's sameness asked, not told ("same ID everywhere? For your order, yes…")
  if (/^same /.test(m[0]) && /^ ?\?/.test(tail)) return false;
  // the shop's own page opened for its goods (看主页的话点店铺名称进去就能看到全部宝贝): a bare 看主页 followed by the goods
  // to browse, with nothing of a contact, is the platform's storefront
  if (/^看(?:我的?)?主页$/.test(m[0]) && SHOP_GOODS.test(tail + canon.slice(m.index + m[0].length + 14, m.index + m[0].length + 24)) && !CONTACT_AFTER.test(tail)) return false;
  if (/^私(?:讯|信)$/.test(m[0]) && /^(?:叫|让|要|要求|说)(?:你|您|我)/.test(tail)) return false;
  // the shop's own customer service messaged (私信我们的客服, 私信我们售后): the platform's chat with the shop
  if (/我$/.test(m[0]) && /^们(?:的|店|店铺|家)?(?:官方)?(?:客服|售后)/.test(tail)) return false;
  // the avatar tapped for what the platform's own profile holds, named right after it (点头像下面那个加入粉丝团, 点头像关注,
  // 点头像进店铺): the fan club, the follow button and the shop are in the app; not with a contact after it (点头像关注，私我)
  if (/头像$/.test(m[0]) && AVATAR_FEATURE.test(tail) && !CONTACT_AFTER.test(tail)) return false;
  // the DM sent inside the platform, said right before it (在平台内私信我们, 站内私信我, 点客服按钮私信我, app里私讯我)
  if (IN_PLATFORM_BEFORE.test(canon.slice(Math.max(0, m.index - 10), m.index))) return false;
  if (CS_BEFORE.test(canon.slice(Math.max(0, m.index - 14), m.index))) return false;
  // bare 私讯 (Taiwan's "DM us") after a question to be asked or the order's shipping (有問題歡迎私訊，我們會盡快回覆;
  // 單號稍後私訊給你): the shop's help in the platform's chat, as 私信 without 我 is
  if (m[0] === '私讯' && /(?:有问题|有疑问|有任何问题|问题请|售后|单号|物流|进度|出货|发货)[^。！？!?\n]{0,8}$/.test(canon.slice(Math.max(0, m.index - 16), m.index))) return false;
  // round 81: the DM refused by the writer, right before or after it (别私聊，私聊不回; 不接受私信): the talk kept in the room
  if (/^(?:私聊|私信|私讯)$/.test(m[0]) && (/(?:别|不要|勿|禁止|谢绝|拒绝|不接受|不用|无需|不必)$/.test(canon.slice(Math.max(0, m.index - 3), m.index)) || /^(?:一律)?(?:不回|不会回|不理|不处理|没人回)/.test(tail))) return false;
  // round 81: the profile's pinned or other videos sent to for what they show (看我主页置顶视频有穿搭教程, 看我置顶的作品有试穿),
  // nothing of a contact after it: content on the platform, not the way to reach the writer
  if (/(?:主页|置顶)$/.test(m[0]) && PROFILE_CONTENT.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 30)) && !CONTACT_AFTER.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 24))) return false;
  // a phone number for the courier is for delivery, not for talking off the platform (速递/派送: Hong Kong's courier words);
  // not the contact on the writer's profile, which no courier is sent to (看主页联系方式，直接联系我发货)
  if (/手机|电话|联系方式|联络方式|phone|number|cell|mobile/.test(m[0]) && !/主页|简介|簡介|签名|簽名|个签|资料/.test(m[0]) && /快递|速递|配送|派送|派件|送货|发货|寄件|收件|物流|骑手|收货|courier|delivery|driver|rider|shipping|waybill|order note|checkout|address/.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 30))) return false;
  // (round 75: "off here", "outside of here", "away from here" is the platform left, not stayed on: "message me privately off here")
  // round 89: "message me on" the app, the site or the marketplace itself ("you can message me on the app"): its chat
  if (/ on$/.test(m[0])) {
    const on = canon.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (ON_THE_MARKET.test(on) && !ANOTHER_APP.test(on)) return false;
    // (session 21: or on one of the marketplace's own places, "message me on the other listing", "…on this post": its chat)
    if (ON_A_LISTING.test(on) && !ANOTHER_APP.test(on)) return false;
  }
  const stays = tail.replace(/(?<![a-z])(?:off|outside|away from)(?: of)? here(?![a-z])/g, ' ');
  return !(ON_PLATFORM.test(stays) && !/not|不|别|(?<![a-z])(?:nao|nahi|hindi|di|no)(?![a-z])/.test(stays));
}

/** "Add me / DM me / see my profile" with no handle yet. */
export default defineRule({
  id: 'contact-request',
  kind: 'contact_request',
  severity: 'low',
  trigger: /敲我|电话我|convo|conversation|personal|private|handphone|off[- ]?(?:platform|app|line)|内部价|滴滴|小窗|丝|si我|s我|s 我|si 我|s i ?我|s\.i ?我|s·i ?我|页面|帐号|账号|资料|reply|respond|give|bigay|lagay|iwan|ano|page|account|地方|地儿|平台|软件|app|给个|给一个|给下|给你|给您|leave|drop|share|take|move|continue|speak|msg|message|dm|d m|p m|hmu|find|contact|email|phone|ring|i'm|im |we're|on |bio|profile|shoot|reach|drop|价格|价钱|报价|详情|细节|私|微信|发我|给我|过来|vx|wx|qq|电话|手机|号码|滴|dd|扣|戳|主页|头像|简介|簡介|签名|簽名|个签|留|多少|好友|加|联系|联络|下播|不方便|唔方便|不好说|不好讲|不好谈|不好聊|唔好讲|唔好倾|唔好说|小号|私人号|新号|备用号|外面|外边|平台外|站外|场外|elsewhere|offline|privately|platform|another|different|dm|pm|inbox|message|text|talk|chat|take|move|send|what|check|contact|reach|whatsapp|telegram|signal|call|hit|add|ping|holla|outside|off here|same|starts with|begins with|easier|quicker|faster|simpler|touch|somewhere|someplace|viber|kakao|wechat|snapchat|messenger|imessage|never|rarely|seldom|hardly|chama|me liga|pasame|mandame|enviame|regalame|me pasas|me das|dame|passa|escribeme|hablame|hablemos|seguimos|coordinamos|fala comigo|adiciona|me add|barely|photo|pic|slide|image|nama sama|watsap|wasap|wassap|whatsap|whtsapp|whatapp|tawag|txt/,
  explain: {
    zh: {
      asked: '对方想让你私下联系（私信、看主页联系方式、留电话/微信），还没有给出具体账号。',
      risk: '这通常是把你引到平台外的第一步；平台外的沟通和交易没有担保，出了问题平台无法帮你。',
      instead: '有问题就在平台聊天里问清楚，不留私人联系方式；对方反复引导可向平台举报。',
    },
    en: {
      asked: 'The seller wants to talk privately (DM me, see my bio, leave your number) without a handle yet.',
      risk: 'This is usually the first step to take you off the platform, where there is no escrow and no help if things go wrong.',
      instead: 'Ask your questions in the platform chat and don’t share private contacts; report repeated attempts.',
    },
  },
  match: (ctx) => {
    return phraseMatches(ctx.canon, PATTERNS.for(ctx), keep);
  },
});
