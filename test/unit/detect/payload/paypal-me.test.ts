import { payloadTester } from './payload-tester';

payloadTester('paypal-me', {
  valid: ['https://paypal.me/', 'https://www.paypal.com/us/home', 'https://www.paypal.com/paypalme/'],
  invalid: ['https://paypal.me/shopdeals88', 'https://www.paypal.me/shopdeals88/25', 'https://www.paypal.com/paypalme/shopdeals88'],
});
