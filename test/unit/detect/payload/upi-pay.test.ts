import { payloadTester } from './payload-tester';

payloadTester('upi-pay', {
  // (the link with no payee, another scheme, or the word in a web address pays no one)
  valid: ['upi://pay', 'upi://pay?pn=Ravi&am=250', 'upi://mandate?pa=x@okaxis', 'https://www.npci.org.in/what-we-do/upi/product-overview', 'UPI ID: ravi@okaxis'],
  invalid: [
    'upi://pay?pa=ravi.kumar@okaxis&pn=Ravi%20Kumar&am=499.00&cu=INR',
    'UPI://PAY?PN=Shop&PA=deals-24@ybl',
    ' upi://pay?pa=9876543210@paytm \n',
  ],
});
