import { payloadTester } from './payload-tester';

// The example merchant payload of the EMVCo QR specification, with its CRC (tag 63).
const EMV = '00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603***0708A60086670902ME91320016A0112233449988770708123456786304A13A';

payloadTester('unionpay-pay', {
  valid: ['https://qr.95516.com/', '000201', `${EMV.slice(0, -4)}0000`, 'https://cn.unionpay.com/'],
  invalid: ['https://qr.95516.com/00010000/01116734926411298', EMV, 'upwallet://native/scanCode?id=12345'],
});
