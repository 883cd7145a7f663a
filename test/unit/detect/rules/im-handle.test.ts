import { ruleTester } from '../rule-tester';

ruleTester('im-handle', {
  valid: [
    "This phone runs WhatsApp 2.24 smoothly",
    "This phone runs WhatsApp and Telegram",
    "支援 LINE Pay 付款",
    "抖音同款爆款",
  ],
  invalid: [
    { text: "Chat with me on WhatsApp +44 7700 900123 anytime", start: 16, end: 40, value: "447700900123" },
    { text: "Telegram @fast_deals_hk for stock", start: 0, end: 23, value: "fast_deals_hk" },
    { text: "加我Line：happy_mart88", start: 2, end: 19, value: "happy_mart88" },
    { text: "wa.me/8613912345678 chat there", start: 0, end: 19, value: "wa.me/8613912345678" },
    { text: "my discord is lootbox_77", start: 3, end: 24, value: "lootbox_77" },
  ],
});
