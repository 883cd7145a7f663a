import { payloadTester } from './payload-tester';

payloadTester('wechat-pay', {
  valid: ['wxp://', 'wxp://f2f', 'wxp:/f2f0abcdef', 'https://pay.weixin.qq.com/index.php/core/home', 'https://wx.tenpay.com/', '微信支付'],
  invalid: [
    'wxp://f2f0Xq1aBcD-eFgH_123',
    '  wxp://f2f1lZzt8fc5yZ5C7Xs-PAGPxbbpu0Cxa5Pc \n',
    'https://wx.tenpay.com/f2f?t=AQAAAAbcdEFG123',
    'https://payapp.weixin.qq.com/qrpay/order/home2?key=abc123',
  ],
});
