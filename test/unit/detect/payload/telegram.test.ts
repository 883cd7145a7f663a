import { payloadTester } from './payload-tester';

payloadTester('telegram', {
  valid: ['https://t.me/', 'https://telegram.org/apps', 'tg://', 'https://t.me/ab'],
  invalid: ['https://t.me/shop_deals88', 'https://t.me/+AbCdEfGh1234', 'https://telegram.me/joinchat/AbCdEf123', 'tg://resolve?domain=shop_deals88'],
});
