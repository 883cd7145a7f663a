/**
 * Keyword lexicons, in canonical form (see normalise.ts: lower case, simplified,
 * hearts folded to ♥). Data only. A "weak" keyword is ambiguous on its own and
 * counts only with an add-verb before it or an introducer (：/id/号) after it.
 */

export const WECHAT_STRONG = [
  '微信', '微信号', '薇信', '威信', '徽信', '维信', '韦信', '唯信', '危信', '魏信', '薇芯', '微芯', '卫星号',
  'v信', 'v♥', '微♥', '薇♥', '维♥', '威♥', '徽♥', '绿泡泡', '绿色泡泡', '绿色软件', '绿色app', '绿色聊天软件',
  '绿色的软件', '某信', '微x', 'v x', 'vx', 'wx', 'weixin', 'wei xin', 'wechat', 'we chat', 'vxin', 'v芯', '薇❤',
  // round 80: spelled by sound in English ("weechat: …"; "wee chat me" is joined to it in normalise.ts, not Scots' "a wee chat")
  'weechat',
];
/** ('w x' spaced is also width × height, "40 w x 30 h": only with an add-verb or an introducer, like the bare v) */
export const WECHAT_WEAK = ['v', '薇', '微', '卫星', '威', '维', '绿色', '微星', 'w x'];

// (round 92: 扣扣 in pinyin typed as one word, "koukou 28466…", as "kou kou" spaced is)
export const QQ_STRONG = ['qq', '扣扣', '企鹅号', '企鹅', '球球', 'q群', '抠抠', '寇寇', '叩叩', 'kou kou', 'qq群', 'koukou'];
export const QQ_WEAK = ['q', '扣'];

/**
 * 支付宝 with one or two of its syllables written in pinyin (zhi付宝, 支fu宝, 支付bao, zhifu宝): a mix that dodges the word
 * filter and is read as the app's name. (All three in pinyin, zhifubao, is payment-account's own spelling.)
 */
const ALIPAY_PINYIN_MIXED = ['支', 'zhi'].flatMap((a) => ['付', 'fu'].flatMap((b) => ['宝', 'bao'].map((c) => a + b + c)))
  .filter((w) => /[\u4e00-\u9fff]/.test(w) && /[a-z]/.test(w));

/** (寳, a variant of 寶 that the traditional-to-simplified fold leaves: 支付寳) */
export const ALIPAY = ['支付宝', 'zfb', '支付宝号', '吱付宝', '支护宝', 'alipay', 'ali pay', '阿里支付', '之付宝', '支付寳', '支附宝', '支服宝', ...ALIPAY_PINYIN_MIXED];

/**
 * Banks named without the word "bank" (GTB, HDFC, Barclays…), where account numbers are short enough to pass for other
 * numbers (Nigeria's 10-digit NUBAN, UK 8 digits, India 9–18). Only names that are no common word.
 */
export const BANK_NAMES = [
  'gtb', 'gtbank', 'uba', 'zenith', 'fcmb', 'wema', 'kuda', 'moniepoint', 'ecobank', 'stanbic', 'firstbank', 'opay', 'palmpay',
  'kcb', 'ncba', 'absa', 'capitec', 'nedbank', 'fnb', 'sbi', 'hdfc', 'icici', 'kotak', 'pnb', 'canara', 'idfc', 'indusind',
  'barclays', 'lloyds', 'hsbc', 'natwest', 'santander', 'monzo', 'starling', 'halifax', 'tsb', 'maybank', 'cimb', 'rhb',
  'dbs', 'posb', 'ocbc', 'uob', 'bdo', 'bpi', 'metrobank', 'landbank', 'unionbank', 'citibank', 'wells fargo',
];

/** The short names Chinese, Hong Kong and Taiwanese banks go by (bank-account.ts reads them beside a valid card only). */
export const CN_BANK_SHORT_NAMES = [
  '工行', '农行', '中行', '建行', '交行', '招行', '邮储', '邮政储蓄', '浦发', '兴业', '中信', '光大', '华夏', '广发', '民生',
  '农商', '农信', '信用社', '中银', '汇丰', '恒生', '渣打', '东亚', '玉山', '台新', '富邦', '国泰世华', '兆丰', '永丰', '合库', '台银', '土银',
];

export const IM_STRONG = [
  'telegram', '电报', '飞机号', '纸飞机', 'whatsapp', 'whats app', 'kakao', 'kakaotalk', '카카오톡', 'discord',
  'snapchat', 'instagram', 'insta', 'signal', 'viber', 'messenger', 'facebook', 'line id', '小红书', '抖音', '快手',
  '微博', 'skype', 'wickr', 'threema', 'tiktok', 'twitter',
];
export const IM_WEAK = ['tg', 'line', '赖', 'snap', 'ig', 'wa', 'fb', '飞机', 'dc', 'kik'];

export const PHONE_CONTEXT = [
  '电话', '手机', '手机号', '号码', '致电', '拨打', '打给我', '打我', '打这个', '热线', '来电', '短信', '短息', '联系',
  '同号', 'call', 'text', 'phone', 'tel', 'mobile', 'cell', 'number', 'ring', 'whatsapp', 'sms', 'contact', 'reach',
  'signal', 'viber', 'mob', 'call me',
];

/** Labels that make a number something other than a contact. */
export const NUMBER_LABELS = [
  '订单', '单号', '运单', '快递', '物流', '编号', '编码', 'sku', '型号', '货号', '条形码', '条码', '取件码', '取货码',
  '提货码', '验证码', '序列号', '串号', 'imei', 'sn', '批号', '批次', '商品id', '商品编号', '商品码', '尾号', '价格', '售价',
  '到手价', '原价', '¥', '￥', '$', '元', 'order', 'tracking', 'model', 'barcode', 'upc', 'ean', 'isbn', 'serial',
  'ref', 'invoice', 'item', 'lot', 'part', 'code', '发票', '卡密', '会员号', '工号', '房号', '身份证', '邮编', '航班',
  '车次', '追踪', '包裹', '出库单', '出仓单', '账单', '金额', '合计', '总计', '日期', '时间', 'no.',
  'isbn', '书号', '版次', '印次', '页',
];

/** Words that turn what follows into a warning or a refusal. */
export const NEGATIONS = [
  '请勿', '勿', '切勿', '别私下', '别加', '别转', '别付', '别扫', '别点', '别相信', '别去', '千万别', '谨防', '警惕', '不要相信', '不要', '别信', '禁止', '严禁', '不会', '不得', '拒绝', '不能', '不可',
  '不支持', '谨慎', '小心', '防止', '避免', '没有', '从不', '绝不', '绝对不', '不需要', '无需', '并非', '不是',
  'never', "don't", 'dont', 'do not', 'not', "won't", 'will not', 'avoid', 'beware', 'no need', 'refuse', 'without',
  "can't", 'cannot', "doesn't", 'does not', "isn't",
  // a refusal by the shop itself: 本店不接受…, 不允许…, 不提供…; a bare 不 on the private act (不私下交易, 不私聊; see
  // negatedAt for 不私下交易的话…, a condition that prices the platform up)
  '不私下', '不私聊', '不私加', '不私发', '不私信',
  '不接受', '不允许', '不提供', '不参与', '不做', '不搞', '不用私', '不要私', '别私', '别找', '别戳', '别滴', '别dd', '别联系',
  // a shop's notice that it runs no such thing (本店不设…, 从未…)
  // round 67: the offline or private way itself forbidden (别走线下交易哦, 别走私下); 别走平台 stays the ask it is
  '别走线下', '别走私下', '不要走线下', '不要走私下',
  '不设', '不设置', '不开展', '不举办', '不存在', '从未', '从来没有', '从来不',
  // round 70: the goods or the shop taking no part in it (本品不参加…, 本店未参与…, 这款没参加…), as 不参与 says
  '不参加', '未参加', '未参与', '没参加', '没参与',
  // Cantonese negators: 冇 (no / not have), 唔好 (don't), 唔会, 未有 (see negatedAt for 冇问题)
  '冇', '唔好', '唔会', '唔接受', '唔做', '唔搞', '唔提供', '唔设', '未有',
  // Cantonese "no need to" (唔使/唔洗/唔驶 = 不用): only with the private act after it, like 不用私 (唔使落单，直接过数
  // is an inducement; 唔使私讯 / 唔洗加 / 唔使pm is a shop saying none is needed); 唔需要 is 不需要 itself
  ...['唔使', '唔洗', '唔驶', '唔用'].flatMap((w) => ['私', '加', 'pm', 'dm', 'inbox', '搵', '联络', '联系', '留'].map((v) => w + v)),
  // round 86: …or the chat app used as the verb (唔使 whatsapp 我, 唔洗 line 我): no need to message there
  ...['唔使', '唔洗', '唔驶', '唔用'].flatMap((w) => ['whatsapp', 'wa', 'signal', 'telegram', 'tg', 'ig', 'line', '赖', 'msg', 'message', 'text'].flatMap((v) => [w + v, w + ' ' + v])),
  ...['唔使', '唔洗', '唔驶', '唔用'].flatMap((w) => ['pm', 'dm', 'inbox'].map((v) => w + ' ' + v)),
  '唔需要', '唔必要',
  // the same in Mandarin and the written forms: no need to add or leave a contact, or to message apart (不用加别的联系方式,
  // 无须另外私讯; 无须/毋须 are 无需 as Taiwan and Hong Kong write it); see negatedAt for 不用加钱, a price told
  '不用加', '不用留', '不必加', '不必私', '不用另外', '不必另外', '无须', '毋须', '毋需',
  // the writer who adds no private contact (我不加私人联系方式的, 不加别的联系方式): a refusal; 不加价 / 不加运费 is a price
  '不加私', '不加个人', '不加别的', '不加其他', '不加其它', '不加外部', '不留私人', '不留个人',
  // …or the app named (不加V信的, 我们不留扣扣): by any of its names, as a bare 不加 is also a price (不加价)
  ...['不加', '不留'].flatMap((v) => [...WECHAT_STRONG, ...QQ_STRONG, 'v'].map((w) => v + w)),
  // the writer's shop that takes no private payment (本店不收私下转账, 我哋唔收私人转账, 唔收过数): only with the payment
  // named, as 不收运费，私下转账更便宜 is an offer
  ...['不收', '唔收'].flatMap((w) => ['私', '个人转', '转账', '过数', '入数', '转数快', 'fps', 'payme', '微信转', '支付宝转'].map((v) => w + v)),
  // a shop's polite or firm refusal in a notice (谢绝私下交易, 婉拒私下转账, 杜绝私下交易, 恕不私下交易, 概不私下交易; see
  // negatedAt for 感谢绝大多数…, where 谢绝 is no word)
  '谢绝', '婉拒', '杜绝', '恕不', '概不',
  // the writer not used to it, or not liking it (我不习惯私下汇款, 不太习惯线下转账): a buyer turning the private way down
  '不习惯', '不太习惯', '不喜欢私', '不想私',
  // round 90: Nigerian Pidgin "cannot" (I no fit pay outside…), said by a buyer turning the private way down
  'no fit',
];

/**
 * A question whether something is safe (安全吗, "is it safe"): a buyer's doubt about someone's ask, and a warning
 * (WARNINGS) — unless the message goes on to reassure (私下转账安全吗？放心，绝对安全; "Is it safe to pay by Zelle?
 * Totally, …"): then it is the seller's rhetorical question before the ask (scan.ts, REASSURED).
 */
export const SAFETY_QUESTIONS = [
  'is it safe', 'is this safe', 'is that safe', 'is it risky', 'is this risky', 'is that risky',
  '安全吗', '靠谱吗', '可靠吗', '有保障吗', '安不安全', '靠不靠谱', '会不会被骗',
  // a buyer asking whether what they were asked is usual (卖家让我加客服微信，正常吗？ "they want Zelle, is that normal?")
  '正常吗', '正不正常', '是正常的吗', 'is this normal', 'is that normal', 'is it normal', 'is this legit', 'is that legit', 'is it legit',
];

/**
 * Round 92: the marketplaces' and wallets' buyer protections by name, read as a warning only after a loss or "not covered"
 * (scan.ts PROTECTION_LOST).
 */
export const PROTECTIONS = [
  'buyer protection', "buyer's protection", 'buyers protection', 'purchase protection', 'money back guarantee', 'money-back guarantee',
  'a-to-z guarantee', 'a to z guarantee', 'a-z guarantee',
];

/** Words that mark the whole message as a warning about scams. */
export const WARNINGS = [
  '诈骗', '骗子', '骗局', '被骗', '防骗', '反诈', '不受保护', '谨防', '警惕', '举报', '风险提示', '安全提示', '平台提醒',
  '温馨提示：请', 'scam', 'fraud', 'report anyone', 'report it', 'be careful', 'beware', 'for your safety',
  'stay protected', 'so you\'re protected', 'protected', 'phishing', '假冒', '冒充',
  // "X will never ask you to …": a notice about what the platform or shop does not do
  'scammer', 'scammers', 'scams', 'scammy', 'fraudster', 'report any', 'report them', 'report the seller', 'report sellers',
  'reported it', 'reported them', 'reported the seller',
  // a notice by the platform's system about a message it stopped (系统已拦截…疑似收款码, "we blocked a suspicious link")
  '已拦截', '已被拦截', '拦截了', '已屏蔽', '已被屏蔽', '系统检测到', '系统提示', '疑似', '为保障您的资金安全', '资金安全', '请勿扫码', '请勿扫描',
  'has been blocked', 'was blocked', 'we blocked', 'have blocked', 'automatically blocked', 'suspicious', 'suspected',
  // a shop's notice against someone using its name (如有人以本店名义联系您，请勿相信)
  '请勿相信', '切勿相信', '不要轻信', '请勿轻信', '以本店名义', '以本店的名义', '以我们的名义', '冒用', 'in our name', 'impersonat',
  // someone passing as the shop or the platform ("someone pretending to be the seller asked me to …")
  'pretending to be', 'pretended to be', 'posing as', 'posed as',
  // …or saying so ("anyone claiming to be us", 自称是本店客服的人)
  'claiming to be', 'claims to be', 'claimed to be', 'pretends to be', 'pretend to be', '自称是', '自称为',
  // copies of the shop run by others ("fake accounts copying our listings ask buyers to pay by bank transfer", 假账号)
  ...['fake', 'copycat', 'cloned', 'clone'].flatMap((w) => ['account', 'accounts', 'seller', 'sellers', 'profile', 'profiles', 'page', 'pages', 'shop', 'shops', 'store', 'stores'].map((o) => `${w} ${o}`)),
  // …with the name in scare quotes ("a fake 'seller' messaged me", 'a fake “shop”')
  ...["'", '"', '“'].flatMap((q) => ['seller', 'shop', 'store', 'account', 'page', 'support', 'customer service'].map((o) => `fake ${q}${o}`)),
  'copycats', 'impostor', 'impostors', 'imposter', 'imposters', '假账号', '假帐号', '山寨店', '山寨账号', '冒牌',
  // the writer's word to others after telling what happened to them ("…then I got a fake Zelle email. Don't fall for it")
  "don't fall for", 'do not fall for', 'dont fall for', 'never fall for', 'fake email', 'fake emails', 'fake payment email', 'fake payment emails',
  'will never ask', 'would never ask', 'never ask you', 'never asks', 'will not ask', '不会要求您', '不会要求你', '绝不会要求', '从不要求', '从来不会要求',
  // …asked of the buyers as a group ("we never ask buyers to…", "sellers will never ask customers to…")
  ...['buyers', 'customers', 'shoppers', 'members', 'users'].flatMap((w) => [`never ask ${w}`, `not ask ${w}`, `never asks ${w}`]),
  // the platform's system saying what it detected of the other side (检测到对方可能引导您…, 监测到对方…)
  '检测到对方', '监测到对方', '识别到对方', '对方可能引导', '对方可能诱导', '对方疑似',
  // the platform's reminder about what the other side may ask ([系统提醒] 对方可能要求您…): a notice. (Not 为保障您的权益:
  // fake customer-service notices open with it.)
  '系统提醒', '对方可能要求', '对方可能会要求', '对方若要求', '若对方要求', '如对方要求',
  'the other party may ask', 'the other party might ask',
  // the notice's "if anyone asks you to…" (如遇到有人要求您添加微信…，请联系平台客服): someone else's request put to the
  // reader as a case to stop at, never the writer's own ask
  ...['有人要求', '有人让', '有人叫', '有人诱导', '有人引导'].flatMap((w) => [w + '您', w + '你']),
  // …in English: a seller or a message put as a case ("if a seller asks you to pay by bank transfer, report the chat",
  // "any message asking you to pay by Zelle is not from me"); the writer never says it of their own ask
  ...['anyone', 'anybody', 'someone', 'somebody', 'a seller', 'the seller', 'any seller', 'a buyer', 'a stranger', 'a caller'].flatMap((w) => [`if ${w} asks you`, `${w} asking you`]),
  ...['any message', 'any messages', 'messages', 'any email', 'any emails', 'any text', 'any texts', 'any account', 'any chat', 'sellers', 'any seller'].map((w) => `${w} asking you`),
  // …and the writer disowning such messages ("is not from me", "aren't from us", 不是本店发的)
  ...['is', 'are', 'was', 'were'].flatMap((v) => [`${v} not from me`, `${v} not from us`, `${v}n't from me`, `${v}n't from us`]),
  // round 65: …or disowning whoever says it ("that's not me", "those aren't us"), and the readers told to pay no heed to
  // anyone who does ("ignore anyone commenting '…'", "ignore any comments offering…")
  ...["that's", 'thats', 'that is', "it's", 'it is', 'those are', 'they are', "they're"].flatMap((w) => [`${w} not me`, `${w} not us`]),
  ...["that isn't", "it isn't", "those aren't", "they aren't"].flatMap((w) => [`${w} me`, `${w} us`]),
  ...['ignore anyone', 'ignore anybody', 'ignore any comments', 'ignore comments', 'ignore any messages', 'ignore messages', 'ignore any dms', 'ignore dms']
    .flatMap((w) => ['commenting', 'saying', 'asking', 'messaging', 'posting', 'offering', 'telling', 'who says', 'who asks', 'who comments', 'who messages', 'who offers', 'that say', 'that ask', 'that offer'].map((v) => `${w} ${v}`)),
  // round 80: …or one message pointed at, in chat's shorthand too ("pls ignore the msg asking u to join a group", "ignore
  // that DM telling you to pay by transfer")
  ...['ignore the', 'ignore that', 'ignore this', 'ignore those', 'ignore these'].flatMap((w) => ['msg', 'msgs', 'message', 'messages', 'dm', 'dms', 'text', 'texts', 'email', 'emails', 'comment', 'comments'].map((o) => `${w} ${o}`))
    .flatMap((w) => ['asking', 'telling', 'saying', 'offering', 'that says', 'that asks', 'which says', 'which asks'].map((v) => `${w} ${v}`)),
  // round 59: the same with the condition after its subject, as Taiwan's notices put it (卖家若要求您…，请勿理会; 对方如果让你…);
  // and 检举, Taiwan's word for "report" (请向客服检举)
  ...['卖家', '商家', '店家', '买家', '对方'].flatMap((w) => ['若', '如', '如果', '要是', '假如'].flatMap((c) => ['要求', '让', '叫'].map((v) => w + c + v))),
  '检举',
  '如果卖家要求', '若卖家要求', '如卖家要求', '如果有人要求', '任何要求您', '任何要求你', '凡是要求您', '凡是要求你', '凡要求您', '不是本店发的',  // the buyer asking the shop whether such a request is real or usual ("…asked me to pay by bank transfer. Is that really
  // you?", "the seller wants me to pay with Venmo, is that normal? Feels off"): a doubt about someone's ask, not one
  ...['is that', 'is this', 'is it', 'was that', 'was this'].flatMap((w) => [`${w} really you`, `${w} really from you`, `${w} legit`, `${w} normal`, `${w} a scam`]),
  ...['feels', 'seems', 'sounds', 'looks'].flatMap((w) => [`${w} off`, `${w} sketchy`, `${w} shady`, `${w} dodgy`, `${w} fishy`]),
  // …or whether it is safe ("is it safe if the seller asks me to pay by Zelle?", 卖家让我私下转账，安全吗？): a buyer's
  // question about someone's ask, never the ask itself (SAFETY_QUESTIONS; not when the message answers it with reassurance)
  ...SAFETY_QUESTIONS,
  // the platform's system telling the reader what it saw in the chat ("we noticed a request to pay outside the app"), as
  // 系统检测到 does
  'noticed a request', 'noticed a message', 'detected a request', 'detected a message', 'noticed a payment request',
  // …or saying it hid or removed a message for what it may ask ("This message was hidden because it may ask you to pay
  // outside the app", 该消息已被隐藏): the system's notice of "this" or "a" message, never a seller's own ("my message was
  // removed, …" stays read)
  ...['this message', 'a message', 'this chat', 'this offer'].flatMap((w) => ['was', 'has been', 'is'].flatMap((v) => [`${w} ${v} hidden`, `${w} ${v} removed`])),
  ...['该', '此'].flatMap((w) => ['消息', '讯息'].flatMap((m) => [`${w}${m}已被隐藏`, `${w}${m}已隐藏`, `${w}${m}已被系统隐藏`])),
  // a tip naming the ask a red flag ("sellers asking for F&F are a red flag", 私下转账就是危险信号)
  'red flag', 'red flags', '危险信号',
  // round 83: the platform's system telling what another user did and what it did about it ("we noticed a user asked you
  // to…", "we've suspended that account"): said by "we" of a third party's account, never of the writer's own ("my
  // account was suspended, so…" stays read)
  'noticed a user', 'noticed another user', 'noticed that a user', 'noticed that another user',
  ...["we've", 'we have', 'we'].flatMap((s) => ['removed', 'suspended', 'banned', 'blocked', 'restricted', 'deactivated']
    .flatMap((v) => ['their account', 'the account', 'that account', 'this account', 'the user', 'that user', 'this user', 'their profile'].map((o) => `${s} ${v} ${o}`))),
  // round 89: the system telling it took a message away, the message its object ("we removed a message that asked you to
  // pay outside…"): a notice, never a seller's own ask
  ...["we've", 'we have', 'we'].flatMap((s) => ['removed', 'hid'].flatMap((v) => ['a message', 'the message', 'this message', 'messages'].map((o) => `${s} ${v} ${o}`))),
  // round 89: the reader told to report a seller or messages like the one named ("report a seller who asks you to…",
  // "report similar messages to us"); and the buyer protection the act loses ("…you lose buyer protection"; not after
  // "won't" or "never": MatchContext.warnings drops those)
  'report a seller', 'report any seller', 'report similar', 'report such', 'report this seller', 'report that seller', 'report the message', 'report this message',
  'lose buyer protection', 'lose your buyer protection', 'lose purchase protection', 'lose your purchase protection', 'lose paypal buyer protection',
  // round 92: the protection itself named, with the marketplace's name or "the" before it: a warning only when it is lost or
  // not covered right before ("you'll lose the Mercari buyer protection", "a bank transfer won't be covered by Purchase
  // Protection"); MatchContext.warnings drops the rest ("checkout is covered by buyer protection" is no warning)
  ...PROTECTIONS,
];

/** A later message that refuses an off-platform request (thread context). */
export const REFUSALS = [
  '只在平台', '只能在平台', '平台内沟通', '平台内交易', '在平台内', '不能私下', '不支持私下', '不加微信', '不方便加',
  '不可以私下', '请在平台', '平台下单', '只走平台', 'only through the app', 'only through the platform',
  'only on the platform', 'through the app', 'through ebay', 'through etsy', 'on the platform only', 'can\'t do that',
  'cannot do that', 'not allowed', '不可以哦', '不行哦', '不好意思亲，我们只',
  // the buyer sent back to the platform's checkout ("Unfortunately not, please use the checkout", "checkout only")
  'use the checkout', 'use checkout', 'through the checkout', 'through checkout', 'via the checkout', 'via checkout',
  'checkout only', 'only at checkout', 'only via checkout',
  // the shop denying it sent the request the buyer asks about ("someone asked me to pay by Zelle, is that you?")
  // (a "that" or "all" before it: 不是我们不想… is an excuse, not a denial)
  "that's not us", 'that was not us', "that wasn't us", 'that is not us', '那不是我们', '那个不是我们', '这不是我们', '都不是我们',
  '不是我们的客服', '不是我们发的', '嗰个唔系我们', '都唔系我们', '唔系我们嘅客服',
  // round 70: the scan the other side asked about forbidden in the answer (买家：卖家让我扫码付款可以吗 / 客服：请勿扫码)
  '请勿扫码', '请不要扫码', '切勿扫码', '千万别扫', '千万不要扫', 'please do not scan', "please don't scan",
];

/**
 * round 64: the payment told to be made on the marketplace named (付款请在虾皮完成, 请在 Carousell 付款): an answer that
 * clears the other side's ask before it (engine.ts: only across speakers' labels, 买家： then 卖家：, as a seller may
 * also give a contact and then name the marketplace's checkout).
 */
export const PAY_ON_MARKET = ['虾皮', 'shopee', 'lazada', 'carousell', '旋转', '露天', 'momo', '淘宝'].flatMap((m) => [`付款请在${m}`, `付款请于${m}`, `请在${m}付款`, `请在${m}完成`, `请在${m}结帐`, `请在${m}结账`, `请在${m}下单`, `请于${m}付款`]);

/**
 * The writer turning down what was proposed, in words that name the writer or close the answer (私下转账我不考虑,
 * 加微信就不必了): read after a request (REFUSED_AFTER) and after a recounted one (RECOUNT_REFUSED).
 */
const DECLINED_ZH = ['我不考虑', '我是不考虑', '不考虑了', '就不必了', '就不用了'];

/**
 * Words right after a request that judge it forbidden (私下交易是不允许的, 外面聊不了, "paying outside Etsy is against
 * the rules"): the message quotes the request to refuse it.
 */
export const REFUSED_AFTER = [
  '是不允许', '不允许', '不被允许', '不行', '不可以', '是违规', '违规', '违反', '聊不了', '做不了', '不了的', '一概不', '不做', '不接受',
  '不支持', '没有保障',
  // a rule that the thing may not be used so (个人收款码不得用于经营收款: the 2022 notice on personal codes); not a bare 不得,
  // which begins 不得不 ("have to")
  '不得用于', '不得用作', '不得用来', '禁止用于', '严禁用于', '不准用于', '不可用于', '不能用于', 'must not be used', 'may not be used',
  '没保障', '不受保护', '是骗局', '是诈骗', '都是骗子', '是假的', '都是假的', '是骗人的',
  // its consequence told right after it (脱离平台交易将无法获得售后保障, 私下转账后果自负)
  // (the protection named: 私下交易无法获得发票 may be a seller's price argument)
  '无法获得售后', '无法获得平台', '无法获得保障', '无法获得退款', '无法享受售后', '无法享受平台', '无法享受保障',
  '不能享受售后', '不能享受平台', '不享有平台', '后果自负', '风险自负',
  'is against', 'are against', 'against the rules', 'against policy', 'against our policy', 'not allowed', "isn't allowed",
  "aren't allowed", 'not protected', "aren't protected", "isn't protected",
  'prohibited', 'forbidden', 'is a scam', 'are a scam', 'violates', 'not permitted',
  // the thing named first, then that the shop does not use it (收款码这东西我们店里不用的)
  '不用的', '不使用', '从不用', '从来不用', '都不用', '没在用', "don't use", 'do not use', "we don't accept", 'not accepted',
  // the writer's own refusal after what the other proposed (私下转账我不考虑, 加微信就不必了); the writer named, or the
  // answer closed: a bare 不考虑 also says what a deal leaves out (私下转账不考虑退换)
  ...DECLINED_ZH, '我们不考虑', '不予考虑', '不考虑哈', '不考虑的', '我唔考虑',
  // the buyer's condition that ends the deal (你要是不走平台就算了, 私下转账的话就不买了, 要加微信那就免谈): the thing is what
  // the deal is dropped over
  '就算了', '那算了', '就不买了', '就不要了', '就免谈', '那免谈', '的话免谈',
];

/**
 * A report of what someone asked the writer to do (叫我…, 让我…, "asked me to"): with a refusal by the writer
 * after it (RECOUNT_REFUSED) the message recounts a request that was turned down, as in a buyer's review.
 */
export const RECOUNT_ASKED = [
  '叫我', '让我', '要我', '要求我', '找我', '劝我', '想让我', '想叫我', '问我要不要', '问我能不能', '诱导我', '引导我',
  // someone unnamed reported as saying or messaging it (有人说…, 有人私信我说…)
  '有人私信说', '有人私信我说', '有人发消息说', '有人跟我说', '有人联系我说',
  'asked me', 'told me to', 'wanted me to', 'tried to get me', 'tried to make me', 'pushed me to', 'offered to', 'suggested i', 'suggested we',
  // someone else's words quoted by a buyer ("someone commented 'DM me for cheaper'", "a guy messaged me saying …")
  'commented', 'someone said', 'someone wrote', 'someone posted', 'someone messaged', 'messaged me saying', 'a message saying',
  'comments saying', 'a comment saying', 'keep saying', 'keeps saying', 'kept saying', 'they said', 'he said', 'she said',
  'offered me', 'offering me',
  // …or the other side named as offering or suggesting the way ('the seller offered PayPal F&F but I insisted on goods and
  // services'): cleared only with the writer's refusal after it
  ...['seller', 'sellers', 'they', 'he', 'she', 'buyer'].flatMap((w) => [`${w} offered`, `${w} suggested`]),
  // the seller's words reported by the buyer in Chinese (卖家之前说私下交易便宜, 老板跟我说可以微信转): told, and cleared
  // only with the writer's refusal after it (我没同意)
  ...['卖家', '商家', '店家', '老板', '店主', '客服', '对方', '他', '她'].flatMap((w) =>
    ['说', '之前说', '当时说', '还说', '就说', '一直说', '跟我说', '和我说', '对我说', '私信说', '发消息说'].map((v) => w + v))
    // (a bare 他说 is also inside 其他说明)
    .filter((w) => w !== '他说' && w !== '她说'),
  // anyone's words quoted after a verb of saying ("a stranger said 'pay me on …'", "the reply was: \"…\""): told,
  // not asked, when the writer's refusal follows
  ...['said', 'says', 'wrote', 'writes', 'messaged', 'texted', 'replied', 'commented', 'dm\'d', 'dmed', 'saying', 'goes']
    .flatMap((v) => ["'", '"', '“', ": '", ': "', ': “'].map((q) => `${v} ${q}`.replace(' :', ':'))),
  // someone else's offer seen by the buyer (有人留微信说返现, 有人私信我说…), then judged (是假的, 别信)
  '有人留', '有人说', '有人发', '有人私信', '有人私聊', '有人找我', '有人加我', '有人评论', '有人在评论', '有人冒充',
  // …or someone else's request to everyone, the person named before the verb (评论区有陌生人让加群, 有网友叫大家私下转)
  ...['有人', '陌生人', '网友', '骗子', '别人'].flatMap((w) => ['让', '叫', '喊', '拉'].map((v) => w + v)),
  // a card or slip in the parcel read out by the buyer (卡片上写着好评返现, 包裹里塞了张小卡, 盒子里有一张卡说…): the seller's offer told
  '卡片上写', '卡上写', '卡片写', '小卡上写', '卡片上印', '卡上印', '卡片印', '卡片上说', '卡片说', '卡上说', '纸条上写', '纸条写',
  // round 71: …or stuffed in with no measure word before the card (包裹里塞了好评返现卡, 快递盒里夹了返现卡): where, then the verb
  ...['包裹里', '盒子里', '箱子里', '快递里', '快递盒里', '袋子里', '包装里', '盒里', '箱里', '里面'].flatMap((w) =>
    ['塞了', '夹了', '放了', '附了', '塞着', '夹着', '还塞了', '还夹了', '还放了'].map((v) => w + v)),
  '传单上写', '单子上写', '包裹里有', '盒子里有', '箱子里有', '快递里有', '袋子里有', '里有一张', '里有张', '夹了张', '夹了一张', '塞了张', '塞了一张', '放了张', '放了一张', '附了张', '附了一张', '里面有张', '里面有一张',
  // the request in the present or the progressive, or made of several people ("a message asking me to", "keeps
  // telling us to", "wants me to")
  'asking me', 'asks me', 'asked us', 'asking us', 'asks us', 'wants me to', 'wanting me to', 'wants us to', 'wanted us to',
  'told us to', 'tells me to', 'telling me to', 'telling us to', 'urged me to', 'pushing me to', 'pressured me', 'insisted i',
  'insisted that i', 'requested that i', 'message asking', 'messages asking', 'text asking', 'email asking', 'dm asking',
  // the one who wrote to the writer, then what they asked ("a stranger messaged me asking to pay by Zelle")
  ...['messaged', 'texted', 'emailed', 'dmed', "dm'd", 'contacted', 'wrote to', 'pinged', 'inboxed'].map((v) => `${v} me asking`),
  // the other side's proposal named back to them (你说的私下转账…, 你讲的加微信…), answered after it
  '你说的', '你讲的', '你提的', '你讲嘅', '你说要', '您说的', '你刚说的', '你刚才说的',
  // a card or note found in the parcel, told by the buyer ("got a card in the box offering a gift card for …")
  ...['card', 'note', 'insert', 'flyer', 'leaflet', 'slip', 'postcard', 'box', 'package', 'parcel', 'order'].flatMap((w) =>
    ['offering', 'offered', 'promising', 'asking', 'saying', 'that offered', 'that said'].map((v) => `${w} ${v}`)),
  // the thing asked for named, not the writer ("seller asked for GPay directly", "requested payment by Zelle",
  // "asked if I could pay via…"): still a report, cleared only with the refusal after it
  'asked for', 'asking for', 'asks for', 'asked to', 'asked if', 'asked whether', 'requested', 'requesting',
  'wanted payment', 'wanted to be paid', 'pushed for', 'pushing for',
  // round 49: the streamer, blogger or group owner reported as saying it (主播说私下转账便宜, 团长跟我说…); told, cleared only
  // with the writer's refusal after it
  ...['主播', '博主', '达人', '群主', '团长', '代购', '卖方', '店员', '掌柜', '商户'].flatMap((w) =>
    ['说', '之前说', '当时说', '还说', '就说', '一直说', '跟我说', '和我说', '对我说', '私信说', '发消息说'].map((v) => w + v)),
  // …the ask in the bare present, as code-switched chat writes it (卖家 ask me to 加微信), and someone's words quoted after
  // "told me" ("The seller told me 'cancel and pay me on …'"), or their offer after the message that carried it
  // ("someone DM'd me offering a discount if …")
  'ask me to', 'ask us to', 'asks us to', 'told me', 'told us',
  ...['messaged', 'texted', 'emailed', 'dmed', "dm'd", 'contacted', 'pinged', 'inboxed', 'approached'].flatMap((v) => [`${v} me offering`, `${v} us offering`, `${v} me with`]),
  // round 51: someone in the live room's chat or screen, a group or the comments reported as saying it (有人在弹幕说…, 有人在
  // 公屏刷…), as 有人在评论 is: told, cleared only with the writer's refusal or judgement after it (大家千万别信)
  ...['弹幕', '公屏', '直播间', '群里', '留言区', '评论区'].map((w) => `有人在${w}`),
  // round 67: the seller named as the one who asked, with no "me" after (卖家让私下转账补差价, 客服叫先取消订单), and anyone
  // who asks it put to the readers as a question (谁让你私下转账都别信): told, cleared only with the refusal or judgement after
  ...['卖家', '商家', '店家', '老板', '客服', '对方', '主播'].flatMap((w) => ['让', '叫', '要求'].map((v) => w + v)),
  '谁让你', '谁叫你', '谁要你', '谁让您', '谁叫您',
];
/**
 * The writer's refusal of a recounted request (我拒绝了, 没理他, "I said no", "I declined"), or their judgement of it
 * ("not cool", "shady"): either way the request is told, not made.
 */
export const RECOUNT_REFUSED = [
  '我拒绝', '拒绝了', '被我拒绝', '我没同意', '没答应', '我没答应', '我不同意', '我没理', '没理他', '没理她', '没理会', '我没加', '我没转',
  '我没付', '我没扫', '果断拒绝',
  // …or not daring to (我没敢付, 没敢扫, 我不敢转): the writer did not go along with it
  '没敢付', '没敢扫', '没敢转', '没敢加', '我不敢付', '我不敢扫', '我不敢转', '我不敢加', '直接拒绝', '我说不', '我不要', '我拒了', '婉拒', '我冇', '我唔',
  // …with 没有 for 没 (我没有理他, 没有答应), as Taiwan and careful writers put it; never a bare 我没有理, which is also
  // 我没有理由 ("I have no reason to"), nor 没有加 (没有加价)
  '没有理他', '没有理她', '没有理会', '没有理睬', '没有搭理', '没有理对方', '没有理卖家', '没理卖家', '没理对方', '没有答应',
  '我没有同意', '我没有加他', '我没有加她', '我没有加对方', '我没有转', '我没有付', '我没有扫', '我没有领',
  // (the writer named: 找我私下转账，不考虑议价 is a seller's terms after a request of its own)
  ...DECLINED_ZH, '我不接受', '我不答应',
  // …or taken to the platform as a complaint (直接投诉给平台了, 已经举报了)
  '投诉给平台', '投诉到平台', '向平台投诉', '跟平台投诉', '找平台投诉', '已投诉', '投诉了', '举报了', '已举报', '没搭理', '我没领', '没去领',
  // …in Taiwan's word (检举) and Cantonese (咗 = 了), or the asker blocked (拉黑, 封锁, 屏蔽; a bare 屏蔽 is also the
  // platform's word filter that sellers dodge: only with what was blocked or done)
  '检举了', '已检举', '检举他', '检举她', '举报咗', '检举咗', '投诉咗', '拉黑了', '拉黑咗', '已拉黑', '拉黑他', '拉黑她', '直接拉黑',
  // round 86: …or "reported back" (回報) to the platform's service, as Taiwan says it (已截图回报虾皮客服, 有跟客服回报); a bare
  // 回报 is also a reward
  '回报客服', '回报给客服', '回报虾皮', '回报给虾皮', '回报平台', '回报给平台', '向客服回报', '跟客服回报', '和客服回报', '向平台回报', '跟平台回报',
  '封锁了', '封锁咗', '已封锁', '封锁他', '封锁她', '屏蔽了他', '屏蔽了她', '屏蔽咗', '屏蔽他', '屏蔽她', '删了他', '删咗他',
  // …or judged false and not to be believed (是假的, 别信, 不要上当)
  '是假的', '都是假的', '是骗人的', '都是骗人的', '别信', '不要信', '千万别信', '别上当', '不要上当', '别理',
  // …or the buyer warning the others about it (大家小心, 大家注意别上当)
  '大家小心', '大家要小心', '大家注意', '大家留意', '大家别上当', '大家不要上当', '各位小心',
  // the asked act itself refused by the writer (你是要我扫码付款吗？我不扫)
  '我不扫', '我不转', '我不付', '我不加', '我不会扫', '我不会转', '我不会付', '我不会加', '我才不',
  'i said no', 'i refused', 'i declined', 'declined', 'i told them no', 'i told him no', 'i told her no', 'i insisted on',
  'no thanks', 'i ignored', 'refused and',
  // a flat no to it ("- not doing that.", "nope", "not happening")
  'not doing that', 'not doing it', 'not happening', 'nope', 'hell no', 'not a chance', 'no chance', 'no way.', 'no way!',
  'no way,', 'not falling for', "wasn't going to", 'was not going to', "didn't do it",
  "didn't do that", "i won't", 'i will not',
  // …or the writer paid the platform's way after all ("bought with the checkout and its protection instead")
  'checkout instead', 'the app instead', 'platform instead', 'protection instead', 'the site instead', 'on-site instead',
  // clipped, the writer left out ("Said no, ordered in app.", "Refused.", "Ignored, bought on the site."); a past
  // tense, as "order in the app" could be the seller's own alternative
  'said no', 'refused.', 'refused,', 'refused!', 'ignored.', 'ignored,', 'ignored!', 'hard pass', 'passed on',
  // round 65: …or the writer bought from someone else instead ("Bought elsewhere.", "went elsewhere", "ended up buying it
  // from another seller")
  ...['bought', 'bought it', 'bought one', 'ordered', 'ordered it', 'purchased', 'shopped', 'went', 'ended up buying', 'ended up buying it']
    .flatMap((v) => ['elsewhere', 'somewhere else', 'from another seller', 'from a different seller', 'from someone else'].map((x) => `${v} ${x}`)),
  // round 67: …or the platform's way kept to (坚持走平台退款了, 还是走平台) and the readers told not to do it ("Don't do it.")
  '坚持走平台', '还是走了平台', '坚持在平台', "don't do it", 'do not do it', "don't fall for it", 'do not fall for it',
  // …or ordered or paid the platform's way ("ordered through the site", "paid at checkout", "kept it in the app")
  ...[
    ...['ordered', 'bought', 'purchased', 'paid', 'checked out', 'kept it', 'stayed'].flatMap((v) =>
      ['in', 'through', 'on', 'via', 'at'].map((p) => `${v} ${p}`)),
    'stuck to', 'stuck with',
  ].flatMap((v) =>
    ['app', 'the app', 'site', 'the site', 'website', 'the website', 'platform', 'the platform', 'checkout', 'the checkout']
      .map((o) => `${v} ${o}`)),
  // ignored, blocked or reported ("…, ignored and reported", "reported them to the platform")
  'ignored it', 'ignored them', 'ignored him', 'ignored her', 'ignored the message', 'ignored and', 'and reported', 'reported it',
  'reported them', 'reported him', 'reported her', 'reported the', 'reported to', 'reported this', 'reported.', 'reported!',
  'blocked and reported', 'reported and blocked', 'blocked them',
  // round 68: …in the buyer's own language mixed with English: Tagalog "hindi/di ko ginawa" (I didn't do it), "hindi ako
  // pumayag" (I didn't agree), "reported na", "ni-report ko"; Hindi "maine mana kiya", "nahi kiya", "report kar diya"; Spanish
  // "no lo hice", "me negué", "lo reporté"; Portuguese "não fiz", "recusei", "denunciei" (written without accents, as the
  // canonical text has them stripped)
  'hindi ko ginawa', 'di ko ginawa', 'hindi ako pumayag', 'di ako pumayag', 'hindi ako nagbayad', 'di ako nagbayad',
  'reported na', 'ni-report ko', 'nireport ko', 'ni report ko', 'maine mana kiya', 'mana kar diya', 'maine nahi kiya', 'nahi kiya',
  'report kar diya', 'report kiya', 'no lo hice', 'me negue', 'lo reporte', 'lo denuncie', 'nao fiz', 'recusei', 'denunciei',
  // …or judged wrong by the buyer ("Not cool.", "pretty shady")
  'not cool', 'not ok', 'not okay', 'shady', 'sketchy', 'dodgy', 'unethical', 'tacky', 'bribery', 'unacceptable', 'not acceptable',
  'so wrong',
  // the buyer telling others to refuse it
  'ignore them', 'ignore him', 'ignore her', 'ignore it', 'ignore that', 'ignore those', 'ignore such', "don't fall for",
  'dont fall for', 'do not fall for', "don't reply to", 'do not reply to',
  // the buyer asking the shop whether the request was really its own (是你们的人吗, "is that really your shop?"): a doubt
  // put to the shop, not a request taken up
  ...['是你们', '是你们店', '是不是你们', '是不是你们店', '是贵店', '真的是你们', '是你家', '是你们官方'].flatMap((w) =>
    ['的人吗', '的客服吗', '发的吗', '的账号吗', '的号吗', '的吗', '本人吗', '吗'].map((x) => w + x)),
  ...['is that', 'is this', 'was that', 'was this', 'is it', 'was it'].flatMap((w) =>
    ['really your', 'actually your', 'really you', 'actually you', 'really from you', 'really the seller', 'really the shop', 'legit', 'really legit'].map((x) => `${w} ${x}`)),
  'really your shop', 'really your store', 'really from your shop', 'really from your store', 'really from the seller',
  'did you send', 'was it you', 'is this you', 'is that you', 'is this offer real', 'is that offer real', 'is this promotion real',
  // …or whether the shop runs the offer at all, or it is real (你们有这个活动吗, 是官方的吗, 是真的吗)
  '你们有这个活动吗', '有这个活动吗', '是官方的吗', '是官方客服吗', '是你们安排的吗', '是真的吗', '是真的假的',
  // round 49: the writer did not take what was offered (商家说好评返现我没要), or asks the platform about it (平台能帮吗,
  // 怎么投诉, "How do I report this?", "Is that allowed?"), or would rather pay the platform's way ("I'd rather use checkout")
  '我没要', '我没有要', '我都没要', '我没收', '我没有收', '我没去', '我没有去',
  '平台能帮', '平台可以帮', '平台能管', '平台会管', '平台管不管', '平台能处理',
  // (asked: 怎么投诉都没用 is no question)
  ...['怎么投诉', '怎么举报', '如何投诉', '如何举报', '怎样投诉', '怎样举报'].flatMap((w) => ['?', '呢', '啊', '呀', '比较好', '才'].map((x) => w + x)), '可以投诉吗', '能投诉吗', '可以举报吗', '能举报吗',
  'how do i report', 'how can i report', 'how to report', 'can i report', 'should i report', 'where do i report',
  'is that allowed', 'is this allowed', 'is it allowed', 'was that allowed', 'is that even allowed', 'is this even allowed',
  ...["i'd rather", 'i would rather', 'id rather', "i'd prefer to", 'i prefer to', 'i would prefer to'].flatMap((w) =>
    ['use', 'pay through', 'pay on', 'pay via', 'pay in', 'pay at', 'order', 'buy', 'keep', 'stick', 'stay', 'go through', 'check out']
      .map((v) => `${w} ${v}`)),
  // round 50: the writer's refusal told as paying only the platform's way ("I'm only paying on Amazon", "I'll only pay
  // through checkout", 我只在平台付款, 我只走平台): the writer named
  "i'm only paying", 'i am only paying', "i'll only pay", 'i will only pay', 'i only pay', 'i only ever pay', "i'm only going to pay",
  '我只在平台', '我只走平台', '我只通过平台', '我只用平台', '我只在app',
  // round 56: the asker blocked or reported with the English verb inside Chinese talk (我直接 block 了, 已 report), as
  // 直接拉黑 and 已举报 are; the writer named or the act done (了, 咗), not a bare "block"
  ...['直接 block', '直接block', '我 block', '我block', '已 block', '已block', '直接 report', '直接report', '已 report', '已report'],
  ...['block', 'report'].flatMap((v) => [' 了', '了', ' 咗', '咗', ' 了他', ' 了她', '了他', '了她'].map((x) => v + x)),
];

/**
 * WeChat's official accounts (公众号) by the sound-alike names typed past a word filter (公仲号, 公粽号, 工众号), and the
 * 公主号 Xiaohongshu writers use for it; regex alternatives, read where 公众号 is.
 */
// (round 96: and 公号 cut short, not 办公 before it or 码 after: 办公号码 is an office's number)
export const OFFICIAL_ACCOUNT_NAMES = '公众号|公仲号|公重号|公粽号|公种号|工众号|宫众号|功众号|公主号|(?<![a-z])gzh(?![a-z])|(?<!办)公号(?!码)';

/**
 * Round 96: the Chinese marketplaces and short-video apps by the nicknames sellers type to get past a word filter (某宝,
 * 某鱼, 小红薯, 拼夕夕) and by their pinyin initials (pdd, dy, xhs, ks, tb), whole Latin words only; regex alternatives,
 * read beside the full names where another marketplace is named.
 */
export const MARKET_NICKNAMES_ZH = '某宝|某鱼|小黄鱼|拼夕夕|某多多|某音|某手|小红薯|某红薯|(?<![a-z])(?:pdd|dy|xhs|ks|tb)(?![a-z])';

/**
 * Marketplaces by the names sellers type in English (regex alternatives), for "outside Etsy", "off Jiji"; with the
 * regional ones (South Africa's Takealot and Bob Shop, India's Flipkart and Meesho, OLX, Gumtree, Kijiji, Allegro, Trade Me).
 */
export const MARKETPLACES_EN =
  'ebay|etsy|amazon|depop|mercari|poshmark|vinted|shopee|lazada|carousell|offerup|temu|aliexpress|alibaba|tiktok|tokopedia|jumia|jiji|konga|' +
  'takealot|bidorbuy|bob ?shop|flipkart|meesho|snapdeal|olx|gumtree|kijiji|allegro|trade ?me|walmart|rakuten|qoo10|bukalapak|marketplace|' +
  // the marketplaces of services, stays and resold tickets, whose fee a tasker or host also offers to skip
  'airtasker|taskrabbit|fiverr|upwork|thumbtack|hipages|airbnb|stubhub|viagogo|' +
  // round 87: the marketplaces of sneakers, cards, game accounts and resold tickets (not GOAT, an everyday word)
  'stockx|g2g|playerauctions|eldorado|whatnot|twickets|grailed|tcgplayer|cardmarket|' +
  // round 91: the Chinese marketplaces as foreign buyers write them in English (not JD, two letters of other words)
  'taobao|tmall|xianyu|goofish|pinduoduo|weidian';

/**
 * Generic web endings a small shop or studio has its mail under (hello@maple.studio, orders@kiln.design), as regex
 * alternatives: read only in an address typed whole, as most are English words too ("@brand. Art prints…"). (The
 * endings the spaced or spoken reading knows, .com or .shop, are not here.)
 */
export const MAIL_GENERIC_ENDINGS =
  'studio|design|art|online|site|xyz|club|tech|life|email|boutique|app|dev|page|blog|website|world|space|' +
  'top|vip|live|pro|agency|gallery|photography|photo|media|company|business|digital|global|group|team|works|market|' +
  'fashion|beauty|jewelry|clothing|gifts|style|house|cafe|farm|garden|flowers|pet|toys|shoes|watch|tattoo|ink|network|' +
  'solutions|services|travel|health|fitness|yoga|supply|tools|parts|plus|today|ltd|llc|academy';

/**
 * Brands whose name a phishing site puts beside a word or two of its own, joined by hyphens (a courier's "redeliver",
 * a marketplace's "release-verify", "seller-protect"): the marketplaces, couriers, wallets and Facebook.
 */
const LOOKALIKE_BRANDS =
  `${MARKETPLACES_EN.replace(/ \?/g, '')}|royalmail|evri|hermes|dhl|dpd|ups|usps|fedex|auspost|canadapost|parcelforce|postnl|laposte|` +
  'correos|ninjavan|singpost|poslaju|hkpost|jnt|lbc|paypal|venmo|zelle|cashapp|gcash|paytm|facebook|fb|fbmarket|meta|apple|icloud';
/**
 * A web address that dresses up as a brand's: the brand's name, then or after hyphenated words
 * (royalmail-redeliver-uk.info, fbmarket-release-verify.com, secure-paypal-check.net, "ebay-sellerprotect dot net").
 * The brand's own site has no hyphen there (ebay.com, royalmail.com). (Bounded parts: linear.)
 */
export const LOOKALIKE_DOMAIN =
  `(?:https?://)?(?:www\\.)?(?:(?<![a-z0-9-])(?:${LOOKALIKE_BRANDS})[a-z0-9]{0,12}(?:-[a-z0-9]{1,20}){1,4}|(?<![a-z0-9-])[a-z0-9]{1,20}(?:-[a-z0-9]{1,20}){0,3}-(?:${LOOKALIKE_BRANDS})[a-z0-9]{0,12}(?:-[a-z0-9]{1,20}){0,3})(?:\\.| dot )[a-z]{2,6}(?![a-z])`;
