import { ruleTester } from '../rule-tester';

ruleTester('external-channel', {
  valid: [
    "关注主播领券",
    "点亮粉丝灯牌",
    "京东小程序也能买",
  ],
  invalid: [
    { text: "进我们的宠粉群，群里更便宜", start: 0, end: 7, value: "进我们的宠粉群" },
    { text: "关注公众号领取优惠券", start: 2, end: 5, value: "公众号" },
    { text: "cheaper on my own website", start: 11, end: 25, value: "my own website" },
  ],
});
