import { payloadTester } from './payload-tester';

payloadTester('whatsapp', {
  valid: ['https://wa.me/', 'https://www.whatsapp.com/download', 'https://api.whatsapp.com/', 'whatsapp://'],
  invalid: [
    'https://wa.me/14155550123',
    'https://api.whatsapp.com/send?phone=8613800138000&text=hi',
    'https://chat.whatsapp.com/AbCdEfGhIjKlMn12',
    'whatsapp://send?phone=+8613800138000',
  ],
});
