import { PHRASE_PART_SOURCE, Phrases, alternationChunks, defineRule, phraseMatches, type RawMatch } from '../rule';
import { LOOKALIKE_DOMAIN, MARKETPLACES_EN } from '../lexicon/words';
import { WALLET_ALT } from '../app-names';
import type { MatchContext } from '../scan';

/** The person-to-person apps and transfers that pay the seller with no buyer protection (English forms). */
const P2P_EN = '(?:zelle|venmo|cash ?app|apple cash|chime|revolut|western union|moneygram|wire transfers?|wires?|bank transfers?|e-?transfers?|interac|crypto|bitcoin|btc|usdt|paypal (?:f&f|friends (?:and|&) family))';
/** P2P_EN and the wallets of the markets outside the US that the session-21 forms name (a PayPal of its own is added where it counts). */
const WALLETS_EN = `${P2P_EN}|gcash|maya|m-?pesa|monzo`;
/** WeChat or Alipay by any of their names (薇信, v信, zfb…): the wallet the money goes through. */
const W = `(?:${WALLET_ALT})`;

/** The goods handed over and paid for in person: met, or cash (not a cash coupon, red packet or refund). */
const CASH_MEET = '(?:面交|当面(?:交易|付|给|交|结)|见面(?:付|给|交|结)|(?:付|给|收|带|用|交)现(?:金|钱)?(?!金?(?:券|红包|返|抵|退))|现(?:金|钱)(?!券|红包|返|抵|退))';
/** Marketplaces and local-service apps by their Chinese names (and the Latin ones Chinese talk uses). */
const MARKETS_ZH = '淘宝|天猫|闲鱼|咸鱼|拼多多|京东|抖音|快手|小红书|美团|饿了么|大众点评|点评|58同城|58上|58里|58app|赶集网?|得物|转转|微店|有赞|唯品会|1688|虾皮|shopee|露天|旋转|momo|lazada|carousell|亚马逊|amazon|ebay';
/** The order cancelled, either way round (取消订单, 把单子取消了, 这单先退掉). */
const CANCEL_ORDER = '(?:(?:取消|退掉|撤销|撤掉|关掉)(?:掉|了)?(?:这个|这笔|这张|那个|那笔)?(?:订单|单子)|(?:(?:把|这|那)(?:个|笔)?(?:订单|单子?)|订单|单子)(?:先)?(?:取消|退掉|撤掉|撤销))(?:掉|了|吧)?';
/** A marketplace's cut by its names. */
const FEE_WORDS = '(?:手续费|抽成|扣点|佣金|服务费)';
/** A gift card's brand before its name, when one is given (the cards sold to pay scammers). */
const GIFT_CARD_BRAND = '(?:(?:apple|itunes|google play|steam|amazon|ebay|walmart|target|visa|razer|sephora|vanilla|xbox|playstation|psn) )?';
/** Taiwan's, Hong Kong's and South-East Asia's person-to-person wallets, where the mainland's would be named. */
const REGIONAL_WALLETS = '街口|jkopay|line ?pay|payme|转数快|fps|paynow|paylah|tng|touch ?n ?go|grabpay|duitnow|gcash';
const ZH_FORMS = [
    '不走平台', '别走平台', '绕过平台', '跳过平台', '脱离平台', '平台外(?:交易|付款|支付|转账)',
    '私(?:底)?下(?:交易|交收|转账|转(?!包|让|卖|手)|付|给钱|给(?!我们)|补(?:给|差价|款|钱|齐|上)|汇款|汇|打款|联系交易|支付|收款|成交|结算|结账|结款|结清)', '私人(?:转账|交易)', '线下(?:转账|交易|付款|支付|汇款)',
    '直接(?:转账?|付|汇款|打款|转给|付给|汇|给(?:现金|现|钱))(?:给)?我', '直接(?:转账?|付|汇款|打款)(?:给我|过来)?[,，。]?(?:就行|就好|马上|即可)',
    `${W}(?:上)?(?:转账|转|付款|付|交易|支付|发)(?:给)?我`, `${W}转账给`,
    `(?:钱|款)(?:用)?${W}(?:发|转|付)`, `${W}上交易`,
    `(?:申请|先|你)?退款[^。！？!?\\n]{0,8}(?:${WALLET_ALT}|私下|转我|付我|(?<![a-z])v ?(?:付|转|支付)(?![a-z]))`, '取消订单[^。！？!?\\n]{0,12}?(?:转|付|汇)',
    '(?:先|你)?别(?:拍|下单)[^。！？!?\\n]{0,8}(?:私下|转|付)', '(?:这单|订单)(?:就)?别下', // (拍下先别付款 alone waits for the shop's price change on the platform: the private settling must follow)
    `拍下不用付|拍下(?:后)?(?:请勿|不要|先不要|先别|先不|别|无需|不用|不需要|不)(?:付款|付钱|支付)[^。！？!?\\n]{0,12}?(?:私下|线下|转账|${WALLET_ALT}|加我|私聊|(?:收款|付款|支付)链接)`, '不要(?:下单|拍)[^。！？!?\\n]{0,6}(?:转|付|汇)',
    // (直接 with the way round the platform after it: not 平台手续费是卖家承担的，买家直接下单就行, the fee explained)
    '平台(?:要|会)?(?:扣钱|抽成|扣点|手续费|要多|扣)[^。！？!?\\n]{0,10}(?:私下|直接(?!下单|拍|购买|买|涨|加价|提价|发货|退|联系客服|找客服)|便宜)',
    // the money named, then paid straight to the writer (钱直接给我吧, 货款你直接打给我就行); not a refund or the
    // platform's payout told (退款直接给我退回来, 平台把钱直接给我了)
    '(?<![退赔返])(?:钱|款|定金|订金)(?:你|就|都)?直接(?:转账?|付|汇|打|给)(?:给)?我(?!们|了|的|退|返|打回|转回)',
    // the platform's holding of the money named as the reason to pay the writer (平台压款半个月，直接转我)
    '平台(?:要|会)?(?:压款|押款|压钱|押钱|压着钱|冻结货款|放款慢|回款慢|到账慢|结算慢|结款慢)[^。！？!?\\n]{0,12}?(?:私下(?:转|付|交易|给)|(?:直接)?(?:转|付|汇|打款|打钱)(?:给)?我(?!们|的))',
    // the marketplace's fee named as the reason to pay the writer instead (虾皮手续费很贵，我们直接转账; 蝦皮要抽成，你匯給我就好)
    // (a transfer or a private deal must follow: 手续费太高，直接涨价了 is a complaint)
    // (the marketplace's side named too: 闲鱼这边有手续费, 平台上要收手续费; 直接转卖 and 直接加价 are no transfer)
    // (up to twenty characters between, another way offered first: 平台手续费太高，我们走闲鱼交易，或者直接转账)
    `(?:虾皮|shopee|淘宝|闲鱼|拼多多|京东|抖音|快手|小红书|露天|旋转|momo|lazada|carousell|平台)(?:的)?(?:这边|那边|这里|上面?|里面?)?(?:有|要|会)?(?:扣|收|抽)?${FEE_WORDS}[^。！？!?\\n]{0,20}?(?:私下|线下|直接(?:转(?!卖|让|手|发|送)|付|汇|打款|交易|给我|找我|联系|加(?!价|钱|运|收))|(?:(?:转|汇|打款|付)给|转|汇)我(?:就|吧|即|比较|更|便宜|微信|支付宝|卡|账户))`,
    // paid by another app or straight into the seller's card: 微信转就行, 直接打我卡上
    `${W}(?:上)?(?:转|转账)(?:一下)?(?:就行|就好|即可|就可以|吧)`, '打(?:我|到我的?)(?:卡|银行卡|账户|账号)(?:上|里)',
    // the platform's cut saved by paying the writer, named or as its share (省得平台抽成, 能省平台那20%, 省掉平台5个点)
    '(?:省得|省去|省下|省掉|省)(?:了)?平台(?:的|那|那个|那些|那部分)?(?:抽成|手续费|扣点|佣金|服务费|钱|\\d+(?:\\.\\d+)?%|\\d+个点|几个点)',
    // the rest settled privately once the order is done (确认收货后剩下的差价私下补给我, 余款微信结)
    `(?:差价|尾款|余款|剩下的(?:钱|款)|剩余的?(?:钱|款))(?:就|再|都)?(?:私下|线下|${WALLET_ALT})`,
    // a fake "customer service" moving the money to a "safe account" (订单异常已冻结，请将货款转入安全账户)
    '(?:转入|转到|转至|转进|汇入|汇到|打入|打到|存入)[^。！？!?\\n]{0,8}?安全(?:账户|帐户|账号|帐号)',
    // …or paying to "unfreeze" or "activate" the account or the refund (缴纳保证金解冻, 转账激活才能退款, 解冻需要先转账)
    // (not a membership or a card activated: 缴纳年费激活会员)
    '(?:缴纳|交纳|转账|打款|汇款)[^。！？!?\\n,，]{0,8}?(?:解冻|激活(?!会员|卡|码|年|月|vip|服务))', '解冻[^。！？!?\\n,，]{0,6}?(?:需要|需|请|要)(?:先|您|你)?(?:先)?(?:缴纳|交纳|转账|打款|汇款|支付)',
    // money sent into the seller's own app account (差价转我微信, 付到我支付宝)
    `(?:转账|转|汇款|汇|付款|付|打款)(?:到|给|进)?我(?:的)?${W}(?!支付|付款码|收款码)`,
    '走平台(?:要)?多', '尾款私下', '改成私下', '(?:给你|发你)(?:个|一个)?链接付', '不要在(?:这|这里|平台)付',
    '(?:汇款|转账|打款)给我[,，]?不要下单', '直接汇款给我',
    // the transfer instead of the order (转账就好，不用下单)
    '(?:汇款|转账|打款)(?:给我)?(?:就好|就行|即可)?[,，]?(?:不用|不要|不需要|无需|别)(?:再)?(?:下单|拍)',
    // the order settled through a private or "internal" channel (取消订单，走内部渠道结算); not buying through one
    // (通过私人渠道购买的不保修 is a shop's rule)
    '(?:走|通过|经|用)(?:内部|私人|私下|个人)(?:的)?(?:渠道|通道)(?:来|去)?(?:结算|结账|结款|付款|付钱|支付|转账|打款)',
    '取消订单[^。！？!?\\n]{0,12}?(?:私下|内部|线下)(?:价)?(?:结算|结账|结款|交易)',
    // "take this order offline": 走线下, 这单私下来
    '走(?:线下|私下|私人)(?!门店|店|实体|渠道|活动|体验|自提|课程|展会|推广|市场)(?:交易|付款|转账|吧|来|呗|好了)?', '(?:这单|这次|下次|以后|咱们|我们)(?:就)?(?:私下来|(?:线下|私下)(?:吧|来吧|弄|搞|处理|结|付|交易))', '不(?:用|需要|必)(?:走|经过|通过|透过|经由)平台',
    // the same in written Chinese, a shop's notice (毋须经平台付款, 无需通过平台下单, 免经平台): not a review or a refund the
    // platform itself lets go ahead (无需经过平台审核)
    // (nor a return sent back to the shop: 退货无需经过平台)
    '(?<!退货|退换货?|换货|售后)(?:无(?:需|须)|毋(?:需|须)|不(?:须|需))(?:再)?(?:走|经|经过|通过|透过|经由)平台(?!审核|审批|介入|仲裁|客服|同意|确认)',
    // the same in Cantonese (唔好经平台, 唔使走平台); money sent to a card or account the seller names (打款到这张卡)
    '唔(?:好|使|用|需要)(?:[经經]|走|[经經]过|通过|透过|用|喺)平台(?!以外|之外)', '(?:打款|转账|汇款|转钱|打钱)(?:到|去|至)(?:这张|这个|我的?|以下|下面的?|我这张)(?:卡|银行卡|账户|账号|户口)',
    // paying the seller offline once the order is placed (拍下后线下付给我, 线下转我)
    '线下(?:付|给|转|结|打)(?:款|钱)?(?:给)?(?:我|你)(?!们)',
    // don't order on the platform / in the shop's listing (不用在虾皮下单, 不要在链接拍; Cantonese 唔使喺平台落单; the shop itself,
    // 别在店里拍, not a photo taken there, 别在店里拍照)
    '(?:不(?:用|要|必|需要)|别|唔(?:好|使|洗|用))(?:在|去|到|从|喺)(?:平台|小黄车|链接|虾皮|shopee|露天|旋转|momo|lazada|carousell|app|卖场|店里|店铺里?|网店)(?:上|里)?(?:下单|落单|拍|付款|付|给钱|结账)(?![照摄片])',
    // the order or the payment said to be "not on" the platform (不在这个平台拍, 我重新发你一个链接，不在这个平台): not the shop's
    // rule about goods bought elsewhere (不在平台拍的不保修), nor the goods not listed there (这款不在平台上架)
    '不在(?:这个|这|本|此)?(?:平台|app|软件)(?:上|里)?(?:下单|拍|付款|付钱|交易|买)(?![的过])',
    '发(?:给)?(?:你|您)(?:一个|个)?(?:新的?)?链接[^。！？!?\\n]{0,4}?不在(?:这个|这|本|此)?(?:平台|app|软件)',
    // a course or membership renewed, "no need" there (下一期不用在平台续费了, 下个月唔使喺app续): paid the writer's way.
    // (Not "don't renew there", which is also a buyer's complaint of an auto-renewal: 别在app上续费，会自动扣; nor the
    // renewal that the platform does itself: 不用在平台上续费，系统会自动续期)
    '(?:不(?:用|必|需要)|无需|唔(?:使|洗|用|需要))(?:再)?(?:在|去|到|从|喺)(?:平台|虾皮|shopee|露天|旋转|momo|lazada|carousell|app)(?:上|里)?(?:续费|续课|续报|续)(?![^。！？!?\\n]{0,16}?自动)',
    // the cart or the listing passed over for a transfer to the writer (别拍小黄车了，直接找我转账; 不用点链接，转我就行);
    // not for a question (别拍小黄车了，有问题找我)
    '(?:别|不要|不用|不必|唔好|唔使)(?:再)?(?:拍|下单|点|走|用)(?:小黄车|购物车|链接|橱窗|平台)(?:了|啦|喇)?[,，]?[^。！？!?\\n]{0,10}?(?:转(?:账|钱)?(?:给)?我|付(?:给)?我|打款|汇款|转账)',
    // coming to the writer to pay (找我转账, 直接找我付款), and the transfer priced under the listing (转账比链接便宜)
    '(?:直接)?找我(?:转账|转钱|付款|付钱|打款|汇款|过数|入数)',
    '(?:转账|转我|私下|打款|找我)[^。！？!?\\n]{0,12}?比(?:链接|小黄车|购物车|平台|橱窗|拍下|下单|店里|店铺)(?:上|里)?(?:的)?(?:还|更)?(?:便宜|划算|优惠|少|低)',
    // meeting in person and paying cash (面交付现, 见面给现金)
    '面交(?:付现金|付现|现金|给现金|付款|给钱|交钱|结清?|交易)', '(?:见面|当面)(?:付现|付现金|给现金|现金交易|现金结)|(?:见面|当面|面交)(?:交易|验货|拿货|取货)?(?:时|的时候|后)?(?:再|先)?(?:付|给|交)(?:现金|现|钱)',
    // the Cantonese words for a bank transfer or cash handed over, to the writer (过数俾我, 入数畀我, 过钱俾我, 俾现金我)
    '(?:过数|入数|过钱|转数)(?:给|落|入)?我(?!们)', '给(?:现金|现)我(?!们)', '(?:转数快|fps|payme) ?(?:过|转|入)?给我(?!们)',
    // the order placed but not paid, the two sides settling it themselves (拍了先别付款，咱们另外结算; 下单后别付，我们单独结)
    '(?:拍下|拍了|拍好|拍完|下单|下完单|下了单|下好单)(?:后|之后|以后)?(?:先)?(?:请勿|不要|先不要|先别|别|无需|不用|不需要)(?:付款|付钱|支付|付)[^。！？!?\\n]{0,12}?(?:咱们|我们|咱俩|我俩)(?:再|就)?(?:(?:另外|单独)(?:结算|结账|结|转账?|交易)|私下(?:结算|结账|结|转账?|付|交易))',
    // …or settled apart so that the fee is not taken (我们另外结算，不扣手续费); a shop's 运费另外结算 names no "we"
    `(?:咱们|我们|咱俩|我俩)(?:就|再)?(?:另外|单独|私下)(?:结算|结账|结|交易)[^。！？!?\\n]{0,10}?(?:不扣|不收|没有|免|省|不用交|不交)(?:平台)?的?${FEE_WORDS}`,
    // the platform's way priced higher, a surcharge for paying there (走平台付款价格另加15%, 走平台要加手续费)
    '走平台(?:付款|支付|下单|交易|结算|拍)?(?:的话)?(?:价格|价钱|费用)?(?:要|会|需|需要|得)?(?:另加|加收|另收|多收|加价|要加|再加)',
    // the shop's goods not settled on the platform (本店部分商品不在平台结算): paid some other way the shop tells
    '(?:本店|我们|我这边|我们这边|我这里|我们这里)[^。！？!?\\n，,]{0,8}?不(?:在|走|经|通过)平台(?:上|内)?(?:结算|结账|付款|支付|交易|收款)',
    // the deal talked over in private, paid in cash or for a lower price (私底下倾，现金交收平你百几蚊; 私下谈，转账便宜你)
    '私(?:底)?下(?:倾|谈|讲|聊|商量)[^。！？!?\\n]{0,8}?(?:现金|现钱|转账|过数|入数|平(?:你|过|啲|d|好多|少少)|便宜(?:你|点|些|一点)|优惠(?:你|点|些)|少收)',
    // the marketplace named in the platform's place, with the private way told after it (不经过咸鱼 自提给现金,
    // 这次收钱不走拼多多了，直接群里发红包接龙, 下次买不走淘宝啦，群里接龙付款): not its courier (快递不走京东, 不走淘宝物流，
    // 改发顺丰), nor a buyer giving the marketplace up for a shop (以后不走拼多多了，直接去实体店买)
    `(?<!快递|物流|发货|寄件|寄|邮寄)(?:(?:不|别)(?:走|经|经过|通过)|绕过|绕开|跳过|脱离)(?:拼多多|淘宝|闲鱼|咸鱼|京东|抖音|快手|小红书|虾皮|美团|得物|转转|微店|有赞|shopee|lazada|露天|旋转|momo|carousell)(?:了|啦)?(?!物流|快递|运费|包邮|发货|集运|官方物流|的物流)(?![^。！？!?\\n]{0,8}?(?:快递|物流|配送|仓|发货|顺丰|中通|圆通|韵达|申通|邮政|ems|极兔))(?=[^。！？!?\\n]{0,16}?(?:私下|当面|面交|现金|转账|${WALLET_ALT}|加我|找我|联系我|私聊|同城|自提|群里(?:接龙|付|转|收|拼|买|下单|订)|接龙|红包|直接(?:转|付|给|找我|联系|加|交易)))`,
    // the private deal in code-switched chat (我哋私底下 deal, 私下 transfer 给我), and the marketplace's own payment
    // not needed, in Cantonese (唔使经 Carousell 嘅 payment, 唔好用 Shopee 付款)
    '私(?:底)?下 ?(?:deal|transfer|payment|pay|settle)(?![a-z])',
    `唔(?:好|使|洗|用|需要)(?:经|经过|通过|透过|走|用|喺) ?(?:${MARKETPLACES_EN}|平台|app) ?(?:嘅|的)? ?(?:payment|checkout|付款|给钱|俾钱|结账|落单|下单|买)`,
    // the order kept off this shop's page and made out offline instead (先别在这里下单，我们线下给您开单): "don't order here"
    // alone may send the buyer to another listing, so the offline or private way must follow
    // (here said as a bare 这 too: 别在这下单，找老板私下拿; not a photo: 别在这拍照，私下发我看看)
    '(?:不(?:用|要|必|需要)|别|唔(?:好|使|洗|用))(?:在|去|到|喺)(?:这里|这边|这儿|这|呢度|店里|店铺)(?:上|里)?(?:下单|落单|拍(?!照|视频|片|张|戏)|付款)[^。！？!?\\n]{0,12}?(?:线下|私下)',
    // …the order made out offline (线下给您开单), and how to pay told apart from the platform (付款方式我再单独跟您说)
    '线下(?:给(?:您|你))?开单', '付款方式(?:我|我们)?(?:再|会|到时|稍后)?(?:单独|私下|另外)(?:跟|和|给|发|告诉)(?:您|你)',
    // the private transfer with one syllable typed in pinyin to get past a word filter (私下zhuan账, 私下转zhang, 私下hui款)
    '私(?:底)?下 ?(?:zhuan ?(?:账|zhang)?|转 ?zhang|hui ?(?:款|kuan)|汇 ?kuan|da ?(?:款|kuan)|打 ?kuan|fu ?(?:款|kuan)|付 ?kuan|jiao ?yi|交 ?yi)(?![a-z])',
    // the rest of the price settled privately at some later point (剩下的发货前私下结, 尾款到货后线下付): the balance,
    // a time between, then the private way; a few words only, in one clause
    '(?:差价|尾款|余款|剩下的(?:钱|款)?|剩余的?(?:钱|款)?)[^。！？!?\\n,，]{1,8}?(?:私下|线下)(?:结算|结账|结清|结|付清|付|转账|转|补|交易)',    // the platform passed over with its "not" typed in pinyin to get past a word filter (bu走平台, bie经过平台, 不zou平台)
    '(?<![a-z])(?:bu|bie) ?(?:yong|用|要|需要)? ?(?:走|zou|经过?|通过) ?平台|(?:不|别) ?zou ?平台',
    // the platform's refund called slow, then the writer's own transfer instead (退款走平台要等好几天，卡号发我，今天直接给您打过去;
    // 平台退款太慢，差价先打到我们账户): the buyer's card asked for, or the money sent between the two; not the wait told alone
    // (退款走平台要3天，到账后原路退回您的银行卡)
    '(?:退款|退钱|赔付|补偿|理赔)(?:走|通过|经过?)?平台(?:的话)?(?:要|得|需要|会)?(?:等)?[^。！？!?\\n]{0,8}?(?:天|周|礼拜|很久|好久|很慢|太慢|麻烦)[^。！？!?\\n]{0,24}?(?:(?:银行卡|卡号|开户行|账号|帐号|支付宝)[^。！？!?\\n不别勿无]{0,8}?(?:发|给|告诉|私信)(?:我|我们)(?!们)|(?:直接|私下|先)(?:给|帮)?(?:您|你)(?:打|转|汇)(?:过去|款|账|钱)|(?:打|转|汇)(?:到|进|入)(?:我们|我)的?(?:对公|公司|个人)?(?:账户|帐户|账号|帐号|卡))',
    '(?:平台|系统)(?:的)?(?:退款|退钱|赔付|理赔)(?:要|得|需要|会)?(?:等)?[^。！？!?\\n]{0,8}?(?:天|周|礼拜|很久|好久|很慢|太慢|麻烦)[^。！？!?\\n]{0,24}?(?:(?:银行卡|卡号|开户行|账号|帐号|支付宝)[^。！？!?\\n不别勿无]{0,8}?(?:发|给|告诉|私信)(?:我|我们)(?!们)|(?:直接|私下|先)(?:给|帮)?(?:您|你)(?:打|转|汇)(?:过去|款|账|钱)|(?:打|转|汇)(?:到|进|入)(?:我们|我)的?(?:对公|公司|个人)?(?:账户|帐户|账号|帐号|卡))',
    // the order cancelled, then met in person or paid in cash (先取消訂單 改面交付現, 把单子取消了 见面给现金, 这单退掉 我们当面交易):
    // the goods change hands off the platform (not cash coupons or a refund told: 取消订单后现金券退回)
    `${CANCEL_ORDER}[^。！？!?\\n]{0,12}?${CASH_MEET}`,
    // …or then a regional wallet to pay by instead (蝦皮訂單先取消，我們用街口支付比較快): the same order paid off the platform (the
    // mainland's wallets after a cancel are the forms that name the money's way, 订单取消吧，钱走微信就行)
    `${CANCEL_ORDER}[^。！？!?\\n]{0,12}?(?:用|改用|走|换|换成|改成)(?:${REGIONAL_WALLETS})(?![a-z])`,
    // the marketplace's cut called too much, then the deal done through a wallet (旋轉拍賣收太多手續費，我哋Payme交易啦; 抽成太高，
    // 用支付宝交易吧): not the fee named alone
    `(?:${FEE_WORDS}(?:太|很|好|超|非常|有点)?(?:高|贵|多)|(?:收|扣|抽)(?:太多|很多|好多|超多|咁多)(?:手续费|抽成|佣金)?)[^。！？!?\\n]{0,16}?(?:${W}|${REGIONAL_WALLETS}) ?(?:交易|付款|付|转账|转|过数|俾钱|给钱)`,
    // a named marketplace's order passed over, then the private way (不用在58上下单 现金给她, 别在淘宝拍了 直接转我, 下次不用上
    // 美团约 找我私下): the platform's own word is in the forms above, a marketplace is named here only with the way after it
    `(?:不(?:用|要|必|需要)|别|无需|唔(?:好|使|洗|用))(?:再)?(?:在|去|到|从|喺|上|通过|走)(?:${MARKETS_ZH})(?:上面?|里面?|app)?(?:下单|落单|拍|付款|付|买|购买|约|预约|订|叫)(?![^。！？!?\\n]{0,8}?(?:快递|物流|运费|发货))(?![^。！？!?\\n]{0,16}?(?:(?:平台|闲鱼|咸鱼|转转|app)(?:的|上|里|内)?(?:面交|当面交易)|面交功能))(?=[^。！？!?\\n]{0,16}?(?:私下|当面|面交|现金|现钱|转账|转我|付我|${WALLET_ALT}|找我(?!们)|找她|找他|直接(?:转|付|给|找|联系|加|交易)|私聊|加我|少收))`,
    // the buyer told to hold back the platform's receipt confirmation while money comes to them round it (先别点确认收货，我让朋友
    // 直接转你50; 别确认收货，我微信退你): the platform's own settlement put off for a private one
    `(?:先|暂时|暂且)?(?:别|不要|先别|先不要|不用|先不用|暂时别|暂时不要)(?:点|急着|着急)?(?:确认收货|确收)[^。！？!?\\n]{0,16}?(?:直接|私下|${W}|线下)(?:转|退|打|汇|返)(?:款|钱)?(?:给)?(?:你|您)`,
    // a discount offered for doing it privately (私下可以给你优惠，但要先付定金; 私下的话给您便宜点)
    '私下(?:的话)?(?:可以|能|会|就)?(?:给|帮)(?:你|您)(?:优惠|便宜|打折|折扣|少点|少一点|算便宜|让点|让利)',
    // the cash in person called the better deal, or buying online called unsafe before it (网购不安全，直接上门自提现金交易更划算;
    // 当面付现金更便宜): the sale taken out of the platform for it. Not a price asked (付现金更便宜吗？), which the writer does not offer
    `(?:(?:网购|网上买|线上买|线上交易|网上交易|平台交易|平台上买)(?:不安全|不靠谱|有风险|风险大|容易被骗)[^。！？!?\\n]{0,16}?${CASH_MEET}|${CASH_MEET}(?:交易|支付|结算)?(?:的话)?(?:会)?(?:更|比较|还)(?:划算|便宜|实惠|省钱?)(?![^。！？!?\\n]{0,4}[吗么嘛?？]))`,
    // (…or the cash in person said first, then the marketplace told off: 见面给现金就行，别在闲鱼上拍了; 现金交收，唔好喺
    // 旋转度落单): the same two parts in the other order, in one message
    // (round 71: the marketplace may be only "here", 线下付现金就行，别在这拍了: the writer's own listing passed over)
    `${CASH_MEET}[^。！？!?\\n]{0,16}?(?:不(?:用|要|必|需要)|别|无需|唔(?:好|使|洗|用))(?:再)?(?:在|去|到|从|喺|上|通过|走)(?:${MARKETS_ZH}|平台|网上|线上|这里|这边|这儿|呢度|这(?![家个款位]))(?:上面?|里面?|度|app)?(?:下单|落单|拍|付款|付|买|购买)`,
    // the deal taken "off the floor" (场外交易, 場外付款): the securities word for trading outside the exchange, said of the
    // platform a live room or a listing sits on (not the markets' own word: 股票场外交易市场, OTC 场外交易的风险)
    '(?<!股票|证券|基金|期货|股权|otc|otc )场外(?:交易|成交|付款|支付|转账|结算|交收|私聊)(?!市场|所|的?风险|规则|柜台)',
    // the goods got from the seller in private, the buyer sent to them for it (找老板私下拿，价格砍半; 直接找我私下买更便宜):
    // bought where the platform does not see it. (私下拿 alone is also what a buyer did: the writer or the seller is who to go to.)
    '找(?:我|我们|老板|老板娘|店主|掌柜|卖家|商家|店家)(?:直接)?私(?:底)?下(?:拿货|要货|购买|拿|买|订|出)',
    // …or the buyer who wants it told to pay straight and buy in private (要的直接汇款私下买, 想要的可以私下拿)
    '(?:要的|想要的|需要的|有意的)[^。！？!?\\n,，找]{0,6}?私(?:底)?下(?:拿货|购买|拿|买|订|成交)',
    // the marketplace's cut complained of, then the private way (虾皮抽太多了，私下…; 平台扣得太狠，直接转我)
    `(?:${MARKETS_ZH}|平台)(?:这边|那边)?(?:抽|扣|收)(?:得|的)?(?:太多|太狠|太高|好多|很多|不少|一大笔)(?:了|啦)?[^。！？!?\\n]{0,12}?(?:私(?:底)?下|直接(?:汇|转|付|打款)|(?:转|汇|付)(?:给)?我(?!们))`,
    // the platform's checkout skipped in code-switched chat, the money sent straight (skip 平台 checkout，直接 transfer 给我)
    '(?:skip|跳过|不走|绕过|别走) ?(?:平台|app)(?:的)? ?(?:checkout|check out|payment|付款|结账)(?![a-z])',
    '直接 ?(?:transfer|pay|send) ?(?:给|to) ?(?:我|me)(?![a-z])',
    // the refund got from the platform, then the money remitted to the writer by any transfer word (退款后汇款给我就好, 退款完
    // 打款给我, 退款之后过数俾我): not a buyer asking when the refund reaches them (退款后多久汇给我吗)
    '退款(?:后|之后|以后|完|好|成功后|了)[,，]? ?(?:再|就|直接|请|麻烦)?(?:把钱|钱)?(?:汇款|汇钱|汇|转账|转钱|打款|打钱|付款|付钱|过数|入数)(?:给|到)?我(?!们|的|吗|么)(?![^。！？!?\\n]{0,4}?[吗么?？])',
    // the writer's refund or a transfer sent to the buyer in private or offline (我私下过数俾你, 私下退钱给您, 线下转账给你): a
    // shop's 线下退款 at its own counter is no such thing, so not a bare refund offline; nor amends alone (私下补偿您), which
    // count only when bought with a withdrawn complaint (below)
    '私(?:底)?下(?:过数|入数|过钱|转数|退(?:钱|款)?)(?:给)?(?:你|您)(?!们)', '线下(?:过数|转账|转钱)(?:给)?(?:你|您)(?!们)',
    // a complaint, dispute or the platform's arbitration withdrawn (or not to be opened), the writer then paying by another
    // way (撤销投诉，我微信转你; 关闭纠纷 另外补偿您; 唔好开 dispute，私下过数俾你): the amends bought the case's end
    `(?:(?:撤销|撤回|撤掉|撤了|撤|取消|关闭|关掉|关了|别开|不要开|唔好开|别提交|不要提交|别申请|不要申请)(?:掉|了|一下)?(?:这个|这次)? ?(?:投诉|纠纷|申诉|仲裁|dispute|case|平台介入|介入|退款申请|售后申请|退货申请)|把(?:这个|这次)?(?:投诉|纠纷|申诉|仲裁|退款申请|售后申请|退货申请)(?:撤销|撤回|撤掉|撤|取消|关闭|关掉|关)(?:了|掉|吧)?)[^。！？!?\\n]{0,16}?(?:${W}(?:上)?|私下|线下|另外|单独)(?:直接)?(?:给(?:你|您))?(?:转|赔|补(?!发|寄|货)|汇|过数)(?:账|钱|款|偿|付)?(?:给)?(?:你|您|\\d)(?!们)`,
    // 私下 by its initial, s下, before a transfer word (咱们 s下 转账; not a size S before 下单)
    '(?<![a-z0-9])s ?下 ?(?:转账|交易|汇款|打款|付款|结算|过数|交收)',
    // the platform passed over with 平台 written in a homophone to get past a word filter (不走坪台, 绕过苹台)
    '(?:(?:不|别|无需|不用|不必)(?:走|经过?|通过)|绕过|跳过|脱离)(?:坪台|苹台|评台|凭台|萍台|瓶台|平抬)',
    // …or by its initials (不走pt, 绕过平t): only after a verb that passes it over, with the private way or the saving after
    // (not a trainer's PT, 不用通过pt课; "pt" alone is English's part and point)
    '(?:(?:不|别|无需|不用|不必)(?:走|经过?|通过)|绕过|绕开|跳过|脱离) ?(?:p ?t|平t)(?![a-z0-9])(?!课|教练|考试|私教)(?=[^。！？!?\\n]{0,12}?(?:私下|直接|转|付|汇|打款|交易|划算|便宜|省|找我|加我|联系我))',
    // the private way said in English inside Chinese talk (这单我们 offline 交易吧, privately 转我): the English word where the
    // Chinese would be filtered, before a trade or transfer word (not an offline shop, offline 门店)
    '(?<![a-z])(?:offline|privately|in private|off[- ]?(?:platform|app)) ?(?:交易|成交|付款|支付|转账|汇款|打款|结算|结账|(?:付|转|汇)(?:给)?我(?!们))',
    // money sent into the writer's own account or card (先付定金到我账户, 钱转到我的卡上; Taiwan's post office account, 轉帳到我的
    // 郵局帳戶): not a refund going back to the buyer
    // (退款后钱会转到我的银行卡), nor a buyer asking where it went
    '(?<!(?:退款|退钱|退货|退回|返还|原路|赔付|理赔)[^。！？!?\\n,，]{0,6})(?:付|转|汇|打)(?:款|账|钱|定金|订金|尾款|余款)?(?:到|进|至)我(?:的)?(?:个人)?(?:邮局|银行|农会|信用社)?(?:账户|帐户|卡上|卡里|银行卡)(?![^。！？!?\\n]{0,6}?[吗么?？])',
    // the order cancelled in English inside Chinese talk, then the deal done direct or the money sent to the writer (订单先
    // cancel，我们 direct deal; cancel 咗佢，过数俾我): a Chinese word right before the English verb
    '(?<=[\\u3400-\\u9fff] ?)cancel(?:掉|咗|了)?(?![a-z])[^。！？!?\\n]{0,16}?(?:direct ?deal|deal direct|私下|直接(?:转|付|汇|交易|给我)|transfer ?(?:给|俾|畀)?我(?!们)|(?:转|付|汇|过数|入数)(?:给|俾|畀)?我(?!们))',
    // …and the money sent to the writer by an English verb (钱 transfer 给我, 货款 send 俾我)
    '(?:钱|款|货款|尾款|余款|差价) ?(?:transfer|send|pay|wire|e-?transfer) ?(?:给|俾|畀)我(?!们)',
    // the platform said not to find out about the deal (平台不会知道的, 闲鱼那边查不到): only beside the private way (keep)
    `(?:平台|${MARKETS_ZH})(?:那边|方面|又|也|根本|是)?(?:(?:不会|不可能|没法|无法)(?:知道|发现|查到)|查不到|发现不了)`,
    // the deal done outside the app or the marketplace itself (在app外面交易, 闲鱼外面买给你少20), with the writer's offer
    // or the platform not finding out after it: not a buyer asking where else it sells (在app外能买到吗, 淘宝外面买的更便宜吗？),
    // nor a warning that it is cheap and unprotected there (软件外面下单没有售后，别信便宜)
    `(?:app|软件|${MARKETS_ZH})外(?:面|边|头)?(?:的话)?(?:交易|付款|支付|转账|买|购买|下单|成交|交收)(?=[^。！？!?\n]{0,16}?(?:便宜|少收|少算|少\\d|给你少|算你|优惠|不会知道|查不到|发现不了|私聊|加我|联系我))(?![^。！？!?\n]{0,16}?(?:[吗么?？]|没有?售后|不受保护|没有?保障|别信|不要信|谨防|小心|骗))`,
    // B2B: the wholesale marketplace's escrow (Alibaba's Trade Assurance, 信保) passed over, then the money sent straight by a
    // transfer (这单别走信保了，直接电汇给我们; 不走 Trade Assurance，直接 T/T): not the escrow told as the only way
    `(?:不|别|不用|不要|无需|不需要)(?:再)?(?:走|用|经过?|通过) ?(?:trade ?assurance|信保|信用保障|阿里巴巴|阿里|1688|alibaba)(?:的)?(?:订单|下单|付款|交易)?(?:了|啦)?[^。！？!?\n]{0,12}?(?:直接|私下|线下) ?(?:t/t|tt|电汇|汇款?|转账?|打款|付)`,
    // the money for the goods handled offline, a B2B word (货款线下对接, 尾款走线下结): settled where the platform does not see it
    '(?:货款|款项|尾款|余款|结款)(?:就|都|可以|我们)?(?:走)?线下(?:对接|结算|结清|结|处理|走)',
    // round 59: WeChat's transfer as the way the order goes (重新下单走微信转账, 这单走支付宝转账): a transfer, not the
    // platform's WeChat Pay at its checkout (支持走微信支付)
    `走${W}(?:转账|转钱|私下转)`,
    // a fee or a price difference to be made up offline (需线下补缴差价, 线下补交运费): paid where the platform does not see it
    '线下补(?:缴|交|款|差价|钱|齐)',
    // the buyer told not to do it on the platform (请勿在平台操作, 不要在平台上处理): a fake notice moves the buyer off it
    // (not 请勿在平台外操作, the real warning)
    '(?:请勿|切勿|不要|别)在平台(?:上|内|里)?(?:操作|处理|申请)(?!外)',
    // the cart or the listing passed over for a red packet sent to the writer (不用拍链接，红包发我就行; 别走小黄车了，直接
    // 发我红包): the price paid as a gift in the chat app, out of the platform's reach; not a red packet the platform's cart
    // gives (不用拍小黄车也能领红包)
    '(?:别|不要|不用|不必|唔好|唔使)(?:再)?(?:拍|下单|点|走|用)(?:小黄车|购物车|链接|橱窗|平台)(?:了|啦|喇)?[,，]?[^。！？!?\\n]{0,10}?(?:红包(?:直接|就)?(?:发|给|转|包)(?:给)?我(?!们)|(?:发|给|包)(?:给)?我(?:个|一个)?红包)',
    // the order placed then refunded, the money told to go the writer's way instead (拍下后申请退款，钱走我这边; 先拍再退，款直接
    // 付到我这里): the goods sent on a private payment; not the refund itself landing (退款后钱会退到我这边吗)
    '(?:申请|先|再|然后|就)退款[^。！？!?\\n]{0,6}?(?:钱|款|货款)(?:就|直接|都|还是)?(?:走|付|转|打|给)(?:到)?我(?:这边|这里|这儿|那边|这)(?![^。！？!?\\n]{0,4}?[吗么?？])',
    // round 62: paying online told not to, in plain words or a dialect's (莫在网上付了 / 唔好喺网上俾钱 / 别在线上付), with cash in
    // person after it (现钱给我, 当面给现金, 见面再付): the money skips the platform. Not cash on delivery through the courier, nor
    // paying at a shop's counter or at the door (不用在网上付，货到付款给快递员现金就行; 到店现金付)
    '(?:莫|别|不要|不用|甭|唔好|唔使|唔洗)(?:再)?(?:在|喺|从|走)?(?:网上|线上|网络上|平台上?|app上|软件上)(?:付|付款|支付|给钱|俾钱|畀钱|转账?|下单|拍|买)(?![^。！？!?\\n]{0,30}?(?:货到付款|到付|快递|骑手|配送|送货员|到店|门店|前台|柜台|现场|医院|窗口))(?=[^。！？!?\\n]{0,24}?(?:现钱|现金|当面(?:给|付|交|结)|见面(?:再)?(?:给|付|交|结)))',
    // round 63: the order placed but not paid, the writer coming to take cash for it instead (拍下先别付款，我上门收现金; 下单
    // 后不用付，送到时我收现钱): the goods change hands off the platform. Not the shop's price changed before paying (拍下先别付款，
    // 我改价), nor cash on delivery taken by the courier (no 我 taking it)
    '(?:拍下|拍了|拍好|拍完|下单|下完单|下了单|下好单)(?:后|之后|以后)?(?:先)?(?:请勿|不要|先不要|先别|别|无需|不用|不需要)(?:付款|付钱|支付|付)[^。！？!?\\n]{0,14}?(?<![快递])我(?!们的)[^。！？!?\\n,，]{0,8}?(?:上门|当面|见面|送货时|送到时|到了|过来|过去)?(?:收|拿|要)(?:现钱|现金|现款|钱)',
    // round 64: the refund, then a regional wallet as the way round it (先申请退款，退完我再给你 LINE Pay 的付款方式; 退款后用
    // PayMe 俾我): Taiwan's, Hong Kong's and South-East Asia's person-to-person wallets where the mainland's would be named;
    // not the refund landing in one (退款会退到你的 LINE Pay)
    `(?:申请|先|你)?退款[^。！？!?\\n]{0,8}(?<!(?:到|至|进|回)(?:你|您)?的? ?)(?:${REGIONAL_WALLETS})(?![a-z])`,
    // round 64: paid straight to the writer by the bank's own means named between (直接 ATM 转给我, 直接网银汇给我就好, 直接去
    // 银行无卡存款给我): the transfer is to the writer, as 直接转给我 says
    '直接(?:用|去|拿)?(?:atm|网银|网路银行|网络银行|网上银行|手机银行|无卡存款|柜台|银行) ?(?:转账?|转帐|汇款?|存款?|打款)(?:给|到|进)?我(?!们|的?(?:订单|单|帐户里的|账户里的))',    // round 67: the money itself sent back or over to the reader in private, named between (我私下把钱退你吧, 私下把差价转给您):
    // the writer's refund or payment round the platform (a negation before it still warns: 别私下把钱转给陌生人)
    '私(?:底)?下(?:把|将)(?:钱|款|货款|差价|退款|运费|钱款)(?:都|先)?(?:退|转|打|汇|还|补)(?:给|还|回)?(?:你|您)(?!们)',
    // money sent into the seller's own app account with the sum named between the paying and the account (付个定金到我支付宝, 尾款打到我微信上, 把钱转进我支付宝)
    `(?:付|转|打|汇|交|存)(?:个|一下|下|一些|一点|一部分)?(?:定金|订金|押金|尾款|余款|差价|货款|全款|钱|款|费用|运费|邮费)(?:就|直接|先)?(?:打|转|汇|付|存)?(?:到|进|给|至)我(?:的)?${W}(?!支付|付款码|收款码)`,
    `(?:定金|订金|押金|尾款|余款|差价|货款|全款)(?:就|直接|先)?(?:打|转|汇|付|存)(?:一半|一部分|部分|全部|\\d{1,5}(?:元|块)?)?(?:到|进|给|至)我(?:的)?${W}(?!支付|付款码|收款码)`,
    // the platform's order told off, the writer to be reached instead (别在这拍了，直接找我拿货; 不要在平台下单，联系我): not
    // the writer asked to change the price or send a link on the platform (别在这拍，找我改价)
    '(?:别|不要|不用|千万别)(?:再)?(?:在)?(?:这里?|这边|这儿|平台上?|店里|链接里?|网上|直播间)(?:上|里)?(?:拍|下单|买)(?:了|哦|啊|呀)?[,，]?(?:直接|可以|你)?(?:找我|私我|私聊我?|联系我|加我)(?!改|修改|备注|补|重新|开链接|上链接|发链接|拍)',
    // a private deal proposed, then the platform's cut or a lower price as the reason (私下来吧 平台扣点太多, 私下弄便宜些)
    `私下(?:来|弄|搞|做|走)(?:吧|呗|好了|就行|比较好)?[^。！？!?\\n]{0,10}?(?:(?:平台|${MARKETS_ZH})(?:的)?(?:这边|上)?(?:要|会)?(?:扣点|抽成|手续费|佣金|扣钱|扣|抽)|便宜|优惠|少收|省)`,
    // a deposit or the full price paid offline, the sum named right after the verb or right before 线下 (线下交订金,
    // 线下付全款吧, 押金走线下转): paid where the platform does not see it. Not an offline shop between (线下门店付定金), nor the
    // money refunded (定金线下退)
    '线下(?:付|交|转|打|结|汇)(?:一下|个|下)?(?:定金|订金|全款|押金|预付款)', '(?:定金|订金|全款|押金|预付款)(?:就|再|都|先|可以)?(?:走)?线下(?:付|交|转|打|汇)',
    // the next orders placed with the writer, not the platform (以后直接找我下单, 下次联系我拿货就行)
    '(?<=(?:以后|下次|之后|往后|今后)(?:要货|要的话|需要的话?|想要|再买|再要|有需要)?[,，]?(?:就|都|可以|要)?(?:直接)?)(?:找我|联系我|私我|私聊我|加我)(?:下单|买|拿货|订货|订|购买|拍)',
    // a refund paid by the writer through an app in place of the platform's (我直接微信退你吧, 支付宝退给您): not the
    // platform's refund landing in the reader's wallet (原路退回你微信)
    `(?<!原路|已经|已)(?:直接|私下)?${W}(?:上)?(?:直接)?退(?:给)?(?:你|您)(?!们)`,
    // the order cancelled, then an app or a private price (把订单取消吧，我微信给你算便宜点; 单子退了，私下给你便宜)
    `(?<=(?:订单|单子|这单)(?:先)?)(?:取消|退掉|撤掉|撤销)(?:掉|了)?(?:吧|哈|哦|呗)?[,，]?[^。！？!?\\n]{0,12}?(?:${W}|私下|线下)(?:上)?(?:给你|给您|转|付|算|便宜|交易)`,
    // a payment "method" that is a transfer on an app (付款方式：微信或支付宝转账): not the checkout's options (付款方式：微信支付)
    `(?:付款|支付|收款)方式(?:是|为)?[：:]?\\s?(?:${W})(?:\\s?(?:或|和|或者|/|、|\\+)\\s?(?:${W}))?\\s?(?:转账|转帐|转钱|打款)`,
    // round 77: the money itself sent by a wallet (钱走微信就行, 货款走zfb, 尾款直接走vx): the payment routed round the
    // platform. Only the money nouns, not 付款 (付款走支付宝 is a checkout's option), nor the wallet's own checkout after
    // it (钱走微信支付), nor forbidden (钱别走微信)
    `(?<![付退])(?:钱|货款|尾款|余款|全款|差价)(?:就|都|直接|可以|还是)?走 ?${W}(?!支付|付款|通道|渠道|官方|的(?:支付|付款))`,
    // a bank transfer checked by the last five digits of the payer's account, as Taiwan's sellers ask for one (匯款後傳末五碼給我
    // 對帳): the money sent to the writer's own account, not the marketplace's checkout
    '(?:汇款|转账|转帐|atm|汇款后|转账后)[^。！？!?\\n]{0,10}?末(?:五|5)(?:码|位)',
    // the transfer's account to come in private (付款用转账，账号我私你): not an account the buyer bought (账号密码私信你 is no payment)
    '(?:付款|转账|转帐|汇款|打款)[^。！？!?\\n]{0,10}?(?:账号|帐号|账户|帐户|卡号)(?:我)?(?:再|稍后|等下)?(?:私|私信|私聊|私讯|单独发|私发)(?:给)?(?:你|您)',
    // a price offered outside the marketplace (我给你卖场外的价格, 平台外价): not a place's "场外" (场外停车)
    '(?:卖场|平台|站)外(?:的)?(?:价格?|价钱|报价|优惠价?)',
    // round 81: a part of the money sent by a wallet the same way, the deposit or the postage (订金先走vx，尾款拍链接; 运费走支付宝):
    // not the wallet's checkout after it (定金走微信支付), nor forbidden (定金别走微信). A form of its own, so that each
    // noun and its adverb stay a literal the prefilter can look for
    `(?<![付退])(?:订金|定金|押金|预付款|运费|邮费)(?:就|都|直接|可以|还是|先|再)?走 ?${W}(?!支付|付款|通道|渠道|官方|的(?:支付|付款))`,
    // …or sent through a named person's wallet (款走小助理的zfb, 钱走我老婆的微信): a private account, not a refund (退款走我的支付宝
    // is the buyer's own way back)
    `(?<=(?<!退)(?:款|钱)(?:就|都|直接|可以|还是|先)?)走(?:我的|我老婆|我老公|我家人|我朋友|小助理|小助手|小帮手|客服|老板|财务)的? ?${W}(?!支付|付款|通道|渠道|官方|的(?:支付|付款))`,
    // round 81: the order placed around the platform for a lower price (不经平台下单减五十, Cantonese 唔经平台落单平些): the discount is
    // the lure. Not a warning that such deals are unprotected (不经平台的交易没有保障: no order verb and discount)
    '(?:不|唔|无需|不用|毋须)(?:经平台|经过平台|经小黄车|经直播间|经店铺|经卖场)(?:下单|落单|交易|成交|付款|买|购买|拍)[^。！？!?\\n]{0,10}?(?:便宜|减|优惠|少收|打折|折|省|平些|平d|送)',
    // round 86: a marketplace named and not to be gone through, in Cantonese or Taiwan's words (唔好经 Carousell 啦，直接过数;
    // 唔使走露天，直接匯款; 不要走蝦皮了，直接 ATM 转), then the money sent straight: not its courier or its shipping (不走蝦皮物流)
    `(?<!快递|物流|发货|寄件|寄|邮寄)(?:唔(?:好|使|洗|用|需要)?|不要|不用|别|不)(?:经|经过|通过|透过|走) ?(?:${MARKETS_ZH}|${MARKETPLACES_EN})(?:了|啦|喇|嘞|la)?(?!物流|快递|运费|发货|集运|店到店)(?=[^。！？!?\\n]{0,6}?直接 ?(?:过数|入数|转账|转数|汇款|汇钱|汇给|给钱|付钱|atm|网银|fps|payme|转数快|街口|line ?pay))`,
    // round 86: the marketplace's fee or cut called too high, then the order moved elsewhere (蝦皮抽成太高，改用別的下單;
    // Carousell 手续费好贵，转去 FB 买): the buyer taken off the platform for the fee; not a buyer gone to a shop, or done (淘宝
    // 手续费太高，改去实体店买; …改去官网买了)
    `(?:${MARKETS_ZH}|${MARKETPLACES_EN}|平台) ?(?:的|嘅)? ?(?:抽成|抽佣|佣金|手续费|服务费|扣点|平台费)(?:太|好|很|超|咁|真系|实在)(?:高|贵|重|多|离谱)[^。！？!?\\n]{0,6}?(?:改|转|换)(?:用|去|到|喺|在|走)(?!实体|门市|门店|超市|店里|商场|街市)[^。！？!?\\n]{0,10}?(?:下单|落单|买|交易|付款|结账|拍|订)(?!了|咗|过)`,
    // round 86: the marketplace's buyer protection not to be used, the fee saved or the cash said near (唔好用 Carousell
    // Protection，慳番手续费; 不用開買家保障，面交現金): not a protection that lapsed or the buyer told to keep it
    `(?:唔(?:好|使|洗|需要)|不要|不用|别|免)(?:用|开|经|拣|选)? ?(?:${MARKETPLACES_EN}|${MARKETS_ZH})? ?(?:buyer protection|protection|买家保障|交易保障)(?=[^。！？!?\\n]{0,20}?(?:手续费|慳|省|平(?:啲|些|d|你)|便宜|现金|cash|面交|过数|转账))`,
    // round 86: the refund got, then the writer paid by the bank's own means named between (退款后再用 ATM 转给我, 退款之后去网银
    // 汇给我): as 退款后汇款给我 above, the means said
    // (the means is the span's start, so that it, not 退款, is what wakes the pattern)
    '(?<=退款(?:后|之后|以后|完|好|成功后|了)[,，]? ?(?:再|就|直接|请|麻烦)?(?:用|去|到|经|透过|通过)? ?)(?:atm|网银|网上银行|银行app|手机银行|柜员机|提款机) ?(?:汇款|汇钱|汇|转账|转钱|打款|打钱|付款|付钱|过数|入数|转)(?:给|到)?我(?!们|的|吗|么)(?![^。！？!?\\n]{0,4}?[吗么?？])',
    // round 96: the live room's cart bypassed (下播以后不走车，价格直接砍一半): with the price or the payment after it
    '不走(?:小黄)?车(?=[^。！？!?\\n]{0,20}?(?:价|便宜|砍|优惠|转|付|私|少))',
    // round 96: 私下 by its pinyin initials before the deal or the payment (sx交易可小刀)
    '(?<![a-z])sx(?:交易|转账|转|付款|付|出|聊|成交)',
    // round 96: the buyer's red packet as the payment (红包发我也行, 直接给我发个红包就行): money straight to the writer's WeChat
    '红包(?:发|给|转)(?:我|给我)(?:也行|就行|就好|也可以|就可以|吧|呗)|(?:发|给|转)(?:我|给我)(?:个)?红包(?:也行|就行|就好|也可以|就可以)',
    // round 96: a "special channel" to pay through (需通过专属通道重新付款, 走指定渠道支付): the fake service's own account
    '(?:专属|专用|指定|安全|绿色|内部|官方指定)(?:通道|渠道|链接|账户|账号)(?:重新|再次|进行|完成)?(?:付款|支付|缴费|转账|汇款)',
    // round 96: the order placed but not paid, then paid another way (拍下先别付款…换个方式付)
    '(?:先别|先不要|不要|别)(?:付款|付钱|支付)[^。\\n]{0,20}?换(?:个|种)?(?:方式|渠道|途径)(?:付|支付|付款)',
    // round 98: a bank transfer named by its machine or its app, to the writer (改用ATM转账给我, 网银汇给我)
    '(?<!退款[^。！？!?\\n]{0,8})(?:atm|网银|手机银行|柜员机)(?:转账|转帐|汇款|转|汇)(?:给|到|进)?(?:我|我们)(?!们?的?(?:店铺|平台|订单))',
    // round 98: a regional wallet sent straight over (你直接FPS过嚟, 直接转数快过来)
    `直接(?:${REGIONAL_WALLETS})(?:过来|过嚟|过去|给我|俾我|畀我)`,
    // round 98: the money given straight to the writer's helper (钱直接给助理, 把钱给后台助理), or paid straight to the
    // writer (你直接打钱给我)
    '(?:把|将)?(?:钱|款|货款)(?:直接)?(?:给|转给|交给|打给)(?:后台)?(?:助理|小助理|客服|我们?的?助理)|直接打钱(?:给|到)(?:我|我们)',
    // round 98: the deal taken offline or paid to the company outside (要不要走线下, 走对公打款): not a shop's own offline store
    '(?:要不要|可以|我们|咱们|就|还是)走线下(?!门店|店|实体)',
    // round 98: a deposit or fee paid outside the platform (在平台外补缴一笔保证金)
    '平台外(?:补缴|缴纳|缴费|补款|补交|支付|付)',
    // round 98: the money sent over by a wallet, "that's all it takes" (支付宝直接过来就行, 微信转过来就好)
    `${W}(?:直接)?(?:转|打|付|汇)?过来(?:就行|就好|即可|吧|就可以)`,
];
const ZH = alternationChunks(ZH_FORMS, 12);
/** Marketplaces by the short names their buyers type (ML and meli for Mercado Libre, amz, fbm, tts for TikTok Shop, laz). */
const MARKET_SHORT_EN = 'mercado ?li[bv]re|ml|meli|amz|amzn|fbm|fbmp|fb marketplace|tiktok shop|tts|laz|tokped';
/** The English forms, a few alternatives per pattern: one large alternation took 10+ ms to compile on its first run. */
/** Buying or dealing direct: the head of the bare form below, which keep() recognises again to look past it. */
const DIRECT_DEAL = '(?:deal|buy|trade|order|purchase) direct';

/**
 * Round 90: the marketplaces by the names that are no everyday word: "bob shop" and "trade me" would make "shop" and
 * "trade" the literals a pattern wakes on.
 */
/**
 * Round 94: the item marked sold or its listing taken down, spelt out whole (the mark-sold forms), so that "mark it as sold"
 * or "take the listing down", not "take" or "mark", wakes the pattern.
 */
const LISTING_DOWN = ['mark it', 'mark this', 'mark them', 'mark the item', 'mark the listing']
  .flatMap((v) => [`${v} as sold`, `${v} sold`])
  .concat(['take the listing down', 'take my listing down', 'take this listing down', 'take listing down', 'take the listing off', 'take my listing off', 'take it down', 'take this down'])
  .join('|');
/**
 * Round 96: the ways that pay a person straight, the US apps and the wallets and instant transfers of other markets
 * (UPI, GCash, PayNow, Pix, Bizum…), for the pay-direct frame. Not the ones that are everyday words or a marketplace's
 * name (Wise, Dana, Momo).
 */
const PAY_APPS_EN = `${WALLETS_EN}|upi|paynow|paylah|pix|paytm|gpay|phonepe|zalopay|promptpay|duitnow|grabpay|opay|palmpay|gopay|bizum|mb ?way|vipps|mobilepay|twint`;
/** Round 96: the writer paid straight: "pay me directly", "do transfer", "PayNow me", "pay by UPI", "sa GCash na lang". */
const PAY_DIRECT_EN = `(?:(?:pay|transfer|send|wire)(?: it| me| us| the money| the payment| the amount| the balance)?(?: to me)? direct(?:ly)?|direct(?: bank)? transfer|(?:bank|wire|e-?) ?transfer (?:me|us|it|to me|to us)|(?:do|make) (?:a |the )?(?:bank )?transfer|transfer (?:me|us|it|the (?:money|amount|payment|balance|rest))|(?:pay|paying)(?: me| us)? (?:by|via|with|thru|through|using|on|in) (?:${PAY_APPS_EN})|(?:${PAY_APPS_EN}) (?:me|us)|(?:${PAY_APPS_EN}) direct(?:ly)?|(?:sa|via|by|thru) (?:${PAY_APPS_EN}) na lang|(?:by|via|over|with) (?:a )?(?:direct )?(?:bank transfer|(?:bank )?wire(?: transfer)?|e-?transfer)|(?:do|use|take) (?:${PAY_APPS_EN})|(?:pay|paying)(?: (?:me|us))? (?:the )?(?:amount|money|balance|rest|full amount) (?:by|via|with|through|using|on) (?:${PAY_APPS_EN}|bank transfer|wire)|(?:send|pay|transfer)(?: (?:me|us))? (?:the |(?:[$£€₱]|rs ?)\\d+(?:[.,]\\d+)? )?(?:money |payment |it )?straight (?:to me|to us))(?![a-z])`;
const PLATFORM_EN = `(?:the |this |your |ur )?(?:${MARKETPLACES_EN}|posh|platform|app|site|website)`;
/**
 * Round 96: the platform left out, by its way or by its cut: "no need go through Carousell checkout", "outside Jiji",
 * "Vinted's cut", "no Shopee fee", "wala nang Shopee fee".
 */
const PLATFORM_AVOIDED_EN = `(?:(?:(?:no need|don'?t need|dont need|do not need|no point)(?: to| for)? (?:go(?:ing)? (?:through|thru|via)|us(?:e|ing)|(?:order|pay|buy|check ?out|book)(?:ing)? (?:on|through|thru|via|in))|without (?:going through|using)|outside(?: of)?|off) ${PLATFORM_EN}(?:'s)?(?: (?:checkout|check out|order|payment))?|${PLATFORM_EN}(?:'s|s)? (?:cut|fees?|commission|charges)|(?:no|zero|skip(?: the)?|avoid(?: the)?|sav(?:e|es|ing)(?: (?:us|you|me|us both|both of us))?(?: both)?(?: on)?(?: the)?) (?:(?:${MARKETPLACES_EN}|platform|app|site|selling|seller) )?(?:fees?|commission|cut)|${PLATFORM_EN} (?:takes?|charges?|keeps?|eats?)(?: (?:almost|about|nearly|like|over|around))? \\d+ ?%|(?:their|its|the app'?s?) \\d+ ?% (?:cut|fee|commission)|cancel (?:the |your |ur |this )?(?:(?:${MARKETPLACES_EN}) )?order|(?:don'?t|do not|never) (?:pay|order|buy) (?:through|via|on|at|in) (?:the )?(?:checkout|app|site|platform)|wala ?(?:nang?|ng)? (?:(?:${MARKETPLACES_EN}|platform|app) )?(?:fee|bayad))(?![a-z])`;
const MARKETS_NAMED = MARKETPLACES_EN.replace(/bob \?shop\||trade \?me\|/g, '');
const EN_FORMS = [
    // money sent straight to the seller, not through a checkout ("transfer direct", "send the money directly to me")
    "(?:pay|transfer|send|wire)(?: it| me| the money| the payment| the balance| the funds| payment| money| funds)?(?: to me)? direct(?:ly)?(?![a-z])(?: to me)?",
    // the same said "straight" (a parcel sent straight to the buyer is no payment: the money is named, or paid)
    "(?:(?:pay|transfer|wire)(?: it| the money| the payment| the balance| the funds| the cash)?|(?:send|put|deposit) (?:the |your )?(?:money|payment|balance|funds|cash)) straight (?:to me|to my|into my|in my)(?![a-z])",
    // (the writer named in Chinese inside English, as code-switched chat writes it: pay 我 outside)
    'pay (?:me |我 ?|我们 ?)?outside',
    // the money named between: an advance or a deposit paid to the writer ("pay me advance directly", "send the
    // deposit directly to me"); "pay the deposit directly at the hotel" is the property's own way, no "me"
    "(?:pay|transfer|send|wire) me (?:the |an |your |in )?(?:advance|deposit|down ?payment|advance payment|reservation fee|booking fee|full amount|full payment|balance) direct(?:ly)?(?![a-z])",
    "(?:pay|transfer|send|wire) (?:the |an |your |in )?(?:advance|deposit|down ?payment|advance payment|reservation fee|booking fee|full amount|full payment) direct(?:ly)? to (?:me|my)(?![a-z])",
    // the way named between ("pay me via EFT outside Takealot", "pay us by card off the app"): the marketplace or the
    // site named, not a place ("pay me in cash outside the station" is a meet-up)
    `pay (?:me|us) (?:via|by|with|through|using|over|in) (?:an? )?[a-z][a-z0-9$'-]*(?: [a-z][a-z0-9'-]*)? (?:outside|off)(?: of)?[- ](?:the |this )?(?:site|app|platform|website|${MARKETPLACES_EN})(?![a-z])`,
    // an electronic funds transfer (South Africa's and Australia's word for a bank transfer) into the writer's account
    "pay (?:me|us) (?:via|by|with|through|using) (?:an? )?(?:instant )?eft(?![a-z])(?![^.!?\\n]{0,25}checkout)",
    '(?:deal|trade|do it|transact) (?:outside|off) (?:the )?(?:site|app|platform|ebay|etsy|amazon|marketplace)',
    // "let's do this outside of Depop", "pay me off the app", "finish the sale off-platform"
    '(?:deal|trade|do (?:it|this|the deal)|handle (?:it|this)|transact|settle|finish (?:it|this|the sale|the deal)|complete (?:it|this|the sale|the deal)|sell it|sort (?:it|this)(?: out)?|pay(?: me)?) (?:outside|off)(?: of)?[- ](?:the )?(?:site|app|platform|ebay|etsy|amazon|marketplace|depop|mercari|poshmark|posh|vinted|shopee|lazada|carousell|offerup|temu|aliexpress|tiktok)',
    // the deal done without the marketplace ("we can do it privately without eBay", "sell it to you directly, without
    // going through Etsy"): the marketplace or the platform named (not any app: "shipped privately without the app
    // tracking" is the parcel)
    `(?:privately|between (?:us|ourselves)|just (?:the two of us|between us)),? without (?:going through |using |involving )?(?:the |this )?(?:platform|middleman|${MARKETPLACES_EN})(?![a-z])`,
    `(?:deal|trade|transact|do (?:it|this|the deal|the sale|business)|sell (?:it|this|them|one)(?: to you)?|buy (?:it|this|them|one) (?:from me|off me))(?: direct(?:ly)?| personally)?,? without (?:going through |using |involving )?(?:${MARKETPLACES_EN})(?![a-z])`,
    'sav(?:e|ing) (?:on )?(?:the )?(?:ebay|etsy|amazon|depop|mercari|poshmark|vinted|shopee|platform|app|site|marketplace|seller|selling) fees',
    'outside (?:the )?(?:site|app|platform|ebay|etsy|marketplace) (?:is|for)',
    // "skip the checkout", "skip Shopee checkout", "skip the Etsy fees"
    'skip (?:the |their |its )?(?:(?:ebay|etsy|amazon|depop|mercari|poshmark|vinted|shopee|lazada|carousell|offerup|temu|aliexpress|tiktok|marketplace|platform|app|site)(?:\'s)? ?)?(?:checkout|fees|ebay|etsy|platform|app|site|marketplace|amazon|middleman|cut|commission)(?![a-z])',
    // "no need to go through the app", "you don't need to order on Etsy"
    // (a booking too: a room, a ride or a service booked with the seller instead, "don't book through the app")
    // (session 21: the thing bought named, and the site pointed at, "no need to buy it on here")
    "(?:no need|(?:you )?(?:don'?t|do not) need) to (?:go|pay|order|buy|check ?out|book|reserve)(?: it| this| them| one)? (?:(?:through|via|on|in) (?:the |this )?(?:app|site|platform|ebay|etsy|amazon|depop|mercari|poshmark|vinted|shopee|lazada|carousell|offerup|marketplace)|on here)(?![a-z])",
    // buying straight from the seller for less ("buy it direct for less", "get it directly from me cheaper")
    '(?:buy|get|order|purchase) (?:it|this|them|one|from me|from us)(?: from (?:me|us))? direct(?:ly)?(?: from (?:me|us))? (?:for less|cheaper|for cheaper|at a (?:lower|better|discount)|and save|to save|for a (?:lower|better) price)',
    // the seller's side of it: sold straight to the buyer for less or off the site ("I can sell it to you directly for
    // less", "…for $15 less", "I'll let you have them privately, off Etsy"), an offer (a modal before it, keep): not a shop's copy
    // ("we sell them directly to you for less, no middlemen")
    `(?:sell|let you have) (?:it|this|them|one|the item|you (?:it|this|them|one))(?: to you)? (?:direct(?:ly)?|privately|personally|myself)(?: to you)?(?: for less| cheaper| for cheaper| for (?:[$£€] ?\\d+|\\d+ ?(?:dollars|bucks|pounds|euros)) (?:less|cheaper|off)| at a (?:lower|better|discount(?:ed)?) price| for a (?:lower|better) price| and (?:we )?save|,? (?:outside|off)(?: of)? (?:the )?(?:site|app|platform|${MARKETPLACES_EN}))(?![a-z])`,
    'friends (?:and|&) family', 'paypal f&f', '\\bf&f\\b', 'invoice you directly', '(?:cancel|end|remove|delete|take down) (?:the|your|my) (?:listing|order|purchase|sale) and[^.!?\\n]{0,30}?(?:pay (?:me|directly|by|via|with)|send (?:me|the money|the payment|it)|transfer|venmo|zelle|paypal|invoice|wire|privately|in private|between (?:us|ourselves))',
    '(?:finish|complete|do|close|handle) (?:the|this) (?:deal|sale|transaction|payment) (?:by|over|via|through|on) (?:email|e-mail|text|phone|dm|whatsapp|telegram|messenger|wechat|instagram|signal)',
    '\\b(?:venmo|zelle|cash ?app) me\\b',
    // a transfer as a verb, to the writer ("just bank transfer me", "e-transfer me the rest"; not a call put through,
    // "transfer me to a manager")
    '\\b(?:bank|wire|e-?|interac e-?) ?transfer (?:me|us)\\b(?! to )',
    // paid to the writer in place of the site's own way ("transfer me instead of using checkout", "pay us rather than
    // going through Etsy"): only money, or the way it is sent, between (not "send me a photo instead of using the app")
    `(?:pay|transfer|send|wire|venmo|zelle|gcash|paypal)(?: it| the money| the payment| the rest| the balance)? (?:me|us)(?: (?:the |your )?(?:money|payment|rest|balance|deposit|full amount|cash|funds))?(?: (?:direct(?:ly)?|privately|(?:by|via|on|through|with) [a-z]{3,12}(?: [a-z]{3,12})?))?,? (?:instead of|rather than) (?:using |going through |paying (?:through |via |on |at |in )|ordering (?:through |on |via |in )|buying (?:through |on |via |in )|checking out (?:through |on |via |in ))?(?:the |this |your )?(?:checkout|cart|app|site|platform|website|${MARKETPLACES_EN})(?![a-z])`,
    'invoice you (?:directly|outside|off|separately|by email|via paypal)',
    // (…or in private, by the writer's own hand: "I'll invoice you privately", "we can invoice you ourselves")
    'invoice (?:you|u) (?:privately|in private|personally|myself|ourselves|on the side)(?![a-z])',
    "(?:(?:don'?t|do not|no need to) (?:use|click|press|hit|tap|go through|bother with)|avoid(?: using| going through)?) (?:the )?(?:(?:ebay|etsy|amazon|depop|mercari|poshmark|vinted|shopee|lazada|carousell|offerup|temu|aliexpress|tiktok|facebook|fb|marketplace|platform|app|site)(?:'s)? )?(?:buy|checkout|purchase|pay|add to cart)(?: it now| now)?(?: button)?[^.!?\\n]{0,40}?(?:pay (?:me|directly|by|via|with)|send (?:me|the money|the payment)|transfer|venmo|zelle|paypal|invoice|wire|message me|dm me|text me|email me|direct(?:ly)?)",
    // (Nigerian Pidgin says "don't" with a bare "no" at the head of the clause: "abeg no pay on the site", "una no dey
    // order through the app"; not "there is no pay on the app option")
    "don'?t (?:use|click) buy (?:it )?now", "(?:don'?t|do not|no need to|(?<=(?:^|[,.!;:]) ?|\\b(?:abeg|pls|please|just|so|you|una|u) )no(?: dey)?) (?:order|buy|purchase|check ?out|pay|book|reserve|place (?:the|an|your) (?:order|booking|reservation)) (?:through|on|via|in|with|at) (?:the )?(?:app|site|platform|marketplace)(?![a-z])",
    'gift cards? only', 'pay (?:me )?(?:with|by|in) (?:apple |google |steam |amazon |itunes )?gift cards?', 'send (?:me )?the (?:gift card )?codes',
    'knock off the fees', 'avoid (?:the )?(?:ebay|etsy|platform|app|site) fees', 'send (?:the )?payment and i', 'wire (?:me )?the money',
    // the rest paid in cash at the meeting, the platform only carries the shipping ("pay the rest in cash when we meet")
    // (not plain cash at a local pickup, which some platforms offer themselves)
    'pay (?:me )?(?:the rest|the balance|the remainder|the difference|the remaining)(?: of it)? (?:in|with|by) cash|pay (?:me )?(?:in|with|by) cash when (?:we meet|i see you)|bank transfer only', '(?:only|just) (?:accept|take|do|use) (?:zelle|venmo|cash ?app|wire|wires|bank transfers?|crypto|bitcoin|usdt|western union|moneygram|gift cards?|paypal f&f|paypal friends)' +
      // (in this chunk, whose strings already hold "only": a person-to-person app named as the only way to pay, "cash app
      // or zelle only", "Venmo/Zelle only, price firm", "I accept only Zelle", "only taking Apple Cash", "I only accept payment
      // via Bitcoin"; not what the app
      // itself does, "Zelle only works with US banks", "Venmo only for friends")
      `|(?:(?:only|just) (?:accept(?:s|ing)?|tak(?:es|ing)|doing|want(?:ing)?)|(?:accept(?:s|ing)?|tak(?:e|es|ing)|want(?:ing)?) only) (?:payments? )?(?:(?:via|by|in|with|through) )?${P2P_EN}(?![a-z])` +
      `|(?<![a-z])${P2P_EN}(?:(?: ?[,/&+] ?| or | and |, or )${P2P_EN}){0,3}(?: payments?| transfers?)?,? only(?![a-z])(?! (?:works?|lets?|allows?|supports?|sends?|takes?|charges?|covers?|protects?|accepts?|if|when|for|in|to|has|have|needs?|available|applies|within|between|sellers?|vendors?|listings?|shops?|people|scams?|scammers?|buyers?|traders?)(?![a-z]))`,
    '(?:paypal|pp|send (?:the money|the payment|payment))[^.!?\\n]{0,20}?as (?:a )?(?:gift|friend)(?![a-z])',
    // the marketplace order cancelled and paid to the seller instead ("cancel the Shopee order, … direct transfer",
    // "if you cancel the Etsy order I can invoice you myself"); not "my" order, which is the buyer's own
    // (…or paid by a way of the writer's, "cancel the eBay order, I can do it for £20 less by bank transfer")
    '(?:cancel|delete|remove) (?:the |your |ur |this |that )?(?:(?:ebay|etsy|amazon|depop|mercari|poshmark|vinted|shopee|lazada|carousell|offerup|temu|aliexpress|tiktok|tokopedia|marketplace|platform|app|site)(?:\'s)? )?(?:order|listing|purchase|sale|checkout)(?![a-z])[^.!?\\n]{0,40}?(?:(?:by|via|with|over|through|using) (?:a )?(?:direct )?(?:bank transfer|wire(?: transfer)?|e-?transfer|interac|zelle|venmo|cash ?app|paypal (?:f&f|friends)|crypto|bitcoin|usdt|western union|moneygram)|pay me|send me (?:the )?(?:money|payment|cash)|direct(?: bank)? transfer|transfer (?:it |the money )?(?:to me|direct)|invoice you|send (?:you|u) (?:a |an )?(?:(?:paypal|venmo|zelle|cash ?app|separate|new|direct|private) )?(?:payment request|money request|request for (?:the )?(?:payment|money))|request (?:the )?(?:payment|money) from (?:you|u)|(?:venmo|zelle|gcash|paynow|payme|paypal|cash ?app) me|sell (?:(?:it|this|them|one) (?:to )?you|you(?: it| this| them| one)?) (?:direct(?:ly)?|myself|privately|personally|for less|cheaper|outside|off))(?![a-z])',
    // the platform's buyer protection or escrow to be left out ("don't use Carousell Protection", "no need for
    // Shopee Guarantee"): only the seller gains from that
    // (the guarantee named: "no need for protection film" is a phone case's; "don't use the buyer protection as an
    // excuse to …" is a shop's rule about abusing it)
    "(?:don'?t|do not|no need to|needn'?t|skip|no need for) (?:use |using |go through |going through |bother with )?(?:the )?(?:(?:(?:ebay|etsy|amazon|depop|mercari|poshmark|vinted|shopee|lazada|carousell|offerup|temu|aliexpress|tiktok|tokopedia|marketplace|platform)(?:'s)? )(?:buyer |purchase |money[- ]back )?|buyer |purchase |money[- ]back )(?:protection|guarantee)(?![a-z])(?! (?:as|to|for|against) )|(?:don'?t|do not|no need to|needn'?t|skip|no need for) (?:use |using |go through |going through |bother with )?(?:the )?escrow(?![a-z])",
    // a direct transfer to the seller, or a price for paying that way ("direct transfer to me better", "lower price
    // if direct transfer", "direct transfer can give discount")
    '(?:direct|private)(?: bank)? transfer (?:to (?:me|my|us|our)|only|better|cheaper|is (?:better|cheaper|faster))(?![a-z])',
    '(?:lower|cheaper|better|special|discount(?:ed)?|less)(?: price)?[^.!?\\n]{0,20}?(?:if|for|with|by|via|thru|through|when) (?:you )?(?:pay (?:by |via |with )?)?(?:direct|private)(?: bank)? transfer',
    '(?:direct|private)(?: bank)? transfer[^.!?\\n]{0,20}?(?:cheaper|lower price|discount|less|better price|save)',
    // the parcel held for a small fee, paid on a link to "release" it (the courier or customs smishing: "pay £1.45 here
    // to release it: evri-…"); a shop's note that customs may charge duty before release names no link, and a
    // pre-order's balance paid to release the order is the shop's own checkout
    '(?:pay|settle)(?: the| a| this| your)?(?: small| outstanding| unpaid| pending| remaining)?(?: (?:[$£€₱]|rm|rs|php) ?\\d+(?:[.,]\\d+)?)?(?: (?:shipping|delivery|redelivery|customs|handling|import|postage|storage))?(?: fee| charge| duty| duties| amount| balance)?(?:(?: of)? (?:[$£€₱]|rm|rs|php) ?\\d+(?:[.,]\\d+)?)? (?:here|below|(?:at|via|using|through|on|with) (?:the|this) link(?: below)?) (?:to|and|so (?:we|that we) can) (?:release|redeliver|re-deliver|reschedule|unlock|free|clear)(?: it| them| (?:your|the|this) (?:parcel|package|shipment|delivery|item))',
    '(?:to|and) (?:release|redeliver|re-deliver|reschedule) (?:your|the|this) (?:parcel|package|shipment|delivery|item)[^.!?\\n]{0,24}?pay(?: the| a)?(?: small| outstanding| unpaid)?(?: [a-z]+)? (?:fee|charge|duty|amount|(?:[$£€₱]|rm|rs|php) ?\\d+(?:[.,]\\d+)?)(?:[^.!?\\n]|\\.\\d){0,16}? (?:here|(?:at|via|on) (?:the |this )?(?:link|[a-z0-9-]+\\.[a-z]{2,}))',
    '(?:instead of|rather than) (?:paying |buying |ordering |checking out )?(?:through|via|on|in|with) (?:the )?(?:app|site|platform|checkout|ebay|etsy|amazon|depop|mercari|poshmark|vinted|shopee|lazada|carousell|offerup|marketplace)(?![^.!?\\n]{0,40}?(?:at checkout|apple pay|google pay|in-app|in the app|support))', 'pay (?:me )?(?:via|by|with|through) (?:a )?(?:bank transfer|wire|western union|moneygram|e-?transfer|interac|crypto|bitcoin|usdt)(?![^.!?\\n]{0,25}checkout)',
    // the marketplace's own payment or booking skipped ("let's skip the Airtasker payment", "bypass the Airbnb booking")
    `(?:skip|bypass|avoid|go around|get around) (?:the )?(?:${MARKETPLACES_EN}|platform|app|site)(?:'s)? (?:payments?|payment system|booking|service fees?|fees?|checkout)(?![a-z])`,
    // the next order placed with the writer, not the platform ("next time you order direct from me", "buy directly
    // from us in future")
    '(?:next time|in (?:the )?future|from now on|going forward|for (?:your |the )?next order|future orders?)[^.!?\\n]{0,16}?(?:order|buy|purchase|book|get (?:it|them|one))(?: it| them| one)? direct(?:ly)? (?:from|with|through|thru) (?:me|us)(?![a-z])',
    '(?:order|buy|purchase|book)(?: it| them| one)? direct(?:ly)? (?:from|with|through|thru) (?:me|us)[^.!?\\n]{0,12}?(?:next time|in (?:the )?future|from now on|going forward)(?![a-z])',
    // the marketplace order cancelled in code-switched chat, the verb after it (Hinglish "Flipkart se order cancel karo",
    // Singlish and Manglish "cancel the Lazada order first lah"), then a direct price or payment, UPI or a bank-in
    `(?:(?:${MARKETPLACES_EN}) (?:se |pe |par |ka |ki |wala )?)?(?:order|listing|booking) cancel (?:karo|kar do|kardo|karke|kar ke|karna|kar|first|pls|please|lah|la|dulu|na)[^.!?\\n]{0,30}?(?:direct(?:ly)? (?:payment|pay|price|transfer|deal)|pay (?:me|direct)|upi|bank in)(?![a-z])`,
    `cancel (?:the |your |ur |this )?(?:${MARKETPLACES_EN}) (?:order|listing|booking)[^.!?\\n]{0,40}?(?:direct (?:price|payment|deal)|bank in)(?![a-z])`,
    // "bank in" (Malaysia's and Singapore's word for a bank transfer) to the writer
    '\\bbank in (?:to |into )?(?:me|my|us|our)(?![a-z])',
    // the same paid straight to the writer in Malay and Indonesian ("bayar terus kat I", "transfer langsung ke saya aja"; the
    // English "direct" is the first form's)
    '\\b(?:bayar|byr|transfer|tf|trf|bank in)(?: (?:je|ja|aja|saja))? (?:terus|langsung)(?: (?:je|ja|aja|saja))? (?:kat|ke|kpd|kepada|pada|dekat|to) (?:i|saya|sy|aku|me)(?![a-z])',
    // …and the marketplace's checkout not needed ("ga usah checkout di Tokopedia", "tak payah order kat Shopee")
    `\\b(?:ga|gak|nggak|ngga|enggak|tidak|tak|x|tk) (?:usah|perlu|payah) (?:checkout|check out|co|order|beli|bayar) (?:di|kat|dekat|lewat|via|melalui|dalam) (?:app|aplikasi|platform|${MARKETPLACES_EN})(?![a-z])`,
    // a fee paid on a site dressed up as the courier's or the marketplace's ("Pay now at royalmail-redeliver-uk.info",
    // "pay a $50 activation fee at fbmarket-release-verify.com"): the platform never sends buyers to pay there
    `\\b(?:pay|settle)(?![a-z])[^.!?\\n]{0,40}? (?:at|on|via|through|using|here:?) ${LOOKALIKE_DOMAIN}`,
    // the payment itself taken aside ("we'll sort payment privately", "arrange the payment between us", "handle payment
    // off the app"); "directly" only where no checkout follows (keep)
    "(?:sort|arrange|handle|settle|organi[sz]e|work out|figure out|do|take)(?: out)? (?:the |your )?payments?(?: out)? (?:privately|in private|between us|between ourselves|directly|off[- ](?:the )?(?:app|platform|site|stream)|outside (?:the )?(?:app|platform|site))(?![a-z])",
    // the marketplace's fee put on the buyer unless the two deal around it ("the platform fee is on you unless we do it the
    // old way", "eBay's cut comes off unless we sort it between us")
    `(?:platform|app|site|selling|marketplace|transaction|${MARKETPLACES_EN})(?:'s)? (?:fees?|cut|commission)[^.!?\\n]{0,30}? unless (?:we|you and i|you and me|u and me) (?:do|deal|sort|settle|handle|arrange|trade|go|keep|take|meet)(?![a-z])`,
    // the order cancelled for the writer's own invoice or a transfer ("cancel the order here and I'll send you our own
    // invoice", "…cancel it and pay by transfer")
    '(?:cancel|delete|remove) (?:the |your |ur |this |that )?(?:order|listing|purchase|checkout)(?![a-z])[^.!?\\n]{0,40}?(?:send (?:you|u) (?:our|my) (?:own |separate |private |personal |direct )?invoice|pay (?:it )?(?:by|via|with) (?:a )?(?:bank )?transfer)(?![a-z])',
    // (…or any invoice the writer sends or bills by hand rather than the marketplace's: "cancel your Etsy order and I'll send
    // you an invoice directly", "cancel it, I'll send a PayPal invoice", "cancel and let me bill you direct"; not an invoice
    // with nothing that takes it off the site, "cancel the order and I'll send you a new invoice with the right postage")
    `(?:cancel|delete|remove)(?: (?:the |your |ur |this |that )?(?:(?:${MARKETPLACES_EN})(?:'s)? )?(?:order|listing|purchase|checkout|it))?(?![a-z])[^.!?\\n]{0,40}?(?:(?:send|e-?mail|message|text) (?:you |u )?(?:an?|the) (?:(?:direct|private|separate|personal|paypal|new) )?invoice (?:directly|direct|privately|in private|instead|myself|personally|ourselves|outside|off|by email|to your email|via paypal|through paypal|over paypal)|(?:send|e-?mail|message|text) (?:you |u )?(?:an?|the|my|our) (?:own )?(?:direct|private|personal|paypal) invoice|bill (?:you|u) (?:directly|direct|privately|myself|personally|ourselves|separately|outside|off|via paypal|through paypal))(?![a-z])`,
    // (…and in Chinese: 取消订单，我直接给你开个PayPal账单; 单子退掉，我单独发你invoice)
    '(?:(?:取消|退掉|撤销|撤掉)(?:掉|了)?(?:这个|这笔|那个|那笔)?(?:订单|单子)|(?:订单|单子)(?:先)?(?:取消|退掉|撤掉|撤销)|cancel(?:掉|了)?)[^。！？!?\\n]{0,12}?(?:直接|单独|私下)(?:给|帮)?(?:你|您)?(?:开|发)(?:给)?(?:你|您)?(?:个|一个|一张|一份)?(?:paypal ?)?(?:账单|invoice|付款单)',
    // the same told as what the writer does now or will do, in any tense ("we're taking payment off the app tonight",
    // "I'm accepting payments outside Etsy", "collecting payment off-platform for the boxes"): the money goes round the
    // platform, whoever is told
    `(?:taking|takes|took|accept(?:s|ed|ing)|collect(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|handl(?:es|ed|ing)|sort(?:s|ed|ing)|settl(?:es|ed|ing)) (?:the |your |all |our )?payments? (?:off[- ](?:the )?(?:app|platform|site|stream|live)|outside(?: of)? (?:the )?(?:app|platform|site|${MARKETPLACES_EN}))(?![a-z])`,
    // the price split, the rest of it sent to the writer apart from the order ("send me the other $179 separately", "pay us
    // the remaining £40 privately"), or a sum sent round the platform ("send me $20 off the app"): the sum named, so not
    // goods or photos sent apart; a bare sum "separately" may be an extra listing
    "(?:send|pay|transfer|wire|venmo|zelle|paypal|e-?transfer) (?:me|us) (?:the )?(?:(?:other|rest of the|remaining|remainder of the|balance of(?: the)?) (?:[$£€] ?\\d+(?:[.,]\\d+)?|\\d+ ?(?:dollars|bucks|pounds|euros|quid))(?: (?:dollars|bucks))? (?:separately|privately|direct(?:ly)?|outside|off[- ](?:the )?(?:app|site|platform))|(?:[$£€] ?\\d+(?:[.,]\\d+)?|\\d+ ?(?:dollars|bucks|pounds|euros|quid)) (?:privately|outside|off[- ](?:the )?(?:app|site|platform)))(?![a-z])",
    // the listing bought for a token sum so the sale shows here, the rest paid round it ("buy it for $1 on here so it
    // shows as sold", "check out at £1 and I'll send the balance…")
    "(?:buy|pay for|purchase|order|check ?out)(?: it| this| them| the item| the listing)? (?:for|at) (?:just |only )?(?:[$£€] ?(?:1|0\\.01|0\\.99)|(?:1|one) (?:dollar|buck|pound|euro))(?!\\d|[.,]\\d)[^.!?\\n]{0,40}?(?:shows? (?:up )?(?:as )?sold|mark(?:ed|s)? (?:it |them )?(?:as )?sold|(?:send|pay|transfer|wire|venmo|zelle)(?: me| us)? the (?:other|rest|remaining|balance|difference))(?![a-z])",
    // the refund or compensation paid by the writer round the platform ("I'll refund you privately", "reimburse you off
    // the app"): "personally" alone is not enough, a shop may say it of its own refund. The refund given as a thing too, and
    // the marketplace by its name ("I'll send a partial refund outside eBay", "give you a refund off Etsy"), or a wallet named
    // as the way ("I'll refund you via PayPal": a marketplace's refund goes back through its own checkout)
    `(?:(?:refund|reimburse|compensate|pay) (?:you|u)(?: back)?(?: the money| it| the difference| the rest| in full)?|(?:send|give|issue|do)(?: you| u)? (?:a |the |your )?(?:partial |full |small |little )?refund) (?:privately|in private|off[- ](?:the )?(?:app|platform|site|record|books|${MARKETPLACES_EN})|outside (?:of )?(?:the )?(?:app|platform|site|${MARKETPLACES_EN})|between us|on the side|(?:via|on|through|by|with|over|thru) (?:${WALLETS_EN}|paypal|wise))(?![a-z])`,
    // the platform's refund called slow, then the writer's own transfer instead ("the marketplace refund takes 10 days, send
    // me your bank details"; "…takes ages, I'll pay you back personally"): not the wait told alone ("…takes 5 days to reach
    // your bank account")
    `(?:platform|marketplace|app|site|in-app|${MARKETPLACES_EN}) refunds? (?:takes?|can take|will take|would take|could take|is|are)[^.!?\\n]{0,24}?(?:days|weeks|ages|forever|too long|so long|a while|slow)(?![a-z])[^\\n]{0,60}?(?:(?:send|give|share|tell|text|message|dm|pm) (?:me|us) (?:your )?(?:bank|account|card|paypal)|(?:i|we)(?:'ll| will| can|'d| could) (?:just )?(?:(?:transfer|send|pay|refund|wire)(?: you)?(?: back)?(?: the money| it| the refund)?(?: to you)? (?:myself|personally|privately|instead)|(?:transfer|wire) (?:it|the money|the refund)(?: to you)? (?:directly|today|now)))(?![a-z])`,
    // the order on a marketplace, named in full or by its short name, passed over for the writer's own way ("dont buy through
    // ML, pay me by transfer", "no need to order on Jumia, send me the money and I deliver", "skip the order on amz, e-transfer
    // me"): the way must follow, as "don't buy on Temu, the quality is bad" is a buyer's advice
    `(?:(?:(?:don'?t|do not)(?: need to| have to)?|no need to) (?:order|buy|purchase|check ?out|pay|book|shop)(?: it| this| them)?|skip (?:the )?(?:order|checkout|purchase)) (?:through|thru|on|via|in|at|from|with) (?:the )?(?:${MARKETPLACES_EN}|${MARKET_SHORT_EN})(?![a-z])(?=[^.!?\\n]{0,40}?(?:pay (?:me|us|direct|cash|in cash|by|via|with)|(?:send|transfer|wire) (?:me|us|the money|the payment|it to me)|(?:bank|wire|direct) transfer|e-?transfer|zelle|venmo|cash ?app|gcash|paynow|upi|bank in|cash (?:on|at|when|in person)|(?:order|buy|get it) (?:direct(?:ly)? )?from (?:me|us))(?![a-z]))`,
    // the order cancelled, then paid in cash in person ("cancel the order, we meet up and you pay cash", "cancel it on the app
    // and we do cash on pickup"): the goods change hands off the platform; round 63: or cash sent by post ("cancel the order
    // here, post me the cash and I'll ship it"; not "cash on delivery")
    // (or refunded through the app, the money then taken in cash: "refund it on the app and I'll take cash on collection")
    `(?:cancel|delete|remove|refund) (?:the |your |ur |this |that )?(?:(?:${MARKETPLACES_EN})(?:'s)? )?(?:order|listing|purchase|booking|reservation|it)(?: on (?:the )?(?:app|site|platform))?(?![a-z])[^.!?\\n]{0,40}?(?:(?:pay|do|bring|hand|give|take)(?: (?:me|us|it))?(?: (?:in|with|by))? cash|(?<![a-z])for cash(?! on delivery| refund| back)|cash (?:on|at|when|in person|upon)|pay (?:me |us )?(?:in person|when we meet|on meet ?up|at (?:the )?meet ?up)|(?:mail|post|send)(?: me| us)?(?: the)? cash(?! on delivery| refund| back))(?![a-z])`,
    // (the same with the app named and no order: "refund through the app and I'll take cash"; only a person paying or taking
    // the cash right after, as "cash on delivery orders are refunded to your wallet" is the platform's own)
    "refund(?: (?:it|this|that|the item|the purchase))? (?:through|thru|on|via|in) (?:the )?(?:app|site|platform),? (?:and |then |and then )?(?:i|we|you|u)(?:'ll| will| can| could)?(?: just| simply)? (?:pay|do|bring|hand|give|take)(?: (?:me|us|it))?(?: (?:in|with|by))? cash(?![a-z])",
    // the buyer told to get a refund from the platform, then the goods sold or paid for round it (申请退款后微信付 in English:
    // "request a refund on eBay and I'll sell it to you privately", "ask for a refund, then pay me directly"); a refund
    // told ("I requested a refund on eBay") or the platform's own after it ("…and we'll send a new one") is neither
    `(?:request|ask for|apply for|open|file|claim|put in for|get) (?:a |the |your |for a )?(?:full )?refund(?: request)?(?: (?:on|through|thru|via|from|with|in) (?:the )?(?:app|site|platform|${MARKETPLACES_EN}))?[^.!?\\n]{0,16}?(?:,|and|then|&)(?: then)?,? (?:(?:i|we)(?:'ll| will| can| could|'d| would)? (?:just )?(?:sell|resell|let you have) (?:it|this|them|one|the item|you (?:it|this|them|one|the item))(?: back)?(?: to you)? (?:privately|directly|direct|personally|myself|in private|on the side|off[- ](?:the )?(?:app|site|platform|record|books)|outside(?: of)? (?:the )?(?:app|site|platform|${MARKETPLACES_EN}))|(?:just )?(?:pay|buy (?:it |them )?from|order from) (?:me|us) (?:direct(?:ly)?|privately|outside|off[- ]|(?:in )?cash))(?![a-z])`,
    // buying or dealing direct told bare, the saving after a sign or a comma ("deal direct = 20% less", "buy direct, save $30"); not what a shop
    // says of its own buying ("we buy direct, 20% cheaper than retail")
    `(?<![a-z])(?<!(?:we|i|they|who|that) )${DIRECT_DEAL}(?:ly)?(?: with (?:me|us))? ?(?:=|->|→|:|,|-|–|—|and|&) ?(?:save |get )?(?:(?:[$£€] ?\\d+|\\d+ ?%|\\d+ ?(?:dollars|bucks|quid|pounds|euros))(?: less| cheaper| off| lower| discount)?|cheaper|for less|less)(?![a-z])(?! than (?:retail|stores?|shops?|others?|rrp|msrp|the (?:shops?|stores?|high street)))`,
    // the dispute, claim or case closed or not opened, then the writer's own payment by a way round the platform ("close the
    // dispute and I'll refund half by bank transfer", "don't open a case, we can pay you back via Zelle"): the writer's verb
    // and the way both needed, as "close the return request, the refund goes back to your card" is the platform's own
    `(?:close|cancel|withdraw|drop|retract|pull|take back|call off|(?:don'?t|do not|no need to|pls don'?t|please don'?t) (?:open|file|raise|start|escalate|submit))(?: out)? (?:the |your |this |that |ur |an? |any )?(?:(?:${MARKETPLACES_EN})(?:'s)? )?(?:dispute|case|claim|complaint|chargeback|return request|refund request|returns?|report|a-?to-?z(?: claim)?|inr(?: claim)?)(?![a-z])(?![^.!?\\n]{0,40}?(?:original|back to your|automatically))[^.!?\\n]{0,40}?(?<![a-z])(?:i|we)(?:'ll| will| can| could|'d| would)? (?:just |then )?(?:refund|pay|send|transfer|reimburse|compensate|give|wire|venmo|zelle)(?![a-z])[^.!?\\n]{0,24}?(?:(?:by|via|through|thru|over|with|using|on) (?:a |an )?(?:bank transfer|wire(?: transfer)?|e-?transfer|interac|zelle|venmo|cash ?app|paypal(?: f&f| friends (?:and|&) family)?|revolut|wise|western union|gcash|paynow|payme|fps|crypto|usdt|bitcoin|cash)|privately|in private|on the side|off[- ](?:the )?(?:app|platform|site|record|books)|outside (?:the )?(?:app|platform|site|${MARKETPLACES_EN})|in cash|cash in hand|(?:myself|personally|ourselves)(?! (?:through|thru|via|on|in|from) (?:the )?(?:app|site|platform|${MARKETPLACES_EN}))|(?<=(?:pay|refund|reimburse|compensate|send) (?:you |u )?(?:back |the money |it |the difference |(?:your|ur) (?:money|refund|payment) back )?)direct(?:ly)?(?! (?:through|thru|via|on|in|from|to your (?:card|account|original))))(?![a-z])`,
    // the deal itself done privately ("we do the deal privately", "let's finish the sale between us", "settle the payment
    // off-app"): the sale leaves the platform (not a talk, "discuss the deal privately", which is contact-request's)
    "(?<![a-z])(?:do|finish|complete|close|handle|make|settle|seal) (?:the|this|our|a) (?:deal|sale|trade|transaction|payment|purchase) (?:privately|in private|between (?:us|ourselves)|off[- ](?:app|site|platform))(?![a-z])",
    // the marketplace said not to find out ("Poshmark won't know", "the app doesn't need to know"): only beside the private
    // way or a price (keep), as "Amazon won't know your address" is no deal
    `(?<![a-z])(?:${MARKETPLACES_EN}|${MARKET_SHORT_EN}|the (?:app|platform|site|marketplace))(?: will| would)? (?:won'?t|will not|wouldn'?t|would not|doesn'?t|does not|don'?t|never|(?:doesn'?t|does not|don'?t) (?:need|have) to|(?:has|have) no way to) (?:ever )?(?:know|find out|notice|see it)(?![a-z])`,
    // the buyer asked to buy it off the app, for a price the writer names ("if you buy it off the app I can do $40"): not
    // "bought it off the app" (from it) with no offer after
    `(?:if you|you can|you could|could you|can you|we can|we could|just) (?:buy|get|order|purchase|grab) (?:it|this|them|one|these|those) (?:off|outside)(?: of)?[- ](?:the |this )?(?:app|platform|site|${MARKETPLACES_EN})(?![a-z])(?=[^.!?\\n]{0,40}?(?:(?:i|we) (?:can|could|'ll|will|would) (?:do|give|let|sell|make|take)|[$£€] ?\\d|cheaper|for less|instead|discount))`,
    // round 50: the payment or deposit required to be paid outside the app, in the passive ("Deposit must be paid outside
    // the app", "the balance is paid off the platform", "payment to be paid outside Etsy"): not a warning ("must never
    // be paid outside", "is not to be paid off the app"), whose negation stands between
    `(?<![a-z])(?:payments?|deposits?|(?:the |your |full )?(?:balance|rest|remainder|total|full amount|price|money|fees?|payment|deposit)) (?:(?:must|has to|have to|needs? to|will|should|shall|is to|are to|can only)(?: only)? be|(?:is|are|gets?)(?: only)?|to be) paid (?:only )?(?:outside|off)(?: of)?[- ](?:the |this |our )?(?:app|platform|site|website|${MARKETPLACES_EN})(?![a-z])`,
    // B2B: a bank transfer (T/T, a wire) or the payment sent round the platform or its escrow ("can we do T/T outside Trade
    // Assurance", "wire the balance off the platform"): the way named, then outside what protects the order
    `(?<![a-z])(?:t/t|wire|remit|telegraphic transfer|bank transfer|pay|settle|send (?:the )?(?:money|payment|balance))(?: (?:it|us|me|them|the (?:money|payment|balance|deposit|rest)))?(?: (?:by|via|with|through) (?:a )?(?:t/t|wire(?: transfer)?|bank transfer|telegraphic transfer))?,? (?:outside|off)(?: of)?[- ](?:the )?(?:platform|site|app|1688|trade ?assurance|escrow|${MARKETPLACES_EN})(?![a-z])`,
    // …or the wholesale marketplace skipped and the writer paid straight ("let's skip Alibaba and pay our factory directly";
    // eBay, Etsy and Amazon skipped are the form above's, with its shorter span)
    `(?<![a-z])skip(?:ping)? (?:the )?(?!(?:ebay|etsy|amazon|marketplace)(?![a-z]))(?:${MARKETPLACES_EN}|1688|trade ?assurance|escrow)[^.!?\n]{0,24}?(?:pay|wire|transfer|send|t/t|remit)(?: it| the (?:money|payment|balance))?(?: (?:to )?(?:us|me|our [a-z]+|my [a-z]+))? direct(?:ly)?(?![a-z])`,
    // round 59: a fee asked to be paid by a person-to-person way ("pay the $15 fee by bank transfer", "pay the release charge via
    // Zelle"): the fee is the scam's, not the platform's checkout
    `(?<![a-z])pay (?:the |a |an |your |this |that )(?:(?:[$£€] ?\\d+(?:\\.\\d+)?|\\d+(?:\\.\\d+)? ?(?:dollars|usd|euros?|pounds)) )?(?:[a-z]+ )?(?:fee|charge|deposit|surcharge|penalty|rent|first month|first month'?s rent|month'?s rent|holding fee)s? (?:by|via|through|thru|over|with|using) (?:a |an )?${P2P_EN}(?![a-z])`,
    // round 65: the marketplace proposed to be left out, "let's not go through it", with the private payment or the fees
    // it takes after, in the same sentence or the next ("let's not go thru Mercari, their cut is huge. I'll send you a
    // payment link", "we could not do it through the app, I'll invoice you"). Not a warning (no "let's", "we could"), nor
    // the return process ("let's not go through Etsy's returns" names something of the site's).
    // (the subject in a look-behind, so that "not go through"-like words are what wakes the pattern, not "lets" or "we can")
    `(?<=(?<![a-z])(?:let'?s|lets|let us|we can|we could|we should|i'?d rather|i would rather|better to) )not (?:go|do it|do this|deal|pay|buy|order|bother) (?:through|thru|via|on|over|with) (?:the )?(?:${MARKETPLACES_EN}|${MARKET_SHORT_EN}|platform|app|site|marketplace)(?![a-z'’])(?=[^\n]{0,90}?(?:payment link|pay(?:ment)? request|invoice|pay (?:me|us)|send (?:me|us) (?:the )?(?:money|payment)|zelle|venmo|cash ?app|paypal|e-?transfer|bank transfer|wire|direct(?:ly)?|(?:their|the|its) (?:cut|fees?|commission)|fees? (?:are|is)|cheaper|offline|cash)(?![a-z]))`,
    // round 67: the matter itself proposed to be settled off the marketplace ("let's settle this off Etsy", "we can sort it
    // out outside eBay", "better to handle this outside the app"): the refund or the dispute leaves the platform. The
    // proposer's words before (a warning, "never settle outside eBay", has none), and not "the site's" own process after.
    `(?<=(?<![a-z])(?:let'?s|lets|let us|we can|we could|we should|i'?d rather|i would rather|better to|happy to|i can) )(?:just )?(?:settle|sort|handle|resolve|deal with|sort out|take care of) (?:this|it|that|the (?:refund|return|issue|problem|dispute|matter))(?: out)? (?:outside|off)(?: of)?[- ](?:the )?(?:app|platform|site|${MARKETPLACES_EN})(?![a-z'’])`,
    // round 68: the deal done "outside" the marketplace in Spanish and Portuguese inside English ("cómpralo por fuera de
    // Mercado Libre", "paga por fora do app", "fechamos fora da plataforma"): the verb of the deal, then fuera/fora and the
    // marketplace or the app (not a parcel left "fora da caixa", nor a meet-up "fuera de la estación", nor the warning
    // "não compre fora do app", "nunca pagues por fuera")
    `(?<![a-z])(?<!(?:nao|no|nunca|jamas|jamais|nem|never|don'?t) )(?:compra(?:me|s|r|lo|la)?|compre|paga(?:me|s|r)?|pague(?:s)?|me paga|me pague|vend(?:o|e|emos)|te (?:lo |la )?vendo|cerr(?:amos|ar)|fech(?:amos|ar)|arregl(?:amos|ar)|negoci(?:amos|ar)|hac(?:emos|er) (?:el trato|la venta|el pago)|faz(?:emos|er) (?:o negocio|a venda|o pagamento))(?: (?:lo|la|isso|eso|o negocio|a venda|la venta))? (?:por )?(?:fuera|fora)(?: de| del| do| da)? (?:la |el |a |o )?(?:app|aplicativo|aplicacion|plataforma|site|sitio|pagina|${MARKETPLACES_EN}|${MARKET_SHORT_EN})(?![a-z])`,
    // round 68: Hindi-English "don't order on <the marketplace>" with the private payment or the saving after it
    // ("Amazon pe order mat karo, seedha UPI karo"): not a warning that names no other way ("…mat karo, fake hai")
    `(?<![a-z])(?:${MARKETPLACES_EN}|app|site|website) (?:pe|par|se|mein|me) (?:order |payment |checkout |booking )?mat (?:karo|karna|karein|kijiye|lo|lena|kharido)(?![a-z])(?=[^.!?\n]{0,40}?(?:direct|seedha|sidha|mujhe|humko|hamko|private|upi|gpay|paytm|phonepe|cash|sasta|kam lagega|discount)(?![a-z]))`,
    // round 68: Tagalog-English, the order cancelled and the payment then made to the writer ("i-cancel mo yung order, sa
    // akin ka na lang magbayad", "cancel nyo po tapos direct bayad sa akin")
    `(?<![a-z])(?:i-?)?cancel(?![a-z])[^.!?\n]{0,40}?(?:direct (?:bayad|payment|transfer)|(?:bayad|magbayad|ibayad|bayaran|padala|transfer)(?: (?:niyo|nyo|mo|ka|po|na lang|nalang|na))* (?:sa akin|sakin|sa amin|samin|direct|diretso)|(?:sa akin|sakin)(?: (?:ka|kayo|niyo|nyo|po))?(?: na lang| nalang)? (?:bayad|magbayad|ibayad|mag-?transfer))(?![a-z])`,
    // round 68: Malay-English, the private transfer proposed ("kita buat private transfer", "boleh guna direct transfer")
    '(?<![a-z])(?:kita|kami|saya|boleh) (?:buat|guna|pakai) (?:je |jer |aje )?(?:private transfer|private tf|private payment|direct transfer|direct tf|direct payment|personal transfer|personal tf|personal payment)(?![a-z])',
    // round 71: "here" passed over first, then the cash in person (别在这儿拍了，当面给现金就行; 唔使喺呢度落单，现金交收): the
    // form above in the other order; not cash on delivery through the courier (不用在这付，货到付款现金给快递员)
    `(?:不(?:用|要|必|需要)|别|无需|唔(?:好|使|洗|用))(?:再)?(?:在(?:这里|这边|这儿)|喺(?:呢度|这里))(?:上面?|里面?)?(?:下单|落单|拍|付款|付|买|购买)(?:了|啦|喇)?[,，]?(?![^。！？!?\\n]{0,16}?(?:货到付款|到付|快递|骑手|配送|送货员))[^。！？!?\\n]{0,10}?${CASH_MEET}`,
    // round 71: the payment named with no verb, then outside the app, a plea or the site's cut right after it ("balance
    // off the app please", "deposit outside Etsy pls, they take 15%", "retainer outside Upwork to skip the fees"): not a
    // rule or a warning ("no deposits outside the app", "deposits outside the app aren't covered"), which has neither
    // (a bare "payment" left out: the word is in too many texts to be what wakes the pattern)
    `(?<![a-z])(?<!(?:no|never|not|any|don'?t) )(?:the |your |ur |my |our )?(?:deposit|balance|remaining balance|final payment|downpayment|down payment|retainer|booking fee)s? (?:outside|off)(?: of)?[- ](?:the |this )?(?:app|platform|site|website|${MARKETPLACES_EN})(?![a-z])(?=,? ?(?:pls|plz|please|thx|thanks|if (?:you|u) can|if possible|works better|is better|is easier|is cheaper)(?![a-z])|[^.!?\n]{0,40}?(?<![a-z])(?:takes|charges|keeps|eats|grabs|skims) (?:a |an |\d|their|its|too|half|like)|[^.!?\n]{0,30}?(?<![a-z])(?:save|saves|avoid|skip|dodge) (?:the |their |its |on )?(?:fees?|commission|cut)(?![a-z]))`,
    // the payment itself to be made off the site ("complete payment outside the app", "make the payment off Etsy",
    // "payment outside the app please"): the writer's ask (a warning's "never make payment outside the app" is read as one)
    `(?:complete|make|send|finish|process|submit|do)(?: the| your| a| my| all)? payments? (?:outside|off)(?: of)?[- ](?:the |this )?(?:app|site|platform|website|${MARKETPLACES_EN})(?![a-z])`,
    `payments? (?:outside|off)(?: of)?[- ](?:the |this )?(?:app|site|platform|website|${MARKETPLACES_EN}),? (?:please|pls|plz|preferred|is (?:better|easier|faster|cheaper|fine)|works better)(?![a-z])`,
    // PayPal's personal mode asked by another name ("paypal gift only", "send as gift on paypal", "no goods and services"):
    // the buyer's protection left out, as friends and family is. (A seller asking for goods and services is the safe way.)
    '(?:paypal|pp) gift(?: payments?| option| mode)? only(?![a-z])', 'as (?:a )?gift (?:on|via|through|thru|with|in) (?:paypal|pp)(?![a-z])',
    '(?<![a-z])no (?:goods (?:and|&|n) services|g ?& ?s|g\\/s)(?![a-z])(?! (?:fees?|tax|taxes))',
    // paid to the writer by another app in place of the site ("could you pay me through PayPal instead?")
    'pay (?:me|us) (?:through|via|by|with|on|using|over) (?:zelle|venmo|cash ?app|apple cash|chime|revolut|paypal|pp|wise|google pay|gpay|apple pay) instead(?![a-z])',
    // cash or an app of the writer's, then the marketplace order or listing cancelled ("let's do cash on pickup, cancel the
    // order on the app", "you pay cash when we meet and I'll cancel the listing"): the order, not a question about one
    `(?:let'?s do|we can do|we'?ll do|i'?ll take|i can take|pay (?:me )?(?:in|by|with|via|through)|(?:you|u) (?:can |just )?pay(?: me)?(?: in| by| with| via)?) (?:${P2P_EN}|cash|paypal)[^.!?\\n]{0,30}?(?:,|and|then|just|so) (?:just |i'?ll |we'?ll |i will |we will )?cancel (?:the |your |ur |this |my )?(?:(?:${MARKETPLACES_EN}|app) )?(?:order|purchase|checkout|listing)(?![a-z])`,
    // the money wired into the writer's own bank account ("wire the deposit to my Chase account", "send the balance into
    // our bank account")
    '(?:wire|transfer|send|deposit|pay) (?:the |your |a )?(?:deposit|money|payment|balance|funds|full amount|rest|remainder|down ?payment) (?:to|into) (?:my|our) (?:[a-z]+ )?(?:bank )?(?:account|acct|acc)(?![a-z])',
    // the writer's own invoice or money request from another app ("I'll send you a PayPal invoice", "text you a Venmo
    // request")
    '(?<=(?<!(?:n\'?t|not|never|no longer) )(?:send|e-?mail|text|message) (?:you|u) (?:a |an |my |our )?)(?:paypal|venmo|zelle|cash ?app|stripe|square|wise) (?:invoice|payment request|money request|request|payment link)(?![a-z])',
    // round 75: a direct payment asked, then the site's fee or commission as the reason in the same sentence ("kindly make
    // direct payment, Etsy charges too much commission", "pay me directly, the app takes 15%"): not the fee only complained of,
    // nor a direct debit or deposit through the site ("direct payment through Etsy is fine")
    `(?<![a-z])(?<!(?:no|never|not|don'?t|won'?t) )(?:make|do|send|pay|prefer|want|accept|need)(?: me| us)? (?:a |the |your )?(?:direct|private|personal) (?:payment|transfer|bank transfer|deposit)(?![a-z])(?! (?:through|thru|via|on|in|with) (?:the )?(?:${MARKETPLACES_EN}|app|site|platform))(?=[^.!?\n]{0,40}?(?<![a-z])(?:${MARKETPLACES_EN}|the app|the site|the platform|they|it)(?:'s)? (?:charges?|takes?|keeps?|eats?|grabs?|skims?|deducts?|cuts?) (?:too much|so much|a lot|a big|a huge|huge|high|heavy|crazy|\\d|their|its|half)[^.!?\n]{0,16}?(?:commission|fees?|cut|charges|percent|%))`,
    // round 79: an app of the writer's named first, then the site's buy button or checkout to be left alone ("venmo or zelle
    // works, just don't use the buy button"): the form above in the other order. (Not PayPal or cash alone, which a
    // checkout or a delivery may take.)
    `(?<![a-z])${P2P_EN}(?![a-z])[^.!?\\n]{0,40}?(?:don'?t|do not|no need to) (?:use|click|press|hit|tap|go through|bother with) (?:the )?(?:(?:${MARKETPLACES_EN}|platform|app|site)(?:'s)? )?(?:buy(?: it)? now|buy|checkout|check out|purchase|add to cart)(?: button)?(?![a-z])`,
    // round 79: the writer's own taking of a person-to-person app or crypto, with no "only" ("I'll take crypto", "we accept
    // Zelle", "I can take e-transfer"): the writer, not a buyer asking ("do you accept Venmo?") nor a refusal ("I can't take").
    // (The writer in a look-behind, so that the app's name is what wakes the pattern, not "take")
    `(?<=(?<![a-z])(?:i|we)(?:'ll| will| can| also| do| happily)? (?:take|accept) (?:payments? (?:in|via|by|through) )?)(?:crypto|bitcoin|btc|usdt|tether|eth|zelle|venmo|cash ?app|e-?transfer|interac)(?![a-z])`,
    // round 82: the deal or the job taken off the marketplace by name ("we can do it for less if we take this off Fiverr",
    // "let's take the order off eBay"): not a listing taken down ("I took it off eBay, it sold elsewhere")
    `(?<=(?<![a-z])take (?:this|it|the (?:deal|order|job|project|sale|gig|work|booking)|things) )off (?:of )?(?:the )?(?:${MARKETPLACES_EN}|${MARKET_SHORT_EN}|app|site|platform)(?![a-z])`,
    // round 82: the wallet's transfer to the writer's number or ID ("just do UPI to my number", "send gcash to my number").
    // (In this form and the two after it the words around the app or the person are look-arounds, so that the names wake
    // the pattern, not "to my" or "pay me")
    '(?<=(?<![a-z])(?:do|send|make)(?: (?:a|the|me))? )(?:upi|gpay|google pay|phonepe|paytm|gcash|maya|zelle|venmo|cash ?app|m-?pesa|opay|palmpay|interac|e-?transfer)(?= (?:payment |transfer )?(?:to|on|at) my (?:number|phone|mobile|no\\.?|upi|id|upi id|account|email)(?![a-z]))',
    // round 82: the money sent to a relative's or a friend's account or app ("send it to my sister's cash app", "pay into my
    // husband's account"): someone else's account, no seller and no platform behind it
    `(?<=(?<![a-z])(?:send|pay|transfer|wire|deposit)(?: (?:the|your|it|me))?(?: (?:money|payment|deposit|balance|funds|rest|full amount))? ?(?:to|into|on) my )(?:sister|brother|wife|husband|mother|father|daughter|cousin|friend|partner|uncle|aunt)(?:'s|s) (?:${P2P_EN}|paypal|gcash|maya|account|bank account|acct|wallet|card|number|upi)(?![a-z])`,
    // round 82: paid in crypto with no "only" ("you can pay me in crypto", "pay us with USDT")
    '(?<=(?<![a-z])pay (?:me|us) (?:in|with|via|by|using) )(?:crypto|bitcoin|btc|usdt|tether|ethereum)(?![a-z])',
    // round 80: the writer paid privately ("pay me privately and I'll mark it sold", "just pay us on the side"): not a
    // warning, whose negation stands before
    "(?<![a-z])(?<!(?:never|don'?t|do not|not|no|won'?t) )pay (?:me|us) (?:privately|in private|on the side|under the table)(?![a-z])",
    // round 80: the marketplace's checkout said not to be needed ("no need for the app checkout", "no need for Etsy's checkout")
    `(?<![a-z])no need (?:for|to use) (?:the |a )?(?:(?:app|site|platform|${MARKETPLACES_EN})(?:'s)? )?checkout(?![a-z])`,
    // round 80: the job, the booking or the deal done outside a marketplace of any kind ("let's do the job outside Upwork",
    // "we can work outside Airtasker"; "outside" only, the word the pattern is woken by): not a warning ("never do it outside eBay"); the fixed list above kept for its spans
    `(?<![a-z])(?<!(?:never|don'?t|do not|not|won'?t|can'?t|cannot) )(?:do (?:it|this|the (?:job|work|deal|booking|sale|trade|gig|rest))|work|book(?: it| this)?|hire me|deal|trade) outside(?: of)?[- ](?:the )?(?:${MARKETPLACES_EN})(?![a-z])`,
    // round 80: the writer's own price outside the marketplace ("outside Thumbtack I charge $40", "off the app we only charge
    // 30 quid"): a rate offered for going round it ("charge" or "do it for", the words the pattern is woken by)
    `(?<![a-z])(?:outside|off)(?: of)?[- ](?:the )?(?:${MARKETPLACES_EN}|app|platform|site),? (?:i|we)(?:'d|'ll| will| would| can| could)? (?:only )?(?:charge|do it for)(?: (?:you|u))? (?:just |only )?(?:[$£€₹₦] ?\\d|(?:ksh|kes|rs\\.?|inr|ngn|n) ?\\d|\\d+ ?(?:bucks|dollars|pounds|quid|rupees|naira|shillings|k)(?![a-z]))`,
    // round 80: the marketplace skipped, then the stay, the job or the goods booked or paid direct with the writer ("skip
    // Airbnb, book directly with me", "skip StubHub and pay me direct"): a hotel's own "book direct with us" has no skip (eBay, Etsy, Amazon, the app or
    // the site skipped are the skip form above's, with its shorter span)
    `(?<![a-z])skip(?:ping)? (?:the )?(?!(?:ebay|etsy|amazon|marketplace)(?![a-z]))(?:${MARKETPLACES_EN})(?![a-z])[^\\n]{0,30}?(?:book|pay|deal|buy|order|rent|hire|reserve|transfer)(?: it| this| them| me| us)? direct(?:ly)?(?: (?:with|from|to|through) (?:me|us))?(?![a-z])`,
    // round 80: the stay or the job booked direct with the writer ("book direct with me next time", "book the flat directly
    // through me"): "me", a host or a tasker; a hotel's "book direct with us" is its own site
    '(?<![a-z])book(?:ing)? (?:it |this |again |next time |the (?:room|place|flat|stay|unit|house|apartment|cabin|villa|car|session|job) )?direct(?:ly)? (?:with|through|from) me(?![a-z])',
    // round 80: the payment off the app priced lower ("off-app payment = 10% off", "outside-platform transfer gets a discount"):
    // the saving said right after it; a warning that such payments are not covered names none
    '(?<![a-z])(?:off|outside)[- ](?:the )?(?:app|platform|site) (?:payments?|transfers?)(?![a-z])[^.!?\\n]{0,16}?(?:\\d+ ?% off|discount|cheaper|less|(?<![a-z])save)',
    // round 83: the goods bought off the app for a lower sum ("buy it off app for $40", "get it off-platform for less"):
    // the price is the reason to leave. Not a warning ("never buy off app") nor the app's own price ("off the app's price").
    `(?<![a-z])(?<!(?:never|don'?t|do not|not|won'?t|can'?t|cannot|shouldn'?t) )(?:buy|get|order|grab|have)(?: (?:it|this|them|one|the (?:item|set|pair|bag|dress|lot|bundle)))? (?:off app|off-app|off the app|off platform|off-platform|off the platform)(?:,| and| instead)? (?:for|at) (?:just |only )?(?:[$£€₹₦] ?\\d|\\d+ ?(?:bucks|dollars|pounds|quid|k)?(?![a-z0-9%])|less|cheaper)`,
    // round 83: a refund asked of the platform, then the writer paid the way agreed before ("request a refund here and pay
    // me the usual way", "get a refund, then just pay us the other way"): the way unsaid is the one round the platform
    `(?:request|ask for|apply for|open|file|claim|get) (?:a |the |your )?(?:full )?refund(?: request)?[^.!?\\n]{0,24}?(?:,|and|then|&)(?: then)?,? (?:just )?pay (?:me|us) (?:the (?:usual|old|other|normal|regular) way|another way|a different way|my way|like (?:last time|before|usual)|the way (?:we|i) (?:said|discussed|talked about|agreed|did (?:it )?before))(?![a-z])`,
    // round 83: Tagalog-English "not through Shopee any more" (di na dadaan sa Shopee, wag na tayong dumaan sa Lazada): the
    // order kept off the marketplace, as "skip Shopee" is
    `(?<![a-z])(?:di|hindi|wag|huwag|'wag) na (?:tayo |tayong |po |natin )?(?:dadaan|dumaan|idadaan|idaan)(?: pa)? sa (?:${MARKETPLACES_EN}|app|platform)(?![a-z])`,
    // round 84: an overpayment's surplus asked back round the platform ("send the extra back to me outside the app", "refund
    // the difference via Zelle"): the overpayment scam's second step. The surplus named, not a refund the platform makes
    // (the verb in a look-behind, so that the surplus is what wakes the pattern)
    `(?<=(?<![a-z])(?<!(?:never|don'?t|do not|not|won'?t|can'?t) )(?:refund|send back|return|pay back|transfer back|wire back|send|transfer|wire)(?: (?:me|us))? (?:the |my |our )?)(?:difference|extra|excess|overpayment|overpaid amount|surplus)(?: (?:back|amount))?(?: (?:to|for) (?:me|us))?(?: back)? (?:(?:outside|off)(?: of)?[- ](?:the |this )?(?:app|platform|site|website|${MARKETPLACES_EN})|(?:by|via|through|thru|with|using|on|over) (?:a |an )?(?:${P2P_EN}|paypal|gcash|upi|paynow))(?![a-z])`,
    // round 84: a deposit or fee of a sum sent round the platform, often as a "verification" of the buyer ("send a $10
    // refundable deposit outside the app", "pay a small holding fee off Airbnb first"): not a rule ("no deposits outside the
    // app"), which has no verb of sending before it. ("off" only right after "deposit" or "fee", so that the pair is what
    // wakes the second form: "off" alone is in every "20% off")
    `(?<=(?<![a-z])(?<!(?:never|don'?t|do not|not|won'?t|no need to) )(?:send|pay|make|transfer|wire|leave)(?: (?:me|us))? (?:a |an |the |your )?(?:(?:[$£€₱₹] ?\\d+(?:\\.\\d+)?|\\d+ ?(?:dollars|bucks|pounds|quid|usd|aud|cad|sgd|php|inr)) )?(?:(?:small|little|quick|refundable|holding|security|verification|good[- ]faith|booking) )*)(?:deposit|fee|payment|downpayment)(?: first)? outside(?: of)?[- ](?:the |this )?(?:app|platform|site|website|${MARKETPLACES_EN})(?![a-z])`,
    `(?<=(?<![a-z])(?<!(?:never|don'?t|do not|not|won'?t|no need to) )(?:send|pay|make|transfer|wire|leave)(?: (?:me|us))? (?:a |an |the |your )?(?:(?:[$£€₱₹] ?\\d+(?:\\.\\d+)?|\\d+ ?(?:dollars|bucks|pounds|quid|usd|aud|cad|sgd|php|inr)) )?(?:(?:small|little|quick|refundable|holding|security|verification|good[- ]faith|booking) )*)(?:deposit|fee) off[- ](?:the |this )?(?:app|platform|site|website|${MARKETPLACES_EN})(?![a-z])`,
    // round 84: Tagalog-English, no need to go through the marketplace ("no need na dumaan sa Lazada", "di na kailangan
    // idaan sa app"): the form of round 83 with "no need" for its "not any more"
    `(?<![a-z])(?:no need|di na kailangan|hindi na kailangan|di na need|hindi na need)g? (?:na |pa |po |tayo |natin )*(?:dadaan|dumaan|idadaan|idaan)(?: pa)? sa (?:${MARKETPLACES_EN}|app|platform)(?![a-z])`,
    // round 84: Tagalog-English, the payment "outside" ("bayad sa labas na lang", "sa labas na lang tayo magbayad"): not
    // outside a place ("sa labas ng mall", "sa labas ng gate"), which names it after "ng"
    `(?<![a-z])(?:(?:bayad|bayaran|magbayad|payment|transaction|transact|deal)(?: (?:na lang|nalang|po|tayo|natin|mo|niyo|nyo))* sa labas(?! ng)|sa labas(?: (?:na lang|nalang|po|tayo|natin|mo|niyo|nyo))+ (?:bayad|magbayad|bayaran|payment|mag-?transact|deal))(?![a-z])`,
    // round 85: part paid on the platform, the rest round it ("deposit here, balance outside the app", "the remaining
    // amount off-platform after delivery"): the rest named, then where it goes (the rest's word wakes the form, not "outside")
    `(?<![a-z])(?:remaining|remainder|balance|rest of (?:the )?(?:payment|money|amount|price))(?: (?:amount|payment|balance|sum))?(?: (?:to be )?(?:paid|pay|sent|send|transfer(?:red)?|settled?))?(?: to (?:me|us))? (?:outside|off)(?: of)?[- ](?:the |this )?(?:app|platform|site|website|${MARKETPLACES_EN})(?![a-z])`,
    // round 85: a refund asked of the platform, then the difference, the balance or the money paid to the writer outside or
    // direct ("request a refund and pay the balance to me directly"): round 83's refund form with the sum named
    `(?:request|ask for|apply for|open|file|claim|get) (?:a |the |your )?(?:full )?refund(?: request)?[^.!?\\n]{0,24}?(?:,|and|then|&)(?: then)?,? (?:just )?(?:pay|send|transfer)(?: (?:me|us))? (?:the (?:difference|balance|rest|money|price|full amount)|it)(?: (?:to|for) (?:me|us))? (?:outside|direct(?:ly)?|privately|in private|off (?:the )?app|off-app|off[- ]platform)(?![a-z])`,
    // round 85: the order closed or cancelled, the deal made again offline or privately ("please close the order, we do a
    // new deal offline", "cancel this order and we'll settle privately"): not a refund told ("cancel it and we'll refund
    // you directly"), which names no deal
    `(?<![a-z])(?:close|cancel)(?: (?:this|the|that|your|ur))? (?:order|purchase|transaction|listing)(?![a-z])[^.!?\\n]{0,30}?(?:(?:new |a |the )?(?:deal|order|trade|transaction|sale|payment)|settle|pay|trade|buy|sell)(?: it| this)? (?:offline|outside|privately|in private|off[- ]app|off[- ]platform)(?![a-z])`,
    // round 85: cash on delivery or a meet-up paid outside the marketplace ("pwede COD outside Lazada", "cash on delivery
    // outside the app"): not a warning, whose negation stands before
    `(?<![a-z])(?<!(?:never|don'?t|do not|not|no|won'?t|can'?t|cannot|avoid) )(?:cod outside|cash on delivery outside|cash outside|meet-?up outside|meetup outside)(?: of)?[- ](?:the |this )?(?:app|platform|${MARKETPLACES_EN})(?![a-z])`,
    // round 85: ordering through the platform priced above the writer's own deal ("buying through the app is +15%", "order
    // via Shopee costs 10% more"): the surcharge is the reason to leave
    `(?<=(?<![a-z])(?:order(?:ing)?|buy(?:ing)?|pay(?:ing)?|check(?:ing)? ?out) )(?:through|thru|via) (?:the )?(?:platform|app|site|website|shop|${MARKETPLACES_EN})(?= (?:is|costs?|will (?:be|cost)|=) (?:\\+ ?\\d+ ?%|\\d+ ?% (?:more|extra|higher)|more expensive|pricier|extra))`,
    // round 85: the off-app payment rewarded with goods rather than a discount ("off-app payment gets you 2 for 1", "pay
    // outside the platform and get a free gift"): round 80's form with the bonus for the saving
    '(?<![a-z])(?:off app|off-app|off the app|off platform|off-platform|off the platform|outside the app|outside-app|outside the platform|outside-platform) (?:payments?|transfers?)(?![a-z])[^.!?\\n]{0,16}?(?:\\d+ (?:for|4) \\d+|buy \\d+ get \\d+|b\\d+t\\d+|free (?:gift|item|shipping|delivery)|freebies?|bonus)',
    // round 86: the payment itself taken or moved off the marketplace by name ("let's take the payment off Shopee", "move
    // the transaction off carousell"), as round 82's deal: not a listing taken down
    `(?<![a-z])(?<!(?:never|don'?t|do not|not|won'?t|can'?t) )(?:take|move|settle|do) (?:the |your |this |our |that )?(?:payment off|payments off|transaction off|transactions off) (?:of )?(?:the )?(?:${MARKETPLACES_EN}|${MARKET_SHORT_EN}|app|site|platform)(?![a-z])`,
    // round 88: suppliers' English, the platform not to be gone through, "to" and "the" left out ("no need go through
    // platform", "not need pay via Alibaba"): the marketplace's name in the match, so that it wakes the pattern
    "(?<=(?<![a-z])(?:no need|not need|needn'?t|dont need|don'?t need|no must) (?:to )?(?:go|pay|order|buy|deal|trade|make (?:the )?(?:order|payment)) (?:through|thru|via) (?:the |this )?)(?:platform|alibaba|aliexpress|dhgate|made-in-china|1688|global sources|globalsources|trade assurance|marketplace)(?![a-z])",
    // round 88: the bank's wire paid straight to the supplier for a discount or with the platform's fee saved ("pay by T/T
    // direct to our factory, 3% discount", "Western Union directly to us, no commission"): T/T, a wire or a remittance
    // service named, "direct" right after it, the reward in the sentence. Not a wire told with no gain ("T/T direct is
    // slow"). The means is the match, so that it wakes the pattern
    "(?<=(?<![a-z])(?:pay|paying|payment|send|remit|transfer)(?: (?:by|via|with|in|the|us|me))? )(?:t/t|t\\.t\\.?|telegraphic transfer|bank transfer|wire transfer|western union|moneygram)(?= direct(?:ly)?(?: to (?:the |our |my )?(?:factory|us|me|company|account|supplier))?(?![a-z])[^.!?\\n]{0,50}?(?<![a-z])(?:discount|\\d+ ?% off|cheaper|save|saving|lower price|better price|no (?:fee|commission)|without (?:the )?(?:fee|commission)|rebate)(?![a-z]))",
    // round 87: the deal itself done off a marketplace named, with a price or the writer's offer before it ("I can do $80 if
    // we do it off the site", "cheaper if we do the trade off StockX"): a warning or a question kept out by the negation
    `(?<=(?<![a-z])(?:we|i|u|you) (?:can |could |just )?)(?<!(?:never|don'?t|do not|not|won'?t|can'?t) )(?:do it off|do this off|do the deal off|do the trade off|do the sale off) (?:of )?(?:the )?(?:${MARKETPLACES_EN}|${MARKET_SHORT_EN}|app|site|platform)(?![a-z])`,
    // round 87: the rest of the price sent outside the site with no "me" ("buy the $2 listing and send the other $90 outside
    // the app", "pay the remaining €60 off the platform"): a sum named, and the site after (the verb in the span, so that
    // "send the other" or "pay the remaining", not "the other" alone, wakes it)
    `(?<![a-z])(?:send|pay|transfer|wire) (?:the other|the rest of the|the remaining|the remainder of the) (?:[$£€] ?\\d+(?:[.,]\\d+)?|\\d+ ?(?:dollars|bucks|pounds|euros|quid)) (?:outside|off)[- ](?:of )?(?:the )?(?:app|site|platform|website|${MARKETPLACES_EN})(?![a-z])`,
    // round 87: Tagalog-English, the money paid straight to the writer ("diretso bayad sa akin", "direkta na lang padala
    // sa amin", "send diretso sa akin"), or the site's checkout skipped with the private way after it ("wag na sa checkout, gcash na lang"): round 84's "sa labas"
    "(?<![a-z])(?:diretso|direkta|derecho|dretso)(?: na| lang| nalang| na lang| po| nyo| mo)* (?:bayad|magbayad|ibayad|bayaran|padala|ipadala|send|transfer|hulog)(?: na| lang| nalang| na lang| po| nyo| mo| niyo| ninyo)* sa (?:akin|amin|kin|'kin)(?![a-z])",
    // (round 94: the reader's own "mag checkout" turned down too, "wag ka na mag checkout sa shopee, gcash mo na lang")
    "(?<![a-z])(?:wag|huwag|hwag|hindi|di)(?: (?:ka|kayo|nyo|niyo|na|po)){0,3} (?:(?:sa|dumaan sa) |mag-?|mag )checkout(?![a-z])(?=[^.!?\\n]{0,40}?(?<![a-z])(?:gcash|maya|diretso|direkta|sa akin|sa amin|bank|bpi|bdo|padala|transfer)(?![a-z]))",
    // round 89: a buyer's report of the seller's ask, the money paid to "him" or "her" directly ("he told me to cancel and
    // pay him directly"): the first form's "me" in the third person ("him direct" or "her direct" wakes it; not "them", a
    // brand or a courier paid)
    `(?<=(?<![a-z])(?<!(?:never|don'?t|do not|not|won'?t|can'?t) )(?:pay|paying|paid|transfer|send|sending|wire) )(?:him|her) direct(?:ly)?(?![a-z])(?! (?:through|thru|via|on|in|at) (?:the )?(?:app|site|checkout|platform|${MARKETPLACES_EN}))`,
    // round 89: the writer's refund made as a gift card instead, so that nothing goes back through the platform ("cancel the
    // return, I'll refund you with a $40 Target gift card instead"): "I" or "we" refund, the card named, then "instead" or
    // no need to send it back. (The card's name wakes it; not the platform's own refund to a gift-card balance, told with no
    // writer, nor "we can't refund you with a gift card")
    "(?<=(?<![a-z])(?:i|we)(?:'ll| will| can| could|'d| would)?(?: just| then| happily)? (?:refund|reimburse|compensate|pay) (?:you |u )?(?:back )?(?:with|in|by|via|as) (?:a |an )?(?:[$£€] ?\\d+(?:[.,]\\d+)? )?(?:[a-z]+ )?)(?:e-?gift ?cards?|gift ?cards?|gift codes?)(?![a-z])(?=[^.!?\\n]{0,30}?(?<![a-z])(?:instead|no need to (?:return|ship|send)|(?:keep|don'?t (?:return|ship|send)) (?:it|the item|them))(?![a-z]))",
    // round 90: the refund asked from the marketplace, then the writer paid on the side ("ask for a refund on Flipkart and
    // then pay me cash", "claim the refund from Lazada, then send us the money"): the order undone, the money taken off it
    // (the real case of 申请退款后微信付). The marketplace is the match, so that its name wakes the pattern. (Round 94: a
    // clause of when may stand between, "…through Lazada once it's paid, then send me the money")
    `(?<=(?<![a-z])(?:request|ask for|apply for|claim|get|file for|file) (?:a |the |your |for )?refunds? (?:from|on|in|through|via|with) )(?:${MARKETS_NAMED})(?=(?: [^.!?\\n]{0,24}?(?:,| and| then)| ?(?:and|then|,|&|n))(?: then| just)? (?:pay|send|transfer|give|gcash|upi) (?:(?:me|us)(?![a-z])|(?:the )?(?:money|cash|amount|balance|payment) (?:to )?(?:me|us)(?![a-z])))`,
    // round 90: the marketplace's own payment not to be gone through or used, in Singapore, Malaysian and Nigerian English
    // ("no need go thru Shopee, bank in to me directly", "make we no use Jumia pay, just transfer"), with the private way in the
    // sentence after it: round 88's supplier form for the consumer marketplaces, which needs the way named
    `(?<=(?<![a-z])(?:no need|not need|needn'?t|dont need|don'?t need|we no|make we no|no) (?:to )?(?:go|pay|use|pass|order) (?:through |thru |via |with |for )?(?:the |this )?)(?:${MARKETS_NAMED})(?=(?:'s)?(?: (?:pay|payment|checkout|wallet|escrow))?[^.!?\n]{0,40}?(?<![a-z])(?:direct|directly|bank ?in|bank transfer|transfer|gcash|paynow|duitnow|upi|gpay|m-?pesa|opay|cash)(?![a-z]))`,
    // round 91: the Chinese wallets, the writer's own accounts there, put in the platform's place as foreign buyers are told
    // ("just pay me on alipay instead", "pay us via weixin instead"); round 80's list names the Western apps only. The
    // wallet is the match, so that its name, not "pay", wakes the pattern
    "(?<=(?<![a-z])(?:pay|send|transfer)(?: it| the money)? (?:me|us) (?:through|via|by|with|on|using|over|in) )(?:wechat(?: ?pay)?|weixin|alipay|zfb)(?= instead(?![a-z]))",
    // round 91: the price or what is left of it sent to the writer as a red packet, the gift money of WeChat chats ("send the
    // balance to me as a hongbao", "pay the deposit by red packet"): a gift, so no order holds it. Not a red packet told of
    // as a present or a platform coupon (no price word before it)
    "(?<=(?<![a-z])(?:send|give|pay|transfer)(?: me| us)? (?:the )?(?:rest|balance|remainder|difference|deposit|money|payment|full amount|remaining)(?: to (?:me|us))? (?:as|by|in|via|through|with) (?:a |an |one )?(?:wechat |weixin )?)(?:hongbao|hong bao|red packets?|red envelopes?)(?![a-z])",
    // round 91: the marketplace told off by name for its fee, the writer's own way after ("don't check out on Goofish, the fee is
    // silly, pay me on wechat"): the fee is the reason to leave. Not a warning, whose private way comes first ("never pay
    // outside Xianyu"), nor the fee alone with no way after it. (The "don't" is in the span, or it would negate the match;
    // the fee's words, with their verb, are the literal the prefilter needs, not the "don't")
    `(?<![a-z])(?:don'?t|do not|dont|no need to) (?:pay|order|buy|check ?out)(?: it| this)? (?:on|through|thru|via|in|at) (?:the )?(?:${MARKETPLACES_EN})(?![a-z])[^.!?\\n]{0,20}?(?<![a-z])(?:fee is|fees are|commission is)(?=[^\\n]{0,50}?(?<![a-z])(?:cash|transfer|pay me|pay us|wechat|alipay|hongbao|red packet|zelle|venmo|paypal|revolut|wise|iban)(?![a-z]))`,
    // round 91: the order cancelled, then a payment link of the writer's own sent instead ("cancel the Tmall order, I'll text
    // you a payment link from our own site"): round 60's invoice, as a link. Not a new link through the platform ("cancel it
    // and I'll send a new payment link on Taobao"). (The cancel in a look-behind: the link's words wake the pattern)
    `(?<=(?<![a-z])cancel (?:the |your |ur |this |that )?(?:(?:${MARKETPLACES_EN})(?:'s)? )?(?:order|listing|purchase|checkout|it)(?![a-z])[^.!?\\n]{0,40}?(?:send|text|e-?mail|message|give|dm) (?:you |u )?(?:an?|the|my|our) (?:own |direct |private |personal |separate |new )?)(?:payment|pay|checkout|paypal|stripe|wise|revolut) link(?![a-z])(?![^.!?\\n]{0,30}?(?<![a-z])(?:through|on|via|in|inside) (?:the )?(?:app|site|platform|${MARKETPLACES_EN})(?![a-z]))`,
    // round 91: a direct bank transfer or wire put in the place of the checkout, the agent or the marketplace ("do a direct
    // wire instead of the agent", "direct bank transfer instead of Taobao checkout"); round 80's form has no "direct" before.
    // ("direct" in a look-behind: the transfer's words, not it, wake the pattern)
    `(?<=(?<![a-z])direct )(?:bank transfer|bank wire|bank deposit|transfer|wire|deposit)(?: to (?:me|us))? instead of (?:using |paying (?:through |via |on )?)?(?:the |your |ur )?(?:(?:${MARKETPLACES_EN}) )?(?:checkout|check out|cart|app|platform|site|agent|${MARKETPLACES_EN})(?![a-z])`,
    // round 91: the price paid to the writer by transfer, and the shopping agent, who checks and holds the goods, said not to be
    // needed ("send 60% by transfer today, rest after QC, we don't need the agent"): not a buyer skipping an agent to buy on
    // the marketplace itself (no transfer to the writer before)
    "(?<![a-z])(?:pay|send|transfer|wire)(?: me| us)?[^.!?\\n]{0,50}?(?<![a-z])(?:by|via|through) (?:bank )?transfer(?![a-z])[^\\n]{0,60}?(?<![a-z])(?:no need for|(?:we |you )?don'?t need|skip|without|bypass|forget) (?:the |an |your |ur )?(?:shopping )?agents?(?![a-z])",
    // a person-to-person app asked for in the checkout's place ("can u do zelle instead?", "would you take venmo instead",
    // "how about cash app instead"): the "instead" sets the marketplace's way aside. Not PayPal alone, Apple Pay or a card,
    // which checkouts take
    `(?<![a-z])(?:(?:can|could|would|will) (?:you|u|ya) (?:just )?(?:do|use|take|accept|go with|(?:send|pay)(?: it| me| us)? (?:by|via|on|with|through|over))|how about|what about|(?:i'?d |we'?d )?(?:prefer|rather)|let'?s (?:do|use)|lets (?:do|use)) (?:${P2P_EN}) instead(?![a-z])`,
    // the writer's own invoice or payment request sent by a payment app ("I'll send u an invoice thru paypal", "we can send a
    // payment request on venmo"): the bill made out off the marketplace (not by e-mail: a receipt is mailed too)
    `(?<![a-z])(?:(?:i|we)(?:'ll| will| can| could|'d| would| shall| gonna| am gonna| are gonna)?(?: just)? (?:send|text|message|dm) (?:you |u )?|(?:send|text|message|dm) (?:you|u) )(?:an?|the|my|our) (?:(?:direct|private|separate|personal|new) )?(?:invoice|payment request|money request|pay(?:ment)? link)(?: for (?:it|them|the [a-z]+|[$£€] ?\\d+(?:[.,]\\d+)?))? (?:through|via|on|over|by|with|using) (?:paypal|pp|${P2P_EN}|stripe|square)(?![a-z])`,
    // the buyer told not to check out, the writer to send a payment request or link of their own ("dont check out, i'll send a
    // payment request"): the order kept off the site. Not an invoice (eBay's combined invoice is the site's), nor a request
    // through the marketplace. (The ask in a look-behind: the request's words, not "don't", wake the pattern)
    `(?<=(?<![a-z])(?:don'?t|do not|no need to) (?:check ?out|buy|order|purchase|pay|hit buy|click buy|press buy)(?: it| this| that| yet| now| on (?:here|the app|the site))?(?![a-z])[,;.!-]* ?(?:i'?ll|i will|we'?ll|we will|i can|we can|gonna|lemme|let me)(?: just)? (?:send|text|dm|message) (?:you |u )?(?:(?:an?|the|my|our) )?(?:(?:direct|private|separate|personal) )?)(?:payment request|money request|pay request|pay(?:ment)? link)(?![a-z])(?![^.!?\\n]{0,30}?(?<![a-z])(?:through|on|via|in|from) (?:the )?(?:app|site|platform|${MARKETPLACES_EN}))`,
    // the marketplace's cut named as the reason, then the deal moved off it ("this app takes 20%, lets do it outside", "they
    // charge 13% so we can do it off here for cheaper", "the app charges me fees so i'd rather cash"): the fee is why the writer
    // leaves. Not the fee alone, nor a meeting place
    `(?<![a-z])(?:(?:app|site|platform|${MARKETPLACES_EN}|they|it) (?:takes?|charges?|keeps?|eats?|grabs?|skims?|wants?|steals?)(?: (?:me|us|sellers))?(?: (?:like|about|around|almost|over))? (?:a |an |their |its )?(?:\\d+(?:\\.\\d+)? ?%|(?:huge|big|massive|fat|crazy|stupid|ridiculous|insane|hefty) (?:cut|chunk|fee|fees|commission|percentage|slice)|cut|fees?|commission|too much|so much)|(?:fees?|commission|cut) (?:is|are) (?:so |too |way too )?(?:crazy|insane|ridiculous|high|huge|steep|a joke|a rip ?off))(?![a-z])[^.!?\\n]{0,8}?[,;.!-]* ?(?:so |and |lol |tbh |ngl )?(?:(?:let'?s|lets|we can|we could|i can|can we|could we|happy to|just|wanna|we should|better to|cheaper to|rather)[^.!?\\n]{0,24}?(?<![a-z])(?:deal|trade|do (?:it|this|the deal|the sale)|sell|buy|pay|settle|sort it)(?: it| this| me| you| up)? (?:outside|off here|off the app|off app|off-app|off the site|off site|off platform|off-platform|direct(?:ly)?|privately|in private|elsewhere)|(?:i'?d|we'?d|i would|we would) (?:rather|prefer)(?: (?:do|take|get|have))? (?:cash|a transfer|a bank transfer|bank transfer|an e-?transfer|e-?transfer|${P2P_EN}))(?![a-z])`,
    // the writer's invoice or link paid in the checkout's place ("I'll email you an invoice, pay that instead of checking out")
    "(?<![a-z])pay (?:that|it|this|the invoice|the link|the request|the payment request) (?:instead of|rather than) (?:checking out|check ?out|using (?:the )?checkout|going through (?:the )?checkout|buying (?:it )?(?:here|on here|on the app|on the site)|ordering (?:it )?(?:here|on here|on the app|on the site))(?![a-z])",
    // the money told to go to the writer's own wallet or bank ("send the deposit to my revolut", "pay the rest into my
    // account"): asked, not told of (no subject before the verb but the reader: "etsy sends the money to my bank" is a payout).
    // (The ask in a look-behind: the wallet's name, not "to my", wakes the pattern)
    `(?<=(?<![a-z])(?<!(?:they|it|he|she|who|which|will|'ll|would|i|we|etsy|ebay|amazon|platform|app|site|buyer|customer|never|don'?t|do not|not|won'?t|can'?t) )(?:send|pay|transfer|wire|put|deposit|move|e-?transfer) (?:the |your |ur |that )?(?:deposit|money|payment|balance|rest|remainder|cash|funds|full amount|amount|it|half|[$£€] ?\\d+(?:[.,]\\d+)?|\\d+ ?(?:dollars|bucks|pounds|quid|euros))(?: (?:now|first|today|upfront|up front))? (?:to|into|in|on) (?:my|our) )(?:paypal|pp|${WALLETS_EN}|starling|bank(?: account)?|account|acc|debit card|card|savings|current account|checking)(?![a-z])`,
    // the order undone, then the writer paid at the meet-up ("just cancel and pay me on pickup"): round 60's cancel with no
    // object named
    "(?<![a-z])(?<!(?:don'?t|do not|never|not|won'?t|can'?t) )cancel(?: it)?,? (?:and|then|&|n) (?:just )?pay (?:me|us)(?! back)(?![a-z])",
    // part of the money sent back by a payment app beside the order ("buy it on the app and I'll refund the shipping via
    // venmo"): the writer's own money moved off the platform (not PayPal, which some checkouts refund through)
    `(?<![a-z])(?:i'?ll|we'?ll|i will|we will|i can|we can|i'?d|we'?d) (?:just )?refund (?:you |u )?(?:the )?(?:shipping|postage|delivery|difference|fees?|[$£€] ?\\d+(?:[.,]\\d+)?|part|some|half)(?: of it)?(?: back)? (?:via|on|through|thru|by|with|over) (?:${WALLETS_EN})(?![a-z])`,
    // a deposit or the rest of the price sent by transfer or a payment app ("hold it if you send a deposit by transfer",
    // "accept my offer then send the rest on paypal"): money outside the order
    `(?<![a-z])(?:send|pay|transfer|wire|put down)(?: me| us)? (?:a |the |your |ur )?(?:deposit|rest|remainder|balance|difference|remaining(?: amount| balance)?)(?: of (?:it|the money|the price))? (?:on|via|by|through|thru|with|over) (?:paypal|pp|${WALLETS_EN}|transfer)(?![a-z])`,
    // the lower price said to be had off the site ("happy to do it cheaper off app", "for less outside the platform")
    `(?<![a-z])(?:cheaper|for less|discounted|at a discount|a better price|a lower price)(?: if (?:we|you|u) (?:go|do it|deal|pay|buy))? (?:off|outside)(?: of)?[- ](?:the )?(?:app|site|platform|${MARKETPLACES_EN})(?![a-z])`,
    // the deal done "off here", the site pointed at rather than named ("we can do it off here for cheaper")
    "(?<=(?<![a-z])(?<!(?:never|don'?t|do not|not|won'?t|can'?t) )(?:deal|trade|do (?:it|this|the deal|the sale|the trade)|transact|settle (?:it|up)|finish (?:it|this|the sale|the deal)|sell (?:it|this|them)(?: to (?:you|u))?|pay(?: me| us)?) )off (?:of )?here(?![a-z])",
    // round 93: the overpayment trick told ahead ("I'll send $300 extra for my driver, just refund me the difference by
    // transfer"): the writer's sum over the price, the reader to send the excess back on their own. Not the reader told no
    // refund is needed ("…, no need to refund the difference"), nor a sum paid over and no excess asked back. (Four strings for
    // the excess, "the difference" and the like, so that they, not "more" or "over", wake the pattern)
    `(?<![a-z])(?:i'?ll|i will|i'?m gonna|i am gonna|i'?m going to|i am going to|i can|we'?ll|we will|let me) (?:just )?(?:send|pay|transfer|wire|add|include|put)(?: (?:you|u))? (?:(?:[$£€]|(?<![a-z])r(?=\\d))\\d+(?:[.,]\\d+)?(?: ?k)?|\\d+ ?(?:dollars|bucks|pounds|quid|euros|rand)) ?(?:extra|more|over|on top|too much)(?![a-z])[^.!?\\n]{0,60}?(?<![a-z])(?<!(?:no need to|don'?t|do not|never|dont) )(?:refund|send|pay|give|return|transfer|wire|e-?transfer)(?: (?:me|us|it))?(?: back)? (?:the difference|the extra|the excess|the balance)(?![a-z])`,
    // round 93: a way of paying named, then the site said not to be it ("deposit by EFT first, not through the app", "send the
    // money via bank, not through Gumtree"): the payment kept off the site. Not the site's way named first ("pay in the app, not
    // through the website"), whose checkout or "through the app" stands in the gap. (The way's noun opens the span, not the
    // verb "pay": "pay me directly, not through the app" is the direct form's, with its own span; "not on" and "not in" left
    // out, so that " not through", " not via" wake the pattern, not those common pairs)
    `(?<![a-z])(?:deposit|payment|transfer|eft|money|cash|balance)(?![a-z])(?:(?!(?:through|thru|via|in|on|using|at) (?:the |this |their )?(?:app|site|platform|website|checkout|marketplace)(?![a-z])|checkout|in-app)[^.!?\\n]){0,50}?,? not (?:through|thru|via|using) (?:the |this |their )?(?:site|app|platform|website|marketplace|checkout|${MARKETPLACES_EN})(?![a-z])`,
    // round 93: a payment link said to be outside the app ("I've paid with a secure link outside the app, accept it from your
    // email"): the platform has no links of that kind. Not the warning of one ("never open a pay link outside the app"). (The
    // link in a look-behind, so that "outside" wakes the pattern, not " link")
    `(?<=(?<![a-z])(?<!(?:never|don'?t|dont|do not|not|no|avoid|ignore|scammers?|fake|beware of)[^.!?\\n]{0,30})(?:pay(?:ment)?|secure|checkout|invoice|transfer) links? )outside(?: of)? (?:the |this )?(?:app|site|platform|website|${MARKETPLACES_EN})(?![a-z])`,
    // round 93: the order cancelled (named or not) and paid to the writer or the seller in private ("cancel it and pay me on the
    // side", "she wants me to cancel and pay her privately"): the existing cancel forms need "the order" and "me"
    "(?<![a-z])cancel(?: (?:it|the order|the sale|the purchase|the listing|that))?,? (?:and|then|&|n) (?:just )?(?:pay|send|transfer|wire)(?: (?:me|her|him|them|us|the seller))?(?: (?:the money|the payment|it))? (?:privately|in private|on the side|outside the app|off the app)(?![a-z])",
    // round 92: the marketplace's buy button or checkout told off or skipped, then the money sent to the writer (or by the
    // buyer to "you") privately or directly, a sentence or so on ("no need to press the buy button, depop adds a fee — just
    // e-transfer me directly"; "skip poshmark's checkout and wire it to me directly"): the older "don't use the buy button,
    // then pay me" form above with "skip", the private way and a stop between. Not paid "directly through the app" or at a place
    `(?<![a-z])(?:(?:don'?t|do not|no need to|pls don'?t|please don'?t) (?:use|click|press|hit|tap|go through|bother with)|skip|bypass) (?:the )?(?:(?:${MARKETS_NAMED}|platform|app|site)(?:'s)? )?(?:buy|checkout|check out|purchase|add to cart)(?: it now| now)?(?: button)?(?![a-z])[^\n]{0,80}?(?<![a-z])(?:pay|send|transfer|wire|e-?transfer)(?: it| me| you| u| payment| money| the money| the payment| the cash)?(?: to me| to you| to u)? (?:direct(?:ly)?|privately|in private|on the side)(?![a-z])(?! (?:through|thru|via|on|in|at|with) (?:the|this|our|your) )`,
    // round 94: the paying or the deal itself put outside the app or a marketplace named, as an offer, a condition or a
    // question ("if you're fine paying outside mercari I'll knock off 10", "half upfront outside the app?", "can we do this
    // one outside etsy"): round 82's verbs in the -ing form and with a share of the price. Not a warning or a report ("never
    // pay outside", "do not give out your email or pay outside the app", "scammed paying outside the app"), nor "them" paid
    // (a buyer telling of a stranger's ask). The verb in a look-behind: "outside", not "pay", wakes the pattern
    `(?<=(?<![a-z])(?<!(?:never|don'?t|do not|not|won'?t|can'?t|avoid|stop|after|from|by|about|scammed|risk|safe|of) )(?:paying|pay|do (?:it|this|this one|that one|the deal|the sale)|sort (?:it|this)|half(?: now| upfront| up front| first)?)(?: (?:me|us))? )(?<!(?<![a-z])(?:never|don'?t|dont|do not|not|won'?t|can'?t|avoid|stop)(?![a-z])[^.!?\\n]{0,50})outside(?: of)? (?:the )?(?:app|site|platform|website|${MARKETS_NAMED})(?![a-z])`,
    // round 94: the money of the deal settled by the two sides themselves ("we'll settle the balance between us", "I'll sort
    // the payment with you myself"): the money named (not "I'll handle it myself", the parcel), and the private way after it
    // (spelt out whole, "with you myself": "myself" alone would wake the pattern on every story)
    "(?<=(?<![a-z])(?<!(?:never|don'?t|do not|not|won'?t|can'?t) )(?:sort|settle|handle|arrange|sort out|do) (?:the money|payment|the payment|the rest|the balance|the remainder)(?: out)? )(?:between us|between ourselves|privately|in private|with you myself|with you ourselves|with you privately|with you between us)(?![a-z])",
    // (…or the deal itself done between the two, the platform set aside after it: "let's just do it between us, not via the
    // app"; not "we'll sort it between us" of a problem, with no platform set aside)
    "(?<=(?<![a-z])(?<!(?:never|don'?t|do not|not|won'?t|can'?t) )(?:do|sort|settle) (?:it|this|the deal|the trade|the sale) )(?:between us|between ourselves)(?=[^.!?\\n]{0,30}?(?<![a-z])(?:not (?:through|via|on|in|thru)|instead of|rather than|skip|off (?:the )?(?:app|site|platform)|fees?|(?:their|its|the) cut)(?![a-z]))",
    // round 94: the writer who would rather be paid directly ("I'd rather you paid me directly, the payouts take ages"), the
    // wish in a look-behind: not a report of a buyer who paid (and "paid me" there too: the way, not "paid", wakes it)
    "(?<=(?<![a-z])(?:rather|prefer(?:red)? (?:it )?if|prefer that|happier if|easier if|better if) (?:you|u) paid (?:me|us) )(?:direct(?:ly)?|privately|outside|in cash|by (?:bank )?transfer)(?![a-z])",
    // round 94: a direct (bank) transfer as the way to pay, the supplier's offer ("pay us by direct transfer for the factory
    // price"); not a checkout's own bank transfer, named after it
    "(?<=(?<![a-z])(?:pay|paying|payment|send (?:it|the money|payment))(?: (?:me|us))? (?:by|via|with|through) )direct (?:bank )?transfer(?![a-z])(?![^.!?\\n]{0,40}?(?<![a-z])(?:at|in|on|through) (?:the )?checkout)",
    // round 94: the order cancelled, and the writer letting the item go for a sum instead ("cancel on your side and I'll let
    // you have it for $30"): not a relisting or a new offer through the app after it
    "(?<![a-z])cancel(?: it| the order| your order| ur order| the purchase| that order| this order)?(?: on your (?:end|side))?(?:,| and| then)[^.!?\\n]{0,12}?(?:i'?ll|we'?ll|i can|we can|i will|we will) (?:let (?:it|them) go|let you have (?:it|them)|do (?:it|them)|sell (?:it|them)(?: to you)?|give (?:it|them) to you) for (?:[$£€] ?\\d+|\\d+)(?![^.!?\\n]{0,30}?(?<![a-z])(?:on|through|via|in) (?:the )?(?:app|site|listing|offer|checkout))",
    // round 94: a buyer's account of the seller's ask, the order cancelled and "them" paid directly (round 89's him or her,
    // after a cancel: a brand or a courier is not paid after cancelling). Not asked as a question of safety after (keep)
    "(?<=(?<![a-z])cancel(?: (?:it|the order|my order|the purchase))? and )pay them direct(?:ly)?(?![a-z])",
    // round 94: the item marked sold or the listing taken down, and the money paid by transfer or in cash ("I'll take the
    // listing down, just e-transfer me"): the sale moved off the app. Not the app's payment named in the message (keep)
    `(?<![a-z])(?:${LISTING_DOWN})(?![a-z])(?=[^\\n]{0,60}?(?<![a-z])(?:bank transfer|bring (?:the )?cash|cash in hand|e-?transfer|pay me (?:direct|cash|in cash|by)|transfer me)(?![a-z]))`,
    `(?<=(?<![a-z])(?:bank transfer|bring (?:the )?cash|cash in hand|e-?transfer|pay me (?:direct|cash|in cash|by)|transfer me)(?![a-z])[^\\n]{0,60}?)(?:${LISTING_DOWN})(?![a-z])`,
    // round 94: the writer's wish not to go through the marketplace's protection or checkout ("I'd rather not go through
    // Depop's checkout, it takes ages"): the marketplace named, the platform's part after it
    `(?<=(?<![a-z])(?:prefer|rather|like|want) (?:not |to not )(?:to )?(?:go|pay|deal|buy|sell) (?:through|via|with|on) (?:the )?(?:${MARKETS_NAMED})(?:'s)? )(?:buyer protection|protection|checkout|payment system|payments?|fees?)(?![a-z])`,
    // a person-to-person wallet offered with the marketplace called the harder way (pay half now by Venmo… easier than the
    // app): not the wallet praised in a review with no app compared ("Venmo is easier than cash")
    `(?<![a-z])(?:${WALLETS_EN}|paypal)(?![a-z])[^.!?\\n]{0,60}?[.!?,]? ?(?:it'?s |that'?s |its |much |way |a lot )?(?:easier|cheaper|faster|quicker|simpler|better) than (?:the |this |using the |going through the |paying through the |paying on the |buying on the )?(?:app|site|platform|checkout|${MARKETPLACES_EN})(?![a-z])`,
    // cash with the app refused ("cash only, no app", "cash, not through the app"): the sale done off it
    "(?<![a-z])cash(?: only)?,? (?:no|not through the|not via the|not on the|without the|skip the) (?:app|site|platform|checkout)(?![a-z])",
    // a gift card bought and its code sent to the writer ("buy a $100 Apple gift card and send me the code"), or named as the
    // way to pay the writer: money that no platform, bank or card company can take back. Not gift cards sold in a shop, one
    // bought and told of ("I bought a gift card and sent him the code"), nor one paid with at the checkout
    `(?<![a-z])(?:buy|get|purchase|pick up|grab)(?: me| us)? (?:a |an |some |two |three |\\d+ )?(?:[$£€]?\\d+ )?${GIFT_CARD_BRAND}gift ?cards?(?: worth [$£€]?\\d+)?[^.!?\\n]{0,40}?(?:send|text|email|give|share|snap)(?: me| us)?(?: the| a)? ?(?:codes?|pins?|card numbers?|numbers?|pics?|photos?|pictures?)(?![a-z])`,
    `(?<![a-z])pay (?:me|us) (?:with|in|by|via|using) (?:a |an )?${GIFT_CARD_BRAND}gift ?cards?(?![a-z])`,
    // a way to pay of the writer's called better than the marketplace's checkout ("I'll send you a link to pay securely, it's
    // faster than Facebook checkout"); not a checkout's own way (Apple Pay, Google Pay, Shop Pay)
    `(?<![a-z])(?<!(?:apple|google|samsung|shop|amazon|g) )(?:pay|paying|payment|link|invoice)(?![a-z])[^.!?\\n]{0,50}?(?:faster|easier|cheaper|quicker|simpler|safer|better) than (?:the |using the |going through the |(?:${MARKETPLACES_EN}|facebook|fb|marketplace)(?:'s)? )?(?:checkout|check ?out|cart)(?![a-z])`,
];
const EN = alternationChunks(EN_FORMS, 8);
const PATTERNS = new Phrases([...ZH, ...EN], { split: PHRASE_PART_SOURCE });
/** The platform named in Spanish and Portuguese, and the second-hand marketplaces of Spain, Portugal and Brazil. */
const PLATFORM_ES_PT = 'plataforma|app|aplicativo|aplicacion|wallapop|vinted|olx|enjoei|mercado ?li[bv]re|shopee|milanuncios';
/** The marketplace's fees in German ("eBay-Gebühren", "ohne Provision"). */
const FEES_DE = `(?:(?:${MARKETPLACES_EN}|plattform|kleinanzeigen)[- ]?)?(?:gebuhren|provision)`;
/**
 * Round 96: the pay-direct frame, read only when no form above found anything in the message: the writer paid straight
 * and the platform left out, in one sentence, either way round ("PayNow me direct lah, no need go through Carousell
 * checkout", "Vinted's cut. Direct transfer and it's yours"); the fee-then-pay order may cross one full stop. Not where
 * the checkout is the place paid (at checkout). Read last, so the forms' own spans stay what they were.
 */
const FRAME_FORMS = [
    `(?<![a-z])${PAY_DIRECT_EN}(?![^.!?\\n]{0,60}?(?<![a-z])at (?:the )?checkout)[^.!?\\n]{0,50}?${PLATFORM_AVOIDED_EN}`,
    `(?<![a-z])${PLATFORM_AVOIDED_EN}[^!?\\n]{0,60}?${PAY_DIRECT_EN}(?![^.!?\\n]{0,40}?(?<![a-z])at (?:the )?checkout)`,
    // …and in Spanish and Portuguese: Pix, a transfer or Bizum, with the platform left out or its commission spared ("no
    // pix direto comigo, fora da plataforma", "por transferencia … así no pago la comisión de Wallapop")
    `(?<![a-z])(?:pix|transferencia|bizum|deposito|mercado ?pago)(?![a-z])[^.!?\\n]{0,60}?(?:fora d[ao]|fuera de(?: la| el)?|sem (?:a )?(?:taxa|comissao) d[ao]|sem passar pel[ao]|sin pasar por(?: la| el)?|sin (?:la )?comision de|no pago (?:la )?comision de|nao pago (?:a )?taxa d[ao]) (?:${PLATFORM_ES_PT}|site|facebook)(?![a-z])`,
    `(?<![a-z])(?:fora d[ao]|fuera de(?: la| el)?) (?:${PLATFORM_ES_PT})(?![a-z])[^.!?\\n]{0,60}?(?:pix|transferencia|bizum|deposito)(?![a-z])`,
    // …and in German: the marketplace's fees left out, and a transfer or PayPal's Freunde & Familie ("ohne eBay-Gebühren:
    // Überweisung vorab"), either way round
    `(?<![a-z])ohne ${FEES_DE}(?![a-z])[^.!?\\n]{0,60}?(?:uberweisung|paypal freunde|barzahlung|bar bezahlen)`,
    `(?<![a-z])(?:uberweisung|paypal freunde)[^.!?\\n]{0,60}?ohne ${FEES_DE}(?![a-z])`,
    // the order refunded on the platform and the money sent to the writer instead ("request a refund and just transfer me
    // the amount"): the taxonomy's refund-then-pay-privately case, in English
    `(?<![a-z])(?:request|ask for|apply for|open|file|claim|get)(?: a| the)? refund(?![a-z])[^.!?\\n]{0,40}?${PAY_DIRECT_EN}`,
];
const FRAME = new Phrases(FRAME_FORMS.map((f) => new RegExp(f, 'g')));
/** A request told of by the one it was made to ("the seller asked me for Pix outside OLX", "me pediu"), not made. */
const TOLD_OF_BEFORE = /(?<![a-z])(?:asked|wanted|told|tried to get|pediu|pediram|pidio|pidieron|queria|queriam)(?: (?:me|us|me to|us to|me for|us for|para|por))?(?![a-z])[^.!?\n]{0,40}$/;
/** A refund said to come back by the way named ("the refund goes back by bank transfer"): the shop's notice, no ask. */
const REFUND_COMES_BACK = /(?<![a-z])refunds? (?:goes|go|will go|is|are|will be|gets?) (?:back|returned|sent|paid|issued)(?![a-z])/;
function keepFrame(m: RegExpExecArray, canon: string): boolean {
  return !TOLD_OF_BEFORE.test(canon.slice(Math.max(0, m.index - 60), m.index)) && !REFUND_COMES_BACK.test(m[0]);
}
/** The forms' matches, or the frame's when they found none. */
function matchPayment(ctx: MatchContext): RawMatch[] {
  const found = phraseMatches(ctx.canon, PATTERNS.for(ctx), keep);
  return found.length > 0 ? found : phraseMatches(ctx.canon, FRAME.for(ctx), keepFrame);
}
const THROUGH_PLATFORM = /^ (?:at|through|on|via|in|from|with|using) (?:the |our |your |this )?(?:checkout|app|site|platform|cart|order|listing|website)/;
/** A refund the platform or shop sends back the way it was paid (原路退回您的支付宝) is not a request to pay privately. */
const REFUND_BACK = /原路|退回|退还|退至|退到您|退到你|已退|到账|查收|refunded to|original payment/;
/**
 * The refund's arrival as the time a private payment follows (退款到账以后我们微信上付, 退款到了之后支付宝转我): the
 * payment is the writer's, not the refund told. (Not a notice or a record there: 到账后微信通知您, 微信转账记录.)
 */
const ARRIVED_THEN_PAY = new RegExp(`^(?:到账|到了|成功|通过)(?:了)?(?:以后|之后|后)[^。！？!?\\n,，]{0,6}?${W}(?:上)?(?:再|来|重新)?(?:付|转(?!账?(?:记录|明细|账单|通知))|补|结|交易)`);
const REFUND_TOLD = /原路|退回|退还|退至|退到您|退到你|已退|查收|refunded to|original payment/;
/**
 * The wallet as where a refund lands or is seen (退款到支付宝余额, 退款会打到微信零钱, 退款成功后微信通知, 到了以后在支付宝账单里
 * 看): the platform pays back the way the buyer paid.
 */
const REFUND_LANDS = new RegExp(`^退款(?:会|将|已|已经)?(?:原路)?(?:打|退|返|转)?(?:到|至|进)(?:你|您)?的?${W}$`);
const WALLET_NOTICE = /^(?:上|里|里面)?(?:会|将)?(?:通知|提醒|推送|账单|零钱|余额|记录|明细|消息|钱包)/;
/** The seller's lower price kept on the site ("…directly for less on our Etsy shop", "…cheaper through the app"). */
const ON_SITE_AFTER = new RegExp(`^,? (?:on|through|via|in|at|from) (?:the |our |my |this )?(?:${MARKETPLACES_EN}|shop|store|listing|checkout|app|site|platform|website)(?![a-z])`);
const OFFER_BEFORE = /(?:'ll|will|can|could|would|'d|may|might|happy to|able to|want to|rather|just|then|and) $/;
/**
 * The refund's private way itself declined inside the match (申请退款就得，唔使搵我哋私下处理; 退款走平台，不用加微信):
 * the "no need" bears on the private act, with only a verb of reaching and a "we" between.
 */
// (…or told as not asked for at all, in a buyer's account of the refund: 退款了，没让加任何微信, 也没有叫我私下转)
const REFUND_NOT_PRIVATE = new RegExp(`(?:(?:不用|不要|无需|不需要|不必|别|勿|唔使|唔洗|唔驶|唔用|唔好|唔需要|毋须|没必要|用不着)(?:再)?|(?:没|没有|也没|也没有|并没|并没有|从没|从来没|都没)(?:让|叫|要|要求)(?:我|我们)?(?:去|再)?)(?:找|搵|联系|联络|跟|和|同|通过|经|用|加|走)?(?:我们|我|卖家|商家|客服|本店)?(?:任何|什么|别的)?(?:私下|${WALLET_ALT}|转我|付我)$`);
/** (a warning not to believe or heed someone, inside a refund's match: 不要相信, 别理会, 谨防, 小心) */
const TRUST_WARNED = /(?:不要|别|勿|切勿|不可|不能|千万别)(?:相信|信|理会|理睬|轻信|搭理)|谨防|小心|警惕|当心|提防/;
const DIRECT_DEAL_HEAD = new RegExp(`^${DIRECT_DEAL}`);
const DIRECT_ON_SITE = new RegExp(`(?<![a-z])(?:at|in|on|through|via|from) (?:the |our |my |this )?(?:checkout|cart|app|site|platform|website|listing|shop|store|${MARKETPLACES_EN})(?![a-z])`);
const WARNED_WAYS = /(?<![a-z])(?:don'?t|do not|never|avoid|(?:please |pls )?no)(?: ever)? (?:pay(?:ing)?|send(?:ing)?(?: money| payment)?|us(?:e|ing)|wir(?:e|ing)|transfer(?:ring)?)(?![a-z])[^.!?\n,;:]{0,24}? (?:via|with|by|through|thru|over|using|on|in) (?:[^.!?\n,;:]{0,20} )?$/;
/** The writer turning the mode down right before it (round 91): "I don't take", "we won't accept", "we never use". */
// (round 96: or a list of ways refused before it, "I won't accept bank transfers or PayPal F&F")
const FF_REFUSED = /(?<![a-z])(?:i|we)(?: (?:do not|don'?t|dont|won'?t|will not|never|no longer|can'?t|cannot))(?: (?:ever|really))? (?:take|accept|do|use)(?: [a-z]+(?: transfers?| payments?)?(?:,| or| and| nor|, or)){0,3}(?: paypal)? $/;
/** …and the checkout named after it as the only way (FF_REFUSED): the order stays on the platform. */
const FF_CHECKOUT_ONLY = /^[^.!?\n]{0,6}?(?<![a-z])(?:only|just)(?: (?:use|through|via|pay (?:at|through|via|by)))? (?:the )?(?:platform|app|site|agent'?s?|shop'?s?|store'?s?|in-app|website)?'? ?(?:checkout|check out|payment|cart)(?![a-z])/;
/** PayPal's person-to-person mode named bare ("F&F", "PayPal F&F", "friends and family"). */
const FF_MODE = /^(?:paypal f&f|f&f|friends (?:and|&) family)$/;
/**
 * PayPal's person-to-person mode told as having no buyer protection, right after its name ("F&F payments aren't covered
 * by buyer protection", "friends and family is not protected"), with no ask for it after in the sentence or the next.
 */
const FF_UNCOVERED = /^(?: payments?| transfers?| mode| option)? (?:(?:are|is|aren'?t|isn'?t|are not|is not|never|not|never gets?|don'?t get|doesn'?t get|do not get|does not get)(?: ever)? (?:not )?(?:covered|protected|eligible|include[ds]?)|(?:has|have|get|gets|comes? with) (?:no|zero) (?:buyer |purchase )?protection)(?![^!?\n]{0,70}?(?:(?<![a-z])(?:but|though|still|anyway|pls|please|only|so (?:send|pay)|send (?:it|me|the)|pay me)(?![a-z])))/;
/** The platform said not to find out (NOT_KNOW_ZH, NOT_KNOW_EN): told beside a private way or a price in the same message. */
const NOT_KNOW_ZH = /(?:不会|不可能|没法|无法)(?:知道|发现|查到)$|查不到$|发现不了$/;
const NOT_KNOW_EN = /(?:know|find out|notice|see it)$/;
const SECRET_DEAL = /off[- ](?:the )?(?:app|site|platform)|outside|direct|privately|in private|cash|venmo|zelle|paypal|e-?transfer|wire|cheaper|instead|[$£€] ?\d|discount|私下|私底下|直接(?:转|付|给|交易)|转我|付我|转账|现金|线下|便宜|少收|不走|(?:app|软件|平台)外/;
/**
 * Round 93: the words printed on a product, quoted as its name ("'Venmo me for my emotional labour' funny mug", "\"Cash App
 * me\" sticker, 3 in"): the quote opens just before the match and closes after it, a product word right after the close.
 */
const QUOTE_OPEN_BEFORE = /(?:^|[\s(])["“‘'][^"”’'\n]{0,40}$/;
const PRINTED_ON_AFTER = /^[^"”’'\n]{0,40}["”’'][^.!?\n"“]{0,14}?(?<![a-z])(?:mugs?|cups?|t-?shirts?|tees?|shirts?|hoodies?|sweatshirts?|jumpers?|stickers?|signs?|prints?|posters?|totes?|tote bags?|decals?|magnets?|pins?|badges?|keychains?|keyrings?|caps?|hats?|socks|onesies?|aprons?|pillows?|cushions?|greeting cards?|plaques?|coasters?|banners?|patches?)(?![a-z])/;
/** Round 94: a buyer asking whether the ask they tell of is safe ("…and pay them directly. Is that safe?"): a question. */
const SAFETY_ASKED = /(?<![a-z])(?:is (?:that|this|it) (?:safe|normal|legit|ok|okay|allowed)|scam|dodgy|sketchy|should i)(?![a-z])/;
/** Round 94: the app's own payment named beside the listing marked sold ("once it's paid through the app I'll mark it sold"). */
const PAID_ON_APP = /(?<![a-z])(?:through|via|on|in|with) (?:the )?(?:app|site|checkout|buy now|platform)(?:'s)?(?: (?:checkout|payment|button))?(?![a-z])/;
function keep(m: RegExpExecArray, canon: string): boolean {
  if (m[0].charCodeAt(0) < 128 && QUOTE_OPEN_BEFORE.test(canon.slice(Math.max(0, m.index - 42), m.index)) && PRINTED_ON_AFTER.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 80))) return false;
  if (m[0].startsWith('pay them direct') && SAFETY_ASKED.test(canon.slice(m.index, m.index + 90))) return false;
  if (/^(?:mark|take) /.test(m[0]) && PAID_ON_APP.test(canon)) return false;
  if ((NOT_KNOW_ZH.test(m[0]) || NOT_KNOW_EN.test(m[0])) && !SECRET_DEAL.test(canon.slice(Math.max(0, m.index - 80), m.index) + ' ' + canon.slice(m.index + m[0].length, m.index + m[0].length + 40))) return false;
  // the ways listed as what the buyer must not pay by, the platform's checkout the only way ("do not pay sellers via Venmo,
  // Zelle or wire transfer, only through our checkout"): a warning. The "don't" must bear on the list itself, with no
  // comma between ("don't pay via PayPal, Zelle only" is the writer's own terms)
  // (the bare saving kept on the site after all: "order direct: 10% off your first box at checkout")
  if (DIRECT_DEAL_HEAD.test(m[0]) && DIRECT_ON_SITE.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 50).split(/[.!?\n]/)[0]!)) return false;
  if (/only$/.test(m[0]) && WARNED_WAYS.test(canon.slice(Math.max(0, m.index - 40), m.index))) return false;
  // the mode turned down by a bare "no" right before it, as a listing lists what it does not take ("no F&F, no trades")
  // (round 93: or quoted from a listing, "says 'no PayPal F&F'": a quote mark, not a word's apostrophe, before the "no")
  if (FF_MODE.test(m[0]) && /(?<![a-z])(?<![a-z]['’])no (?:paypal )?$/.test(canon.slice(Math.max(0, m.index - 10), m.index))) return false;
  // (round 91: or by the writer who does not take it, the platform's checkout named after as the only way: "we don't accept
  // PayPal friends and family, only the app checkout"; not "I don't take F&F usually, but for you ok")
  if (FF_MODE.test(m[0]) && FF_REFUSED.test(canon.slice(Math.max(0, m.index - 30), m.index)) && FF_CHECKOUT_ONLY.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 50))) return false;
  // (round 65: the mode told as what buyer protection leaves out, "Friends and Family payments aren't covered, use the
  // checkout": a warning, unless the writer still asks for it after, "F&F isn't covered but send it that way")
  if (FF_MODE.test(m[0]) && FF_UNCOVERED.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 90))) return false;
  if (m[0].includes('退款') && REFUND_NOT_PRIVATE.test(m[0])) return false;
  // the buyer told to ask for the refund, then warned not to trust whoever reaches them in private (请点「申请退款」，不要相信
  // 私下联系您的人): the private contact is the scam warned of, not the way offered
  if (m[0].includes('退款') && TRUST_WARNED.test(m[0])) return false;
  // the cancelled order told as what the seller cannot do after it ("if you cancel the order I can't sell it to you cheaper")
  // (the apostrophe may be left out, "cant", "wont"; not any word ending in -nt: "a payment request")
  if (/^(?:cancel|delete|remove) /.test(m[0]) && /(?:n't|\b(?:ca|wo|do|does|did|is|are|would|could|should)nt|\bnot|\bnever|\bno longer) /.test(m[0])) return false;
  // (the payment requested on the site itself after all: "…send you a payment request through eBay")
  if (/^(?:cancel|delete|remove) /.test(m[0]) && /request|from (?:you|u)$/.test(m[0]) && ON_SITE_AFTER.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 40))) return false;
  // (…or the invoice sent through the marketplace after all: "cancel it and I'll send you an invoice directly through eBay")
  if (/^(?:cancel|delete|remove)(?![a-z])/.test(m[0]) && /invoice(?: [a-z]+)?$|bill (?:you|u) [a-z ]+$/.test(m[0]) && ON_SITE_AFTER.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 50).replace(/^ direct(?:ly)?(?= )/, ''))) return false;
  // (the refund of the cancelled order told, "cancel the order and the refund comes back by bank transfer")
  // (round 67: not when the writer's refund itself goes round the platform, "cancel the eBay return, I'll refund you outside eBay")
  // (round 84: nor when a case or a dispute is what is cancelled and the writer refunds "myself" or "directly": "cancel the
  // case and I'll refund you myself"; the platform's own refund after a case has neither)
  if (/^(?:cancel|delete|remove) /.test(m[0]) && /refund|money back/.test(m[0]) && !/(?<![a-z])(?:outside|off[- ]|privately|in private|on the side)(?![a-z])/.test(m[0]) && !(/^(?:cancel|delete|remove) (?:the |your |ur |this |that |an? |any )?(?:[a-z]+(?:'s)? )?(?:dispute|case|claim|complaint|chargeback)(?![a-z])/.test(m[0]) && /(?<![a-z])(?:myself|personally|ourselves|direct(?:ly)?)$/.test(m[0]))) return false;
  // the next order from the writer on the same marketplace ("next time buy direct from us on our Etsy shop")
  if (/direct(?:ly)? (?:from|with|through|thru) (?:me|us)$/.test(m[0]) && ON_SITE_AFTER.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 40))) return false;
  if (/^(?:sell|let) /.test(m[0]) && (!OFFER_BEFORE.test(canon.slice(Math.max(0, m.index - 14), m.index)) || ON_SITE_AFTER.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 40)))) return false;
  // "pay directly at checkout / through the app" is the platform's own payment
  if (/direct(?:ly)?(?: to me)?$/.test(m[0]) && THROUGH_PLATFORM.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 40))) return false;
  if (/退款/.test(m[0]) && (REFUND_LANDS.test(m[0].replace(/^(?:申请|先|你)/, '')) || WALLET_NOTICE.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 6)))) return false;
  // (round 67: the refund named twice, 申请退款，退款到账后…: the arrival follows the last)
  const refund = m[0].lastIndexOf('退款');
  if (refund >= 0 && ARRIVED_THEN_PAY.test(canon.slice(m.index + refund + 2, m.index + m[0].length + 12))) {
    return !REFUND_TOLD.test(canon.slice(Math.max(0, m.index - 6), m.index + m[0].length + 10));
  }
  // (and the price difference the shop sends back: 差价支付宝退回您)
  // (…or the cash of a cancelled order told as coming back: 订单取消后现金原路退回)
  if (!m[0].includes('退款') && !/取消|退掉|撤掉|撤销/.test(m[0]) && !/^(?:差价|尾款|余款|剩)/.test(m[0])) return true;
  return !REFUND_BACK.test(canon.slice(Math.max(0, m.index - 6), m.index + m[0].length + 10));
}

/**
 * Asking to pay or trade outside the platform: 不走平台, 私下转账, refund-then-pay-by-WeChat,
 * "pay me directly", "skip eBay", gift-card payment.
 */
export default defineRule({
  id: 'off-platform-payment',
  kind: 'off_platform_payment',
  severity: 'high',
  trigger: /uberweisung|gebuhren|provision|红包|sx|hongbao|hong bao|red packet|red envelope|fuera|fora|抽成|抽佣|佣金|手续费|服务费|扣点|平台费|买家保障|交易保障|现金|现钱|取消|退掉|撤掉|撤销|少收|找我|找她|找他|加我|私聊|without|accept|take|paypal|refund you|refund u|reimburse|compensate|unless|pp|instead|settle|rather|straight|平台|渠道|通道|差价|尾款|余款|剩|缴纳|交纳|解冻|激活|过数|入数|过钱|转数|fps|payme|打款|打钱|面交|见面|当面|私下|私底|落单|给|线下|直接|转|付|汇|退款|拍|别|走|打我|打到|pay|venmo|zelle|cash app|cashapp|finish|complete|close|handle|use|click|press|hit|tap|end|remove|delete|take down|order|check|purchase|direct|f&f|friends|fees|gift|outside|skip|invoice|cancel|buy|wire|transfer|deal|trade|do it|send|protection|guarantee|escrow|sell|let you have|bank in|唔|crypto|bitcoin|btc|usdt|chime|revolut|western union|moneygram|interac|apple cash|场外|投诉|纠纷|申诉|仲裁|介入|dispute|chargeback|complaint|claim|s下|s 下|坪台|苹台|评台|凭台|萍台|瓶台|平抬|paid off|g&s|g & s|g &s|g& s|goods and services|goods & services|goods n services|g\/s|off |off-|不经|唔经|无需经|不用经|毋须经|dadaan|dumaan|idaan|overpa|difference|excess|surplus|labas|diretso|direkta|derecho|dretso|mark it|mark this|mark them|mark the|bring cash|bring the cash|cash in hand|between us|between ourselves|privately|with you myself|with you ourselves|paid me|paid us|fee|commission|cut|need|no point|wala|upi|gcash|maya|paynow|paylah|pix|paytm|gpay|phonepe|zalopay|promptpay|duitnow|grabpay|opay|palmpay|gopay|bizum|mb way|mbway|vipps|mobilepay|twint|m-pesa|mpesa|monzo|transferencia|deposito|mercado pago|mercadopago/,
  explain: {
    zh: {
      asked: '对方要你绕过平台，私下付款或交易（如取消订单后转账、微信转账、“不走平台更便宜”）。',
      risk: '私下付款没有平台担保：收不到货、货不对板都无法申请退款，也不能7天无理由退货，平台无法介入。',
      instead: '坚持在平台下单并通过平台付款；对要求私下交易的卖家向平台举报。',
    },
    en: {
      asked: 'The seller wants you to pay or trade outside the platform (cancel and pay directly, friends & family, gift cards).',
      risk: 'Off-platform payments have no escrow or buyer protection: if the item never arrives, the platform cannot refund you.',
      instead: 'Buy and pay only through the platform’s checkout; report sellers who ask for payment outside it.',
    },
  },
  match: matchPayment,
});
