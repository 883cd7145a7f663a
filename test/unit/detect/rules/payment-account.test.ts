import { ruleTester } from '../rule-tester';

ruleTester('payment-account', {
  valid: [
    "We accept PayPal and cards at checkout",
    "Zelle is a US bank service",
    "支持支付宝、微信支付",
    "Pay securely with PayPal at checkout",
    "支付宝付款成功",
  ],
  invalid: [
    { text: "I can do $50 less if you pay me by Zelle today", start: 35, end: 40, value: "zelle" },
    { text: "Pay me via PayPal Friends & Family please", start: 11, end: 34, value: "paypal friends & family" },
    { text: "直接转支付宝 13812345678 就行", start: 3, end: 18, value: "13812345678" },
    { text: "PayPal friends and family to mia.shop@gmail.com", start: 0, end: 47, value: "mia.shop@gmail.com" },
    { text: "Venmo @Lena-Deals please", start: 0, end: 17, value: "lena-deals" },
    { text: "send it to 0x742d35Cc6634C0532925a3b844Bc454e4438f44e (ETH)", start: 11, end: 53, value: "0x742d35Cc6634C0532925a3b844Bc454e4438f44e" },
  ],
});
