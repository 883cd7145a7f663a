import { payloadTester } from './payload-tester';

payloadTester('wechat-pay', {
  valid: ['wxp://', 'wxp://f2f', 'wxp:/f2f0abcdef', 'https://pay.weixin.qq.com/index.php/core/home', 'https://wx.tenpay.com/', '微信支付', 'weixin://wxpay/bizpayurl', 'weixin://dl/chat', 'weixin://wxpay/bizpayurl?pr=ab'],
  invalid: [
    'wxp://f2f0Xq1aBcD-eFgH_123',
    '  wxp://f2f1lZzt8fc5yZ5C7Xs-PAGPxbbpu0Cxa5Pc \n',
    'https://wx.tenpay.com/f2f?t=AQAAAAbcdEFG123',
    'https://payapp.weixin.qq.com/qrpay/order/home2?key=abc123',
    'weixin://wxpay/bizpayurl?pr=Ab12Cd3',
    'weixin://wxpay/bizpayurl?appid=wx2421b1c4370ec43b&mch_id=10000100&nonce_str=f6808&product_id=123456&time_stamp=1415949957&sign=512F68131DD251DA4A45DA79CC7EFE9D',
  ],
});
