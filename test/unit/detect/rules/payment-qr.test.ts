import { ruleTester } from '../rule-tester';

ruleTester('payment-qr', {
  valid: [
    // a personal account named with a code that pays nothing (a login's, a page's), or the platform's checkout with a discount
    "扫码登录（个人账号），登录后在收银台付款",
    "登录二维码（个人账号）",
    "个人中心二维码可以查看会员卡",
    "付款请到结算页选择微信支付，享9折",
    "Scan the QR code here to view your personal account",
    "Your personal code for 10% off is in the email",
    // a tip code for an author or a stream, or the code's stand sold: nothing bought with it
    "觉得文章有用可以扫赞赏码支持一下作者",
    "公众号开通了赞赏功能，感谢大家的赞赏",
    "直播间打赏记录在这里查看",
    "这款打赏码立牌可定制，付款后三天发货",
    "定制赞赏码贴纸，拍下备注收款信息",
    "tips are welcome via the tip jar, thanks for watching",
    "scan the tip QR if you enjoyed the stream",
    "Rows P Q R hold the sale rails; scan the barcode and send the photo to support", // a list's letters, a photo sent
    "I'll send a QR for the return label, scan it at the post office and confirm the address.", // a label's code, no sum confirmed
    // "scan to pay" printed on the goods: the object after it, or quoted after the maker's word
    "扫码关注公众号，扫完截图发我领券",
    "门口的码扫一下签到",
    "Laminated 'Scan to Pay' sign, A5, pack of 3",
    "本店支援轉數快 QR 付款，結帳時選擇即可", // a shop's list of what its checkout takes
    "Picasso码付印刷画册", // no pinyin syllable of the code's words, a name before 码
    "Scan and pay sticker for market stalls, waterproof",
    "'Scan to pay' QR code plaque, brushed steel",
    // the platform's own checkout (结算页, 收银台, 提交订单) where the scan pays the order
    "结算页面选支付宝扫码支付就行，是平台的收银台",
    "提交订单后可以用微信扫码付款，钱在平台",
    // a wallet's help or login page, and links that are no wallet's collection code
    "Refunds are explained at www.alipay.com/help/refund",
    "Size chart: www.example.com/a/b, sizes 5/6/7",
    "qr.alipay.com/ab is too short to be a code",
    // a code scanned with a wallet only at the checkout, or a scan that is not a payment
    "Scan the QR at checkout with GCash",
    "Take a photo of the cheque and scan it with your bank app",
    "Scan this code with your wallet app to add the membership card",
    "I'll send you a QR code, scan it to see the size chart",
    // the code is the goods: a stand, sticker or plate a shop buys to show its own code
    "定制支付宝收款码贴纸 防水PVC 10张",
    "商家收款码台卡 亚克力 可印logo",
    "微信付款码桌牌定制 包邮",
    // the same goods sold in English
    "Custom payment QR code stand for small business, acrylic, 10x15cm",
    "PayNow QR code stickers, waterproof, pack of 5",
    "Personalised Venmo QR code sign for craft fairs",
    "打印收款码 A5 覆膜 3张起",
    // a code for something else than money sent to the buyer, or a refund only tracked
    "Scan the QR code on the box to get your warranty card",
    "Scan the QR code to track your refund status",
    "Scan the QR on the receipt to get a 10% discount",
    "I scanned the QR code at the counter to receive my refund",
    // a picture scanned for something else
    "商品图片扫一下看不清",
    "扫描图片识别文字，付款请走平台",
    "图片扫了没反应，付款在哪",
    // a notice's prohibition heading a list of acts
    "请不要相信任何要求加好友、索要验证码或者扫码付款的信息",
    // the buyer's own question, answered by their refusal of the act (我不扫, 我不会转)
    "你是要我扫码付款吗？我不扫，平台下单就好",
    "你们是让我加微信扫码转账？我不会转的",
    // a till's code pointed at, then scanned
    "店里收银台的码，扫了直接付",
    "微信扫码登录",
    "扫码关注店铺领券",
    "任何让你扫码付款的都是骗子",
    // scanning at a checkout or a table, a warning, a QR code for something else
    "Scan the QR code at checkout to pay with Alipay",
    "Scan the code on the table to pay for your meal",
    "Never scan a QR code a seller sends you to pay",
    "I sent the QR code to my sister so she could track the parcel",
    "Scan it to see the size chart",
    // the code shown at the platform's checkout
    "Pay with the QR code shown at checkout in the app",
    // the buyer's own code at a checkout
    "My phone payment code expired, I will retry at checkout",
    // a code scanned at a hotel desk, a till or a table; a scan-to-pay discount told by a buyer; a wallet QR at checkout or a counter; a system notice about a blocked code; a code to follow the shop
    "在酒店前台用支付宝扫一下就付了，很方便",
    "扫桌上的二维码点餐付款",
    "扫码付款便宜了6块，挺划算",
    "Scan the PayNow QR at checkout to complete your order",
    // a plain 二维码 sent for something else than paying, or a group's code
    "二维码发给你了，微信扫一下看物流进度",
    "二维码发您了，扫一下关注店铺领券",
    "群二维码发你，扫了付款截图进群",
    "We accept PayNow QR at the counter",
    "系统检测到对方发来的图片疑似收款二维码，已为您屏蔽",
    "Scan the QR on screen to follow our shop for coupons",
    "用支付宝扫一扫就能登录",
    // the code named, then that the shop does not use it
    "收款码这种东西本店不使用，请在平台付款",
    "个人收款码我们从来不用",
    "商家给你发的收款码是假的，千万别扫",
    // a code scanned to check the goods, the app itself
    "扫一下包装上的防伪码，扫完截图给我看看",
    "我的支付宝扫不了码",
    // the code and the wallet that scans it, but no payment asked (a failure, a coupon used at the till "when" paying)
    "那个码支付宝扫不出来，付款一直失败",
    "优惠码直接微信扫，付款时会自动减",
    // a wallet's code at the checkout, or the wallet's feature described
    "支付宝二维码在结账页面，扫码购",
    "转数快 qr code收款功能介绍",
    // a print shop's code goods: 印/刻 a code on the stand, or the code listed with the other codes a stand carries
    "实木台卡 可刻支付宝收款码 送底座",
    "不锈钢门牌 可印收款码、wifi码",
    "点餐码/收款码二合一立牌，尺寸可选",
    // the listing's words spaced apart: the object after a space is still the goods
    "付款二维码 贴纸 防水 20张装",
    "個人收款碼 亞克力 立牌 直式 可客製",
    "壓克力收款碼桌牌 雙面 可印LOGO",
    // the code the goods are made to show (展示), or the wallets a stand is made for listed before it (适用于…)
    "金属台签 通用于云闪付、支付宝的收款码 送双面胶",
    "桌面收款码展示架 黑色 A5",
    "木紋桌卡 收款碼展示，可放兩張",
    "适用微信 支付宝 收款码 防水覆膜",
    // the album's picker for a payment screenshot, a long press that follows an account; "扫码支付" printed on the goods
    "从相册选择付款截图上传即可",
    "长按识别二维码关注店铺公众号",
    "定制“扫码付款”贴纸 防水耐磨",
    "扫码付款二维码立牌 桌面摆台",
    "扫码支付 亚克力台卡 可印店名",
    "收款码提示牌 可定制尺寸",
    // a wallet's QR named with a hyphen at the shop's own till
    "Scan the M-Pesa QR at the checkout counter to pay for your order",
    "Scan the Wi-Fi QR code on the card to join the network",
    "这套书89元，发个码你扫一下看目录", // a code sent to see something
    "发你个码\n扫一下关注店铺", // a code to follow the shop
    '收款码卡片定制，包邮', // the card as the goods, and a buyer of them; a stand in a parcel is the goods received
    '订的收款码卡片到了，印刷清楚',
    '收到货了，收款码立牌很结实，包裹里还有说明书',
    "scan the picture to see the size chart",
    "pay at checkout, then send me a photo of the receipt",
    "兼容薇信、支付寳收款码，尺寸15x10cm", // a stand's listing names the wallets by homophones too
    "可印薇信收款码，尺寸可定制", // the print shop's goods
    "扫这个qr code关注店铺领券",
    "Scan the QR code on the parcel to track it",
    "扫码盒子 支持支付宝收款码", // a code reader's listing: what it reads
    "POS机 读取付款码 支持会员卡",
    "收银一体机 可识别云闪付付款码", // the buyer's own code, read by a till
    "左边那个码扫一扫就能看安装视频", // scanned to see a video, not to pay
    // someone else's code warned about (a third party posted it, and scanning it is forbidden right after), and a regional
    // wallet's QR at the platform's checkout (結帳時, 結帳頁面, "at checkout") or a shop's counter
    "看到有人在直播間留言區貼收款碼，大家千萬別掃，我們只在購物車賣",
    "有人在评论区发付款码冒充客服，不要扫，是骗子",
    "Someone posted a payment QR in the comments pretending to be us, don't scan it",
    "結帳頁面選街口支付，掃 QR code 付款即可",
    "結帳時會出現 LINE Pay QR code，用手機掃描付款",
    "門市櫃台可掃街口支付QR付款",
    "本店支援街口支付、LINE Pay，請於結帳時選擇",
    "At checkout choose the DANA QR option",
    "At checkout choose the GCash QR option",
    // a notice of the rule on personal codes, not a request to use one
    "提醒：按新规个人收款码不得用于经营收款，请通过平台付款",
    "個人收款碼禁止用於經營收款，請在賣場結帳",
    "Personal payment codes may not be used for business sales; please pay at checkout.",
    // a sent code scanned to see a video
    "省钱的话扫我发的码看教程视频",
    // a till's bar code paid at the counter; a buckle (扣环) after "QR"
    "超市收银台扫描付款条码直接付款",
    "QR 扣环款式已发货",
    // a code scanned for a video, the goods sent after an order
    "包装上的二维码扫一下就能看安装视频，下单后直接发货",
    // a buyer asking the shop whether the request to scan was really its own
    "客服您好，有人说是你们店的，让我扫码付款，是你们的人吗？",
    "someone asked me to scan a QR code to pay them directly — was that really your store?",
    "剛剛有人讓我掃收款碼付款，是你們的客服嗎？",
    // a code reader at the till, not a code sent
    "付款时扫码器坏了，请稍等",
    // a page of the wallet's own site, no collection code
    "the alipay dot com slash help page explains refunds",
    // round 43: a hyphened "scan-to-pay" printed on the goods, and a picture sent that is scanned to see, not to pay
    "'Scan-to-Pay' acrylic QR code stand for your stall",
    "scan the pic I sent to see the seat map, then order here",
    // round 44: a money picture or a horse that is not a character of the code's word
    "🐎年限定钥匙扣，付款后48小时发货",
    "收到💰了，马上安排发货",
    // round 46: a horse is 码 only after 扫, 款, 维 or 收; a code scanned for a coupon pays nothing
    "🐴年生肖公仔，扫码领券",
    // round 45: a code in the avatar or bio that is looked at, followed or used at the checkout, not paid into
    "看看我头像的码是不是很好看",
    "扫我主页的码关注一下",
    "退款差价平台会退，扫我头像的码进群领券",
    "扫我头像那个码看安装视频",
    "Love the QR code in my profile pic, made it myself",
    "use the promo code in my bio at checkout",
    "pay with the code in my bio at checkout",
    "scan 2 tickets at the gate",
    "申请退款请在订单页操作",
    // round 47: the code's English name at a till or a login; a k with a digit
    "收银台QR码付款",
    "结账时可选QR码支付",
    "收1k码",
    "QR码登录后查看订单",
    // round 49: a QR for a manual or care guide, or paid at the platform's checkout
    "QR code on the box is for the manual, direct payment is not supported",
    "Scan the QR at checkout, it's no cheaper than the shop price but faster",
    // round 51: a scan compared with the cart asked about, a scan forbidden, a coupon scanned, a sweeper's price; 马上
    "扫码比小黄车便宜吗？",
    "链接要排队的话耐心等，别扫陌生人的码",
    "小黄车抢不到的扫码领券",
    "扫地机器人比平台便宜",
    "付款马上发货，二维码贴纸另拍",
    // round 52: "scan & pay" at a checkout or a till, a payment label with no code to scan, "scan &" something else
    "scan & pay is available at the checkout counter",
    // the self-checkout is the shop's till as much as the checkout
    "use scan & pay at the self-checkout lane",
    "Scan the QR to pay at the self checkout",
    "Payment: scan the QR at the checkout kiosk",
    "scan & print your label at the post office",
    "Payment - card or cash on delivery only",
    "Payment: scan the code on your receipt to track the refund",
    // round 58: a recounted code not dared to be paid (没敢付); the buyer's own code printed on the goods ordered
    "卖家发了个收款码叫我扫，我没敢付，是骗子吗？",
    "卖家让我扫他的收款码付款，我不敢扫，平台能管吗",
    "We can engrave your Alipay QR code onto the wooden tag",
    "We print your logo and your own WeChat QR on each carton",
    // round 57: a pause typed as a space between the code and 直接/就 and the payment (扫我左上角那个码 直接付); the code called 码码, sent, then scanned to pay
    "扫一下这个码 付款成功了",
    "尺码码数发你了 扫了付款记录看下",
    "扫我左上角那个码 关注店铺领券",
    // round 59: a code in a photo scanned to read, not to pay
    "Scan the code in the photo to see the size chart.",
    // round 65: the platform's own code to pay at checkout
    'the app shows a QR to pay at checkout, scan it there',
    // round 64: the goods named in Chinese after an English code's name, as mixed listings write them
    "PayNow QR 亚克力立牌 可客制化",
    "DuitNow QR code 贴纸 防水",
    "GrabPay QR 展示架 批发价",
    // round 64: a wallet's bar code scanned off the corner of the live room's screen (扫画面右下角的 LINE Pay 条码付款); not a till's bar code at a counter or a checkout
    "到超商櫃台掃LINE Pay條碼付款",
    "結帳時出示LINE Pay條碼付款",
    "掃畫面上的商品條碼看價格",
    // round 69: the writer's code sent to read or follow something, or paid in the shop after all
    '我发个二维码给您，是说明书，微信扫一扫就能看',
    '我发个二维码，扫一扫看安装视频，付款还是在店里',
    // round 68: a wallet's QR on the marketplace's payment page, the place's word in code-switched English (sa, ng, pe)
    "GCash QR sa payment page, yun ang official",
    "Checkout page pe PhonePe QR aayega, wahi scan karna",
    "Maya QR ng checkout page lang ang gamitin",
    "Pix QR on the payment screen of the app is fine",
    // round 71: a picture answered to a payment question, scanned to see a video, or the order page named instead
    "运费怎么付\n[图片]\n扫这个看安装视频",
    "钱怎么付\n[图片]\n在订单页付就行",
    // round 70: what is owed and a code pointed at, but no payment told after it
    "定金扫这个码就行，看完活动规则再拍",
    "定金扫这个码看一下活动规则，付完在店里拍",
    // round 79: the code in an earlier picture scanned with a wallet; the writer's own code in place of the checkout
    "scan the qr in the last pic to see the size chart",
    "the qr in my first photo is the warranty registration",
    // round 80: a code screenshotted for the records or saved and paid at the checkout; scan2 with no pay
    "screenshot the qr code for your records",
    "save the code and pay at checkout for 10% off",
    "scan2 payments came through fine",
    // round 83: a code in a picture that is no payment
    "QR in pic 2 is the authenticity tag, scan to check",
    "qr code in photo 3 shows the care guide",
    // round 86: a payment bar code sent to the buyer with 給 (收款條碼傳給你); a QR code scanned, then the money handed over in Cantonese (掃咗直接過數) (not a code scanned to see a menu)
    "QR code 掃咗就睇到餐牌",
    "付款條碼是你自己手機上的，結帳時給店員掃",
    // round 88: a wallet's code scanned for a login or a tracking page, no charge named
    "scan the alipay code to log in to your account",
    "scan the alipay code for order tracking",
    // round 89: a code whose quoted words track a parcel or register a warranty
    "a QR code to 'track your parcel' was inside",
    "QR code labelled 'register warranty'",
    // round 90: Indian English scanner for a UPI app's payment QR, sent or 'my'; not the app's own scanning screen
    "open the PhonePe scanner at the shop counter",
    "GPay scanner not working on my phone, any fix?",
    // round 91: a wallet's scan told of at shops in general; a seller's code put to the reader as a case to block and report; a code named with no proof asked; a code in the next picture that is a tag
    "the tourist wallet works fine, scan to pay in most restaurants and taxis",
    "Heads-up for new buyers — once any vendor pastes their 收款码 in chat, report them",
    "the payment code attached on the invoice is the agent's order number",
    "QR in the next pic is the authenticity tag",
    // round 92: a wallet code told of with no scan; a menu's code
    "my venmo code is in my profile if you ever need it",
    "scan the menu qr in the photo to see prices",
    "my cash app code expired so i made a new one",
    // round 95: the wallet taken at the checkout, the picture's code for something else, a product's barcode, a wallet's stand or speaker sold
    "we take paynow at checkout, the qr in the last photo is the warranty card",
    "gcash accepted. qr in the last photo is for tracking",
    "scan the product barcode to check stock",
    "paytm qr soundbox for shops",
    "pay with google pay qr at the checkout",
    "gcash barcode sticker for your store",
  ],
  invalid: [
    { text: "个人收款码我发你，扫了付尾款", start: 0, end: 5, value: "个人收款码" }, // (a code named beside no goods is still one sent to pay)
    { text: "We'll send you a QR code for the compensation, scan the code then approve the payment.", start: 6, end: 85, value: "send you a qr code for the compensation, scan the code then approve the payment" }, // the writer's QR scanned and its sum confirmed
    { text: "这次不挂链接了，屏幕左上角那个码直接扫，扫完截图私我登记", start: 15, end: 25, value: "码直接扫,扫完截图私" }, // scanned, then the screenshot sent as proof
    // one syllable typed in pinyin; FPS's and JKOPay's QR by their Chinese names
    { text: "我的shou款码在相册第一张", start: 2, end: 8, value: "收款码" },
    { text: "定金直接sao一扫码支付就好", start: 4, end: 12, value: "sao一扫码支付" },
    { text: "尾款扫ma转给我哦", start: 2, end: 6, value: "扫ma转" },
    { text: "街口QR在置頂，付完跟我說", start: 0, end: 4, value: "街口qr" },
    { text: "餘數用轉數快qr code俾我", start: 3, end: 13, value: "转数快qr code" },
    // a code shown (展示) to the buyer to pay is no stand for sale
    { text: "我的收款码展示给你了，付一下尾款", start: 2, end: 5, value: "收款码" },
    // a plain 二维码 the writer sends, then scanned to pay
    { text: "一会把二维码发给你，你扫一下付尾款", start: 3, end: 15, value: "二维码发给你,你扫一下付" },
    { text: "QR码传你啦，扫完直接转260", start: 0, end: 12, value: "qr码传你啦,扫完直接转" },
    // a wallet's collection link typed in the text, read by the payload rules that know it from QR images; 识别
    // (recognise) holds no 别 (don't)
    { text: "长按识别付款 qr.alipay.com/a1b2c3d4e5，付好发图", start: 7, end: 31, value: "qr.alipay.com/a1b2c3d4e5" },
    { text: "Pay through the link HTTPS://QR.ALIPAY.COM/Z9Y8X7W6V5.", start: 21, end: 53, value: "https://qr.alipay.com/z9y8x7w6v5" },
    { text: "云闪付收款 qr.95516.com/00010002/62259900 付完截图", start: 6, end: 36, value: "qr.95516.com/00010002/62259900" },
    { text: "Tap wx.tenpay.com/f2f?t=Qw3rTy99 to pay me", start: 4, end: 32, value: "wx.tenpay.com/f2f?t=qw3rty99" },
    // a code offered to pay with stays one, goods words or not
    { text: "Scan my payment QR code sticker on the photo to pay me, cheaper than checkout", start: 0, end: 51, value: "scan my payment qr code sticker on the photo to pay" },
    { text: "我给你发收款码，扫了就行", start: 1, end: 7, value: "给你发收款码" },
    // (a space before a word that is no goods leaves the code the writer's)
    { text: "这是我的收款码 直接扫了付给我", start: 4, end: 7, value: "收款码" },
    { text: "扫我收款码付款不用下单", start: 0, end: 6, value: "扫我收款码付" },
    // the code pointed at, then the wallet that scans it, then the payment (after a comma too)
    { text: "右上角那个码直接支付宝扫，交定金就行", start: 5, end: 16, value: "码直接支付宝扫,交定金" },
    { text: "视频里这个码拿微信扫一下就能付尾款", start: 5, end: 15, value: "码拿微信扫一下就能付" },
    { text: "收款码发你，付好截图", start: 0, end: 3, value: "收款码" },
    { text: "直接扫我的收款二维码", start: 5, end: 10, value: "收款二维码" },
    { text: "I'll send my payment QR code", start: 13, end: 28, value: "payment qr code" },
    // a QR code sent to the buyer to scan and pay
    { text: "I'm sending you a QR code now, scan it in your banking app and transfer the total", start: 4, end: 71, value: "sending you a qr code now, scan it in your banking app and transfer" },
    { text: "Let me text you my QR, then scan it to pay", start: 7, end: 42, value: "text you my qr, then scan it to pay" },
    { text: "Just scan this with Venmo to send the money", start: 5, end: 43, value: "scan this with venmo to send the money" },
    // paying via a QR code the seller shows
    { text: "Send payment via the QR in the photo", start: 0, end: 23, value: "send payment via the qr" },
    { text: "Pay via the QR code in my profile picture", start: 0, end: 19, value: "pay via the qr code" },
    // the seller's payment code, 'scan to pay'
    { text: "I'll show you my payment code, scan to pay", start: 14, end: 29, value: "my payment code" },
    // a code shown on the live screen or in a picture scanned to pay a deposit; a receiving QR; a wallet app opened to scan; a national e-wallet QR
{ text: "宝宝们扫屏幕上方的二维码付定金，小黄车不用拍", start: 3, end: 13, value: "扫屏幕上方的二维码付" },
    { text: "直播间左上角那个码扫了直接付尾款", start: 8, end: 14, value: "码扫了直接付" },
    { text: "收款qr发你了，付完截图", start: 0, end: 4, value: "收款qr" },
    { text: "拿云闪付扫一下这个就行", start: 0, end: 7, value: "拿云闪付扫一下" },
    { text: "scan the GCash QR in my last photo to pay, no need to check out", start: 0, end: 41, value: "scan the gcash qr in my last photo to pay" },
    { text: "Here's my DuitNow QR code, pay there instead", start: 10, end: 25, value: "duitnow qr code" },
    { text: "Pay the deposit by scanning the QR on screen, not the cart link", start: 0, end: 34, value: "pay the deposit by scanning the qr" },
    // the writer's own wallet code (Mandarin and Cantonese)
    { text: "这是我们的支付宝收款码，扫好截屏发我", start: 2, end: 11, value: "我们的支付宝收款码" },
    { text: "喺呢度買唔使運費，我嘅轉數快 QR code 喺圖入面", start: 9, end: 22, value: "我的转数快 qr code" },
    // a code scanned "to receive" a refund or payment (the scan pays the writer)
    { text: "To get the refund, please scan the QR in the picture with your Venmo", start: 3, end: 37, value: "get the refund, please scan the qr" },
    { text: "Scan this code with your banking app to receive the compensation", start: 0, end: 64, value: "scan this code with your banking app to receive the compensation" },
    { text: "Kindly scan my code to release your payment from escrow", start: 7, end: 43, value: "scan my code to release your payment" },
    { text: "Scan the code to receive $50 refund today", start: 0, end: 35, value: "scan the code to receive $50 refund" },
    { text: "To claim your $25 refund please scan the QR below", start: 3, end: 43, value: "claim your $25 refund please scan the qr" },
    // the code pointed at first (置顶/左上角那个码), then scanned to pay in the next clause
    { text: "直播间左上角那个码，扫了直接付就行", start: 8, end: 15, value: "码,扫了直接付" },
    { text: "背景墙上的二维码，扫一下就付定金", start: 7, end: 14, value: "码,扫一下就付" },
    { text: "请勿催单，扫码付款更快", start: 5, end: 8, value: "扫码付" },
    // the picture that holds the code, scanned to pay
    { text: "主播置顶的图片扫一下付款就行", start: 5, end: 11, value: "图片扫一下付" },
    { text: "扫主页第二张照片付定金", start: 0, end: 9, value: "扫主页第二张照片付" },
    // a national wallet's code sent to the buyer, in either order
    { text: "我send個PayMe QR code俾你，掃完就ok", start: 1, end: 19, value: "send个payme qr code" },
    { text: "等下传个街口二维码给你，扫一下就付好了", start: 2, end: 9, value: "传个街口二维码" },
    { text: "转数快的qr code发你了，直接扫", start: 0, end: 13, value: "转数快的qr code发你" },
    { text: "八达通码给你，拍卡就得", start: 0, end: 6, value: "八达通码给你" },
    // the code sent, then opened in a wallet or bank app (the scan that pays)
    { text: "Sending the QR now, scan it using your banking app", start: 12, end: 50, value: "qr now, scan it using your banking app" },
    { text: "Here's the QR po, scan it with Maya then screenshot", start: 11, end: 35, value: "qr po, scan it with maya" },
    { text: "scan my code with PayNow and send the screenshot", start: 0, end: 24, value: "scan my code with paynow" },
    // the checkout named only to send the buyer past it, or not named at all
    { text: "不用去结算页，微信扫码转我就行", start: 7, end: 12, value: "微信扫码转" },
    { text: "别走收银台了，扫码付给我便宜点", start: 7, end: 10, value: "扫码付" },
    { text: "结算太麻烦，直接扫码付就行", start: 8, end: 11, value: "扫码付" },
    // unquoted, a maker's word before "scan to pay" is an order being paid
    { text: "For custom orders scan to pay with my GCash code", start: 18, end: 29, value: "scan to pay" },
    { text: "Custom sizes? Scan to pay and I'll ship today", start: 14, end: 25, value: "scan to pay" },
    // a code in a picture, read by a long press or from the album, then paid
    { text: "保存这张图，长按识别二维码后直接转账就行", start: 6, end: 18, value: "长按识别二维码后直接转账" },
    { text: "截图后从相册识别二维码支付定金哦", start: 4, end: 13, value: "相册识别二维码支付" },
    { text: "長按圖片識別付款，付完截圖俾我", start: 0, end: 8, value: "长按图片识别付款" },
    // the sign named after a comma is no label
    { text: "扫码付款，牌子上的码就是我的", start: 0, end: 3, value: "扫码付" },
    // a wallet or a code named with a hyphen or a digit (M-Pesa, e-wallet, Touch-n-Go), scanned to pay
    { text: "Scan the e-wallet QR on the invoice and pay the remaining 300", start: 0, end: 43, value: "scan the e-wallet qr on the invoice and pay" },
    { text: "Please scan our Touch-n-Go code on the flyer to pay the deposit", start: 7, end: 51, value: "scan our touch-n-go code on the flyer to pay" },
    { text: "bKash QR attached, pay the advance there", start: 0, end: 8, value: "bkash qr" },
    { text: "I'll send my M-Pesa QR, pay the balance with it", start: 13, end: 22, value: "m-pesa qr" },
    { text: "尾款还差120元，我发你个码扫一下", start: 0, end: 15, value: "尾款还差120元,我发你个码扫" }, // a sum owed, then a code sent to scan
    { text: "我发你个码\n[图片]\n用支付宝扫一下转账就行", start: 1, end: 19, value: "发你个码\n[图片]\n用支付宝扫一下转" }, // the code sent, scanned to pay a few lines on
    { text: "快递盒里夹了一张收款码卡片，下次找我买更便宜", start: 8, end: 11, value: "收款码" }, // the code's card put in the parcel
    { text: "包裹内附收款码卡，回购直接扫", start: 4, end: 7, value: "收款码" },
    // the picture sent in the chat, scanned to pay
    { text: "Please pay the deposit first, scan the picture I sent", start: 7, end: 46, value: "pay the deposit first, scan the picture" },
    { text: "Scan gambar ini untuk bayar ya kak", start: 0, end: 27, value: "scan gambar ini untuk bayar" },
    { text: "屏幕上这个码直接威信扫，付完截图", start: 5, end: 13, value: "码直接威信扫,付" }, // the code scanned with WeChat by a homophone
    { text: "用支付寳扫一下就行，不用拍", start: 0, end: 7, value: "用支付寳扫一下" }, // 支付寳, a variant of 寶 the fold leaves
    { text: "我们的薇信支付二维码在下面", start: 0, end: 10, value: "我们的薇信支付二维码" }, // the writer's own wallet code
    { text: "V信扫一下图里的码付定金", start: 0, end: 12, value: "v信扫一下图里的码付定金" }, // the wallet named before the scan
    // 扫码付 with the Latin word for 码; 就能付; the QR the writer sent or in the photo
    { text: "扫我的 qr 转账就行，不用拍链接", start: 0, end: 9, value: "扫我的 qr 转账" },
    { text: "图片里的码扫一下就可以付，付完说一声", start: 0, end: 12, value: "图片里的码扫一下就可以付" },
    { text: "Scan the code I sent with GCash and pay the deposit", start: 0, end: 39, value: "scan the code i sent with gcash and pay" },
    { text: "scan the QR in the photo to pay the balance", start: 0, end: 31, value: "scan the qr in the photo to pay" },
    { text: "直播间左上角的码 扫一下就能付 不用拍", start: 7, end: 15, value: "码 扫一下就能付" }, // the code pointed at, then scanned to pay at once
    { text: "看图二的码，大家扫一扫直接付定金", start: 4, end: 14, value: "码,大家扫一扫直接付" },
    // the code scanned, then a sum sent; "QR" spelled with a space to pass a filter
    { text: "ok so scan the q r in my last pic and send €45, thanks", start: 6, end: 46, value: "scan the qr in my last pic and send €45" },
    // a tip code (赞赏码, 打赏码, a tip or donation QR) paying for the goods: shipped first, a deposit, the screenshot
    { text: "讚賞碼在置頂 掃完的先出貨", start: 0, end: 13, value: "赞赏码在置顶 扫完的先出货" },
    { text: "打赏码转账后截图给我 安排发货", start: 0, end: 8, value: "打赏码转账后截图" },
    { text: "赞赏二维码在左下角，扫了的先发货", start: 0, end: 15, value: "赞赏二维码在左下角,扫了的先发" },
    { text: "赞赏码付款也行", start: 0, end: 4, value: "赞赏码付" },
    { text: "my tip QR is pinned, scan it and I ship yours first", start: 3, end: 51, value: "tip qr is pinned, scan it and i ship yours first" },
    { text: "scan the donation QR code to pay the deposit", start: 0, end: 32, value: "scan the donation qr code to pay" },
    // a code told to be a person's own account (个人收款, 私人账户, "personal account"), often with a discount for using it
    { text: "支付方式：下面二维码（私人账户）付款减10元", start: 7, end: 15, value: "二维码(私人账户" },
    { text: "扫上方二维码 个人账户 打九折", start: 3, end: 11, value: "二维码 个人账户" },
    { text: "付款：掃下方二維碼【個人收款】再減5元", start: 6, end: 14, value: "二维码【个人收款" },
    { text: "私人账户二维码在图二，扫了少收10块", start: 0, end: 7, value: "私人账户二维码" },
    { text: "结账前扫这个码 个人微信收款 立减五元", start: 6, end: 14, value: "码 个人微信收款" },
    { text: "Payment: scan the QR below (personal account) for 10% off", start: 18, end: 44, value: "qr below (personal account" },
    { text: "QR code - my private GCash, 5% off if you pay there", start: 0, end: 26, value: "qr code - my private gcash" },
    { text: "my personal payment QR is in the last photo", start: 3, end: 22, value: "personal payment qr" },
    // a regional wallet's code (街口支付, LINE Pay, 转数快, 全支付, GrabPay, DANA, OVO, GoPay, JKO Pay) scanned or pointed at to pay,
    // where it is said between (下方, 图中, 我的)
    { text: "美甲預約訂金：請掃下方街口支付 QR code 付款，不用在賣場下單", start: 8, end: 25, value: "扫下方街口支付 qr code 付" },
    { text: "訂金請掃圖中 LINE Pay 二維碼付款，付完截圖給我", start: 3, end: 20, value: "扫图中 line pay 二维码付" },
    { text: "请扫下面的转数快二维码付定金，唔使落单", start: 1, end: 12, value: "扫下面的转数快二维码付" },
    { text: "下方全支付 QR 付訂金即可保留名額", start: 0, end: 10, value: "下方全支付 qr 付" },
    { text: "扫我的GrabPay码转账就行", start: 0, end: 13, value: "扫我的grabpay码转账" },
    { text: "Deposit: scan the DANA QR below to pay, no need to checkout", start: 9, end: 38, value: "scan the dana qr below to pay" },
    { text: "Scan my OVO QR code to pay the booking fee", start: 0, end: 26, value: "scan my ovo qr code to pay" },
    { text: "My DANA QR is in the last photo, pay the deposit there", start: 3, end: 10, value: "dana qr" },
    { text: "send to my GoPay QR, cheaper than checkout", start: 11, end: 19, value: "gopay qr" },
    { text: "JKO Pay QR code 在主頁，掃完截圖", start: 0, end: 15, value: "jko pay qr code" },
    // what is owed, then the code the writer sent scanned for it
    { text: "尾款你扫一下我上面发的码", start: 0, end: 12, value: "尾款你扫一下我上面发的码" },
    { text: "海鲜的钱扫我刚发的二维码就行", start: 3, end: 12, value: "钱扫我刚发的二维码" },
    // QR 扣 (扣 for "code"), the Cantonese possessive 我哋個, a code in the pictures scanned for a transfer
    { text: "我傳個 QR 扣俾你，掃完直接轉賬", start: 4, end: 16, value: "qr 扣给你,扫完直接转" },
    { text: "掃我哋個 FPS 二維碼過數就得", start: 1, end: 12, value: "我们个 fps 二维码" },
    { text: "收款條碼在第二張圖，掃描收款條碼直接打款", start: 10, end: 20, value: "扫描收款条码直接打款" },
    // the writer's code scanned, the goods sent straight away: the scan is the payment
    { text: "第二張圖的二維碼掃完就發貨", start: 5, end: 13, value: "二维码扫完就发货" },
    // a wallet link with its scheme or its host's dots spaced or spelled out
    { text: "pay via wxp: //f2f0Zy8Wq2LmNo5Kt_7aR, cheaper than checkout", start: 8, end: 36, value: "wxp://f2f0zy8wq2lmno5kt_7ar" },
    { text: "付款連結 qr . alipay . com / fkx1a2b3c4d5e6f 比較便宜", start: 5, end: 40, value: "qr.alipay.com/fkx1a2b3c4d5e6f" },
    { text: "pay here qr dot alipay dot com / fkx09876abcdxyz save 10%", start: 9, end: 48, value: "qr.alipay.com/fkx09876abcdxyz" },
    // QR spelled with a hyphen
    { text: "scan the Q-R in the photo and pay me directly", start: 0, end: 33, value: "scan the qr in the photo and pay" },
    // the payment named first, then the code to scan for it
    { text: "转账就扫我发你的那张码", start: 0, end: 11, value: "转账就扫我发你的那张码" },
    { text: "付款請直接掃圖片裡的二維碼，比較快", start: 0, end: 13, value: "付款请直接扫图片里的二维码" },
    // 二维码 in pinyin
    { text: "扫一下 er wei ma 付款，便宜点", start: 0, end: 15, value: "扫一下二维码付" },
    // the platform's payment told not to be made, then the code to scan: the code is still read
    { text: "先不要付款，扫我发你的码转账，便宜点", start: 6, end: 13, value: "扫我发你的码转" },
    { text: "下单后别付款，扫一下我给的二维码支付", start: 7, end: 18, value: "扫一下我给的二维码支付" },
    // a wallet's payment link pasted as text: WeChat Pay's native link, a UPI link (what their codes hold)
    { text: "付款链接 weixin://wxpay/bizpayurl?pr=Xy98Kq2 直接付", start: 5, end: 40, value: "weixin://wxpay/bizpayurl?pr=xy98kq2" },
    { text: "pay here upi://pay?pa=meena.s@oksbi&pn=Meena cheaper than checkout", start: 9, end: 44, value: "upi://pay?pa=meena.s@oksbi&pn=meena" },
    // the collection link with its dots and slash said as words
    { text: "open qr dot alipay dot com slash abc123xyz in alipay to pay", start: 5, end: 42, value: "qr.alipay.com/abc123xyz" },
    { text: "付款連結 qr點alipay點com斜杠fkx1234abcd", start: 5, end: 31, value: "qr.alipay.com/fkx1234abcd" },
    // round 43: the scan that pays written with hyphens and symbols for letters; the picture named as the one sent
    { text: "deposit by sc@n-to-p@y only, ask me", start: 11, end: 22, value: "scan-to-pay" },
    { text: "Just scan-to-pay, skip the cart", start: 5, end: 16, value: "scan-to-pay" },
    { text: "scan the photo we sent (the green one) then pay", start: 0, end: 47, value: "scan the photo we sent (the green one) then pay" },
    // round 44: pictures for the characters of the code's word, 💰 for 款 after a payment verb and 🐎 for its homophone 码
    { text: "付💵码发你了，扫完截图", start: 0, end: 4, value: "付款码" },
    { text: "我把收💸码发你，直接转就行", start: 2, end: 6, value: "收款码" },
    { text: "付款二维🐎在第二张图，扫一下就行", start: 0, end: 6, value: "付款二维码" },
    { text: "收款🐴我私发你，扫这个便宜", start: 0, end: 4, value: "收款码" },
    // round 46: a horse for its homophone 码, money for 款, after the word they finish (扫🐴, 收💵码); the writer's code
    // scanned with 一扫, and the goods sent once the payment's screenshot is in
    { text: "扫🐴付款，图在主页", start: 0, end: 4, value: "扫码付" },
    { text: "二维🐴发你了，扫了直接付", start: 0, end: 13, value: "二维码发你了,扫了直接付" },
    { text: "先转💰到我这，收💵码在置顶", start: 8, end: 12, value: "收款码" },
    { text: "那个码扫一扫付定金就行", start: 2, end: 7, value: "码扫一扫付" },
    { text: "右下角的码扫一扫✨ 付完截图👉我发货", start: 4, end: 19, value: "码扫一扫✨ 付完截图👉我发货" },
    // round 45: what is owed, then the code kept in the writer's avatar or profile; the English of it; "scan 2 pay"
    { text: "换货补差 📷💰 扫我头像那个码就行", start: 2, end: 17, value: "补差 📷💰 扫我头像那个码" },
    { text: "运费差价扫一下我主页的二维码", start: 0, end: 14, value: "运费差价扫一下我主页的二维码" },
    { text: "尾款10元扫我头像里的码，扫完发货", start: 0, end: 12, value: "尾款10元扫我头像里的码" },
    { text: "send the $12 difference using the QR on my pfp", start: 0, end: 46, value: "send the $12 difference using the qr on my pfp" },
    { text: "transfer the money via the code in my bio, then I post it", start: 0, end: 41, value: "transfer the money via the code in my bio" },
    { text: "scan 2 pay, I ship tonight", start: 0, end: 10, value: "scan 2 pay" },
    // round 47: the code called QR码 or QR code in Chinese talk, with the pay word after it as 二维码 has; 款 by its initial
    { text: "保存图里的QR码付款，便宜点", start: 5, end: 9, value: "qr码付" },
    { text: "用QR code支付，发货快", start: 1, end: 10, value: "qr code支付" },
    { text: "收k码在主页，扫了付", start: 0, end: 3, value: "收款码" },
    { text: "付 k 码在置顶，扫一下", start: 0, end: 5, value: "付款码" },
    // round 49: a QR shown on the stream or in a picture, paid direct or for less than the platform's cart
    { text: "scan the qr in the pic, it's cheaper than checkout", start: 9, end: 50, value: "qr in the pic, it's cheaper than checkout" },
    { text: "QR pinned, pay me direct and I ship tonight", start: 0, end: 24, value: "qr pinned, pay me direct" },
    // round 51: a code to scan set against the cart or the link (cheaper, or the link queued or sold out); 马 for 码
    { text: "扫这个码比小黄车便宜十块", start: 0, end: 10, value: "扫这个码比小黄车便宜" },
    { text: "小黄车抢不到的扫这张码", start: 0, end: 11, value: "小黄车抢不到的扫这张码" },
    { text: "扫一下比直播间链接省30，截图给我", start: 0, end: 10, value: "扫一下比直播间链接省" },
    { text: "收钱马在主页，扫了直接付", start: 0, end: 3, value: "收钱码" },
    // round 52: the joining word as chat types it (scan n pay, scan + pay); the code to scan under a payment label
    { text: "QR sent, scan n pay and I post tomorrow", start: 9, end: 19, value: "scan and pay" },
    { text: "Scan + pay with the code above, then send proof", start: 0, end: 10, value: "scan + pay" },
    { text: "Balance: scan our PayNow code in my story", start: 0, end: 29, value: "balance: scan our paynow code" },
    { text: "how to pay - scan the QR in the second photo", start: 0, end: 24, value: "how to pay - scan the qr" },
    // round 58: a recounted code not dared to be paid (没敢付); the buyer's own code printed on the goods ordered
    { text: "print this and scan my WeChat QR to pay", start: 15, end: 39, value: "scan my wechat qr to pay" },
    // round 57: a pause typed as a space between the code and 直接/就 and the payment (扫我左上角那个码 直接付); the code called 码码, sent, then scanned to pay
    { text: "扫我左上角那个码 直接付就行", start: 0, end: 12, value: "扫我左上角那个码 直接付" },
    { text: "宝 码码传给你了 扫完付一百二", start: 2, end: 12, value: "码码传给你了 扫完付" },
    { text: "扫置顶图里的码 就付定金", start: 0, end: 10, value: "扫置顶图里的码 就付" },
    // round 59: the code called a payment code, a sum keyed in after scanning it
    { text: "Refund failed. Scan the payment code in the photo I sent and enter 150 to receive it.", start: 15, end: 70, value: "scan the payment code in the photo i sent and enter 150" },
    // round 65: the code's word alone before "for payment" or "to pay"
    { text: 'qr to pay ⬇️ thx', start: 0, end: 9, value: 'qr to pay' },
    { text: 'sending the QR for payment now', start: 12, end: 26, value: 'qr for payment' },
    // round 64: the goods named in Chinese after an English code's name, as mixed listings write them
    { text: "paynow qr 发你，转完截图", start: 0, end: 12, value: "paynow qr 发你" },
    // round 64: a wallet's bar code scanned off the corner of the live room's screen (扫画面右下角的 LINE Pay 条码付款); not a till's bar code at a counter or a checkout
    { text: "喜歡的直接掃螢幕左上角的街口條碼就能付", start: 5, end: 19, value: "扫萤幕左上角的街口条码就能付" },
    { text: "掃畫面右下角的 JKOPay 條碼付款，付完留言", start: 0, end: 18, value: "扫画面右下角的 jkopay 条码付" },
    // round 69: the writer sends a code, the buyer scans it and pays, in the next clauses
    { text: "我发个码 您用支付宝扫一扫 付好说一声", start: 0, end: 15, value: "我发个码 您用支付宝扫一扫 付" },
    { text: "我给张二维码，扫一下直接转就行", start: 0, end: 13, value: "我给张二维码,扫一下直接转" },
    // round 68: …but the payment page passed over, in Tagalog or Hindi (di na, mat)
    { text: "di na kailangan sa payment page, GCash QR ko na lang", start: 33, end: 41, value: "gcash qr" },
    { text: "payment page pe mat jao, mera UPI QR scan karo", start: 30, end: 36, value: "upi qr" },
    // round 71: how to pay what is owed asked, a code's picture on its own line, then "scan this"
    { text: "定金怎么付\n[图片]\n扫这个就行", start: 0, end: 14, value: "定金怎么付\n[图片]\n扫这个" },
    { text: "余款付哪里\n[二维码]\n扫一下", start: 0, end: 15, value: "余款付哪里\n[二维码]\n扫一下" },
    // round 70: what is owed, a code pointed at scanned for it, the payment told done after
    { text: "尾款扫下面的码即可，转好说一声", start: 0, end: 12, value: "尾款扫下面的码即可,转好" },
    { text: "运费扫这张码就好 你付了我就发", start: 0, end: 12, value: "运费扫这张码就好 你付了" },
    // round 79: the code in an earlier picture scanned with a wallet; the writer's own code in place of the checkout
    { text: "scan the qr in my previous pics with maya then send the receipt", start: 0, end: 41, value: "scan the qr in my previous pics with maya" },
    { text: "pls use our shop QR instead of the cart, cheaper for you", start: 8, end: 39, value: "our shop qr instead of the cart" },
    // round 80: "scan2pay" joined; the code screenshotted, then paid in a bank or wallet app
    { text: "SCAN2PAY - the code's in my highlights", start: 0, end: 8, value: "scan2pay" },
    { text: "screenshot my code then pay it with gcash po", start: 0, end: 41, value: "screenshot my code then pay it with gcash" },
    { text: "just screenshot the payment qr & pay via your bank app", start: 5, end: 54, value: "screenshot the payment qr & pay via your bank app" },
    // round 83: the code in a numbered or ordered picture of the listing, then paid there or with it
    { text: "Q R in photo 2, pay there pls", start: 0, end: 25, value: "qr in photo 2, pay there" },
    { text: "the qr's on the last slide, pay with it", start: 4, end: 39, value: "qr's on the last slide, pay with it" },
    // round 86: a payment bar code sent to the buyer with 給 (收款條碼傳給你); a QR code scanned, then the money handed over in Cantonese (掃咗直接過數) (not a code scanned to see a menu)
    { text: "街口收款條碼傳給你了，付完講聲", start: 2, end: 9, value: "收款条码传给你" },
    { text: "右上角個 QR code 掃咗直接過數就得", start: 5, end: 19, value: "qr code 扫咗直接过数" },
    { text: "呢個碼掃完就入數，唔使落單", start: 2, end: 8, value: "码扫完就入数" },
    // round 88: a wallet's code named by the wallet and scanned for a charge or a fee, the wallet spelled with hyphens too
    { text: "scan our wechat pay code for sample fee", start: 0, end: 39, value: "scan our wechat pay code for sample fee" },
    { text: "kindly scan this A-l-i-p-a-y code for the freight cost", start: 7, end: 54, value: "scan this alipay code for the freight cost" },
    // round 89: the code's instruction to pay quoted after it
    { text: "a QR code to 'pay the customs fee' was in the parcel", start: 2, end: 17, value: "qr code to 'pay" },
    { text: 'the card had a QR code saying "pay here for faster shipping"', start: 15, end: 34, value: 'qr code saying "pay' },
    // round 90: Indian English scanner for a UPI app's payment QR, sent or 'my'; not the app's own scanning screen
    { text: "sharing my Paytm scanner, pay the booking amount", start: 11, end: 24, value: "paytm scanner" },
    { text: "here's our PhonePe scanner, send 500 advance", start: 11, end: 26, value: "phonepe scanner" },
    // round 91: the code in the next picture paid there; a receiving or payment code attached or pointed at, then the screenshot of the payment asked
    { text: "the qr's on the next slide → pay through it, I post same day", start: 4, end: 43, value: "qr's on the next slide → pay through it" },
    { text: "our collection code is pinned 📌 — the receipt goes to me after", start: 15, end: 29, value: "code is pinned" },
    { text: "collection code is above ☝️ pls transfer and send the receipt", start: 11, end: 24, value: "code is above" },
    // round 92: a person-to-person wallet's code named as the writer's, then 'scan it'; the wallet's code sent or in the picture, scanned
    { text: "our cash app code is on the flyer, scan that before pickup", start: 4, end: 12, value: "cash app" },
    { text: "scan the paypal qr in the pic and i'll ship today", start: 0, end: 29, value: "scan the paypal qr in the pic" },
    { text: "scan the revolut qr in the screenshot and the lamp is yours", start: 0, end: 37, value: "scan the revolut qr in the screenshot" },
    // round 95: a wallet's code or barcode named by a wallet the older forms did not name; a wallet named, then its code in one of the listing's pictures
    { text: "send via my phonepe qr, cheaper than the app", start: 12, end: 22, value: "phonepe qr" },
    { text: "here's my opay barcode, pay and send ss", start: 10, end: 22, value: "opay barcode" },
    { text: "we accept gcash only, scan the qr in the 2nd photo", start: 31, end: 50, value: "qr in the 2nd photo" },
    { text: "pay thru zelle, qr is the last listing pic", start: 16, end: 42, value: "qr is the last listing pic" },
  ],
});
