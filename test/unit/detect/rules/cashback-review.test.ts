import { ruleTester } from '../rule-tester';

ruleTester('cashback-review', {
  valid: [
    "好评率 99%",
    "满300返50购物金（平台活动）",
    "晒图好评的亲们谢谢支持",
  ],
  invalid: [
    { text: "五星好评返现5元", start: 0, end: 6, value: "五星好评返现" },
    { text: "追评晒图联系客服领红包", start: 0, end: 11, value: "追评晒图联系客服领红包" },
    { text: "Leave a 5-star review and get $10 back", start: 8, end: 33, value: "5-star review and get $10" },
  ],
});
