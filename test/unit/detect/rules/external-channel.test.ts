import { ruleTester } from '../rule-tester';

ruleTester('external-channel', {
  valid: [
    // round 96
    "a private group chat for my family",
    "our online store is down for maintenance",
    // round 96
    "Wir haben einen eigenen Onlineshop, aber dort ist gerade alles ausverkauft",
    // round 96
    "办公号码是多少",
    "这批红薯很甜，去我店里看看",
    "Here's 10% off your next purchase in my shop",
    "join our telegram channel for updates",
    // an e-mail address's domain, or its end after a hyphen, is the address's part (e-mail-address reports it), not a site
    "for bulk prices email us at sales@fern-and-moss.com, cheaper than here",
    "catalogue and wholesale prices: ops[at]tidewaterhomegoods[dot]net",
    // a club or a search on a social app with nothing bought there; the shop searched on the platform itself
    "學校的攝影社團很好玩",
    "我们的读书社团每周聚会",
    "在ig搜一下这个牌子的穿搭",
    "我在FB搜「台中美食」找到这家店",
    "在本店搜「连衣裙」就能看到全部款式",
    "search 'ankara dress' on google to see styles",
    "search our shop name on Shopee to see more items",
    "I searched 'blue mug' on facebook and found your shop",
    // the shop's own app only named, the platform's app, or the buyer told to order here after all
    "我们自己的app正在维护中",
    "下载淘宝app注册送新人红包",
    "我们的app更新了，大家记得升级",
    "我们自己的app和这里同价，在这里下单就行",
    "the app crashes when I sign up, so I can't order here",
    // the live room compared with no group or site
    "Follow our Instagram page for new arrivals!", // a shop's news feed followed, no group where the sale is held
    "Join our Facebook group for styling tips we don't post here", // tips, not goods, kept off the page
    "把衬衫塞进裙子里，下单前看尺码表", // a top tucked into a skirt
    "裙号：L码，下单请备注", // 裙号 as a skirt's size
    "我们自己的工厂生产,app上可以查物流",
    "我们自己的品牌,质量有保证",
    "Our own website is down today, sorry about the markup on the listing photos",
    "这款比直播间便宜吗",
    // the platform's app named by a buyer, nothing bought there
    "我个app闪退咗，睇唔到订单",
    // someone else's ask to everyone, told and then judged by a buyer (有陌生人让加群…别信)
    "直播间里有网友叫大家进粉丝群抢内部价，都是假的，别上当",
    "评论区有人喊大家加群领返现，我没理，大家也别理",
    // told to order here after all
    "Same prices as our app, so order here if you like",
    // a site named beside a comparison that is no cheaper price, or a tracking site
    "物流比这里快，可以查 www.kuaidi100.com",
    "这个独立站比这里贵多了",
    // a group for other things than selling ("no sales" there)
    "Our Facebook group is for care tips only, no sales",
    "Join our Discord server for styling tips",
    // a group or page only named by a buyer, with nothing to come in for
    "喺IG專頁見到呢款，想問仲有冇M碼",
    "喺 Facebook 專頁見到你哋嘅廣告，想問點買", // the page named with a space, where a buyer saw the shop
    "Facebook群組有人話呢隻質量麻麻",
    // the platform's own invite-a-friend or share activity: the link is the buyer's own; a team named with no selling
    "邀请好友下单，好友通过你的专属链接购买，你得10元券",
    "分享给微信好友，好友从链接下单你返2元（平台活动）",
    "我们团队群每天开会",
    "我们是品牌代理，正品保障",
    "我加入了大学的摄影社团，拍照很开心",
    "FB社團的朋友推薦我買的，品質不錯",
    "关注主播领券",
    "点亮粉丝灯牌",
    "京东小程序也能买",
    // a cloud drive only named, community group-buying, the platform store itself, a book about communities, a warning
    "百度网盘会员年卡，自动续费",
    "这款平板能装百度网盘吗，能同时登录吗",
    "社区团购的菜很新鲜",
    "Visit our store for more colors",
    "Check out other items in our store, great prices",
    "小区里的业主群很热闹",
    "这本讲社群运营的书值得购买",
    "请勿加入陌生人的粉丝社群购买商品",
    // the platform's own app
    "下载淘宝APP查看物流",
    // 'our store' that is the platform shop itself
    "Thanks for shopping at our store, please leave a review",
    "Our shop ships worldwide, order today",
    // the shop refusing to go outside: the sign of leaving is what it says it does not do
    "Our store never sells direct, please order through the app",
    "our shop won't accept payment outside Etsy",
    "Check out other items in our store, great prices",
    // reported speech, the platform's own group, a phone asked to check an order
    "平台官方粉丝群，点击进入",
    // buyers naming where they shopped or searched
    "我在淘宝上搜了很久才找到",
    "我们淘宝买的比这个贵",
    "之前在拼多多上找的也是这款",
    "我的抖音看到的推荐，来京东买了",
    "我们京东买东西一直很放心",
    "我的淘宝账号被封了",
    "小红书上搜这个牌子评价很好",
    // asking for a group number; the platform app; a courier or a maker site to look something up; words run together; the shop site named with orders sent back here
    "群号是多少？我想问问售后",
    "Download the app to track your order",
    "物流信息在官网 www.sf-express.com 可以查",
    "The fit was great.my order arrived on time",
    "我们的官网商品和店里同价，请放心在本店下单",
    "The manual is at support.sony.jp",
    "社团活动很好玩，五星好评",
    // an invitation to a group or page with no buying or price word in its sentence, and on-platform group buys
    "Join our Facebook group to share outfit photos with other fans!",
    "Follow our Instagram page for styling tips and behind the scenes",
    "Join via the 'Group Deal' button on this page for group buy price",
    "Our FB page was hacked, please ignore any messages from it",
    // a "community" with no app named may be the shop's own membership on the platform
    "Join our community for tips, discounts are only on this store",
    // the channel is the work sold: a developer's or an agency's listing
    "小程序开发 公众号代运营 包售后 下单前请咨询",
    "专业代开发小程序，价格实惠，可开发票",
    "独立站搭建 一对一指导 拍下请备注",
    // a Cantonese invitation with no price or buying word (入, "join", is the match itself)
    "入我哋個群傾吓偈啦",
    // a drive in a storage product, a template or a download delivered by it, a buyer's files
    "Syncs with Google Drive and Dropbox, great price for the storage",
    "Editable price list template, works in Google Docs",
    "Our catalog files are delivered as a Google Drive download after purchase",
    "I put the photos of the damaged items on google drive for the refund",
    // a group named with a clearance or a thing not shown here that is no offer there
    "我哋屋企人個群組成日講清倉嘢，好煩",
    "直播间不卖二手，请认准官方旗舰店",
    // what is sold here said mid-clause
    "进群的朋友注意，这里不卖假货",
    "我们官网也有卖", // the site named, no price or fee
    // a group or a site named with no bargain, price or address pointed to
    "钉钉群是公司内部用的，捡漏的事别问我",
    "这个独立站的网址是多少？我想查下物流",
    "南极企鹅群摆件，下单立减10元", // a group of penguins: a nickname that is a common noun is left out of the group form
    "我们非常依赖社群的反馈，欢迎下单", // 赖 as the second half of 依赖
    // the link named as the platform's or the shop's own
    "统一从店铺链接下单，团购价已改",
    "拼团请在平台的拼团链接下单，别私下付款",
    "Download the Shopee app from the Play Store",
    "Our Discord community is for care tips; restocks are listed in the shop first", // first in the shop, not the group
    "这个码扫不出来 群里的人也说进群失败", // a group joined or not, nothing sold
    "I keep my whole photo library backed up on Google Drive", // the writer's own backup
    "All my sewing patterns are printable PDFs, delivered by Google Drive link after purchase", // the goods bought here, delivered
    "all my family photos are in google drive", // no goods named
    "chat.whatsapp.com is blocked at work", // the host named, no group's code
    "Thanks for your order! The full pattern library you purchased is on Google Drive: drive.google.com/drive/folders/9xKq2", // what was bought here, delivered
    // a group's code in WeChat Moments seen by a buyer, posted by someone told to, or someone else's; the platform's own
    // group, found in the shop's page or the live room
    "我在朋友圈里看到你们的群二维码，是官方的吗",
    "别把群二维码发朋友圈，会被封",
    "他朋友圈里的群二维码过期了",
    "我朋友圈有人发了群二维码",
    "淘宝群入口在店铺首页，群里每天发券",
    "群聊在直播间右上角，点进去就能加",
    "群二维码在店铺首页，扫码进",
    "Happy moments in our group chat",
    // a community on a chat app told with nothing sold there (support, alerts with the order kept here, neighbours), a sale
    // through one told, a chat group named by a buyer
    "We have a Discord server for support questions, join anytime",
    "We have a Telegram channel for restock alerts, but please order here on Shopee",
    "I have a WhatsApp group for the neighbourhood, prices of veg are crazy lately",
    "I sold my bike through a WhatsApp group last year",
    "這個LINE群只是聊天用的",
    "我在WhatsApp群組看到有人賣假貨，大家小心",
    // a group inside the platform's own app, where its rules still hold
    "进淘宝群领券，下单更优惠",
    "关注店铺，加入抖音粉丝群每晚8点抢福利",
    "小红书群聊里有新品预告，直接在店里拍",
    // a Facebook group a buyer read
    "我在臉書社團看到這款很多人推薦",
    // the platform's own mini program, as Taiwan names it; a syllable alone before the rest of the word
    "淘寶小程式下單就可以",
    // "your shop" is the buyer speaking of the seller's shop here
    "I love your store, will order again",
    "is this really your shop on the app? someone sent me a link",
    // 点 as a time, not a web address's dot
    "下午3点cc到店自提",
    // " dot " between words that are no web address
    "the dot com bubble burst in 2000",
    // a bracketed dot with no buying word; a freebie claimed in the platform's own group or with no group
    "back in the (dot) com boom we sold CDs",
    "在淘宝群领小样",
    "我领了电子版发票，谢谢客服",
    // a link said apart with no order or price sent there; a slash said between words
    "setup guide at philips dot com slash support, very clear",
    "yes slash no, the dot com era",
    // round 42: the bio holds no group, a group in someone else's bio warned about, a group for questions only
    "check the size chart in my bio before ordering",
    "beware of sellers asking you to join a group chat in their bio",
    "our group chat in my bio is only for care tips and tracking questions",
    "the group chat in my bio is for care tips only, please order here on the app",
    // round 43: what is unclear here pointed to the pinned post, a talk that is clear here, a plain "can't say enough"
    "加入我们的粉丝群，这里说不清楚的可以看置顶",
    "加入我们的读书群，这里讲得很清楚",
    "join our telegram group, I can't say enough how helpful it is",
    "Join our Discord server, can't talk about it here lol",
    // round 44: the platform's own app named to download, an app named with nothing bought there, gzh inside a handle
    "下载「淘宝」app下单更方便",
    "下个app叫「Keep」，每天打卡很方便",
    "gzh2024是我的用户名",
    // round 46: 公主 and 公众 as words; an official account's article read
    "小公主号码是多少",
    "公众号文章写得真好，学到了",
    // round 45: a spaced number before 折 that is no discount, a discount kept on the platform, a shop's own app down
    "下载我们的app查看物流，买 2 折叠伞送1把",
    "请在平台申请退款，本店新品享 9 折",
    "我们的app正在维护，售后请在订单页申请",
    // a group named as where someone said something: told about, not where the buyer is sent
    "微信群里有人说私下买便宜，大家别信",
    "粉丝群里有人问能不能私下交易，我们不支持",
    // the group for news only, the orders sent back to the marketplace
    "Telegram 群組只發新品通知，下單請回到蝦皮",
    "tg群只发上新通知，下单都在本店",
    // the shop's own site named with the orders kept on the marketplace, or its prices said to be the same
    "Our website is just for info; orders are through Amazon",
    "Prices here are the same as on our website",
    "join our whatsapp group for care tips, orders go through the app",
    // round 47: the official site compared with, or named with no search for the brand
    "本店比官网便宜，放心买",
    "官网购买有保修，搜我们品牌就能查到",
    "搜索我们品牌，官网价格比本店贵",
    "官网购买有9折吗？本店同价",
    "官网买更便宜吗？我找了一下品牌",
    // the writer's account on another app, gone to for a look, not an order
    "去我小红书看看穿搭",
    // the shop's group said, in the next clause, to be the platform's own group chat
    "我加了店铺的粉丝群，在淘宝群聊里领了券",
    // the drive holding what the buyer bought or the writer's own files; picking goods near a courier's site
    "你买的电子版教程全部款式都在网盘里",
    "网盘里的照片太多了，全部商品图我整理一下",
    "物流查询 sf-express.com 挑货的时候注意",
    "百度网盘目录整理好了",
    // round 49: the group joined said in the next clause to be inside the platform's app (是抖音里的粉丝群)
    "在直播间点了加入群聊，就是抖音里的粉丝群吧？",
    "昨天点了加入群聊，是天猫里面的会员群，领了张券",
    // round 51: WeChat Channels' own live room bought from through its shelf; a skirt for fans or members
    "视频号小店：在橱窗购买即可，七天无理由",
    "视频号直播中，点左下角小黄车下单",
    // the shelf tapped (点击, 点开), as the room's captions say it
    "视频号直播间里点击下方橱窗下单就行",
    "视频号小店直播，点开购物袋购买",
    "粉丝裙子福利价99，下单备注尺码",
    "会员裙摆加长款已上架，下单就送腰带",
    // round 52: a LINE official account talked about with no buying, the platform's own, 信賴 (trust)
    "LINE官方帳號被盜了怎麼辦",
    "蝦皮官方帳號通知：訂單已出貨",
    "我們很信賴官方帳號的公告",
    "line 官方帳號的客服說明退貨流程",
    // round 53: the drive gone to for the download of what was bought, or a purchase told in the past, is no shop there
    "付款后去我网盘里下载就行",
    "上我网盘买的那套教程还能看吗",
    // the writer's community told as having something that is no sale
    "Our Discord has a bot that answers sizing questions",
    "our whatsapp has been down since noon, sorry",
    "My Telegram has my holiday photos lol",
    "our line has better prices than last season",
    // round 55: the fans themselves, no group
    "我们的粉丝都很热情，谢谢大家支持",
    "fen si qun de",
    // round 54, not: the shop's own site or app gone to for the order (来我们官网买, 去我们商城拍)
    "上我们官网买的那件已经坏了",
    "去我们官网买不到这个颜色",
    "你们官网买的是正品吗",
    "来我们店里买就送小样",
    // round 58: the wholesale marketplace's own site is the platform
    "Log in to Alibaba.com to view your order",
    "Check the order status on 1688.com under My Orders",
    // round 58: the reader's own store ("your Shopify store") is no "our"
    "You can push the items to your Shopify store through AliExpress's official dropshipping center.",
    "Connect your Instagram shop to the seller centre",
    // round 59: screen sharing as a product's feature
    "这款投影仪支持屏幕共享，手机一键投屏",
    "Share your screen to the TV in one tap.",
    // round 60: the bio's link with no buying word, a broken link; a list that is no catalogue, or one downloaded
    "link is in my bio if you want to read my blog",
    "my bio link is broken sorry",
    "装修材料清单放网盘了，自己下载",
    "孩子的书单清单在网盘里",
    // round 61: the shop's own site with no goods said to be more there (a manual), a buyer asking about the seller's site; a support
    // group or the platform's bot on Telegram; a drive turned down or a template backed up on it; the platform's app or a marketplace's
    "我们官网的说明书比这里详细",
    "你们官网款式比这里多吗？",
    "Join our support group on Telegram if the app crashes",
    "Track your order with the official shop bot on Telegram",
    "Can you share the price sheet here instead of Google Drive?",
    "I backed up my price sheet template to Google Drive",
    "Does Amazon have an app for wholesale prices?",
    "Download the Shopee app for extra coupons",
    "Download our Shopee app and follow the shop for vouchers",
    "Is there an official app for this store? I want the wholesale price",
    // round 62: the platforms' own apps named with 叫, or an app with nothing bought on it
    "下个app叫淘宝 在上面下单",
    "下载那个app叫拼多多 在那上面下单",
    "下载个app叫顺丰 在上面查物流",
    // told to order here after all, "here" typed as 这 alone (就在这拍吧, 在这下单就好)
    "我们官网的款式没这里全，就在这拍吧",
    "我们官网图多，你直接在这下单就好",
    // round 63: a drive's photos or a family's pictures, no order form in it
    "网盘里有实拍视频，随便看",
    "网盘里面有我家孩子的照片",
    // round 65: the link page for other socials, no buying or price there
    'check my linktree for my other socials and the care guide',
    // round 64: the rest of the styles kept on a cloud photo album (其他款式都放在云端相簿); an order form kept off the platform (forms.gle/x, docs.google.com/forms/x) with the ordering said in its sentence
    "保固登記請填 forms.gle/abc123",
    "滿意度調查 forms.gle/abc123 謝謝",
    "旅行照片都在雲端相簿",
    "其他款式的照片我手機相簿有，等等傳給你",
    // round 69: a daily thing or a freebie said where the group is the platform's own, or no group at all
    '我们每天都会带你看新款，点关注不迷路',
    '本群免费领优惠券，仅限平台内使用',
    '下载我们的配套app，连接蓝牙就能用',
    // round 67: the writer's own site or app with an after-sales word but the platform's service kept (or not named as
    // passed over)
    "Register your warranty on our own site for an extra year",
    "退货请在淘宝订单里申请，下载我们的app可以查看保养说明",
    "Our own website has the manual; returns are handled through Amazon as usual",
    "下载「淘宝」app 申请售后，平台客服会处理",
    // round 68: the buyer asking leave to share the shop's link into their own group (the group is their audience)
    "Can I share the link in our FB group?",
    "pwede ba i-post yung listing sa Viber group namin? madami kasing interested",
    // round 68: a group named in Spanish or Portuguese word order with nothing bought or priced there (told about, a news feed)
    "Me avisaron en el grupo de WhatsApp de la familia",
    "o grupo do Facebook de mães recomendou essa loja",
    "Entra no nosso grupo do Telegram pra ver as novidades",
    // round 71: a quoted search on another app for a video or ideas, the buyer's own search told, a first-order perk in a shop
    "抖音搜“安装教程”看看",
    "小红书搜「北欧风客厅」找灵感",
    "我在淘宝搜“同款衣柜”，便宜一半",
    "首单免费试穿，到店体验",
    // round 70: an official account's keyword for an invoice or a manual, not the prices
    "官方公众号回复“发票”获取电子发票",
    "公众号：某某家居 回复“说明书”看安装视频",
    // round 73: the after-sales sent to the writer's own site with the platform's handling told too slow or a bother (平台这边处理太慢, 京东审核很麻烦); the search told in English before a Chinese name (search 店名); not the platform's slowness alone, nor a search bar on the site
    "平台处理太慢了，我们已经催了",
    "我们官网的售后和平台一样，处理也不慢",
    "use the search bar on our website",
    "售后请移步我们的独立站",
    // round 75: a private group's lessons, a deal shared by the buyer in their own group
    "we offer discounts in our private group lessons",
    "great deal, thanks, I'll share it in my private group",
    // round 76: the price said to be kept off the platform by its rules, the writer's feed or group named (这个价平台不让挂，去我朋友圈看); not the platform's own rule told to a buyer
    "平台不让改价，请按原价拍",
    "我朋友圈里看到有人推荐这家店",
    "平台不让发外链，所以只能发图片给您看",
    // round 77: a share menu's list of places after 分享到/分享至/分享给
    '分享至：QQ好友 / 朋友圈 / 微博',
    '分享给: 微信 | 朋友圈',
    // round 82: a group the writer has on a chat app, with the sale or the real price there
    "we have a support group on whatsapp for setup questions",
    "the real price is on the tag",
    // round 80: one message pointed at and disowned ("ignore the msg asking u to join…"); a group's quoted name with nothing sold there
    "pls ignore the msg asking u to join our whatsapp group for deals",
    "ignore that text saying 'join our discord for cheaper drops'",
    "the facebook group 'Leeds Mums Chat Corner' was where i saw your post",
    // (a club's group moved with no way in offered; a site's stock photos, or fees told of after an address)
    "the book club moved to a private group last year",
    "www.camerashop.com same stock photos as this listing",
    "read the reviews at trustpilot.com, no fees were charged",
    // round 81: WeChat Channels' own shop or shelf named as where to order (视频号小店下单): its checkout
    "视频号小店下单，售后找小店客服",
    "在视频号橱窗里直接拍就行",
    // round 83: a server talked in before bed; the multi-buy discount taken at the platform's checkout or in the cart
    "we have a discord server, we chat there before bed",
    "buy 3 from my shop and the discount applies in your cart",
    "Buy 2 from our store, get 15% off at checkout",
    // round 84: a spoken dot in a plain word, a tracking site, the booking sites themselves, a site far from the buying words
    "new in the shop: the polka dot in navy, cheaper than the red one",
    "the dot com days were wild, online prices were cheaper back then",
    "you can track it on canadapost.ca, cheaper shipping next time",
    "I always book direct on booking.com and save the fees",
    "found this on mumsnet.org ages ago. Anyway the fabric here is cheaper than at the market and it washes well",
    // round 86: the writer's group on an app joined in Cantonese talk, the group said in English (入我 WhatsApp group); a private group (私人群組) not read as 人群; pre-orders, links and 入咗…先有得 as buying words; an early-bird price (not a group with nothing bought in it)
    "我們 discord server 有人問問題",
    "入我 whatsapp group 傾偈啫",
    "人群太多，下次再去",
    // round 88: the sourcing marketplaces' own sites named with their escrow or checkout (made-in-china.com, dhgate.com, globalsources.com), and the writer's own shop named as what the goods were bought for
    "the dhgate.com buyer protection covered my order, cheaper than my local wholesaler",
    "globalsources.com trade show booth list, order samples there",
    "Bought 200 phone cases for our Etsy shop from this factory, quality ok",
    "we are sourcing LED strips for my own Amazon store, pls quote MOQ",
    // round 87: pictures and prices on a drive with nothing to buy; screenshots alone
    "google drive has the photos and prices of my old trip",
    "google drive folder with screenshots of the bug, pls order a fix from support",
    // round 89: a warranty site with no free thing claimed there (or a free warranty, the brand's own); a site "of their own"
    // with nothing bought there; a word spaced before ".com" with no "www."
    "register your warranty at brandname.com for a free extended warranty",
    "he built his own website for his photos",
    "i love it there .com was a joke",
    // round 90: a link defanged with its dot in brackets; the reader told in Taglish to join the group chat on an app
    "nag join ako sa gc sa messenger, may scammer",
    "wag sali kayo sa gc sa telegram, scam yan",
    "I love this (.) lol",
    "price list (.) see photo",
    // round 91: the platform's own mini program or one not bought through; a finds group left; a catalogue looked at; an official account followed for news
    "the Taobao mini program keeps crashing on my phone",
    "our mini program is down for maintenance tonight",
    "I left the finds group, too many ads",
    "the pics are from their yupoo, I ordered through my agent",
    "follow our 公众号 for updates on shipping times",
    // session 21 (mine): a link for care, an order kept here
    "link in my profile for the care guide",
    "the link in our profile is broken, order here",
    // round 93: a look-alike site given first, the verb and its object after it; the writer's group with its invite offered; an app installed to take the writer's payment
    "ebay-buyer-protect.com is fake, never click it",
    "ebay-buyer-protect.com - dont click it",
    "we've got a whatsapp group for the family, my cousins want the invite link",
    "we have a discord for support, invite link is on the website",
    "download the carousell app and accept the payment there",
    "download the bank app to receive payment notifications",
    "click the link on ebay-deals-uk.com? no thanks, it looked fake",
    // round 92: a post there after the listing; no 'first'; the couriers' posts
    "join my fb group, i post there after i list on depop",
    "i run a whatsapp group for the book club, keen? meetup news goes there",
    "we have a telegram group for tracking updates, the couriers post there first",
    // round 94: a community whose goods drop before the marketplace or whose prices are lower than here; the writer's own drive or shared folder with a reason to go there; the seller's own app told by a buyer; Taglish gc and Malay group with the price there; another platform, a separate app or an official account with its price or pre-orders; the shop moving off the marketplace; a group of up to three words on an app; the mini program seen first; the writer's broadcast channel
    "we've got a discord for care tips, the prices are the same everywhere",
    "there's a whatsapp group for the school run",
    "my photos sync to my dropbox automatically",
    "our shared folder is for staff rotas only",
    "the card said to download the etsy app to track it",
    "they have their own app? cool, the listing here is fine",
    "sali kayo sa gc namin para sa updates lang",
    "join group whatsapp kami untuk tracking parcel",
    "follow our official account for updates",
    "I saw it cheaper on another site so I bought it there",
    "we're not moving off etsy, our site is just a portfolio",
    "we run a dog walking group on facebook for the village",
    "we use a separate app for invoices, nothing to do with you",
    "the mini program first asked me to log in",
    "I joined their ig broadcast channel, it's just memes",
    // round 95: the goods registered or activated with their maker at its site, a brand's service for what was bought
    "Register your new purifier at airpro.com.my for faster service",
    "activate your device at setup.brand.com",
    "Official store. Register your machine at vacuumco.com.sg or call us for support",
  ],
  invalid: [
    { text: "招兼职代理，零成本，加入我们的分销群每天更新货源", start: 10, end: 18, value: "加入我们的分销群" }, // agents or part-timers recruited into the seller's group, where the goods are sold to them
    { text: "今晚冇抽中嘅朋友入我哋會員福利群，逢週五有內部價", start: 8, end: 16, value: "入我们会员福利群" }, // 冇抽中嘅 names who is addressed, no negation
    { text: "課程購買後請加入會員社團領取雲端硬碟連結", start: 8, end: 12, value: "会员社团" }, // a fan club (社團) and Taiwan's word for a cloud drive
    { text: "以后大家直接下载我们自己的“鹿鹿票务”app购买，新人立减15", start: 6, end: 22, value: "下载我们自己的“鹿鹿票务”app" }, // the own app named by its brand
    { text: "You can book straight through our own site, lakeside-bikes dot de, without the platform mark-up", start: 30, end: 42, value: "our own site" }, // booked there, no markup
    // Cantonese: the classifier for 的 (我哋個網站, 自己個app), ordered there (落单) or cheaper there (平啲)
    { text: "我哋個網站平啲，直接上去落單啦", start: 0, end: 5, value: "我们个网站" },
    { text: "去自己嘅app落单有折", start: 1, end: 7, value: "自己的app" },
    // Cantonese: come in (入嚟) to see the goods (睇貨) in a group or page on another app
    { text: "TG群組「旺角散貨場」，入嚟先", start: 0, end: 4, value: "tg群组" },
    { text: "我哋IG專頁日日有新款，睇多啲新貨", start: 2, end: 6, value: "ig专页" },
    { text: "限量款淨係放喺 FB 專頁，搜店名直接落單", start: 8, end: 13, value: "fb 专页" }, // the Latin name a space before the page
    // a group where the selling happens, or where the platform's fees are left out
    { text: "Join our WhatsApp group 'Kente Corner' for weekend sales", start: 0, end: 23, value: "join our whatsapp group" },
    { text: "Join our Signal group, no app fees there", start: 0, end: 21, value: "join our signal group" },
    { text: "想拿货的进我们的拿货群，一手价", start: 4, end: 11, value: "进我们的拿货群" },
    { text: "我们有自己的line社团，团购价更低，欢迎加入", start: 6, end: 12, value: "line社团" },
    // joining the seller's group or page on another app (FB, Viber group chat, IG), the buying word anywhere in the
    // invitation's sentence, after the group's name
    { text: "Sis join our Viber gc \"Cebu Pasalubong Hub\" for mine-first prices, we post there daily", start: 4, end: 21, value: "join our viber gc" },
    { text: "Join our private Facebook group (Thrift Queens SG) for stock we never put on Shopee, cheaper too", start: 0, end: 31, value: "join our private facebook group" },
    { text: "Follow our IG page for discount codes before each sale", start: 0, end: 18, value: "follow our ig page" },
    { text: "Join our fb group Budol Finds PH, we do live selling every night", start: 0, end: 17, value: "join our fb group" },
    { text: "进我们的宠粉群，群里更便宜", start: 0, end: 7, value: "进我们的宠粉群" },
    { text: "关注公众号领取优惠券", start: 2, end: 5, value: "公众号" },
    { text: "cheaper on my own website", start: 11, end: 25, value: "my own website" },
    // communities on other apps, cloud-drive shares with a code, own sites offered with a price advantage
    { text: "欢迎加入我们的粉丝社群，内部价每周上新", start: 2, end: 11, value: "加入我们的粉丝社群" },
    { text: "关注我们的tg频道，折扣更多", start: 0, end: 9, value: "关注我们的tg频道" },
    { text: "Join our Telegram group for lower prices", start: 0, end: 23, value: "join our telegram group" },
    { text: "我们在whatsapp社群发团购链接", start: 3, end: 13, value: "whatsapp社群" },
    { text: "资料放在夸克网盘了，提取码 k3m9", start: 4, end: 13, value: "夸克网盘了,提取码" },
    { text: "高清原图：pan.baidu.com/s/1AbCdEf 密码 x7y2", start: 5, end: 28, value: "pan.baidu.com/s/1abcdef" },
    { text: "Buy it on our own site, 30% off: shinyknits.shop", start: 10, end: 22, value: "our own site" },
    { text: "We sell the same candles on our website for less", start: 28, end: 39, value: "our website" },
    // the seller's own app with a newcomer price
    { text: "下载我们的APP有新人价", start: 0, end: 8, value: "下载我们的app" },
    // shops on other sites or apps, the own store with a cheaper price and an address
    { text: "Find us on our Shopify store for cheaper prices", start: 11, end: 28, value: "our shopify store" },
    { text: "Check our IG shop for more sizes and better prices", start: 6, end: 17, value: "our ig shop" },
    { text: "Same item is cheaper in my store: knitsbyjo.com", start: 24, end: 32, value: "my store" },
    // the same seller on another marketplace or app, cheaper there; private links; own site with a member price
    { text: "闲鱼上搜我店名，便宜30", start: 0, end: 5, value: "闲鱼上搜我" },
    { text: "去拼多多搜我们店，那边更便宜", start: 1, end: 6, value: "拼多多搜我" },
    { text: "这款在我们抖音小店卖得更便宜", start: 3, end: 9, value: "我们抖音小店" },
    { text: "我的小红书有链接，去那边下单", start: 0, end: 5, value: "我的小红书" },
    { text: "复制这段口令打开淘宝，私人链接下单", start: 11, end: 15, value: "私人链接" },
    { text: "我们官网有会员价，比这里划算", start: 0, end: 4, value: "我们官网" },
    // a group number or group code pointed to on the profile; the seller own app or site (short links, country domains) with member or lower prices
{ text: "要福利的来我们宠粉群，群号在我主页", start: 11, end: 17, value: "群号在我主页" },
    { text: "群二维码放置顶了，扫码进", start: 0, end: 7, value: "群二维码放置顶" },
    { text: "Install our app from linktr.ee/shopname, members get 30% off", start: 8, end: 15, value: "our app" },
    { text: "Install our app from linktr.ee/shopname, members get 30% off", start: 21, end: 39, value: "linktr.ee/shopname" },
    { text: "以后到我的官网 www.abc-store.hk 买，比虾皮便宜", start: 3, end: 7, value: "我的官网" },
    { text: "以后到我的官网 www.abc-store.hk 买，比虾皮便宜", start: 8, end: 24, value: "www.abc-store.hk" },
    { text: "Our shop app has member prices, way lower than Amazon", start: 0, end: 8, value: "our shop" },
    { text: "Our shop is cheaper outside, message me", start: 0, end: 8, value: "our shop" }, // no refusal before the sign
    // a private or official club on another app (私密社团, 官方社团)
    { text: "快加入我們的LINE官方社團，會員價更優惠", start: 1, end: 14, value: "加入我们的line官方社团" },
    { text: "加入我们的脸书私密社团享团购价", start: 0, end: 11, value: "加入我们的脸书私密社团" },
    // the seller's own site said to be cheaper than here (比这儿少, 比店里低, 比平台上低)
    { text: "新款都放在独立站了，比这儿少二十块", start: 5, end: 8, value: "独立站" },
    { text: "自己的网站上比店里还低一成，下单找我", start: 0, end: 5, value: "自己的网站" },
    { text: "比平台上低：shop-lumi.com", start: 6, end: 19, value: "shop-lumi.com" },
    // told not to order here: the app is where to buy
    { text: "Our app gives 15% off on everything, no need to order here", start: 0, end: 7, value: "our app" },
    // the group cheaper than the live room or the cart the buyer is looking at
    { text: "来我们的宠粉群，比小黄车里便宜十块", start: 0, end: 7, value: "来我们的宠粉群" },
    { text: "加入我们的会员群，群里价格比直播间还低", start: 0, end: 8, value: "加入我们的会员群" },
    // (sent there to sign up: 注册 after the account is no work sold)
    { text: "关注公众号注册会员，价格更低", start: 2, end: 5, value: "公众号" },
    // Cantonese: join (入) our group, cheaper than here (平过呢度, 比呢度平), a hidden price (隐藏价) there
    { text: "入我哋嘅WhatsApp群組先有", start: 4, end: 14, value: "whatsapp群组" },
    { text: "入我哋個群，下單有折扣", start: 0, end: 5, value: "入我们个群" },
    { text: "Telegram channel 嗰度啲貨平過呢度", start: 0, end: 16, value: "telegram channel" },
    { text: "FB group 比呢度平好多", start: 0, end: 8, value: "fb group" },
    { text: "我哋LINE社群有隱藏價", start: 2, end: 8, value: "line社群" },
    // the catalogue or the rest of the stock kept on a cloud drive, either order, the drive named or its address
    { text: "whole lookbook is in our Dropbox, reply with the codes you want", start: 0, end: 32, value: "whole lookbook is in our dropbox" },
    { text: "more designs here: drive.google.com/drive/folders/1xYz, pm to reserve", start: 0, end: 35, value: "more designs here: drive.google.com" },
    { text: "OneDrive link for the latest price list, just message me the sizes", start: 0, end: 39, value: "onedrive link for the latest price list" },
    // the seller's group with a clearance price, or an offer kept from this page (not posted here)
    { text: "快啲入我哋TG群組，清貨價只喺群入面公佈", start: 2, end: 8, value: "入我们tg群" },
    { text: "进我们的粉丝群吧，好多款直播间不上架", start: 0, end: 7, value: "进我们的粉丝群" },
    { text: "加入我们的LINE社群，尾货甩卖都在那里", start: 0, end: 11, value: "加入我们的line社群" },
    { text: "記得入我們的FB群組，年尾清倉價", start: 2, end: 9, value: "入我们的fb群" },
    { text: "我们有自己的 app，download 了买更便宜", start: 3, end: 10, value: "自己的 app" }, // the typographic space before the Latin word
    { text: "官方商城下单，不用付平台抽成，搜我们品牌名就有", start: 0, end: 14, value: "官方商城下单,不用付平台抽成" }, // the official site, where the platform's cut is not paid
    { text: "Join our Discord server, new drops go up there first, claim by comment", start: 0, end: 23, value: "join our discord server" }, // the sale held in the group, claimed by comment
    { text: "资料包放云盘了，转账之后云盘链接发你", start: 12, end: 16, value: "云盘链接" }, // the drive's link given after a transfer
    // a group joined for bargains (捡漏), a discount there said as a tenth, the address pointed to on the profile
    { text: "进我的钉钉群，每天都能捡漏", start: 0, end: 6, value: "进我的钉钉群" },
    { text: "去她家独立站买，8.5折", start: 3, end: 6, value: "独立站" },
    { text: "网址在我主页，关注后领优惠", start: 0, end: 6, value: "网址在我主页" },
    { text: "绿泡泡群里接龙，价格更低", start: 0, end: 4, value: "绿泡泡群" }, // a WeChat group by its nickname
    { text: "维信群号在简介，入群有内部价", start: 0, end: 7, value: "维信群号在简介" }, // a homophone's group number pointed to
    { text: "賴群組每週上新，下單更便宜", start: 0, end: 3, value: "赖群组" }, // a LINE group as Taiwan names it
    { text: "扣扣群里每天秒杀，拍前先进群", start: 0, end: 3, value: "扣扣群" }, // a QQ group by its homophone
    // an app or a sign-in on a site dressed up as the marketplace's
    { text: "Install the Shopee Seller Guard app from shopee-sellerguard dot com to unlock payouts", start: 0, end: 67, value: "install the shopee seller guard app from shopee-sellerguard dot com" },
    { text: "Verify your identity at lazada-id-check.net today", start: 0, end: 43, value: "verify your identity at lazada-id-check.net" },
    // the goods put in the group before anywhere else
    { text: "Yes we have a Telegram channel — new pieces go up in there first", start: 4, end: 30, value: "we have a telegram channel" },
    { text: "we run a whatsapp group, drops land there before they hit the site", start: 0, end: 23, value: "we run a whatsapp group" },
    { text: "拼单都在群里 扫最后一张图那个码进群", start: 16, end: 18, value: "进群" }, // a group joined by scanning the code in a picture
    // the goods kept off this page, in the group
    { text: "Join our Viber community 'Ate Lyn Preloved' for pieces we never list on the app", start: 0, end: 24, value: "join our viber community" },
    { text: "our telegram channel has the styles not listed here", start: 4, end: 20, value: "telegram channel" },
    // 群 as 裙; the group's number in the live room's fan badge
    { text: "宝子们加裙，裙里每晚八点秒杀", start: 3, end: 5, value: "加裙" },
    { text: "群号在粉丝团里 进来领券", start: 0, end: 6, value: "群号在粉丝团" },
    // an address, ordered from in Cantonese
    { text: "唔好喺度買，去 shing-goods.hk 落單平好多", start: 8, end: 22, value: "shing-goods.hk" },
    { text: "our complete bead collection is in this Dropbox folder, pick what you want", start: 4, end: 47, value: "complete bead collection is in this dropbox" },
    // the goods named by their craft before the drive
    { text: "All my knitting patterns live on google drive, one payment gets you the lot", start: 0, end: 45, value: "all my knitting patterns live on google drive" },
    { text: "the rest of our vintage pieces are in a dropbox album", start: 0, end: 47, value: "the rest of our vintage pieces are in a dropbox" },
    // a group's or channel's own invite link: joining needs no buying word
    { text: "mums swap group here 👉 chat.whatsapp.com/Kq7TzP2mVx9L", start: 24, end: 54, value: "chat.whatsapp.com/kq7tzp2mvx9l" },
    { text: "our OpenChat line.me/ti/g2/Xy_9kLmN0pQ for restocks", start: 13, end: 38, value: "line.me/ti/g2/xy_9klmn0pq" },
    { text: "the whole sticker archive sits on my gdrive, message me what you like", start: 4, end: 43, value: "whole sticker archive sits on my gdrive" },
    // the shop's own app or site with a sign-up bonus, or with the buyer told not to order here
    { text: "我們自己的APP「好物集」註冊就送100 不要在這裡下單", start: 0, end: 8, value: "我们自己的app" },
    { text: "我们家的app注册送30元 这里别拍了", start: 0, end: 7, value: "我们家的app" },
    { text: "下载本店自己的商城 新人注册领红包", start: 2, end: 9, value: "本店自己的商城" },
    { text: "we have our own app now, $10 sign-up bonus, don't order here", start: 8, end: 19, value: "our own app" },
    { text: "get our own app, you get $5 when you sign up", start: 4, end: 15, value: "our own app" },
    // a group-buy or agents' community named by its trade, and a group or name to search for on a social app
    { text: "宝妈团购社团 FB搜「台南好物团」 每周开团", start: 2, end: 6, value: "团购社团" },
    { text: "代購社群在臉書，每天開團", start: 0, end: 4, value: "代购社群" },
    { text: "臉書搜「小資女批發」 社團裡下單更便宜", start: 0, end: 4, value: "脸书搜「" },
    { text: "line上搜我们的社群 每周开团", start: 0, end: 11, value: "line上搜我们的社群" },
    { text: "tg搜频道 hk_daigou 抢优惠", start: 0, end: 5, value: "tg搜频道" },
    { text: "search 'Lagos Mums Deals' on facebook, we run group buys there daily", start: 0, end: 37, value: "search 'lagos mums deals' on facebook" },
    { text: "search for our group on FB, cheaper prices there", start: 0, end: 26, value: "search for our group on fb" },
    // a group's number or code pointed to in the writer's WeChat Moments or QQ space: the group is joined there
    { text: "下一期团购换地方了 群码我发朋友圈了", start: 10, end: 17, value: "群码我发朋友圈" },
    { text: "进群码放我动态了 扫码就能进", start: 0, end: 7, value: "进群码放我动态" },
    { text: "看我朋友圈置顶的群二维码，以后在群里拼", start: 0, end: 12, value: "看我朋友圈置顶的群二维码" },
    { text: "我朋友圈置顶有群二维码 以后团购都在群里", start: 0, end: 11, value: "我朋友圈置顶有群二维码" },
    { text: "團長：下一團改在群裡開，群二維碼在我朋友圈", start: 12, end: 21, value: "群二维码在我朋友圈" },
    { text: "群組QR code已經發到我朋友圈", start: 0, end: 17, value: "群组qr code已经发到我朋友圈" },
    { text: "新团群号在我QQ空间", start: 2, end: 10, value: "群号在我qq空间" },
    { text: "团长说了\n下周的团在群里开\n群码已经放我朋友圈", start: 14, end: 23, value: "群码已经放我朋友圈" },
    { text: "The group QR is on my WeChat Moments, next round is there", start: 4, end: 36, value: "group qr is on my wechat moments" },
    { text: "QR code for the new group chat is posted on my Moments", start: 0, end: 54, value: "qr code for the new group chat is posted on my moments" },
    // the writer's own community on a chat app (Discord, Telegram, WhatsApp community, LINE OpenChat) told as had or run,
    // or closed to members, with the buying there; a chat app's group as 群 (Discord群, TG群, LINE群)
    { text: "We have a private Discord for drops, join through the link in our bio and buy there, way cheaper than here", start: 0, end: 25, value: "we have a private discord" },
    { text: "I run a VIP Telegram group where I sell the overstock for less", start: 0, end: 26, value: "i run a vip telegram group" },
    { text: "There's an invite-only WhatsApp community, all orders go through there", start: 0, end: 41, value: "there's an invite-only whatsapp community" },
    { text: "our members-only Discord gets better prices than the shop", start: 0, end: 24, value: "our members-only discord" },
    { text: "We have a LINE OpenChat for regulars, orders there get 10% off", start: 0, end: 23, value: "we have a line openchat" },
    { text: "我們有私人Discord群，補貨都在裡面賣，比這裡便宜", start: 5, end: 13, value: "discord群" },
    { text: "我们有个TG群，新货都在群里卖，比这里便宜", start: 4, end: 7, value: "tg群" },
    { text: "加我們的LINE群，群裡下單打九折", start: 4, end: 9, value: "line群" },
    { text: "I've got a Telegram channel, new pieces go up in there first", start: 0, end: 27, value: "i've got a telegram channel" }, // the goods there first
    // a group on another app, though the platform is named before it
    { text: "淘宝上不好谈，进我们的微信群下单更便宜", start: 7, end: 14, value: "进我们的微信群" },
    // Facebook by its Chinese name; the goods got only by joining
    { text: "加入脸书社团，在社团内直接下单", start: 2, end: 6, value: "脸书社团" },
    { text: "講義要加入LINE社群才拿得到", start: 5, end: 11, value: "line社群" },
    // the official account with a syllable in pinyin; the mini program as Taiwan and Hong Kong name it
    { text: "关注我们的公 zhòng 號领券", start: 5, end: 14, value: "公众号" },
    { text: "去微信小程式搜「好物社」下單", start: 3, end: 6, value: "小程式" },
    // 点 / 點 typed for a web address's dots
    { text: "官网 shop点lumina点com 下单送运费险", start: 3, end: 18, value: "shop.lumina.com" },
    { text: "我們官網 www點bloom-tea點hk 下單更便宜", start: 5, end: 21, value: "www.bloom-tea.hk" },
    { text: "官网 www dot bloomtea dot com 下单更便宜", start: 3, end: 27, value: "www.bloomtea.com" },
    { text: "去我們官網 www。hana-shop。tw 下單", start: 6, end: 22, value: "www.hana-shop.tw" },
    // the mini-program named in pinyin
    { text: "下单请上我们的 xiao cheng xu，便宜10块", start: 8, end: 21, value: "小程序" },
    // a web address with its dot typed in brackets
    { text: "buy direct at hana-crafts (dot) shop for less", start: 14, end: 36, value: "hana-crafts.shop" },
    { text: "官网 mybrand[dot]cn 下单更便宜", start: 3, end: 17, value: "mybrand.cn" },
    { text: "cheaper on our site: tea-garden [dot] net", start: 11, end: 19, value: "our site" },
    // joining the group typed half or all in pinyin, and a freebie to claim there as the lure
    { text: "jin qun 领小样", start: 0, end: 7, value: "进群" },
    { text: "扫码ru qun领取教程", start: 2, end: 8, value: "入群" },
    { text: "進群領電子版食譜", start: 0, end: 2, value: "进群" },
    { text: "进群领取试用装，先到先得", start: 0, end: 2, value: "进群" },
    // a link said apart ("dot", "slash"), the order sent there
    { text: "full price list: tinyurl dot com slash kikilist, order there, cheaper than here", start: 17, end: 47, value: "tinyurl.com/kikilist" },
    { text: "grab the form at bit dot ly slash preorder-88 and order through it, not Etsy", start: 17, end: 45, value: "bit.ly/preorder-88" },
    // a cloud drive with digits for its letters
    { text: "our catalogue is on g00gle drive, order there for cheaper", start: 0, end: 32, value: "our catalogue is on google drive" },
    // round 42: a group or channel kept in the writer's bio or profile, with a buying or price word
    { text: "Join the group chat in my bio for restock alerts & group-buy prices", start: 9, end: 29, value: "group chat in my bio" },
    { text: "members get 20% off, the Discord link is on our profile", start: 25, end: 55, value: "discord link is on our profile" },
    // round 43: the group named, then the platform's page called the wrong place to talk
    { text: "有兴趣的加入我们的交流群，这边不方便细说", start: 4, end: 12, value: "加入我们的交流群" },
    { text: "新货都在，請加入我們的秘.密.社.團，平台上聊不了", start: 6, end: 18, value: "加入我们的秘密社团" },
    // round 44: an app to download named in quotes, the order there; 公众号 by its initials (gzh, g🀄h, 公zh)
    { text: "下载个软件叫「惠省」，里面下单便宜一半", start: 0, end: 7, value: "下载个软件叫「" },
    { text: "下个「优品汇」app，在那边下单有返利", start: 0, end: 10, value: "下个「优品汇」app" },
    { text: "关注gzh「小鹿好物」领券下单", start: 2, end: 5, value: "公众号" },
    { text: "搜 g🀄h 潮玩社，隐藏款在那边卖", start: 2, end: 6, value: "公众号" },
    { text: "公zh搜「好物社」，团购价更低", start: 0, end: 3, value: "公众号" },
    // round 46: the official account by a sound-alike name; the shop's own app with a discount; a web address after an
    // aside in brackets ("(not tiktok)" says what the place is not, and stops at its bracket), its dot spoken
    { text: "关注公仲号领券，直播间领不到", start: 2, end: 5, value: "公仲号" },
    { text: "关注我们的公主号，每周上新优惠券", start: 5, end: 8, value: "公主号" },
    { text: "下载我们自己的 App「好物集」，直播价再打 8 折", start: 0, end: 11, value: "下载我们自己的 app" },
    { text: "on our app (not tiktok) → luxe dot co/shop", start: 26, end: 42, value: "luxe.co/shop" },
    { text: "buy the restock on our own store (not etsy) → luxe.co/shop", start: 46, end: 58, value: "luxe.co/shop" },
    // round 45: the writer's own app, the discount there spaced as a tenth (享 8.5 折)
    { text: "退换货请装我们自己的 APP「优选go」，里面售后享 8.5 折", start: 5, end: 14, value: "我们自己的 app" },
    { text: "装我们的 app，里面东西都 6 折", start: 1, end: 8, value: "我们的 app" },
    // …but the buyer asked into it still is
    { text: "进粉丝群有人带你领券", start: 0, end: 4, value: "进粉丝群" },
    // round 47: the brand's official site cheaper, the buyer told to search the brand's name
    { text: "官网下单享85折，搜一下我们牌子", start: 0, end: 2, value: "官网" },
    { text: "搜一下我们店名，官网下单更便宜", start: 0, end: 7, value: "搜一下我们店名" },
    { text: "官方网站订购享8折，搜索本店品牌即可", start: 0, end: 4, value: "官方网站" },
    // the writer's account on another marketplace gone to for the order; the private pool's perks in a group
    { text: "需要的去我闲鱼拍", start: 3, end: 8, value: "去我闲鱼拍" },
    { text: "私域福利都在我们群里", start: 0, end: 2, value: "私域" },
    // the catalogue kept on a cloud drive; a short link where the goods are picked
    { text: "全部款式图都放网盘了，自己去挑", start: 0, end: 9, value: "全部款式图都放网盘" },
    { text: "价目表在云盘里，需要的找我要", start: 0, end: 6, value: "价目表在云盘" },
    { text: "更多款式看这个 tinyurl.com/abc12 到那边选好了告诉我", start: 8, end: 25, value: "tinyurl.com/abc12" },
    { text: "产品册放在google drive，有兴趣的看看", start: 0, end: 17, value: "产品册放在google drive" },
    // round 49: the platform's group turned down for the writer's own
    { text: "加入群聊，淘宝里面的群不方便，加我vx群 abc123", start: 17, end: 20, value: "vx群" },
    // round 51: a named group typed with 裙 for 群; 视频号 with a private way after the shelf, or another platform's room
    { text: "会员裙里每周上新，内部价更低", start: 0, end: 3, value: "会员裙" },
    { text: "进交流裙，裙里私下拍便宜", start: 1, end: 4, value: "交流裙" },
    { text: "视频号直播间点小黄车下单，私聊我再便宜10块", start: 0, end: 3, value: "视频号" },
    { text: "关注我们的视频号，直播间下单比淘宝便宜", start: 5, end: 8, value: "视频号" },
    // round 52: a LINE official account (LINE官方帳號, 賴官方帳號, LINE OA) with a price or an order there
    { text: "加入我們的LINE官方帳號，領新客85折優惠", start: 5, end: 13, value: "line官方账号" },
    { text: "賴官方帳號下單享免運", start: 0, end: 5, value: "赖官方账号" },
    { text: "follow 我們 LINE OA 搶先看新品，下單再折50", start: 10, end: 17, value: "line oa" },
    // round 53: the writer's shop on a cloud drive gone to for the order
    { text: "资料都在这，来我网盘店铺下单打八折", start: 6, end: 14, value: "来我网盘店铺下单" },
    { text: "去我百度网盘主页购买，比这里便宜", start: 0, end: 10, value: "去我百度网盘主页购买" },
    // the writer's community told as having the sale itself
    { text: "fyi our Telegram has way cheaper prices than the listing", start: 8, end: 16, value: "telegram" },
    { text: "my discord gets exclusive drops first", start: 3, end: 10, value: "discord" },
    // round 55: the group named by what it is, its 群 typed in pinyin (进粉丝qun, 团购qun)
    { text: "进粉丝qun领券，每天秒杀", start: 0, end: 6, value: "进粉丝群" },
    { text: "宝妈们进 团购qun 下单更便宜", start: 3, end: 10, value: "进团购群" },
    // round 54: the shop's own site or app gone to for the order (来我们官网买, 去我们商城拍)
    { text: "下回直接来我们官网买，这边要扣手续费", start: 4, end: 10, value: "来我们官网买" },
    { text: "去我们商城拍，今天全场包邮", start: 0, end: 6, value: "去我们商城拍" },
    // round 59: screen sharing asked for, a refund or a claim as its errand
    { text: "下载个会议软件，开屏幕共享，我帮你操作退款", start: 8, end: 13, value: "开屏幕共享" },
    { text: "Install this app and share your screen so I can process the refund.", start: 21, end: 38, value: "share your screen" },
    { text: "please start screen sharing and I'll walk you through the compensation", start: 7, end: 27, value: "start screen sharing" },
    // round 60: the link said to be in the bio (link's, links are); the whole list of what is sold kept on a cloud drive
    { text: "the spring restock sells out fast, join our group — link's in my bio", start: 52, end: 68, value: "link's in my bio" },
    { text: "want the leftovers? buy them in our group, links are on my bio", start: 43, end: 62, value: "links are on my bio" },
    { text: "全部商品清单我传百度网盘了，下单前先看", start: 0, end: 12, value: "全部商品清单我传百度网盘" },
    // round 61: the shop's own site with more goods than here or its whole catalogue (款式比店里多, 下载完整产品目录); a group named
    // by its trade with the chat app after "on"; a price sheet on a drive, or a drive's folder listing it; the shop's app by its own name
    { text: "欢迎来我们网站逛逛，款式比店里多很多", start: 3, end: 7, value: "我们网站" },
    { text: "我们独立站上的颜色比这边齐全，可以去挑", start: 0, end: 5, value: "我们独立站" },
    { text: "我们的官网可以下载完整产品目录", start: 0, end: 5, value: "我们的官网" },
    { text: "Join our sourcing community on Discord, new supplier deals every morning", start: 0, end: 38, value: "join our sourcing community on discord" },
    { text: "Follow our reseller channel on WhatsApp for wholesale prices", start: 0, end: 39, value: "follow our reseller channel on whatsapp" },
    { text: "The wholesale price sheet is in our Dropbox, link below", start: 0, end: 43, value: "the wholesale price sheet is in our dropbox" },
    { text: "Here is our OneDrive folder with every design, the stock sheet and photos", start: 12, end: 62, value: "onedrive folder with every design, the stock sheet" },
    { text: "Install our LuckyCrate app for members-only prices", start: 0, end: 26, value: "install our luckycrate app" },
    { text: "Download our new app to get better wholesale rates", start: 0, end: 20, value: "download our new app" },
    // round 62: an app to download named with 叫 and no quotes, the order then placed on it
    { text: "家人们下个软件叫做星河好物 上面买更划算", start: 3, end: 13, value: "下个软件叫做星河好物" },
    { text: "下载这个app，叫小鹿严选，到里面下单有券", start: 0, end: 13, value: "下载这个app,叫小鹿严选" },
      // …not when told not to order here (别在这拍)
    { text: "我们官网比这里便宜，别在这拍", start: 0, end: 4, value: "我们官网" },
    // round 63: a cloud drive named, then a clause or two on that the price list or an order form is in it
    { text: "图都传云盘了 里面还有价目表", start: 3, end: 14, value: "云盘了 里面还有价目表" },
    { text: "视频放网盘了，链接私你，里面也有下单表", start: 3, end: 5, value: "网盘" },
    // round 65: the writer's link page named where "my website" stands, cheaper there or the fees left out
    { text: 'see my link tree, I sell there cheaper without the app fees', start: 4, end: 16, value: 'my link tree' },
    { text: 'our bio link has the shop, no fees there', start: 0, end: 12, value: 'our bio link' },
    // round 64: the rest of the styles kept on a cloud photo album (其他款式都放在云端相簿); an order form kept off the platform (forms.gle/x, docs.google.com/forms/x) with the ordering said in its sentence
    { text: "其餘款式都放在雲端相簿，自己挑", start: 0, end: 11, value: "其余款式都放在云端相簿" },
    { text: "想看其他款式的話網路相簿有", start: 2, end: 12, value: "其他款式的话网路相簿" },
    { text: "預購請填表單 forms.gle/k7Pq2 統一收單後再報價", start: 7, end: 22, value: "forms.gle/k7pq2" },
    { text: "Pre-order via forms.gle/abc123, we ship in May", start: 14, end: 30, value: "forms.gle/abc123" },
    // round 69: the group joined for a freebie or a daily class, the group said in English inside Chinese talk, an app
    // with a word for what it is between, the order placed there
    { text: "进群免费领挂面，大家快来", start: 0, end: 2, value: "进群" },
    { text: "入我们的群，每天有老师讲课", start: 0, end: 5, value: "入我们的群" },
    { text: "健身打卡 join 我的 group，每天教练带你练", start: 5, end: 18, value: "join 我的 group" },
    { text: "下载我们的养生APP，在APP里买有补贴", start: 0, end: 10, value: "下载我们的养生app" },
    // round 67: the after-sales sent to the writer's own site or app, the platform's service named as not the way
    { text: "Returns go through our own website now rather than eBay, quicker refunds", start: 19, end: 34, value: "our own website" },
    { text: "保修的话下载我们的app报修，京东客服处理不了", start: 4, end: 12, value: "下载我们的app" },
    { text: "换货请下载「鹿鸣生活」app 提交，拼多多平台不受理", start: 3, end: 14, value: "下载「鹿鸣生活」app" },
    // round 68: …not the writer telling where they post it, nor the group named past the asked share
    { text: "I'll post the link in our FB group, order there for less", start: 26, end: 34, value: "fb group" },
    { text: "pwede ko i-share yung link, pero mas mura sa FB group namin, order ka dun", start: 45, end: 53, value: "fb group" },
    // round 68: the writer's group in Spanish and Portuguese word order (grupo de Telegram, grupo do Zap, canal de), a buying or price word in Spanish or Portuguese around it
    { text: "Lista completa en nuestro grupo de Telegram, pide acceso y compras ahí más barato", start: 26, end: 43, value: "grupo de telegram" },
    { text: "Entra no nosso grupo do Zap, lá tem desconto que não tem na Shopee", start: 15, end: 27, value: "grupo do zap" },
    { text: "Nuestro canal de Telegram tiene promos semanales", start: 8, end: 25, value: "canal de telegram" },
    // round 71: a name in quotes to search on another marketplace or video app, buying there; the own app's first-order perk
    { text: "去快手搜“小周木作”，直播间拍更便宜", start: 1, end: 10, value: "快手搜“小周木作”" },
    { text: "抖音上搜“老陈搬家”，下单立减20", start: 0, end: 10, value: "抖音上搜“老陈搬家”" },
    { text: "下载我们的app，首单8折", start: 0, end: 8, value: "下载我们的app" },
    { text: "请下载我们的客户端，新用户专享包邮", start: 1, end: 9, value: "下载我们的客户端" },
    // round 70: the official account's auto-reply handing out the prices or the catalogue for a keyword
    { text: "公众号「小林五金」后台回复“报价”获取最新报价单", start: 0, end: 3, value: "公众号" },
    { text: "我们公主号：阿杰球鞋铺，发送“清单”领取全部款式图", start: 2, end: 5, value: "公主号" },
    // round 73: the after-sales sent to the writer's own site with the platform's handling told too slow or a bother (平台这边处理太慢, 京东审核很麻烦); the search told in English before a Chinese name (search 店名); not the platform's slowness alone, nor a search bar on the site
    { text: "保修登记请去我们官网，京东这边审核很麻烦", start: 6, end: 10, value: "我们官网" },
    { text: "换货走我们的独立站吧，平台客服处理得太慢", start: 3, end: 9, value: "我们的独立站" },
    { text: "新款都在我们的 telegram 频道, search “小鹿家” 就能找到", start: 8, end: 19, value: "telegram 频道" },
    // round 75: the sale carried on in the writer's closed group with no app named; auctions and bidding as selling words
    { text: "auctions run in our members-only group every sunday, ask me for the invite", start: 20, end: 38, value: "members-only group" },
    { text: "the leftover pieces get sold in our private group, ask to join", start: 36, end: 49, value: "private group" },
    // round 76: the price said to be kept off the platform by its rules, the writer's feed or group named (这个价平台不让挂，去我朋友圈看); not the platform's own rule told to a buyer
    { text: "这价格平台上不让挂，想要的翻我朋友圈", start: 15, end: 18, value: "朋友圈" },
    { text: "平台限价，实际价格看我朋友圈", start: 11, end: 14, value: "朋友圈" },
    // round 77: the writer's feed with no share menu before it
    { text: '加我看朋友圈', start: 3, end: 6, value: '朋友圈' },
    // round 82: a group the writer has on a chat app, with the sale or the real price there
    { text: "i run a collectors group on discord, way cheaper there", start: 19, end: 35, value: "group on discord" },
    { text: "we've got a wholesale channel on telegram with the real prices", start: 22, end: 41, value: "channel on telegram" },
    // round 80: the group's or channel's name quoted right after it, then what is sold there (read past the name)
    { text: "our telegram channel \"Kampala Sneaker Drops Daily\" has the same pairs cheaper", start: 4, end: 20, value: "telegram channel" },
    { text: "FB group 'Harare Baby Things Resale' sells them for less, join", start: 0, end: 8, value: "fb group" },
    // round 80: the selling moved to a closed group, the way in offered; an address with the same goods or no fees there
    { text: "we've moved to a closed group, ask to join and we'll accept you", start: 6, end: 29, value: "moved to a closed group" },
    { text: "everything's migrated to our VIP channel now, msg me for the link", start: 13, end: 40, value: "migrated to our vip channel" },
    { text: "w w w . thriftlane . store — same items, fee-free", start: 0, end: 26, value: "www.thriftlane.store" },
    // round 81: the Channels shop with a private way or price told after it
    { text: "视频号小店里买，私聊给你便宜", start: 0, end: 3, value: "视频号" },
    { text: "视频号橱窗下单，加我私下少十块", start: 0, end: 3, value: "视频号" },
    // round 83: the goods there before the marketplace named or before they are listed here
    { text: "our telegram channel gets restocks there before Etsy", start: 4, end: 20, value: "telegram channel" },
    { text: "we have a discord server, new pieces in there before they're listed here", start: 0, end: 24, value: "we have a discord server" },
    // round 84: an address with one spoken dot after a site word; the stay booked direct there or the fees saved; the buying
    // words read to the sentence's end after the address; Hindi-English "sasta"
    { text: "full menu on our web page: grandmas-pantry dot co, order there for less", start: 27, end: 49, value: "grandmas-pantry dot co" },
    { text: "visit bluereefdiving dot ph for the cheaper package", start: 6, end: 27, value: "bluereefdiving dot ph" },
    { text: "or book directly at harbourloft-stays.co.uk", start: 20, end: 43, value: "harbourloft-stays.co.uk" },
    { text: "see tidepoolcottage.ca to skip the service fees", start: 4, end: 22, value: "tidepoolcottage.ca" },
    { text: "try mossandfern.shop – identical plants, a fair bit cheaper", start: 4, end: 20, value: "mossandfern.shop" },
    { text: "yeh site dekho kurtiwala-store dot in, sasta milega", start: 15, end: 37, value: "kurtiwala-store dot in" },
    // round 86: the writer's group on an app joined in Cantonese talk, the group said in English (入我 WhatsApp group); a private group (私人群組) not read as 人群; pre-orders, links and 入咗…先有得 as buying words; an early-bird price (not a group with nothing bought in it)
    { text: "入我哋 Telegram channel 先有 early bird 價", start: 4, end: 20, value: "telegram channel" },
    { text: "FB 私人群組入咗先有得揀新貨", start: 0, end: 7, value: "fb 私人群组" },
    { text: "預購連結只會喺我們 Discord server 放", start: 10, end: 24, value: "discord server" },
    // round 88: a shop that is the writer's own, with no buying verb before the "for"
    { text: "order on our shopify store for a cheaper price", start: 0, end: 12, value: "order on our" },
    // round 87: a drive holding the goods' pictures with their prices, a buying word after
    { text: "dropbox link has all the slabs w/ prices, dm to buy", start: 0, end: 40, value: "dropbox link has all the slabs w/ prices" },
    // round 89: a free thing claimed at a warranty site (the insert card's lure); the seller's own site told by the buyer
    // it was pushed on; an address with a space before its dot after "www."; the marketplace's markup left out there
    { text: "Activate your warranty at gearcare-plus.com to get a free accessory", start: 26, end: 43, value: "gearcare-plus.com" },
    { text: "the seller's card sent me to their own online store, same lamp cheaper", start: 35, end: 51, value: "own online store" },
    { text: "the insert pushed us to his own web shop for lower prices", start: 28, end: 40, value: "own web shop" },
    { text: "Check www.greatdeals-hub .com for the same stuff cheaper", start: 6, end: 29, value: "www.greatdeals-hub .com" },
    { text: "Shop at www.craftnook-direct .store, no Amazon mark-up on anything", start: 8, end: 35, value: "www.craftnook-direct .store" },
    // round 90: a link defanged with its dot in brackets; the reader told in Taglish to join the group chat on an app
    { text: "sali kayo sa group chat ko sa viber para updated", start: 0, end: 35, value: "sali kayo sa group chat ko sa viber" },
    { text: "pasok ka sa gc sa telegram, dun ang drops", start: 0, end: 26, value: "pasok ka sa gc sa telegram" },
    { text: "order form at forms(.)gle/abc123", start: 14, end: 32, value: "forms.gle/abc123" },
    { text: "order here: bit[.]ly/xyz12", start: 12, end: 26, value: "bit.ly/xyz12" },
    // round 91: the writer's own mini program to buy through; a finds community's group or channel joined; the writer's Yupoo with a way to order there; an official account for the order forms
    { text: "shop via my WeChat mini-program and the jackets cost 8% less", start: 0, end: 31, value: "shop via my wechat mini-program" },
    { text: "follow our haul channel for new drops every friday", start: 11, end: 23, value: "haul channel" },
    { text: "our yupoo album has it all, order by DM", start: 0, end: 15, value: "our yupoo album" },
    { text: "关注公众号 AnnaBuys, the pre-order list is there", start: 2, end: 5, value: "公众号" },
    // session 21 (mine): the link in the writer's profile, as in the bio, with a buying word
    { text: "follow the link in my profile to order direct", start: 11, end: 29, value: "link in my profile" },
    // round 93: a look-alike site given first, the verb and its object after it; the writer's group with its invite offered; an app installed to take the writer's payment
    { text: "paypal-refund-centre.net/case/77 tap it and log in to get the money", start: 0, end: 39, value: "paypal-refund-centre.net/case/77 tap it" },
    { text: "amazon-prize-claim.com then open it and enter your card details", start: 0, end: 35, value: "amazon-prize-claim.com then open it" },
    { text: "we have a telegram group for repeat customers, i can send you the invite", start: 0, end: 24, value: "we have a telegram group" },
    { text: "there's a discord server for our regulars, u want an invite?", start: 0, end: 24, value: "there's a discord server" },
    { text: "install the TradeVault app so u can receive the money i sent", start: 0, end: 53, value: "install the tradevault app so you can receive the money" },
    { text: "install the \"QuickEscrow\" app, then confirm the payment", start: 0, end: 55, value: "install the \"quickescrow\" app, then confirm the payment" },
    // round 92: the goods there first read past a question to the line's end, all of it named; the writer posting there before listing
    { text: "there's a signal group for my regulars, interested? new stuff lands there first", start: 0, end: 22, value: "there's a signal group" },
    { text: "join our discord, we put everything in there before we sell it", start: 0, end: 16, value: "join our discord" },
    { text: "i run a discord for sneaker buyers, want an invite? all my stock hits there first", start: 0, end: 15, value: "i run a discord" },
    // round 94: a community whose goods drop before the marketplace or whose prices are lower than here; the writer's own drive or shared folder with a reason to go there; the seller's own app told by a buyer; Taglish gc and Malay group with the price there; another platform, a separate app or an official account with its price or pre-orders; the shop moving off the marketplace; a group of up to three words on an app; the mini program seen first; the writer's broadcast channel
    { text: "we've got a discord where restocks drop before they hit vinted", start: 0, end: 19, value: "we've got a discord" },
    { text: "there's a telegram group for regulars, prices in there are lower than on here", start: 0, end: 24, value: "there's a telegram group" },
    { text: "all our prints are in our shared folder, easier to browse than on here", start: 22, end: 39, value: "our shared folder" },
    { text: "the extra colourways are in our dropbox, I can send you the link", start: 28, end: 39, value: "our dropbox" },
    { text: "the card said to install their own app for 20% off", start: 31, end: 38, value: "own app" },
    { text: "sali kayo sa gc namin, mas mura dun", start: 0, end: 21, value: "sali kayo sa gc namin" },
    { text: "jom join group telegram kami, harga lagi murah", start: 4, end: 28, value: "join group telegram kami" },
    { text: "we're going live on a different app tonight, cheaper there", start: 20, end: 35, value: "a different app" },
    { text: "follow our official account for members' prices", start: 11, end: 27, value: "official account" },
    { text: "moving off vinted soon, bookmark our site x", start: 33, end: 41, value: "our site" },
    { text: "we're leaving depop soon, bookmark our site", start: 35, end: 43, value: "our site" },
    { text: "we run a swap and sell group on facebook, no ebay fees", start: 23, end: 40, value: "group on facebook" },
    { text: "for pre-orders we use a separate app, ask me which", start: 22, end: 36, value: "a separate app" },
    { text: "new drops show first on our mini program, search the shop", start: 24, end: 40, value: "our mini program" },
    { text: "the rest of the collection is on our ig broadcast channel, not everything goes on the shop here", start: 37, end: 57, value: "ig broadcast channel" },
    // round 95: an account made at the site, or a gift claimed there, is still the push (see the valid cases above)
    { text: "register at myshop.com for 20% off, cheaper than here", start: 12, end: 22, value: "myshop.com" },
    { text: "register your product at brand.com to get a free gift", start: 25, end: 34, value: "brand.com" },
    { text: "关注公号领新品券", start: 2, end: 4, value: "公号" },
    { text: "去我dy看看，那边有现货", start: 0, end: 6, value: "去我dy看看" },
    { text: "某红薯上，搜店名，那边下单便宜", start: 0, end: 8, value: "某红薯上,搜店名" },
    { text: "Join our broadcast list for the real prices", start: 0, end: 23, value: "join our broadcast list" },
    { text: "Masuk group WhatsApp kami, semua deal dalam group", start: 0, end: 25, value: "masuk group whatsapp kami" },
    { text: "Entra no nosso grupo do WhatsApp, tem cupom", start: 15, end: 32, value: "grupo do whatsapp" },
    { text: "Wir haben einen eigenen Onlineshop, dort ist es günstiger", start: 16, end: 34, value: "eigenen onlineshop" },
    { text: "gabung grup WA kita buat info flash sale", start: 0, end: 19, value: "gabung grup wa kita" },
    { text: "add yourself to our whatsapp broadcast list for deals", start: 0, end: 43, value: "add yourself to our whatsapp broadcast list" },
    { text: "join our fb group for the second batch", start: 0, end: 17, value: "join our fb group" },
    { text: "I run a little online boutique, prices are better over there", start: 6, end: 30, value: "a little online boutique" },
    { text: "we do better deals in the private discord, restocks drop there first", start: 22, end: 41, value: "the private discord" },
    { text: "我们有官网直营的，价格更低", start: 0, end: 5, value: "我们有官网" },
    { text: "我自己搭了个小站，东西更便宜", start: 1, end: 8, value: "自己搭了个小站" },
    { text: "我们自己的微店里下单更便宜", start: 0, end: 7, value: "我们自己的微店" },
  ],
});
