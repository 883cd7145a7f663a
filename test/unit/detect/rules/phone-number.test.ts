import { ruleTester } from '../rule-tester';

ruleTester('phone-number', {
  valid: [
    "msg my QQ 417 905 226 for the bulk rate", // a QQ number after the app's name: qq-number's, not a phone line
    "my qq is 4 1 7 9 0 5 2 2 6, msg me there for sizes",
    "订单号 13912345678 请核对",
    "call our hotline on 0161 496 0733", // a call to "our" hotline is the company's line
    // a range sign with a "remove" instruction but no phone-shaped number
    "price 100~200 yuan, remove the ~ if you like",
    "尺码 160~170 去掉~号就是身高",
    // a company's toll-free line written the North American way (its digits also look like a mainland mobile)
    "Their customer service number is 1-888-555-0123, open weekdays",
    "Apple support: 1 (800) 275-2273",
    "订单编号 13800138000123",
    "联系电话：138****0000（已隐藏）",
    "快递单号 SF1380013800",
    "客服热线 400-820-8820",
    "价格 ¥1380013800",
    // a notice addressed to the owner of a number, not a number offered as a contact
    "手机号15011112222的用户请注意查收短信验证码",
    "绑定手机 18766665555 的会员：积分即将到期",
    "尊敬的客户，动态码已发至 13722223333，请勿泄露",
    // a landline someone mentions, or a service line, even with an extension
    "我打了商家座机0571-87026634，没人接",
    "客服电话 0571-8702 6634 转2",
    "请致电客服热线 021-6234 5678 转 1",
    "酒店前台 0571-87026634",
    "客服專線 02-2345-6789 歡迎來電",
    // O inside a word or a code stays a letter
    "H2O bottle 500ml, model 3o4x",
    // "oh" as the interjection or a time, beside number words: no number read out
    "Oh, one two three four five six seven, that's how many I bought",
    "we open at nine oh five every morning, call or text for directions",
    "ring size seven oh no it was too small",
    "text me when you get to gate two oh four",
    // 打 as 打折/打包 near a number that is not offered
    "打包发货，订单 61234567 已出库",
    "全场打8折，库存 52345678 件",
    "msg sent, order no. 0412 558 111",

    "size 8, one 10, two 12 left in stock",
    "尺码160、165、170、175都有",
    "第一、二、三、四名",
    "价格199、299、399",
    "call me 150,000,000",
    "价格1,299,000",
    "换个屏幕2600，3988的电话也就这样",
    "iPhone 15 plus 128 256 colours",
    // an English label with its "number / no. / ID" words before the number, however long they make it
    "Wrong size sent. Order number 4155550123, please exchange",
    "Where is it? Tracking no. is 0412345678",
    "Invoice ID: 0917 552 8034 for my records",
    // "ring" and "me" inside other words are no call to the writer
    "Re-ordering soon, saw this number 0412 345 678 on the box",
    // a call to the shop's service line or the courier named between (打给客服, 打给快递员)
    "售后问题请打给客服 02-2345-6789",
    "打给快递员 0935-221-806 改地址",
    // a repair line that is a hotline, in its own clause
    "维修热线 2345 6789 服务时间9点到6点",
    "售后问题请打维修热线，我们热线 2345 6789",
    "洽詢專線 02-2345-6789 週一至週五", // a company's enquiry line: not a person's
    '打这个折扣码 20231105 可以用', // the pointed-at thing is a code, not a number to call
    '打这个单号 773012345678 查物流',
    // a 95 service line reached for a company ("we")
    "打95105188找我们客服",
    // two sums told in turn are no number in parts
    "价格 199 然后满 300 减 50",
    "订单号我报一下 13812345678", // the order's number said out
    "size 420 then 1 2 more pairs, call me",
    "can you send your order number? mine is 2024051812345 and it still says processing", // an order's number compared
    "which model number do you have? mine is 09174528806", // a model number
    // Taiwan's order, tracking and pickup numbers beside 请电/电洽, a handbag's size, an invoice's tax number, a hotline
    "訂單編號 0958312746 請電洽客服查詢",
    "物流單號 0918226735，請電話確認收件",
    "7-11 取貨編號 09213654 已到店",
    "手提包尺寸 3028 1612 公分",
    "申請電子發票請填統一編號 24536806",
    "客服請電 02-2345-6789 轉 12",
    "請電商客服幫忙查 0936781245 這筆訂單",
    // a hotline to book by phone; an order number with one number word among its digits
    "打電話訂位請撥客服熱線 2345 6789",
    "订单号 1 2 3 four 5 6 7 8 9",
    // 后面 between quantities or after an order number is no second half of a phone
    "我要 12 件，后面 200 件再补",
    "订单号 2024 0512\n后面 3391 是物流单号",
    "use promo code 3127085519 at checkout",
    // an order number in two labelled halves is still an order number
    "订单号前六位 240611，后五位 88231",
    // a number word among sizes, too few digits for a number
    "sizes 6 7 8 nine 10 11 in stock",
    // a buyer asking the shop whether a request was really its own
    "有人让我打这个电话 13812345678 说能便宜，是你们的人吗",
    "someone messaged me asking me to call +1 415 555 0134 for a deal — was that really you?",
    // "double" and number words that count things, not a number read out
    "a double bed, two pillows, three towels, 4 5 6 7 8 hangers",
    // round 45: a service line with the service named in the next clause stays the company's
    "售后电话 0935-530-723，客服周一到周五在线",
    "维修请拨 02-2345-6789，客服下班后转留言",
    "退货请联系平台客服，电话 4008-123-456",
    "满300 🎉 减50 🎉 送20，下单 1 🎁 2 🎁 3 件",
    // round 55: the call asked for with an order number after, in the next sentence; a call refused
    "Call me for the moving quote, I'll send the link in the app. Order 4152837716",
    "Please don't call me for the quote, the app chat is fine",
    // round 57: the writer's inability (我不会打字, 不会用这个软件) is no negation of the number after it; a shop that will not use a private number still is
    "我们不会用私人手机号联系您 有事在平台上说",
    "放心 商家不会打电话骚扰你 订单号 13912345678 可以查",
    // round 59: a toll-free line is still the company's
    "Call our store at +1 (800) 642-7676 for opening hours",
    // round 62: an order or tracking number that reads as a date (eight digits), its label a clause before: the order's
    "tracking number 我发你 就是 二零二四一二三零 你看下",
    "order no 我念给你 是 二零二五零七二一 麻烦查下",
    // round 65: the hotline's number with a pickup after it, an order's number before one
    '客服电话 718 555 0987 门店自取请先致电',
    '订单号 7185550987 自取时出示',
    // round 64: a call to the writer asked for right after the number, when to ring said between (…晚上打來, …有空打给我, "… call me after 6")
    "0912345678 打包好了",
    "訂單 2024031588 打來查詢",
    "客服專線 0800 123 456 打來可查",
    // round 67: the shop's repair desk ("us") or its hotline named, not the writer
    "维修请打售后热线 0912 345 678",
    "保修的问题打给我们维修站 0935 218 467",
    // round 70: the shop's desk (问我们客服) after a label and a channel; a dated number with no channel
    "发货时间电话问我们客服：400 800 1234",
    "订单时间 2024 0315 1234 问我也行",
    // round 75: a bell that is no call, a shop's hours with no call asked, a seven-digit code with an area word that is no area code
    "the bell on 0412 is a doorbell model",
    "store open after 6pm, 0412 345 678 is our stock code",
    "order 8675309, area code 415 is where we ship",
    // round 80: "contact" as the clause's own verb right before the number; not a contact's details named, a support line, or contact asked after an order's number
    "contact details 0722 456 789 are on the invoice",
    "customer support contact 0800 123 456",
    "order 0722456789 shipped, contact us if it is late",
    // round 83: an order or a parcel with an SMS notice
    "order 9123 4567 sms notice sent",
    "your parcel 8123 4567 8901, sms updates on",
    // round 84: a number given in Tagalog-English with no ask to reach the writer
    "nasa 0917 555 1234 po ang rider, siya na bahala",
    // round 85: an en or em dash between a number's groups
    "price range 1500 – 2000 ringgit, call for details",
    // round 86: a number's first group led by the letter O with an I or l in it (O9l2 …), as a filter is dodged (not an O2 carrier name)
    "O2 sim card 3 pack",
    "oil 2 345 678",
    // round 87: the shop's line told, an order or a size number beside Portuguese words
    "ligue para a loja 11 97654-3210",
    "pedido 11 97654-3210 enviado",
    "me liga amanhã, o pedido é 11976543210",
    // a mobile of an English-speaking market written as at home with no phone word: not in Chinese text (07xx and 08xx
    // open landlines' area codes there), not a bank's or a wallet's account, not an IBAN's groups, not New Zealand's 02
    "河源门店 0762-1234567",
    "长沙 0731 1234 567 来店自提",
    "acct 0123 456 789, Maybank",
    "Pay into Zenithbank 0812 345 6789",
    "routing 021000021, account 4839201",
    "IBAN GB29 NWBK 6016 1331 9268 19",
    "order 0412 555 019 shipped",
    "021 123 4567",
    "(212) 555-0147 store hours 9-5",
    // round 90: no. after my, hp or contact is the phone number, not an order's label
    "order no. 9173 2284 shipped today",
    "my order no. 91732284 still pending",
    // round 95: a brand's care or toll-free line (1800/1300 with a care word, even in a mainland mobile's shape), and a
    // number hyphened onto a code of letters (an order's or a reference's id)
    "Bosch service centre: customer care 1800 266 1880, Mon-Fri",
    "for repairs call Dell Care 1800-425-4026",
    "toll free 1800 209 8877 (9am-9pm)",
    "my order ORD-2024-558812 hasn't shipped",
    "ref ABX-77-4120-9931 on the invoice",
    "lot 0412 555 019 ready for pickup",
  ],
  invalid: [
    { text: "QQ：15300427719 加我", start: 3, end: 14, value: "15300427719" }, // a mainland mobile after QQ's name is still a phone
    { text: "订单问题打我电话 13912345678", start: 9, end: 20, value: "13912345678" }, // (a channel named after a label (订单) takes the number back from it)
    { text: "Happy to chat it over by phone, I'm on (312) 555-0147 after six", start: 39, end: 53, value: "3125550147" }, // "I'm on …": where the writer answers
    { text: "To reschedule your parcel please call our delivery agent on 07700 914823 today", start: 60, end: 72, value: "07700914823" }, // a call asked for to "our agent": a courier scam's number
    { text: "Ring my assistant at 0161 496 0733 to book", start: 21, end: 34, value: "01614960733" },
    { text: "有事打我 186 0011 2233", start: 5, end: 18, value: "18600112233" },
    // grouped with non-breaking hyphens (U+2011), as a word processor or a phone's share sheet writes them
    { text: "有事打我 137\u20112290\u20118813", start: 5, end: 18, value: "13722908813" },
    // a call to someone named between the verb and the number (the fitter, the boss), in Taiwan's mobile format
    { text: "量尺寸請直接打給老闆 0935-221-806", start: 11, end: 23, value: "0935221806" },
    { text: "送貨時間拨電話給司機 02-2756-3391 确认", start: 11, end: 23, value: "0227563391" },
    // the label belongs to the question before; the call is the writer's own
    { text: "Order number? Call me on 0412 345 678", start: 25, end: 37, value: "0412345678" },
    { text: "Ordered twice, ring me 0412 345 678 if stock comes", start: 23, end: 35, value: "0412345678" },
    { text: "手机 幺五九 一二三四 五六七八", start: 3, end: 16, value: "15912345678" },
    { text: "call me on +44 7911 123456", start: 11, end: 26, value: "447911123456" },
    { text: "电话13912345678找王姐", start: 2, end: 13, value: "13912345678" },
    { text: "電話0933-456-789面交更方便", start: 2, end: 14, value: "0933456789" },
    { text: "有货，直接打我 15011112222", start: 8, end: 19, value: "15011112222" },
    { text: "17788889999", start: 0, end: 11, value: "17788889999" },
    { text: "验证码收不到？打我手机15011112222", start: 11, end: 22, value: "15011112222" },
    // a landline offered with "please call", the extension is part of it
    { text: "大批量欢迎来电 021-6234 5678 转 203 王经理", start: 8, end: 27, value: "02162345678" },
    { text: "to order call us at (212) 555-0147 ext. 12", start: 20, end: 42, value: "2125550147" },
    // the invitation after the number, in traditional characters
    { text: "電話 02-2345-6789 轉 12 歡迎來電洽詢", start: 3, end: 20, value: "0223456789" },
    // the letter O written for the digit 0
    { text: "text me 139 OO12 3456", start: 8, end: 21, value: "13900123456" },
    { text: "my cell +44 7700 9OO 123, ring me", start: 8, end: 24, value: "447700900123" },
    // number words with single digits mixed in
    { text: "text me two one two, five 5 5, 0 one four 7", start: 8, end: 43, value: "2125550147" },
    { text: "主播手机幺三九、零零一二、三四五六 下播打我", start: 4, end: 17, value: "13900123456" },
    { text: "电话138、0013、8000找我", start: 2, end: 15, value: "13800138000" },
    { text: "Call me plus four four, seven seven zero zero, nine one two, three four five", start: 8, end: 76, value: "447700912345" },
    { text: "电话138，0013，8000找我", start: 2, end: 15, value: "13800138000" },
    { text: "sold 150,000 units, call 415,555,0199", start: 25, end: 37, value: "4155550199" },
    { text: "WhatsApp at plus 44 7700 900123", start: 12, end: 31, value: "447700900123" },
    // a symbol between the digit groups with an instruction to remove it
    { text: "For pickup text 0412~345~678, remove the ~", start: 16, end: 28, value: "0412345678" },
    { text: "手机 139#1234#5678 去掉#号", start: 3, end: 16, value: "13912345678" },
    // written 1-xxx-xxx-xxxx: a North American number, still a contact when offered
    { text: "call/text 1-213-555-0147 for the item", start: 10, end: 24, value: "12135550147" },
      // chat shorthand (txt, msg) and the Cantonese call verb 打 right before the number
    { text: "Pickup only, txt 0413 227 905 after 6pm", start: 17, end: 29, value: "0413227905" },
    { text: "pls msg 0423 111 987 thx", start: 8, end: 20, value: "0423111987" },
    // emoji keycap digits after the shorthand: offsets cover the whole keycaps
    { text: "txt 0️⃣4️⃣2️⃣3️⃣ 1️⃣1️⃣1️⃣ 9️⃣8️⃣7️⃣ pls", start: 4, end: 36, value: "0423111987" },
    { text: "要就打 6 1 2 3 - 8 8 7 6 啦", start: 4, end: 21, value: "61238876" },
    { text: "维修进度有问题打电话问最快，我手机 9123 4567", start: 18, end: 27, value: "91234567" }, // the writer's own mobile; the repair is the errand
    { text: "訂購請洽 0912-555-321 林先生", start: 5, end: 17, value: "0912555321" }, // Taiwan's 请洽 ("enquire with") before a mobile
    { text: "零 售 / 批 發 請 洽\n0 9 3 3 - l 2 8 - 4 O 6", start: 14, end: 37, value: "0933128406" }, // an image's text: spaced, l and O for digits
    { text: "Spares are cheaper direct, phone Lerato at 082 555 1234", start: 43, end: 55, value: "0825551234" }, // a call to one person named by a word
    { text: "團購請直接打這支 0988 123 456 訂貨", start: 9, end: 21, value: "0988123456" }, // the number pointed at between the call verb and it (这支, 呢个, 以下号码)
    { text: "訂位打呢個 6123 4567", start: 6, end: 15, value: "61234567" },
    { text: "想下單的拨以下号码 139 1234 5678", start: 10, end: 23, value: "13912345678" },
    // a Hong Kong mobile starting 95, the writer found on it
    { text: "有事直接打 95187342 找我", start: 6, end: 14, value: "95187342" },
    { text: "call 9512 3456 to reach me", start: 5, end: 14, value: "95123456" },
    // a number dictated in parts with "then" between them (然后, 最后, "then")
    { text: "有意的打我手机：一五八 然后 三三二一 然后 九零七六", start: 8, end: 27, value: "15833219076" },
    { text: "call me on 415, then 555, then 0173 after six", start: 11, end: 35, value: "4155550173" },
    { text: "号码印在收据上了 算了我直接说 139 1234 5678", start: 16, end: 29, value: "13912345678" }, // the writer saying the number out after a receipt named
    { text: "发票还没到 那我直接念吧 一三九 一二三四 五六七八", start: 13, end: 26, value: "13912345678" },
    // the part after "then" spaced or dotted digit by digit
    { text: "call me on 07700 then 9.0.0.4.6.1", start: 11, end: 33, value: "07700900461" },
    { text: "what's your cell? here's mine: 07700 900 123", start: 31, end: 44, value: "07700900123" },
    { text: "pls give ur number para ma-text kita, mine is 0918 765 4321 po", start: 46, end: 59, value: "09187654321" },
    // a number read out with "oh" or "o" for zero (US, UK)
    { text: "text me at four one five, oh two three, nine nine oh one", start: 11, end: 56, value: "4150239901" },
    { text: "for bulk orders ring me on oh seven seven oh nine, one two three four five six", start: 27, end: 78, value: "07709123456" },
    { text: "call 212 five five five oh one nine eight after 5", start: 5, end: 41, value: "2125550198" },
    { text: "txt me: three one two, seven o six, four four nine one", start: 8, end: 54, value: "3127064491" },
    // Taiwan's and Hong Kong's own words for "call" (請電, 電洽, 電聯, 詳洽; 手提 for a mobile), full-width digits spaced,
    // and the country code written without its plus
    { text: "二手沙發九成新，面交請電 ０９５８ ３１２ ７４６", start: 13, end: 25, value: "0958312746" },
    { text: "意者請電：0918-226-735 王小姐", start: 5, end: 17, value: "0918226735" },
    { text: "電洽 0921.554.802 陳先生，限台北面交", start: 3, end: 15, value: "0921554802" },
    { text: "詳洽0936 781 245", start: 2, end: 14, value: "0936781245" },
    { text: "意者電聯 0975-331-628", start: 5, end: 17, value: "0975331628" },
    { text: "有興趣請電 6128 4573 黃生", start: 6, end: 15, value: "61284573" },
    { text: "手提 9345 6172，WhatsApp 同號", start: 3, end: 12, value: "93456172" },
    { text: "請電 886-918-226-735", start: 3, end: 18, value: "886918226735" },
    { text: "Call or text 852 6234 8819 for viewing", start: 13, end: 26, value: "85262348819" },
    // a call to order, the number after it; one number word among spaced digits
    { text: "想訂就打電話訂 6123 4567", start: 8, end: 17, value: "61234567" },
    { text: "call me on 9 one 7 4 8 2 6 0 5 3", start: 11, end: 32, value: "9174826053" },
    // the number in halves, the second named on its own line; "area code" is the phone's, no label
    { text: "手机号前面 139 1274\n后面 8856，晚上打给我", start: 6, end: 22, value: "13912748856" },
    { text: "Ring me, area code 415\nthen 826\nthen 3370", start: 19, end: 41, value: "4158263370" },
    // a number sent in two labelled halves (前五位 / 后六位, 前半 / 後半, first half / second half)
    { text: "手机号分开发：前五位 13912，后六位 345678", start: 11, end: 27, value: "13912345678" },
    { text: "電話分兩段：前半 0912 345，後半 678，打來問", start: 9, end: 24, value: "0912345678" },
    { text: "my number, first half 0917 234, second half 5678 — text me", start: 22, end: 48, value: "09172345678" },
    // …or in three (前三位 / 中间四位 / 后四位, "first 3 … middle … last 4")
    { text: "电话：前三位139 中间四位1234 后四位5678", start: 6, end: 26, value: "13912345678" },
    { text: "text me: first 3 digits 415, middle 555, last 4 digits 0134", start: 24, end: 59, value: "4155550134" },
    // one English number word among single digits
    { text: "call me on 0 7 nine 0 0 1 2 3 4 5 6 after six", start: 11, end: 35, value: "07900123456" },
    // the request recounted and the buyer going along with it: no doubt put to the shop
    { text: "有人让我打这个电话 13812345678 说能便宜，我打了", start: 10, end: 21, value: "13812345678" },
    // "double" and "triple" before a digit said two or three times
    { text: "ring me on oh seven double seven one, triple four 2 6 8", start: 11, end: 55, value: "07771444268" },
    // round 45: the writer's number, then the platform's service called slow in the next clause
    { text: "換貨直接打我 0912 345 678，平台客服只會複製貼上", start: 7, end: 19, value: "0912345678" },
    { text: "退款的事打給我 0958-221-604，淘寶客服回得太慢", start: 8, end: 20, value: "0958221604" },
    { text: "call me on 0917 555 2841, Shopee support takes forever", start: 11, end: 24, value: "09175552841" },
    // round 45: the digit groups split by an emoji outside the BMP (two code units, one separator)
    { text: "售后有问题加我 139 🌟 2210 🌟 8765", start: 8, end: 27, value: "13922108765" },
    // round 55: the call or text asked for what it is about, the number after that errand
    { text: "Call me for the sofa delivery quote: four one five, two eight three, seven seven one six", start: 37, end: 88, value: "4152837716" },
    { text: "text me about the cleaning slot on 415 283 7716", start: 35, end: 47, value: "4152837716" },
    // round 57: the writer's inability (我不会打字, 不会用这个软件) is no negation of the number after it; a shop that will not use a private number still is
    { text: "老眼昏花不会打字了 有事打我手机 一三九 五五八二 七七零四", start: 17, end: 30, value: "13955827704" },
    { text: "我不会弄这个软件 你打给我 158 0231 6647 我儿子不在家", start: 14, end: 27, value: "15802316647" },
    // round 59: a call to someone of the writer's side, the number with its country code's plus, three words between
    { text: "Please call our claims officer at +1 (312) 664-7780 today.", start: 37, end: 51, value: "3126647780" },
    // round 62: eight digits shaped as a date with no order's label before are still a landline offered
    { text: "座机号码 2024 0315 有事打给我", start: 5, end: 14, value: "20240315" },
    // round 65: a number after a bare phone word, a pickup or a meeting offered right after it: the writer's own line
    { text: '电话 七一八 五五五 零九八七，法拉盛自提', start: 3, end: 15, value: '7185550987' },
    { text: 'phone 646 555 0144, pickup in Queens', start: 6, end: 18, value: '6465550144' },
    // round 64: a call to the writer asked for right after the number, when to ring said between (…晚上打來, …有空打给我, "… call me after 6")
    { text: "0912-345-678 有空打給我", start: 0, end: 12, value: "0912345678" },
    { text: "零九二八 六一三 五零四 下班後打來", start: 0, end: 12, value: "0928613504" },
    { text: "9123 4567 call me after 6", start: 0, end: 9, value: "91234567" },
    // round 67: the errand (维修, 售后, 保修) said first, then the reader told to ring the writer right before the number
    { text: "保修的问题您直接打给我 0935 218 467 就行", start: 12, end: 24, value: "0935218467" },
    { text: "售后那边慢，你拨给我 0921-773-508", start: 11, end: 23, value: "0921773508" },
    // round 70: a label, the channel right after it, then the writer asked or found on it (发货时间电话问我)
    { text: "到货时间手机找我：139 1234 5678", start: 9, end: 22, value: "13912345678" },
    { text: "发货时间电话问我最准：186​ 5530​ 2147", start: 11, end: 26, value: "18655302147" },
    // round 75: the call by its British and Australian names right before the number (give us a bell on, buzz me on); an hour to ring right after the number, the call asked just before it; a seven-digit number with its area code told after it
    { text: "give us a bell on 0412 345 678 for pickup", start: 18, end: 30, value: "0412345678" },
    { text: "buzz me on 0412 345 678 when you're outside", start: 11, end: 23, value: "0412345678" },
    { text: "phone 0412 345 678 after 6pm", start: 6, end: 18, value: "0412345678" },
    { text: "text 415 555 0123 evenings", start: 5, end: 17, value: "4155550123" },
    { text: "my number is 867-5309, area code 415", start: 13, end: 36, value: "4158675309" },
    { text: "text 867 5309 (area code 415) for the address", start: 5, end: 28, value: "4158675309" },
    // round 80 (see the valid cases above)
    { text: "Contact 0722 456 789 for viewing", start: 8, end: 20, value: "0722456789" },
    { text: "sofa still there. kindly contact: 0803 555 1234", start: 34, end: 47, value: "08035551234" },
    { text: "Tiles, 40 boxes - contact 91234 56780, Pune", start: 26, end: 37, value: "9123456780" },
    // round 83: "sms" said after the number as the way to reach it
    { text: "0412 345 678 sms only, no calls", start: 0, end: 12, value: "0412345678" },
    // round 84: Tagalog-English "text me at", the particles between ("txt mo na lang po ako sa …")
    { text: "i-text niyo na lang kami sa 0998 765 4321 para sa size", start: 28, end: 41, value: "09987654321" },
    // round 85: an en or em dash between a number's groups
    { text: "Call/SMS +65 9123 — 4567 for same-day delivery", start: 9, end: 24, value: "6591234567" },
    { text: "whatsapp me +60 12–345 6789", start: 12, end: 27, value: "60123456789" },
    // round 86: a number's first group led by the letter O with an I or l in it (O9l2 …), as a filter is dodged (not an O2 carrier name)
    { text: "有事打 O9l8.223.416 找我", start: 4, end: 16, value: "0918223416" },
    { text: "call O4I2 556 781 after 6", start: 5, end: 17, value: "0412556781" },
    // round 87: Portuguese "call me" or "message me" before the number
    { text: "me chama 11 97654-3210 pra fechar a skin", start: 9, end: 22, value: "11976543210" },
    { text: "me liga 11 9 7654 3210, conta full", start: 8, end: 22, value: "11976543210" },
    // a mobile of an English-speaking market written as at home, no phone word needed: its prefix says it is a person's
    { text: "0412 551 870 - ask for Dave", start: 0, end: 12, value: "0412551870" },
    { text: "pics on 07788 123 456 if u want", start: 8, end: 21, value: "07788123456" },
    { text: "still avail? 0905 448 1276 po", start: 13, end: 26, value: "09054481276" },
    { text: "Abeg 08123456780, I dey Ikeja", start: 5, end: 16, value: "08123456780" },
    // round 90: no. after my, hp or contact is the phone number, not an order's label
    { text: "my no. is +65 8123 4567, text after 6", start: 10, end: 23, value: "6581234567" },
    { text: "contact no. +65 nine one two three, four five six seven", start: 12, end: 55, value: "6591234567" },
    // round 95 (see the valid cases above): the writer's own line still read beside a care word or a lot
    { text: "pickup only, text me 0803 412 7789 if you want the lot", start: 21, end: 34, value: "08034127789" },
    { text: "call me on 0412 556 781, not the warranty line", start: 11, end: 23, value: "0412556781" },
    { text: "customer service too slow, call me on 1800 266 1880", start: 38, end: 51, value: "18002661880" },
    // round 95: a label's word, then the writer's "call me" or "text me" right before the number: the verb takes it back
    { text: "for the whole lot call me on 0412 556 781", start: 29, end: 41, value: "0412556781" },
  ],
});
