import { ruleTester } from '../rule-tester';

ruleTester('bank-account', {
  valid: [
    "支付宝账号 15300427719 转完说一声", // a wallet's own account label: the wallet's account (payment-account), not a bank's
    "Alipay account 15300427719, name on it Wei", // the same in English, the label longer than the Chinese one
    "用街口支付轉給我，帳號 0936-118-452", // a mobile's number as the account, the wallet named earlier in the clause
    // a card that is itself the goods (gift, top-up, game, store cards), delivered with its serial, name or password
    "礼品卡已发货，卡号 6203 5521 8870 4412，卡密在订单详情",
    "點卡已發 卡號 3310 7782 0045 密碼 551902 在訂單備註",
    "Your gift card number and PIN are in the order details: card number 8203 1174 6652, PIN tap to reveal",
    "星巴克储值卡 卡号 7710 2233 4455 6688 余额可在小程序查询",
    "充值卡 SN：5521 0098 7764 3321，激活后余额自动到账",
    "亲 兑换卡号 S/N 9031 5526 7780 和兑换码都在订单里",
    // a branch number and a short account with no payment, or a branch number alone
    "郵局局號0041827 帳號0365190 已寄出",
    // the order's virtual account the marketplace collects on (Taiwan's ATM payment)
    "訂單成立，請於期限內以ATM轉帳至虛擬帳號 8812 3300 5567 0921（露天代收）",
    "Please complete the ATM transfer to virtual account 9100 2231 8874 5502, collected by Shopee, within 3 days",
    "转账前请核对局号1234567",
    // Hong Kong words without an account number
    "我個戶口有錢，想問幾時發貨",
    "户口本复印件 2 份",
    "Your account 12345678 was created, welcome",
    "账号 12345678 已登录",
    "订单号 6222020200112233445",
    // 20 digits with no account label right before: an order or a waybill
    "订单号 33010419220050678821 已付款，转账记录已截图",
    "付款后查运单号：7731 2045 6690 1234 5678 9",
    "银行卡快捷支付立减",
    "条形码 6901234567892",
    "the sort code 11-22-33 is on the back; order 12345678 arrives today",
    "Delivered 20-04-26, order 53917284",
    "sort code 20-45-77 is on the invoice dated 12-04-2024",
    // IBAN-shaped but the mod-97 check fails
    "bank only, ES30 2100 0418 4602 0005 1332 ok",
    // in other groupings: a part code whose check fails, a number running on past the country's IBAN length
    "part no. AB12.3456.7890.1234.5678.90 in stock",
    "ref GB82 WEST 1234 5698 7654 3200 pls",
    // a bank's phone line, a power bank, an account name that is no holder's name
    "Call Barclays Bank 03457345345 if your card is blocked after paying",
    "Power bank 20000 mAh, pay on delivery",
    "Account name and 2FA updated, order 123456789 paid",
    // an account's number with no bank or holder label beside it, a bank's line called, an order's "Name:"
    "My account no 12345678 was blocked, called the bank: they said wait",
    "Customer account 30012345, name on the bill: J. Okafor",
    "Order no: 12345678 Name: Ade",
    "the bank refunded 12345678 points after the transfer",
    "Call HSBC 03457404404 to sort the payment",
    "Paid with my Monzo card, order 12345678",
    "pay 12345678 points at Barclays",
    // a bank's short name beside a hotline or an amount, no card
    "农行客服 95599，转账限额问题可以打",
    "建行 App 转账限额 50000 元",
    // a second half named after a quantity is no card
    "前面 6228 件已发，后面 4805 件下周发",
    // an order number in two labelled halves
    "訂單編號前半 6222 0212 3456 後半 7890 128",
    // round 45: numbers between emoji that are an order's or a sale's
    "订单号 2026 🔥 1201 🔥 8899 🔥 1234 请核对",
    "满300 🎉 减50 🎉 送20",
    // round 56, not: "this card" with no money sent to it right before the number (an order number, points)
    "这张卡的订单号 202612011234567 已发货",
    "已转入这张卡的会员积分 123456789012，下单可抵现",
    // round 64: the account's kind between the bank's name and the number (POSB savings 123-…, Maybank current a/c 5140…), as Singapore and Malaysia say it
    "OCBC savings 360 account gives 2.5% interest, min 3000",
    "UOB savings rate 0.05% since 2021",
    // round 84: a transit number with no institution, a bus route's number
    "the transit 12345 bus was late again, my account 7654321 is on the receipt",
    // round 87: a number after "to card" that fails the card check; a card named with a price and no sending to it
    "send the $ to card 4111 1111 1111 1112",
    "order $45, card 4111 1111 1111 1111 was declined, pls update it",
    // round 89: "push" of other things, a serial or a reference beside it
    "pushed it to the back of the drawer, serial 4111 1111 1111 1111",
    "push the order to next week, ref 4111 1111 1111 1111",
    // round 90: a bank named before the number, the holder's name told right after it, no paying word needed
    "Zenith Bank customer care 0123456789 name of branch unknown",
    "order 0123456789 name on parcel is wrong",
    // round 91: "no." after a gift card or an order
    "order no. 6228480123456789015",
    "gift card no. 6228480123456789015",
    // round 93: a number that passes the card check with its expiry (MM/YY) right after
    "serial 4111 1111 1111 1111 exp 03/28/2026",
    "lot 4111111111111111 exp 03/28",
    // round 92: a drawer, a date after 'sort', receipts sorted
    "push it right to the back of the drawer, serial 4539 1488 0343 6467",
    "please sort 12-05-24 delivery, invoice 52840117",
    "i'll sort 31-66-09 receipts tonight, order 52840117",
    // round 95: a bank's hotline or an order's number with a name after it
    "Maybank hotline 1300 88 6688 — nama saya Ali",
    "order 5141 2803 7156 — nama penerima Ali",
  ],
  invalid: [
    { text: "微信账号 6222021234567890128 也可以转", start: 5, end: 24, value: "6222021234567890128" }, // a card's number after a wallet's label is still a card's
    { text: "Please transfer to our DBS account 012-345678-9 today", start: 35, end: 47, value: "0123456789" },
    // a "virtual account" with no platform collecting on it
    { text: "請轉帳到虛擬帳號 6228 4806 0253 1178 620，轉完通知我", start: 9, end: 32, value: "6228480602531178620" },
    // payment details as labelled lines, the word to pay elsewhere: the bank's label or the holder's "Name:" beside
    // the labelled number
    { text: "Bank: Zenith Account number: 2087654321", start: 29, end: 39, value: "2087654321" },
    { text: "Acct no: 0214739681, Name: Ade Bello Ventures", start: 9, end: 19, value: "0214739681" },
    // the label written out in full ("account number:") before the number
    { text: "Kindly pay into account number: 2087654321 thanks", start: 32, end: 42, value: "2087654321" },
    { text: "打款到建设银行卡 6217 0000 1000 0000 003 马上发", start: 9, end: 32, value: "6217000010000000003" },
    { text: "wire to IBAN DE89 3704 0044 0532 0130 00 please", start: 13, end: 40, value: "DE89370400440532013000" },
    // a fee's label before the number, which is where the fee is paid into
    { text: "核实前要先缴50元服务费至 6228 4800 1234 5678 901（建设银行），核实后一并退还", start: 14, end: 37, value: "6228480012345678901" },
    // a company's account of 20–21 digits with its own label right before
    { text: "请打到我们对公账户，账号 110202000901234567891，户名 某某科技有限公司", start: 13, end: 34, value: "110202000901234567891" },
    // any grouping: dashed, spaced character by character, split by emoji
    { text: "pay to GB82-WEST-1234-5698-7654-32 today", start: 7, end: 34, value: "GB82WEST12345698765432" },
    { text: "IBAN: NL91 ABNA 0 4 1 7 1 6 4 3 0 0, thanks", start: 6, end: 35, value: "NL91ABNA0417164300" },
    { text: "iban FR76🌸3000🌸6000🌸0112🌸3456🌸7890🌸189 merci", start: 5, end: 44, value: "FR7630006000011234567890189" },
    // an IBAN whose mod-97 check holds but whose national check digits (Spain's DC) were typed wrong
    { text: "bank only, ES29 2100 0418 4602 0005 1332 (BBVA)", start: 11, end: 40, value: "ES2921000418460200051332" },
    // a short word right after the last group is not part of the IBAN
    { text: "transfer: ES29 2100 0418 4602 0005 1332 ok", start: 10, end: 39, value: "ES2921000418460200051332" },
    { text: "账号：9558 8010 0123 4567 890 开户行：工行", start: 3, end: 26, value: "9558801001234567890" },
    { text: "Bank details: sort code 40-11-62, acc 71234567, send today", start: 38, end: 46, value: "71234567" },
    { text: "pay to sort code 40 11 62 account 71234567", start: 34, end: 42, value: "71234567" },
    { text: "BSB 062-000 acc 12345678 thanks", start: 16, end: 24, value: "12345678" },
    // Hong Kong: 户口 (bank account) and 入数/过数 (pay in), numbers like 012-345678-9
    { text: "過數去中銀戶口 012-345678-9 就得", start: 8, end: 20, value: "0123456789" },
    { text: "直接入數俾我，恒生戶口 024 123456 001", start: 12, end: 26, value: "024123456001" },
    // a 10-digit account (Nigeria's NUBAN) with the bank's name before it, or with the holder's name
    { text: "Kindly pay to Zenith Bank 2087654321 and share the receipt", start: 26, end: 36, value: "2087654321" },
    { text: "Transfer to Ecobank: 5021136470, send screenshot of payment", start: 21, end: 31, value: "5021136470" },
    { text: "Send the money: 3012345678 (account name Chinedu Eze), First Bank", start: 16, end: 26, value: "3012345678" },
    { text: "Deposit to 1187432209, beneficiary Tunde Bakare", start: 11, end: 21, value: "1187432209" },
    { text: "Send the amount to 30987654321, IFSC: HDFC0001234", start: 19, end: 30, value: "30987654321" },
    { text: "Account name: Wanjiru Kamau, 1100234567, then send the transfer slip", start: 29, end: 39, value: "1100234567" },
    // a bank named without the word "bank", or named after the number
    { text: "UBA 2034567891 Chioma Nwosu, send receipt after payment", start: 4, end: 14, value: "2034567891" },
    { text: "Send proof of payment after you pay into 0123456789 (Kuda)", start: 41, end: 51, value: "0123456789" },
    { text: "make transfer 3045678912 Wema Bank then send proof", start: 14, end: 24, value: "3045678912" },
    // a valid card beside a bank's short name (农行, 中银), or with the money's arrival awaited (钱到我就寄)
    { text: "工行 6217 0000 壹零零零 0000 003，钱到我就寄", start: 3, end: 26, value: "6217000010000000003" },
    { text: "6217 0000 1000 0000 003 中银 陈小姐", start: 0, end: 23, value: "6217000010000000003" },
    // an account given as its branch's number and its own (Taiwan's post office, a Hong Kong branch)
    { text: "轉帳到郵局，局號：1234567，帳號：7654321，謝謝", start: 9, end: 27, value: "12345677654321" },
    { text: "入数去分行編號 123 户口號碼 456789", start: 8, end: 23, value: "123456789" },
    // the card number dictated in parts with 然后 between them
    { text: "打款到建行卡 6217 然后 0012 然后 3456 然后 7890 123，户名张三", start: 7, end: 39, value: "6217001234567890123" },
    // a goods card named, but the money paid into the card number, a bank named with it, or a number that is a bank
    // card (issuer and Luhn): an account after all
    { text: "游戏点卡找我拿更便宜 卡号 6217 0012 3456 7890 120 建行", start: 14, end: 37, value: "6217001234567890120" },
    { text: "礼品卡半价 找我 卡号 6228 4804 0256 4890 018", start: 12, end: 35, value: "6228480402564890018" },
    { text: "充值卡便宜出 卡號 3318 2045 7712 09 農行", start: 10, end: 27, value: "33182045771209" },
    { text: "礼品卡回收，钱打到我卡号 6222 0212 3456 7890 123", start: 13, end: 36, value: "6222021234567890123" },
    { text: "Gift card orders: pay by bank transfer to card number 8203 1174 6652 9910", start: 54, end: 73, value: "8203117466529910" },
    { text: "卡密发你了，货款转到卡号 6217 0012 3456 7890 123，户名李四", start: 13, end: 36, value: "6217001234567890123" },
    // the card number in halves, the second named on its own line
    { text: "卡號分兩次發：前半段 6228 4805\n後半段 1937 2068，農行", start: 11, end: 34, value: "6228480519372068" },
    // a card number sent in two labelled halves
    { text: "卡号分两条发 前半段 6222 0212 3456 后半段 7890 128 工行", start: 11, end: 38, value: "6222021234567890128" },
    { text: "卡號分開給 上半段 6222 0212 3456 下半段 7890 128 中行", start: 10, end: 37, value: "6222021234567890128" },
    // round 45: a card number's groups split by emoji outside the BMP (two code units, one separator)
    { text: "退差价到这张卡 6217 🍀 0012 🍀 3456 🍀 7893 建行", start: 8, end: 36, value: "6217001234567893" },
    { text: "卡號 6228 💎 4800 💎 4512 💎 3079 農行 補運費轉這", start: 3, end: 31, value: "6228480045123079" },
    // round 56: the money sent to "this card", the number right after it, though it fails the card check
    { text: "尾款请汇到这张卡：9558 8012 3456 789", start: 9, end: 27, value: "955880123456789" },
    { text: "定金打到我这张卡 6013 8200 4567 891", start: 9, end: 27, value: "601382004567891" },
    // round 64: the account's kind between the bank's name and the number (POSB savings 123-…, Maybank current a/c 5140…), as Singapore and Malaysia say it
    { text: "pls transfer to my OCBC savings 601-234567-001 then send ss", start: 32, end: 46, value: "601234567001" },
    { text: "pay to Maybank current a/c 514012345678 thanks", start: 27, end: 39, value: "514012345678" },
    // round 84: a Canadian account by its transit, institution and account numbers, each labelled, in either order
    { text: "e-transfer not working? wire it: transit 04321, institution 010, account 9876543", start: 73, end: 80, value: "9876543" },
    { text: "institution no. 002 / transit no. 55501 / acct no. 123456789", start: 51, end: 60, value: "123456789" },
    // round 87: the money sent "to card" with a price sign before it, a valid card number after
    { text: "send the £ to card 4111 1111 1111 1111, then I log out", start: 19, end: 38, value: "4111111111111111" },
    { text: "pay the $ into my card 5500 0000 0000 0004 and the acc is yours", start: 23, end: 42, value: "5500000000000004" },
    // round 89: the money "pushed" to a debit card, the number after it (the card check must pass)
    { text: "push it to my debit 4111.1111.1111.1111, zelle is maxed out", start: 20, end: 39, value: "4111111111111111" },
    // round 90: a bank named before the number, the holder's name told right after it, no paying word needed
    { text: "Wema Bank 2034567891, name Tola", start: 10, end: 20, value: "2034567891" },
    { text: "Fidelity Bank zero one two three four five six seven eight nine name Kemi", start: 14, end: 63, value: "0123456789" },
    // round 91: "card no." before a number that passes the card check
    { text: "transfer the 900 yuan to card number 6228480123456789015, holder Wang", start: 37, end: 56, value: "6228480123456789015" },
    { text: "bank card number: ⑥②②⑧④⑧⓪①②③④⑤⑥⑦⑧⑨⓪①⑤ send the receipt", start: 18, end: 37, value: "6228480123456789015" },
    // round 93: a number that passes the card check with its expiry (MM/YY) right after
    { text: "use 4111 1111 1111 1111 valid thru 11/27, cvv after", start: 4, end: 23, value: "4111111111111111" },
    { text: "my card is 5500 0000 0000 0004 exp 09/29 just charge it", start: 11, end: 30, value: "5500000000000004" },
    // round 92: the money pushed 'over' or 'straight' to a card; 'sort' alone before a dashed or dotted sort code
    { text: "push the money over to my debit card 4539 1488 0343 6467 tonight", start: 37, end: 56, value: "4539148803436467" },
    { text: "barclays sort 20.45.77 acc 33019482, ref your name", start: 27, end: 35, value: "33019482" },
    { text: "lloyds sort 30-94-57, account 12345678", start: 30, end: 38, value: "12345678" },
    // round 95: the holder's name after an em dash, or by its Malay word (nama, atas nama), beside a bank's name
    { text: "CIMB 7062 4418 93 — nama Siti Aminah, ss lepas bayar", start: 5, end: 17, value: "7062441893" },
    { text: "Maybank 1640 2298 7731 atas nama Farah, murah sikit", start: 8, end: 22, value: "164022987731" },
    { text: "RHB 2140 5531 0087 — name Lee K.W.", start: 4, end: 18, value: "214055310087" },
  ],
});
