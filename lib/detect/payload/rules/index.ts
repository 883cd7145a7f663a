/**
 * Every payload rule, in the order they are tried: the first that matches
 * names the finding, so specific apps come before the catch-all web link.
 * A meta-test checks each file in this folder is listed here.
 */
import type { PayloadRule } from '../rule';
import alipayPay from './alipay-pay';
import externalLink from './external-link';
import line from './line';
import paypalMe from './paypal-me';
import qqContact from './qq-contact';
import qqWalletPay from './qq-wallet-pay';
import telegram from './telegram';
import unionpayPay from './unionpay-pay';
import upiPay from './upi-pay';
import wechatContact from './wechat-contact';
import wechatPay from './wechat-pay';
import whatsapp from './whatsapp';

export const PAYLOAD_RULES: readonly PayloadRule[] = [
  wechatPay,
  alipayPay,
  unionpayPay,
  qqWalletPay,
  upiPay,
  paypalMe,
  wechatContact,
  qqContact,
  telegram,
  whatsapp,
  line,
  externalLink,
];
