import { PHRASE_PART_SOURCE, Phrases, defineRule, MAX_MATCHES_PER_RULE, phraseMatches } from '../rule';
import type { RawMatch } from '../rule';
import { sentenceEnd, sentenceStart } from '../scan';
import { LOOKALIKE_DOMAIN, MARKETPLACES_EN, MARKET_NICKNAMES_ZH, OFFICIAL_ACCOUNT_NAMES } from '../lexicon/words';
import { CHAT_NOUNLESS_ALT } from '../app-names';

/** WeChat and QQ by any of their names (薇信群, 扣扣群), but the ones that are common nouns (a penguin's 企鹅群). */
const APPS = CHAT_NOUNLESS_ALT;

/** The platforms' own apps, named to download: the buyer stays on a platform. */
const OWN_APPS = '(?:淘宝|手机淘宝|天猫|京东|拼多多|抖音|快手|小红书|闲鱼|得物|唯品会|美团|饿了么|支付宝|微信|当当)';
/** The other marketplaces and apps a seller keeps a shop or an account on, and what of theirs is named. */
const OTHER_MARKETS = `(?:闲鱼|咸鱼|拼多多|抖音|快手|小红书|淘宝|微店|有赞|得物|转转|${MARKET_NICKNAMES_ZH})`;
const OWN_SHOP_THERE = '(?:小店|店铺|店|号|主页|橱窗)?';

/** A shop's catalogue or price list (型录 is Taiwan's word), and the cloud drives it may be kept on. */
// (or the whole list of what is sold, 完整清单, 全部商品清单, 团购清单: a bare 清单 is also a packing or shopping list)
const ZH_CATALOGUE = '(?:型录|图册|价目表|价格表|价目单|报价单|产品册|产品目录|商品目录|货品目录|款式图|(?:全部|所有|更多|完整|其他|其它|其余)(?:的)?(?:款式|商品|货品|产品)|(?:完整|全部|全套|详细)(?:的)?(?:商品|货品|产品|款式|团购|拼团|报价)?清单|(?:商品|货品|产品|款式|团购|拼团|报价)清单)';
// (round 64: and a cloud photo album, 云端相簿 as Taiwan writes it, holding the catalogue)
const ZH_CLOUD = '(?:云端(?:硬碟|硬盘|相簿|相册)|网络相簿|网路相簿|网盘|云盘|百度云|度盘|google ?drive|gdrive|dropbox)';
/** …unless what is on the drive is the file the buyer bought or a download (电子版, 模板, 教程). */
const ZH_DIGITAL = /电子版|模板|素材|教程|课程|资料包|字体|壁纸|源文件|下载|已购|购买的|买的/;
/** The catalogue said to be on a drive, or the drive said to hold it (a phrase form below, and its shape in keep). */
const ZH_DRIVE = `${ZH_CATALOGUE}[^。！？!?\\n]{0,10}?${ZH_CLOUD}|${ZH_CLOUD}(?:里|上|中|内)?(?:面)?(?:有)?[^。！？!?\\n，,]{0,6}?${ZH_CATALOGUE}`;
const ZH_DRIVE_SHAPED = new RegExp(`^(?:${ZH_DRIVE})$`);

const ZH = new RegExp(
  [
    // (the group said in English inside Chinese talk: join 我的 grp, 进咱们的 group)
    '(?:join|进|入|加入?) ?(?:我们|我的|咱们)的? ?(?:group|grp)(?![a-z])',
    '进(?:我们|我的|咱们)?的?[^。！？!?\\n，,]{0,6}群', '入(?:我们|我的|咱们)的?[^。！？!?\\n，,]{0,6}群', '来(?:我们|我的|咱们)的?[^。！？!?\\n，,]{0,6}群', `(?:福利|粉丝|会员|私域|vip|交流|内部|团购|秒杀|优惠|宠粉|售后|${APPS}|q|老客户?|客户|团队|代理|货源|招商|分销|兼职|拿货|批发)群`,
    '群号', '入群', '拉(?:你)?进群', '加群', OFFICIAL_ACCOUNT_NAMES, '服务号', '订阅号', '视频号', '小程序',
    // the mini program as Taiwan and Hong Kong name it (小程式)
    '小程式', '(?:网盘|云盘|百度云|度盘)(?:链接|连结|资源|地址|私发|发你)',
    '下载(?:我们|我的|咱们)的?(?:app|软件|客户端)',
    // (…with a word for what the app is between, 下载我们的购物app, 下载我的会员软件: then only with the order or its
    // saving in the same sentence, as a descriptor may name a tool the goods come with; not a marketplace's own app)
    `下载(?:我们|我的|咱们)的?(?!${OTHER_MARKETS}|天猫|京东)[^。！？!?\\n，,的]{1,6}?(?:app|软件|客户端)(?=[^。！？!?\\n]{0,20}?(?:下单|购买|买|拍|补贴|优惠|便宜|会员价|领))`, '(?:我们|我的|自己)(?:的|个|嘅)? ?(?:app|官网|网站|网址|独立站|商城)',
    '独立站', '私域', '朋友圈', '(?:网址|网站|链接)[^。！？!?\\n]{0,4}(?:下单|购买|付款)',
    // (Cantonese puts a classifier for 的: 我哋個app, 自己個網站)
    // the same seller on another marketplace or app, cheaper there (闲鱼上搜我店名, 我们抖音小店)
    // (round 96: or by its nickname, and the search after a comma: 某红薯上，搜店名)
    `(?:闲鱼|咸鱼|拼多多|抖音|快手|小红书|淘宝|天猫|京东|微店|有赞|得物|转转|视频号|${MARKET_NICKNAMES_ZH})(?:上|里)?[，,]? ?(?:搜|找)(?:一下)?(?:我|我们|我的|本店|店名)`,
    `(?:我们|我的|咱们)(?:自己)?的?${OTHER_MARKETS}${OWN_SHOP_THERE}`, '私人链接',
    // round 98: the writer's own official site said to be had (我们有官网直营的, 我們有自己的官網), with a buying word as ever
    '(?:我们|我的|咱们|我家)(?:有|家)(?:自己的?)?(?:官网|网站|独立站|商城|小站)',
    // round 98: a site the writer built themselves (我自己搭了个小站): the goods are there
    '(?:自己|我)(?:搭|建|做|开)了?(?:个|一个)?(?:小站|网站|站点|商城|独立站)',
    // the writer's account on another marketplace, gone to for the order (需要的去我小红书下单, 来我闲鱼拍)
    `(?:去|到|来|上)我(?:的)?${OTHER_MARKETS}${OWN_SHOP_THERE}(?:上|里)?(?:下单|拍|买|购买)`,
    // round 96: …or gone to for a look, the buying or the lower price there said after it (去我dy看看，那边挂的车便宜)
    `(?:去|到|来|上)我(?:的)?${OTHER_MARKETS}${OWN_SHOP_THERE}(?:上|里)?(?:看看|看一下|看下|逛逛|瞅瞅)(?=[^。！？!?\\n]{0,24}?(?:便宜|优惠|下单|现货|挂的车|橱窗|价格|价钱|更低|划算))`,
    // …or on a cloud drive that sells its shares (去我网盘主页买, 来我百度网盘店铺下单): the writer's shop there, not the
    // download of what was bought (去我网盘下载, 在我网盘买的课程)
    `(?:去|到|来|上)我(?:的)?(?:百度网盘|夸克网盘|阿里云盘|网盘|云盘|百度云|度盘)${OWN_SHOP_THERE}(?:上|里)?(?:下单|拍|买|购买)(?![的了过])`,
    // joining the seller's community or page on some app: 加入我们的官方line社群, tg频道, ig专页 (Hong Kong's word for a page)
    '(?:加入|进入|关注)(?:我们|我的|咱们|本店|店铺)的?[^。！？!?\\n，,]{0,8}(?:群|社群|社区|频道|社团)', '(?:粉丝|会员|官方|私域|宠粉|福利|vip|买家|老客户?)(?:社群|社团)',
    // (the Latin name and the Chinese word often a space apart: facebook 专页, ig 频道; 賴 is LINE in Taiwan, not the
    // second half of 依赖 or 信赖)
    `(?:line|telegram|tg|whatsapp|fb|facebook|脸书|面书|discord|ig|电报|飞机|${APPS}|(?<![依信仰耍抵诬无百])赖) ?(?:私密|私人|秘密|内部|官方|专属|vip)?(?:社群|群组|频道|社区|社团|专页|群(?!众|体|岛|落|星|殴|发))`,
    // the seller's own app or site named by its brand (下载我们自己的“X”app, 我哋自己个「X」網站): the name between
    '(?:下载)?(?:我们|我的|咱们)自己(?:的|个|嘅)?[^。！？!?\\n，,]{1,10}?(?:app|软件|客户端|官网|网站|商城)(?![a-z])',
    // a cloud drive as Taiwan names it (云端硬碟, Google Drive) with its link (连结, 链接)
    '云端(?:硬碟|硬盘)(?:的)?(?:连结|链接|网址|资料夹)',
    // the brand's official site sent to, where the marketplace's fee is not paid (官网买更便宜：搜寻「X」官方网站，不用付虾皮手续费)
    '官(?:网|方网站|方商城)[^。！？!?\\n]{0,24}?(?:不用|不必|不需要|无需|免)(?:再)?(?:付|给|交|被扣?)(?:虾皮|shopee|平台|淘宝|lazada|momo|露天|旋转|carousell|闲鱼|拼多多)(?:的)?(?:手续费|抽成|佣金|服务费)',
    // 群 typed as its homophone 裙 (skirt) to get past a word filter (进裙, 加裙, 裙号): not a skirt's own part or a top
    // tucked into one (塞进裙子, 加裙摆, 扎进裙腰); 裙号 only pointed to or with a group's number (裙号：L is a size)
    '(?:进|入|加)裙(?!子|摆|边|撑|腰|兜|袋|内|里|底|长|身|装|款|衬|头|角|褶|片|带|裤|下|上)', '裙号(?=\\s*(?:在|见|看|放|挂|私|发|找|[:：是]?\\s*\\d{5}))',
    // the shop's own app or site named as its family's or the shop's (下载我们家的app, 本店自己的商城, 咱家官网)
    '(?:本店|我家|我们家|咱家)(?:自己)?(?:的|个|嘅)?(?:专属|官方)? ?(?:app|官网|网站|独立站|商城)(?![a-z])',
    // a group-buy or agents' community named by its trade (团购社团, 代购社群, 批发群组, 宝妈团购社团): where the buying is
    '(?:团购|代购|批发|拼团|开团|跟团|预购|宝妈|妈咪|团妈)(?:社群|社团|群组)',
    // a group, page or name to search for on a social app (FB搜「X」, 脸书搜寻“X”社团, line上搜我们的社群, tg搜频道 X): found there,
    // not here; a quoted name or a group's word after the search
    '(?:fb|facebook|脸书|ig|instagram|ins|line|telegram|tg|电报|discord|whatsapp|threads|dcard)(?:上|里|内)?(?:面)? ?(?:搜|搜寻|搜索)(?:一下|下)? ?(?:[「『“"‘]|(?:我们|我的|本店)?(?:的)?(?:店名|社团|社群|群组|专页|粉专|粉丝专页|粉丝团|频道))',
    // an app to download told by its name in quotes (下个app叫「X」, 下载一个软件名字叫“X”, 下个「X」app): the order goes there, as
    // 下载我们的app sends it (a buying word near); not the platforms' own apps (下载「淘宝」app)
    `下(?:载)?(?:个|一个|一下|好)? ?(?:app|软件|客户端|应用)(?![a-z])[^。！？!?\\n，,]{0,3}?(?:叫|叫做|名叫|名字叫|名字是|名称是|搜)[:：]? ?[「『“"‘](?!${OWN_APPS}[」』”"’])`,
    `下(?:载)?(?:个|一个|一下|好)? ?[「『“"‘](?!${OWN_APPS}[」』”"’])[^「『“"‘」』”"’\\n]{1,12}[」』”"’] ?(?:app|软件|客户端)(?![a-z])`,
    // the brand's official site priced under the listing, the buyer told to search the brand's name to find it (官网下单享
    // 85折，搜一下我们牌子; 搜一下我们店名，官网下单更便宜): the order goes there. Not a price compared with it (比官网便宜) nor
    // the site named with no search (官网购买有保修)
    // (the site is the match, what it offers and the search told after it)
    '官(?:网|方网站|方商城)(?=(?:上)?(?:购买|下单|买|订购|订)(?:的话)?(?:有|享|可享|能享|打|更|还|会|都)?[^。！？!?\\n，,]{0,4}?(?:\\d{1,2}(?:\\.\\d)? ?折|便宜|优惠|划算|实惠)[^。！？!?\\n]{0,20}?(?:搜|搜索|搜寻|查|找)(?:一下|下)?(?:我们|我的|本店|咱们|咱家|我家)?(?:的)?(?:品牌|牌子|店名|官网))',
    '(?:搜|搜索|搜寻)(?:一下|下)?(?:我们|我的|本店|咱们|咱家|我家)(?:的)?(?:品牌|牌子|店名)(?:名|名字)?(?=[^。！？!?\\n]{0,16}?官(?:网|方网站|方商城)(?:上)?[^。！？!?\\n，,]{0,8}?(?:\\d{1,2}(?:\\.\\d)? ?折|便宜|优惠|划算|实惠))',
    // the shop's catalogue kept on a cloud drive (完整型录放在云端硬碟, 全部款式图在网盘里, 价目表在云盘): the shopping moved to
    // the drive, as EN_DRIVE reads it in English
    ZH_DRIVE,
    // a named group typed with 裙 for 群 (加入粉丝裙, 交流裙里发隐藏款, 售后裙): the group's kinds that no skirt is called by,
    // not a skirt's own part or a skirt itself after (粉丝裙子, 内部裙摆)
    '(?:粉丝|会员|私域|vip|交流|内部|宠粉|售后|老客户?|代理|货源|拿货|批发)裙(?!子|摆|边|撑|腰|兜|袋|底|长|身|装|款|衬|头|角|褶|片|带|裤)',
    // a LINE official account (LINE官方帳號, LINE OA, 賴官方帳號), Taiwan's and Thailand's 公众号: followed for the shop's codes
    // and orders, the buying word near as for 公众号 (not 賴 inside 依賴 or 信賴)
    '(?:line|(?<![依信仰耍抵诬无百])赖) ?(?:官方(?:账号|帐号|账户|帐户|号)|oa(?![a-z]))',
    // the buyer sent to the shop's own site or app to buy there (下次直接来我们官网买, 去我们商城拍): as 去我闲鱼拍, the order
    // named in the match; not a past purchase nor one that cannot be made (上我们官网买的, 去我们官网买不到)
    '(?:去|到|来|上)(?:我们|咱们|我家|我们家|咱家)(?:的|自己的?)?(?:官网|官方网站|网站|独立站|商城|app)(?:上|里)?(?:下单|拍|买|购买)(?![的了过不到])',
    // round 62: an app to download named with 叫 but no quotes (下载那个app 叫X, 下个软件叫做X), the order then placed on it
    // (在那上面下单, 上面买): the buying moves there. Not the platforms' own apps (下个app叫淘宝 在上面下单), nor an app with no
    // order on it (下个app叫X 查物流)
    `下(?:载)?(?:那个|这个|个|一个|一下|好)? ?(?:app|软件|客户端|应用)(?![a-z]) ?[,，]? ?(?:叫|叫做|名叫|名字叫)(?!${OWN_APPS})[^。！？!?\\n，, ]{2,10}(?=[\\s,，]{0,2}(?:在|去|到|就在)?(?:那|这|它)?(?:上面|里面|上头|里头)(?:下单|买|拍|付款|订购|订))`,
    // round 63: a cloud drive named, then a clause or two on that an order form or the price list is in it (放网盘了，链接在简介，
    // 里面有订货表; 图都传云盘了 里面还有价目表): the ordering moves to the drive. Only 里面 with 有 before the form, as a drive's
    // photos alone (网盘里有实拍视频) order nothing
    // (the drive alone is the span, what is in it read ahead, so that the drive's names are what the prefilter looks for)
    `${ZH_CLOUD}(?=[^。！？!?\\n]{0,24}?里(?:面|头)(?:还|也)?(?:有|放了|放着|附了|附带)[^。！？!?\\n，,]{0,4}?(?:${ZH_CATALOGUE}|订货表|订购表|下单表|报单表|订货单))`,
    // round 71: another marketplace or short-video app named, and a name in quotes to search there (去抖音搜“王姐布行”, 快手里搜
    // 「小周木作」): the writer's shop or live room found by its name, the buying word near as for 闲鱼上搜我店名; not the
    // search for a video or a how-to (抖音搜“安装教程”看看 has no buying word)
    // (not the buyer's own search told, 我在淘宝搜“同款”便宜一半)
    `(?<!我(?:在|去|到|上)?)(?:闲鱼|咸鱼|拼多多|抖音|快手|小红书|淘宝|天猫|京东|微店|有赞|得物|转转|视频号)(?:app)?(?:上|里)?(?:面)? ?(?:搜|找|搜索|搜一下|搜下) ?[「『“"‘'][^「『“"‘'」』”"’\n]{1,12}[」』”"’']`,
    // round 86: the writer's group on an app joined in Cantonese or Chinese talk, the group said in English (入我 WhatsApp group,
    // 加入我哋 telegram channel, join 我们 discord server): the buying word still needed around it
    `(?<=(?:入|加入|入嚟|入来|join|进)(?:我们?|我的|我们的) ?)(?:(?:whatsapp|telegram|signal|facebook|discord|viber|messenger) ?(?:group|channel|server|community|chat group)|(?:fb|ig|tg|line) (?:group|channel|server|community|chat group))(?![a-z])`,
  ].join('|'),
  'g',
);
/**
 * A group's number or code pointed to on the profile (群号在主页, q群见简介, 群二维码在置顶), or in the live room's fan
 * badge (群号在粉丝牌里; 裙号, by its homophone): a group outside the platform, joined by searching its number, which
 * needs no buying word.
 */
const ZH_POINTER = new RegExp(`(?:群号|群号码|群聊号|裙号|q群号?|(?:${APPS})群号?|群二维码|群码)(?:码)?(?:在|见|看|放|挂)(?:我的?|我们的?|本店的?)?(?:主页|简介|簡介|头像|置顶|签名|资料|橱窗|个人页|背景图?|粉丝牌|粉丝团|灯牌)`, 'g');
/**
 * A group's number or code pointed to in the writer's WeChat Moments or QQ space (群二维码在我朋友圈, 群码我发朋友圈了,
 * 进群码放动态了, 看我朋友圈置顶的群二维码, "the group QR is on my WeChat Moments"): a feed on another app, where the
 * group is joined, so it needs no buying word, as the profile's pointer needs none. (Not a buyer who saw a code there:
 * 朋友圈里看到 is BENIGN's; not someone told to post the code there, 把群码发朋友圈; the feed named first is the writer's or
 * one the reader is sent to, not someone else's: 他朋友圈里的群码.)
 */
const GROUP_CODE = `(?:(?:${APPS}|q)?群(?:组|聊)?(?:号码?|二维码|qr ?code|qr码|码)|裙号|进群(?:二维)?码)`;
const MOMENTS_POINTER = new RegExp(
  `(?<!把)${GROUP_CODE}(?:我|我们|已|已经|都)?(?:在|见|看|放|挂|发)(?:在|到|了)?(?:我的?|我们的?)?(?:朋友圈|动态|说说|(?:qq|扣扣)?空间)` +
    `|(?:(?:看|翻|扫|去)(?:我的?|我们的?)?|我的?|我们的?)(?:朋友圈|动态|说说|(?:qq|扣扣)空间)(?:里面?|上)?的?(?:置顶)?的?(?:有|发了|挂着|挂了|放了|放着)?(?:我们的?|新的?)?${GROUP_CODE}` +
    '|(?:(?:group(?: chat)?|gc)(?:\'s)? (?:qr(?: code)?|code|invite(?: link)?|link)|(?:qr(?: code)?|code|invite(?: link)?|link) (?:for|to) (?:the |our |my )?(?:new |next )?(?:group(?: chat)?|gc))[^.!?\\n]{0,24}? (?:in|on) (?:my|our) (?:wechat )?moments(?![a-z])',
  'g',
);
/**
 * A site's address pointed to on the profile or in a picture (网址我放主页第二张图了, 官网地址见简介): the address kept off
 * the page so the platform does not catch it, and the buyer sent there. (Not a 链接: the platform's own product links
 * are pointed to in a showcase, 链接在橱窗.)
 */
const SITE_POINTER = /(?:网址|网站|官网|独立站)(?:地址|链接)?(?:我|我们|已|已经|都)?(?:放|在|见|挂|贴)(?:在|到|了)?(?:我的?|我们的?)?(?:主页|简介|头像|置顶|签名|评论区|第.张图|图片里|图里|背景图)/g;
/**
 * An app downloaded or an account restored on a site dressed up as the marketplace's ("Download the Seller Protect app
 * from ebay-sellerprotect dot net", "log in at paypal-verify-account.com to restore access"): the platform's apps come
 * from the app stores, its sign-in from its own site.
 */
const EN_LOOKALIKE = new RegExp(`\\b(?:download|install|log ?in|sign ?in|verify|restore|unlock|reactivate|confirm)(?![a-z])[^.!?\\n]{0,40}? (?:from|at|on|via|to|here:?) ${LOOKALIKE_DOMAIN}`, 'g');
/**
 * Round 93: the same site given first, the verb after it ("ebay-buyer-protect.com/claim/123, click it and fill in your card",
 * the link on a line of its own and "tap it n log in" on the next): the lure's order in chat. The verb within a few words
 * of the address (its path may stand between), and not forbidden ("…, don't click it"); the verb with its object ("click
 * it", "open the link"), so that a bare "open" or "enter" does not wake the pattern.
 */
const EN_LOOKALIKE_THEN = new RegExp(`${LOOKALIKE_DOMAIN}(?:/[a-z0-9/_=&%?-]{0,60})?[^.!?\\n]{0,4}?\\n?[^.!?\\n]{0,8}?(?<![a-z])(?<!(?:don'?t|do not|never|not|dont) )(?:click|tap|press|open) (?:it|this|that|the link|the site|here|on it)(?![a-z])`, 'g');
const LOOKALIKE_SHAPED = new RegExp(`^(?:${EN_LOOKALIKE.source}|${EN_LOOKALIKE_THEN.source})$`);
/**
 * Round 93: an app the buyer is told to install to take the writer's payment ("download the 'SafeSwap Pay' app and accept my
 * payment there", "install PayGuard to receive the money I sent"): the payment lives off the platform, in an app of the
 * writer's choosing. Not the marketplace's own app, nor its notices ("…to receive payment alerts"). ("get the app" is left
 * out: "download" and "install" wake the pattern, not "get" or "money".)
 */
const EN_PAY_APP = new RegExp(`(?<![a-z])(?:download|install) (?:the |this |my |our |an? )?(?!(?:the |this )?(?:${MARKETPLACES_EN})(?![a-z]))["'“‘]?[a-z0-9][a-z0-9 .-]{1,24}["'”’]? app(?![a-z])[^.!?\\n]{0,30}?(?<![a-z])(?:accept|receive|claim|confirm|release|collect) (?:my |the |your |this |our )?(?:payment|money|funds|transfer|cash)(?![a-z])(?! ?(?:notifications?|alerts?|updates?|status|history|settings?))`, 'g');
const PAY_APP_SHAPED = new RegExp(`^(?:${EN_PAY_APP.source})$`);
/**
 * The writer's own community on a chat app told as something they have or run ("we have a private Discord for restocks",
 * "I run a VIP Telegram group", "there's an invite-only WhatsApp community"), or named with a word that keeps it closed
 * ("our members-only Discord"): the sale must be there too (HAS_COMMUNITY in keep), not support or news.
 */
const COMMUNITY_APPS = '(?:line openchat|line open chat|openchat|telegram|tg|discord|whatsapp|facebook|fb|viber|messenger|signal|line|kakao|wechat)';
const CLOSED = '(?:private|vip|official|exclusive|secret|members?(?:-| )only|buyers?|customers?|invite(?:-| )only|insiders?|close friends)';
/**
 * The writer's chat-app community told as having the sale itself ("our Discord has a members-only sale", "my Telegram gets
 * cheaper prices"): the app is the match, so the app names are what wakes the pattern (not "has" or "my"); the sale
 * must come right after the verb (HAS_SALE in keep), not a bot, photos or an outage. (Not LINE or Facebook: "our line
 * has better prices" is a product line.)
 */
const HAS_APPS = '(?:discord|telegram|tg|whatsapp|viber|kakao|wechat|messenger|openchat)';
const HAS_VERB = '(?:has|have|gets|runs|posts|drops|offers)';
const EN_COMMUNITY_HAS = new RegExp(`(?<=(?<![a-z])(?:our|my) )${HAS_APPS}(?= ${HAS_VERB}(?![a-z]))`, 'g');
const APP_THEN_VERB = new RegExp(`^${HAS_APPS}$`);
const VERB_AFTER = new RegExp(`^ ${HAS_VERB}(?![a-z])`);
/** A sale right after "has" (a members-only sale, cheaper prices, exclusive deals), not a bot, photos or news. */
const HAS_SALE = /^ (?:(?:a|an|the|its|our|all|some|even|way|much|new|weekly|daily) )*(?:(?:members?[- ]only|exclusive|private|secret|vip|early|special|insider|cheaper|better|lower|bigger|flash|hidden|wholesale|subscriber) )*(?:sales?|drops?|deals?|discounts?|prices?|pricing|offers?|coupons?|restocks?)(?![a-z])/;
const EN_COMMUNITY = `(?:(?:we|i)(?:'ve| have| run| got|'ve got| started| opened| made| set up| also have)|there'?s|there is) (?:got )?(?:a|an|our|my) (?:own )?(?:${CLOSED} )?${COMMUNITY_APPS}(?: (?:group|grp|gc|channel|server|community|chat))?(?![a-z])|(?:our|my) ${CLOSED} ${COMMUNITY_APPS}(?![a-z])`;
// (round 65: the writer's link page, "my linktree", stands where "my website" does: the buying or price word still needed)
// (a group or channel kept in the writer's bio or profile, "join the group chat in my bio", "Discord link is on our
// profile", like "link in bio": found there, not here; the buying or price word still needed around it)
// (session 21: the link itself in the profile, "link in my profile to order", as in the bio)
// (round 75: the sale carried on in the writer's closed group with no app named, "bidding goes on in our VIP group after
// the live", "the rest are sold in my private group"; not a private group's tour or lesson; a price or sale word still needed)
// (round 94: the writer's Instagram or Messenger broadcast channel too, "catch the rest on our insta broadcast channel"; not
// "their", a channel told of)
const EN = new RegExp(`${EN_COMMUNITY}|` + /(?<![a-z])(?:my|our) (?:own |official )?(?:website|web site|site|webshop|app|online store)(?![a-z])(?! on)|(?<![a-z])(?:eigenen?|unseren?|meinen?) (?:online-?shop|webshop|website|homepage)(?![a-z])|(?<![a-z])(?<!(?:in|at|to) )(?:my|our) (?:own )?(?:store|shop)(?![a-z])(?! on)|(?<=(?:cheaper|less|lower|better|half)[^.!?\n]{0,30}(?:in|at) )(?:my|our) (?:own )?(?:store|shop)(?![a-z])(?! on)|(?<![a-z])(?:my|our) (?:store|shop)(?= (?:bio|description|profile|page|link))|(?<![a-z])(?:my|our) (?:linktree|link tree|linktr\.ee|biolink|bio link|beacons page|carrd|stan store)(?![a-z])|(?<![a-z])(?:my|our) (?:ig|instagram|insta|facebook|fb|tiktok|whatsapp|shopify|wix|squarespace|big ?cartel) (?:shop|store|page|catalog|catalogue)|link in (?:my |our )?(?:bio|profile)(?![a-z])|(?:link|links|link is|links are|link's) (?:in|on) (?:my|our) (?:bio|profile)(?![a-z])|(?:group chat|group|gc|channel|server|community|discord|telegram|whatsapp|tg)(?: (?:link|invite(?: link)?))? (?:is |'s )?(?:in|on) (?:my|our) (?:bio|profile)(?![a-z])|(?:telegram|discord|whatsapp|facebook|fb|viber|messenger|signal) (?:channel|group|grp|gc|server|community)|(?<=(?<![a-z])(?:our|my) )(?:insta|ig|instagram|messenger) broadcast channel|(?:grupo|canal|comunidad|comunidade) (?:vip |privado |exclusivo )?(?:de|do|da|del|en|no|na) (?:whatsapp|whats|wsp|zap|telegram|tg|facebook|fb|discord|signal|instagram)(?![a-z])|(?:join|follow|add yourself to|subscribe to|get on) (?:my|our) (?:(?:private|vip|official|exclusive|secret|buyers?|members?|customers?) )?(?:(?:telegram|tg|discord|whatsapp|facebook|fb|viber|messenger|signal|line|wechat|kakao|ig|instagram|insta)(?: (?:group|grp|gc|channel|server|community|page|chat|broadcast(?: list)?))?|group|grp|gc|channel|server|broadcast(?: list| channel| group)?)(?![a-z])|shopify|order (?:on|from|at) (?:my|our)|search (?:for )?(?:["“‘'][^"”’'\n]{2,40}["”’']|(?:our|my) (?:group|page|community|channel|shop|store|name)) (?:on|in) (?:facebook|fb|ig|instagram|insta|telegram|tg|discord|whatsapp|line|viber|tiktok)(?![a-z])|(?<=(?<![a-z])(?<!(?:share|shares|shared|sharing|post|posts|posted|posting|mention|mentioned|ask|asked|read|saw|seen|recommend|recommended)(?: it| this| that| them| these| those)? )(?:in|into|inside|over in|over to) (?:my|our) )(?:private|vip|secret|exclusive|members?[- ]only|invite[- ]only|close friends) (?:group|grp|gc|group chat|channel|server)(?![a-z])(?! ?(?:tours?|lessons?|class(?:es)?|sessions?|bookings?|rates?|events?|trips?|dinners?|packages?|discounts?|pricing|prices?|orders?|chat here))/.source, 'g');
/**
 * The writer's group named by its trade or its members, the chat app it is on said after it ("join our sourcing
 * community on Discord", "follow our reseller channel on WhatsApp"): the closed words of EN are not needed, the app is
 * named. The buying or price word is still needed around it (keep), so a support group for a crashing app is not one.
 * (round 82: or told as one the writer has, "we have a members group on WhatsApp where the real prices are"; "the real
 * price" is a price word there as "the best price" is; the writer's words in a look-behind, so that the group word and
 * the app wake the pattern, not "we have")
 */
const GROUP_ON_APP = '(?:group|grp|gc|channel|server|community|chat) (?:on|in|via) (?:telegram|tg|discord|whatsapp|facebook|fb|viber|messenger|signal|line|wechat|kakao|skype)(?![a-z])';
// (round 94: up to three words before the group, "we run a buy and sell group on FB")
const EN_GROUP_ON_APP = `(?:join|follow) (?:my|our) (?:[a-z][a-z'-]{1,20} ){1,2}${GROUP_ON_APP}|(?<=(?<![a-z])(?:we|i)(?:'ve| have| run| got|'ve got| started| set up| also have) (?:a|an) (?:[a-z][a-z'-]{1,20} ){1,3})${GROUP_ON_APP}`;
/**
 * The writer's own app named by its own name, to be downloaded ("install our LuckyCrate app for members-only prices",
 * "download our new app"): the buying moves there, as "our app" sends it. Not a marketplace's own app ("download our
 * Shopee app" is the platform), and the price or buying word still needed (keep).
 */
const EN_NAMED_APP = `(?:download|install|get) (?:my|our) (?:own )?(?!own )(?!(?:${MARKETPLACES_EN})(?![a-z]))(?:[a-z0-9][a-z0-9&'-]{1,24} ){1,2}(?:app|application)(?![a-z])`;
const HAS_COMMUNITY = new RegExp(`^(?:${EN_COMMUNITY})$`);
/**
 * Round 93: the group's invite offered to the reader in the same sentence ("we've got a WhatsApp group for regulars, want the
 * invite link?", "…, I'll send u the invite"): the reader asked in, whatever is said of the group. The offer at the head of
 * its clause or as the writer's own sending, not someone else wanting it ("my cousins want the invite").
 */
const INVITE_OFFERED = /(?:^|[,;:–—-] ?|(?<![a-z])(?:and|so) )(?:(?:do |d )?(?:you|ya) )?(?:want|need|fancy)(?: (?:the|an|a|my|our))? invite(?: link)?(?![a-z])|(?<![a-z])(?:i|we)(?:'ll| will| can| could) (?:send|dm|drop|pass|text|add) (?:you|ya)(?: (?:the|an|a|my|our))?(?: invite(?: link)?| in)(?![a-z])/;
/** What is sold in such a community: the goods bought or dropped there, or cheaper than here. */
// (not the order kept here: "…for restock alerts, but please order here on Shopee")
const SOLD_THERE = new RegExp(`(?<![a-z])(?:buy|bought|orders?|purchases?|checkout|check out|cheaper|for less|discounts?|sells?|selling|sold|claim|reserve|wholesale|(?:better|lower|best|special|members?'?|insider|vip|exclusive|secret|real|actual|true) (?:prices?|deals?|rates?|pricing)|(?:members?|vip|insider|subscribers?)[- ]only (?:sales?|deals?|prices?|drops?|discounts?))(?![a-z])(?! (?:it |them |one )?(?:here|on here|in here|(?:on|in|through|via) (?:the |this |our )?(?:app|site|platform|shop|store|listing|page|checkout|cart|${MARKETPLACES_EN}))(?![a-z]))`);
const URL = /(?<![a-z0-9@.])(?:https?:\/\/)?(?:www\.)?[a-z0-9-]{2,40}(?:\.[a-z0-9-]{2,20})?(?:\.|(?<=(?<![a-z0-9])www\.[a-z0-9-]{2,40}) \.)(?:com|net|shop|store|cn|top|xyz|site|online|co|io|tw|hk|sg|ph|vn|jp|kr|uk|au|ly|ee|gd|app|link|club|vip|cc|biz|info|ca|in|nz|org)(?:\/[a-z0-9_\-./?=&%]*)?(?![a-z0-9])/g;
/**
 * The site is an e-mail address's domain, or the end of one ("order@hx-factory.com", "david (at) gz-tools (dot) com",
 * "sales[at]hkwatch[dot]net"): e-mail-address reports the address; the domain is not a second channel.
 */
const MAIL_AT_BEFORE = /(?:@|[(\[{（] ?at ?[)\]}）]) ?$/;
function inMailDomain(canon: string, start: number): boolean {
  let k = start;
  while (k > 0 && start - k < 80 && /[a-z0-9.-]/.test(canon[k - 1]!)) k--;
  return MAIL_AT_BEFORE.test(canon.slice(Math.max(0, k - 6), k));
}
/**
 * round 84: an address with its one dot said as a word ("lakeside-rentals dot ca", "ourshopname dot in"): read only with a
 * name that cannot be a plain word (a hyphen, a digit or eight letters and more, so not "polka dot in red" nor "the dot com
 * bubble"), a site word before it in the sentence, and the words of buying there (URL_CTX) around it.
 */
const SPOKEN_URL = /(?<![a-z0-9-])(?:[a-z0-9]+-[a-z0-9-]+|[a-z]*\d[a-z0-9]*|[a-z]{8,40}) dot (?:com|net|shop|store|online|site|co|io|sg|ph|au|uk|ca|in|nz|my)(?: dot (?:au|uk|sg|ph|in|my|nz))?(?![a-z0-9])/g;
const SITE_WORD = /(?<![a-z])(?:site|website|web|webstore|webshop|shop|store|catalog(?:ue)?|page|booking|online|link|visit|dekho|check out|go to)(?![a-z])/;
/** Places that belong to the platform or are just named (QQ音乐, 京东小程序 already inside the app). */
/**
 * round 64: an order form kept off the platform (forms.gle/x, docs.google.com/forms/…), the ordering said in the sentence
 * (团购请填表单…统一收单, "pre-order via forms.gle/…"): the orders are taken there, not here. A form for a warranty or a
 * survey says no order.
 */
const FORM_LINK = /(?<![a-z0-9.])(?:forms\.gle|docs\.google\.com\/forms|forms\.office\.com|jotform\.com|surveycake\.com|tally\.so)\/[a-z0-9_\-./?=&%]+/g;
const FORM_ORDER = /下单|落单|订购|收单|接单|团购|预购|预订|订单|购买|(?<![a-z])(?:orders?|pre-?orders?|buy|purchase)(?![a-z])/;
// (round 86: not the 人群 inside 私人群组, a private group)
const BENIGN = /平台官方|支持|分享|兼容|登录|(?:京东|淘宝|天猫|拼多多|抖音|官方)(?:的)?小程(?:序|式)|群众|(?<!私)人群|群体|合群|超群|群岛|群星|裙|朋友圈里看到|jd\.com|taobao\.com|tmall\.com|amazon\.|ebay\.|etsy\.|alibaba\.com|aliexpress|1688\.com|made-in-china\.com|dhgate\.com|globalsources\.com|dangdang|suning|ctrip|携程|去哪儿/;
/** Here: this shop, its page or live room, the platform (这里, 店里, 直播间…). */
const HERE_ZH = '(?:这里|这边|这儿|呢度|呢边|平台|店里|店铺|本店|网店|直播间|橱窗)';
/**
 * Cheaper than here: the price there compared with this shop or platform (价格比这里低30%, 比店里便宜, 比平台上划算), or
 * with the live room, the cart or the listing the buyer is looking at (比直播间低, 比小黄车里便宜).
 */
const THAN_HERE = `比(?:${HERE_ZH}|小黄车|购物车|链接|详情页|[^。！？!?\\n,，]{1,6}?上)(?:里|内)?(?:的)?(?:价格?|价钱)?(?:还|更|都)?(?:低|便宜|实惠|划算|优惠|少|省|平)`;
/** The goods picked or ordered where the buyer is sent (到那边挑货, 去那里选款, 挑好了再说): the choosing is done there. */
const PICK_THERE = '(?:挑|选|拣)(?:货|款|款式|好了?)|(?:到|去)(?:那边|那里|那儿|那)(?:挑|选|看货|看款|买|下单|订)';
/** Words around an address that send the buyer there to buy (Cantonese orders with 落单 and says cheaper as 平啲, 平过; 啲 reads 些). */
const URL_CTX = new RegExp(`下单|落单|${PICK_THERE}|购买|订购|付款|订|便宜|平(?:好多|咁多|些|d|过|少少|一半)|抵过|会员价|批发价|order|buy|cheaper|download|members? (?:get|price|only|save|enjoy)|member price|wholesale|官网|我们的|我的|our|my (?:own )?(?:site|shop|store)|own (?:website|site|store|shop)|half the price|half price|lower price|discount|% off|半价|低价|折扣|${THAN_HERE}` +
  // (round 80: the same goods there, or the fees left out there: "— same stock, no fees", "fee-free on our site")
  `|(?<![a-z])same (?:stock|items|range|products|goods|stuff|pieces|listings)(?![a-z])(?! ?(?:phot|imag|pic))|no (?:[a-z]+ )?fees(?! (?:were|was|charged|have|had|applied|on))|fee-?free|without (?:the )?(?:[a-z]+ )?fees` +
  // (round 84: the stay booked direct there, or the marketplace's fees saved: "book direct at … and save the fees")
  `|(?<![a-z])book(?:ing)? direct(?:ly)?(?![a-z])|(?<![a-z])(?:save|skip|avoid|dodge) (?:the |on |their |its )?(?:[a-z]+ )?(?:fees?|commission|service charge)(?![a-z])` +
  // (Hindi-English: the goods cheaper there, "wahan saste milenge", "sasta milega")
  `|(?<![a-z])(?:saste|sasta|sasti|kam daam)(?![a-z])` +
  // (round 89: the marketplace's markup left out there, "no Etsy markup", "without the Amazon mark-up")
  `|(?<![a-z])(?:no|without|skip|minus|dodge|avoid) (?:the |any |their )?(?:[a-z]+ )?(?:markup|mark-up|upcharge)s?(?![a-z])`);
/**
 * Buyers told to order here after all: the same price in this shop, order in it. (Not told not to: "don't order
 * here" sends them away.)
 */
// (not told not to in Chinese either: 别在这里下单; 这 alone too, as typed: 就在这拍吧)
const STAY = new RegExp(String.raw`同价|(?<!(?:别|不要|不用|不必|不|勿|唔好|唔使|莫)(?:再)?)(?:在|请在)(?:本店|店里|店铺|这里|这边|这儿|这|平台)(?:内)?(?:下单|购买|拍)|(?<!(?:n'?t|\bnot|\bnever|\bno need to|\bstop) )order (?:here|in this shop|on this listing)|same price (?:here|as here)|(?:prices? (?:here )?(?:are|is) (?:the )?same as|same prices? as) (?:on |at |in )?(?:our|my|the) |(?<!(?:n'?t|\bnot|\bnever|\bno) )(?:orders?|ordering|checkout|purchases?) (?:are |is |go |goes |happen |only )*(?:through|on|via|in) (?:the app|here|this (?:app|site|shop|store)|(?:${MARKETPLACES_EN})(?![a-z]))|(?:下单|购买|订购|付款)(?:请|都|只|还是|一律)?(?:回到|回|在|到)(?:本店|店里|店铺|这里|这边|平台|虾皮|淘宝|天猫|京东|拼多多|闲鱼|抖音|快手|小红书|shopee|露天|momo)(?:上|里|内)?(?:下单|购买|订购|付款)?(?![^。！？!?\n]{0,6}?(?:以外|之外|外面))`);
/** A site named for looking something up: a courier's tracking, a maker's manual, drivers or warranty. */
// (round 95: or the goods registered or activated with their maker, "register your machine at dyson.com.sg", "activate the
// device at …", or checked as genuine there: a brand's service for what was bought, not a place to buy; not "register at
// x.com for 20% off", an account made where the shop sells)
const TOOL_SITE = /物流|快递|查询|可以查|查看物流|说明书|驱动|保修|track|manual|driver|warranty|support\.|(?<![a-z])(?:register|activate)(?: your| the)?(?: new)? (?:machine|product|device|appliance|unit|purchase|vacuum|purifier|item)s?(?![a-z])|product registration|authenticity|verify (?:it'?s |that it'?s )?genuine/;
/** Round 89: a free thing claimed at the site (not a free warranty, repair or replacement, which a brand's support gives). */
const GIFT_CLAIMED = /(?<![a-z])(?:get|claim|receive|redeem|unlock|collect|for) (?:a |an |your |one )?(?:free|bonus|complimentary) (?:gift|item|product|sample|bottle|pair|unit|accessory|case|set|pack|surprise)s?(?![a-z])|(?<![a-z])free gifts?(?![a-z])/;
/**
 * "our store", "my shop", "our site" with nothing more: on a marketplace page that is the seller's shop there. (As words:
 * "your shop" is the buyer speaking of the seller's.)
 */
/** The writer's link page ("my linktree", "our bio link"), named as a bare site is. */
const LINK_PAGE = /^(?:my|our) (?:linktree|link tree|linktr\.ee|biolink|bio link|beacons page|carrd|stan store)$/;
const BARE_STORE = /^(?:my|our) (?:store|shop|site)$/;
/**
 * The shop saying it does not go outside ("our shop does not take payments outside of the platform", "our store never
 * sells direct"): the sign of leaving is what it refuses.
 */
const DENIES_LEAVING = /^[^.!?\n]{0,24}?(?:\bnot|n'?t|\bnever|\bno longer)\b[^.!?\n]{0,30}?(?:outside|direct|instead)/;
/** Signs that the store is somewhere else: cheaper there, instead, a link or address, a discount for going there. */
// (round 94: the shop said to be moving off the marketplace, "we're leaving Depop soon, bookmark our site")
const OFF = /(?<!not |never |n't )(?:moving|moved|migrating|switching) (?:off|away from) (?:here|the app|etsy|ebay|amazon|depop|vinted|shopee|lazada|carousell|poshmark|mercari)|(?<!not |never |n't )leaving (?:etsy|ebay|amazon|depop|vinted|shopee|lazada|carousell|poshmark|mercari)|cheaper|instead|outside|direct|lower than|than (?:on |at |in )?(?:here|this|the app|amazon|ebay|etsy|shopee|lazada|depop|carousell)|members? (?:get|price|only|save)|wholesale|\.(?:com|shop|store|net|co)\b|link|url|save|saving|discount|% off|lower price|half|for less|better price|fees/;
/**
 * Round 83: the discount taken off at the checkout or in the cart ("buy 2 from my shop, get 10% off at checkout", "the
 * bundle discount applies in your cart"): a multi-buy of the platform shop, whose checkout is the platform's. Not when a
 * stronger sign of leaving stands beside it (OFF_STRONG).
 */
const CHECKOUT_DISCOUNT = /(?:% off|discount|off automatically|deducted|applied|applies)[^.!?\n]{0,24}?(?:at|in|during|on) (?:the |your )?(?:checkout|check out|cart|basket|bag)(?![a-z])/;
const OFF_STRONG = /cheaper|instead|outside|direct|lower than|than (?:on |at |in )?(?:here|this|the app)|\.(?:com|shop|store|net|co)\b|link|url|fees/;
/**
 * The offer kept from this page, so it is only where the buyer is sent (呢度唔会放, 这里不会发, 直播间不上架): said of the
 * shop's own page, the live room or the platform, at the end of its clause (这里不卖假货 says what is sold here).
 */
const ONLY_THERE = '(?:这里|这边|呢度|呢边|直播间|店里|店铺|平台)(?:上|里)?(?:都|就|是)?(?:唔会|唔|不会|不|冇|没有?)(?:放|发|上架?|卖|公开|贴)(?:的|喔|哦|啦|喇|㗎|架|嘅|呀|了|呢|嘛)?(?=$|[\\s,，。.!！?？~～])';
/**
 * A price or selling word: counts for a group, a site or an app. (Cantonese compares with 过: 平过呢度, "cheaper than
 * here", or says how much cheaper: 平好多, 平啲 (read 平些); a "hidden price", 隐藏价, is one only members there see.) (Sales held there, or the fees the platform would
 * take left out: "for direct sales, no platform fees", "fee-free"; or cheaper than here.)
 */
// (round 86: and an early-bird price, "early bird 价", 早鸟价, offered to who joins)
const PRICE = new RegExp(
  // (round 96: and the price words of Portuguese, Spanish and Malay chat: cupom, preços menores, harga borong, diskon)
  `sell|price|half|discount|lower|cheap|save|saving|deal|% off|less|gunstiger|billiger|rabatt|cupom|cupons|cupon|cupones|precos|precios|menores|mais barato|mas barato|harga|murah|borong|diskon|diskaun|(?<!no |not |non-|zero )\\bsales?\\b|no (?:[a-z]+ )?fees|fee-?free|without (?:the )?(?:[a-z]+ )?fees|without (?:the |any )?(?:[a-z]+(?:-[a-z]+)? )?(?:mark-?ups?|commissions?|surcharges?|service charges?)|团购|更低|低价|折扣|特价|内部价|批发价|出厂价|半价|新人价|专享|价格更|价更|更优惠|会员价|划算|实惠|省钱|那边|平过|平(?:好多|咁多|些|d|少少|一半)|抵过|隐藏价|隐藏优惠|清仓|清货|甩卖|劈价|${THAN_HERE}|${ONLY_THERE}|early ?bird|早鸟` +
    // bargains to be had there (进群捡漏, 薅羊毛, 领福利), a first-order deal (新客85折) or a discount said as a tenth (8.5折,
    // spaced as a writer mixing digits and characters types it: 享 9 折; not 2 折叠, a fold)
    `|捡漏|薅羊毛|(?:领|发|抢)福利|福利价|新客|(?<![\\d.])\\d{1,2}(?:\\.\\d)?折|(?<![\\d.])\\d{1,2}(?:\\.\\d)? 折(?!叠|纸|腾|射|服|页|线|痕|断|弯)|打折` +
    // a freebie to be claimed there (进群领电子版, 入群领取资料包, 群里领小样): the gift is the lure to the group
    `|领(?:取)?(?:[^。！？!?\\n,，]{0,3}?)(?:电子版|资料|红包|赠品|礼品|礼物|小样|试用装?|样品|奖品|教程|课程|模板|素材|壁纸|贴纸|手册|攻略)` +
    // (…or anything said to be free, the sales meeting's lure for older buyers: 进群免费领挂面, 入群领免费小礼品)
    `|免费领|领(?:取)?免费` +
    // (…or a subsidy on the price there, not the marketplace's own 百亿补贴)
    `|(?<!百亿)补贴` +
    // (round 75: the goods auctioned there, "bidding carries on in the group", "auction in the group, link in bio")
    `|(?<![a-z])(?:bidding|bids|auctions?|auctioned)(?![a-z])`,
);
/**
 * A daily service held in the group, a coach or a class the buyer gets by joining (群里每天有健康讲座, 每天老师带大家练): the
 * sales meeting's group, where the selling follows. For groups only: an app or a site with daily check-ins is no lure.
 */
const DAILY_IN_GROUP = /每天(?:都|会)?(?:有)?[^。！？!?\n,，]{0,5}?(?:带(?:你|大家|您)|讲课|上课|讲座|答疑|打卡)/;
/** Agents or part-timers recruited to resell (招代理, 兼职, 一件代发, 货源): the group is where the goods are sold to them. */
const RECRUIT = /代理|兼职|招募|招商|一件代发|货源|拿货|进货|分销|副业/;
/**
 * The platform's own share or invite-a-friend activity: the link is the buyer's own (好友通过你的链接下单, 你的专属链接),
 * shared to friends for a coupon. A seller's link is "mine" or "this one".
 */
const REFERRAL_LINK = /(?:你|您)的(?:专属|分享|邀请|推广)?链接$|(?:分享|转发)(?:到|给)[^。！？!?\n]{0,12}好友|邀请(?:好友|朋友|新用户|新人)/;
/**
 * (入来/入去 is Cantonese for 进来/进去, 入我哋… for 进我们…; 看货, "see the goods", is what a buyer comes in for:
 * 入嚟睇多啲貨)
 * (a code pointed at and scanned to get in, 扫图三那个码进群, is the way there as much as 扫码)
 */
// (round 68: and Spanish and Portuguese buying and price words, as code-switched chat writes them: compras ahí, mais barato, promo)
// (round 86: and Hong Kong's and Taiwan's words: 预购 (pre-order), 连结 (a link), 入咗…先有得 (joined, then you get to pick))
const BUY = /(?<![a-z])(?:compras?|compre|comprar|comprás|barato|promos?|promocao|promocion|ofertas?|desconto|descuento)(?![a-z])|下单|落单|成交|才(?:能|可以|可)?(?:拿|领|获取|得到|看到|收到|下载)|购买|私发|付款|转账|打款|汇款|订购|开团|跟团|order|buy|shop|(?<![a-z])(?:book|reserve)(?![a-z])|cheaper|download|install|members? (?:get|price|only|save|enjoy)|member price|wholesale|便宜|优惠|领券|进|入来|入去|入(?:我们|我的|咱们)|看(?:更多|多些|多点)?的?新?货|扫[^。！？!?\n,，]{0,8}?码|加|搜|(?<![a-z])search ?(?:for )?(?=[\u3400-\u9fff「『“"])|关注|入口|链接|link|join|drops|券|抢|秒杀|上新|接龙|返现|福利|打 ?[\d一二三四五六七八九.]{1,3} ?折|(?:价|价格|价钱)(?:再|更|还)?(?:低|便宜|实惠|划算)|预购|预订|连结|入咗|入左|先有得|先至有得/;

/**
 * A cloud-drive share: the drive named with a share code or link (百度网盘…提取码, pan.baidu.com/s/…). Moving files
 * (and the talk around them) to another site needs no buying word.
 */
const DRIVE = /(?:网盘|云盘|百度云|度盘|夸克|阿里云盘)[^。！？!?\n]{0,24}?(?:提取码|提取密码|访问码|pan\.baidu\.com\/s\/|链接[:：])|(?:pan\.baidu\.com|aliyundrive\.com|alipan\.com|pan\.quark\.cn)\/s\/[a-z0-9_-]+|提取码[:：]? ?[a-z0-9]{4}(?![a-z0-9])/g;
/**
 * The seller's catalogue or the rest of the stock kept on a cloud drive ("full catalogue on google drive: …", "more
 * designs in my Dropbox folder", "gdrive link for the whole price list"): shopping moved to the drive.
 */
/**
 * (the goods named by their craft too: "all my crochet patterns are in a Google Drive folder", "the rest of our vintage
 * pieces in Dropbox")
 * (…or the whole of what the shop has, called its library or collection: "the full pattern library is on my Google Drive",
 * "my entire sticker collection in Dropbox"; only whole, as "my photo library" on a drive is the writer's own backup)
 */
// (round 87: or the goods' pictures with their prices beside them, "Dropbox folder with every skin's pics + prices, order
// there": priced stock is a catalogue, with a buying word after it in the message; pictures alone are not)
const CATALOGUE = '(?:(?:my|our|the|full|complete|whole|entire|updated|latest|new) (?:full |complete |updated |latest )?(?:catalog(?:ue)?|price ?list|stock ?list|lookbook|price ?(?:sheet|table)s?|stock ?sheets?|quotation sheets?|wholesale (?:price ?)?(?:list|sheet)s?)|(?:more|all (?:my|our|the)|the rest of (?:my|our|the)|our other|my other) (?:[a-z]+ )?(?:stocks?|items|products|designs|styles|pieces|listings|models|patterns)|(?:full|complete|whole|entire) (?!(?:photo|picture|music|video|song|movie|film|family|personal|book|ebook|game|email|mail|file)s? )(?:[a-z]+ )?(?:library|collection|archive|inventory|range)|(?<![a-z])(?:screenshots?|ss|pics|pictures|photos|stock|items|accounts|accs|listings|cards|slabs|skins) ?(?:\\+|&|and|with|w\\/) ?(?:their |the |all )?(?:prices|pricing)(?![a-z])(?=[^\\n]{0,60}?(?<![a-z])(?:order|buy|purchase|cop|dm|pm|msg|message|pay)(?![a-z])))';
const CLOUD = '(?:google drive|gdrive|g-drive|dropbox|onedrive|one drive|icloud (?:drive|link|album)|mega (?:link|folder)|google (?:docs?|sheets?)|(?:drive|docs)\\.google\\.com|dropbox\\.com|1drv\\.ms|mega\\.nz)';
// (the drive first, what it holds after it: "our OneDrive folder with every design, the price file and photos", up to 40
// characters between, a list of what the folder holds)
const EN_DRIVE = new RegExp(`${CATALOGUE}[^.!?\\n]{0,30}?${CLOUD}|${CLOUD}(?: folder| link| album)?[^.!?\\n]{0,40}?${CATALOGUE}`, 'g');
/** A file sold or handed over on the drive: a template, a printable, a digital download (a "price list template"). */
// (or what the buyer bought here, delivered there: "the full pattern library you purchased is on Google Drive")
const DIGITAL_GOODS = /template|printable|digital|download|editable|instant|canva|file|pdf|spreadsheet|backup|back(?:ed|s|ing)? up|sync|your (?:purchase|order)|you (?:bought|purchased|ordered)/;
const DRIVE_DECLINED = /(?<![a-z])(?:instead of|rather than|not (?:on|in|via|through)|no need for)(?![a-z])/;
const DRIVE_SHAPED = new RegExp(`^(?:${EN_DRIVE.source})$`);
/**
 * Round 80: the writer's selling said to have moved to a closed group, joined by asking ("we moved to a private group,
 * request to join and I'll approve you", "shop's moved to a members-only channel, DM me for an invite"): the buyer is
 * sent there with the way in. Not a group moved with no way in offered ("the club moved to a private group last year").
 */
const EN_MOVED_GROUP = `(?:moved|migrated|switched|moving) (?:over |everything |all sales |the shop )?to (?:a|our|my|the) (?:new )?(?:private|closed|vip|secret|members?[- ]only|invite[- ]only) (?:group|grp|gc|group chat|channel|server|page)(?![a-z])(?=[^.!?\\n]{0,40}?(?:(?:request|ask|apply) to join|(?:i|we)(?:'ll| will|ll|'d| can) (?:approve|accept|add|let) (?:you|u)|(?:dm|message|pm|msg|text) (?:me|us) (?:to join|for (?:the |an )?(?:link|invite|access))))`;
const EN_MOVED_SHAPED = new RegExp(`^(?:${EN_MOVED_GROUP})`);
/**
 * Round 89: the seller's own site told by the buyer it was pushed on, "their own" or "his own" ("the insert sent me to
 * their own website for lower prices"): the writer's "my/our" form in a report; keep still wants the buying or price word.
 */
// (the possessive in the look-behind, so that "own site", "own store"… is the literal that wakes it, not "site" alone)
const EN_THEIR_SITE = "(?<=(?<![a-z])(?:to|on|at|via|through|from|onto|towards?) (?:their|his|her|the seller'?s|the shop'?s|the store'?s) )own (?:website|web site|site|store|shop|webshop|web shop|online store|web store)(?![a-z])";
/**
 * Round 90: Taglish, the reader told to join the writer's group chat on a chat app ("sali kayo sa group chat ko sa viber",
 * "pasok ka sa gc sa telegram"): the join verb, the group with "sa" or "on", then the app.
 */
const TL_GROUP_ON_APP = '(?<![a-z])(?:join|mag-?join|sali|sumali|pasok|pumasok)(?: (?:ka|kayo|na|lang|nalang|po|muna|din|rin|niyo|nyo)){0,4} (?:sa|in|to) (?:gc|group chat|gm|grupo)(?: (?:namin|ko|natin|po|ng shop)){0,2} (?:sa|on|in) (?:messenger|viber|telegram|whatsapp|fb|facebook|discord|signal)(?![a-z])';
/**
 * Round 91, the words of foreign buyers of Chinese shops, each keyed on its rare word: the writer's own WeChat mini program
 * with a buying word near ("buy through our mini-program, 8% off what the shop charges"; not the platform's, "the Taobao mini
 * program", nor one named with no buying); a finds community's group joined ("join our W2C channel", "follow our haul
 * group"); the writer's Yupoo or Szwego catalogue with a way to order there ("our yupoo album has it all, order by DM"; not
 * a catalogue looked at, "the pics are from their yupoo"). (Round 94: or the goods seen there first, "new drops show first on our
 * mini program".)
 */
const EN_MINI_PROGRAM = String.raw`(?<![a-z])(?:my|our) (?:own |wechat |weixin )?(?:mini program|mini-program|miniprogram|mini programme|mini-programme)(?![a-z])(?=[^.!?
]{0,40}?(?<![a-z])(?:order|buy|cheaper|less|discount|off|price|deal|checkout|pay)(?![a-z]))|(?<![a-z])(?:order|buy|shop|pay|check ?out)(?:ing)? (?:through|via|in|on|from|with) (?:my|our) (?:own |wechat |weixin )?(?:mini program|mini-program|miniprogram|mini programme|mini-programme)(?![a-z])|(?<=(?<![a-z])(?:first|early|earlier) (?:on|in|via|through) )(?:my|our) (?:own |wechat |weixin )?(?:mini program|mini-program|miniprogram|mini programme|mini-programme)(?![a-z])`;
const EN_FINDS_GROUP = String.raw`(?<=(?<![a-z])(?:join|follow|get in|get into) (?:my|our) )(?:finds|w2c|haul|hauls|daigou) (?:group|grp|gc|group chat|channel|server|chat|discord|telegram|community)(?![a-z])`;
const EN_CATALOGUE_SITE = String.raw`(?<![a-z])(?:my|our) (?:yupoo|szwego)(?: (?:album|albums|catalogue|catalog|page|store|site))?(?![a-z])(?=[^
]{0,60}?(?<![a-z])(?:order|orders|buy|dm|message|msg|contact|inbox|pm)(?![a-z]))`;
/**
 * Round 94, each keyed on its own rare words: the seller's own app told by the buyer it was pushed on ("the card said to
 * install their own app for 20% off", round 89's site as an app); the writer's own drive or shared folder with a reason to
 * go there (OWN_DRIVE_SHAPED in keep: "all our prints are in our shared folder, easier to browse than on here"; not a
 * backup, "my photos sync to my dropbox"); the Taglish group chat of the writer's with the price there ("sali kayo sa gc
 * namin, mas mura dun"), round 90's join with no app named; the Malay group on an app of "kami" with a price word ("jom join
 * group telegram kami, harga murah"); the writer's "official account" followed in English (the default reading wants a
 * price or buying word); and the writer selling or going live on another platform or app ("we're going live on a different
 * app tonight, cheaper there"; not a buyer who saw it "cheaper on another site": the writer's own verb in the look-behind).
 */
/** (another platform, app or site spelt out whole, so that "another app", not "another", wakes the pattern) */
const OTHER_PLACE = ['another', 'a different', 'a separate', 'our other', 'my other'].flatMap((a) => ['platform', 'app', 'site', 'website'].map((n) => `${a} ${n}`)).join('|');
const EN_THEIR_APP = "(?<=(?<![a-z])(?:download|install|get|use) (?:their|his|her|the seller'?s|the shop'?s|the store'?s) )own app(?![a-z])";
const OWN_DRIVE = '(?<![a-z])(?:my|our) (?:shared |cloud |google )?(?:dropbox|google drive|gdrive|onedrive|shared folder|cloud folder|drive folder)(?![a-z])';
const TL_GC_CHEAPER = '(?<![a-z])(?:join|mag-?join|sali|sumali|pasok|pumasok)(?: (?:ka|kayo|na|lang|nalang|po|muna|din|rin|niyo|nyo)){0,4} (?:sa|in|to) (?:gc|group chat|gm|grupo)(?: (?:namin|ko|natin|po|ng shop)){1,2}(?![a-z])(?=[^.!?\\n]{0,50}?(?<![a-z])(?:mas mura|murang|mura|sale|discount|promo|presyo)(?![a-z]))';
const MS_GROUP_ON_APP = '(?<![a-z])(?:join|masuk|sertai|gabung|ikut)(?: (?:la|lah))? (?:group|grup|kumpulan|channel|saluran) (?:whatsapp|wasap|wa|telegram|tele|fb|facebook)(?: (?:kami|saya|kita))(?![a-z])(?=[^.!?\\n]{0,60}?(?<![a-z])(?:murah|promo|diskaun|diskon|harga|sale|offer|deal|borong)(?![a-z]))';
const EN_OFFICIAL_ACCOUNT = '(?<=(?<![a-z])(?:follow|subscribe to|join) (?:our|my) )official account(?![a-z])';
const EN_OTHER_PLATFORM = `(?<=(?<![a-z])(?:we|i)(?:'re|'m| are| am|'ll be| will be)? (?:going live|live|selling|posting|listing|moving|restocking|dropping)(?: [a-z]+){0,3} (?:on|to) |(?<![a-z])(?:we|i) (?:use|have|run|got) )(?:${OTHER_PLACE})(?![a-z])`;
/** …the price there (EN_OTHER_PLATFORM, EN_OFFICIAL_ACCOUNT): cheaper, members' prices, or the best offers kept off here. */
const PRICE_THERE_EN = /(?<![a-z])(?:cheaper|lower prices?|discounts?|\d+ ?% off|(?:member|members'?|vip|special|better|best|exclusive) (?:pricing|prices?|offers?|deals?)|never (?:go|goes) up (?:on|here)|not (?:on|listed on) (?:here|the app))(?![a-z])/;
const MS_JOIN = /^(?:join|masuk|sertai)(?: (?:la|lah))? (?:group|grup|kumpulan|channel|saluran) /;
const OWN_DRIVE_SHAPED = new RegExp(`^${OWN_DRIVE}$`);
/** …the reason to go to the drive (OWN_DRIVE): browsing or buying there rather than here, or access given to the reader. */
const DRIVE_REASON = /than (?:here|on here|the app|on the app)|instead of|rather than|give (?:you|u) access|(?:share|send) (?:you|u) (?:the )?(?:link|access)|(?<![a-z])(?:browse|subscription|subscribe|cheaper|order|buy)(?![a-z])/;
/** …and not the reader's own order delivered there, nor a backup. */
const DRIVE_OWN_USE = /you (?:bought|purchased|ordered)|your (?:purchase|order|download)|backup|back(?:ed|s|ing)? up|sync/;
const EN_NAMED = new RegExp(`${EN_GROUP_ON_APP}|${EN_NAMED_APP}|${EN_MOVED_GROUP}|${EN_THEIR_SITE}|${TL_GROUP_ON_APP}|${EN_MINI_PROGRAM}|${EN_FINDS_GROUP}|${EN_CATALOGUE_SITE}|${EN_THEIR_APP}|${OWN_DRIVE}|${TL_GC_CHEAPER}|${MS_GROUP_ON_APP}|${EN_OFFICIAL_ACCOUNT}|${EN_OTHER_PLATFORM}`, 'g');
const PATTERNS = new Phrases([ZH, EN, EN_DRIVE, EN_LOOKALIKE, EN_COMMUNITY_HAS, EN_NAMED, EN_LOOKALIKE_THEN, EN_PAY_APP], { split: PHRASE_PART_SOURCE });
/**
 * A group's or channel's own invite link (chat.whatsapp.com/…, whatsapp.com/channel/…, line.me/ti/g/…, LINE's
 * OpenChat line.me/ti/g2/…): whoever follows it joins the group, so it needs no buying word. (A person's link, wa.me or
 * t.me/x, is the IM handle's.)
 */
const GROUP_INVITE = /(?<![a-z0-9.])(?:chat\.whatsapp\.com\/(?:invite\/)?[a-z0-9]{8,40}|(?:www\.)?whatsapp\.com\/channel\/[a-z0-9]{8,40}|line\.me\/ti\/g2?\/[a-z0-9_-]{6,60})/;
/** (drives and group pointers in one pattern: one prefilter of the scanner's 31) */
const DRIVES = new Phrases([new RegExp(`${DRIVE.source}|${ZH_POINTER.source}|${SITE_POINTER.source}|${GROUP_INVITE.source}|${MOMENTS_POINTER.source}`, 'g')], { split: PHRASE_PART_SOURCE });
const INVITE = /^(?:join|follow) /;
/**
 * A live seller's group where the pieces go up first and are claimed by a comment ("I post the best pieces there
 * first, claim by comment"): the sale itself held in the group, with no price word.
 */
// (round 97: or the next batch sold there, first to comment: the live seller's group)
const GROUP_SALE = /(?<![a-z])(?:claim|dibs|mine sold|new arrivals?|restocks?|(?:second|next|new|2nd) batch|first to comment|we post (?:there|them there)|first (?:look|access|pick|dibs)|(?:there|in there|in the group) first)(?![a-z])/;
/**
 * The goods put in the group before they are sold anywhere else ("our Discord server, restocks drop there before they
 * hit any site", "new pieces go up in the group first"): the sale is held there, not only news of it.
 */
/**
 * The goods kept off this page, so they are only where the buyer is sent ("for items we don't post here", "pieces I
 * never list on the app", "stuff not listed on here"): the English of ONLY_THERE. (The goods named: "tips we don't post
 * here" is news.)
 */
const KEPT_OFF_HERE = /(?<![a-z])(?:items|pieces|stuff|things|products|goods|stocks?|deals|styles|designs|drops|finds|listings|clothes|sizes|colou?rs|models|sets)(?![a-z])[^.!?\n]{0,16}? (?:(?:don'?t|do not|never|won'?t|can'?t|cannot|didn'?t) (?:post|list|upload|put up|show|sell)(?: (?:it|them|those|these))?|not (?:posted|listed|uploaded|shown|sold|available)) (?:here|on here|in here|on (?:this|the) (?:app|site|page|platform|listing|shop|store|live))(?![a-z])/;
// (round 92: or all of it, "it all goes up there first", "the good stuff hits the group first")
// (round 94: or before it hits a marketplace named, "everything drops there before it hits Vinted")
const GOODS_THERE_FIRST = new RegExp(String.raw`(?<![a-z])(?:restocks?|drops?|new (?:stock|stuff|pieces|items|arrivals?|listings)|pieces|items|everything|(?:the )?(?:good |best |new )?stuff|it all|all (?:my|our|the) (?:stock|stuff|items|pieces))[^.!?\n]{0,30}?(?:(?:there|in there|in the (?:group|server|channel)) first|before (?:they|it|anything) (?:hits?|goes? (?:up )?on|reach(?:es)?|lands? on) (?:(?:any|the|other) (?:sites?|stores?|shops?|apps?|platforms?|listings?)|${MARKETPLACES_EN}))(?![a-z])`);
/**
 * Round 92: the writer posting there first, or before listing anything anywhere ("we drop stuff there before we list it",
 * "we put new stuff in the group first"): the group is where the goods are had first. Not a post there after the listing.
 */
const WRITER_POSTS_THERE_FIRST = new RegExp(String.raw`(?<![a-z])(?:i|we)(?:'ll| will)? (?:always |usually |normally |just )?(?:post|list|put|drop|share|upload)(?: (?:it|them|things|stuff|everything|items|pieces|new stuff|my stuff|it all|new drops|new pieces))?(?: up)? (?:there|in there|on there|in the (?:group|server|channel|chat)) (?:first|before (?:i|we) (?:list|post|sell|put up)(?: (?:it|them|anything|things|stuff|everything))?)(?![a-z])`);
/**
 * Round 94: the prices in the community said to be lower than here or than the marketplace ("prices in there are way lower
 * than on here"): the sale is held there. Read after a community told of (HAS_COMMUNITY), as SOLD_THERE is.
 */
const LOWER_THAN_HERE = new RegExp(String.raw`(?<![a-z])(?:lower|cheaper|less|better) than (?:here|on here|in here|(?:on )?(?:the|this) app|(?:on )?(?:${MARKETPLACES_EN}))(?![a-z])`);
/**
 * Round 83: …or there before the marketplace named or "here" ("restocks hit there before Depop", "new pieces go up in the
 * server before they're listed here"): the group is where the goods are got.
 */
const GOODS_THERE_BEFORE = new RegExp(String.raw`(?<![a-z])(?:restocks?|drops?|new (?:stock|pieces|items|arrivals?)|pieces|items)[^.!?
]{0,30}?(?:there|in there|in the (?:group|server|channel)) (?:before|ahead of) (?:(?:they|it)(?:'re| are| is|'s) (?:listed|posted|up) (?:here|on here|on (?:the|this) app)|here|on here|the app|this app|(?:${MARKETPLACES_EN}))(?![a-z])`);
/**
 * The channel as the work sold, not a place buyers are sent: a developer's or an agency's listing (小程序开发, 公众号代运营,
 * 独立站搭建, 代开发小程序). (Not 注册/开通/定制 after it: 关注公众号注册会员 sends the buyer there.)
 */
const BUILT_AFTER = /^(?:代运营|运营|代开发|开发|制作|搭建|建设|设计|模板|源码|外包)(?!了)/;
const BUILT_BEFORE = /(?:代运营|代开发|开发|制作|搭建|设计|外包)$/;
/**
 * The link named as the platform's or the listing's own (统一在平台拼团链接下单, 请从店铺链接拍, 走官方链接购买): ordering
 * stays on the platform. (Not compared with it: 比平台链接便宜 prices the other place under it.)
 */
const PLATFORM_LINK = /(?:在|从|通过|走|用|点|去)(?:本)?(?:平台|店铺|本店|店里|官方|小黄车|橱窗|商品|宝贝)(?:的|内|上|里)?(?:拼团|团购|购买|下单|商品|宝贝|活动|专属)?(?:的)?$/;
/**
 * A group inside the platform's own app (进淘宝群领券, 加入抖音粉丝群, 小红书群聊): Taobao, Douyin, Kuaishou and Xiaohongshu run
 * their shops' fan groups in the app itself, so the buyer stays where the platform's rules hold.
 */
const GROUP_PLATFORMS = '(?:淘宝|天猫|抖音|快手|小红书|拼多多)';
const PLATFORM_GROUP_KIND = '(?:的)?(?:店铺|粉丝|会员|官方|宠粉)?群(?:聊)?';
/** (…said to be inside the app: 淘宝里面的群, 抖音内的粉丝群) */
const PLATFORM_GROUP_INSIDE = '(?:app)?(?:里面|里|内|上|自己)?';
const PLATFORM_GROUP = new RegExp(`${GROUP_PLATFORMS}${PLATFORM_GROUP_INSIDE}${PLATFORM_GROUP_KIND}$`);
/**
 * …or said to be one in the clause after the group's name (粉丝群，在淘宝群聊里; 加入群聊，是淘宝里面的群: the rest of 群聊
 * after the match).
 */
const PLATFORM_GROUP_AFTER = new RegExp(`^聊?[,，]?(?:就|也|都)?(?:在|是)${GROUP_PLATFORMS}${PLATFORM_GROUP_INSIDE}${PLATFORM_GROUP_KIND}`);
/**
 * 视频号 is itself a selling platform (WeChat Channels, with its own live rooms, shelf and checkout): named as the live
 * room, then the order told to go through the room's own shelf or cart (点下方商品橱窗购买, 小黄车下单), the buyer stays on it.
 * Not a price compared with the shelf (比橱窗便宜: THAN_HERE), nor the private way told after it.
 */
const CHANNELS_SHELF = /^(?:的)?(?:直播|直播间|小店)[^。！？!?\n]{0,12}?(?:点击|点开|点|在|从|通过|去)(?:下方|下面|左下角|右下角|屏幕下方)?(?:的)?(?:商品)?(?:橱窗|小黄车|购物车|购物袋|商品链接)(?:里|内)?(?:购买|下单|拍|抢购|买)(?![^。！？!?\n]{0,16}?(?:私下|转我|加我|便宜|私聊))/;
/**
 * Round 81: 视频号's own shop or shelf (视频号小店, 视频号橱窗) named as where to order, right after the name: WeChat Channels'
 * checkout, the buyer stays on it. Not with a private way or a cheaper price told after it in the sentence.
 */
const CHANNELS_SHOP = /^(?:的)?(?:小店|橱窗|商品橱窗|店铺)(?:里|内|上|里面)?(?:直接|可以|就能|就可以)?(?:下单|购买|拍下?|买|付款|抢)(?![^。！？!?\n]{0,20}?(?:私下|转我|转账|加我|便宜|私聊|私我|微信转|线下))/;
/** Not a benign mention, and a buying word in the sentence around it. */
const SOMEONE_THERE = /^(?:里|里面|中|内)?(?:有人|有个人|有位|有些人|别人|其他人)/;
/** …unless the buyer is asked into it (进粉丝群有人带你领券). */
const INVITED_BEFORE = /[进入来加拉]/;
/**
 * Round 68: the buyer asking leave to share the shop's link or listing into their own group ("can I share the link in our
 * FB group?", Tagalog "pwede ko i-share yung link sa FB group namin?"): the group is the buyer's audience, where the link
 * leads back to the shop, not a place the buyer is sent. Only asked as leave (can I, may I, pwede ko/ba), not told.
 */
const SHARE_INTO = /(?<![a-z])(?:(?:can|could|may) (?:i|we)|pwede (?:ko|ba|bang|namin|po ba)|ok lang ba|is it ok (?:if (?:i|we)|to)|mind if (?:i|we)) (?:i-?)?(?:share|post|repost|forward)(?![a-z])[^.!?\n]{0,24}?(?:link|listing|post|page|shop|store|item)s?(?![a-z])[^.!?\n]{0,6}? (?:in|on|to|into|sa) (?:our|my|the)? ?$/;
/** A share menu before the match: 分享到 (or 分享至, 转发到, "share to") and the places before it in a list, each a stroke apart. */
const SHARE_MENU = /(?:分享|转发)(?:(?:到|至|给) ?[:：]?|[:：]) ?(?:[^。！？!?\n|｜/、,，·]{1,8} ?[|｜/、,，·] ?){1,5}$/;
/** A name in quotes right after the match (a group's or a page's own name), read as one word. */
const QUOTED_NAME_AFTER = /^ ?(?:called |named )?["“‘'][^"”’'\n]{2,40}["”’']/;
/**
 * Round 88: a buying verb, then the writer's own shop named as what the goods were for ("ordered 500 pcs for my Shopify
 * store", "we import from you for our Amazon shop"): the writer is the buyer stocking it. Only with "for" right before
 * "my" or "our" and the verb in the same sentence.
 */
const BOUGHT_FOR_OWN = /(?<![a-z])(?:ordered|bought|purchased|sourced|sourcing|source|importing|imported|import|stocking|stocked|restocking|restocked|buying|reordered|reordering)(?![a-z])[^.!?\n]{0,60}? for (?:(?:my|our) (?:own )?(?:[a-z]+ )?)?$/;
/** Round 90: a Taglish join told to the reader (ka, kayo after the verb): TL_GROUP_ON_APP's imperative. */
const TL_JOIN_TOLD = /^(?:join|mag-?join|sali|sumali|pasok|pumasok) (?:ka|kayo)(?![a-z])/;
function keep(m: RegExpExecArray, canon: string): boolean {
  if (m[0].charCodeAt(0) < 128 && /group|grp|gc|channel|community|page$/.test(m[0]) && SHARE_INTO.test(canon.slice(Math.max(0, m.index - 70), m.index))) return false;
  const around = canon.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8);
  // (English words are longer: the same sentence reaches further)
  const w = m[0].charCodeAt(0) < 128 ? 40 : 20;
  // (a web address right after counts as one word: the buying word after it stays in reach)
  const next = /^ ?(?:https?:\/\/)?(?:www\.)?[a-z0-9-]{2,40}(?:\.[a-z0-9-]{2,20}){1,2}(?:\/[a-z0-9_\-./?=&%]{0,40})?/.exec(canon.slice(m.index + m[0].length, m.index + m[0].length + 120));
  // an invitation to join ("join our FB group 'Name' …") reads its whole sentence: the group's name comes first
  const end = INVITE.test(m[0]) ? Math.max(sentenceEnd(canon, m.index + m[0].length, 100), m.index + m[0].length + w) : m.index + m[0].length + w;
  // (round 80: so does the group's or page's name quoted right after it, "the FB group 'Name Of It' has it cheaper")
  const named = next === null && m[0].charCodeAt(0) < 128 ? QUOTED_NAME_AFTER.exec(canon.slice(m.index + m[0].length, m.index + m[0].length + 48)) : null;
  const sentence = canon.slice(Math.max(0, m.index - w), end + (next === null ? (named === null ? 0 : named[0].length) : next[0].length));
  if (BENIGN.test(skirtAside(m[0], around))) return false;
  // (round 88: the writer's own store as what the goods were bought for, "ordered 300 mugs for my Etsy shop", "sourcing
  // from this factory for our Amazon store": a buyer stocking a shop, not a seller sending the reader there)
  if (m[0].charCodeAt(0) < 128 && BOUGHT_FOR_OWN.test(canon.slice(Math.max(0, m.index - 80), m.index))) return false;
  // (round 90: the reader told in Taglish to join the writer's group chat on an app, "sali kayo sa gc ko sa viber": the
  // imperative with ka or kayo is the ask itself, with no goods named; not told not to, "wag kayong sumali…")
  if (TL_JOIN_TOLD.test(m[0])) return !/(?<![a-z])(?:wag|huwag|hwag|hindi|di|never|don'?t|do not)(?![a-z])[^.!?\n]{0,10}$/.test(canon.slice(Math.max(0, m.index - 16), m.index));
  // (round 80: the selling moved to a closed group with the way in offered: the lure is the invitation itself)
  if (EN_MOVED_SHAPED.test(canon.slice(m.index, m.index + m[0].length + 60))) return true;
  // (round 77: a share menu's list of places, 分享到：微信好友 | 朋友圈 | 微博: the page's own share buttons, named one by one)
  if (SHARE_MENU.test(canon.slice(Math.max(0, m.index - 40), m.index))) return false;
  // WeChat Channels' own live room bought from through its shelf (视频号直播：点下方商品橱窗购买): 视频号 is the platform
  if (m[0] === '视频号' && CHANNELS_SHELF.test(canon.slice(m.index + m[0].length, sentenceEnd(canon, m.index + m[0].length, 40)))) return false;
  // (round 81: or its own shop or shelf named as where to order, 视频号小店下单, 在视频号橱窗里拍: the platform's checkout)
  if (m[0] === '视频号' && CHANNELS_SHOP.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 40))) return false;
  if (PLATFORM_GROUP.test(canon.slice(Math.max(0, m.index - 6), m.index + m[0].length))) return false;
  // …or the shop's group said to be that group, in the next clause (加了店铺的粉丝群，在淘宝群聊里领了券)
  if (/群$/.test(m[0]) && PLATFORM_GROUP_AFTER.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 12))) return false;
  // a group named as where someone said something (微信群里有人说…, 粉丝群里有个人问): told about, not where the buyer is sent
  if (/群$/.test(m[0]) && !INVITED_BEFORE.test(canon.slice(Math.max(0, m.index - 3), m.index) + m[0].slice(0, 1)) && SOMEONE_THERE.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 6))) return false;
  if (BUILT_AFTER.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 4)) || BUILT_BEFORE.test(canon.slice(Math.max(0, m.index - 3), m.index))) return false;
  // the shop sending buyers back to its platform shop (官网同价，请在本店下单; English reaches further: "the group chat in my
  // bio is for care tips only, please order here on the app")
  if (STAY.test(canon.slice(Math.max(0, m.index - (w > 20 ? 60 : 30)), m.index + m[0].length + 2 * w))) return false;
  if (/^(?:网址|网站|链接)/.test(m[0]) && REFERRAL_LINK.test(canon.slice(Math.max(0, m.index - 30), m.index + 4))) return false;
  if (/^(?:网址|网站|链接)/.test(m[0]) && PLATFORM_LINK.test(canon.slice(Math.max(0, m.index - 10), m.index))) return false;
  const rest = sentence.replace(m[0], ' ');
  // (the look-alike site is the lure itself: no price or buying word needed)
  if (m[0].charCodeAt(0) < 128 && LOOKALIKE_SHAPED.test(m[0])) return true;
  if (m[0].charCodeAt(0) < 128 && PAY_APP_SHAPED.test(m[0])) return true;
  // (not the drive turned down for the list: "can you share the price sheet here instead of Google Drive?")
  if (m[0].charCodeAt(0) < 128 && DRIVE_SHAPED.test(m[0])) return !DIGITAL_GOODS.test(sentence) && !DRIVE_DECLINED.test(m[0]);
  // (round 94: the Malay join of the group "kami", its price word already read in the match's look-ahead; not told not to)
  if (MS_JOIN.test(m[0])) return !/(?<![a-z])(?:jangan|tak|tidak|never|don'?t|do not)(?![a-z])[^.!?\n]{0,10}$/.test(canon.slice(Math.max(0, m.index - 16), m.index));
  // (round 94: another platform the writer goes to, or the writer's "official account", read to the sentence's end for the
  // price there: "…tonight with the clearance stuff, way cheaper there"; "follow our official account for updates" is news)
  // (…or the pre-orders taken there, told anywhere in the sentence: "for pre-orders we use a separate app")
  if (/^(?:(?:another|a different|a separate|our other|my other) (?:platform|app|site|website)|official account)$/.test(m[0])) return PRICE_THERE_EN.test(canon.slice(m.index + m[0].length, sentenceEnd(canon, m.index + m[0].length, 100))) || ORDERS_THERE_EN.test(canon.slice(sentenceStart(canon, m.index, 60), sentenceEnd(canon, m.index + m[0].length, 60)));
  // (round 94: the writer's own drive or folder, with a reason for the reader to go there, in the whole message)
  if (OWN_DRIVE_SHAPED.test(m[0])) return DRIVE_REASON.test(canon) && !DRIVE_OWN_USE.test(canon);
  if (ZH_DRIVE_SHAPED.test(m[0])) return !ZH_DIGITAL.test(sentence);
  // a bare "our store/shop/site" is most often the platform shop itself: it needs a sign of leaving the platform
  if (BARE_STORE.test(m[0])) return OFF.test(rest) && !DENIES_LEAVING.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 80)) && !(CHECKOUT_DISCOUNT.test(rest) && !OFF_STRONG.test(rest));
  // (round 65: the writer's link page, like a bare site: a sign of leaving the platform, cheaper there or its fees left out)
  if (LINK_PAGE.test(m[0])) return (OFF.test(rest) || BUY.test(rest)) && !DENIES_LEAVING.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 80));
  // (the community told as having something: the sale right after the verb)
  if (APP_THEN_VERB.test(m[0])) {
    const after = canon.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const verb = VERB_AFTER.exec(after);
    if (verb) return HAS_SALE.test(after.slice(verb[0].length));
  }
  // (the marketplace's fee left out, inside the match, is the price word: 官网…不用付虾皮手续费)
  // (joined only: "follow our IG for new arrivals" is a shop's plain news feed)
  if (HAS_COMMUNITY.test(m[0])) {
    const told = canon.slice(m.index + m[0].length, sentenceEnd(canon, m.index + m[0].length, 120));
    // (round 92: the goods there first read on past a question, to the line's end: "…, keen? new stuff lands there
    // first"; "there" is the community just named)
    const line = canon.slice(m.index + m[0].length, m.index + m[0].length + 120).split('\n')[0]!;
    return SOLD_THERE.test(told) || GOODS_THERE_FIRST.test(line) || GOODS_THERE_BEFORE.test(told) || WRITER_POSTS_THERE_FIRST.test(line) || INVITE_OFFERED.test(told) || LOWER_THAN_HERE.test(told);
  }
  if (m[0].startsWith('join ') && GROUP_SALE.test(rest)) return true;
  if (/(?:channel|group|grp|gc|server|community)$/.test(m[0]) && (GOODS_THERE_FIRST.test(canon.slice(m.index + m[0].length, sentenceEnd(canon, m.index + m[0].length, 100))) || GOODS_THERE_BEFORE.test(canon.slice(m.index + m[0].length, sentenceEnd(canon, m.index + m[0].length, 100))) || WRITER_POSTS_THERE_FIRST.test(canon.slice(m.index + m[0].length, sentenceEnd(canon, m.index + m[0].length, 100))))) return true;
  // (the order itself named in the match: 去我闲鱼拍, 来我小红书下单)
  if (/^(?:去|到|来|上)我/.test(m[0]) && /(?:下单|拍|买)$/.test(m[0])) return true;
  if (/(?:群|group|grp)$/.test(m[0]) && DAILY_IN_GROUP.test(rest)) return true;
  if (ACCOUNT_SHAPED.test(m[0]) && REPLY_FOR_PRICES.test(sentence)) return true;
  // (round 91: or the orders taken there, in the English of foreign buyers around the account's Chinese name: "follow our 公众号
  // for the pre-order list", "公众号 has the order form"; not a news feed, "follow our 公众号 for updates")
  // (read to the sentence's end: the Chinese name keeps the usual reach to twenty characters, short for English words)
  if (ACCOUNT_SHAPED.test(m[0]) && ORDERS_THERE_EN.test(canon.slice(m.index + m[0].length, sentenceEnd(canon, m.index + m[0].length, 60)))) return true;
  return BUY.test(rest) || PRICE.test(rest) || RECRUIT.test(rest) || FEE_SKIPPED.test(m[0]) || KEPT_OFF_HERE.test(rest) || NOT_HERE.test(rest) || TALK_NOT_HERE.test(rest) || HIDDEN_FROM_PLATFORM.test(rest) || (OWN_PLACE.test(m[0]) && (SIGNUP.test(rest) || MORE_THERE.test(rest) || (AFTER_SALES_THERE.test(rest) && PLATFORM_SERVICE_PASSED.test(rest))));
}
/**
 * Round 70: the official account's auto-reply that hands out the prices or the catalogue to whoever sends it a keyword
 * (回复“批发”拿价格表, 后台回复「报价」获取最新报价单, 发送“目录”领取图册): the buyer is sent there for what the shop sells. Not a
 * keyword for tracking, an invoice or a manual (回复“物流”查快递, 回复“发票”获取电子发票).
 */
const ORDERS_THERE_EN = /(?<![a-z])(?:pre-?orders?|order forms?|orders? (?:list|sheet|link)|to order|place (?:an |your )?orders?|group ?buys?)(?![a-z])/;
const ACCOUNT_SHAPED = new RegExp(`^(?:${OFFICIAL_ACCOUNT_NAMES}|服务号|订阅号)$`);
const REPLY_FOR_PRICES = new RegExp(`(?:回复|发送|私信|留言|输入)(?:关键词|关键字)?[:：]?\\s?[「『“"‘]?[^。！？!?\\n，,]{1,8}?[」』”"’]?\\s?(?:即可|就能|就可以|就会|就|可|可以)?(?:拿|领取?|获取|获得|得到|收到|查看|看|要|下载)(?:到)?(?:最新|全部|完整|内部)?(?:的)?(?:${ZH_CATALOGUE}|报价|价格|价目|批发价|底价|拿货价|内部价|优惠券|折扣)`);
/**
 * Round 67: the after-sales (a return, a warranty claim, a ticket) sent to the writer's own app or site, with the
 * platform's own service named in the sentence as not the way (淘宝客服不处理售后, "instead of Amazon"): the dispute leaves
 * the platform's reach. Both needed: a brand's "register your warranty on our site" alone is no such push.
 */
const AFTER_SALES_THERE = /售后|工单|退换|退货|退款|换货|保修|维修|理赔|(?<![a-z])(?:warranty|warranties|claims?|returns?|refunds?|repairs?|rma|replacements?|tickets?)(?![a-z])/;
// (round 73: or the platform's handling told too slow or a bother, 平台这边处理太慢, 淘宝客服审核很麻烦: the same push away)
const PLATFORM_SERVICE_PASSED = new RegExp(`(?:淘宝|天猫|京东|拼多多|抖音|快手|闲鱼|小红书|虾皮|平台)(?:的|这边|那边)?(?:官方)?(?:客服|售后|小二)?(?:不(?:处理|管|受理|负责|支持)|处理不了|管不了|不给(?:处理|退)|(?:处理|审核|回复|受理|介入|走流程|流程)(?:得|起来)?(?:太|很|特别|比较|超|非常|巨)(?:慢|麻烦|久))|(?<![a-z])(?:instead of|rather than|not) (?:through |via |on |going through )?(?:the )?(?:${MARKETPLACES_EN}|app|platform|marketplace)(?![a-z])`);
/**
 * The buyer told not to order on this page (别在这拍, 不要在店里下单, 唔好喺度落单, "don't order here", "don't buy on this
 * app"): whatever the seller named is where the order goes instead.
 */
/**
 * The price or the goods said to be kept off the platform by its rules (这个价格平台不让挂, 平台上不让发这个价, 这款平台限价挂不出来):
 * the channel named is where the real price is. Not the shop's own rule told to a buyer who asked (平台不让改价，请按原价拍).
 */
const HIDDEN_FROM_PLATFORM = /(?:平台|这里|这边|店里|链接|直播间)(?:上|里)?(?:不让|不允许|不给|不准|不能|没法)(?:挂|发|上架|放|标|显示|写)(?!错)|(?:价格?|价钱|这个价)(?:在平台|在这里|在这边)?(?:挂不出来|挂不了|不能挂|不让挂|发不出来|不敢挂|不敢标)|平台限价/;
const NOT_HERE = /(?:别|不要|不用|不必|勿|唔好|唔使)(?:再)?(?:在|喺)?(?:这里?|这边|这儿|呢度|度|店里|本店|平台|直播间|小黄车|链接)(?:上|里)?(?:下单|落单|拍|买|购买|付款)|(?:这里|这边|店里|平台上?)(?:就)?(?:别|不要|不用)(?:下单|拍|买)|(?<![a-z])(?:don'?t|do not|no need to|never|stop) (?:order(?:ing)?|buy(?:ing)?|purchas(?:e|ing)|check(?:ing)? ?out|pay(?:ing)?)(?: it| this| them)? (?:here|on here|in here|on (?:this|the) (?:app|site|listing|page|platform|shop|store))(?![a-z])/;
/**
 * The platform's page called the wrong place to talk (这里讲不清楚, 这边不方便说, 不方便在平台上聊, "can't discuss it here"):
 * the group or channel named is where the deal is to be talked over, out of the platform's sight.
 */
const TALK_NOT_HERE = /(?:这里|这边|这儿|平台上?|店里|直播间|评论区)(?:讲|说|聊)(?:不清楚|不清(?!楚)|不方便|不了)(?!的)|(?:这里|这边|这儿|平台上?|店里|直播间|评论区)不(?:方便|好|能|敢)(?:讲|说|聊|细说|多说)|不方便(?:在)?(?:这里|这边|这儿|平台上?|店里|直播间|评论区)(?:讲|说|聊)|(?<![a-z])(?:can'?t|cannot|won'?t) (?:talk|say|discuss|explain|go into)(?: it| that| this| more| much| details)? (?:here|on here|on (?:the|this) (?:app|site|platform))(?![a-z])/;
/**
 * A sign-up bonus in the seller's own app, site or mini-program (注册送50, 新人注册领红包, "$10 sign-up bonus"): the lure
 * that moves the buyer there. Only for those: a group's perks are PRICE's. (round 71: the first order's perk told as free, a
 * tenth or free post, 首单免费, 首单8折, 首单包邮; a new user's, 新用户专享)
 */
const SIGNUP = /注册(?:就|即|立|马上)?(?:送|领|得|返|赠|立减)|新人(?:注册)?(?:送|领|立减|红包|礼包)|首单(?:立减|减|送|半价|免单|免费|免运费|包邮|优惠|特价|\d(?:\.\d)?折|[一二三四五六七八九]折)|新用户(?:送|领|立减|专享|免费)|sign[- ]?up (?:bonus|credit|gift|reward|offer)|(?:bonus|credit|[$£€] ?\d+)(?: off| credit)? (?:when|if|for) (?:you )?sign(?:ing)? up/;
const OWN_PLACE = /app|软件|客户端|官网|网站|商城|独立站|小程序|小程式|site|store/;
/**
 * The goods said to be more there than here (款式比这里多, 颜色比这边齐全, 比店里多很多款), or the shop's whole catalogue to be
 * seen or fetched there (看完整型录, 下载产品目录): the choosing moves to the writer's own site or app (OWN_PLACE only). Not
 * fewer there (比这里少), and the goods named (说明书比这里详细 is no goods).
 */
const GOODS_ZH = '(?:款式|款|货品?|商品|产品|选择|型号|颜色|尺码|花色|品类|种类|样式|规格)';
const MORE_THERE = new RegExp(
  `${GOODS_ZH}(?:也|还|都|会)?比${HERE_ZH}(?:上|里)?(?:的)?(?:还|更|都)?(?:多|全|齐|丰富)|比${HERE_ZH}(?:上|里)?(?:的)?(?:还|更|都)?(?:多|全|齐)(?:很多|好多|不少|一些|几倍)?(?:的)?${GOODS_ZH}` +
    `|(?:看|查看|浏览|下载|领取|索取|有)(?:我们的?|本店的?)?(?:完整|全部|全套|最新|整本)?(?:的)?(?:型录|图册|价目表|价格表|报价单|产品册|产品目录|商品目录|货品目录)`,
);
const FEE_SKIPPED = /(?:不用|不必|不需要|无需|免)(?:再)?(?:付|给|交|被扣?)[^。！？!?\n]{0,10}?(?:手续费|抽成|佣金|服务费)$/;

function keepDrive(m: RegExpExecArray, canon: string): boolean {
  return !BENIGN.test(skirtAside(m[0], canon.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8)));
}
/** BENIGN's 裙 (skirt talk near a group) does not hold against a match that is 群 written as 裙 itself. */
function skirtAside(match: string, around: string): string {
  return match.includes('裙') ? around.replace(/裙/g, ' ') : around;
}

/** Sending buyers to groups, official accounts, mini-programs, cloud drives, own sites or apps. */
/**
 * A screen-sharing or remote-help app put to the buyer, with a refund, a claim or the bank as its errand (下载个会议软件，
 * 开屏幕共享，我帮你操作退款; "install this and share your screen so I can process the refund"; round 59): the
 * "service" then runs outside the platform, on the buyer's own phone. Not screen sharing told as a product's feature
 * (支持屏幕共享的投影仪, "shares your screen to the TV"), with no such errand near it.
 */
const SCREEN_SHARE = /(?:开|打开|开启|点开|点|进行|发起)(?:一下|下)?(?:屏幕共享|共享屏幕|屏幕分享|分享屏幕|共享(?:你的|您的)屏幕)|(?:共享|分享)(?:一下|下)?(?:你的|您的)(?:手机)?屏幕|(?<![a-z])(?:share|sharing) (?:your|ur) (?:phone |mobile |device )?screen(?![a-z])|(?<![a-z])(?:turn on|start|enable|open|begin|allow) (?:the |a )?screen[- ]?shar(?:e|ing)(?![a-z])/g;
const SCREEN_ERRAND = /退款|退钱|理赔|赔付|补偿|解冻|银行|网银|账户|帐户|验证码|远程|帮(?:你|您)(?:操作|处理|办理|弄)|(?<![a-z])(?:refunds?|bank|banking|account|compensation|claim|payout|reimburse|verify|verification|so (?:i|we) can|remote(?:ly)?|walk you through|for you)(?![a-z])/;
const SCREEN_TV = /投屏|电视|投影|显示器|(?<![a-z])(?:tv|television|projector|monitor|display|mirroring)(?![a-z])/;

/**
 * Round 96: the own-place frame, read only when nothing above was found: a place of the writer's own off the platform (an
 * online store or boutique, an official website, a group chat, a private Discord, a members' club or forum, a client
 * portal) and, in the same or the next sentence, what the buyer gains there or misses here (better or trade prices, first
 * dibs, restocks first, no fees, not listed here, instead of here). Not a place named with nothing gained.
 */
const OWN_PLACE_EN = String.raw`(?<![a-z])(?:(?:my|our)(?: (?:own|official|little|private|warehouse'?s?|agency'?s?|brand'?s?|members'?|vip))*|a(?: whole| private| little| small| members'?)?|the private) (?:online (?:store|shop|boutique)|web ?shop|website|web site|boutique|buy (?:&|and|n) sell group|group chat|gc|discord|forum|members'? (?:club|forum|group|area)|club|client portal|portal|community)(?![a-z])`;
const PLACE_GAIN_EN = String.raw`(?<![a-z])(?:(?:better|lower|cheaper|trade|member-only|members'? only|exclusive|proper|full) (?:prices?|deals?|rates?|discounts?)|prices? (?:are|is) (?:better|lower|trade)|(?:way|wayyy|much|a lot) (?:better|cheaper) deals|first dibs|before (?:it'?s ever|anything|they'?re) (?:listed|hits?)|restocks? (?:drop|drops|go|goes) there first|no (?:app |platform |buyer protection |ebay |etsy )?fees?|never (?:gets?|makes? it) (?:listed|to)|not (?:available|listed) (?:on|here)|instead of here|than (?:on )?(?:here|this platform|the app|our [a-z]+ listing)|(?:up to )?\d+ ?% (?:lower|cheaper|off))(?![a-z])`;
const OWN_PLACE_FRAME = new Phrases([new RegExp(OWN_PLACE_EN, 'g')]);
/**
 * The gain after the place (up to 120 characters on) or before it (up to 80 back), read only where a place matched:
 * sticky, from the place's end and at its start. (As a look-behind opening the pattern, the gain before was tried at
 * every position of every English message that reached the frame, about 56 µs a message.)
 */
const GAIN_AFTER = new RegExp(`[^!?\\n]{0,120}?${PLACE_GAIN_EN}`, 'y');
const GAIN_BEFORE = new RegExp(`(?<=${PLACE_GAIN_EN}[^!?\\n]{0,80}?)`, 'y');
/** A place told of as someone else's, or warned about ("scammers' group chat"), is no invitation. */
const PLACE_WARNED = /(?<![a-z])(?:scam|scammers?|fake|beware|avoid|never|don'?t|do not)(?![a-z])/;
function keepOwnPlace(m: RegExpExecArray, canon: string): boolean {
  if (PLACE_WARNED.test(canon.slice(Math.max(0, m.index - 40), m.index))) return false;
  GAIN_AFTER.lastIndex = m.index + m[0].length;
  if (GAIN_AFTER.test(canon)) return true;
  GAIN_BEFORE.lastIndex = m.index;
  return GAIN_BEFORE.test(canon);
}

export default defineRule({
  id: 'external-channel',
  kind: 'external_channel',
  severity: 'medium',
  trigger: /forms\.|jotform|surveycake|tally\.so|相簿|相册|屏幕|screen|discord|telegram|whatsapp|viber|messenger|signal|kakao|openchat|drive|dropbox|google|icloud|mega|群|裙|社团|号|程序|程式|盘|提取码|社区|频道|专页|夸克|闲鱼|咸鱼|拼多多|抖音|快手|小红书|淘宝|天猫|京东|微店|有赞|得物|转转|私人链接|app|软件|客户端|官网|网站|网址|独立站|商城|私域|朋友圈|链接|site|store|shop|bio|channel|group|server|join|follow|order|\.[a-z]|line ?oa|赖 ?oa|linktree|link tree|linktr|carrd|beacons|stan store| dot |folder|gc|platform|official account|sali|sumali|pasok|grup|kumpulan|mini program|mini-program|miniprogram|boutique|forum|club|portal|website|web site|小站|搭了|建了|某宝|某鱼|小黄鱼|拼夕夕|某多多|某音|某手|小红薯|某红薯|pdd|dy|xhs|ks|tb/,
  explain: {
    zh: {
      asked: '对方要你去平台外的群、公众号、小程序、网盘或自己的网站/App。',
      risk: '在这些地方下单或付款，平台看不到也管不了：没有担保交易，不能7天无理由退货，纠纷时平台无法介入。',
      instead: '只在平台的店铺里下单；不进卖家的私域群或外部网站付款，必要时向平台举报。',
    },
    en: {
      asked: 'The seller sends you to a group, channel, mini-program, cloud drive or their own site or app.',
      risk: 'Orders placed there are outside the platform: no escrow, no returns, and the platform cannot help in a dispute.',
      instead: 'Order only in the platform’s shop; don’t pay through outside groups or sites, and report the seller.',
    },
  },
  match: (ctx) => {
    const canon = ctx.canon;
    const out: RawMatch[] = phraseMatches(canon, PATTERNS.for(ctx), keep);
    for (const d of phraseMatches(canon, DRIVES.for(ctx), keepDrive)) out.push(d);
    if (/屏幕|screen/.test(canon)) {
      SCREEN_SHARE.lastIndex = 0;
      for (let m = SCREEN_SHARE.exec(canon); m !== null; m = SCREEN_SHARE.exec(canon)) {
        const near = canon.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
        if (!SCREEN_ERRAND.test(near) || SCREEN_TV.test(near)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
      }
    }
    if (canon.includes('/')) {
      FORM_LINK.lastIndex = 0;
      for (let m = FORM_LINK.exec(canon); m !== null; m = FORM_LINK.exec(canon)) {
        const sentence = canon.slice(sentenceStart(canon, m.index, 48), sentenceEnd(canon, m.index + m[0].length, 32));
        if (!FORM_ORDER.test(sentence.replace(m[0], ' ')) || out.some((o) => o.start <= m!.index && m!.index < o.end)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
      }
    }
    if (canon.includes('.')) {
      URL.lastIndex = 0;
      for (let m = URL.exec(canon); m !== null; m = URL.exec(canon)) {
        if (canon[m.index + m[0].length] === '@' || inMailDomain(canon, m.index)) continue;
        // (round 84: the words after it read to the sentence's end, up to 48 characters, in Latin text only: "… — same serum,
        // cheaper"; a Han character or a comma with no space after it ends the reach, as Chinese text is read as before)
        const rest = canon.slice(m.index + m[0].length, m.index + m[0].length + 48).split(/[!?\n。！？，；;]|,(?! )|\.(?= |$)|[\u3000-\u9fff]/)[0]!;
        const sentence = canon.slice(Math.max(0, m.index - 48), m.index + m[0].length) + (rest.length > 16 ? rest : canon.slice(m.index + m[0].length, m.index + m[0].length + 16));
        // a site named to look something up (tracking, a manual, support), not to buy there
        // (round 89: unless a free gift is claimed there, the insert card's lure: "register your order at x.com, get a free item")
        if (TOOL_SITE.test(sentence) && !GIFT_CLAIMED.test(sentence)) continue;
        if (BENIGN.test(m[0]) || /360buy|zol\.|baidu|sina\.|qq\.com|163\.com|blog|weibo|douban|zhihu|wikipedia|github|booking\.com|airbnb\.|expedia\.|agoda\.|vrbo\./.test(m[0]) || !URL_CTX.test(sentence.replace(m[0], ' '))) continue;
        out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
        if (out.length > MAX_MATCHES_PER_RULE) return out;
      }
    }
    if (canon.includes(' dot ')) {
      SPOKEN_URL.lastIndex = 0;
      for (let m = SPOKEN_URL.exec(canon); m !== null; m = SPOKEN_URL.exec(canon)) {
        const before = canon.slice(Math.max(0, m.index - 60), m.index).split(/[!?\n]|\.(?= )/).pop()!;
        const after = canon.slice(m.index + m[0].length, m.index + m[0].length + 48).split(/[!?\n]|\.(?= |$)/)[0]!;
        if (!SITE_WORD.test(before) || TOOL_SITE.test(before + after) || !URL_CTX.test(before + ' ' + after)) continue;
        if (out.some((o) => o.start <= m!.index && m!.index < o.end) || inMailDomain(canon, m.index)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
        if (out.length > MAX_MATCHES_PER_RULE) return out;
      }
    }
    return out.length > 0 ? out : phraseMatches(canon, OWN_PLACE_FRAME.for(ctx), keepOwnPlace);
  },
});
