/**
 * Character-level data for normalise.ts. Data only: no logic here.
 */

/** Traditional → simplified for characters that occur in inducement keywords and their context. */
export const TRADITIONAL_PAIRS: string = [
  '號号 寶宝 匯汇 蝦虾 帳账 戶户 轉转 銀银 訊讯 聯联 絡络 電电 話话 碼码 機机 維维 衛卫 點点 評评 價价',
  '裝装 單单 訂订 貨货 買买 賣卖 錢钱 給给 們们 會会 關关 註注 書书 現现 紅红 動动 對对 帶带 圖图 傳传',
  '這这 個个 過过 說说 請请 與与 為为 權权 護护 詐诈 騙骗 隱隐 線线 優优 費费 續续 從从 來来 時时 間间',
  '問问 題题 發发 貼贴 頁页 區区 體体 資资 選选 鑑鉴 賞赏 週周 慶庆 滿满 場场 讀读 樂乐 專专 屬属 員员',
  '視视 頻频 掃扫 臉脸 讚赞 寫写 網网 盤盘 衆众 眾众 羣群 約约 歡欢 條条 據据 額额 幣币 將将 沒没 麼么',
  '麽么 嗎吗 態态 於于 後后 靈灵 門门 東东 圓圆 實实 禮礼 驗验 證证 認认 購购 讓让 車车 廣广 屆届 濟济',
  '鏈链 結结 雲云 複复 製制 種种 閱阅 覽览 無无 館馆 漲涨 貳贰 參叁 陸陆 兩两 萬万 億亿 團团 搶抢 簽签',
  '積积 紀纪 錄录 帥帅 遊游 戲戏 擊击 撥拨 繫系 處处 備备 應应 該该 幫帮 當当 還还 觸触 達达 務务 辦办',
  '廠厂 驛驿 運运 遞递 標标 準准 稱称 裡里 裏里 邊边 財财 庫库 銷销 賴赖 郵邮 掛挂',
  // app look-alikes and contact/payment words in traditional script (企鵝, 綠泡泡, 釘釘, 飛機, 電報, 賬號, 編號…)
  '鵝鹅 綠绿 軟软 飛飞 紙纸 報报 釘钉 釦扣 頭头 簡简 賬账 數数 詢询 諮咨 詳详 談谈 鍵键 絲丝 載载 贈赠',
  '領领 獎奖 勵励 換换 係系 騰腾 節节 絕绝 遠远 導导 錯错 編编 繳缴 賺赚 餘余 鈔钞 託托 擔担',
  // look-alikes, hotline/label words, warnings and negations, review and group words (韋信, 摳摳, 雲閃付, 開戶行,
  // 熱線, 總機, 投訴, 追蹤, 合計, 謹防, 舉報, 風險, 嚴禁, 別, 溫馨, 繞過, 曬圖, 進群, 獨立站, 連結)
  '韋韦 摳抠 閃闪 開开 熱热 總总 臺台 訴诉 蹤踪 計计 謹谨 舉举 風风 險险 嚴严 別别 溫温 繞绕 曬晒 進进',
  '獨独 連连 預预 塊块 覺觉 擇择 雜杂 範范 確确 筆笔',
].join(' ');

/** Code points NFKC leaves alone but people use as letters/digits (negative circled/squared, dingbat digits). */
export function extraFold(cp: number): string | undefined {
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
  return undefined;
}

/** Hearts of every colour fold to one canonical heart so "V❤" and "v💚" read the same. */
export const HEARTS = '❤♥♡❣💚💙💛💜🧡🖤🤍🤎💗💖💕💓💞💘💝💟🩷🩵🩶';
export const CANON_HEART = '♥';

/** Chinese numerals that stand for single digits in a digit sequence. */
export const CN_DIGITS: Readonly<Record<string, string>> = {
  〇: '0', 零: '0', 洞: '0', 一: '1', 幺: '1', 壹: '1', 二: '2', 两: '2', 贰: '2', 三: '3', 叁: '3',
  四: '4', 肆: '4', 五: '5', 伍: '5', 六: '6', 陆: '6', 七: '7', 柒: '7', 拐: '7', 八: '8', 捌: '8',
  九: '9', 玖: '9', 勾: '9',
};
/** Numerals that are digits only in the middle of a run already started by an unambiguous numeral. */
export const CN_DIGITS_WEAK = '洞拐勾两幺';

/** English number words (used only in runs of at least three). */
export const EN_DIGITS: Readonly<Record<string, string>> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};
