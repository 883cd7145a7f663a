import type { Kind, MessageSeverity } from './detect/types';
import type { Lang } from './i18n';

/** Short names of the finding kinds for the UI. */
export const KIND_LABELS: Record<Lang, Record<Kind, string>> = {
  zh: {
    wechat: '微信号',
    qq: 'QQ 号',
    phone: '电话号码',
    email: '电子邮箱',
    im_handle: '其他聊天软件账号',
    bank_account: '银行卡/账户',
    payment_account: '私人收款账户',
    payment_qr: '收款二维码',
    off_platform_payment: '要求平台外付款',
    cashback_card: '好评返现',
    contact_request: '引导私下联系',
    external_channel: '引导到站外群/小程序/网站',
  },
  en: {
    wechat: 'WeChat ID',
    qq: 'QQ number',
    phone: 'Phone number',
    email: 'E-mail address',
    im_handle: 'Messaging-app handle',
    bank_account: 'Bank card / account',
    payment_account: 'Private payment account',
    payment_qr: 'Payment QR code',
    off_platform_payment: 'Asked to pay off-platform',
    cashback_card: 'Cash for a good review',
    contact_request: 'Asked to contact privately',
    external_channel: 'Sent to an outside group, app or site',
  },
};

export const SEVERITY_LABELS: Record<Lang, Record<MessageSeverity, string>> = {
  zh: { none: '无', low: '低', medium: '中', high: '高' },
  en: { none: 'none', low: 'low', medium: 'medium', high: 'high' },
};
