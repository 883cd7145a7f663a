import { ruleTester } from '../rule-tester';

ruleTester('wechat-invite', {
  valid: [
    // WeChat Pay at the checkout, a login's choices, the ID asked about
    "我们走微信支付",
    "微信和手机号都可以登录",
    "微信号就是手机号吗",
    // WeChat's own help desk, the shop's help desk in the app
    "联系微信客服申诉",
    "有问题联系客服",
    "加入购物车再结算",
    "本店不会要求您添加微信",
    "加个好友群",
    // chatting on WeChat as what a device is used for, a refusal
    "我们平时用微信聊天",
    "老人之间也用微信视频",
    "不要去微信上聊，平台里说就行",
    // moving to WeChat judged forbidden right after it
    "去微信上聊是不允许的哦",
    // reported speech, the platform's own group, a phone asked to check an order
    "朋友说去微信上说一声就行",
    "加个薇信支付的立减券", // the wallet's own coupon, by a homophone
    // round 42: a space after 加我 only before the app's full name, and not a warning, a scam told or a bare v
    "谨防诈骗，不要加陌生人 微信",
    "我被骗了，他让我加他 微信",
    "加我 v领毛衣的购物车",
    "🛰️卫星电话 支持北斗，加我的购物车了",
    // round 44: a real satellite's phone or navigation added
    "加个卫星电话套餐，出海用",
    "积木套装再加个卫星导航模块",
    // round 63: the request asked back and turned down in a word, the deal then kept here
    "想加我vx？不用了，就在店里拍就好",
    "加个微信？不必了，直接在平台上问",
    // round 69: the add retold as someone else's wish and turned down, the talk kept here or with the service
    '刚才有位顾客说要加我微信，不用加哦，有事直接找客服',
    '有人想加我微信？不用加，有问题就在这里说',
    // round 72: the shop's people by their role added on WeChat (加客服微信领红包, 添加店主vx, 加我们老板V); not the shop's own chat, a friend request or a V-neck
    "有问题请联系在线客服",
    "加客服微信好友",
    "加客服v领的款式",
    "请勿添加客服微信，本店只在平台内服务",
    "客服让我加客服微信，正常吗？",
    // round 72: the other side named by a buyer (卖家, 商家), retold
    "听说加商家微信有优惠，我还是在平台买了",
    "同事说加卖家微信能便宜点",
    // round 73: someone else as who would add the writer, asked or complained of (会有人加我微信推销吗, 总有陌生人加我vx发广告); not the writer's own call to whoever wants it
    "下单后会不会有人加我薇信？",
    "总有陌生人加我vx发广告，烦死了",
    "留了电话以后，老有人加我微信卖东西",
    // round 76: the writer to be found on WeChat by their phone or name (绿色软件搜我手机号, vx直接搜我名字); the talk moved there with 改用 or 换成 (我们改用微信聊吧); the writer's work account (加我企业微信)
    "微信搜一搜就能找到官方店铺",
    "改用微信支付可以吗",
    "企业微信认证的店铺更可靠",
    // "add my WeChat" in English, with a reason or a purpose after it, or nothing more (not where the account goes)
    "how do I add my WeChat to my Apple Watch",
    "add my wechat pay to checkout",
    "I can add my wechat later",
    "never add our wechat, we only chat here",
  ],
  invalid: [
    { text: "图片不清楚，加我微信看实拍", start: 6, end: 10, value: "" },
    // the deal moved to WeChat with "we"; the ID said to be the writer's phone number
    { text: "这个月平台查得严，咱们走微信吧", start: 9, end: 15, value: "" },
    { text: "买前先联系我，微信号就是我手机号", start: 7, end: 16, value: "" },
    // the shop's staff reached on their WeChat
    { text: "收货后联系客服微信领取", start: 3, end: 9, value: "" },
    { text: "扫我主页二维码加微信", start: 0, end: 10, value: "" },
    { text: "微信号在我主页简介里", start: 0, end: 7, value: "" },
    // moving the talk to WeChat with no ID (咱们微信聊, 有事vx联系, continue on WeChat)
    { text: "咱们微信聊", start: 0, end: 5, value: "" },
    { text: "去微信上说，方便发图", start: 0, end: 5, value: "" },
    { text: "有事vx联系", start: 0, end: 6, value: "" },
    { text: "V我详谈", start: 0, end: 4, value: "" },
    { text: "Let's continue on WeChat", start: 6, end: 24, value: "" },
    { text: "加个绿色软件吧，图发你", start: 0, end: 6, value: "" }, // WeChat as 'the green app'
    { text: "咱们去卫星号上细聊", start: 2, end: 9, value: "" }, // 卫星号
    { text: "有需要的维信联系", start: 0, end: 8, value: "" }, // a homophone as the way to reach the writer
    // round 42: a space between 加我 and the app's name, typed or left round a picture read as it (🛰 for 卫星)
    { text: "想要的加我 微信，发实拍", start: 3, end: 8, value: "" },
    { text: "拼单的➕我 🛰️ 号", start: 3, end: 11, value: "" },
    // round 44: 卫星 (and 🛰) after 加我 or 加个 with the clause ending or a chat after it
    { text: "加我卫星吧，图多", start: 0, end: 4, value: "" },
    { text: "想要的加个🛰️，发你实拍", start: 3, end: 8, value: "" },
    { text: "加我🛰️聊", start: 0, end: 5, value: "" },
    // round 63: the request asked back, then not turned down (不了解…) or turned down only to send a QR code instead
    { text: "加我微信？算了，我直接发你二维码", start: 0, end: 4, value: "" },
    { text: "加我微信？不了解的直接问", start: 0, end: 4, value: "" },
    // (round 69: "no need" that is the add's own step is no refusal)
    { text: "加我微信，不用加备注，直接通过", start: 0, end: 4, value: "" },
    // round 72: the shop's people by their role added on WeChat (加客服微信领红包, 添加店主vx, 加我们老板V); not the shop's own chat, a friend request or a V-neck
    { text: "下单前先加客服vx，有优惠", start: 4, end: 9, value: "" },
    { text: "加店主微信拿内部价", start: 0, end: 5, value: "" },
    { text: "添加老板娘的薇信，每天上新", start: 0, end: 8, value: "" },
    { text: "加我们售后V，退款快", start: 0, end: 6, value: "" },
    // round 73: someone else as who would add the writer, asked or complained of (会有人加我微信推销吗, 总有陌生人加我vx发广告); not the writer's own call to whoever wants it
    { text: "有需要的人加我微信", start: 5, end: 9, value: "" },
    { text: "有人要的加我微信，发实拍", start: 4, end: 8, value: "" },
    { text: "还有人要吗？加我威信", start: 6, end: 10, value: "" },
    // round 76: the writer to be found on WeChat by their phone or name (绿色软件搜我手机号, vx直接搜我名字); the talk moved there with 改用 or 换成 (我们改用微信聊吧); the writer's work account (加我企业微信)
    { text: "vx直接搜我名字就行", start: 0, end: 8, value: "" },
    { text: "绿泡泡上搜我电话号码加我", start: 0, end: 10, value: "" },
    { text: "这边说不清楚，我们换成微信聊", start: 9, end: 14, value: "" },
    { text: "售后加我企业v", start: 2, end: 7, value: "" },
    // "add my WeChat" in English, with a reason or a purpose after it, or nothing more (not where the account goes)
    { text: "add my wechat", start: 0, end: 13, value: "" },
    { text: "add my wechat for discount", start: 0, end: 13, value: "" },
    { text: "pls add our wechat, easier to send photos", start: 0, end: 18, value: "" },
    { text: "you can add my weixin to get the catalogue", start: 0, end: 21, value: "" },
  ],
});
