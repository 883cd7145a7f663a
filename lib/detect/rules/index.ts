/** Every rule, listed explicitly (a meta-test checks each file in this folder is here). */
import type { Rule } from '../rule';
import bankAccount from './bank-account';
import cashbackReview from './cashback-review';
import contactRequest from './contact-request';
import emailAddress from './email-address';
import externalChannel from './external-channel';
import imHandle from './im-handle';
import offPlatformPayment from './off-platform-payment';
import paymentAccount from './payment-account';
import paymentQr from './payment-qr';
import phoneNumber from './phone-number';
import qqNumber from './qq-number';
import wechatId from './wechat-id';
import wechatInvite from './wechat-invite';

export const RULES: readonly Rule[] = [
  wechatId,
  wechatInvite,
  qqNumber,
  phoneNumber,
  emailAddress,
  imHandle,
  bankAccount,
  paymentAccount,
  paymentQr,
  offPlatformPayment,
  cashbackReview,
  contactRequest,
  externalChannel,
];
