import { ruleTester } from '../rule-tester';

ruleTester('contact-request', {
  valid: [
    "有问题请联系平台客服",
    "Message me here if you have questions",
    "留言板已满",
  ],
  invalid: [
    { text: "想要的私我", start: 0, end: 5, value: "想要的私我" },
    { text: "DM me for details", start: 0, end: 5, value: "dm me" },
    { text: "你的微信是多少", start: 0, end: 7, value: "你的微信是多少" },
  ],
});
