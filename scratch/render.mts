import { renderCertificatePdf } from '../printing/pdf/certificate-pdf.ts';
const r = await renderCertificatePdf({ title: '居住证明', holderName: '张伟民', idNumber: '510722196803121230', body: '兹证明张伟民同志自2015年3月起居住在东升街道红星社区3组12号，情况属实。特此证明。', authority: '东升街道办事处', issuedAt: new Date(), verificationCode: '7K3M-Q9TZ-04HX', verifyUrl: 'http://127.0.0.1:8470/verify/7K3M-Q9TZ-04HX', siteName: '东升街道便民服务中心', siteCode: 'SL-DS-01' }, '/tmp/sample.pdf');
console.log(r);
