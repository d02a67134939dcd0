import type { Profile, Question } from '../profiles/profile.js';
import { loadProfile, profileIds } from '../profiles/profile.js';
import type { ProfileId } from '../profiles/profile.js';
import { stageReached } from '../profiles/stages.js';
import { declarationsOf, defaultFacts } from './defaults.js';
import { readAmountInput } from './amount-input.js';
import { notApplicable } from '../materials/condition.js';
import type { Facts } from '../model/facts.js';
import type { DocsFormat, TablesFormat } from './scaffold.js';

/**
 * The questions `init` asks on a terminal. Every prompt goes through here, so the rest of init never
 * touches the terminal. No answer that declares a 不予支持 condition is ever preselected: where a
 * question may be left for later, its first choice is to leave it (暂不回答).
 */

const CODE = /^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$/;
const LATER = '暂不回答（以后在 project.yaml 中填写）';

/** The questions of the profile due at `stage` or before: a condition asked only from a later stage waits. */
export function questionsDue(profile: Profile, stage: string, facts: Record<string, unknown>): Question[] {
  const entries = Object.values(profile.requires).filter((r) => r && r.declarations);
  return profile.questions.filter((q) => {
    const own = entries.filter((r) => r && r.declarations === q.rule);
    // A condition that cannot apply to these facts (采购服务 conditions for a project built in-house) is not asked.
    if (own.some((r) => r && notApplicable(r.when, facts as unknown as Facts, 'zh') !== null)) return false;
    return own.length === 0 || own.some((r) => r && stageReached(profile, stage, r.from));
  });
}

export async function askFacts(profileId: ProfileId | undefined): Promise<Record<string, unknown>> {
  const { default: inquirer } = await import('inquirer');
  const { profile: chosen } = profileId
    ? { profile: profileId }
    : await inquirer.prompt<{ profile: ProfileId }>([
        { type: 'list', name: 'profile', message: '适用哪部管理办法？', choices: profileIds().map((id) => ({ name: `${loadProfile(id).name}（${id}）`, value: id })) },
      ]);
  const profile: Profile = loadProfile(chosen);
  const base = defaultFacts(profile);
  const a = await inquirer.prompt<Record<string, string>>([
    { type: 'input', name: 'name', message: '项目名称：', validate: (v: string) => v.trim().length >= 2 || '至少 2 个字' },
    { type: 'input', name: 'owner', message: '建设单位全称：', validate: (v: string) => v.trim().length >= 2 || '至少 2 个字' },
    {
      type: 'input',
      name: 'code',
      message: '投资项目统一代码（可留空）：',
      validate: (v: string) => v.trim() === '' || CODE.test(v.trim().normalize('NFKC')) || '应为 24 位代码，如 2025-220000-65-01-123456；没有时留空',
    },
    { type: 'list', name: 'category', message: '项目类别：', choices: Object.keys(profile.kinds) },
    { type: 'list', name: 'stage', message: '项目当前所处阶段（只问本阶段及以前需要回答的问题）：', choices: profile.stages },
  ]);
  const types = profile.kinds[a.category!] ?? [];
  const more = await inquirer.prompt<Record<string, unknown>>([
    ...(types.length > 0 ? [{ type: 'list' as const, name: 'type', message: '建设（运维）类型：', choices: types }] : []),
    ...(profile.classes.length > 0 ? [{ type: 'list' as const, name: 'class', message: '项目分类：', choices: profile.classes }] : []),
    ...(profile.modes.length > 0 ? [{ type: 'list' as const, name: 'mode', message: '建设方式：', choices: [{ name: LATER, value: null }, ...profile.modes.map((m) => ({ name: m, value: m }))] }] : []),
    {
      type: 'list' as const,
      name: 'inAnnualPlan',
      message: '是否已列入本级政务信息化项目年度建设计划？（影响审批流程）',
      choices: [{ name: LATER, value: null }, { name: '已列入（true）', value: true }, { name: '未列入（false）', value: false }],
    },
    {
      type: 'input' as const,
      name: 'estimate',
      message: '投资匡算（万元，如 1234.56、1,234.56万元；可留空）：',
      validate: (v: string) => {
        const r = v.trim() === '' ? null : readAmountInput(v);
        return r && 'error' in r ? r.error : true;
      },
      // What the typed text is read as, shown once it is entered (a bare number is 万元).
      transformer: (v: string, { isFinal }: { isFinal: boolean }) => {
        const r = v.trim() === '' ? null : readAmountInput(v);
        return isFinal && r && 'value' in r ? `${v}（${r.note}）` : v;
      },
    },
  ]);
  const facts: Record<string, unknown> = {
    ...base,
    name: a.name!.trim(),
    owner: { name: a.owner!.trim() },
    category: a.category,
    stage: a.stage,
    ...(a.code?.trim() ? { code: a.code.trim().normalize('NFKC') } : {}),
    ...(typeof more.type === 'string' ? { type: more.type } : {}),
    ...(typeof more.class === 'string' ? { class: more.class } : {}),
    ...(typeof more.mode === 'string' ? { mode: more.mode } : {}),
    ...(typeof more.inAnnualPlan === 'boolean' ? { inAnnualPlan: more.inAnnualPlan } : {}),
  };
  if (!more.type) delete facts.type;
  if (!more.class) delete facts.class;
  const estimate = typeof more.estimate === 'string' && more.estimate.trim() !== '' ? readAmountInput(more.estimate) : null;
  if (estimate && 'value' in estimate) facts.money = { roughEstimate: estimate.value };
  // Each 不予支持 / 不予立项 question or condition due at this stage, quoted; 暂不回答 first, so Enter answers nothing.
  const asked = questionsDue(profile, a.stage!, facts);
  const answers = await inquirer.prompt<Record<string, boolean | null>>(
    asked.map((q) => ({
      type: 'list' as const,
      name: q.id,
      message: `${q.expect ? '是否满足' : '是否存在'}${q.article}所列情形：“${q.text}”？`,
      choices: [
        { name: '暂不回答（null，到需要声明的阶段 validate 会报错）', value: null },
        { name: q.expect ? '不满足（false）' : '不存在（false）', value: false },
        { name: q.expect ? '满足（true）' : '存在（true）', value: true },
      ],
    })),
  );
  if (profile.questions.length > 0) facts.declarations = declarationsOf(profile, answers);
  return facts;
}

/** In which formats the consultant writes the documents and keeps the annex tables. */
export async function askFormats(ask: { docs: boolean; tables: boolean }): Promise<{ docs?: DocsFormat; tables?: TablesFormat }> {
  const { default: inquirer } = await import('inquirer');
  return inquirer.prompt<{ docs?: DocsFormat; tables?: TablesFormat }>([
    ...(ask.docs ? [{ type: 'list' as const, name: 'docs', message: '文档用哪种格式编写？', choices: [{ name: 'Word / WPS 文字（.docx）', value: 'docx' }, { name: 'Markdown 文本（.md）', value: 'md' }] }] : []),
    ...(ask.tables ? [{ type: 'list' as const, name: 'tables', message: '附表用哪种格式填写？', choices: [{ name: 'Excel / WPS 表格（.xlsx）', value: 'xlsx' }, { name: 'YAML 文本（.yaml）', value: 'yaml' }] }] : []),
  ]);
}
