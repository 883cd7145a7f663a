import { ruleTester } from '../rule-tester';

ruleTester('off-platform-payment', {
  valid: [
    // round 96
    "我们门店可以走线下门店自提",
    "please cancel the order, it was a mistake",
    // round 96
    // round 96
    "Vendedor me pediu Pix fora do OLX, recusei",
    "pay directly at checkout, no platform fees for buyers",
    "Please only pay via the Buy Now button. I won't accept bank transfers or PayPal F&F.",
    "不走车的话就没有运费险哦",
    "红包发我看看是什么样的",
    // gift cards sold, one told of, one paid with at the checkout; a checkout's own way; a photo in the shop
    "Gift cards are available in the shop for $25 and $50",
    "I bought a gift card and sent him the code",
    "you can pay with a gift card at checkout",
    "Apple Pay is faster than checkout with a card",
    "别在店里拍照",
    // a wallet praised with no marketplace compared, the fee named alone, cash paid at the checkout
    "Venmo is easier than cash",
    "手续费太高了",
    "Cash on delivery is available at checkout",
    // a refund through a wallet, told by the buyer
    "they refunded me via PayPal",
    // a price asked, a coupon's worth; the receipt held back to check the goods, or for the platform's refund
    "付现金更便宜吗？",
    "现金券更划算",
    "收到货先别确认收货，检查一下有没有问题",
    "先别确认收货，等平台退款给你",
    // the shop's rule for goods bought elsewhere, goods not listed, the fee explained or passed on: no way round the platform
    "不在平台拍的不保修",
    "这款不在平台上架",
    "平台手续费是卖家承担的，买家直接下单就行",
    "平台手续费太高了，所以我们直接涨价了",
    // an order cancelled for a refund or cash coupons coming back; a marketplace passed over for another, or for the
    // platform's own meet-up; a fee the shop says it does not use
    "取消订单后现金券会退回账户",
    "订单取消后，现金会原路退回",
    "不用在淘宝买，拼多多更便宜",
    "不用在京东下单，线下门店也有货",
    "不要在淘宝下单，物流太慢，找我们官方店",
    "不用在闲鱼上拍，平台的面交功能就行",
    "收款码这东西我们店里都不用的",
    "dont order through ML, the shipping is free there anyway",
    "don't buy on amz, their sizes run small",
    // a buyer's advice about a named marketplace, no way of paying the writer after it
    "don't buy on Temu, the quality is bad",
    "do not order on ebay from this guy, it never came",
    "dont purchase through aliexpress, the shipping takes forever",
    "you don't need to order on ML, it's in our shop here",
    "cancel the order and get a refund, then pay cash at the store",
    "please cancel the order if you don't want it, cash on delivery is not available",
    // a notice's refusal of the private deal (谢绝, 婉拒, 杜绝, 恕不, 概不; set 40's false alarm)
    "代购全程平台交易，收据随货附上，谢绝私下交易",
    "本店婉拒私下转账，请走平台下单",
    "谢绝任何形式的私下交易，敬请谅解",
    "恕不私下交易，下单请拍链接",
    "概不私下交易 概不议价",
    "杜绝私下交易，保障双方权益",
    // the verbs of refusing (拒绝, 不接受, 唔接受) on the item right after them, through a colon or a list joined by 、, and a
    // space beside a wallet's Latin name as typographic
    "本店拒绝私下交易，请在平台下单",
    "坚决拒绝任何形式的私下转账",
    "拒绝：私下交易、站外付款",
    "拒絕私下交易、私下轉帳，請走平台",
    "谢绝私下交易、私下转账、站外付款",
    "本店不接受私下转账，有问题找平台客服",
    "我哋唔接受 FPS 私下過數，請喺平台落單",
    // a person-to-person app with "only" about what the app does, or the platform's own checkout
    "Zelle only works with US bank accounts",
    "Cash App only supports US customers, use checkout",
    "venmo only for friends I know, buy here with a card",
    "never agree to cash app only deals",
    "we accept PayPal only at checkout",
    "I only have venmo on my phone",
    "Checkout only – no F&F, no holds, no trades", // F&F turned down in a listing's list of what it does not take
    // the platform's refund waited for, or the shop's own refund on it: no transfer of the writer's
    "平台退款要3-5天，到账后原路退回您的银行卡，请耐心等待",
    "The marketplace refund takes about 5 days to reach your bank account.",
    "Platform refunds take a few days; we'll send you an update once it's processed.",
    "The app refund takes 3 days, we'll refund you today in the app once approved.",
    "我们的退款走平台要2天，请勿相信私下联系您的人",
    "平台退款要等几天，我先帮您催一下，到账会通知您",
    "I'll personally make sure the refund goes through on the app, and we refund you in full.",
    "退款走平台要1-3天，银行卡号不用发给我们，系统会原路退回",
    "店家当时说私下转账能便宜，我没同意，还是拍的链接", // the seller's words reported, then refused
    // goods sent apart, a bare sum "separately" (an extra listing), a token price that is a sale's
    "I'll send you the other 2 items separately",
    "Pay me $30 separately for the custom engraving, I'll make a listing",
    "buy it for $1 today, normally $20, the rest of the stock is sold",
    "buy it for $1,000 and the rest is history",
    "走平台bu会有问题的，放心拍", // the pinyin "not" after the platform: its own way kept
    "tribu走平台直播带货", // a word ending in -bu, no pinyin "not"
    "【平台通知】若有人要求您私下汇款，请停止交易并联系客服", // a notice: "if anyone asks you to…"
    "请问能不能私下交易？", // a bare 能不能 may be a buyer asking what is allowed
    "Pay through the Mercari checkout, no PayPal F&F sorry",
    // the marketplace's courier, not the marketplace; a bare "no" inside a sentence
    "这单不走淘宝物流，改发顺丰到付",
    "快递不走京东，这次改发顺丰",
    "以后不走拼多多了，直接去实体店买", // a buyer giving the marketplace up, no private way after it
    "There is no pay on the app option for this item",
    // the refund's private way declined within the match ("no need to come to us privately"); a transfer resold or a
    // price raised because of the fee; an unpaid order repriced or its postage settled apart, with no "we" settling it
    "申请退款，不用找我私下",
    "退款走平台，别加微信",
    // "without" the marketplace's extras, or a parcel sent privately with no platform named
    "You can buy it without Amazon Prime, shipping is still free",
    "Shipped privately without the app tracking, it arrived fine",
    // the platform's way not priced higher, the shop's goods settled outside it only as a warning's subject; a private
    // talk with no payment or price named
    "走平台付款不用另加运费，放心拍",
    "不在平台结算的订单，平台无法提供售后保障",
    "我们私下聊了一下尺码，卖家很耐心",
    "申请退款即可，唔使私下",
    "闲鱼这边有手续费，直接转卖给别人不划算",
    "平台上有服务费，直接加价到两百了",
    "拍下先别付款，我们另外给您改个价",
    "拍下先别付款，运费另外结算",
    "我们自己算了一下，没有手续费",
    // a meet-up place, and the platform's own EFT option
    "Pay me in cash outside the mall when we meet up",
    "Pay us via instant EFT at checkout, we ship next day",
    // a recounted request, then the asker blocked (拉黑, Cantonese 咗) or the others warned (大家小心); the refusal
    // word 我唔 that runs into the request (叫我唔好…) is no refusal after it
    "店主叫我唔好喺平台落单，我即刻拉黑咗佢",
    "他叫我不要在平台付款，我直接拉黑了，大家小心",
    // a shop's copy about selling direct, a price kept on the site, a cancelled order that ends the sale
    "We sell them directly to you for less, no middlemen",
    "I can sell it to you directly for less through our Etsy shop",
    "Sorry, if you cancel the order I can't sell it to you for less",
    "The seller wanted me to pay him directly to skip fees — not doing that, bought through the app instead.",
    "Customs may hold your parcel until import VAT is paid; the courier will contact you.",
    "Pay the balance here to release your pre-order for dispatch",
    // the cart passed over for no payment; a price compared with a picture; the other side's proposal refused by the writer
    "别拍小黄车了，这款已经卖完，有问题找我",
    "这个颜色比链接里的图片深一点",
    "你说的私下交易我不考虑，还是平台下单吧",
    "卖家提的私下转账就不必了，我在平台拍",
    "你刚说的线下付款我不接受",
    // a parcel sent straight to the buyer; the checkout only waited for a price change
    "Can you send it straight to me instead of the depot?",
    "I'll send the parcel straight to your door",
    "Put it straight in my bag please",
    "Don't use the app's checkout yet, I need to update the price first",
    "Avoid the checkout queue, pay at the self-service till",
    "Don't pay at the checkout yet, I'll send you a discount code through the app",
    // a marketplace's fee told beside money that goes elsewhere or is explained
    "淘宝的手续费是按转账金额算的",
    "平台会收服务费，付给我们的是净价",
    "闲鱼要收手续费，转给我朋友的那笔退了",
    // an order cancelled and something settled apart, on the platform or by its refund
    "拍错了就取消订单，另外单独结算运费差价",
    "取消订单后退款原路返回",
    // a notice's prohibition heading a list: every item is forbidden, the last one too (、/或, a comma before 或)
    "【平台提示】请勿点击陌生链接、添加对方的私人联系方式或私下转账给卖家",
    "请勿在聊天中透露手机号、银行卡号，或向陌生账户私下转账",
    // a marketplace's fee complained about, with no transfer after it; paying on the platform; buying through a
    // private channel named in a shop's rule; the consequence of leaving the platform told right after it
    "京东手续费太高，直接涨价了没办法",
    "抖音抽成越来越高，直接导致成本上升",
    "付款成功就好，不用再拍了",
    "直接付款就好，拍下即可",
    "通过私人渠道购买的产品不享受保修",
    "跳过平台交易将无法享受售后服务，请注意",
    "私下转账后果自负",
    "直接俾我睇下啦",
    "唔好喺度落单，呢款已经冇货",
    "佢哋私底下講咗好耐",
    "私底下交流一下穿搭心得",
    "请在平台下单，别私下转账",
    "千万别私下交易，平台有保障",
    "请勿私下交易",
    "Never pay outside the marketplace",
    "先用后付，确认收货再付款",
    // paying directly through the checkout, refunds sent back the way they came, notices of what the shop never asks, offline stores
    "You can pay directly at checkout with any card",
    "Pay directly through the app for buyer protection",
    "退款已原路返回，请注意查收",
    // the refund's arrival, then a notice or a record in the wallet (no payment by the writer)
    "退款到账后微信会通知您",
    "退款到了以后在支付宝账单里能看到",
    "退款到账后可在微信转账记录查看",
    // the wallet as where the refund lands or is seen: the platform pays back the way the buyer paid
    "退款会打到微信零钱，注意查看",
    "退款成功后支付宝会提醒",
    "申请退款后钱退到您的支付宝",
    "您的退款已退回到支付宝账户",
    "Amazon will never ask you to pay with gift cards",
    "Our shop will never ask you to send money directly",
    "本店不会要求您私下转账",
    "线下门店也有同款",
    "我们的线下实体店周末营业",
    "Don't check out until you've picked a size",
    "Don't pay at checkout until I send the combined shipping invoice",
    // fees mentioned without a way round them, refusals
    "Sellers save on fees when buyers use the app's checkout",
    "We never do deals outside of Etsy, sorry",
    "I'd rather not pay off the app, let's keep it on Mercari",
    // warnings that quote the request
    "Sellers who say don't check out on eBay are scammers",
    "Be careful if someone sends you money directly and asks for it back",
    // re-ordering, the platform's own checkout and its WeChat Pay, refunds after a cancel, a question about fees
    "Cancel your order and reorder with the right size",
    "Don't click the buy button twice, it charges twice",
    "Can I pay by bank transfer through the Amazon checkout?",
    "I'll invoice you through eBay for combined shipping",
    "取消订单后款项会原路退回",
    "我用微信支付就行吗",
    "平台会扣手续费吗？",
    // the request quoted and judged forbidden right after it
    "私下交易是不允许的，请在平台下单",
    "私下转账？不行的哦，请走平台",
    "Paying outside Etsy is against the rules, please use checkout",
    "不走平台的交易我们一概不做",
    // the platform's checkout, items bought as gifts, other ways to pay inside the app
    "We only accept payments through Etsy checkout",
    "I bought it as a gift for my friend, paid with PayPal",
    "Send it as a gift with a gift receipt",
    "Instead of paying through the app with a card you can use Apple Pay at checkout",
    // offline stores and visits
    "可以走线下门店自提",
    "我们线下走访了几家店",
    "下次线下来店里看看",
    // an on-platform price change before paying; store payment options; a shop refusing meet-ups; buyers warning others off a shop or comparing shops; a checkout line; a refund back to the card
    "拍下先别付款，我给您改价",
    "支持线下门店付款",
    "本店不接受面交，请在平台下单",
    "劝大家别在这里买，售后太差",
    "以后不用在淘宝买了，京东更快",
    "Skip the line at checkout with express pay",
    "Buying direct from the manufacturer is cheaper, but I like this shop",
    "退款会原路退回到您的银行卡",
    // a buyer recounting a request they turned down (any rule: scan.ts recountedRefusedAt)
    "卖家让我私下转账便宜点，我拒绝了，还是平台下单稳",
    "店家叫我线下付给他，被我拒绝了",
    "The shop asked me to pay via bank transfer. I declined and ordered here.",
    // …told in clipped style, the writer left out: what was asked for named ("asked for", "requested", "asked if"),
    // then a bare refusal or the platform's way taken ("Refused, paid at checkout.", "Hard pass, checked out on the app.")
    "Shop requested I pay by bank transfer to save the fees. Refused, paid at checkout.",
    "The seller asked if I'd pay by bank transfer instead. Ignored, bought through the site.",
    "Seller asked for Venmo to skip fees. Hard pass, checked out on the app.",
    // …ignored, reported, or judged wrong; someone passing as the shop
    "The seller asked me to pay via bank transfer instead, ignored and reported.",
    "They asked me to pay with friends and family. Sketchy.",
    "Someone posing as our store may ask you to pay via bank transfer",
    "如有人冒用本店名义要求私下转账，请勿相信",
    // waiting for the shop's price change; cash at a plain local pickup; a buyer asking
    "拍下先别付款，等客服改价后再付",
    "Local pickup only, pay with cash at pickup",
    "当面交易可以给现金吗",
    // a buyer cancelling their own order, a failed payment, a phone case's film, a warning, a shop's own checkout
    // option, a shop's rule against abusing the protection
    "Please cancel my order, I transferred to the wrong account",
    "Can you cancel the order? I paid by bank transfer by mistake",
    "Please cancel the order, the bank transfer failed",
    "Scratch resistant, no need for protection film",
    "Always use Carousell Protection, never pay by direct transfer",
    "Without buyer protection you cannot get a refund, so stay in the app",
    "We offer direct bank transfer at checkout for business accounts",
    "Don't use the buyer protection as an excuse to return used items",
    // a refund of the difference the shop sends back, the "safe account" named in a warning, private compensation
    "多付的差价支付宝原路退还",
    "平台不会要求您把钱转入安全账户",
    "质量问题私下补偿您",
    "补差价请拍补差链接",
    // a membership or card activated and paid for, a forward to a WeChat friend, the warning about the scam
    "会员卡激活后，请先支付首月费用",
    "缴纳年费激活会员",
    "转发我微信好友看看",
    "冒充客服以解冻为由要求转账的都是诈骗",
    // the shop paying the buyer, a transfer received, the platform's FPS checkout
    "我哋已經過數俾你",
    "退款已经过数给你们",
    "收到你過數，多謝",
    "支援轉數快付款",
    // the platform's payout or a refund told, a complaint about held funds; a shop that takes no private payment
    "平台把钱直接给我了，谢谢亲的好评",
    "退款直接给我退回来就好",
    "平台压款太久，给我们造成很大压力",
    "平台压款太久，直接影响了资金周转",
    "本店不收私下转账，请在平台付款",
    "我哋唔收私人轉帳同過數，請喺平台落單",
    // a bare 不 on the private act: the shop's or the seller's refusal (not 不私下交易的话…, a condition)
    "砍价可以走平台改价，我们不私下交易哦",
    "老板人很好，说不私下转账，让我在店里拍",
    // a cancelled order's request sent on the site itself, the eBay cancellation request, a "-nt" word before the tail
    "Please cancel the order and I'll send you a payment request through eBay",
    "Cancel the order, I'll send you a cancellation request",
    "You cannot cancel the order and request the payment from you",
    // a deposit paid at the property, a booking the app itself takes
    "Please pay the deposit directly at the front desk on arrival",
    "Book through the app to get the member rate",
    "You need to book through the app, we don't take walk-ins",
    // a renewal the platform makes itself, or a complaint of one; a price told against the platform's
    "开通自动续费后不用在平台续费，系统会自动扣款",
    "不用在平台续费，到期会自动续",
    "别在app上续费了，坑人",
    "我们的价格比平台省20%",
    // a request recounted and turned down, the refusal said with 没有 (我没有理会, 我没有答应)
    "客服叫我私下轉帳，我沒有理會，還是在蝦皮下單",
    "卖家要我私下转账，我没有答应，还是拍了链接",
    // a call put through, a friend paying back, a return sent to the shop, and the platform's own review let go
    "Could you transfer me to someone in billing please",
    "Just pay me back instead of using the app, it's easier",
    "退货无需经过平台，寄回即可",
    "这类订单无需经过平台审核，直接发货",
    // something else sent in place of the app, not money
    "Please send me a photo instead of using the app's chat, it compresses them",
    // a shop warning of copies of itself that ask for the payment
    "There are fake profiles using our name asking people to wire the money directly — we only take orders here.",
    "Heads up: copycat stores are using our photos and telling buyers to pay via Zelle. Only order on this page.",
    "If you cancel the order, the refund goes back by bank transfer within 5 days", // the refund told
    "Guests can't skip the Airbnb service fee, it's added at checkout",
    "Next time you order, it ships directly from us in Leeds", // the parcel, not the order
    "Next time you can buy direct from us on our Etsy shop", // the next order on the marketplace
    "这次不走淘宝物流，走顺丰", // the marketplace's courier
    "我不走京东了",
    "[系統提醒] 對方可能要求你私下轉帳或加LINE，請留在聊天室並用平台付款", // the platform's reminder of what the other side may ask
    "Order cancel karo please, wrong size aa gaya", // the order cancelled, nothing paid apart
    "Bank in slip received, thanks, order shipped", // a bank-in told, to no one
    "cancel the Lazada order if you want, refund comes back to your wallet", // the cancelled order refunded
    'We sell our candles directly for 10 dollars less at our own market stall', // a shop's copy, no offer
    'The seller declined when I asked to pay by bank transfer, fair enough.', // refused when asked: the request recounted and turned down
    'They said no when we asked to pay by wire transfer.',
    // "don't order here" sending the buyer to another listing; paying at a counter; a checkout already done
    "别在这里下单，这个链接库存不对，去拍另一个链接",
    "Bayar terus kat kaunter ya",
    "tak payah checkout lagi, order dah masuk",
    // someone else's request put as a case to stop at, or disowned
    "If someone asks you to pay by bank transfer instead, do not reply.",
    "Messages asking you to pay by wire transfer are not from us.",
    "如果卖家要求您私下转账，请立即停止交易",
    "支持薇信支付和支付寳付款，下单即可", // the platform's options named by homophones are no request
    "退款会原路退到您的薇信零钱", // the refund landing in the wallet, by a homophone
    // the protection the private act loses, told right after it: a notice
    "私下交易得不到售后，谨慎",
    "跳过平台交易无法享受七天无理由退货",
    // the brand's own site has no hyphen
    "I paid the customs fee at royalmail.com last week",
    "We handle payment directly through the app", // the platform's own payment
    "The platform fee is waived unless you return the item", // the buyer's own act, not a deal between the two
    "If you cancel the order we can't send you our own invoice",
    // a buyer asking the shop whether someone's request is real or usual
    "A guy said he works for your store and wants me to pay by wire transfer — is this legit?",
    "Someone on here asked me to pay them via bank transfer instead. Sounds dodgy, right?",
    "剩下的两件明天线下门店有货", // the shop's store, no payment
    "尾款请在平台补拍链接支付",
    "We never accept payment outside the app, please order through the listing", // the shop's rule, negated
    "Scammers are taking payment off the app and disappearing, be careful", // a warning about others
    // the private way named as what the platform's escrow beats for safety (比私下给钱安心, 比起私下转账…放心多了, 好过私下转账)
    "装修全程走平台托管，验收一个节点放一次款，比私下给钱安心",
    "比起私下轉帳，走蝦皮的履約保證放心多了",
    "相比私下交易，平台担保交易更有保障",
    "房租押金走平台代收，總比直接匯款給房東安全",
    "找师傅还是在平台下单靠谱，好过私下转账",
    // a word half in pinyin is read as the word only as a mix beside its own characters
    "ping pong 台球桌已发货，注意查收",
    "线下门店周一休息，xia 周二照常",
    // the markets' own off-exchange trading, and the live room forbidding it
    "股票场外交易市场介绍",
    "本直播间严禁场外交易，请认准小黄车",
    // the payment word in pinyin as a question about the app, no request
    "zhuan zhang 功能在哪里？",
    // a buyer asking whether what someone told them is true
    "有人说私下转账便宜20，是真的吗？",
    // the letters spelled out with no payment moved off the app
    "the letters p-a-y on the receipt",
    "P-A-Y-M-E-N-T page shows an error, please help",
    // a refund through the app beside the platform's own cash on delivery, or a clause apart
    "you can return it through the app, cash on delivery orders are refunded to your wallet",
    "refund through the app takes 3 days, you can pay cash on delivery next time",
    "I asked for a refund through the app and they told me to pay cash at the counter",
    // a refund told, or the platform's own after it; a sign's refusal; sizes and codes with digits
    "I requested a refund on eBay and they sent it back to my card",
    "If you request a refund we'll ship the replacement directly",
    "sellers who ask for a refund and then sell the item privately get banned",
    "本店🚫私下交易，請在平台下單",
    "禁止🚫私下轉帳",
    "code A1B2 ships 0ff-white, size d1",
    // round 42: here said as a bare 这, a photo taken not an order; the private purchase recounted or warned against
    "别在这拍照，私下发我看看",
    "别在这个店买，去官方旗舰店下单",
    "千万别找老板私下买，被骗了平台不管",
    "我找老板私下拿的，结果被骗了",
    "老板在直播间说了，找客服私下拿是骗子，只认小黄车",
    // round 43: the person-to-person ways listed as what not to pay by, the checkout the only way (a warning)
    "Never send payment using Zelle or Cash App, only through the site's checkout.",
    "Please don't pay with Venmo or a wire transfer, only via the app",
    // round 43: a shop's own buying, a saving kept at the checkout or on the marketplace
    "We buy direct, 20% cheaper than retail",
    "order direct: 10% off your first box at checkout",
    "buy direct - 15% off on our Etsy shop",
    // round 44: p before 台 in another word or after a digit; the shop unable to cover a private deal, told right after it
    "3p台式机主机，全新未拆",
    "P台湾直邮，三天到",
    "这款app台灯是智能的",
    "私下转账出了事平台也管不了，请走平台下单",
    "私下交易万一被骗我们概不负责哦，请在平台拍",
    "亲，私下交易我们没法保障的，还是拍链接吧",
    // round 46: a private purchase told as a story; the cut complained of with no private way; a payment on the platform
    "私下买过一次被骗了，大家小心",
    "淘宝抽成太多了，我们卖家很难",
    "平台抽得太多了，所以我们涨价了",
    "直接 pay 就行，平台有担保",
    // round 45: after-sales kept on the platform, a warning against private contact after the refund, a buyer's question
    "请在订单页申请退款，千万别相信私下联系你的客服",
    "申请退款后，谨防冒充客服私下转账的骗子",
    "退款后多久能汇给我？",
    "退款后什么时候打款给我吗",
    "退款成功了会原路退回吗",
    "我们门店可以线下退款给您",
    "撤销投诉后我们会在平台上给您补发",
    "您撤销投诉后，退款会原路退回",
    "关闭纠纷后平台会把钱退给您",
    "请勿私下赔付，所有售后走平台",
    "仅退款已经申请了，等平台介入",
    "退货退款请在订单页操作，平台介入后三天内处理",
    "s码下单的宝宝请备注",
    "选S 下单 前看尺码表",
    "草坪台阶的防滑垫",
    "质量问题我们私下赔您一个新的，不用退货",
    "Close the dispute and we will send a replacement via DHL",
    "Please close the return request, the refund goes back to your original payment",
    "I opened a case and the seller refunded me through PayPal",
    "Request a return through the app and we'll refund you once it arrives",
    // round 47: pt after a verb, but a trainer's class or an exam; an offline shop; a talk, not the deal, in private
    "不用通过pt课就能上岗",
    "不走pt考试也可以报名",
    "我们有 offline 门店，可以试穿",
    "offline 交易需要先预约门店",
    "we can discuss the deal privately",
    "finish the sale on the app and leave a review",
    "I completed the purchase in private browsing mode",
    // a refund going back to the buyer's own card, told or asked; an unpaid order cancelled by the platform
    "客服说退款后钱会转到我的银行卡",
    "退款到我的卡上了吗？",
    "拍下不付款会自动取消订单",
    // a buyer not used to the private way, or asking whether it is safe; the platform's system telling what it noticed
    "不好意思，我不习惯私下转账，还是在平台拍吧",
    "我不太习惯线下交易，麻烦走平台",
    "卖家叫我私下转账，这样安全吗？",
    "Notice: we noticed a request to pay outside the app. Only pay through checkout.",
    // the platform not knowing something with no private way near; bought off (from) the app; a cancel with the refund
    // coming back to the buyer
    "Amazon won't know your address until you order",
    "I bought it off the app last year and it still works",
    "if you buy it off the app you get buyer protection",
    "我已经 cancel 了，退款会 transfer 给你",
    "平台不会知道你的手机号，放心",
    "Please cancel the order, I'll transfer the refund",
    // round 49: a buyer's safety question, doubted after it or answered with someone else's reassurance, stays a doubt
    "卖家叫我私下转账，安全吗？不太放心",
    "卖家让我私下汇款，靠谱吗？他说绝对安全，我还是不信",
    "卖家要我私下交易，安全吗？没问题吧？",
    // round 49: a streamer's, blogger's or group owner's words reported and refused; the ask in code-switched present
    "博主说私下交易能便宜三十，我没理，照样在平台下单",
    "团长跟我说私下转账可以少付运费，我拒绝了",
    "店家 ask me to 私下转账，我没同意",
    // round 49: the writer named in Chinese inside English, in a request reported and refused
    "卖家让我 pay 我 outside，我拒绝了",
    // round 50: the passive payment outside the app negated, asked, or kept on the app; a loan paid off
    "Deposits must never be paid outside the app",
    "Payments are not to be paid outside the app",
    "Can the deposit be paid outside the app?",
    "Reminder: payment must be paid through the app only",
    "Loan balance is paid off, the app says",
    // round 50: the writer's refusal of a reported ask told as paying only the platform's way
    "卖家叫我私下转账，我只走平台",
    "有人私信说加微信返现，我只在平台付款",
    // a buyer asking where else it sells, and a notice about deals outside the platform
    "这个在app外能买到吗？",
    "淘宝外面买的更便宜吗？",
    "平台外的交易不受保护，请注意",
    "软件外面下单没有售后，别信便宜",
    // round 51: the refund told with no private way asked for; someone in the live room's chat reported, then judged
    "申请了售后，很快退款了，也没让加什么微信",
    "有人在公屏说私下转账更便宜，别信，是骗子",
    "有人在直播间喊私下交易，千万别信",
    // round 52: the platform's system telling it hid or removed a message for what it may ask; a tip calling it a red flag
    "This chat was hidden because it may ask you to pay outside the app",
    "A message has been removed: it asked you to pay outside Vinted",
    "Heads up: buyers asking you to pay outside Etsy is a red flag",
    "該訊息已被隱藏，因為可能要求你在平台外付款",
    // round 53: 丝下 as the end of a word and the start of another (蕾丝下摆, 铁丝下面, 真丝下水) is no 私下
    "蕾丝下摆做工精细",
    "铁丝下面垫了泡沫",
    "这件真丝下水会缩吗",
    "土豆丝下锅前先泡水",
    // round 55: an invoice sent through the app or asked for by the buyer; the buyer's condition that ends the deal
    "The cleaning company will invoice you through the app after the job",
    "Can you invoice me privately? I need it for my company",
    "We never invoice you privately, all payments go through the app",
    "我只认平台付款，你要是不走平台就算了",
    "私下转账的话就不买了，我只信平台",
    "要加微信那就免谈，平台聊就行",
    // round 56, not: the recounted ask refused with the English verb inside Chinese talk (我直接 block 了, 我 block 咗)
    "有人 dm 我叫我私下转账，我直接 block 了",
    "代购说定金转支付宝更快，我 block 咗",
    // round 58: a wholesale marketplace or its escrow (Trade Assurance, 信保) passed over, the money sent by T/T or a wire
    "Pay by T/T through Trade Assurance to keep your order protected",
    "Don't pay outside Alibaba, suppliers asking that are scammers",
    "I've been skipping Alibaba lately, the prices there are higher",
    "为了安全请走信保下单，不要直接电汇",
    "we wire the deposit through Trade Assurance as usual",
    // round 58: the money for the goods handled offline (货款线下对接)
    "谨防骗子：任何要求货款线下对接的都是诈骗",
    "本平台禁止货款线下结算",
    "货款已到账，线下门店可自提",
    // round 57: a notice's English "do not / never X or Y" list, the payment its item right after "or"; the shop that never asks buyers to pay elsewhere; the system telling what it detected of the other side
    "Safety tip never click strange links or pay by bank transfer to a stranger",
    "please do not give out your email or pay outside the app",
    "Checkout is protected. We never ask customers to pay outside the site.",
    "平台通知：监测到对方可能诱导您私下转账 请勿相信",
    // round 57: the platform's order or payment told off (先别付款, 唔好喺度落单, 别在上面拍) does not negate the private act after it; a notice's 请勿 and a warning still do
    "请勿在平台外付款 私下转账没有保障",
    "不要付款给陌生人 私下转账都是骗局",
    "先别付款哈 我改下价格 改好了再拍",
    // round 59: the platform's WeChat Pay; the real warning (平台外); a fee warned of; stock made up in a shop
    "本店支持走微信支付，放心下单",
    "请勿在平台外操作",
    "Never pay a fee by wire transfer.",
    "门店线下补货中，明天到",
    // round 59: the notice's condition after its subject (卖家若要求您…，请勿理会), and 检举, Taiwan's "report"
    "賣家若要求您私下匯款，請勿理會",
    "對方如果叫你私下轉帳，請向平台檢舉",
    // round 60: a red packet the platform gives; the refund landing, or asked about
    "不用拍小黄车也能领红包",
    "别拍链接了，红包在直播间抢",
    "退款后钱会退到我这边吗",
    "申请退款，钱给我这边吗？",
    "退款申请通过了，钱已经到我这边了",
    // round 62: online payment put off for cash on delivery through the courier, or paid at the shop's counter; a warning
    // with no cash after it
    "不用在网上付，货到付款给快递员现金就行",
    "莫在网上付 到店现金付就行",
    "不要在网上付给陌生人，小心骗子",
    // the marketplace order cancelled with an invoice that stays on the site, or none offered at all
    "Cancel that order and I'll send you a revised invoice directly through eBay with the combined postage",
    "If you cancel the order we can't send you a PayPal invoice, sorry",
    "Please don't cancel, we cannot bill you directly",
    "cancel it and we'll bill you directly on the app next month",
    "取消订单后，系统会直接给你发电子发票",
    "Etsy emails you an invoice for every custom order",
    // the meet-up said first with the order still placed on the marketplace, or cash coupons
    "面交也请在闲鱼上拍下付款，保障双方",
    "现金券别在闲鱼上用",
    // round 63: the price changed before paying; a cash refund; cash on delivery taken by the courier
    "拍下先别付款，我改好价格你再付",
    "cancel the order and we will send the cash refund to your card",
    "拍下先别付，货到付款快递员收现金",
    // round 65: PayPal's friends-and-family mode told as what buyer protection leaves out: a warning
    "F&F payments are not covered by buyer protection, pay at checkout",
    "friends and family has no purchase protection, always use the app",
    // round 65: the marketplace's own process left out, or no payment or fee after it
    "let's not go through Etsy's return form, message me here and I'll sort it",
    "let's not go through with the order if the size is wrong",
    // round 64: the refund, then a regional wallet as the way round it (退完我再给你 LINE Pay 的付款方式); paid straight to the writer by the bank's own means named between (直接 ATM 转给我, 直接网银汇给我)
    "退款會退到你的LINE Pay",
    "退款已退回您的街口帳戶",
    "可以直接ATM轉帳嗎？還是要在蝦皮付",
    "直接ATM轉到我們的訂單帳戶",
    // round 67: the offline way forbidden (别走线下交易); the seller's ask reported with the seller named and no "me", or put
    // as "who asks you" (卖家让…, 谁叫你…), then refused or judged; the money sent back by the platform or its notice; the
    // refund kept on the marketplace ("directly through eBay", "on Etsy"); a warning with no proposer before it
    "亲，请在订单页申请退货，别走线下交易，有平台保障",
    "退货寄回后别走私下，等平台审核就好",
    "商家让私下转账补运费，我没同意，还是走了平台",
    "谁叫你私下转账都是骗子，退款只在订单里点，别信",
    "客服让先取消订单再私下付，大家小心",
    "The seller asked me to close the case and refund via Zelle instead. Don't do it.",
    "别私下把钱转给陌生人，退款走平台",
    "平台会把钱退你，请耐心等待",
    "申请退款，退款到账后微信会通知您",
    "退款成功后，微信账单里可以看到",
    "Close the case and we'll refund you directly through eBay",
    "Cancel the return, the refund goes back directly to your card",
    "Never settle it outside eBay, sellers there will scam you",
    "We can sort this out through the eBay resolution center",
    "Let's settle this on Etsy with a partial refund",
    // round 68: code-switched near-misses: the warning (não compre fora, nunca pagues), a box left outside, the marketplace warned against with no other way, a plain cancel, a private label
    "Não compre fora do Mercado Livre, é golpe",
    "nunca pagues por fuera de la app",
    "deixei a caixa fora da porta, pode buscar",
    "Amazon pe order mat karo, fake hai",
    "cancel mo na lang yung order kung ayaw mo na, refund agad",
    "kita buat private label untuk brand sendiri",
    // round 71: a rule or a warning about payments outside the app (no plea, no cut); cash on delivery after "not here"
    "no deposits outside the app please",
    "deposits outside the app aren't covered",
    "不用在这付，货到付款现金给快递员",
    "现金券别在这里用",
    // round 72: the sum named between the paying and the writer's account (付个定金到我支付宝, 尾款打到我微信上); the platform's order told off with the writer to be reached instead (别在这拍了，直接找我); a private deal proposed, then the platform's cut or a lower price (私下来吧 平台扣点太多)
    "退款会打到你支付宝",
    "尾款会原路退回到你的微信",
    "别在这拍，找我改价后再拍",
    "别在这拍了，去3号链接拍",
    "私下来看看也行",
    "私下做功课很重要",
    "不要在这里下单，联系客服确认库存",
    // round 70: an offline shop between, or the deposit refunded
    "线下门店付定金也可以",
    "定金线下退给您",
    // round 74: the payment made off the site (complete payment outside the app; payment off Etsy please); PayPal's personal mode by other names (paypal gift only, as a gift on paypal, no goods and services); paid by another app instead; cash or an app, then the order cancelled; money wired into the writer's bank account; the writer's own invoice or request from another app
    "never make payment outside the app",
    "Please don't make any payment outside the app",
    "no G&S fees please",
    "G&S only for protection",
    "I paid with paypal, can I cancel the order?",
    "the refund was sent to my account",
    "we accept paypal at checkout",
    "the payment request is in your app inbox",
    "prices include no goods and services tax",
    // round 75: the fee complained of with no direct payment asked; a direct payment made through the site
    "Etsy charges too much commission these days",
    "I made direct payment through Etsy, it takes a big fee anyway",
    "we don't accept direct payment, Etsy takes its fee and that's fine",
    // round 76: the next orders placed with the writer (以后直接找我下单); a refund paid through an app by the writer (我直接微信退你吧); the order cancelled, then an app or a private price (把订单取消吧，我微信给你算便宜点); a payment method that is a transfer on an app (付款方式：微信或支付宝转账); not the platform's refund to the reader's wallet, nor the checkout's options
    "钱会原路退回你微信",
    "付款方式：微信支付、支付宝",
    "订单取消了，钱原路退回",
    "以后有问题直接找我们客服",
    // the other side named as offering the way, then the writer insisting on the platform's (a buyer's recount)
    "The seller offered PayPal F&F but I insisted on Goods and Services",
    "seller suggested Zelle, I refused and paid through the app",
    // round 77: the wallet's own checkout, a refund, or the wallet forbidden
    '钱走微信支付就行',
    '退钱走支付宝原路',
    '钱别走微信',
    // a deposit or balance off a marketplace named by name ("balance off eBay pls"): the rule's trigger now holds "off ", as only "outside" and the app's "pp" woke it before
    "50% off everything this weekend",
    "$5 off eBay orders over $50 this week",
    // a bank transfer checked by the payer's last five digits (匯款後傳末五碼給我); the transfer's account to come in private (付款用轉帳，帳號我私你); a price outside the marketplace (賣場外的價格); not a bought account's password sent, nor a card's last digits asked
    "付款后账号密码私信你",
    "信用卡末五码是多少",
    "游戏账号私信给你，请查收",
    "场外停车另收费",
    // round 79: "let's not go through <the site>" with the deal offline or in cash after it; cash paid, then the listing cancelled; a person-to-person app named before "don't use the buy button"; the writer taking an app or crypto with no "only"
    "paypal at checkout works fine, just dont use the buy button twice",
    "do you accept venmo?",
    "I can't take zelle, the app handles payment",
    "this hardware wallet can accept usdt and btc",
    "can I pay cash and then cancel the order?",
    // round 82: rent paid by a wire; the job taken off the marketplace by name; a wallet's transfer to the writer's number; money to a relative's app; paid in crypto
    "I took it off ebay, it sold elsewhere",
    "the first month is paid through Airbnb as usual",
    "I paid my sister's phone bill with zelle yesterday",
    "do you take crypto?",
    // round 80: paid privately, the checkout not needed, the job or stay done or booked outside any marketplace, the writer's rate outside it, the marketplace skipped for a direct booking, an off-app payment priced lower; not warnings, a hotel's own "book direct with us", nor a protection notice
    "never pay a stranger privately, only through checkout",
    "don't pay me privately, use the site's checkout",
    "we never work outside upwork, sorry",
    "book direct with us on our website for the best rate",
    "off-app payments are not covered by buyer protection",
    "outside the holidays we charge the same",
    "I skipped the app and went to the shop directly",
    "there's no need for the gift wrap at checkout",
    // round 81: a part of the money sent through the platform or the wallet's own checkout, or forbidden (定金走小黄车, 订金走微信支付)
    "定金走小黄车",
    "运费走平台",
    "订金走微信支付就行",
    "定金千万别走微信",
    "押金走支付宝官方通道",
    // round 81 (own lines): a refund to the buyer's own wallet, the wallet's checkout, deals off the platform warned against (不经平台的交易没有保障)
    "退款走我的支付宝就行，原路退",
    "付款走官方的微信支付",
    "不经平台的交易没有保障",
    "不经平台下单有风险，别信",
    // round 83: a warning against buying off app, a purchase told, a refund paid to the reader, the order through Shopee
    "never buy off app for a few dollars less",
    "I bought it off app for $20 and regret it",
    "request a refund and we'll pay you back the usual way",
    "dadaan sa shopee ang order mo, salamat",
    // round 84: the platform's own refund and case flows, a rule about deposits, the overpayment refunded by the platform
    "I've refunded you through eBay, it should show in 3-5 days",
    "Please open a case so eBay can refund you",
    "close the case and eBay will refund you directly to your card",
    "cancel the dispute and I'll refund you myself through eBay, promise",
    "you overpaid for shipping, I refunded the difference through Etsy",
    "never send the extra back via Zelle, it's a scam",
    "no deposits outside the app, sorry",
    "the holding fee is paid at checkout, not outside the app",
    "cancel the order and the refund goes back to your card",
    "request a refund and eBay pays you back",
    "cancel the case and eBay will refund you directly",
    "cancel the order and I'll refund you directly through Etsy",
    "no need na dumaan sa counter, online na lang",
    "bayad sa labas ng mall po yung parking",
    "dumaan sa lazada ang order, no need mag-alala",
    // round 85: the rest paid outside the app; a refund, then the balance paid direct; the order closed and the deal made offline; COD outside the marketplace; the platform's surcharge; the off-app payment's bonus
    "the remaining balance is shown at checkout, not outside the app",
    "request a refund on eBay and we will pay you back directly",
    "cancel the order and we'll refund you directly",
    "please cancel the order, the item is out of stock",
    "don't do cash on delivery outside the app",
    "ordering through the app is easy",
    "the rest of the payment is due on the app",
    // round 86: a marketplace not to be gone through, then the money sent straight (唔好經 X，直接過數); its fee called too high and the order moved elsewhere; its buyer protection not to be used, the fee saved or cash said; the refund, then the writer paid at an ATM or by online banking; the payment taken off a marketplace (not its courier, not protection simply lapsed, not a question)
    "不走蝦皮物流，直接寄順豐",
    "唔好用 Carousell protection 都得，不過冇保障",
    "退款後會用ATM轉給我嗎",
    "never take payments off ebay",
    "蝦皮抽成太高，所以我漲了一點價",
    // round 86: the fee complained of by a buyer who went to a shop, or whose move is done
    "淘寶手續費太高，改去實體店買",
    "蝦皮抽成太高，我改去官網買了",
    // round 88: a wire told with no gain for paying it direct; the platform's own wire
    "T/T direct is slow, we use trade assurance",
    "pay by T/T direct to factory",
    // round 87: a person-to-person app named only as what sellers ask, a buyer's warning; the deal off a site not done or asked; a sum shown off the site
    "zelle only sellers are a red flag, I stick to the app escrow",
    "venmo only vendors = hard pass, use the site checkout",
    "we never do it off the app, every sale goes through checkout",
    "you do it off the top of your head, no notes",
    "the other $40 off the listing price is a site coupon",
    "diretso sa akin ang tracking number",
    "diretso bayad sa site checkout po",
    "wag na sa checkout, naubos na",
    "wag na mag checkout ngayon, sold out na",
    // round 89: "him" or "her" paid directly through the site, or never; the platform's own refund to a gift card; a gift
    // card refund the writer says they cannot make
    "he said pay him directly through the app",
    "I never paid him directly, it all went via eBay",
    "Amazon refunded me with a gift card instead",
    "we can't refund you with a gift card instead of your card",
    // round 90: Pidgin no fit as a negation; the refund asked from the marketplace then the writer paid on the side; the marketplace's own payment not used, a private way after it
    "I no fit pay outside Jumia, abeg list am there",
    "we no use Konga pay for this one because it's out of stock",
    "ask for a refund on Lazada and pay again with your card",
    "no need go thru Jiji, it's a free listing",
    // round 91: a Chinese wallet or a red packet told of, not put in the platform's place; a marketplace's fee told with no private way after; a payment link sent through the platform; a buyer skipping an agent to buy on the marketplace itself; the F&F mode turned down by the writer with the checkout named
    "I paid with alipay instead of my card, the checkout took it fine",
    "got a red packet from my aunt at new year, spent it on taobao",
    "don't pay on taobao, the fee is included in the price anyway",
    "we can cancel and I'll send a fresh payment link on Taobao with the right size",
    "you can skip the agent and buy straight on taobao",
    "since I'd already paid the agent by transfer, skipping a second agent made sense",
    "sorry, our shop will not accept F&F; only through the agent's checkout page",
    "we never use paypal f&f, only checkout on the agent site",
    // session 21 (mine): a checkout's own wallet or a card asked for instead, a day or a price instead, an invoice or request through the marketplace, the fee told with the deal kept on the site, a meeting place outside
    "can i pay with apple pay instead?",
    "would you take paypal instead of a card?",
    "I paid with venmo instead of my card last time",
    "how about tuesday instead",
    "i will send you an invoice through ebay with combined shipping",
    "don't pay yet, i'll send you an invoice with the combined postage",
    "don't check out yet, i'll send you an offer",
    "i'll send you a payment request through etsy",
    "don't check out, i'll send a payment request through the app",
    "the app takes 10% but the price is fair",
    "ebay takes a huge cut, so i had to raise prices",
    "fees are crazy lol, just buy it here",
    "this site takes a big cut, let's meet outside the station at 5",
    "we can't do it off here, sorry, site rules",
    "would u take 40 instead",
    // session 21 (mine): a payout told of, the writer's own transfer, a warning
    "etsy sends the money to my bank every monday",
    "i'll transfer it to my savings later",
    "never send money to my paypal, only use checkout",
    "they send the money to my paypal once you confirm",
    // session 21 (mine): a shop's own counter, a need denied for a discount
    "no need to buy it here in the shop, it's on the website too",
    // session 21 (mine): a deposit paid back, a PayPal refund, a denial, a refund on the app, photos sent, a fee told with the deal kept here, a new checkout
    "if you cancel and pay me back the deposit that's fine",
    "we'll refund the shipping via paypal since you paid with paypal",
    "prices are not cheaper off the app, stop asking",
    "i'll refund the shipping on the app today",
    "send the rest of the photos on whatsapp? no, here is fine",
    "the deposit by transfer was refunded by the platform",
    "the app charges fees but i'd rather keep it on here",
    "cancel and pay again through checkout",
    // round 93: the overpayment told ahead and its excess asked back; a way of paying, then "not through" the site; a pay link outside the app; the order cancelled, named or not, and paid to anyone in private. Not the words printed on a product, quoted; nor "no F&F" quoted from a listing
    "I'll pay $5 extra for express postage, no need to refund the difference",
    "I'll send $20 more next week for the second lamp",
    "pay in the app, not through the website",
    "payment goes through the app, not through the site's messages",
    "never open a pay link outside the app",
    "scammers send payment links outside the app",
    "cancel and pay through checkout again",
    "\"Cash App me, darling\" tote bag, organic cotton",
    "'zelle me your feelings' sticker, 3in vinyl",
    "your bio says 'no F&F', so only the checkout then?",
    // round 92: a checkout told off with no private way after, or paid through the app
    "dont hit buy now yet, i'm updating the price. you can pay through the app after",
    "skip the buy now button for the bundle, i'll send you an offer on here",
    "don't bother with checkout tonight, the site is down, try tomorrow and it ships direct from the warehouse",
    // round 92: the platform's warning that names its protection lost or not covering the act
    "Heads up: paying a seller by Zelle voids your Purchase Protection.",
    "Reminder from Vinted: a bank transfer to a seller won't be covered by Buyer Protection.",
    "If you pay a seller outside Etsy you'd lose the Etsy Purchase Protection, so never send money by Venmo.",
    // round 94: the paying or the deal put outside the app or a marketplace named; the money settled between the two or by the writer; the writer who would rather be paid directly; a direct transfer; the order cancelled for a sum of the writer's, or "them" paid directly after a cancel; the listing marked sold or taken down for cash or a transfer; the marketplace's protection or checkout not to be gone through; "sort it off" a marketplace, "skip their cut", Tagalog "mag checkout" turned down, a clause between the refund and the ask
    "never pay outside the app, sellers who ask are scammers",
    "got scammed paying outside the app once, never again",
    "a buyer wants me to pay them outside ebay, is that normal?",
    "the parcel was left outside the door",
    "I'll handle it myself, no need to contact support",
    "we'll sort it between us, no need to open a case",
    "the payment goes through the app, I'll sort the postage myself",
    "the buyer paid me directly through the app",
    "I'd rather you paid at checkout so you're covered",
    "you can pay by direct transfer at the checkout, it's one of the options",
    "pay by direct debit every month",
    "cancel the order and I'll let it go for £40 through a new listing on the app",
    "if you cancel I'll relist it for £40",
    "someone asked me to cancel and pay them directly. is that safe?",
    "I'll mark it as sold once it's paid through the app",
    "please take the listing down, it's sold out",
    "I'd rather not go through the hassle of a return",
    "I prefer to go through Vinted's buyer protection",
    "wag ka mag-checkout muna, hintayin mo yung voucher bukas",
    "you can skip their newsletter at checkout",
  ],
  invalid: [
    { text: "佢叫我唔好喺平台俾錢，過數俾佢就得", start: 3, end: 10, value: "唔好喺平台给钱" }, // told, with no refusal after it
    // crypto as the only way; a gift card's code; the writer's link called faster than checkout; a private discount; the shop passed over
    { text: "I only accept payment via Bitcoin or USDT, send to my wallet and I'll ship", start: 2, end: 33, value: "only accept payment via bitcoin" },
    { text: "Can you buy a $100 Apple gift card and send me the code? Then I'll ship it", start: 8, end: 55, value: "buy a $100 apple gift card and send me the code" },
    { text: "I'll send you a link to pay securely, it's faster than Facebook checkout", start: 16, end: 72, value: "link to pay securely, it's faster than facebook checkout" },
    { text: "私下可以给你优惠，但要先付定金", start: 0, end: 8, value: "私下可以给你优惠" },
    { text: "老客户直接找我，别在店里拍，给你打折", start: 8, end: 13, value: "别在店里拍" },
    // the cut called too much then a regional wallet; the order cancelled then a wallet; the app called harder; cash, no app
    { text: "旋轉拍賣收太多手續費，我哋Payme交易啦", start: 4, end: 20, value: "收太多手续费,我们payme交易" },
    { text: "蝦皮訂單先取消，我們用街口支付比較快", start: 2, end: 13, value: "订单先取消,我们用街口" },
    { text: "Can you pay half now by Venmo and half on delivery? Easier than the app", start: 24, end: 71, value: "venmo and half on delivery? easier than the app" },
    { text: "My cousin will meet you with the item, cash only, no app", start: 39, end: 56, value: "cash only, no app" },
    // the writer's post office account; the refund through a wallet offered
    { text: "直接轉帳到我的郵局帳戶就好", start: 2, end: 11, value: "转账到我的邮局账户" },
    { text: "I'll refund you via PayPal", start: 5, end: 26, value: "refund you via paypal" },
    // cash in person called safer or cheaper; the receipt held back while money comes round the platform
    { text: "网购不安全，直接上门自提现金交易更划算", start: 0, end: 14, value: "网购不安全,直接上门自提现金" },
    { text: "当面付现金更便宜", start: 2, end: 8, value: "付现金更便宜" },
    { text: "先别点确认收货，我让朋友直接转你50", start: 0, end: 16, value: "先别点确认收货,我让朋友直接转你" },
    { text: "别确认收货，我微信退你", start: 0, end: 11, value: "别确认收货,我微信退你" },
    // the refund given round the marketplace named; the order "not on" the platform; the fee, another way, then a transfer
    { text: "Leave feedback first and I'll send a partial refund outside eBay", start: 30, end: 64, value: "send a partial refund outside ebay" },
    { text: "不在这个平台拍，私聊", start: 0, end: 7, value: "不在这个平台拍" },
    { text: "亲 订单取消一下 我重新发你一个链接，不在这个平台", start: 12, end: 25, value: "发你一个链接,不在这个平台" },
    { text: "平台手续费太高，我们走闲鱼交易，或者直接转账", start: 0, end: 21, value: "平台手续费太高,我们走闲鱼交易,或者直接转" },
    { text: "您看能不能先在平台退款，之后我们私下再转？能便宜20", start: 9, end: 18, value: "退款,之后我们私下" }, // 您看能不能: a proposal, no negation
    // the refund or compensation paid by the writer round the platform, or the platform's refund called slow and the
    // writer's own transfer offered instead
    { text: "Accept the return on the app and I'll reimburse you off the app, much faster.", start: 38, end: 63, value: "reimburse you off the app" },
    { text: "Sorry for the trouble! I can compensate you privately for the scratch.", start: 29, end: 53, value: "compensate you privately" },
    { text: "eBay refunds can take up to two weeks, so just send me your PayPal and I'll sort it.", start: 0, end: 66, value: "ebay refunds can take up to two weeks, so just send me your paypal" },
    { text: "The app refund is really slow. We'll pay you back personally, promise.", start: 4, end: 60, value: "app refund is really slow. we'll pay you back personally" },
    { text: "平台退款要等一周，您把支付宝账号发我，我私下转您", start: 0, end: 18, value: "平台退款要等一周,您把支付宝账号发我" },
    { text: "理赔走平台太麻烦了，先给您转过去吧", start: 0, end: 16, value: "理赔走平台太麻烦了,先给您转过去" },
    // the price split: the rest sent apart, the listing bought for a token sum so the sale shows
    { text: "pay us the remaining £40 privately and I'll ship", start: 0, end: 34, value: "pay us the remaining £40 privately" },
    { text: "send me 50 bucks off the app", start: 0, end: 28, value: "send me 50 bucks off the app" },
    { text: "Buy it for $1, I'll mark it sold", start: 0, end: 32, value: "buy it for $1, i'll mark it sold" },
    { text: "check out at £1 and send the balance by transfer", start: 0, end: 36, value: "check out at £1 and send the balance" },
    { text: "要不要先申请退款，然后私下付给我", start: 4, end: 13, value: "申请退款,然后私下" },
    { text: "F&F only, no G&S fees", start: 0, end: 3, value: "f&f" },
    // the marketplace named in place of the platform; Nigerian Pidgin's bare "no" at the head of the clause
    { text: "九成新耳机 不经过咸鱼 自提给现金", start: 6, end: 11, value: "不经过咸鱼" },
    { text: "Clean fairly used PS5. Make una no dey order on the site, call me", start: 32, end: 56, value: "no dey order on the site" },
    // the deal done privately, or without the marketplace named
    { text: "Still have it if you want, we could sort it privately without Vinted and split the saving", start: 44, end: 68, value: "privately without vinted" },
    { text: "Happy to sell them to you directly without going through Depop, same price", start: 9, end: 62, value: "sell them to you directly without going through depop" },
    { text: "Let's just deal between us, without the platform, cash on pickup", start: 16, end: 48, value: "between us, without the platform" },
    // a surcharge for paying through the platform; the shop's goods not settled there; a private talk paid in cash or cheaper
    { text: "走平台下单的话要加收8%手续费哦", start: 0, end: 10, value: "走平台下单的话要加收" },
    { text: "我這邊有些款不在平台上收款，私訊問", start: 0, end: 13, value: "我这边有些款不在平台上收款" },
    { text: "價錢可以再私下談，現金付平你兩百", start: 5, end: 11, value: "私下谈,现金" },
    { text: "咱们私下商量一下，转账的话便宜你50", start: 2, end: 11, value: "私下商量一下,转账" },
    { text: "DPD: your package could not be delivered. Pay the £1.99 redelivery fee here to reschedule your package: dpd-reschedule.net", start: 42, end: 102, value: "pay the £1.99 redelivery fee here to reschedule your package" },
    // the seller's side: sold straight to the buyer for less or off the marketplace, an order cancelled for it
    { text: "DM me, I could sell this to you privately for less", start: 15, end: 50, value: "sell this to you privately for less" },
    { text: "I'll let you have them personally, off Jumia", start: 5, end: 44, value: "let you have them personally, off jumia" },
    { text: "Cancel the Vinted order and I'll sell you it myself", start: 0, end: 51, value: "cancel the vinted order and i'll sell you it myself" },
    { text: "To release the parcel, pay the customs duty of $3.20 at usps-customs-help.com", start: 0, end: 77, value: "to release the parcel, pay the customs duty of $3.20 at usps-customs-help.com" },
    { text: "USPS: settle the outstanding customs fee $2.10 via this link to release your package", start: 6, end: 84, value: "settle the outstanding customs fee $2.10 via this link to release your package" },
    { text: "不用点链接了，直接转给我就行", start: 0, end: 12, value: "不用点链接了,直接转给我" }, // the link passed over for a transfer; coming to the writer to pay; the transfer priced under the listing
    { text: "有要的直接找我付款，不用等开链接", start: 3, end: 9, value: "直接找我付款" },
    { text: "私下转账比橱窗便宜15", start: 0, end: 9, value: "私下转账比橱窗便宜" },
    // (a seller's own terms after its request are no refusal of someone else's proposal)
    { text: "需要的找我私下转账，不考虑议价", start: 5, end: 9, value: "私下转账" },
    { text: "拍下先别付款，私下结账更便宜", start: 0, end: 9, value: "拍下先别付款,私下" },
    // the marketplace order cancelled and the money sent to the seller; the platform's protection or escrow left out;
    // a direct transfer to the seller or a price for one (regional English: "ah", "po", "leh", "can?")
    { text: "Can cancel the Lazada order ah, then gcash me the full amount, I ship today", start: 4, end: 45, value: "cancel the lazada order ah, then gcash me" },
    { text: "If u cancel your Mercari purchase I'll send you a Zelle request, pay me there and save the fees", start: 5, end: 71, value: "cancel your mercari purchase i'll send you a zelle request, pay me" },
    { text: "Boss remove the listing, direct transfer to me can?", start: 5, end: 40, value: "remove the listing, direct transfer" },
    { text: "No need to use Shopee Guarantee po, just send via GCash to me", start: 0, end: 31, value: "no need to use shopee guarantee" },
    { text: "Skip the buyer protection, I am legit seller 5 years", start: 0, end: 25, value: "skip the buyer protection" },
    { text: "Don't bother with eBay's money back guarantee, I'm local", start: 0, end: 45, value: "don't bother with ebay's money back guarantee" },
    { text: "Direct bank transfer only, I don't accept app payment", start: 0, end: 25, value: "direct bank transfer only" },
    { text: "Cheaper price if you pay by direct transfer, message me", start: 0, end: 43, value: "cheaper price if you pay by direct transfer" },
    { text: "Direct transfer got discount 10% leh", start: 0, end: 28, value: "direct transfer got discount" },
    { text: "见面交易时再付现金吧", start: 0, end: 9, value: "见面交易时再付现金" },
    { text: "You pay the balance in cash and I'll mark it shipped", start: 4, end: 27, value: "pay the balance in cash" },
    // a recounted request with no refusal after it; 冇问题 ('no problem') negates nothing
    { text: "He asked me to pay via bank transfer, so I sent it", start: 15, end: 36, value: "pay via bank transfer" },
    // (the platform's way taken by the reader, or as a condition, is no refusal by the writer)
    { text: "You asked for a lower price: pay by bank transfer and get 5% off. If you already paid at checkout, cancel it.", start: 29, end: 49, value: "pay by bank transfer" },
    { text: "卖家叫我私下转账，我就转了", start: 4, end: 8, value: "私下转账" },
    { text: "冇问题私下转账俾我就得", start: 3, end: 7, value: "私下转账" },
    // 别 as the end of a word (识别, 分别) is no "don't"
    { text: "分别私下转账给我们两个就行", start: 2, end: 6, value: "私下转账" },
    { text: "长按识别后私下转账给我，便宜20", start: 5, end: 9, value: "私下转账" },
    { text: "不走平台的话便宜50", start: 0, end: 4, value: "不走平台" },
    { text: "你先申请退款，我们微信上交易", start: 2, end: 11, value: "申请退款,我们微信" },
    // the refund's arrival as the time the private payment follows (退款到账后…微信付)
    { text: "麻烦先退个款，退款到了之后支付宝转我就行", start: 7, end: 18, value: "退款到了之后支付宝转我" },
    { text: "您点申请退款，等退款到账后咱们vx再付，给您少二十", start: 8, end: 17, value: "退款到账后咱们vx" },
    { text: "let's skip Etsy, pay me directly", start: 6, end: 15, value: "skip etsy" },
    // told not to check out on the platform / to send money straight to the seller; taking the deal offline
    { text: "No need to check out on Mercari, just send the money directly to me", start: 0, end: 31, value: "no need to check out on mercari" },
    { text: "Don't order through the app, I'll give you my bank details", start: 0, end: 27, value: "don't order through the app" },
    { text: "Please don't pay at checkout, transfer it direct and save 10%", start: 30, end: 48, value: "transfer it direct" },
    { text: "咱们这单走线下，你直接转给我", start: 4, end: 7, value: "走线下" },
    { text: "以后我们就私下来，不用平台了", start: 2, end: 8, value: "我们就私下来" },
    { text: "这次线下吧，平台抽成太高", start: 0, end: 5, value: "这次线下吧" },
    { text: "Don't pay through Etsy, Venmo me instead", start: 0, end: 22, value: "don't pay through etsy" },
    // doing the deal off a named marketplace, saving its fees
    { text: "Let's do this outside of Depop, I'll send you my PayPal", start: 6, end: 30, value: "do this outside of depop" },
    { text: "I can give you a better price if you pay me off the app", start: 37, end: 55, value: "pay me off the app" },
    { text: "List it cheaper by saving the Mercari fees, just pay me", start: 19, end: 42, value: "saving the mercari fees" },
    // the deal taken off the app
    { text: "Let's do it off the app, pay me directly", start: 6, end: 23, value: "do it off the app" },
    // cancel and pay another way, the deal finished by email, 'venmo me', the buy button bypassed, paid into the seller's card
    { text: "I'll cancel the listing and you can pay me via bank transfer", start: 5, end: 42, value: "cancel the listing and you can pay me" },
    { text: "We can finish the deal by email, the app takes 10%", start: 7, end: 31, value: "finish the deal by email" },
    { text: "Just Venmo me and I'll ship today", start: 5, end: 13, value: "venmo me" },
    { text: "Don't use the Buy button, I'll invoice you outside eBay", start: 0, end: 38, value: "don't use the buy button, i'll invoice" },
    { text: "取消订单，我给你少20，微信转就行", start: 0, end: 15, value: "取消订单,我给你少20,微信转" },
    { text: "平台要扣手续费，你直接打我卡上", start: 0, end: 11, value: "平台要扣手续费,你直接" },
    // a 'not' that belongs to the next clause
    { text: "私下交易，不行的话我们再商量", start: 0, end: 4, value: "私下交易" },
    { text: "pay me directly, not through the app", start: 0, end: 15, value: "pay me directly" },
    // PayPal 'as a gift', only person-to-person rails accepted, paying instead of through the app
    { text: "Pay me on PayPal as a gift so there are no fees", start: 10, end: 26, value: "paypal as a gift" },
    { text: "I only accept Zelle, no app payments", start: 2, end: 19, value: "only accept zelle" },
    { text: "Can we do cash on pickup instead of paying through the app?", start: 25, end: 58, value: "instead of paying through the app" },
    // 'no need to go through the platform'
    { text: "这单不用走平台，直接发你", start: 2, end: 7, value: "不用走平台" },
    // paying offline after ordering; meeting in person and paying cash; not going through the platform (Cantonese too); a named account to pay into; not ordering in the listing; buying direct for less; skipping the fees
{ text: "下单以后别付款，线下转给我就行", start: 8, end: 13, value: "线下转给我" },
    { text: "可以面交付现金，省平台手续费", start: 2, end: 7, value: "面交付现金" },
    { text: "可以面交付现金，省平台手续费", start: 8, end: 14, value: "省平台手续费" },
    { text: "见面给现金就可以，不用透过平台", start: 0, end: 5, value: "见面给现金" },
    { text: "见面给现金就可以，不用透过平台", start: 9, end: 15, value: "不用透过平台" },
    { text: "唔使經平台，直接過數俾我", start: 0, end: 5, value: "唔使经平台" },
    { text: "麻烦打款到下面的账户，我马上发货", start: 2, end: 10, value: "打款到下面的账户" },
    { text: "I can sell it direct for less, skip the eBay fees", start: 31, end: 49, value: "skip the ebay fees" },
    { text: "get one direct from us for less than the listing price", start: 0, end: 31, value: "get one direct from us for less" },
    { text: "You can pay me in cash when we meet, no need to go through the app", start: 37, end: 66, value: "no need to go through the app" },
    { text: "约个地方面交，别在小黄车上拍", start: 7, end: 14, value: "别在小黄车上拍" },
    // Cantonese: settled privately, paid straight to the seller, not ordered on the platform
    { text: "尾數私底下俾錢就得", start: 2, end: 7, value: "私底下给钱" },
    { text: "私底下交收平啲", start: 0, end: 5, value: "私底下交收" },
    { text: "唔使喺蝦皮落單啦", start: 0, end: 7, value: "唔使喺虾皮落单" },
    { text: "呢件貨直接畀錢我就得", start: 3, end: 8, value: "直接给钱我" },
    // the rest settled privately after receipt (差价/尾款/剩下的钱 + 私下/微信/支付宝; 私下补…)
    { text: "等你收货了私下补差价给我", start: 5, end: 10, value: "私下补差价" },
    { text: "确认收货了剩下的钱支付宝转过来", start: 5, end: 12, value: "剩下的钱支付宝" },
    // a fake customer service moving the money to a "safe account"
    { text: "客服：交易被冻结，需要把货款汇入安全帐户才能解冻", start: 14, end: 20, value: "汇入安全帐户" },
    // paying to unfreeze or activate (the fake customer service), money sent into the seller's own app account
    { text: "您的资金已被冻结，解冻需要先缴纳20%的手续费", start: 9, end: 16, value: "解冻需要先缴纳" },
    { text: "客服说订单异常，汇款500元激活后自动退回", start: 8, end: 16, value: "汇款500元激活" },
    { text: "收到货了把剩下的钱付到我支付宝就行", start: 9, end: 15, value: "付到我支付宝" },
    { text: "等收到货再把差价转我微信", start: 8, end: 12, value: "转我微信" },
    // Cantonese bank transfer and cash words, to the writer (过数俾我, 俾现金我, 转数快俾我), cash at the meeting
    { text: "唔使落單，直接過數畀我就得", start: 7, end: 11, value: "过数给我" },
    { text: "俾現金我得啦，面交", start: 0, end: 4, value: "给现金我" },
    { text: "見面先俾錢", start: 0, end: 5, value: "见面先给钱" },
    { text: "轉數快俾我就得", start: 0, end: 5, value: "转数快给我" },
    // the platform's own checkout named and refused, then paid to the seller ("don't use the Vinted checkout, pay me …")
    { text: "Don't use the Vinted checkout, pay me by bank transfer", start: 0, end: 37, value: "don't use the vinted checkout, pay me" },
    { text: "pls don't hit the Depop buy button, I'll invoice you", start: 4, end: 48, value: "don't hit the depop buy button, i'll invoice" },
    // "straight to me" is "directly to me" when it is the money
    { text: "Just send the payment straight to my account, I'll ship tomorrow", start: 5, end: 36, value: "send the payment straight to my" },
    { text: "Pay straight to me and save the fees", start: 0, end: 18, value: "pay straight to me" },
    // the checkout gone through, bothered with or avoided
    { text: "Don't go through the Marketplace checkout, send it to my PayPal", start: 0, end: 63, value: "don't go through the marketplace checkout, send it to my paypal" },
    { text: "Avoid the app checkout, I'll take the payment directly", start: 0, end: 54, value: "avoid the app checkout, i'll take the payment directly" },
    { text: "Put the money straight into my account", start: 0, end: 30, value: "put the money straight into my" },
    // the marketplace's fee as the reason to pay the writer (淘宝抽成太多，直接转账; 闲鱼服务费高，私下交易)
    { text: "淘宝抽成太多了，咱们直接转账吧", start: 0, end: 13, value: "淘宝抽成太多了,咱们直接转" },
    { text: "闲鱼服务费好高，私下交易给你便宜点", start: 0, end: 10, value: "闲鱼服务费好高,私下" },
    // a transfer instead of the order (打款给我就行，不用拍了; 直接转账就好)
    { text: "你打款给我就行，不用拍了", start: 1, end: 11, value: "打款给我就行,不用拍" },
    { text: "亲直接转账就好，今天发", start: 1, end: 7, value: "直接转账就好" },
    // settled through a private or "internal" channel
    { text: "走内部通道结算可以便宜二十", start: 0, end: 7, value: "走内部通道结算" },
    { text: "这单我们用个人渠道转账，便宜点", start: 4, end: 11, value: "用个人渠道转账" },
    // a prohibition's list ends at a comma with no joiner after it: what follows is asked for
    { text: "请勿催单，私下转账给我更快", start: 5, end: 9, value: "私下转账" },
    // the order cancelled, then settled internally or offline (no 转/付 word needed)
    { text: "麻烦取消订单，咱们内部结算更划算", start: 2, end: 13, value: "取消订单,咱们内部结算" },
    { text: "经内部渠道结账可以少二十", start: 0, end: 7, value: "经内部渠道结账" },
    // the fee as a verb phrase (要抽成, 会扣手续费), then the money sent to the writer
    { text: "蝦皮要抽成，直接匯款比較划算", start: 0, end: 9, value: "虾皮要抽成,直接汇" },
    { text: "蝦皮會扣手續費，你匯給我就好", start: 0, end: 13, value: "虾皮会扣手续费,你汇给我就" },
    // a consequence told after it that is no loss of protection: the seller's own trade-off
    { text: "私下交易无法获得发票，但能便宜一百", start: 0, end: 4, value: "私下交易" },
    // the money paid straight to the writer, the platform's holding of it as the reason; a free shipping word is no refusal
    { text: "平台压款要等十天，你直接转我吧", start: 0, end: 14, value: "平台压款要等十天,你直接转我" },
    { text: "钱你直接打给我就行，今天发货", start: 0, end: 7, value: "钱你直接打给我" },
    { text: "定金直接给我，货留给你", start: 0, end: 6, value: "定金直接给我" },
    { text: "不收运费哦，私下转账还便宜10块", start: 6, end: 10, value: "私下转账" },
    // the way of paying named before the marketplace left ("…by card outside Gumtree"), a regional marketplace
    { text: "Could you pay us by card outside Gumtree? saves us the fees", start: 10, end: 40, value: "pay us by card outside gumtree" },
    { text: "I'd rather you pay me through GPay off Flipkart", start: 15, end: 47, value: "pay me through gpay off flipkart" },
    // an electronic funds transfer into the writer's account
    { text: "Happy to hold it, just pay me with instant EFT and I'll courier it", start: 23, end: 46, value: "pay me with instant eft" },
    // the marketplace's side of it named with its fee (这边有, 那边会抽), then a direct transfer or deal
    { text: "平台那边会抽佣金，你直接转给我就好", start: 0, end: 13, value: "平台那边会抽佣金,你直接转" },
    { text: "淘宝上要扣服务费，我们直接交易吧", start: 0, end: 15, value: "淘宝上要扣服务费,我们直接交易" },
    // the order placed, not paid, and settled by the two sides apart; or apart so no fee is taken
    { text: "下完单先不要付款，我们单独转账", start: 0, end: 15, value: "下完单先不要付款,我们单独转账" },
    { text: "拍好后别支付，咱俩私下结", start: 0, end: 12, value: "拍好后别支付,咱俩私下结" },
    { text: "咱们另外结账，不收平台的服务费", start: 0, end: 15, value: "咱们另外结账,不收平台的服务费" },
    // 不私下 as a condition that prices the platform up: the private deal is offered
    { text: "不私下交易的话得加15块手续费", start: 1, end: 5, value: "私下交易" },
    // the order cancelled, the money then asked for by a payment request (a "-nt" word, "payment", is no "can't")
    { text: "pls cancel your order and I will send u a separate payment request instead", start: 4, end: 66, value: "cancel your order and i will send u a separate payment request" },
    { text: "Cancel the Depop order, I'll request the money from you on Venmo", start: 0, end: 55, value: "cancel the depop order, i'll request the money from you" },
    // a booking (a room, a ride, a lesson) taken off the app; an advance or a deposit paid straight to the writer
    { text: "No need to book through the app, just message me the dates", start: 0, end: 31, value: "no need to book through the app" },
    { text: "Don't reserve on the site lah, cheaper if you pay me", start: 0, end: 25, value: "don't reserve on the site" },
    { text: "Kindly send me the deposit directly and your slot is confirmed", start: 7, end: 35, value: "send me the deposit directly" },
    { text: "Transfer the advance payment directly to me, balance on arrival", start: 0, end: 43, value: "transfer the advance payment directly to me" },
    // a course or membership not renewed on the platform (no need to), and the platform's cut named as its share
    { text: "下个月的私教课不用在app上续了，转我就行", start: 7, end: 15, value: "不用在app上续" },
    { text: "會員下季唔使喺平台續費，我哋另外搞", start: 4, end: 11, value: "唔使喺平台续费" },
    { text: "这期课时包无需在平台续报，加老师联系", start: 5, end: 12, value: "无需在平台续报" },
    { text: "走我这边可以省掉平台5个点", start: 6, end: 13, value: "省掉平台5个点" },
    { text: "付给我能省下平台那15%的抽成", start: 4, end: 12, value: "省下平台那15%" },
    // 我没有理由 ("I have no reason to") is no refusal
    { text: "老板让我私下交易，我没有理由拒绝吧", start: 4, end: 8, value: "私下交易" },
    // a transfer as a verb to the writer, and paid to the writer in place of the site's checkout
    { text: "Can you just e-transfer me the rest tonight?", start: 13, end: 26, value: "e-transfer me" },
    { text: "Easier if you wire transfer me, no Etsy fees", start: 14, end: 30, value: "wire transfer me" },
    { text: "Pay me instead of going through Depop and I'll knock off 10", start: 0, end: 37, value: "pay me instead of going through depop" },
    { text: "Venmo me instead of using the cart, I'll ship tomorrow", start: 0, end: 34, value: "venmo me instead of using the cart" },
    { text: "send us the money rather than ordering on the site, quicker for both of us", start: 0, end: 50, value: "send us the money rather than ordering on the site" },
    // the written Chinese 无须/毋须/不需 before passing by the platform
    { text: "無須經過平台，直接匯款到本店戶口即可", start: 0, end: 6, value: "无须经过平台" },
    { text: "本公司建議毋需透過平台下單，來電訂購", start: 5, end: 11, value: "毋需透过平台" },
    { text: "团购价不需经平台结算，截图后联系客服", start: 3, end: 8, value: "不需经平台" },
    { text: "Cancel the Depop order, I can do £15 less with a bank transfer", start: 0, end: 62, value: "cancel the depop order, i can do £15 less with a bank transfer" }, // paid a way of the writer's
    { text: "Let's bypass the Fiverr fees, I'll invoice you", start: 6, end: 28, value: "bypass the fiverr fees" }, // a services marketplace's fee
    { text: "From now on you can buy directly from us, just message this number", start: 0, end: 40, value: "from now on you can buy directly from us" }, // the next orders placed with the writer
    { text: "Order direct from me next time and I'll knock 10% off", start: 0, end: 30, value: "order direct from me next time" },
    { text: "下次买不走淘宝啦，群里接龙付款", start: 3, end: 8, value: "不走淘宝啦" }, // the marketplace named for the platform
    { text: "Sis cancel the Shopee order first ok, I give you direct price then", start: 4, end: 61, value: "cancel the shopee order first ok, i give you direct price" }, // Singlish: the marketplace order cancelled, a direct price
    { text: "Meesho pe order cancel kar do, UPI karo toh 200 kam", start: 0, end: 34, value: "meesho pe order cancel kar do, upi" }, // Hinglish: the verb after the order
    { text: "Can bank in to my account, cheaper than Lazada", start: 4, end: 17, value: "bank in to my" }, // Malaysia's and Singapore's bank-in, to the writer
    { text: "我哋私下 transfer 啦，平啲俾你", start: 2, end: 13, value: "私下 transfer" }, // code-switched private transfer
    { text: "唔好經 Lazada 嘅 checkout，直接俾我", start: 0, end: 21, value: "唔好经 lazada 的 checkout" }, // Cantonese: the marketplace's own payment not to be used
    { text: "If you cancel the Etsy order, I can sell it to you directly and save us both the fees.", start: 7, end: 59, value: "cancel the etsy order, i can sell it to you directly" }, // "directly" as well as "direct"
    { text: "I could sell them to you directly for £15 less if you message me.", start: 8, end: 46, value: "sell them to you directly for £15 less" }, // a sum less
    { text: "Seller said no when I asked for a refund. pay me via bank transfer instead", start: 42, end: 66, value: "pay me via bank transfer" }, // the refusal was of another request, in another sentence
    // the order kept off this page and made out offline; how to pay told apart
    { text: "亲这个数量平台拍不了，别在店里下单，我们私下给您算", start: 11, end: 22, value: "别在店里下单,我们私下" },
    { text: "这边线下给你开单，价格好商量", start: 2, end: 8, value: "线下给你开单" },
    { text: "付款方式我稍后单独发你", start: 0, end: 11, value: "付款方式我稍后单独发你" },
    // a syllable of the private transfer typed in pinyin
    { text: "私下hui款更便宜", start: 0, end: 6, value: "私下汇款" },
    { text: "可以私下 zhuan zhang 吗", start: 2, end: 16, value: "私下转账" },
    // paid straight to the writer, the marketplace's checkout not needed (Malay, Indonesian)
    { text: "Boleh transfer terus ke saya, tak payah guna Shopee", start: 6, end: 28, value: "transfer terus ke saya" },
    { text: "Gak perlu order di Shopee kak, langsung chat aja", start: 0, end: 25, value: "gak perlu order di shopee" },
    { text: "维信转我就行，不用拍链接", start: 0, end: 4, value: "维信转我" }, // WeChat by a homophone: paid through it
    { text: "余款绿泡泡结一下就好", start: 0, end: 5, value: "余款绿泡泡" }, // the rest settled on 绿泡泡
    { text: "取消订单后钱用V❤发我", start: 5, end: 10, value: "钱用v♥发" }, // V❤, with its heart
    { text: "你先退款，再绿泡泡付", start: 1, end: 9, value: "先退款,再绿泡泡" }, // the refund, then paid through a nickname
    { text: "差价付到我的威信就行", start: 0, end: 8, value: "差价付到我的威信" }, // into the writer's own account, by a homophone
    // a fee paid on a site dressed up as the courier's or the marketplace's
    { text: "DHL: your package is waiting, a £2.40 fee is due. Pay it at dhl-parcel-release.com within 24h", start: 50, end: 82, value: "pay it at dhl-parcel-release.com" },
    { text: "Etsy: your payout is frozen, pay the $25 unlock fee via etsy-payout-verify.net", start: 29, end: 78, value: "pay the $25 unlock fee via etsy-payout-verify.net" },
    // the payment taken aside, the fee dodged together, the order cancelled for the writer's own invoice or a transfer
    { text: "we can arrange the payment between us, no need for the cart", start: 7, end: 37, value: "arrange the payment between us" },
    { text: "Don't check out yet — we'll handle payment off the app", start: 28, end: 54, value: "handle payment off the app" },
    { text: "eBay's cut is huge unless we deal in person", start: 0, end: 33, value: "ebay's cut is huge unless we deal" },
    { text: "if you cancel the listing I can send you my own invoice", start: 7, end: 55, value: "cancel the listing i can send you my own invoice" },
    { text: "Cancel your order and pay by transfer instead", start: 0, end: 37, value: "cancel your order and pay by transfer" },
    { text: "尾款等到货以后私下结就行", start: 0, end: 10, value: "尾款等到货以后私下结" }, // the balance settled privately at a later point
    { text: "剩余的钱收货后线下付给我", start: 0, end: 10, value: "剩余的钱收货后线下付" },
    // the platform's "not" typed in pinyin
    { text: "bie经过平台了，我给你便宜二十", start: 0, end: 7, value: "bie经过平台" },
    { text: "这单不zou平台可以吗", start: 2, end: 8, value: "不走平台" },
    { text: "for the custom prints I'm accepting payments outside Etsy this week", start: 26, end: 57, value: "accepting payments outside etsy" },
    { text: "we're collecting payment off-platform for the preorders, fees are brutal", start: 6, end: 37, value: "collecting payment off-platform" },
    // a person-to-person app or transfer named as the only way to pay ("X only", "X or Y only", "accept only X")
    { text: "Venmo/Zelle only, no lowballers", start: 0, end: 16, value: "venmo/zelle only" },
    { text: "payment: zelle only pls, shipping next day", start: 9, end: 19, value: "zelle only" },
    { text: "I accept only Zelle or Cash App", start: 2, end: 19, value: "accept only zelle" },
    { text: "only taking apple cash for this one", start: 0, end: 22, value: "only taking apple cash" },
    { text: "crypto only, no refunds", start: 0, end: 11, value: "crypto only" },
    { text: "we take e-transfer or wire only, price is firm", start: 8, end: 31, value: "e-transfer or wire only" },
    { text: "no checkout, cash app only", start: 13, end: 26, value: "cash app only" },
    // the refusal word bears on the item right after it, not on the next phrase; 谢绝 inside a thanks is none
    { text: "谢绝议价 私下交易更便宜", start: 5, end: 9, value: "私下交易" },
    // 拒绝 and 不接受 the same: the refusal governs its own phrase, not the next one after a space or comma
    { text: "拒绝砍价 私下转账再减二十", start: 5, end: 9, value: "私下转账" },
    { text: "本店拒絕議價 私下轉帳打九五折", start: 7, end: 11, value: "私下转账" },
    { text: "不接受还价 私下交易九折", start: 6, end: 10, value: "私下交易" },
    { text: "拒绝讲价，私下付款少十块", start: 5, end: 8, value: "私下付" },
    { text: "唔接受講價 私下轉賬平啲", start: 6, end: 10, value: "私下转账" },
    { text: "謝絕議價，私下轉帳九折", start: 5, end: 9, value: "私下转账" },
    { text: "感谢绝大多数老客，私下转账九五折", start: 9, end: 13, value: "私下转账" },
    // the order cancelled, then met in person or paid in cash; the fee it spares is no refusal (都不用手续费)
    { text: "先取消订单 改当面交易 大家都不用手续费", start: 1, end: 11, value: "取消订单 改当面交易" },
    { text: "把单子取消了 见面给现金就行", start: 0, end: 10, value: "把单子取消了 见面给" },
    { text: "這單退掉 我們約面交 付現", start: 0, end: 10, value: "这单退掉 我们约面交" },
    { text: "订单先撤销吧，现金结更省事", start: 0, end: 9, value: "订单先撤销吧,现金" },
    { text: "私下转账 这样都不用付平台抽成", start: 0, end: 4, value: "私下转账" },
    { text: "cancel the order, we meet up and you pay cash", start: 0, end: 45, value: "cancel the order, we meet up and you pay cash" },
    { text: "cancel it on the app and we do cash on pickup", start: 0, end: 35, value: "cancel it on the app and we do cash" },
    // a named marketplace's order passed over, then the private way (Chinese names; English full and short names)
    { text: "下回直接找我 不用在美团上约 现金给我少收30", start: 7, end: 14, value: "不用在美团上约" },
    { text: "不用在闲鱼下单了 面交就好", start: 0, end: 7, value: "不用在闲鱼下单" },
    { text: "別在蝦皮下單 直接轉我", start: 0, end: 6, value: "别在虾皮下单" },
    { text: "下次别在58上约了，找她私下结", start: 2, end: 8, value: "别在58上约" },
    { text: "dont buy through ML, pay me by transfer and i ship today", start: 0, end: 19, value: "dont buy through ml" },
    { text: "no need to order on Jumia, send me the money and I deliver", start: 0, end: 25, value: "no need to order on jumia" },
    { text: "don't buy on Temu, venmo me and I ship it today", start: 0, end: 17, value: "don't buy on temu" },
    { text: "don't check out on Mercado Libre, pay me cash when we meet", start: 0, end: 32, value: "don't check out on mercado libre" },
    { text: "skip the order on amz, e-transfer me instead", start: 0, end: 21, value: "skip the order on amz" },
    // the seller's shop page on Shopee or Ruten (賣場) passed over for a transfer
    { text: "預約訂金匯給我就好，不用在賣場下單", start: 10, end: 17, value: "不用在卖场下单" },
    { text: "定金匯到我帳戶就好，不用在賣場結帳", start: 10, end: 17, value: "不用在卖场结账" },
    { text: "不必在賣場下單，訂金轉我就行", start: 0, end: 7, value: "不必在卖场下单" },
    // the platform or the private deal with a syllable typed in pinyin (tones or none, either script)
    { text: "這單不走 píng 台的話再少 30", start: 2, end: 11, value: "不走平台" },
    { text: "尾款我们私 xià 结算就行", start: 0, end: 12, value: "尾款我们私下结算" },
    { text: "支持線 xia 交易，見面付錢", start: 2, end: 10, value: "线下交易" },
    // the private payment spelled in pinyin or zhuyin, whole
    { text: "确认收货后 si xia jiao yi 更便宜", start: 6, end: 20, value: "私下交易" },
    { text: "zhuan zhang给我就行，不用拍", start: 0, end: 19, value: "转账给我就行,不用拍" },
    { text: "直接ㄓㄨㄢˇ ㄓㄤˋ給我，不用下單", start: 2, end: 17, value: "转账给我,不用下单" },
    { text: "这单 rao guo ping tai，直接找我", start: 3, end: 19, value: "绕过平台" },
    // the deal taken off the floor (场外)
    { text: "想要的场外交易，价格好商量", start: 3, end: 7, value: "场外交易" },
    { text: "場外付款可以再便宜200", start: 0, end: 4, value: "场外付款" },
    { text: "xian xia jiao yi 更便宜，加我", start: 0, end: 16, value: "线下交易" },
    // pay spelled letter by letter with hyphens
    { text: "P-A-Y me directly, not through the app", start: 0, end: 17, value: "pay me directly" },
    { text: "p-a-y outside the platform and save 5%", start: 0, end: 26, value: "pay outside the platform" },
    // the order refunded through the app, the money then taken in cash
    { text: "Refund it through the app and I'll take cash when we meet", start: 0, end: 44, value: "refund it through the app and i'll take cash" },
    { text: "refund on the site, you pay cash at my door", start: 0, end: 32, value: "refund on the site, you pay cash" },
    { text: "Refund the order and you can hand me cash at the gate", start: 0, end: 41, value: "refund the order and you can hand me cash" },
    // the buyer told to get the platform's refund, then sold to or paying the writer round it
    { text: "just ask for a refund on Etsy, then I'll let you have it privately", start: 5, end: 66, value: "ask for a refund on etsy, then i'll let you have it privately" },
    { text: "open a refund request and we'll sell you one directly", start: 0, end: 53, value: "open a refund request and we'll sell you one directly" },
    { text: "apply for a refund then pay me directly, same price", start: 0, end: 39, value: "apply for a refund then pay me directly" },
    // signs for 不 and 下, digits for the letters of the words
    { text: "我们⛔走露天，私⬇匯款省手续费", start: 2, end: 6, value: "不走露天" },
    { text: "我们⛔走露天，私⬇匯款省手续费", start: 7, end: 11, value: "私下汇款" },
    { text: "we can tr4de 0ff the site", start: 7, end: 25, value: "trade off the site" },
    { text: "pay me d1rect", start: 0, end: 13, value: "pay me direct" },
    // round 42: here said as a bare 这 before the private way; the buyer sent to the seller to get the goods in private
    { text: "先别在这下单，我们私下算便宜点", start: 1, end: 11, value: "别在这下单,我们私下" },
    { text: "别在这拍了，找老板私下拿，价格砍半", start: 0, end: 11, value: "别在这拍了,找老板私下" },
    { text: "同款直接找我私下买更便宜", start: 4, end: 9, value: "找我私下买" },
    { text: "想要的找店主私下拿货，不走小黄车", start: 3, end: 10, value: "找店主私下拿货" },
    // round 43: the "don't" bears on another way, and the writer's own way follows after a comma
    { text: "Don't pay via PayPal, Zelle only", start: 22, end: 32, value: "zelle only" },
    // round 43: dealing direct told bare, the saving after a sign or a comma
    { text: "Fees eat 15% here. Deal direct = 15% less, ask me", start: 19, end: 41, value: "deal direct = 15% less" },
    { text: "buy directly with me, save $40", start: 0, end: 30, value: "buy directly with me, save $40" },
    // round 44: 平台 with its first syllable as the pinyin initial; words spelled apart with a wide gap between them
    { text: "绕过p台直接转我，省手续费", start: 0, end: 4, value: "绕过平台" },
    { text: "不走p台，私下给你打八折", start: 0, end: 4, value: "不走平台" },
    { text: "P台外交易更便宜哦", start: 0, end: 5, value: "平台外交易" },
    { text: "p a y   o f f   the site and I'll knock 10 off", start: 0, end: 24, value: "pay off the site" },
    { text: "d e a l   o f f   p l a t f o r m  and save the fees", start: 0, end: 33, value: "deal off platform" },
    // round 46: who wants it told to buy in private; the marketplace's cut, then the private way; the checkout skipped
    // and the money sent straight in code-switched chat
    { text: "想要的直接转账私下拿，便宜八十", start: 0, end: 10, value: "想要的直接转账私下拿" },
    { text: "有意的可以私下购买，价格好商量", start: 0, end: 9, value: "有意的可以私下购买" },
    { text: "闲鱼抽得太狠了，直接转我少收你五十", start: 0, end: 11, value: "闲鱼抽得太狠了,直接转" },
    { text: "跳过平台 checkout，直接 pay 给我", start: 0, end: 13, value: "跳过平台 checkout" },
    { text: "skip 平台付款, 直接 send to me", start: 0, end: 9, value: "skip 平台付款" },
    // round 45: the refund got, then the money remitted to the writer by any transfer word
    { text: "淘宝退款之后打款给我就行，比原价少20", start: 2, end: 10, value: "退款之后打款给我" },
    { text: "你先申请退款，退款完汇钱到我这，我再发货", start: 7, end: 14, value: "退款完汇钱到我" },
    { text: "退款成功后過數俾我，平你50", start: 0, end: 9, value: "退款成功后过数给我" },
    // round 45: the writer paying the buyer back in private or offline
    { text: "这样吧我私下退款给您，您这边确认收货", start: 4, end: 10, value: "私下退款给您" },
    { text: "多收的运费我线下转账给你，别在订单里改", start: 6, end: 12, value: "线下转账给你" },
    // round 45: the complaint or dispute withdrawn (or not opened), the writer's own payment after it
    { text: "您先把投诉撤了，我线下补偿您一百", start: 2, end: 14, value: "把投诉撤了,我线下补偿您" },
    { text: "取消这个退款申请吧，我支付宝直接转您差价", start: 0, end: 18, value: "取消这个退款申请吧,我支付宝直接转您" },
    { text: "别申请平台介入了，私下赔您80块", start: 0, end: 13, value: "别申请平台介入了,私下赔您" },
    { text: "唔好开 case 啦，我微信过数俾你", start: 0, end: 18, value: "唔好开 case 啦,我微信过数给你" },
    { text: "Please withdraw the complaint and we will compensate you via PayPal F&F", start: 7, end: 71, value: "withdraw the complaint and we will compensate you via paypal f&f" },
    { text: "Cancel the chargeback, I'll pay you back in cash", start: 0, end: 48, value: "cancel the chargeback, i'll pay you back in cash" },
    { text: "don't file an INR claim, I can send you the money off the app", start: 0, end: 61, value: "don't file an inr claim, i can send you the money off the app" },
    // round 45: 私下 by its initial, 平台 by a homophone
    { text: "大家s下交易更便宜", start: 2, end: 6, value: "s下交易" },
    { text: "亲 s下 打款 可以优惠", start: 2, end: 7, value: "s下打款" },
    { text: "下次买不走苹台了，我们直接联系", start: 3, end: 7, value: "不走苹台" },
    { text: "绕过评台，找我更便宜", start: 0, end: 4, value: "绕过评台" },
    // round 47: 平台 by its initials after a word that passes it over; the private way in English inside Chinese talk; the
    // deal itself done privately, and the listing ended for it
    { text: "别走pt了，直接付我便宜20", start: 0, end: 4, value: "别走pt" },
    { text: "绕过平t 私下交易更省", start: 0, end: 4, value: "绕过平t" },
    { text: "不通过 p t，找我转账", start: 0, end: 7, value: "不通过 p t" },
    { text: "这次咱们 offline 付款就好", start: 5, end: 15, value: "offline 付款" },
    { text: "privately 转我，平台太坑", start: 0, end: 12, value: "privately 转我" },
    { text: "尾款 off-app 结算吧", start: 3, end: 13, value: "off-app 结算" },
    { text: "Let's finish the sale between us, no fees", start: 6, end: 32, value: "finish the sale between us" },
    { text: "we can settle the payment off-app", start: 7, end: 33, value: "settle the payment off-app" },
    { text: "I'll take down the listing and we trade privately", start: 5, end: 49, value: "take down the listing and we trade privately" },
    // the money remitted into the writer's own wallet, account or card; the order placed and left unpaid for the writer's
    // own payment link
    { text: "汇款到我的支付宝就行，不走平台", start: 0, end: 8, value: "汇款到我的支付宝" },
    { text: "先付订金到我账户，其余到货再结", start: 1, end: 8, value: "付订金到我账户" },
    { text: "拍下先不付款，我发你付款链接", start: 0, end: 14, value: "拍下先不付款,我发你付款链接" },
    // the habit named in another clause than the private way
    { text: "我们不习惯走平台，私下转账更快", start: 9, end: 13, value: "私下转账" },
    // the order cancelled in English inside Chinese talk, then paid to the writer; the money sent by an English verb
    { text: "订单先 cancel 掉，直接转我就好", start: 4, end: 16, value: "cancel 掉,直接转" },
    { text: "钱 send 给我就得", start: 0, end: 9, value: "钱 send 给我" },
    // the platform said not to find out, beside the private way or a price; bought off the app for the writer's price
    { text: "私下转账便宜二十，平台不会知道的", start: 9, end: 15, value: "平台不会知道" },
    { text: "Pay me cash when we meet, Depop won't ever know", start: 26, end: 47, value: "depop won't ever know" },
    { text: "could you get it off the app, I'll take $30 for it", start: 0, end: 28, value: "could you get it off the app" },
    // round 49: a safety question the writer answers with reassurance is the seller's rhetorical one
    { text: "私下汇款安全吗？放心，很安全，直接打给我就行", start: 0, end: 4, value: "私下汇款" },
    { text: "私下交易靠谱吗？百分百靠谱，私下转账给我就行", start: 14, end: 18, value: "私下转账" },
    { text: "Is that safe? Don't worry, just pay me off the app and I ship today", start: 32, end: 50, value: "pay me off the app" },
    // round 49: the streamer's words repeated to others with no refusal after them
    { text: "主播说今天私下转账便宜20，大家直接转我支付宝", start: 18, end: 23, value: "转我支付宝" },
    // round 49: paid outside with the writer named in Chinese inside English (pay 我 outside)
    { text: "亲 pay 我们 outside 就好，便宜点", start: 2, end: 16, value: "pay 我们 outside" },
    { text: "先 refund 了，再 pay 我 outside，我给你少十块", start: 13, end: 26, value: "pay 我 outside" },
    // round 49: 怎么投诉 that asks nothing (…都没用) is no question put to the platform
    { text: "团长说这次不走平台，大家私下转我，怎么投诉都没用的", start: 5, end: 9, value: "不走平台" },
    // round 50: the payment or deposit required to be paid outside the app, in the passive
    { text: "Deposit must be paid outside the app, details after you message me", start: 0, end: 36, value: "deposit must be paid outside the app" },
    { text: "The balance is paid off the platform, dm me", start: 0, end: 36, value: "the balance is paid off the platform" },
    { text: "Full payment to be paid outside Etsy before shipping", start: 0, end: 36, value: "full payment to be paid outside etsy" },
    // round 50: "only" the private way after a reported ask is no refusal
    { text: "有人问我要不要走平台，我只收私下转账，转我支付宝", start: 19, end: 24, value: "转我支付宝" },
    // the deal done outside the app or the marketplace itself, with the writer's offer after it
    { text: "app外买便宜10块", start: 0, end: 5, value: "app外买" },
    { text: "我们可以在软件外面交易，给你少算点", start: 5, end: 11, value: "软件外面交易" },
    { text: "拼多多外面下单的话算你八折，私聊", start: 0, end: 7, value: "拼多多外面下单" },
    // round 51: the refund, then the private way asked for (not negated); someone's words passed on with no judgement
    { text: "先申请退款，然后加我微信付就行", start: 1, end: 12, value: "申请退款,然后加我微信" },
    { text: "有人在弹幕说私下转账便宜，确实，私下转我吧", start: 6, end: 10, value: "私下转账" },
    // round 52: something else hidden is no notice, nor the writer's own message removed; red tape is no red flag
    { text: "my message was removed, just pay outside Depop and I ship", start: 29, end: 46, value: "pay outside depop" },
    { text: "我的訊息被隱藏了，私下轉帳給我", start: 9, end: 13, value: "私下转账" },
    { text: "the listing photo was hidden, just pay outside Depop and I ship today", start: 35, end: 52, value: "pay outside depop" },
    { text: "pay outside the app, no red tape", start: 0, end: 19, value: "pay outside the app" },
    // round 53: 私下 typed with its homophone 丝 before the deal
    { text: "可以丝下转账，便宜十块", start: 2, end: 6, value: "私下转账" },
    // round 55: the writer's own invoice, in private ("I'll invoice you privately")
    { text: "Cancel the cleaning on the app and I'll invoice you privately", start: 40, end: 61, value: "invoice you privately" },
    { text: "skip the fee, we can invoice u ourselves for the flowers", start: 21, end: 40, value: "invoice you ourselves" },
    // round 56: "block 了" with no recounted ask before it is no refusal
    { text: "平台 block 了我的消息，私下转账吧", start: 15, end: 19, value: "私下转账" },
    // round 58: a wholesale marketplace or its escrow (Trade Assurance, 信保) passed over, the money sent by T/T or a wire
    { text: "From the second batch let's skip Alibaba and pay our factory directly", start: 28, end: 69, value: "skip alibaba and pay our factory directly" },
    { text: "Can we settle by T/T outside Trade Assurance? saves the fee", start: 7, end: 44, value: "settle by t/t outside trade assurance" },
    { text: "please wire it outside the platform so it clears faster", start: 7, end: 35, value: "wire it outside the platform" },
    { text: "skip 1688, pay us direct and we both save", start: 0, end: 24, value: "skip 1688, pay us direct" },
    { text: "这批货不走 Trade Assurance，直接 T/T 到我们公司账户", start: 3, end: 28, value: "不走 trade assurance,直接 t/t" },
    { text: "这单不走信保了，直接电汇给我们工厂", start: 2, end: 12, value: "不走信保了,直接电汇" },
    // round 58: the money for the goods handled offline (货款线下对接)
    { text: "大客户别在直播间拍，货款线下对接", start: 10, end: 16, value: "货款线下对接" },
    { text: "尾款走线下结，价格好说", start: 0, end: 6, value: "尾款走线下结" },
    // round 57: a notice's English "do not / never X or Y" list, the payment its item right after "or"; the shop that never asks buyers to pay elsewhere; the system telling what it detected of the other side
    { text: "dont wait for the app or anything just pay outside the app", start: 39, end: 58, value: "pay outside the app" },
    { text: "don't checkout on the app or you pay the fee, pay by wire instead", start: 0, end: 25, value: "don't checkout on the app" },
    { text: "we never ask twice, just pay outside the app and I ship", start: 25, end: 44, value: "pay outside the app" },
    // round 57: the platform's order or payment told off (先别付款, 唔好喺度落单, 别在上面拍) does not negate the private act after it; a notice's 请勿 and a warning still do
    { text: "下了单的先别付款 等下私下转我就行", start: 11, end: 14, value: "私下转" },
    { text: "唔好喺度畀錢 私底下轉數快俾我", start: 10, end: 15, value: "转数快给我" },
    { text: "别在上面付钱了 直接私下给我", start: 10, end: 13, value: "私下给" },
    // round 59: the refund, then "V" paying; a transfer as the way the new order goes; a fee made up offline; the platform itself
    // to be left alone; a fee paid by a person-to-person way; the payment sent direct with no article
    { text: "你先退款，再 v 转给我", start: 1, end: 10, value: "先退款,再v转" },
    { text: "先申请退款，我们重新拍一单走支付宝转账", start: 13, end: 19, value: "走支付宝转账" },
    { text: "您的包裹需线下补交运费8元", start: 5, end: 9, value: "线下补交" },
    { text: "系统维护中，请勿在平台操作，联系专员处理", start: 6, end: 13, value: "请勿在平台操作" },
    { text: "Please pay the $20 unlock fee via Zelle.", start: 7, end: 39, value: "pay the $20 unlock fee via zelle" },
    { text: "Send payment to me directly, the checkout is down.", start: 0, end: 27, value: "send payment to me directly" },
    // round 60: the cart passed over for a red packet to the writer; the order refunded and the money sent the writer's way
    { text: "不要点购物车了，红 包 直接给我", start: 0, end: 16, value: "不要点购物车了,红包直接给我" },
    { text: "别走链接了，直接发我个红包，价格一样", start: 0, end: 13, value: "别走链接了,直接发我个红包" },
    { text: "先拍下然后申请退款，货款直接付到我这里就行", start: 5, end: 19, value: "申请退款,货款直接付到我这里" },
    // round 62: paying online told not to, in a dialect or plain words, with cash or a payment in person after it
    { text: "唔好喺網上俾錢啦 我送埋過嚟 你俾現金我得啦", start: 0, end: 7, value: "唔好喺网上给钱" },
    { text: "别在线上付了，见面再给我就行，平台要抽成", start: 0, end: 5, value: "别在线上付" },
    // the marketplace order cancelled for an invoice or a bill the writer sends by hand
    { text: "Cancel the Mercari order and I'll email you an invoice directly, saves us both", start: 0, end: 63, value: "cancel the mercari order and i'll email you an invoice directly" },
    { text: "just cancel it, I'll send a PayPal invoice tonight", start: 5, end: 42, value: "cancel it, i'll send a paypal invoice" },
    { text: "Could you cancel and let me bill you privately?", start: 10, end: 46, value: "cancel and let me bill you privately" },
    { text: "单子先取消，我单独发你invoice", start: 0, end: 18, value: "单子先取消,我单独发你invoice" },
    // the cash in person said first, then the marketplace told off
    { text: "当面给现金就好，不用在转转上拍了", start: 0, end: 15, value: "当面给现金就好,不用在转转上拍" },
    { text: "现金交收，唔好喺旋转度落单", start: 0, end: 13, value: "现金交收,唔好喺旋转度落单" },
    // round 63: the order placed but not paid, the writer coming to take cash; the order cancelled and cash sent by post
    { text: "拍下先别付钱，我骑电驴过来收现金", start: 0, end: 16, value: "拍下先别付钱,我骑电驴过来收现金" },
    { text: "下好单不用支付，送到时我当面收现钱", start: 0, end: 17, value: "下好单不用支付,送到时我当面收现钱" },
    { text: "Cancel the order, mail me the cash and I'll post it", start: 0, end: 34, value: "cancel the order, mail me the cash" },
    // round 65: the mode told as having no buyer protection, then still asked for
    { text: "friends and family isnt covered but send it that way and I ship today", start: 0, end: 18, value: "friends and family" },
    // round 65: the marketplace proposed to be left out, a private payment or its fees after it
    { text: "lets not go thru vinted, I'll send u a payment request on paypal", start: 5, end: 23, value: "not go through vinted" },
    { text: "we can not do it through eBay. their cut is huge, I'll invoice you", start: 7, end: 29, value: "not do it through ebay" },
    // round 64: the refund, then a regional wallet as the way round it (退完我再给你 LINE Pay 的付款方式); paid straight to the writer by the bank's own means named between (直接 ATM 转给我, 直接网银汇给我)
    { text: "先申請退款，退完我 LINE Pay 給你轉回差價", start: 1, end: 18, value: "申请退款,退完我 line pay" },
    { text: "你退款之後用PayMe俾我就得", start: 0, end: 11, value: "你退款之后用payme" },
    { text: "直接網銀匯給我就好，不用下單", start: 0, end: 7, value: "直接网银汇给我" },
    { text: "運費太貴的話直接去銀行匯款給我", start: 6, end: 15, value: "直接去银行汇款给我" },
    // round 69: a heart inside 私下 (dropped by normalisation)
    { text: "价格好商量，私💗下交易更划算", start: 6, end: 12, value: "私下交易" },
    // round 67: the money sent back or over to the reader in private, named between; the refund named twice, the private
    // payment after its arrival; the case or the marketplace's return withdrawn for the writer's own refund; the matter
    // settled off the marketplace
    { text: "配件断货了，我私下把货款退给您，您留个支付宝", start: 7, end: 15, value: "私下把货款退给您" },
    { text: "差价的事别急，我私下将差价补给你", start: 8, end: 16, value: "私下将差价补给你" },
    { text: "先申请退款吧，退款成功后咱们微信重新付一次，少收你10块", start: 7, end: 16, value: "退款成功后咱们微信" },
    { text: "Withdraw the Etsy case and I'll reimburse you directly, no need to wait", start: 0, end: 54, value: "withdraw the etsy case and i'll reimburse you directly" },
    { text: "Just cancel the Amazon return, we'll pay you back off the app", start: 5, end: 61, value: "cancel the amazon return, we'll pay you back off the app" },
    { text: "We can sort this out outside Poshmark, quicker for both of us", start: 7, end: 37, value: "sort this out outside poshmark" },
    { text: "better to handle the refund off the platform honestly", start: 10, end: 44, value: "handle the refund off the platform" },
    // round 68: the deal taken outside in Spanish and Portuguese (por fuera de, fora da), Hindi-English (pe order mat karo + UPI), Tagalog-English (cancel, then sa akin magbayad) and Malay-English (guna direct transfer)
    { text: "Págame por fuera de la app y te hago descuento", start: 0, end: 26, value: "pagame por fuera de la app" },
    { text: "Fechamos fora da plataforma, sai mais barato", start: 0, end: 27, value: "fechamos fora da plataforma" },
    { text: "Amazon pe order mat karo, seedha UPI karo, 150 kam", start: 0, end: 24, value: "amazon pe order mat karo" },
    { text: "cancel mo na lang yung order, sa akin ka na lang magbayad", start: 0, end: 57, value: "cancel mo na lang yung order, sa akin ka na lang magbayad" },
    { text: "Shopee ada fee, boleh guna direct transfer je", start: 16, end: 42, value: "boleh guna direct transfer" },
    // round 71: the payment named with no verb, outside the app, a plea or the site's cut after it; cash in person with
    // "here" passed over, either order
    { text: "balance off the app please", start: 0, end: 19, value: "balance off the app" },
    { text: "final payment outside the app if you can", start: 0, end: 29, value: "final payment outside the app" },
    { text: "deposit outside Upwork pls, they take 10% of it", start: 0, end: 22, value: "deposit outside upwork" },
    { text: "装好以后当面给现金，不用在这里下单了", start: 4, end: 17, value: "当面给现金,不用在这里下单" },
    { text: "别在这儿拍了，当面给现金就行", start: 0, end: 10, value: "别在这儿拍了,当面给" },
    { text: "唔使喺呢度落单，现金交收", start: 0, end: 10, value: "唔使喺呢度落单,现金" },
    // round 72: the sum named between the paying and the writer's account (付个定金到我支付宝, 尾款打到我微信上); the platform's order told off with the writer to be reached instead (别在这拍了，直接找我); a private deal proposed, then the platform's cut or a lower price (私下来吧 平台扣点太多)
    { text: "定金先付一半到我微信，剩下的发货前结", start: 0, end: 10, value: "定金先付一半到我微信" },
    { text: "余款直接转到我的支付宝就行", start: 0, end: 11, value: "余款直接转到我的支付宝" },
    { text: "差价打进我支付宝", start: 0, end: 8, value: "差价打进我支付宝" },
    { text: "别在这儿下单了，直接联系我拿货", start: 0, end: 13, value: "别在这儿下单了,直接联系我" },
    { text: "不要在店里拍哦，私聊我", start: 0, end: 11, value: "不要在店里拍哦,私聊我" },
    { text: "这单私下弄吧，淘宝要抽成", start: 2, end: 12, value: "私下弄吧,淘宝要抽成" },
    { text: "私下搞便宜二十", start: 0, end: 5, value: "私下搞便宜" },
    // round 70: a deposit or the full price paid offline
    { text: "这款链接下不了单，线下交个订金吧", start: 9, end: 15, value: "线下交个订金" },
    { text: "押金走线下转就行，做完给你发视频", start: 0, end: 6, value: "押金走线下转" },
    // round 74: the payment made off the site (complete payment outside the app; payment off Etsy please); PayPal's personal mode by other names (paypal gift only, as a gift on paypal, no goods and services); paid by another app instead; cash or an app, then the order cancelled; money wired into the writer's bank account; the writer's own invoice or request from another app
    { text: "kindly make the payment off Etsy, it is faster", start: 7, end: 32, value: "make the payment off etsy" },
    { text: "payment outside the app is better for me", start: 0, end: 33, value: "payment outside the app is better" },
    { text: "paypal gift only, thanks", start: 0, end: 16, value: "paypal gift only" },
    { text: "send it as a gift via paypal", start: 8, end: 28, value: "as a gift via paypal" },
    { text: "no g&s please", start: 0, end: 6, value: "no g&s" },
    { text: "pay me with Zelle instead, it's quicker", start: 0, end: 25, value: "pay me with zelle instead" },
    { text: "we can do cash when you collect, just cancel the order", start: 0, end: 54, value: "we can do cash when you collect, just cancel the order" },
    { text: "transfer the balance into my bank account", start: 0, end: 41, value: "transfer the balance into my bank account" },
    { text: "I'll text you a Venmo request", start: 16, end: 29, value: "venmo request" },
    // round 75: a direct payment asked, then the site's fee or commission as the reason in the same sentence
    { text: "could you make a direct payment, Shopee takes a big commission on every order", start: 10, end: 31, value: "make a direct payment" },
    { text: "pay me a direct transfer, the app charges 12% fees", start: 0, end: 24, value: "pay me a direct transfer" },
    { text: "I prefer direct bank transfer since eBay takes a huge cut", start: 2, end: 29, value: "prefer direct bank transfer" },
    // round 76: the next orders placed with the writer (以后直接找我下单); a refund paid through an app by the writer (我直接微信退你吧); the order cancelled, then an app or a private price (把订单取消吧，我微信给你算便宜点); a payment method that is a transfer on an app (付款方式：微信或支付宝转账); not the platform's refund to the reader's wallet, nor the checkout's options
    { text: "退款太慢，我支付宝直接退给您", start: 0, end: 9, value: "退款太慢,我支付宝" },
    { text: "收款方式：支付宝转账，转完截图", start: 0, end: 10, value: "收款方式:支付宝转账" },
    // round 76 (spans from the ask, the time word or the order before it read behind)
    { text: "以后要货直接联系我拿货就行", start: 6, end: 11, value: "联系我拿货" },
    { text: "单子先撤掉吧，私下给你便宜二十", start: 3, end: 11, value: "撤掉吧,私下给你" },
    // round 77: the money itself sent by a wallet (钱走微信就行, 货款走zfb)
    { text: '订单取消吧，钱走微信就行', start: 6, end: 10, value: '钱走微信' },
    { text: '尾款直接走vx', start: 0, end: 7, value: '尾款直接走vx' },
    // a deposit or balance off a marketplace named by name ("balance off eBay pls"): the rule's trigger now holds "off ", as only "outside" and the app's "pp" woke it before
    { text: "balance off eBay pls", start: 0, end: 16, value: "balance off ebay" },
    { text: "the deposit off Depop please", start: 0, end: 21, value: "the deposit off depop" },
    // a bank transfer checked by the payer's last five digits (匯款後傳末五碼給我); the transfer's account to come in private (付款用轉帳，帳號我私你); a price outside the marketplace (賣場外的價格); not a bought account's password sent, nor a card's last digits asked
    { text: "ATM轉帳完成請告知末5碼", start: 0, end: 13, value: "atm转账完成请告知末5码" },
    { text: "匯款完記得給我末五碼", start: 0, end: 10, value: "汇款完记得给我末五码" },
    { text: "轉帳付款，卡號等下私訊給您", start: 0, end: 13, value: "转账付款,卡号等下私讯给您" },
    { text: "這款有平台外的價格，問我", start: 3, end: 9, value: "平台外的价格" },
    // round 79: "let's not go through <the site>" with the deal offline or in cash after it; cash paid, then the listing cancelled; a person-to-person app named before "don't use the buy button"; the writer taking an app or crypto with no "only"
    { text: "honestly id rather not go through depop, can we sort it offline", start: 19, end: 39, value: "not go through depop" },
    { text: "we could not bother with the app, cash when you collect", start: 9, end: 32, value: "not bother with the app" },
    { text: "you can pay cash at pickup and I'll cancel the listing", start: 0, end: 54, value: "you can pay cash at pickup and i'll cancel the listing" },
    { text: "zelle is easiest, no need to use the checkout", start: 0, end: 45, value: "zelle is easiest, no need to use the checkout" },
    { text: "we also accept usdt if you prefer", start: 15, end: 19, value: "usdt" },
    { text: "I'll take e-transfer, send to the email in my profile", start: 10, end: 20, value: "e-transfer" },
    // round 82: rent paid by a wire; the job taken off the marketplace by name; a wallet's transfer to the writer's number; money to a relative's app; paid in crypto
    { text: "pay the first month's rent by zelle and the place is yours", start: 0, end: 35, value: "pay the first month's rent by zelle" },
    { text: "happy to do it cheaper if we take the project off upwork", start: 46, end: 56, value: "off upwork" },
    { text: "send gcash to my number pls then screenshot", start: 5, end: 10, value: "gcash" },
    { text: "pay into my husband's account, same surname", start: 12, end: 29, value: "husband's account" },
    { text: "pay us with usdt and we ship same day", start: 12, end: 16, value: "usdt" },
    // round 80 (see the valid cases above)
    { text: "just pay us on the side and we'll hold the bike", start: 5, end: 23, value: "pay us on the side" },
    { text: "sorted, no need for etsy's checkout", start: 8, end: 35, value: "no need for etsy's checkout" },
    { text: "happy to do the job outside airtasker if you like", start: 9, end: 37, value: "do the job outside airtasker" },
    { text: "off Thumbtack, I charge 60 quid a visit", start: 0, end: 31, value: "off thumbtack, i charge 60 quid" },
    { text: "skip stubhub mate, pay me directly and I'll transfer the tickets", start: 0, end: 34, value: "skip stubhub mate, pay me directly" },
    { text: "pls book directly with me, cheaper than the app", start: 4, end: 25, value: "book directly with me" },
    { text: "outside-platform transfer gets you a discount", start: 0, end: 45, value: "outside-platform transfer gets you a discount" },
    // round 81: a part of the money sent by a wallet, the deposit or the postage (定金先走支付宝, 运费走vx)
    { text: "定金先走支付宝，剩下的拍链接", start: 0, end: 7, value: "定金先走支付宝" },
    { text: "运费走vx就行，货走快递", start: 0, end: 5, value: "运费走vx" },
    { text: "押金直接走zfb", start: 0, end: 8, value: "押金直接走zfb" },
    // round 81 (own lines): the money through a named person's wallet (货款走我老婆的支付宝); the order placed around the platform for a discount (不经平台下单便宜二十)
    { text: "货款走我老婆的支付宝，一样的", start: 2, end: 10, value: "走我老婆的支付宝" },
    { text: "钱先走财务的微信", start: 2, end: 8, value: "走财务的微信" },
    { text: "不经平台下单便宜二十", start: 0, end: 8, value: "不经平台下单便宜" },
    { text: "唔经直播间落单可以平啲", start: 0, end: 11, value: "唔经直播间落单可以平些" },
    { text: "不经直播间下单便宜十块", start: 0, end: 9, value: "不经直播间下单便宜" },
    // round 83: the goods bought off the app for less; a refund asked, then the writer paid "the other way"; Tagalog-English "not through Shopee any more"
    { text: "grab the set off app for $30 instead?", start: 0, end: 27, value: "grab the set off app for $3" },
    { text: "order it off-platform for less, same tracking", start: 0, end: 30, value: "order it off-platform for less" },
    { text: "just request a refund, then pay us the other way", start: 5, end: 48, value: "request a refund, then pay us the other way" },
    { text: "get a full refund here and pay me like last time", start: 0, end: 48, value: "get a full refund here and pay me like last time" },
    { text: "hindi na po dadaan sa lazada, gcash na lang", start: 0, end: 28, value: "hindi na po dadaan sa lazada" },
    { text: "wag na tayo dumaan sa shopee para mas mura", start: 0, end: 28, value: "wag na tayo dumaan sa shopee" },
    // round 84: the case closed, the writer refunding "myself" or sending the money back directly; an overpayment's surplus
    // asked back round the platform; a deposit of a sum sent outside it; a booking cancelled for cash; a refund, then cash
    { text: "withdraw the claim pls and we'll reimburse you personally", start: 0, end: 57, value: "withdraw the claim pls and we'll reimburse you personally" },
    { text: "drop the return request, I will send ur money back directly today", start: 0, end: 59, value: "drop the return request, i will send ur money back directly" },
    { text: "oops I sent too much, can you send the extra back to me outside the app?", start: 39, end: 71, value: "extra back to me outside the app" },
    { text: "pls refund the overpayment via cash app, thanks", start: 15, end: 39, value: "overpayment via cash app" },
    { text: "send a small refundable deposit off the platform first so I know you're serious", start: 24, end: 48, value: "deposit off the platform" },
    { text: "just pay a $20 holding fee outside Airbnb and the dates are yours", start: 23, end: 41, value: "fee outside airbnb" },
    { text: "cancel the airbnb reservation and we'll do it for cash at the door", start: 0, end: 54, value: "cancel the airbnb reservation and we'll do it for cash" },
    { text: "cancel your case, we'll compensate you ourselves", start: 0, end: 48, value: "cancel your case, we'll compensate you ourselves" },
    { text: "ask for a refund on depop and just pay me cash instead", start: 0, end: 46, value: "ask for a refund on depop and just pay me cash" },
    { text: "di na kailangan idaan sa lazada, mas mabilis", start: 0, end: 31, value: "di na kailangan idaan sa lazada" },
    { text: "sa labas na lang tayo magbayad para walang fee", start: 0, end: 30, value: "sa labas na lang tayo magbayad" },
    { text: "transaction po sa labas, mas mura", start: 0, end: 23, value: "transaction po sa labas" },
    { text: "file a refund on Mercari then pay us in cash at pickup", start: 0, end: 44, value: "file a refund on mercari then pay us in cash" },
    // round 85: the rest paid outside the app; a refund, then the balance paid direct; the order closed and the deal made offline; COD outside the marketplace; the platform's surcharge; the off-app payment's bonus
    { text: "Pay 30% deposit on the app, balance outside the app when it arrives", start: 28, end: 51, value: "balance outside the app" },
    { text: "remaining amount off-platform after delivery pls", start: 0, end: 29, value: "remaining amount off-platform" },
    { text: "request a refund on shopee and pay the balance to me directly, cheaper for both", start: 0, end: 61, value: "request a refund on shopee and pay the balance to me directly" },
    { text: "kindly close the order, we do a fresh deal offline and ship by FedEx", start: 7, end: 50, value: "close the order, we do a fresh deal offline" },
    { text: "cancel this order and we'll settle privately", start: 0, end: 44, value: "cancel this order and we'll settle privately" },
    { text: "can COD outside Lazada? no shipping fee", start: 4, end: 22, value: "cod outside lazada" },
    { text: "buying through the app is +15%, direct is cheaper", start: 7, end: 22, value: "through the app" },
    { text: "order via Shopee costs 10% more, just bank in", start: 6, end: 16, value: "via shopee" },
    { text: "off-app payment gets you 3 for 2 this weekend", start: 0, end: 32, value: "off-app payment gets you 3 for 2" },
    // round 86: a marketplace not to be gone through, then the money sent straight (唔好經 X，直接過數); its fee called too high and the order moved elsewhere; its buyer protection not to be used, the fee saved or cash said; the refund, then the writer paid at an ATM or by online banking; the payment taken off a marketplace (not its courier, not protection simply lapsed, not a question)
    { text: "唔使經 Shopee 啦，直接 FPS 俾我", start: 0, end: 10, value: "唔使经 shopee" },
    { text: "不要走露天了，直接匯款給我就好", start: 0, end: 6, value: "不要走露天了" },
    { text: "Carousell 手續費好貴，轉去 IG 落單平啲", start: 0, end: 24, value: "carousell 手续费好贵,转去 ig 落单" },
    { text: "蝦皮佣金太高，改到我官網下單", start: 0, end: 14, value: "虾皮佣金太高,改到我官网下单" },
    { text: "唔好開 Carousell protection，面交現金就得", start: 0, end: 24, value: "唔好开 carousell protection" },
    { text: "申請退款之後去網銀轉給我", start: 7, end: 12, value: "网银转给我" },
    { text: "let's move the transaction off carousell, saves us both", start: 6, end: 40, value: "move the transaction off carousell" },
    // round 88: suppliers' English, the platform not to be gone through with "to" and "the" left out; a wire paid direct for a discount or with the fee saved
    { text: "no need go through platform, we do private deal", start: 19, end: 27, value: "platform" },
    { text: "not need pay via Alibaba, cheaper for you", start: 17, end: 24, value: "alibaba" },
    { text: "trade assurance take 3% fee, so you pay T/T direct to our factory, we give 2% discount", start: 40, end: 43, value: "t/t" },
    { text: "kindly remit by moneygram directly to us, no commission", start: 16, end: 25, value: "moneygram" },
    // round 87: the deal done off a marketplace named, after an offer; the rest of the price sent outside the site with no "me"
    { text: "could go 80 shipped if we do it off the site tbh", start: 26, end: 44, value: "do it off the site" },
    { text: "cheaper for both of us if u do the trade off Grailed", start: 28, end: 52, value: "do the trade off grailed" },
    { text: "grab the £2 listing then pay the remaining £75 off the platform", start: 25, end: 63, value: "pay the remaining £75 off the platform" },
    // round 87: Tagalog-English, the money paid straight to the writer; the checkout skipped with the private way after it
    { text: "direkta na lang padala sa amin po, mas mura", start: 0, end: 30, value: "direkta na lang padala sa amin" },
    { text: "huwag na po sa checkout, gcash na lang", start: 0, end: 23, value: "huwag na po sa checkout" },
    // round 89: a buyer's report of the money paid to "him" or "her" directly; the writer's refund as a gift card instead
    { text: "she asked me to cancel the order and pay her directly, said it was cheaper", start: 41, end: 53, value: "her directly" },
    { text: "cancel the return and we'll refund you with a $40 Target gift card instead", start: 57, end: 66, value: "gift card" },
    { text: "we can refund you in a gift card so there is no need to return the shoes", start: 23, end: 32, value: "gift card" },
    // round 90: Pidgin no fit as a negation; the refund asked from the marketplace then the writer paid on the side; the marketplace's own payment not used, a private way after it
    { text: "make we no use Jiji, just transfer to my Opay", start: 15, end: 19, value: "jiji" },
    { text: "no need go thru Lazada payment, direct transfer to my bank ok?", start: 32, end: 53, value: "direct transfer to my" },
    { text: "claim the refund from Flipkart, then send us the money by UPI", start: 22, end: 30, value: "flipkart" },
    // round 91: the Chinese wallets put in the platform's place; the balance sent as a red packet; a marketplace told off for its fee with the writer's way after; the order cancelled for the writer's own payment link; a direct wire instead of the checkout or the agent; the agent said not to be needed after a transfer
    { text: "ok then just pay us via alipay instead, I ship tonight", start: 24, end: 30, value: "alipay" },
    { text: "once tmall refunds you, just transfer us via weixin instead", start: 45, end: 51, value: "weixin" },
    { text: "could you send the balance as a red packet on wechat", start: 32, end: 42, value: "red packet" },
    { text: "give me the deposit by hong bao, I hold the pair for you", start: 23, end: 31, value: "hong bao" },
    { text: "do not order on tmall, their commission is crazy, bank transfer to me is cheaper", start: 0, end: 42, value: "do not order on tmall, their commission is" },
    { text: "go cancel that tmall order first; our guy will dm you a stripe link for it", start: 56, end: 67, value: "stripe link" },
    { text: "for bulk we prefer a direct wire instead of the agent", start: 28, end: 53, value: "wire instead of the agent" },
    { text: "send 60% by transfer today, rest after QC, we don't need the agent", start: 0, end: 66, value: "send 60% by transfer today, rest after qc, we don't need the agent" },
    // session 21 (mine): a person-to-person app asked for instead; an invoice or payment request sent by a payment app; the checkout told off for a request of the writer's own; the marketplace's cut as the reason to deal outside; the deal done "off here"
    { text: "can u do zelle instead? saves us both the fees", start: 0, end: 22, value: "can you do zelle instead" },
    { text: "how about cash app instead, i'm leaving tonight", start: 0, end: 26, value: "how about cash app instead" },
    { text: "send u an invoice thru paypal, dont worry about the checkout", start: 0, end: 29, value: "send you an invoice through paypal" },
    { text: "i'll email you an invoice, pay that instead of checking out", start: 27, end: 59, value: "pay that instead of checking out" },
    { text: "dont check out, i'll send a payment request", start: 28, end: 43, value: "payment request" },
    { text: "this app takes 20%, lets do it outside", start: 5, end: 38, value: "app takes 20%, lets do it outside" },
    { text: "they charge 13% so we can do it off here for cheaper", start: 0, end: 40, value: "they charge 13% so we can do it off here" },
    { text: "ebay fees are insane, can we just deal privately", start: 5, end: 48, value: "fees are insane, can we just deal privately" },
    { text: "we can do it off here for $80", start: 13, end: 21, value: "off here" },
    // session 21 (mine): the money told to go to the writer's own wallet or bank
    { text: "send the deposit to my revolut, then i'll post it", start: 23, end: 30, value: "revolut" },
    { text: "just pay the rest into my monzo when it arrives", start: 26, end: 31, value: "monzo" },
    { text: "e-transfer $40 to my bank and it's yours", start: 21, end: 25, value: "bank" },
    // session 21 (mine): the thing bought named and the site pointed at, "no need to buy it on here"
    { text: "pay on collection, no need to buy it on here", start: 19, end: 44, value: "no need to buy it on here" },
    { text: "you dont need to order it on here, just come by", start: 0, end: 33, value: "you dont need to order it on here" },
    // session 21 (mine): the order undone and the writer paid at pickup; part refunded by a payment app; a deposit or the rest sent by transfer or an app; cheaper off the app; the fee as the reason for cash
    { text: "just cancel and pay me on pickup", start: 5, end: 22, value: "cancel and pay me" },
    { text: "buy it through the app and i'll refund the shipping via venmo", start: 27, end: 61, value: "i'll refund the shipping via venmo" },
    { text: "i can hold it if you send a deposit by transfer", start: 21, end: 47, value: "send a deposit by transfer" },
    { text: "happy to do it cheaper off app", start: 15, end: 30, value: "cheaper off app" },
    { text: "accept my offer then send the rest on paypal", start: 21, end: 44, value: "send the rest on paypal" },
    { text: "the app charges me fees so i'd rather cash", start: 4, end: 42, value: "app charges me fees so i'd rather cash" },
    // round 93: the overpayment told ahead and its excess asked back; a way of paying, then "not through" the site; a pay link outside the app; the order cancelled, named or not, and paid to anyone in private. Not the words printed on a product, quoted; nor "no F&F" quoted from a listing
    { text: "I'll send you $400 extra for the driver, just refund me the difference by transfer", start: 0, end: 70, value: "i'll send you $400 extra for the driver, just refund me the difference" },
    { text: "we will pay £250 over, you return the excess to our agent", start: 0, end: 44, value: "we will pay £250 over, you return the excess" },
    { text: "pay the deposit by eft first, not through the app", start: 8, end: 49, value: "deposit by eft first, not through the app" },
    { text: "send the money via bank, not through gumtree", start: 9, end: 44, value: "money via bank, not through gumtree" },
    { text: "I've paid you with a secure link outside the app, accept it from your inbox", start: 33, end: 48, value: "outside the app" },
    { text: "sent a payment link outside the platform, check your email", start: 20, end: 40, value: "outside the platform" },
    { text: "he wants me to cancel and pay him privately", start: 15, end: 43, value: "cancel and pay him privately" },
    { text: "cancel it then pay me on the side", start: 0, end: 33, value: "cancel it then pay me on the side" },
    { text: "'venmo me' and I'll post the mug", start: 1, end: 9, value: "venmo me" },
    // round 92: the marketplace's buy button or checkout told off or skipped, then the money sent privately or directly a sentence on
    { text: "skip poshmark's checkout and wire it to me directly", start: 0, end: 51, value: "skip poshmark's checkout and wire it to me directly" },
    { text: "bypass the checkout and send the money to me privately", start: 0, end: 54, value: "bypass the checkout and send the money to me privately" },
    { text: "no need to press the buy button, depop adds a fee — just e-transfer me directly", start: 0, end: 79, value: "no need to press the buy button, depop adds a fee — just e-transfer me directly" },
    // round 92: a protection named but not lost, or the loss denied: still the ask
    { text: "venmo me $40, buyer protection doesn't matter", start: 0, end: 8, value: "venmo me" },
    { text: "zelle me the $40, you won't lose the money back guarantee anyway", start: 0, end: 8, value: "zelle me" },
    // round 94: the paying or the deal put outside the app or a marketplace named; the money settled between the two or by the writer; the writer who would rather be paid directly; a direct transfer; the order cancelled for a sum of the writer's, or "them" paid directly after a cancel; the listing marked sold or taken down for cash or a transfer; the marketplace's protection or checkout not to be gone through; "sort it off" a marketplace, "skip their cut", Tagalog "mag checkout" turned down, a clause between the refund and the ask
    { text: "if you're fine paying outside mercari I'll knock off 10", start: 22, end: 37, value: "outside mercari" },
    { text: "half upfront outside the app and the rest on pickup?", start: 13, end: 28, value: "outside the app" },
    { text: "could we do this one outside etsy, I'll post it tomorrow", start: 21, end: 33, value: "outside etsy" },
    { text: "we'll settle the balance between us once you've got it", start: 25, end: 35, value: "between us" },
    { text: "i'll sort the payment with you myself after the stream", start: 22, end: 37, value: "with you myself" },
    { text: "let's just do it between us, not via the app", start: 17, end: 27, value: "between us" },
    { text: "payouts take ages so I'd rather you paid me directly", start: 44, end: 52, value: "directly" },
    { text: "it'd be easier if you paid us by bank transfer", start: 30, end: 46, value: "by bank transfer" },
    { text: "contact us and pay by direct transfer for the wholesale price", start: 22, end: 37, value: "direct transfer" },
    { text: "cancel on your side and I'll let you have it for $30", start: 0, end: 52, value: "cancel on your side and i'll let you have it for $30" },
    { text: "just cancel the order, then I can sell it to you for 25", start: 5, end: 55, value: "cancel the order, then i can sell it to you for 25" },
    { text: "the seller told me to cancel and pay them directly, so I did", start: 33, end: 50, value: "pay them directly" },
    { text: "bring cash on saturday and I'll take the listing down", start: 32, end: 53, value: "take the listing down" },
    { text: "I'll mark it as sold, just bring the cash tonight", start: 5, end: 20, value: "mark it as sold" },
    { text: "I'd rather not go through Depop's checkout, it takes ages", start: 34, end: 42, value: "checkout" },
    { text: "only if we sort it off vinted, their fees are mad", start: 11, end: 29, value: "sort it off vinted" },
    { text: "we can skip their cut if you pay cash", start: 7, end: 21, value: "skip their cut" },
    { text: "wag na kayo mag checkout sa lazada, gcash na lang", start: 0, end: 24, value: "wag na kayo mag checkout" },
    { text: "request a refund on lazada once it arrives, then send me the money", start: 20, end: 26, value: "lazada" },
    { text: "PayNow me direct, no need go through Carousell checkout", start: 0, end: 55, value: "paynow me direct, no need go through carousell checkout" },
    { text: "pls pay by UPI directly, no need to order on Meesho", start: 4, end: 51, value: "pay by upi directly, no need to order on meesho" },
    { text: "Depop's cut is huge. Direct transfer and it's yours for 40", start: 0, end: 36, value: "depop's cut is huge. direct transfer" },
    { text: "we settle am outside Konga, just do transfer", start: 13, end: 44, value: "outside konga, just do transfer" },
    { text: "GCash me, wala nang Lazada fee", start: 0, end: 30, value: "gcash me, wala nang lazada fee" },
    { text: "pode ser no pix direto, fora da plataforma", start: 12, end: 42, value: "pix direto, fora da plataforma" },
    { text: "por transferencia te lo dejo más barato, así no pago la comisión de Vinted", start: 4, end: 74, value: "transferencia te lo dejo mas barato, asi no pago la comision de vinted" },
    { text: "request a refund and transfer me the money instead", start: 0, end: 32, value: "request a refund and transfer me" },
    { text: "今晚不走车，价格再少二十", start: 2, end: 5, value: "不走车" },
    { text: "sx转账可以少点", start: 0, end: 4, value: "sx转账" },
    { text: "红包发我就行，我马上寄", start: 0, end: 6, value: "红包发我就行" },
    { text: "请通过专属通道完成付款", start: 3, end: 11, value: "专属通道完成付款" },
    { text: "先别付款，等会换个方式付", start: 0, end: 12, value: "先别付款,等会换个方式付" },
    { text: "cancel it on ebay and I'll do £70 by bank transfer, saves us both the fees", start: 34, end: 74, value: "by bank transfer, saves us both the fees" },
    { text: "Posh takes 20% so we can do venmo for $40", start: 0, end: 33, value: "posh takes 20% so we can do venmo" },
    { text: "Pix direto, sem passar pela plataforma", start: 0, end: 38, value: "pix direto, sem passar pela plataforma" },
    { text: "ohne eBay-Gebühren per Überweisung 10 € günstiger", start: 0, end: 34, value: "ohne ebay-gebuhren per uberweisung" },
    { text: "Überweisung ohne Gebühren ist möglich", start: 0, end: 25, value: "uberweisung ohne gebuhren" },
    { text: "if u cancel and send $30 straight to me, vinted fees are mad", start: 16, end: 52, value: "send $30 straight to me, vinted fees" },
    { text: "pls pay the balance by UPI and we will cancel the Flipkart order", start: 4, end: 64, value: "pay the balance by upi and we will cancel the flipkart order" },
    { text: "we could handle it outside of posh, their 20% cut is a lot", start: 9, end: 34, value: "handle it outside of posh" },
    { text: "改用ATM转账给我吧", start: 2, end: 9, value: "atm转账给我" },
    { text: "你直接FPS过来就得", start: 1, end: 8, value: "直接fps过来" },
    { text: "钱直接给后台助理就行", start: 0, end: 8, value: "钱直接给后台助理" },
    { text: "你直接打钱给我", start: 1, end: 7, value: "直接打钱给我" },
    { text: "这单要不要走线下", start: 2, end: 8, value: "要不要走线下" },
    { text: "请在平台外补缴保证金", start: 2, end: 7, value: "平台外补缴" },
    { text: "微信直接转过来就行", start: 0, end: 9, value: "微信直接转过来就行" },
  ],
});
