import { ruleTester } from '../rule-tester';

ruleTester('payment-qr', {
  valid: [
    "微信扫码登录",
    "扫码关注店铺领券",
    "任何让你扫码付款的都是骗子",
  ],
  invalid: [
    { text: "收款码发你，付好截图", start: 0, end: 3, value: "收款码" },
    { text: "直接扫我的收款二维码", start: 5, end: 10, value: "收款二维码" },
    { text: "I'll send my payment QR code", start: 13, end: 28, value: "payment qr code" },
  ],
});
