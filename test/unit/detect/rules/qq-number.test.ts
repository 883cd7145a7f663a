import { ruleTester } from '../rule-tester';

ruleTester('qq-number', {
  valid: [
    "QQ音乐绿钻 12个月",
    "扣扣子的设计 3个装",
    "家人们扣1",
    "货号 QQ2024-RD",
    "型号QQ2024款 粉色",
  ],
  invalid: [
    { text: "售后问题加QQ 77812345", start: 5, end: 16, value: "77812345" },
    { text: "企鹅：六六八八二二三三四", start: 0, end: 12, value: "668822334" },
    { text: "加我q：556677881", start: 2, end: 13, value: "556677881" },
    { text: "QQ号在我主页简介里", start: 0, end: 7, value: "" },
    { text: "加我QQ1847362950详聊", start: 2, end: 14, value: "1847362950" },
  ],
});
