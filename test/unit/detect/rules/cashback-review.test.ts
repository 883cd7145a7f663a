import { ruleTester } from '../rule-tester';

ruleTester('cashback-review', {
  valid: [
    // round 98: a warning still suppresses; a scam word the writer denies (不是骗子) does not (invalid below)
    "谨防诈骗，晒图私我领现金的都是骗子",
    // round 96
    "leave a 5-star rating, it helps a lot",
    "直播间抢🧧啦",
    // round 96
    "能把三星改了吗",
    "Please leave feedback if you are happy",
    "Please don't feel pressured to leave 5 stars, we'd much rather have real feedback",
    // round 96
    "Thanks for the review! Get 5% off with code THANKS5",
    "好评返现？没有的哈亲，如实评价就好",
    "hp打印机好评",
    // 返图: photos sent back for the buyer show, a gift with no claim off the platform
    "买家秀返图送小礼品，活动规则见详情页",
    // the shop's own coupon for a review (the platform's), and gift cards or vouchers sold as goods beside a rating
    "好评后送店铺优惠券，下次购物可用",
    "全家商品卡 100元面额 现货",
    "本店出售星巴克礼品卡 好评率99%",
    "we sell $25 Starbucks gift cards, rated 5 stars by buyers",
    "$15 starter kit, five stars from our buyers",
    // a refund as the shop's terms, and a refund the buyer got, beside a 5-star review
    "差评删不了，退20元运费已经退到您账户", // the review cannot be taken down; the refund is the order's own
    "差评是您的权利，退您20元运费已处理",
    "Please screenshot to me the error message and I'll transfer the ticket to our tech team.", // a screenshot for support, no review
    "Would you mind leaving a review? Send me a screenshot of the damage and I'll refund you.",
    "Damaged items are fully refunded. Please leave an honest 5-star review if you're happy.",
    "这款珐琅胸针好pin，返场款也收了", // 好pin as a badge praised, no money reward
    "I got the broken one refunded, and left a 5-star review for the quick service.",
    // a rupee price near a review ("Rs." is no sentence end)
    "Please leave a review, the price is Rs. 299 with free delivery",
    // airtime sold, a price, or a model number after a review
    "Leave a review to help others; ₦5000 airtime cards sold here",
    "I'd review it 5 stars but it cost ₦20000 and broke in a week",
    "Rated 5 stars by nurses: get N95 masks in packs of 10",
    // a Taglish ask (pa-) with no reward
    "Pa-5 stars naman, thank you po!",
    "Rated 5* by over 2,000 buyers, thank you",
    "call 1385****8000 for a review",
    // a currency sign and a claim word beside a review, but no cash claimed for it
    "好評的朋友都說回饋金活動是平台辦的，我沒參加",
    "五星好评，领取¥5优惠券用掉了",
    "宝贝好评，说明书背面有二维码扫码领保修卡",
    "好评送的赠品很好看，卡片背面有使用说明",
    "五星好评！扫码下单很方便",
    "Gave it 5 stars, cost me 20 ringgit",
    "5 star rating, paid 30 pesos for it",
    "好评率 99%",
    // the reward asked back and denied in one word: the writer says there is none
    "晒图返现？没有哦，纯属自愿分享",
    "五星好评送红包？没有的。是东西真的好",
    "五星好评！之前汇了100元给卖家做定金，发货很快", // the buyer's own remittance told, to the seller
    "五星好评，我转了50元给你们",
    "满300返50购物金（平台活动）",
    "晒图好评的亲们谢谢支持",
    // near misses: a price or the buyer's own refund beside a rating, refusals, reports of an on-platform red packet
    "I'd give 5 stars but it costs $50 more than elsewhere",
    "I'll leave a good review once I get my refund",
    "Gave it 5 stars, paid $30 and worth it",
    "We never offer refunds or gift cards for reviews.",
    "We can't give cash for reviews, it's against Etsy policy",
    "Please leave a 5-star review if you're happy!",
    "Would give five stars, shipping was $5 though",
    "Left positive feedback, paid via PayPal",
    "Free £5 delivery for 5-star rated shops", // a free sum of shipping is the shop's terms
    "The seller asked me to change my review and offered a refund",
    // a buyer telling of a card found in the parcel, and judging it
    "Found a note in the parcel offering $5 back for a five star review. Not okay.",
    "The package came with a card promising a free gift for a 5 star review, pretty tacky.",
    "Five stars. Great gift, I bought a gift card too",
    "好评！送货很快，红包也用上了",
    "晒图给大家看看，顺便说下红包是京东发的",
    "好评，卖家说会补个差价给我",
    "我们不提供任何好评返现，请如实评价",
    "Reviews are never rewarded with gift cards or refunds",
    "给五星好评的朋友们，谢谢你们的红包雨活动支持",
    // a rating mentioned beside a free item, a plain request for a review
    "The 5-star reviews mention you get a free tote",
    "好评！微信红包封面很好看",
    "给个好评吧，谢谢亲",
    // a platform's review-gift promotion
    "评价送耳机的活动很划算，已领取",
    // a review asked for with no reward, a refund not tied to the review, thanks
    "Please leave a review, and if you're not happy we refund you",
    "Write a review to tell others, we send you updates",
    "We reward loyal customers with points",
    "Thanks for the 5 star review! We sent you a thank-you note",
    "We removed the review at your request, your refund was processed by Amazon",
    "Leave a review to help other buyers, thanks!",
    // cashback judged forbidden
    "好评返现是违规的，本店不做",
    "Paid 5-star reviews with gift cards are prohibited",
    // a voucher the buyer got, a platform coupon
    "好评！商家送的代金券很实用",
    "五星好评，收到京东送的优惠券",
    // buyers saying there was no cashback; a percentage that is not a reward
    "质量很好，晒了图，没拿到返现也给好评",
    "已经好评了，不是为了红包，是真的好用",
    "没有任何返现，纯自愿好评",
    "I gave 5 stars, the price was 20% lower than elsewhere",
    // Cantonese 冇, a shop's notice that it runs none
    "冇好评返现的，大家放心买",
    "本店不设好评返现活动",
    "我们从来不搞好评返现",
    "给了五星评价，卖家说下次来领优惠券",
    "Please fill the form 2 and send us a review",
    // a price compared or a threshold, not a sum given back
    "五星好评的款，价格不过20元",
    "好评多，比街市平过20蚊",
    "五星好评超过100元的订单包邮",
    // a card in the parcel read out by the buyer, who ignored it or complained to the platform
    "包裹里塞了张小卡，写着晒图返现8元，我没理",
    "卡片上印着五星好评返红包，已经投诉给平台了",
    // a screenshot asked for with no reward beside it, or the shop's own shipping terms, or proof of a fault
    "Thanks for your order! Leave a good review and send us a photo of it in your home",
    "Free delivery over $40. Leave a review and send us a screenshot if anything arrived broken",
    "Loved it? Write a review. Send proof of damage to support within 7 days",
    // the proof and the order number in one long sentence, then the shop's plain refund or a replacement (no reward)
    "Leave us a review or email proof of purchase with your order number and we'll refund you in full",
    "Please leave a review, send proof with your order number and we will send your replacement right away",
    // a voucher or gift card that is not paid for the rating
    "Five stars, used the store voucher at checkout",
    "5 star review from me, bought it with a gift card",
    // someone else's offer reported by a buyer (有人留/有人说…), then judged false (是假的, 别信, 骗人的)
    "评论区里有人说加v好评返现20，别信，骗人的",
    "有人私信我说晒图返现10元，都是假的，客服说没这活动",
    // giving back (回馈) with no cash or red packet named: a thank-you, a members' day
    "感謝每一則五星好評，我們會持續回饋老顧客",
    "會員日回饋活動 全館滿千送百",
    // a sum paid back as the shop's terms, no screenshot sent: a damaged item's price
    "收到后请给个好评，若有破损我们退回20元差价",
    // a screenshot sent for an on-platform coupon is the platform's promotion
    "晒图好评后截图发客服，可领店铺优惠券",
    // the buyer's own Cantonese transfer told in a review, to the shop (俾你哋) or with no one named
    "五星好評，過數$200之後好快發貨",
    "好评，过数200蚊俾你哋之后第二日到",
    // a rating joined with a photo review and the shop's shipping, no reward
    "5 stars + photo review please, we'll send your next order faster",
    "Five stars and a video review from me, the seller sent $20 less than the listing said so I asked",
    "Please leave 5 stars if you liked it; we sell ₱50 load cards too", // prepaid load as the shop's goods
    "Please leave a 5 star review! Returns: we refund your postage only if the item is faulty.",
    "五星好评\n充值很快到账", // a review of a top-up
    '亲，带图评价不会返现的，平台有规定', // the reward itself denied (不会, 不能, 唔会)
    '晒单不能返红包哦，感谢理解',
    '五星好评唔会返现㗎',
    "We'd love your feedback on the gift card design.", // a wish for feedback, no rating: no ask
    "We'd love a 5-star review. Thanks again for your order!",
    // a five-star hotel, and stars asked for with no reward (Indonesian)
    "hotel bintang 5 di Bali, sarapan enak",
    "Kasih bintang 5 ya kak kalau puas, terima kasih",
    "五星好评，超市礼券用起来很方便",
    "好评率高的店，支持薇信支付", // a review word and a wallet by a homophone, no reward
    "感谢您的好评！截图保存好，有问题随时联系客服",
    "Leave a 5-star review if you like it! Next order ships in 2 days",
    "Leave a review if you like, we read them all and send a thank-you note", // a note, no gift
    "好评晒图后有任何问题请联系客服处理", // after-sales for a problem, nothing to claim
    "评完了吗？截图发我看看效果", // a screenshot asked for, no red packet
    "5 star = $120 per night at that hotel", // a rate by the night, not the rating's worth
    "Please leave an honest 5-star review if you loved it. We mail you a free catalogue each season.", // no proof asked
    "We'll refund the full amount once your return is received", // no review
    "Once your 5-star review is live we can't change it, thanks so much", // no reward
    // a link asked for with no rating, or no reward; "in it for you" with no rating asked
    "Please send us the link to the listing and we'll check the price for you.",
    "Leave a 5-star review if you liked it! Send us the link if the item was damaged.",
    "What's in it for you: free shipping on all orders over $30, and 5-star service.",
    // a card in the parcel read out and ignored; a sum complained about in a review
    "盒子裡有張好評返現卡，我沒理它",
    "快递里有一张卡说好评返现5元，我没理",
    "好评里说运费二十块有点贵",
    // a review saying it was not written for a reward
    "晒单不为返现，就是好用",
    "曬圖不為紅包，純分享",
    "Leaving 5 stars — not for cashback, the fit is perfect",
    "五星好评非返现，纯粹好用",
    "Five stars, not sponsored and no cashback — love it",
    "好评不是因为返现，是真的好用",
    "给五星好评不求返现",
    "好評不是衝著紅包，真的好用",
    // the reward's word in pinyin, asked about
    "fan xian 是什么意思",
    // a buyer asking the shop whether the offer someone told them of is real
    "有人说好评返现50，你们有这个活动吗？",
    "有人私信我说晒图返20元红包，是真的吗",
    // round 43: a heart before 包邮 or a bag, or after a person who loves it, is no 红包
    "好评率高，全场❤️包邮",
    "五星好评，我❤包包，做工很好",
    "sh0p r3view: 5 st@rs for the packaging",
    // round 44: 反 in its own words, a review asked with no reward, a sum back with no rating
    "反现代风格的装修，好评如潮",
    "反现实题材的漫画，好评很多",
    "Review us on Google and help a small business grow",
    "Please review us and tell us how we did!",
    "$5 💵 back on your next order at checkout",
    // round 46: a refund after a review as the shop's terms for a fault, however it is paid
    "If you leave a review about the damage, we'll refund your shipping",
    "leave a review and we will refund you personally if anything is wrong",
    "Leave a review once it arrives, refunds for faulty items are handled by the platform",
    // round 45: Cantonese 好平 ("very cheap") apart from a reward, and words that begin like a homophone of 好评
    "呢件好平，返现都有埋",
    "好平啊，返工穿刚好",
    "呢个价好平返嚟再买",
    "好屏幕，显示清晰",
    "好瓶子，送人很体面",
    "负评不能删，平台规定",
    "我们不会删负评，也不会补你钱",
    "删掉负评后补您的货已经寄出",
    "差评删不掉，补你 10 元也没用",
    // round 47: the English "review" read bare, the reviews read, not one asked for
    "看了review，返现活动是平台的",
    "review 写得很详细，红包封面很好看",
    "五星 review 很多，满300返50购物金是平台活动",
    "good review，物流快",
    // round 49: the offer reported and not taken by the writer
    "店主说晒图返现五元，我没要，东西好就行",
    "商家说好评返现，请问怎么投诉呢",
    // round 51: a review with photos set equal to no reward, or to a discount only
    "Review with photos = more helpful for other buyers",
    "video review = $3 off next order",
    // round 52: a wallet said as the verb of a payment that is no reward (a deposit, the postage)
    "已經 PayMe 你 $30 訂金，請發貨",
    "PayMe 你 $30 就可以寄出",
    "好評謝謝！我已 PayMe 咗運費",
    // a promotion's 满…返 before a review asked for, or something between the sum and the ask
    "满300返30元，收到记得给个好评",
    "下单返10元购物金，给个五星好评呗",
    "返回订单页，给个好评",
    // round 53: 返 before 线/显/县 of another word (往返线路, 寄返显卡, 返县城) is no 返现; "f1ve stars" with no money
    "往返线路很方便，好评",
    "寄返显卡给我，好评",
    "返县城的车票好评",
    "the f1ve stars sticker pack is sold out",
    // round 55: the money drawn for the sum; not a sale or money well spent
    "5⭐ review from a happy customer! 💰 back to school sale starts Monday",
    "5 stars for the cleaners, money well spent 💵",
    "Got my 💰 back after the refund, 5 stars for customer service",
    // round 54, not: a sum's refund after the rating asked for; the reader's gift got or claimed after it
    "Leave a 5-star review if you love your gift box",
    "Leave a 5-star review; you will get your gift wrapped next time",
    "Not happy? Contact us for a $10 refund on the shipping",
    "I left a 5-star review and asked for a $10 refund because it arrived late",
    // round 56, not: a card's cashback told in a review, or the platform's, with no screenshot sent for it
    "好评！用信用卡付款还有 cashback ¥12，很划算",
    "截图发给客服问了发票，平台的 cashback 活动满 ¥200 才有",
    // round 57: the buyer waving the reward away after the review (不用返什么钱, 不要给我返了, 莫返我钱)
    "五星好评写了 图也发了 不要给我返了 下次还来买",
    "晒图好评都弄好了 甭返啥子红包 东西好就行",
    "好评给了哈 莫返我钱 用着安逸",
    // round 59: a shop that runs none, thanked for a review first; a fault made up, the review changed apart from it
    "谢谢好评！本店从来不做好评返现，有问题找售后",
    "感谢好评，我们不搞晒图返现",
    "破损了商家补偿您5元，已改好评",
    // round 60: a post for the app's own points, a laptop, a post with no reward
    "发笔记领薯券，官方活动",
    "笔记本返20元优惠券",
    "我写了篇测评笔记，东西真不错",
    "发视频得流量券",
    // round 61: an English star rating in Chinese talk that is not paid for (返修, a 5 star hotel's 返现, a thanks); a compensation
    // with no review changed for it; a review thanked for its change; a card's cashback told in a review
    "我给了 5 stars，返修了两次还是坏",
    "住的 5 star 酒店返现活动挺多",
    "感谢 5 star 好评，欢迎下次光临",
    "Sorry for the delay, we will send you USD 20 compensation for the damaged item",
    "Thanks for updating your review to 5 stars, we really appreciate it!",
    "My credit card gave me 2% cashback on this, 5 stars",
    "Left 5 stars because they sent me USD 20 compensation for the late parcel, fair seller",
    // round 63: a parcel re-sent after a good review; a gift shipped with the order, no screenshot asked; postage's difference refunded
    "好评率很高，缺货会补发",
    "好评送一包小样，随单寄出",
    "写条评价吧，截个图给客服退你运费的差价",
    // round 64: the stars given after the review's word or as the verb's object (评价五颗星, 给五星的), the screenshot sent and a reward claimed after it; the rating with its photo set equal to a bare sum
    "給五星的話截圖給我看一下，我想知道你的帳號",
    "我給五星，截圖給朋友看，他也買了 200 元",
    "5 stars + photo = 20% off your next order",
    "5-star hotel + breakfast = $120 a night",
    "給了五顆星，截圖給家人看",
    // round 69: the review's words asked for with goods re-sent or after-sales, not money
    '评论里说一下尺码，我给您补发一件',
    '评价里写一下问题，我给您转售后处理',
    // round 67: the change or the removal done with no reward to the reader after it (resent goods, a link, thanks), a
    // fault made up for with no review word, "an extra" with no reward for a review
    "差评删了，给您补发一件新的",
    "好评改了吗？改了给你发个链接",
    "差评改好了，谢谢您",
    "差评我们认了，商品破损给您补偿20元",
    "Shipping is an extra $5 for remote areas",
    // round 68: the rating in Spanish, Portuguese or Hindi-English with no reward (a hotel's rate, thanks, the proof for an issue)
    "hotel 5 estrelas, R$300 a diaria",
    "Deixa 5 estrelas se gostou, obrigado",
    "Deja 5 estrellas si te gustó, gracias",
    "Good review do, screenshot bhejo, thanks bhai",
    "5 star rating dedo bhai, quality mast hai",
    "5-star review please, send screenshot if any issue",
    // round 71: a card stuffed into the parcel told with no measure word, then ignored; the scheme named first and the shop
    // saying after it that it takes no part
    "快递盒里夹了好评返现卡，我没理他，柜子做工不错",
    "包裹里放了晒图返红包的卡片，没理会，窗帘挺好看",
    "晒图返红包这种我们店从来不搞，照实评就好",
    "五星返现我们一律不参与哦",
    // round 72: a plain review paid for with the whole price back ("buy it, leave a review, I'll refund you in full", "…send the full amount back"); not a refund for a fault or a return
    "if it arrives damaged, leave a review and I'll refund you in full",
    "Leave a review and we'll send the full amount back once you return the item",
    "please leave a review, we refund in full within 30 days if you're not happy",
    "Wrong size? Leave a review and we'll refund you in full after the exchange",
    // round 70: the goods or the shop taking no part in it (不参加, 未参与)
    "本店商品均不参加好评返现，欢迎如实评价",
    "这款未参与晒图返现活动哦",
    // round 73: the bad rating named by its stars (一星, 两星评价) or a middling 中评, taken down for money; the whole price given back to the reader or the order made free for it (全额返给您, 货款全退给你, 给您免单); not a week (一星期), a refund with no removal, nor a buyer's own refund told
    "删了一星期的差评还是没删掉",
    "一星期以后再删，退您10元运费",
    "差评删了以后客服全额退款了",
    "这个一星评价我们看到了，全额退款给您，东西不用退",
    "一星评价删不了，我们全额退款给您",
    "住了一星期，差评我不删，退你押金的事再说",
    // round 75: one buyer told of, a tenner as a price, money back from someone else
    "the buyer leaves a review and gets £10 back",
    "I got a tenner back from the courier after leaving a review",
    "a tenner for the lot, leave a review if you like",
    // round 76: the review's fee paid to the reader (我给你转二十块好评费, 五星好评费发您); not a shop's fee for a service
    "差评处理费另算",
    "本店不收任何好评费",
    // round 77: the buyer telling of the card and of having thrown it out or ignored it
    '卡片上写着好评返现，直接扔了',
    '里面夹了张好评返现卡 没搭理',
    // round 79: the money paid back in full for the review ("I'll pay you back in full"), as "refund you in full" is read; not the shop's terms for a fault
    "leave a review and I'll pay you back if it arrives damaged",
    "Please leave a review! If the item is missing I'll pay you back in full",
    // round 82: the purchase paid back once the reader's review is up; a bare sum before "back" after a giving verb (not the platform's review of a claim)
    "Your refund will be processed after the review is completed",
    "refunds are issued after the review of your claim",
    "i'll give you 2 back if the 3 arrives broken",
    // round 80: a free thing set equal to the rating, the review's photo in digits, the rating in brackets with a wink, "ur" before the review; not a hotel's stars, free shipping's kind, or thanks for a review
    "5 star hotel = free breakfast for two",
    "5 star = free wifi and parking at this hostel",
    "thanks for ur honest review, glad the lamp fits!",
    // round 83: a full refund for a fault; a plain refund before a rating
    "full refund if it arrives damaged",
    "we give a full refund for faults and always read your 5 star reviews",
    "refund after your 5 star review",
    // round 84: part of a price refunded for a fault, a wallet's sum paid for the goods, a review asked with no reward
    "the seller refunded half because one cup was chipped, 4 stars",
    "paid ₱450 via gcash, item as described, 5 stars",
    "pa-review po with pic, salamat sa order!",
    "can you change your 3 stars? we refunded half through the app already",
    // round 85: five stars typed with a star emoji; a sum offered for the rating; a Malay rating with its picture set equal to a reload or got with "dapat"; a review with its photo told as an order, the reward before the proof
    "review with photo & get RM8 reload",
    "review with photos is nice, send screenshot of the damage if any",
    "we offer free returns for 30 days, leave a 5-star rating if you like it",
    "I bought a five ⭐ hotel stay for $400",
    // round 86: a good review, then a sum given back with its currency (好評可退 HK$30, 五星好評退 20 元) (not a return's days)
    "好評率高，7天可退",
    "好評如潮，支持 7 天可退換",
    // round 88: a full refund that is the shop's terms for a fault, or told in a review; a star sign that rates an item, not a review to remove
    "leave a 5 star review please! Item arrived broken? send us a photo, full refund",
    "5 star review from me, seller sent a full refund for the broken one",
    "remove the 1⭐ sticker from the cart before checkout",
    // round 88: a refund after a return, and a platform's coins, for a review
    "full refund after you return the item, then leave a review if you like",
    "Get 10 coins after you post a review",
    // round 87: "fb" as Facebook, or feedback with a discount only; a game's currency as the thing sold; a small count of coins
    "follow us on fb and get $5 off",
    "leave fb pls, fast shipping and 10% off next order",
    "great 5 star review from a buyer who got 800 robux in 2 mins",
    "5 star review and get 2 coins of the realm set",
    // round 89: a change asked with no offer; a sum paid to change something else; money back from a return, the rating
    // told after it in another sentence
    "they tried to get me to change my review, I refused",
    "I paid $30 to change my flight",
    "Got my money back after returning it. Left 5 stars for the quick refund",
    // round 90: the offer told, then turned down in English in the next sentence
    "Leaflet in the box says 5 stars = $3 cashback. Ignored it.",
    "the insert said 5 star review = $10 back. Not doing that, it's against the rules",
    // round 90: the rating put, and a sum in Kenyan shillings as bob or paid by a mobile wallet named after it
    "put 5 stars for the delivery guy, he was fast",
    "my 5 star review took 200 days via upi hell",
    "bob got 5 stars from me, he sent 200 bob worth of extras",
    // round 91: the card or note for a review told of and thrown out or ignored by the writer; "return" of goods, no sum
    "the parcel had a 5 star review for $5 cashback note, binned it straight away",
    "found a five star review for $3 back card in the bag, ignored it",
    "I would give 5 stars but I had to return 2 of them",
    // session 21 (mine): a sum with another condition, a gift told in a review, a free thing with every order, "worth my while" told
    "$25 and you get free shipping on the review kit",
    "i paid $30 and you can see my review below",
    "they sent a little something extra in the box, 5 stars",
    "leave a review if you like, no pressure",
    "we throw in a free tote with every order over $50",
    "$40 and you change the colour? sure",
    "the seller made it worth my while to wait, great quality, 5 stars",
    "a gift card if you update the address in your account",
    // round 93: the rand written "R150"; a free thing or a voucher right before the link to the rating ("… when you rate us", "if u leave"); the screenshot of the reader's rating asked, the reward after
    "gave it 5 stars, worth every R100",
    "five star review of the R2 unit, works fine",
    "I got a free case and when you rate us 5 stars it helps",
    "returns are free and if you leave a 5 star review we appreciate it",
    "screenshot of your 5-star review please, for our wall",
    "screenshot your 5 star review if the app asks for it",
    // round 92: a time, a sum or a count after 'to 5'; a change told with no reward; thanks for everyone; an e-transfer that is the price
    "can we bump it to 5 pm instead, i'm at work",
    "i changed it to 5 stars after the seller fixed the zip",
    "up it to 5 dollars and it's yours",
    "if you move it to 5 units i can send a gift card for the extra",
    "everyone who leaves 5 stars gets my thanks",
    "leave a review if you like it, i accept $10 e-transfer for delivery",
    "got your $40 e-transfer, will leave you 5 stars once it's picked up",
    // round 94: the reward in chat's words (a lil something, a thank-you payment, a red packet, a free thing slipped in); the postage paid back for the review; the full price refunded or money back for a 5 star; the change asked as a question with the offer after; "reply with" the screenshot, "show me" the review; reviews with photos that "get" a sum back
    "got a lil something extra in my parcel, 5 stars",
    "the red packet design on this card is cute, 5 stars",
    "the parcel arrived damaged, leave feedback and we'll refund your postage",
    "5 stars, and the seller refunded the shipping for the delay",
    "cash back for a 5 star hotel booking with this card",
    "we refund the full amount if the item is returned unused",
    "could you update the review? we fixed the zip",
    "reply with a screenshot of the error and we'll look into it",
    "reviews with photos earn 50 coins from the platform",
  ],
  invalid: [
    { text: "Drop us a 5* rating and we'll refund £3 once you send the screenshot", start: 0, end: 39, value: "drop us a 5* rating and we'll refund £3" },
    { text: "把差评撤了吧，返你15块", start: 1, end: 9, value: "差评撤了吧,返你" }, // a bad review taken down for money
    { text: "麻烦删掉差评，我们退3元给您", start: 2, end: 11, value: "删掉差评,我们退3" },
    { text: "差評您刪一下，退您8塊", start: 0, end: 10, value: "差评您删一下,退您8" },
    // the review's link sent as its proof, and the reward said as "in it for you"
    { text: "Share a 5-star review with a pic, DM us the link and we'll send you a £10 voucher.", start: 0, end: 73, value: "share a 5-star review with a pic, dm us the link and we'll send you a £10" },
    { text: "If you rate us 5 stars there's $8 in it for you.", start: 7, end: 47, value: "rate us 5 stars there's $8 in it for you" },
    { text: "Could you leave us a 5-star review? Email us a screenshot and we'll send you a $5 gift card.", start: 10, end: 81, value: "leave us a 5-star review? email us a screenshot and we'll send you a $5" }, // asked as a question, proof and reward in the answer
    // 好评 with one syllable in pinyin
    { text: "收到货给个好ping 返3元红包", start: 5, end: 13, value: "好评返3" },
    { text: "hao评截图给客服 领红包", start: 0, end: 13, value: "好评截图给客服 领红包" },
    { text: "好评返现？没有的话我就不写了", start: 0, end: 4, value: "好评返现" }, // 没有的话: "if not", no denial
    // a sum remitted with the reader as who gets it, after the review's screenshot
    { text: "給個五星評價加圖，截圖傳給我，我匯30元給你", start: 2, end: 22, value: "五星评价加图,截图传给我,我汇30元给你" },
    { text: "好评带图截图发我，打8块到你微信", start: 0, end: 14, value: "好评带图截图发我,打8块到你" },
    { text: "Leave a 5*, send us a pic and get $4 back", start: 0, end: 36, value: "leave a 5*, send us a pic and get $4" },
    { text: "Leave a 5 star review and we send RM10 to your e-wallet", start: 0, end: 38, value: "leave a 5 star review and we send rm10" },
    // "review us 5 stars", paid in naira, rupees or shillings, or in phone airtime
    { text: "Review our shop 5 stars, DM the screenshot & get ₦1500 airtime", start: 0, end: 54, value: "review our shop 5 stars, dm the screenshot & get ₦1500" },
    { text: "Rate us five stars and receive N500 recharge on your line", start: 0, end: 35, value: "rate us five stars and receive n500" },
    { text: "Give us 5 stars, then we send KSh 200 to your M-Pesa", start: 0, end: 37, value: "give us 5 stars, then we send ksh 200" },
    { text: "Leave a 5-star review and claim free airtime", start: 0, end: 44, value: "leave a 5-star review and claim free airtime" },
    { text: "留个五星评价，截图私信我们的whatsapp即领50元购物卡", start: 2, end: 30, value: "五星评价,截图私信我们的whatsapp即领50元购物卡" },
    { text: "冇问题嘅话好评返现5元", start: 5, end: 9, value: "好评返现" },
    // the review's screenshot sent to the seller, the reward told after it: cash obtained (获得), a sum paid back (退还),
    // a red packet with cents (6.66元)
    { text: "满意的话五星评论加两张图，截图发送到我们的粉丝专页，就能获得50元现金哦", start: 4, end: 35, value: "五星评论加两张图,截图发送到我们的粉丝专页,就能获得50元现金" },
    { text: "麻烦给个好评带图，截图私信客服后退还 NT$30 当作感谢", start: 4, end: 24, value: "好评带图,截图私信客服后退还 nt$30" },
    { text: "五星好评+20字以上+3张图，截图给客服即可领取6.6元红包", start: 0, end: 30, value: "五星好评+20字以上+3张图,截图给客服即可领取6.6元红包" },
    { text: "五星好评返现5元", start: 0, end: 6, value: "五星好评返现" },
    { text: "追评晒图联系客服领红包", start: 0, end: 11, value: "追评晒图联系客服领红包" },
    { text: "Leave a 5-star review and get $10 back", start: 0, end: 33, value: "leave a 5-star review and get $10" },
    // a rating asked for or changed, the reward (money, refund to you, gift card, free item) later in the sentence
    { text: "If you give us five stars we will send you $8 via Venmo", start: 7, end: 45, value: "give us five stars we will send you $8" },
    { text: "Change your 2 star rating to five stars and we'll refund you 10 dollars", start: 0, end: 71, value: "change your 2 star rating to five stars and we'll refund you 10 dollars" },
    { text: "Please update the review to 5 stars, I'll paypal you twenty bucks", start: 7, end: 65, value: "update the review to 5 stars, i'll paypal you twenty bucks" },
    { text: "Leave a five-star review and we'll mail you a free gift", start: 0, end: 55, value: "leave a five-star review and we'll mail you a free gift" },
    { text: "Post a positive review with photos, then message us to claim a $15 gift card", start: 0, end: 66, value: "post a positive review with photos, then message us to claim a $15" },
    { text: "⭐⭐⭐⭐⭐ rating = free sample", start: 0, end: 26, value: "⭐⭐⭐⭐⭐ rating = free sample" },
    { text: "Get $20 back when you leave a 5 star review", start: 0, end: 43, value: "get $20 back when you leave a 5 star review" },
    { text: "We'll refund you in full after you leave a positive review", start: 6, end: 58, value: "refund you in full after you leave a positive review" },
    { text: "好评晒图满20字，联系客服就返5元红包", start: 0, end: 16, value: "好评晒图满20字,联系客服就返5" },
    { text: "追评带图，截图给客服领现金", start: 0, end: 13, value: "追评带图,截图给客服领现金" },
    { text: "晒单后私信客服可领取红包", start: 0, end: 12, value: "晒单后私信客服可领取红包" },
    { text: "三星评价改成五星，我返你8块钱", start: 2, end: 12, value: "评价改成五星,我返你" },
    // a red packet sent by another app, a question header, the reward before 'every positive review'
    { text: "收到货给个好评，截图发我，微信红包5元", start: 5, end: 17, value: "好评,截图发我,微信红包" },
    { text: "5-star review? Get a free phone case", start: 0, end: 31, value: "5-star review? get a free phone" },
    { text: "We'll send $5 via PayPal for every positive review", start: 6, end: 50, value: "send $5 via paypal for every positive review" },
    // a gift for the review, claimed by messaging the seller
    { text: "給五星評價送小禮物，私訊小編", start: 1, end: 12, value: "五星评价送小礼物,私讯" },
    // any review paid for, rewards 'with', a review removed or changed for money back, discounts, gifts and transfers by another app
    { text: "Happy with your order? A 5★ review gets you 20% off your next purchase, just email us a screenshot", start: 25, end: 51, value: "5★ review gets you 20% off" },
    { text: "Post your photo review and we'll Venmo you $3", start: 0, end: 45, value: "post your photo review and we'll venmo you $3" },
    { text: "We reward honest 5-star reviews with a $10 Starbucks card", start: 3, end: 36, value: "reward honest 5-star reviews with" },
    { text: "Remove your negative review and I'll refund the full amount", start: 0, end: 59, value: "remove your negative review and i'll refund the full amount" },
    { text: "You'll get your money back after you update the rating", start: 7, end: 54, value: "get your money back after you update the rating" },
    { text: "给个五星好评，下次购买送你一包", start: 2, end: 15, value: "五星好评,下次购买送你一包" },
    { text: "全五星好评，我微信转你5块", start: 1, end: 11, value: "五星好评,我微信转你" },
    // a 'not' after the offer that does not refuse it
    { text: "I'll paypal you $10 for a 5-star review, not a big deal", start: 5, end: 39, value: "paypal you $10 for a 5-star review" },
    // vouchers, phone credit and gift cards as the reward (spaces around the sum)
    { text: "晒图好评后，再送 20 元代金券，私信领取", start: 0, end: 16, value: "晒图好评后,再送 20 元代金券" },
    { text: "追评满15字，立即送你10元话费", start: 0, end: 16, value: "追评满15字,立即送你10元话费" },
    // a share of the order paid back for a review
{ text: "Leave a photo review and DM us the screenshot on Instagram, we refund 15% of your order", start: 0, end: 73, value: "leave a photo review and dm us the screenshot on instagram, we refund 15%" },
    { text: "Give us 5 stars and get 10% back via PayPal", start: 0, end: 27, value: "give us 5 stars and get 10%" },
    // a reward claimed by scanning a code or by a method on the card; rewards in local currencies
    { text: "给个五星好评，扫码领取5元红包", start: 2, end: 15, value: "五星好评,扫码领取5元红包" },
    { text: "好评送小礼品，领取方法见卡片", start: 0, end: 11, value: "好评送小礼品,领取方法" },
    { text: "晒单评价送价值十元的小礼物，兑换方式请扫卡片上的码", start: 0, end: 18, value: "晒单评价送价值十元的小礼物,兑换方式" },
    { text: "追评满30字，扫码即可领取10元奖励金", start: 0, end: 19, value: "追评满30字,扫码即可领取10元奖励金" },
    { text: "leave 5 stars and I'll send you 100 pesos via gcash", start: 0, end: 41, value: "leave 5 stars and i'll send you 100 pesos" },
    { text: "change your review to 5 stars, I'll pay you 50 baht", start: 0, end: 51, value: "change your review to 5 stars, i'll pay you 50 baht" },
    // a sum given back for the review, in Mandarin and Cantonese (转你 HK$30, 发你10块, 即回赠)
    { text: "给个五星好评啦，之后即刻转你 HK$30 做多谢", start: 2, end: 20, value: "五星好评啦,之后即刻转你 hk$30" },
    { text: "晒图好评后私信我，发你10块", start: 0, end: 14, value: "晒图好评后私信我,发你10块" },
    // cash or a red packet given back (回馈/回赠, as Taiwan writes it), the sum after it or none
    { text: "給五星評價並晒圖，私訊小編即回饋現金三十元", start: 1, end: 18, value: "五星评价并晒图,私讯小编即回馈现金" },
    { text: "好评截图发给客服，回赠红包一个", start: 0, end: 13, value: "好评截图发给客服,回赠红包" },
    // the card told of with no judgement of it is still the shop's offer
    { text: "Found a note in the parcel offering $5 back for a five star review.", start: 36, end: 66, value: "$5 back for a five star review" },
    // the sum claimed spaced out and in any currency sign (领取 ¥5 现金红包, 領取 HK$30 回饋金)
    { text: "晒单好评后联系客服，即可领取 ¥5 现金红包哦", start: 0, end: 20, value: "晒单好评后联系客服,即可领取 ¥5 现金" },
    { text: "五星好評再附三張圖，私訊我們就能領取 HK$30 回饋金", start: 0, end: 28, value: "五星好评再附三张图,私讯我们就能领取 hk$30 回馈金" },
    { text: "给个好评，扫卡片背面的码领取 8 元红包", start: 2, end: 20, value: "好评,扫卡片背面的码领取 8 元红包" },
    // the card read out with no refusal after it is still the offer
    { text: "卡片上写着好评返现5元，加微信领取", start: 5, end: 9, value: "好评返现" },
    // a wallet as the verb of the reward ("gcash you"), the Taglish ask pa- and pronoun "ko (po) kayo"
    { text: "Leave 5 stars and I'll gcash you ₱40", start: 0, end: 36, value: "leave 5 stars and i'll gcash you ₱40" },
    { text: "Pa 5 stars po with photo, GCash ko po kayo ₱30 pag na-post na", start: 0, end: 46, value: "pa 5 stars po with photo, gcash ko po kayo ₱30" },
    // rupees written Rs/Rs./INR
    { text: "Share a photo review and we'll send Rs. 200 to your Paytm", start: 0, end: 43, value: "share a photo review and we'll send rs. 200" },
    { text: "Write a review, get INR 100 back on UPI", start: 0, end: 27, value: "write a review, get inr 100" },
    // a gift card with the shop's name between the sum and "gift card"; a voucher as the reward
    { text: "Give us 5 stars and message us the proof for a €20 Boots gift card", start: 0, end: 66, value: "give us 5 stars and message us the proof for a €20 boots gift card" },
    { text: "Leave a five-star rating for a $12 voucher", start: 0, end: 42, value: "leave a five-star rating for a $12 voucher" },
    // the reward told in the sentence before the ask, or after it, with proof of the review sent to the seller
    { text: "Bonus £10 voucher! Leave us a glowing review and DM a screenshot to our Instagram", start: 6, end: 64, value: "£10 voucher! leave us a glowing review and dm a screenshot" },
    { text: "Get a free mug. Write a review and email us the screenshot", start: 0, end: 58, value: "get a free mug. write a review and email us the screenshot" },
    { text: "Post 5 stars and send us a screenshot. We will send you $6 by PayPal", start: 0, end: 58, value: "post 5 stars and send us a screenshot. we will send you $6" },
    // …or later in the same sentence, after the proof and the order number sent with it
    { text: "Leave a five star review, email a screenshot with your order number and we'll send you $8 by PayPal.", start: 0, end: 89, value: "leave a five star review, email a screenshot with your order number and we'll send you $8" },
    { text: "Leave us a good review, then send the screenshot with the order ID, and you'll get 20% back.", start: 0, end: 86, value: "leave us a good review, then send the screenshot with the order id, and you'll get 20%" },
    // the report judged false is answered, and the offer made again after it
    { text: "有人说好评返现是假的？不是的，好评返现10元联系客服", start: 15, end: 19, value: "好评返现" },
    // the purchase refunded, said right before "for a (genuine) 5-star review"
    { text: "We'll get your order fully refunded for a genuine five-star review, just DM us", start: 6, end: 66, value: "get your order fully refunded for a genuine five-star review" },
    { text: "Have it refunded in full for a 5 star review!", start: 0, end: 44, value: "have it refunded in full for a 5 star review" },
    // a Cantonese transfer (入数, 转数) of a sum to the reader for the review
    { text: "畀個五星好評我哋，即刻入數畀你 HK$15", start: 2, end: 21, value: "五星好评我们,即刻入数给你 hk$15" },
    { text: "好評晒圖之後，轉數$10俾你", start: 0, end: 14, value: "好评晒图之后,转数$10给你" },
    // the rating joined with a photo or video review as one task, the reward past it
    { text: "5 stars + video review po, we'll gcash you ₱30 after", start: 0, end: 46, value: "5 stars + video review po, we'll gcash you ₱30" },
    { text: "Five stars and a photo review naman, we send ₱40 load credit", start: 0, end: 48, value: "five stars and a photo review naman, we send ₱40" },
    { text: "5★ with pics and a short review, and we refund $5 to your PayPal", start: 0, end: 49, value: "5★ with pics and a short review, and we refund $5" },
    { text: "Rate us 5 stars and we'll reimburse your shipping – send a screenshot to our page", start: 0, end: 49, value: "rate us 5 stars and we'll reimburse your shipping" }, // the postage paid back
    { text: "Leave a 5-star review with photo then send ss for free ₱20 load", start: 0, end: 63, value: "leave a 5-star review with photo then send ss for free ₱20 load" }, // free prepaid load
    { text: "留 5 星好评 + 晒图\n即送 NT$50 悠游卡加值", start: 5, end: 25, value: "好评 + 晒图\n即送 nt$50 悠游卡" }, // the reward on the next line: a stored-value card's top-up
    { text: "give 5 star review ok, send 我 screenshot, 我 grabpay 你 RM3", start: 0, end: 57, value: "give 5 star review ok, send 我 screenshot, 我 grabpay 你 rm3" }, // a wallet as the verb, code-switched
    { text: "Leave a 5 star review and screenshot it to me, I'll bank in RM10 to you", start: 0, end: 64, value: "leave a 5 star review and screenshot it to me, i'll bank in rm10" }, // the screenshot as the verb; bank in as the reward
    { text: "Pls rate 5 stars with photo then screenshot to us, we transfer you RM8", start: 4, end: 70, value: "rate 5 stars with photo then screenshot to us, we transfer you rm8" },
    { text: "We'd really appreciate a 5-star review! Just DM us a screenshot and we'll send you a $10 gift card.", start: 0, end: 88, value: "we'd really appreciate a 5-star review! just dm us a screenshot and we'll send you a $10" }, // a top rating wished for, proof and reward in the next sentence
    { text: "I would love a five star review. Message me the screenshot and get $8 back.", start: 0, end: 69, value: "i would love a five star review. message me the screenshot and get $8" },
    // a voucher named by where it is spent; the stars asked for in Indonesian, the reward after
    { text: "好评晒图后截图发客服，即送商场礼品卡一张", start: 0, end: 18, value: "好评晒图后截图发客服,即送商场礼品卡" },
    { text: "Beri bintang 5 dan ulasan ya kak, nanti kami kirim cashback Rp5.000", start: 0, end: 59, value: "beri bintang 5 dan ulasan ya kak, nanti kami kirim cashback" },
    { text: "带图评价后，维信发你", start: 0, end: 10, value: "带图评价后,维信发你" }, // the reward sent on WeChat by a homophone
    { text: "晒图评价维信转您", start: 0, end: 8, value: "晒图评价维信转您" }, // …transferred
    // the review in one sentence, its screenshot sent for the reward in the next
    { text: "记得给个五星好评呀！截图发客服返3元红包", start: 4, end: 18, value: "五星好评呀!截图发客服返3元" },
    // the next order given free as the reward
    { text: "Please leave a 5 star review and send the screenshot to our Instagram, your next order is free", start: 7, end: 94, value: "leave a 5 star review and send the screenshot to our instagram, your next order is free" },
    // the review's name sent as the proof, a small present as the reward
    { text: "Give us a 5-star review and message us your reviewer name, we'll send a small present", start: 0, end: 85, value: "give us a 5-star review and message us your reviewer name, we'll send a small present" },
    { text: "追评带图后加客服领取小礼物一份", start: 0, end: 10, value: "追评带图后加客服领取" }, // the review, then after-sales added to claim what it earns
    { text: "五星好评截图 私信客服领取神秘礼物", start: 0, end: 13, value: "五星好评截图 私信客服领取" },
    { text: "写好评价截图发我 给你包个小红包", start: 0, end: 16, value: "写好评价截图发我 给你包个小红包" }, // the review told done, its screenshot, a little red packet
    // a sum called free, given for the rating
    { text: "Get a free $10 for an honest 5 star review, just DM us", start: 6, end: 42, value: "free $10 for an honest 5 star review" },
    { text: "Free €3 for every 5-star rating you leave on our page", start: 0, end: 31, value: "free €3 for every 5-star rating" },
    { text: "Five stars = $10 🎉 leave yours and DM us the proof", start: 0, end: 16, value: "five stars = $10" }, // the rating set equal to a sum
    // the rating called genuine in the ask, the proof sent, a free thing posted to the reader
    { text: "Leave a genuine five star review, email us a screenshot and we'll post you a free keyring", start: 0, end: 89, value: "leave a genuine five star review, email us a screenshot and we'll post you a free keyring" },
    { text: "we reimburse you once your five-star rating is posted, just send the screenshot", start: 3, end: 53, value: "reimburse you once your five-star rating is posted" },
    { text: "I'll refund your whole order as soon as the 5 star review shows up", start: 5, end: 57, value: "refund your whole order as soon as the 5 star review" },
    // a voucher named by a store brand (7-11, 全家, 星巴克), a goods card, a movie ticket, for the review's screenshot
    { text: "五星好评截图发我，送你全家商品卡一张", start: 0, end: 16, value: "五星好评截图发我,送你全家商品卡" },
    { text: "晒图好评截图私信客服 送星巴克咖啡券", start: 0, end: 18, value: "晒图好评截图私信客服 送星巴克咖啡券" },
    { text: "五星评价截图给我们 即送7-eleven礼券50元", start: 0, end: 22, value: "五星评价截图给我们 即送7-eleven礼券" },
    { text: "好评截图给我 送你一张电影票", start: 0, end: 14, value: "好评截图给我 送你一张电影票" },
    { text: "給五星評論截圖傳給我 送你711禮券", start: 1, end: 18, value: "五星评论截图传给我 送你711礼券" },
    { text: "leave 5 stars, screenshot it to me and get a $10 7-eleven voucher", start: 0, end: 48, value: "leave 5 stars, screenshot it to me and get a $10" },
    // the sum in Chinese numerals (三十蚊, 十块), or the red packet all in pinyin
    { text: "好評晒圖之後，我轉三十蚊俾你", start: 0, end: 12, value: "好评晒图之后,我转三十蚊" },
    { text: "五星好评截图发我，我转十块给你", start: 0, end: 13, value: "五星好评截图发我,我转十块" },
    { text: "五星好评后找客服领 hongbao", start: 0, end: 17, value: "五星好评后找客服领红包" },
    // 返现 spelled in pinyin or zhuyin
    { text: "五星好评后私信领 fan xian 8元", start: 0, end: 17, value: "五星好评后私信领返现" },
    { text: "好評截圖私訊領ㄈㄢˇ ㄒㄧㄢˋ 50元", start: 0, end: 15, value: "好评截图私讯领返现" },
    // a "not" that bears on something else, the reward offered after it
    { text: "好评不求别的，返现5元找客服", start: 0, end: 9, value: "好评不求别的,返现" },
    // round 43: a red heart for the 红 of 红包; symbols typed for the letters of the English words
    { text: "晒图好评返❤️包5元", start: 0, end: 8, value: "晒图好评返红包" },
    { text: "Leave 5 st@rs and get a g!ft card", start: 0, end: 33, value: "leave 5 stars and get a gift card" },
    // round 44: 反 for 返 in the reward; a picture between the sum and "back"; the review asked by its verb ("review us and…")
    { text: "好评反现5元，记得截图", start: 0, end: 4, value: "好评返现" },
    { text: "晒图反红包，加客服领", start: 0, end: 5, value: "晒图返红包" },
    { text: "5 stars then $8 💰 back", start: 0, end: 23, value: "5 stars then $8 💰 back" },
    { text: "5⭐ w/ pic = $3 🤑 back", start: 0, end: 22, value: "5⭐ w/ pic = $3 🤑 back" },
    { text: "five star review = £5 💷 back", start: 0, end: 29, value: "five star review = £5 💷 back" },
    { text: "Review us and receive a free gift card", start: 0, end: 33, value: "review us and receive a free gift" },
    { text: "review me, get $5 via venmo", start: 0, end: 17, value: "review me, get $5" },
    // round 46: any review paid for with a refund out of the writer's own pocket
    { text: "Leave a review saying how much you love it and I'll refund your postage personally", start: 0, end: 71, value: "leave a review saying how much you love it and i'll refund your postage" },
    { text: "post a review and we refund the shipping out of our own pocket", start: 0, end: 40, value: "post a review and we refund the shipping" },
    { text: "write a quick review, I'll reimburse your delivery myself", start: 0, end: 50, value: "write a quick review, i'll reimburse your delivery" },
    // round 45: 好评 with 评 written as a homophone right before the reward or the screenshot
    { text: "收货给个好苹返现 5 元，截图发我", start: 4, end: 8, value: "好苹返现" },
    { text: "好坪返红包 8.8 元 晒完找客服", start: 0, end: 5, value: "好坪返红包" },
    // round 45: the bad review deleted as Taiwan says it (负评) or with the middle rating, a sum made up to the buyer for it
    { text: "麻烦把中差评删了，补您 20 元", start: 3, end: 16, value: "中差评删了,补您 20 元" },
    { text: "删掉负评，返你15", start: 0, end: 7, value: "删掉负评,返你" },
    { text: "負評撤掉的話我補妳 80 元現金，截圖傳我", start: 0, end: 14, value: "负评撤掉的话我补你 80 元" },
    // round 47: the good review named in English inside Chinese talk, with its rating or "good"
    { text: "留个 5 star review，截图发客服返你8元", start: 3, end: 26, value: "5 star review,截图发客服返你8元" },
    { text: "good review 后截图私信客服领红包", start: 0, end: 22, value: "good review 后截图私信客服领红包" },
    { text: "给个 five star review 再晒图，返现5元", start: 3, end: 26, value: "five star review 再晒图,返现" },
    // round 49: a reported offer passed on to others with no refusal
    { text: "达人说好评返现十块，加我领取", start: 3, end: 7, value: "好评返现" },
    // round 51: any review, its photos or video named, set equal to money back
    { text: "photo review → RM10 rebate, send me the link", start: 0, end: 26, value: "photo review → rm10 rebate" },
    { text: "Video review + pics = $8 cash back via PayPal", start: 0, end: 29, value: "video review + pics = $8 cash" },
    // round 52: the wallet said as the verb of the reward (我 FPS 你, Venmo 你), as Hong Kong and Singapore chat does
    { text: "五星好評加圖，我 FPS 你 HK$20 當多謝", start: 0, end: 20, value: "五星好评加图,我 fps 你 hk$20" },
    { text: "好評截圖後 Venmo 你 $10", start: 0, end: 17, value: "好评截图后 venmo 你 $10" },
    // the sum given first, the good review asked for right after it
    { text: "亲，返您15元，帮忙给个五星好评", start: 2, end: 16, value: "返您15元,帮忙给个五星好评" },
    { text: "我 FPS 你 $15 留個五星", start: 2, end: 16, value: "fps 你 $15 留个五星" },
    // round 53: 现 of 返现 typed as a homophone (返显, 返线) with the sum or a stop after it; the stars counted in leetspeak
    { text: "好坪返显8元，截图私我", start: 0, end: 4, value: "好坪返现" },
    { text: "五星好评返线两块", start: 0, end: 6, value: "五星好评返现" },
    { text: "leave f1ve stars, 5 bucks back to you", start: 0, end: 30, value: "leave five stars, 5 bucks back" },
    // round 55: the money drawn for the sum ("5⭐ review = 💵 back")
    { text: "leave 5 stars and get 💰 back, send a screenshot", start: 0, end: 29, value: "leave 5 stars and get 💰 back" },
    { text: "5 star review = 💸 cashback on your next grocery box", start: 0, end: 27, value: "5 star review = 💸 cashback" },
    // round 54: a sum's refund after the rating asked for; the reader's gift got or claimed after it
    { text: "Leave a 5-star review, DM us a screenshot for a £5 refund", start: 0, end: 57, value: "leave a 5-star review, dm us a screenshot for a £5 refund" },
    { text: "Leave a 5 star review and claim your thank-you gift", start: 0, end: 51, value: "leave a 5 star review and claim your thank-you gift" },
    { text: "Post a five star review, message us and receive your free present", start: 0, end: 65, value: "post a five star review, message us and receive your free present" },
    // round 56: the reward in English inside Chinese talk after the screenshot sent ("截图发客服，cashback ¥10")
    { text: "五星好评截图发客服，cashback ¥10 到账", start: 0, end: 22, value: "五星好评截图发客服,cashback ¥10" },
    { text: "晒单带图，截图私信客服领 8元 cash back", start: 0, end: 25, value: "晒单带图,截图私信客服领 8元 cash back" },
    // round 57: the buyer waving the reward away after the review (不用返什么钱, 不要给我返了, 莫返我钱)
    { text: "好评晒图截图给我 返你五块钱 不用等", start: 0, end: 10, value: "好评晒图截图给我 返" },
    { text: "五星好评加晒图，返现8元，不用找客服直接私我", start: 0, end: 10, value: "五星好评加晒图,返现" },
    // round 59: the review changed to a good one, a sum or a red packet made up to the reader for it
    { text: "差评改成五星好评的话补偿你个红包", start: 2, end: 16, value: "改成五星好评的话补偿你个红包" },
    { text: "评价改好评，给您 5 元红包", start: 2, end: 14, value: "改好评,给您 5 元红包" },
    // round 60: a post about the shop on a social app paid for in cash
    { text: "发一篇小红书笔记带上我们店名，返你10元现金", start: 0, end: 20, value: "发一篇小红书笔记带上我们店名,返你10元" },
    { text: "写个探店视频，晒完截图给我，返30元", start: 0, end: 18, value: "写个探店视频,晒完截图给我,返30元" },
    { text: "晒到朋友圈返现5元，截图给我", start: 0, end: 7, value: "晒到朋友圈返现" },
    { text: "發篇筆記帶上店名返10元紅包", start: 0, end: 12, value: "发篇笔记带上店名返10元" },
    // round 61: a top rating named in English inside Chinese talk, money given back for it right after (每条 5 stars 返你…);
    // a changed rating paid with a sum whose currency code comes first (EUR 15, GBP 10) or called compensation
    { text: "写个 five stars 评价，返您 ¥6", start: 3, end: 19, value: "five stars 评价,返您" },
    { text: "每条 5 stars 截图发我就返你 8 元", start: 3, end: 18, value: "5 stars 截图发我就返你" },
    { text: "麻烦留个 5-star，返你两块", start: 5, end: 14, value: "5-star,返你" },
    { text: "Could you edit your rating to five stars? We'll transfer EUR 15 as compensation.", start: 30, end: 63, value: "five stars? we'll transfer eur 15" },
    { text: "Change your 2-star review and we pay GBP 10 compensation", start: 0, end: 43, value: "change your 2-star review and we pay gbp 10" },
    { text: "Please raise your rating, we give you 30 AUD compensation after", start: 7, end: 44, value: "raise your rating, we give you 30 aud" },
    // round 63: the review written as told and its screenshot taken (截张图), a sum made up for it; a red packet made up with 补;
    // goods by their measure for a good review, claimed with the screenshot
    { text: "评价里夸一句包装好，截张图给你补3元", start: 0, end: 18, value: "评价里夸一句包装好,截张图给你补3元" },
    { text: "给个五星好评，回头补你个2元红包", start: 2, end: 16, value: "五星好评,回头补你个2元红包" },
    { text: "五星好评送两包笋干，截图私店主安排", start: 0, end: 15, value: "五星好评送两包笋干,截图私店主" },
    // round 64: the stars given after the review's word or as the verb's object (评价五颗星, 给五星的), the screenshot sent and a reward claimed after it; the rating with its photo set equal to a bare sum
    { text: "評分給5星後截圖傳給我們，回饋現金 50 元", start: 0, end: 17, value: "评分给5星后截图传给我们,回馈现金" },
    { text: "打五顆星，截圖私訊小幫手就送你一份小禮物", start: 0, end: 17, value: "打五颗星,截图私讯小帮手就送你一份" },
    { text: "评价五颗星，截图给客服，返现3元", start: 0, end: 14, value: "评价五颗星,截图给客服,返现" },
    { text: "five stars + pics = $8 top-up, whatsapp us the ss", start: 0, end: 22, value: "five stars + pics = $8" },
    { text: "5-star rating with photos → S$6 reload", start: 0, end: 31, value: "5-star rating with photos → s$6" },
    // round 69: the praise's words dictated, a clause between, then the writer's money back
    { text: "评论里夸两句，说用完皮肤变好了，我们给你返十块", start: 0, end: 22, value: "评论里夸两句,说用完皮肤变好了,我们给你返十" },
    // round 67: the bad review removed or changed for a sum made up to the reader ("给您补偿 N", "补一个红包"), the change
    // asked in a question and the reward for it done after (改好之后补您…); "an extra" or "an additional" before an English sum
    { text: "这个负评可以撤掉吗？撤了给你补偿15块", start: 10, end: 19, value: "撤了给你补偿15块" },
    { text: "中差评麻烦删一下，删完给您补一个红包", start: 0, end: 18, value: "中差评麻烦删一下,删完给您补一个红包" },
    { text: "那条差评方便改一下不？改好之后补您5块", start: 11, end: 19, value: "改好之后补您5块" },
    { text: "If you take down the bad review we'll pay you an additional $20", start: 7, end: 63, value: "take down the bad review we'll pay you an additional $20" },
    // round 68: the top rating in Spanish and Portuguese (5 estrellas, 5 estrelas, R$), the proof asked in Tagalog-, Hindi- and Spanish-English (PM mo sakin yung ss, screenshot bhejo, mandame captura), a rating heading its sentence or asked by the Hindi verb after it
    { text: "Deixa 5 estrelas e ganha R$5 no Pix", start: 0, end: 28, value: "deixa 5 estrelas e ganha r$5" },
    { text: "5 estrelas = R$10", start: 0, end: 17, value: "5 estrelas = r$10" },
    { text: "Deja 5 estrellas, mandame captura y te regalamos $1000", start: 0, end: 54, value: "deja 5 estrellas, mandame captura y te regalamos $1000" },
    { text: "5 stars po, PM mo sakin yung ss, may ₱30 load ka", start: 0, end: 45, value: "5 stars po, pm mo sakin yung ss, may ₱30 load" },
    { text: "5-star review + photo, PM me screenshot, GCash you ₱50", start: 0, end: 54, value: "5-star review + photo, pm me screenshot, gcash you ₱50" },
    { text: "Positive review do ji, ss bhejo, ₹25 GPay cashback milega", start: 0, end: 50, value: "positive review do ji, ss bhejo, ₹25 gpay cashback" },
    // round 71: near-misses that still ask: the seller's own card told (no refusal after), a scheme "open to all"
    { text: "我们在包裹里放了好评返现卡，记得晒图领红包", start: 8, end: 12, value: "好评返现" },
    { text: "晒图返红包，我们店不限参与", start: 0, end: 5, value: "晒图返红包" },
    // round 72: a plain review paid for with the whole price back ("buy it, leave a review, I'll refund you in full", "…send the full amount back"); not a refund for a fault or a return
    { text: "buy it and leave a review, I'll refund you in full", start: 11, end: 42, value: "leave a review, i'll refund you" },
    { text: "Order, leave an honest review, and we send the full price back", start: 7, end: 62, value: "leave an honest review, and we send the full price back" },
    { text: "leave a review and get a refund in full via PayPal", start: 0, end: 31, value: "leave a review and get a refund" },
    // round 73: the bad rating named by its stars (一星, 两星评价) or a middling 中评, taken down for money; the whole price given back to the reader or the order made free for it (全额返给您, 货款全退给你, 给您免单); not a week (一星期), a refund with no removal, nor a buyer's own refund told
    { text: "把一星删了，我给你退25", start: 1, end: 11, value: "一星删了,我给你退2" },
    { text: "那个两星评价撤掉，货款全退给你", start: 2, end: 15, value: "两星评价撤掉,货款全退给你" },
    { text: "一星删了这单给您免单", start: 0, end: 10, value: "一星删了这单给您免单" },
    { text: "中评删掉的话返您十块", start: 0, end: 8, value: "中评删掉的话返您" },
    { text: "负评撤掉以后，我们全额退款给您", start: 0, end: 15, value: "负评撤掉以后,我们全额退款给您" },
    // round 75: the offer made to all who leave a review (everyone who leaves…, any buyer that posts…); a fiver or a tenner as the sum
    { text: "anyone who leaves a review gets £10 back", start: 0, end: 40, value: "anyone who leaves a review gets £10 back" },
    { text: "everyone that posts a 5 star review gets a fiver back, send me a screenshot", start: 0, end: 53, value: "everyone that posts a 5 star review gets a fiver back" },
    { text: "leave a review and get a tenner back", start: 0, end: 31, value: "leave a review and get a tenner" },
    // round 76: the review's fee paid to the reader (我给你转二十块好评费, 五星好评费发您); not a shop's fee for a service
    { text: "确认收货后我发你十元好评费", start: 6, end: 13, value: "发你十元好评费" },
    { text: "五星好评辛苦费转您", start: 0, end: 9, value: "五星好评辛苦费转您" },
    // round 77: 红 written as its halves 纟工
    { text: '晒图返纟工包5元', start: 0, end: 6, value: '晒图返红包' },
    // round 79: the money paid back in full for the review ("I'll pay you back in full"), as "refund you in full" is read; not the shop's terms for a fault
    { text: "post a 5 star review with pics and I'll pay you back in full", start: 0, end: 52, value: "post a 5 star review with pics and i'll pay you back" },
    { text: "leave a positive review, we send the money back in full", start: 0, end: 47, value: "leave a positive review, we send the money back" },
    // round 82: the purchase paid back once the reader's review is up; a bare sum before "back" after a giving verb (not the platform's review of a claim)
    { text: "we reimburse you in full as soon as your review is posted", start: 3, end: 57, value: "reimburse you in full as soon as your review is posted" },
    { text: "cash back once your 5 star review is visible", start: 0, end: 44, value: "cash back once your 5 star review is visible" },
    { text: "ill send u 15 back for a five star rating", start: 4, end: 41, value: "send you 15 back for a five star rating" },
    // round 80 (see the valid cases above)
    { text: "five stars → free tote bag, just DM us", start: 0, end: 26, value: "five stars → free tote bag" },
    { text: "5* review = free lip balm set", start: 0, end: 25, value: "5* review = free lip balm" },
    { text: "r3view + vid30 = cashback $6", start: 0, end: 25, value: "review + video = cashback" },
    { text: "a £5 voucher for your honest [5 stars] review", start: 2, end: 37, value: "£5 voucher for your honest [5 stars" },
    { text: "£5 gift card for ur honest 5 star review", start: 3, end: 40, value: "gift card for your honest 5 star review" },
    // round 83: the whole refund named as a noun, then the link and the top rating
    { text: "100% refund once your 5 stars are up", start: 0, end: 29, value: "100% refund once your 5 stars" },
    { text: "all your money back after your 5-star review", start: 0, end: 44, value: "all your money back after your 5-star review" },
    // round 84: a rating changed for part of the price paid back; a review with proof for a sum by a wallet
    { text: "update your 3 star rating to five and we'll refund 30% of the order", start: 0, end: 67, value: "update your 3 star rating to five and we'll refund 30% of the order" },
    { text: "pa-5 stars po with photo, tapos send ss for ₱80 maya", start: 0, end: 52, value: "pa-5 stars po with photo, tapos send ss for ₱80 maya" },
    // round 85: five stars typed with a star emoji; a sum offered for the rating; a Malay rating with its picture set equal to a reload or got with "dapat"; a review with its photo told as an order, the reward before the proof
    { text: "leave five ⭐ and receive a free gift", start: 0, end: 36, value: "leave five ⭐ and receive a free gift" },
    { text: "we'd like to offer you $8 for an honest 5-star rating, reply with the link", start: 13, end: 53, value: "offer you $8 for an honest 5-star rating" },
    { text: "bagi 5 bintang + gambar, dapat RM5 touch n go", start: 0, end: 34, value: "bagi 5 bintang + gambar, dapat rm5" },
    { text: "lima bintang + gambar review = RM6 reload ya", start: 0, end: 34, value: "lima bintang + gambar review = rm6" },
    { text: "Review with pics, get ₱30 cashback, send ss to us", start: 0, end: 43, value: "review with pics, get ₱30 cashback, send ss" },
    // round 86: a good review, then a sum given back with its currency (好評可退 HK$30, 五星好評退 20 元) (not a return's days)
    { text: "留五星好評可退 HK$30，截圖俾我", start: 1, end: 13, value: "五星好评可退 hk$30" },
    { text: "寫 50 字好評就退 RM8 到你戶口", start: 6, end: 14, value: "好评就退 rm8" },
    { text: "五星好評退 20 元", start: 0, end: 10, value: "五星好评退 20 元" },
    // round 88: the proof sent, then the whole price given back as a noun; a low rating typed as a digit and a star sign, to be removed for a sum
    { text: "post a 5 star review, send me the screenshot, full refund for the item", start: 0, end: 57, value: "post a 5 star review, send me the screenshot, full refund" },
    { text: "leave five star feedback then send us screenshot, then 100% refund", start: 0, end: 66, value: "leave five star feedback then send us screenshot, then 100% refund" },
    { text: "delete your 2★ rating, we send $20 PayPal", start: 12, end: 34, value: "2★ rating, we send $20" },
    // round 88: the whole price given back, told first, for a review the reader posts
    { text: "full refund after you leave us a review", start: 0, end: 39, value: "full refund after you leave us a review" },
    { text: "money back once you write a good review! dm for details", start: 0, end: 39, value: "money back once you write a good review" },
    // round 87: feedback typed "fb" after the ask (leave, drop, give), with a sum or a game's currency given for it
    { text: "pls leave positive fb and I will send u $3 back", start: 4, end: 42, value: "leave positive fb and i will send you $3" },
    { text: "drop +fb and get 200 gold on ur alt", start: 0, end: 25, value: "drop +fb and get 200 gold" },
    { text: "5 star review = 1k v-bucks, send the screenshot", start: 0, end: 26, value: "5 star review = 1k v-bucks" },
    // round 89: a sum offered "to" change or remove a rating, anyone's; a second unit free for the rating; the buyer's money
    // told back after the rating they left
    { text: "the shop offered my wife $15 to remove her 1-star rating", start: 9, end: 56, value: "offered my wife $15 to remove her 1-star rating" },
    { text: "we will pay you $10 to update your review", start: 8, end: 41, value: "pay you $10 to update your review" },
    { text: "leave 5 stars and get your 2nd bottle free", start: 0, end: 42, value: "leave 5 stars and get your 2nd bottle free" },
    { text: "rate us five stars, then claim a third candle for free", start: 0, end: 54, value: "rate us five stars, then claim a third candle for free" },
    { text: "Got my money back after posting a five star review, like the flyer promised", start: 0, end: 50, value: "got my money back after posting a five star review" },
    // round 90: the offer told, then turned down in English in the next sentence
    { text: "leave 5 stars and get $3 cashback, message us!", start: 0, end: 24, value: "leave 5 stars and get $3" },
    { text: "5 star review = $5 back. DM us the screenshot", start: 0, end: 23, value: "5 star review = $5 back" },
    // round 90: the rating put, and a sum in Kenyan shillings as bob or paid by a mobile wallet named after it
    { text: "rate us 5 stars, I'll send you 150 bob", start: 0, end: 38, value: "rate us 5 stars, i'll send you 150 bob" },
    { text: "leave 5 stars on the order, we send 300 via gcash", start: 0, end: 39, value: "leave 5 stars on the order, we send 300" },
    { text: "put 5 stars then we refund 250 through m-pesa", start: 0, end: 30, value: "put 5 stars then we refund 250" },
    // round 91: ¥ and the codes written after a sum (GBP), and money "returned" for the rating; the reader told what to do if they threw the card away
    { text: "leave a 5 star review and get ¥10 back on alipay", start: 0, end: 33, value: "leave a 5 star review and get ¥10" },
    { text: "five stars with a photo = we return £4 to you via Revolut", start: 0, end: 38, value: "five stars with a photo = we return £4" },
    { text: "good review cashback card inside the box — if you threw it away, message us for another", start: 0, end: 20, value: "good review cashback" },
    // session 21 (mine): a sum put first with the change of rating as its condition; a gift left unnamed or the bribe's idiom after the rating asked; a sum "thrown in"
    { text: "$25 and you update the review to 5 stars", start: 0, end: 29, value: "$25 and you update the review" },
    { text: "£10 if u change ur rating, deal?", start: 0, end: 25, value: "£10 if you change your rating" },
    { text: "if you leave a good review i'll send you a little something on paypal", start: 7, end: 59, value: "leave a good review i'll send you a little something" },
    { text: "post a nice review and we'll make it worth your while", start: 0, end: 53, value: "post a nice review and we'll make it worth your while" },
    { text: "5 stars and i'll throw in a tenner", start: 0, end: 34, value: "5 stars and i'll throw in a tenner" },
    // round 93: the rand written "R150"; a free thing or a voucher right before the link to the rating ("… when you rate us", "if u leave"); the screenshot of the reader's rating asked, the reward after
    { text: "rate us 5 stars and we'll send you R150 on ewallet", start: 0, end: 39, value: "rate us 5 stars and we'll send you r150" },
    { text: "leave a five star review, we give you R80 back", start: 0, end: 41, value: "leave a five star review, we give you r80" },
    { text: "a free phone stand when you rate us five stars", start: 0, end: 46, value: "a free phone stand when you rate us five stars" },
    { text: "get a £10 tesco voucher for a 5 star review", start: 0, end: 43, value: "get a £10 tesco voucher for a 5 star review" },
    { text: "BONUS - free refill pack if u leave 5 stars", start: 6, end: 43, value: "- free refill pack if you leave 5 stars" },
    { text: "screenshot your five star review and we'll send you $8 on venmo", start: 0, end: 54, value: "screenshot your five star review and we'll send you $8" },
    // round 92: a rating raised 'to 5' with a pronoun, any tense, with the reward before or after; a sum sent by e-transfer as the reward
    { text: "she promised me a $15 voucher if i raised it to 5", start: 18, end: 49, value: "$15 voucher if i raised it to 5" },
    { text: "if you up it to 5 i'll send you a $10 amazon gift card", start: 7, end: 37, value: "up it to 5 i'll send you a $10" },
    { text: "change it to five stars and i'll refund the postage", start: 0, end: 51, value: "change it to five stars and i'll refund the postage" },
    { text: "everyone who posts a 5 star review gets a $10 e-transfer", start: 0, end: 56, value: "everyone who posts a 5 star review gets a $10 e-transfer" },
    // round 94: the reward in chat's words (a lil something, a thank-you payment, a red packet, a free thing slipped in); the postage paid back for the review; the full price refunded or money back for a 5 star; the change asked as a question with the offer after; "reply with" the screenshot, "show me" the review; reviews with photos that "get" a sum back
    { text: "if you leave a great review I'll send you a lil something", start: 7, end: 57, value: "leave a great review i'll send you a lil something" },
    { text: "give us 5 stars and claim a red packet from me", start: 0, end: 38, value: "give us 5 stars and claim a red packet" },
    { text: "leave 5 stars and I'll pop a free keyring in", start: 0, end: 41, value: "leave 5 stars and i'll pop a free keyring" },
    { text: "rate us 5 stars and I'll send a small thank-you payment", start: 0, end: 55, value: "rate us 5 stars and i'll send a small thank-you payment" },
    { text: "leave feedback and we'll refund your shipping", start: 0, end: 45, value: "leave feedback and we'll refund your shipping" },
    { text: "a five star review means so much, we'll happily cover your postage if you leave one", start: 2, end: 66, value: "five star review means so much, we'll happily cover your postage" },
    { text: "we refund the full price once you post a review", start: 3, end: 47, value: "refund the full price once you post a review" },
    { text: "rate 5★ + pic = full refund", start: 5, end: 27, value: "5★ + pic = full refund" },
    { text: "she offered cash back for a 5 star.", start: 17, end: 34, value: "back for a 5 star" },
    { text: "could you take down the 2 star? we'd happily send you $15 for the trouble", start: 10, end: 57, value: "take down the 2 star? we'd happily send you $15" },
    { text: "we'd love a 5 star review. reply with a screenshot and we'll send a $10 gift card", start: 0, end: 71, value: "we'd love a 5 star review. reply with a screenshot and we'll send a $10" },
    { text: "show me ur 5 star review and i'll chuck in a free scrunchie", start: 0, end: 59, value: "show me ur 5 star review and i'll chuck in a free scrunchie" },
    { text: "reviews with pics get $5 back", start: 0, end: 29, value: "reviews with pics get $5 back" },
    { text: "we give 15% back on every review with pics", start: 8, end: 32, value: "15% back on every review" },
    { text: "$3 back per video review, send the screenshot", start: 0, end: 24, value: "$3 back per video review" },
    { text: "post a review video and get 20k cash back", start: 0, end: 41, value: "post a review video and get 20k cash back" },
    { text: "if you keep the review positive I can send you a fiver", start: 7, end: 54, value: "keep the review positive i can send you a fiver" },
    { text: "there's a gift card inside, its code gets unlocked once you post 5 stars", start: 10, end: 72, value: "gift card inside, its code gets unlocked once you post 5 stars" },
    { text: "déjanos una reseña de 5 estrellas y te devolvemos 5 dólares", start: 0, end: 51, value: "dejanos una resena de 5 estrellas y te devolvemos 5" },
    { text: "差评能改成好评吗？改了我补偿你20，直接转你", start: 0, end: 17, value: "差评能改成好评吗?改了我补偿你20" },
    { text: "hp返现5元", start: 0, end: 4, value: "hp返现" },
    { text: "好评晒图=奶茶钱", start: 0, end: 8, value: "好评晒图=奶茶钱" },
    { text: "兼职刷单，本金加佣金当天返", start: 2, end: 7, value: "刷单,本金" },
    { text: "能把二星改成五星吗？改完我给您补个15的红包", start: 2, end: 20, value: "二星改成五星吗?改完我给您补个15的" },
    { text: "差评能不能删了呀，删了我退你20块", start: 0, end: 17, value: "差评能不能删了呀,删了我退你20块" },
    { text: "写满30字带图的评价，截图给我领一杯奶茶钱", start: 8, end: 21, value: "评价,截图给我领一杯奶茶钱" },
    { text: "包裹里有张小卡片，按步骤操作能拿钱，好评带图哦", start: 5, end: 20, value: "小卡片,按步骤操作能拿钱,好评" },
    { text: "saw your 2 stars 😢 if you bump it to 5 I can send $6 back", start: 27, end: 58, value: "bump it to 5 i can send $6 back" },
    { text: "Laissez un avis 5 étoiles et recevez 3 € remboursés", start: 0, end: 40, value: "laissez un avis 5 etoiles et recevez 3 €" },
    { text: "leave me a 5-star rating and there'll be a little surprise in your next box", start: 0, end: 58, value: "leave me a 5-star rating and there'll be a little surprise" },
    { text: "would appreciate 5 stars, I'll send a lil paypal tip", start: 6, end: 52, value: "appreciate 5 stars, i'll send a lil paypal tip" },
    { text: "Tell the world on the product page and we'll say thanks with a £5 voucher", start: 0, end: 73, value: "tell the world on the product page and we'll say thanks with a £5 voucher" },
    { text: "五星好评后凭截图领取10元话费", start: 0, end: 15, value: "五星好评后凭截图领取10元话费" },
    { text: "好评完截图过来，我发您个红包", start: 0, end: 14, value: "好评完截图过来,我发您个红包" },
    { text: "5⭐+📸=🧧", start: 0, end: 8, value: "5⭐+📸=红包" },
    { text: "hpfx 5r", start: 0, end: 4, value: "hpfx" },
    { text: "晒单记得五星哦，可获得一份辛苦费", start: 0, end: 16, value: "晒单记得五星哦,可获得一份辛苦费" },
    { text: "晒买家秀的私我领现金奖励，真实有效不是骗子", start: 1, end: 10, value: "买家秀的私我领现金" },
  ],
});
