import { ruleTester } from '../rule-tester';

ruleTester('email-address', {
  valid: [
    "look at amazon.com for the price",
    "邮箱登录失败怎么办",
  ],
  invalid: [
    { text: "报价发你 lucy_trade@163.com", start: 5, end: 23, value: "lucy_trade@163.com" },
    { text: "mail me: bob dot sells at gmail dot com", start: 9, end: 39, value: "bob.sells@gmail.com" },
    { text: "邮箱 tony2024 艾特 qq 点 com", start: 3, end: 23, value: "tony2024@qq.com" },
  ],
});
