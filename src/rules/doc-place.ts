import { loadDivisions, placesIn, stem } from '../document/places.js';
import { pick } from '../i18n/lang.js';
import type { Rule } from './types.js';
import { documentStatements, quote, statementAt } from './lib/statements.js';

export const rule: Rule = {
  meta: {
    id: 'DOC-PLACE',
    kind: ['text'],
    severity: 'warning',
    title: { zh: '文档未提及本项目辖区以外的地方', en: 'Documents name no place outside the project\'s jurisdiction' },
    description: {
      zh: '文档中出现的省、市、县（区）名称应是本项目所在辖区（办法的行政区划代码）或其上级、下级；出现其他地方（如吉林省项目写到成都市、金湖县项目写到盱眙县）为警告：疑似从其他项目复制。对口支援、参考案例等确需提及的地方列入 project.yaml 的 otherPlaces。名称取自 GB/T 2260 行政区划（国家统计局统计用区划代码）：全国的省和地级，及本省的县级。',
      en: 'Provinces, cities and counties a document names are the project\'s jurisdiction (the profile\'s division code), above it or within it; any other (a Jilin project naming 成都市) is a warning: probably copied from another project. Places named on purpose (paired assistance, a reference case) go in project.yaml\'s otherPlaces. Names come from GB/T 2260 (the statistics division codes): every province and prefecture, and the counties of the project\'s own province.',
    },
    origin: null,
    article: '',
  },
  check(ctx) {
    const own = ctx.profile.division;
    if (!own) return;
    const mine = stem(own);
    // Inside the jurisdiction, or one of the divisions it lies in.
    const related = (code: string): boolean => code.startsWith(mine) || mine.startsWith(stem(code));
    const allowed = new Set((ctx.facts.otherPlaces ?? []).map((p) => p.trim()));
    const province = own.slice(0, 2);
    const d = loadDivisions(province);
    const ownName = d.names.get(own) ?? own;
    for (const doc of documentStatements(ctx)) {
      const seen = new Set<string>();
      for (const p of [...doc.model.body, ...doc.model.headings.map((h) => ({ line: h.line, text: h.text }))].sort((a, b) => a.line - b.line)) {
        for (const hit of placesIn(p.text, province)) {
          if (seen.has(hit.name) || allowed.has(hit.name) || hit.codes.some(related)) continue;
          seen.add(hit.name);
          const where = hit.codes.map((c) => d.names.get(c.slice(0, 2) + '0000')).filter((x, i, a) => x && a.indexOf(x) === i).join('、');
          ctx.report({
            file: doc.file,
            at: statementAt(doc, p.line, hit.index + 1),
            zh: `提到「${hit.name}」（${where}），不在本项目所在的${ownName}辖区内：疑似从其他项目复制；如确需提及，列入 project.yaml 的 otherPlaces`,
            en: `names ${hit.name} (${where}), outside ${ownName}, the project's jurisdiction: probably copied from another project; if it belongs here, list it in project.yaml's otherPlaces`,
            evidence: { quote: quote(p.text), stated: hit.name, expected: pick(ctx.lang, `${ownName}及其上下级辖区`, `${ownName}, within or above it`) },
          });
        }
      }
    }
  },
};
