import { payloadTester } from './payload-tester';

payloadTester('line', {
  valid: ['https://line.me/', 'https://line.me/en/', 'https://lin.ee/', 'line://'],
  invalid: ['https://line.me/ti/p/AbCdEf123', 'https://line.me/R/ti/p/@shop123', 'https://lin.ee/AbCdEf1', 'https://line.me/R/ti/g/AbCdEf123', 'line://ti/p/@shop123'],
});
