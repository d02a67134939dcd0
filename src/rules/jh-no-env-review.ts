import type { Rule } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'JH-NO-ENV-REVIEW',
    kind: ['path'],
    severity: 'warning',
    title: { zh: '金湖：节能评估、规划选址、用地预审、环评', en: 'Jinhu: energy, siting, land and environment reviews' },
    description: {
      zh: '县本级政务信息化项目原则上不再进行节能评估、规划选址、用地预审、环境影响评价等审批，涉及新建土建工程和高耗能项目的除外。',
      en: 'County projects need no energy, siting, land or environment review unless they involve new civil works or high energy use.',
    },
    origin: 'jinhu',
    article: '第十七条',
  },
  check(ctx) {
    for (const [key, zh, en] of [['civilWorks', '涉及新建土建工程', 'involves new civil works'], ['highEnergy', '属于高耗能项目', 'uses much energy']] as const) {
      if (ctx.facts[key] === true) {
        ctx.report({
          pointer: `/${key}`,
          zh: `项目${zh}，须办理节能评估、规划选址、用地预审和环境影响评价`,
          en: `the project ${en}: energy, siting, land and environment reviews are required`,
        });
      }
    }
  },
};
