import { ruleTester } from '../rule-tester';

ruleTester('phone-number', {
  valid: [
    "订单编号 13800138000123",
    "联系电话：138****0000（已隐藏）",
    "快递单号 SF1380013800",
    "客服热线 400-820-8820",
    "价格 ¥1380013800",
  ],
  invalid: [
    { text: "有事打我 186 0011 2233", start: 5, end: 18, value: "18600112233" },
    { text: "手机 幺五九 一二三四 五六七八", start: 3, end: 16, value: "15912345678" },
    { text: "call me on +44 7911 123456", start: 11, end: 26, value: "447911123456" },
    { text: "电话13912345678找王姐", start: 2, end: 13, value: "13912345678" },
  ],
});
