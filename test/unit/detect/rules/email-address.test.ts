import { ruleTester } from '../rule-tester';

ruleTester('email-address', {
  valid: [
    "follow us @birchloom. Art prints restocked Friday", // a handle, then a sentence: a generic ending only typed whole
    "export the logo as logo@2x.png for retina screens", // a file name, not a mail ending
    // a handle with a full stop, then a sentence whose first word is also an ending (shop, me, us, store)
    "thanks @lena_k. Store opens at 9",
    "shoutout to @corner.bakery. Shop small this weekend",
    "ping @sam. Me too, can't wait",
    // a plain word, "at", a mail service and "com" with no dot: ordinary English unless it looks like a mailbox
    "we meet at the cafe (dot) then walk",
    "I bought the same one at yahoo com shopping",
    "sold by bob at gmail com prices",
    // a symbol keyed to "@" with no address around it
    "5⭐ = @ the best, love it. 10/10",
    "🌸 = @ our shop name, see shop.com for hours",
    // a bare "@domain" naming the official sender, after a preposition or verb
    "Real notices only come from @paypal.com, anything else is fake",
    "staff addresses end with @shopee.sg, ignore the rest",
    "look at amazon.com for the price",
    "邮箱登录失败怎么办",
    // a spaced full stop after "at <word>" is a sentence, not an address
    "I was at home. Me and my kids loved it",
    "bought it at walmart . com was cheaper",
    // the Chinese words for @ only count before a domain with a dot and a TLD
    "房间里有小老鼠，太差了",
    "小老鼠 点 赞 好评",
    "艾特我一下。com那个网站打不开",
    "USB3.0 接口 @ 5Gbps",
    "email: team#mycompany.com",
    "邮件 话题 #qq.com 活动",
    "Tag #sale #new.com launch",
    "话题 #好物推荐 换成@你的朋友",
    // a mail service's name then a spaced full stop and a short word: a sentence
    "we watched it at live. in the end it was fine",
    "I was on yahoo. it said the parcel is out",
    // a social handle then a new sentence
    "follow @craftcorner. in stock again friday",
    "tag us @cosyknits.no filter needed",
    // 圈 as a word of its own (a circle, a scene), before a site that is no mail service
    "做手帐的都知道 jojo 圈 notebook.com 的本子",
    "玩车圈 car168 圈 autohome.com.cn 上有评测",
    // the mail service named with no mailbox name after it
    "my gmail is full so the receipt bounced, can you resend it here",
    "Our Outlook is down today, replies may be slow",
    "my gmail is v2 of the app? the icons look different",
    // Outlook as the English word
    "our outlook is v.good this year",
    "a-b-c tutoring at the library, call for times",
    // digits split by symbols before a spaced "@": a rating, not a mailbox
    "rated 5⭐4⭐5⭐4⭐5 @ amazon.com",
    "room 2 0 4 at the hotel dot com desk", // a room number spaced, no mail service
    // 在 as a preposition beside a mail service's name
    "我在163点com上买过东西",
    "我现在gmail.com用不了",
    // 康姆 with no "@" word before it is a name
    "康姆士面包 126 点",
    // round 45: an "@" with spaced characters after it that make no host with an ending
    "价格 @ 3 9 . 9 元",
    "see item @ x y . z",
    "请在 app 里 @ 客服 处理退款",
    // where to buy said before a shop's address with its dot spoken: no mailbox (a mailbox word before it still reads one)
    "shop at etsy dot com for more colours",
    "our shop at luxelane dot com has the rest",
    "also sold at homeware dot co dot uk",
    // round 54, not: the mailbox after a mailbox word, its service named with no ending
    "My email is down at gmail right now",
    "my email is stuck at outlook again",
    "I emailed the seller at gmail",
    // round 57: the domain's number said in Chinese numerals right before its 点 and ending (幺二六点com, 一六三点net)
    "明天下午三点cd店门口取货 邮箱发票已开",
    "我一二三点名单 邮件里说",
    // round 59: the platform's own mailbox given to forward a suspicious message to
    "Got a weird text? Forward it to abuse@amazon.com and block the number.",
    "可疑邮件请转发至 report@paypal.com",
    // round 70: a word, not a name, at a mail service before "message me there"
    "it's cheaper at yahoo, message me there",
    "best deals at gmail? message me here",
    "i'm at gmail all day, ping me there",
    // round 74: a handle after the app it is on, a space before its @ (message me on insta @bloom.co): no mailbox
    "message me on insta @bloomandco.sg",
    "find us on tiktok @kimchi.kitchen",
    "telegram @deal.hub for updates",
    // round 75: mail me with no name at a mail service
    "mail me the receipt at home",
    "mail me at yahoo please",
    // round 77: a mail service named in Chinese with no name after it names no mailbox
    'qq邮箱登录不了怎么办',
    '我的qq邮箱满了',
    '用网易邮箱注册的',
    // round 83: the name at a mail service with no mail asked for; the name on a marketplace
    "my username at yahoo was hacked",
    "my shop name @ etsy, email me",
    // round 86: Cantonese 係 for 是 between the mail service and the name (我 gmail 係 x) (not a word after it)
    "我 gmail 系統出咗問題",
    // round 91: a service named in brackets after a word that is no mailbox
    "I use outlook (hotmail) for work",
    "signed in with google (gmail) account",
    // a big mail service with no ending: "@" alone, a word, or a name with no digit, dot or underscore names no mailbox
    "sign in with @gmail or Apple",
    "my yahoo works again",
    "gmail: down since morning",
    "yahoo finance 2024 report",
    // round 95: "no spaces" that is no instruction, a name with no digit, dot or underscore before "(at)", bullets in a list
    "meet @ the mall . com on sat, no spaces left in the car park",
    "ask tom (at) gmail about it",
    "bullet list • com • net • org",
  ],
  invalid: [
    { text: "write to sales@maple . shop for wholesale", start: 9, end: 27, value: "sales@maple.shop" }, // a dot spaced on both sides is still split on purpose
    { text: "邮箱 5.0.2.7.7.3.1.9.8@qq.com 发合同", start: 3, end: 27, value: "502773198@qq.com" }, // a numeric mailbox dotted digit by digit, read joined
    { text: "邮件发 7🌸31🌸0942🌸5@163.com 就行", start: 4, end: 26, value: "73109425@163.com" }, // or split by emoji
    { text: "write to luna.store88 at hotmail com for a quote", start: 9, end: 36, value: "luna.store88@hotmail.com" }, // a mail service and its ending said with no dot at all
    { text: "Or just write to reservations (at) harbour-kayaks (dot) ie with your dates", start: 17, end: 58, value: "reservations@harbour-kayaks.ie" }, // a bracketed dot: any country's ending
    { text: "mail me: orders[at]lisbon-tiles[.]pt", start: 9, end: 36, value: "orders@lisbon-tiles.pt" },
    { text: "ping me at mike.sells at proton dot me for the rest", start: 11, end: 38, value: "mike.sells@proton.me" }, // "me at x" turned down, x is the next address's name
    { text: "email me kimbo at gmail com", start: 9, end: 27, value: "kimbo@gmail.com" },
    { text: "email me: rosie @gmail.com", start: 10, end: 26, value: "rosie@gmail.com" },
    { text: "报价发你 lucy_trade@163.com", start: 5, end: 23, value: "lucy_trade@163.com" },
    { text: "mail me: bob dot sells at gmail dot com", start: 9, end: 39, value: "bob.sells@gmail.com" },
    { text: "邮箱 tony2024 艾特 qq 点 com", start: 3, end: 23, value: "tony2024@qq.com" },
    // Taiwanese 小老鼠 for @, traditional 點 for the dot
    { text: "資料寄 mei.chen 小老鼠 yahoo 點 com.tw 謝謝", start: 4, end: 31, value: "mei.chen@yahoo.com.tw" },
    // full-width @ and an ideographic full stop for the dot
    { text: "发到 wangfang＠163。com 就行", start: 3, end: 19, value: "wangfang@163.com" },
    // spaces around the @ and the dot
    { text: "reach me: tomsells ＠ gmail . com", start: 10, end: 32, value: "tomsells@gmail.com" },
    // a spaced dot inside the name, when the "@" or "at" is spaced too: the whole name, not its last part
    { text: "mail me at dana . reed @ gmail dot com", start: 11, end: 38, value: "dana.reed@gmail.com" },
    { text: "notes to: p i p . l e e 4 @ outlook . com", start: 10, end: 41, value: "pip.lee4@outlook.com" },
    { text: "write ollie . b 7 at yahoo dot com", start: 6, end: 34, value: "ollie.b7@yahoo.com" },
    // but not a word that introduces the address, nor a full stop before an address typed whole
    { text: "email me . t i n a 2 @ gmail . com", start: 11, end: 34, value: "tina2@gmail.com" },
    { text: "sold out . restock@gmail.com has the list", start: 11, end: 28, value: "restock@gmail.com" },
    // letters spaced out one by one
    { text: "email j o h n 8 8 @ h o t m a i l dot com ok", start: 6, end: 41, value: "john88@hotmail.com" },
    { text: "寄到 k e v i n 9 圈a h o t m a i l 点 c o m", start: 3, end: 39, value: "kevin9@hotmail.com" },
    // "@" said as a bare 圈: a mail service's address, or any after a mailbox word
    { text: "资料包发你邮箱也行，我的是 l i n a 6 6 圈 163 点 com", start: 14, end: 37, value: "lina66@163.com" },
    { text: "合作请发邮件 studio_kk 圈 kkdesign.cn", start: 7, end: 30, value: "studio_kk@kkdesign.cn" },
    // the words in brackets
    { text: "邮箱：zhang.wei【艾特】163【点】com", start: 3, end: 25, value: "zhang.wei@163.com" },
    // initials with dots stay as they are
    { text: "mail j.w.lee @ proton . me", start: 5, end: 26, value: "j.w.lee@proton.me" },
    { text: "客服邮箱 mei.ling#qq.com (把#换成@)", start: 5, end: 20, value: "mei.ling@qq.com" },
    { text: "email me: rob.carter*outlook.com — replace * with @", start: 10, end: 32, value: "rob.carter@outlook.com" },
    { text: "发邮件到 jiajia_88&163.com，&改为@", start: 5, end: 22, value: "jiajia_88@163.com" },
    { text: "邮箱：shop2024＃163.com", start: 3, end: 19, value: "shop2024@163.com" },
    { text: "联系邮箱 sam.li#gmail.com", start: 5, end: 21, value: "sam.li@gmail.com" },
    // emoji or symbols keyed to "@" and "." ("1st 🌀 = @, 2nd = .", "🌸 = @, ⭐ = dot")
    { text: "mail: lily 🌸 outlook ⭐ com (🌸 = @, ⭐ = dot)", start: 6, end: 27, value: "lily@outlook.com" },
    { text: "write to bob 💎 yahoo 💎 com, first 💎 is @, second is .", start: 9, end: 28, value: "bob@yahoo.com" },
    { text: "contact bob💎shop.com.sg, 💎 = @", start: 8, end: 24, value: "bob@shop.com.sg" },
    // a mail service under a country's ending, the "at" and the dots said or typed
    { text: "contact niamh_bakes at gmail.ie if the app is slow", start: 8, end: 31, value: "niamh_bakes@gmail.ie" },
    { text: "send the details to vikram dot sales at rediffmail dot in please", start: 20, end: 57, value: "vikram.sales@rediffmail.in" },
    { text: "mail thabo.m at yahoo.co.za", start: 5, end: 27, value: "thabo.m@yahoo.co.za" },
    { text: "email jun at hotmail dot com dot ph", start: 6, end: 35, value: "jun@hotmail.com.ph" },
    // a whole address typed tight, any country's ending
    { text: "orders to hello@woolandwillow.ie, cheaper than here", start: 10, end: 32, value: "hello@woolandwillow.ie" },
    { text: "email kiri@harbourprints.co.nz.", start: 6, end: 30, value: "kiri@harbourprints.co.nz" },
    // the mailbox named by its service with only the name after it: the service is the domain
    { text: "my yahoo is: mira_handmade22, send the pics there", start: 0, end: 28, value: "mira_handmade22@yahoo.com" },
    { text: "Our business Gmail - orders.kimchi.studio - reply within a day", start: 0, end: 41, value: "orders.kimchi.studio@gmail.com" },
    { text: "我的gmail是 ann.lee.shop，报价发那边", start: 0, end: 21, value: "ann.lee.shop@gmail.com" },
    { text: "contact details not allowed here but my hotmail is\nbens.garage.parts", start: 37, end: 68, value: "bens.garage.parts@hotmail.com" },
    // the name spelled with hyphens or spaces, its parts joined by "dot"
    { text: "reach me at m-i-k-e dot t-a-n 2 2 at gmail dot com", start: 12, end: 50, value: "mike.tan22@gmail.com" },
    { text: "write to k i m dot p a r k 7 at hotmail dot com", start: 9, end: 47, value: "kim.park7@hotmail.com" },
    // a generic ending a studio or small shop picks, typed whole
    { text: "for bespoke sizes mail orders@birchloom.design and I'll quote you", start: 23, end: 46, value: "orders@birchloom.design" },
    { text: "bookings: ink.by.lu@tattoo.ink", start: 10, end: 30, value: "ink.by.lu@tattoo.ink" },
    { text: "邮箱发你 lily 2 0 0 九 at 163 点 com", start: 5, end: 30, value: "lily2009@163.com" },
    { text: "write to me: mike 7 7 3 at gmail dot com", start: 13, end: 40, value: "mike773@gmail.com" },
    { text: "my email is 4 4 0 1 at qq dot com", start: 12, end: 33, value: "4401@qq.com" },
    // 在 said for @ before a big mail service
    { text: "我的邮箱是 abc.wang 在 163 点 com", start: 6, end: 26, value: "abc.wang@163.com" },
    { text: "信箱 camera.lin 在 gmail 點 com", start: 3, end: 27, value: "camera.lin@gmail.com" },
    // "com" said in characters (康姆), after 艾特 or "at"
    { text: "報價寄到 amy.wu 艾特 163 點 康姆", start: 5, end: 23, value: "amy.wu@163.com" },
    { text: "send the list to tom_88 at gmail 点康姆", start: 17, end: 36, value: "tom_88@gmail.com" },
    // round 45: the mail host spelled apart in two letters or digits after a spaced name
    { text: "售后单据发到 8 8 2 0 1 7 5 3 @ q q . com 就行", start: 7, end: 34, value: "88201753@qq.com" },
    { text: "发票寄 l i n a 0 8 @ m e . com", start: 4, end: 27, value: "lina08@me.com" },
    { text: "退货照片传 5 5 6 0 2 1 @ 1 2 6 . com", start: 6, end: 31, value: "556021@126.com" },
    // …but a mailbox word before it, or a mailbox's name that is no shopping verb, still reads one
    { text: "email me: shop at luxelane dot com", start: 10, end: 34, value: "shop@luxelane.com" },
    { text: "contact sales at mystore dot com", start: 8, end: 32, value: "sales@mystore.com" },
    // round 54: the mailbox after a mailbox word, its service named with no ending
    { text: "my email is k_lee22 @ gmail, write there", start: 12, end: 27, value: "k_lee22@gmail.com" },
    { text: "email me at s a r a 9 1 at yahoo", start: 12, end: 32, value: "sara91@yahoo.com" },
    { text: "Our email: m a y a 0 5 at outlook", start: 11, end: 33, value: "maya05@outlook.com" },
    // round 57: the domain's number said in Chinese numerals right before its 点 and ending (幺二六点com, 一六三点net)
    { text: "发票寄我邮箱 wanglaoshi 圈a 幺二六点com", start: 7, end: 28, value: "wanglaoshi@126.com" },
    { text: "邮箱是 liu_mama 艾特 一六三点net 你发过来", start: 4, end: 23, value: "liu_mama@163.net" },
    // round 59: …not a mailbox on that domain given as the writer's own
    { text: "Reach me at kim88@ebay.com for the deal", start: 12, end: 26, value: "kim88@ebay.com" },
    // round 70: a name at a mail service with no ending, then "write me there"
    { text: "it's annies_attic at yahoo, email me there", start: 5, end: 26, value: "annies_attic@yahoo.com" },
    { text: "ben.k at outlook - write me on that, the app hides my replies", start: 0, end: 16, value: "ben.k@outlook.com" },
    { text: "i'm rosewoodco at gmail, hit me up there", start: 4, end: 23, value: "rosewoodco@gmail.com" },
    // round 75: mail me (without the e), then the name at a big mail service, over lines too
    { text: "mail me t.okafor_22 at yahoo", start: 8, end: 28, value: "t.okafor_22@yahoo.com" },
    { text: "no fees here\nmail me\nbob.t_shop\nat yahoo", start: 21, end: 40, value: "bob.t_shop@yahoo.com" },
    // round 77: a mail service named in Chinese as the domain, its ending left out or said (网易邮箱 x, x 艾特 网易163, x 圈a 扣扣点com)
    { text: '网易邮箱 lily_2288 有问题发这里', start: 0, end: 14, value: 'lily_2288@163.com' },
    { text: '163邮箱是 mm.shop66', start: 0, end: 16, value: 'mm.shop66@163.com' },
    { text: 'chenxi 艾特 网易163 发我', start: 0, end: 15, value: 'chenxi@163.com' },
    { text: 'mm_shop88 然后 圈a 扣扣点com', start: 0, end: 22, value: 'mm_shop88@qq.com' },
    // round 83: the mailbox told as the writer's own name here at a mail service, a mail word beside it
    { text: "our store name at yahoo, mail us there", start: 0, end: 23, value: "(store name)@yahoo.com" },
    { text: "email me: my username here @ hotmail", start: 10, end: 36, value: "(username)@hotmail.com" },
    // round 86: Cantonese 係 for 是 between the mail service and the name (我 gmail 係 x) (not a word after it)
    { text: "我嘅 gmail 係 wing.prints22，寄信問", start: 0, end: 24, value: "wing.prints22@gmail.com" },
    { text: "我 hotmail 係 ka_ho.m，有問題寫信", start: 0, end: 19, value: "ka_ho.m@hotmail.com" },
    // round 91: a mailbox's name with its service in brackets after it
    { text: "mail me for pics: lin.bags77 (gmail)", start: 18, end: 36, value: "lin.bags77@gmail.com" },
    { text: "wu_qc88 [outlook] for the invoice", start: 0, end: 17, value: "wu_qc88@outlook.com" },
    // a mailbox at a big mail service, the ending left out: glued by "@", or the service as its label
    { text: "reach me, kay_ro77@hotmail thx", start: 10, end: 26, value: "kay_ro77@hotmail.com" },
    { text: "invoice? yahoo: mart.k9 ok", start: 9, end: 23, value: "mart.k9@yahoo.com" },
    { text: "Or my gmail theo.b2", start: 6, end: 19, value: "theo.b2@gmail.com" },
    // round 95: the spaces taken out at the writer's word ("no spaces"), a bullet for the dot, a bracketed "(at)" before a mail service with no ending
    { text: "email me mei ling 22 @ g mail . com no spaces", start: 9, end: 35, value: "meiling22@gmail.com" },
    { text: "my mail is kim @ ho tmail . co . uk (remove the spaces)", start: 11, end: 35, value: "kim@hotmail.co.uk" },
    { text: "write to sam.ko88 @ outlook • com for the invoice", start: 9, end: 33, value: "sam.ko88@outlook.com" },
    { text: "ask for singles at ana_trades (at) yahoo, faster than here", start: 19, end: 40, value: "ana_trades@yahoo.com" },
  ],
});
