import { outlineRule } from './lib/outline.js';

/** Expectations: the items of schemas/outlines/ whose x-rule is NAT-SECURE. */
export const rule = outlineRule({
  id: 'NAT-SECURE',
  severity: 'error',
  title: { zh: '安全可靠和密码应用', en: 'Secure and reliable products; cryptography' },
  description: {
    zh: '报批文件说明软硬件产品的安全可靠情况；密码应用与系统同步规划、同步建设、同步运行。',
    en: 'Approval documents explain whether products are secure and reliable; cryptography is planned, built and run with the system.',
  },
  origin: '国家政务信息化项目建设管理办法（国办发〔2019〕57号）',
  article: '（安全可靠和密码；金湖 第二十二条、巴中 第四十六条、吉林 第十八条重述）',
  restatedBy: { jinhu: '第二十二条', bazhong: '第四十六条', jilin: '第十八条' },
});
