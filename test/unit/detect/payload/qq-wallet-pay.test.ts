import { payloadTester } from './payload-tester';

payloadTester('qq-wallet-pay', {
  valid: ['https://i.qianbao.qq.com/', 'https://qpay.qq.com/', 'https://i.qianbao.qq.com/wallet/sqrcode.htm'],
  invalid: ['https://i.qianbao.qq.com/wallet/sqrcode.htm?m=tenpay&a=1&u=123456789&ac=ABCDEF&n=shop&f=wallet', 'https://qpay.qq.com/qr/abc?t=5a7b9c1d'],
});
