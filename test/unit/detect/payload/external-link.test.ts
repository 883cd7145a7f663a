import { payloadTester } from './payload-tester';

payloadTester('external-link', {
  valid: [
    // the platform's own pages, short links and CDNs
    { payload: 'https://item.taobao.com/item.htm?id=123456789', pageHost: 'item.taobao.com' },
    { payload: 'https://detail.tmall.com/item.htm?id=123456789', pageHost: 'shop123.taobao.com' },
    { payload: 'https://m.tb.cn/h.abcd123', pageHost: 'item.taobao.com' },
    { payload: 'https://item.jd.com/100012043978.html', pageHost: 'mall.jd.com' },
    { payload: 'https://3.cn/abc123', pageHost: 'item.jd.com' },
    { payload: 'https://www.ebay.co.uk/itm/123', pageHost: 'www.ebay.co.uk' },
    { payload: 'https://shop.example.com/item/5', pageHost: 'www.shop.example.com' },
    // not a web link at all
    'mailto:',
    '今日特价',
  ],
  invalid: [
    { payload: 'https://my-own-shop.cn/buy?id=5', pageHost: 'item.taobao.com' },
    { payload: 'https://pan.baidu.com/s/1AbCdEfG', pageHost: 'item.jd.com' },
    { payload: 'https://mobile.yangkeduo.com/goods.html?goods_id=1', pageHost: 'item.taobao.com' },
    { payload: 'https://mp.weixin.qq.com/s/AbCdEf123', pageHost: 'www.xiaohongshu.com' },
    { payload: 'http://192.168.1.20/pay', pageHost: 'item.taobao.com' },
    'https://forms.example.org/join-group',
  ],
});
