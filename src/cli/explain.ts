import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { articleNumbers, readArticles } from '../profiles/articles.js';
import { isProfileId, loadProfile, profileIds } from '../profiles/profile.js';
import { allRules } from '../rules/instances.js';
import { ruleSource, rulesInForce } from '../rules/engine.js';
import { UsageError } from './errors.js';
import { pushAll } from '../arrays.js';

/** zwpack explain RULE-ID: what the rule checks, its parameters per profile, and the article's words. */
export function runExplain(id: string, lang: Lang): number {
  const rule = allRules().find((r) => r.meta.id === id.toUpperCase());
  if (!rule) {
    // A key of `declarations:` in project.yaml (XF-REVIEW-NETWORK): the question, its article, and its rule.
    for (const pid of profileIds()) {
      const profile = loadProfile(pid);
      const q = profile.questions.find((x) => x.id === id.toUpperCase());
      if (!q) continue;
      const texts = readArticles(pid);
      const quoted = articleNumbers(q.article).flatMap((no) => (texts[no] ? ['', `《${profile.regulation.title}》${no}：`, ...texts[no]!.split('\n').map((l) => `  ${l}`)] : []));
      const answer = q.expect ? pick(lang, 'true 表示满足，false 表示不满足', 'true: it holds; false: it does not') : pick(lang, 'true 表示存在该情形（将报错），false 表示不存在', 'true: the condition holds (an error); false: it does not');
      process.stdout.write(
        [`${q.id}  ${pick(lang, `${profile.name}（${pid}）的声明事项`, `a declaration of ${pid}`)}`, '', `${q.article}：“${q.text}”`, '', answer, `${pick(lang, '所属规则', 'rule')}: ${q.rule}（zwpack explain ${q.rule}）`, ...quoted].join('\n') + '\n',
      );
      return 0;
    }
    throw new UsageError(pick(lang, `没有规则 ${id}；zwpack rules 列出全部规则`, `no rule ${id}; zwpack rules lists them all`));
  }
  const m = rule.meta;
  const out: string[] = [
    `${m.id}  ${pick(lang, m.title.zh, m.title.en)}`,
    '',
    pick(lang, m.description.zh, m.description.en),
    '',
    `${pick(lang, '类型', 'kind')}: ${m.kind.join(', ')}    ${pick(lang, '默认级别', 'default severity')}: ${m.severity}`,
  ];
  if (m.reading) out.push('', `${pick(lang, '解读', 'reading')}: ${pick(lang, m.reading.zh, m.reading.en)}`);
  const source = ruleSource(m);
  if (source) out.push(`${pick(lang, '依据', 'source')}: ${source}`);
  out.push('', pick(lang, '适用办法和参数：', 'In force in:'));
  for (const pid of profileIds()) {
    const hit = rulesInForce(loadProfile(pid)).find((r) => r.rule.meta.id === rule.meta.id);
    if (!hit) continue;
    const params = Object.entries(hit.params).map(([k, v]) => `${k}=${String(v)}`).join(' ');
    out.push(`  ${pid.padEnd(9)} ${loadProfile(pid).name}${params ? `  ${params}` : ''}`);
  }
  // The materials each profile asks under this rule (checked by validate and listed by checklist).
  for (const pid of profileIds()) {
    const items = loadProfile(pid).materials.filter((mat) => mat.rule === m.id);
    if (items.length === 0) continue;
    out.push('', pick(lang, `${loadProfile(pid).name}（${pid}）的材料：`, `Materials of ${pid}:`), ...items.map((mat) => `  ${mat.id}  ${mat.title}  〔${mat.article}〕`));
  }
  // Quote the article itself; national rules quote the local articles that restate them.
  const quoted = isProfileId(m.origin) ? [[m.origin, m.article] as const] : Object.entries(m.restatedBy ?? {});
  for (const [pid, article] of quoted) {
    const texts = readArticles(pid);
    const profile = loadProfile(pid);
    for (const no of articleNumbers(article)) {
      const text = texts[no];
      if (!text) continue;
      pushAll(out, ['', `《${profile.regulation.title}》${no}：`], text.split('\n').map((l) => `  ${l}`));
    }
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
