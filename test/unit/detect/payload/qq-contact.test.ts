import { payloadTester } from './payload-tester';

payloadTester('qq-contact', {
  valid: ['https://qm.qq.com/', 'https://jq.qq.com/', 'https://im.qq.com/index', 'mqqapi://', 'tencent://message/?uin=12'],
  invalid: [
    'https://qm.qq.com/cgi-bin/qm/qr?k=AbCdEf123456&noverify=0',
    'https://qm.qq.com/q/aBcDeFg123',
    'https://jq.qq.com/?_wv=1027&k=5aBcDeF',
    'mqqapi://card/show_pslcard?src_type=internal&version=1&uin=123456789',
    'tencent://message/?uin=123456789&Site=shop&Menu=yes',
  ],
});
