import { ruleTester } from '../rule-tester';

ruleTester('wechat-invite', {
  valid: [
    "加入购物车再结算",
    "本店不会要求您添加微信",
    "加个好友群",
  ],
  invalid: [
    { text: "图片不清楚，加我微信看实拍", start: 6, end: 10, value: "" },
    { text: "扫我主页二维码加微信", start: 0, end: 10, value: "" },
    { text: "微信号在我主页简介里", start: 0, end: 7, value: "" },
  ],
});
