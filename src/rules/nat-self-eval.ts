import type { Rule } from './types.js';
import { selfEvaluationWindow } from './lib/windows.js';

export const rule: Rule = {
  meta: {
    id: 'NAT-SELF-EVAL',
    kind: ['time'],
    severity: 'error',
    title: { zh: '自评价 12–24 个月', en: 'Self-evaluation' },
    description: { zh: '项目通过竣工验收并投入运行后 12 至 24 个月内开展自评价。', en: 'Self-evaluation 12–24 months after acceptance and operation.' },
    origin: '国家政务信息化项目建设管理办法（国办发〔2019〕57号）',
    article: '（自评价；巴中 第四十二条、鼓楼 第二十四条、吉林 第二十八条重述）',
    stage: '运行维护',
    restatedBy: { bazhong: '第四十二条', gulou: '第二十四条', jilin: '第二十八条' },
    params: { base: 'accepted', also: 'operationStart', from: 12, to: 24 },
    reading: {
      zh: '“通过竣工验收并投入运行后 12 至 24 个月内”：两者都已发生后起算，自竣工验收日和投入运行日中较晚的一日起计；缺其中一个日期时不作判断并提示。',
      en: '"12 to 24 months after passing acceptance and entering operation": counted from the later of the acceptance and operation-start dates; with one of them missing, nothing is decided and the gap is noted.',
    },
  },
  check(ctx) {
    selfEvaluationWindow(ctx);
  },
};
