import { payloadTester } from './payload-tester';

payloadTester('alipay-pay', {
  valid: ['https://qr.alipay.com/', 'https://www.alipay.com/', 'alipays://', 'https://render.alipay.com/', '支付宝'],
  invalid: [
    'https://qr.alipay.com/fkx12345abcdefghijk',
    'HTTPS://QR.ALIPAY.COM/FKX19983TKOZP9WJM4SB5E',
    'alipays://platformapi/startapp?appId=20000123&actionType=scan&biz_data={"s":"money","u":"2088000000000000"}',
    'https://render.alipay.com/p/f/fd-jblxfp45/pages/home/index.html',
    'https://ds.alipay.com/?from=mobilecodec&scheme=alipays%3A%2F%2Fplatformapi',
  ],
});
