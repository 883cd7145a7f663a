import { payloadTester } from './payload-tester';

payloadTester('wechat-contact', {
  valid: ['https://weixin.qq.com/', 'https://weixin.qq.com/cgi-bin/readtemplate', 'https://u.wechat.com/', 'weixin://', 'https://work.weixin.qq.com/'],
  invalid: [
    'https://u.wechat.com/EAbCdEfGh1234567',
    'http://weixin.qq.com/r/mp/aBcD1234EfGh',
    'https://weixin.qq.com/g/AQYAAbCdEfGh12345',
    'https://work.weixin.qq.com/ca/cawcde1234567890abc',
    'weixin://contacts/profile/mm_8866',
  ],
});
