import { ruleTester } from '../rule-tester';

ruleTester('off-platform-payment', {
  valid: [
    "请在平台下单，别私下转账",
    "千万别私下交易，平台有保障",
    "请勿私下交易",
    "Never pay outside the marketplace",
    "先用后付，确认收货再付款",
  ],
  invalid: [
    { text: "不走平台的话便宜50", start: 0, end: 4, value: "不走平台" },
    { text: "你先申请退款，我们微信上交易", start: 2, end: 11, value: "申请退款,我们微信" },
    { text: "let's skip Etsy, pay me directly", start: 6, end: 15, value: "skip etsy" },
  ],
});
