import type { Profile } from '../profiles/profile.js';
import { loadProfile, profileIds } from '../profiles/profile.js';
import type { ProfileId } from '../profiles/profile.js';
import { declarationsOf, defaultFacts } from './defaults.js';
import { notApplicable } from '../materials/condition.js';
import type { Facts } from '../model/facts.js';

/**
 * The questions `init` asks on a terminal. Every prompt goes through here, so the
 * rest of init never touches the terminal.
 */
export async function askFacts(profileId: ProfileId | undefined): Promise<Record<string, unknown>> {
  const { default: inquirer } = await import('inquirer');
  const { profile: chosen } = profileId
    ? { profile: profileId }
    : await inquirer.prompt<{ profile: ProfileId }>([
        {
          type: 'list',
          name: 'profile',
          message: '适用哪部管理办法？',
          choices: profileIds().map((id) => ({ name: `${loadProfile(id).name}（${id}）`, value: id })),
        },
      ]);
  const profile: Profile = loadProfile(chosen);
  const base = defaultFacts(profile);
  const a = await inquirer.prompt<Record<string, string>>([
    { type: 'input', name: 'name', message: '项目名称：', validate: (v: string) => v.trim().length >= 2 || '至少 2 个字' },
    { type: 'input', name: 'owner', message: '建设单位全称：', validate: (v: string) => v.trim().length >= 2 || '至少 2 个字' },
    { type: 'list', name: 'category', message: '项目类别：', choices: Object.keys(profile.kinds) },
  ]);
  const types = profile.kinds[a.category!] ?? [];
  const more = await inquirer.prompt<Record<string, string>>([
    ...(types.length > 0 ? [{ type: 'list' as const, name: 'type', message: '建设（运维）类型：', choices: types }] : []),
    ...(profile.classes.length > 0 ? [{ type: 'list' as const, name: 'class', message: '项目分类：', choices: profile.classes }] : []),
    { type: 'input', name: 'estimate', message: '投资匡算（万元，可留空）：', validate: (v: string) => v === '' || Number(v) > 0 || '应当是大于 0 的数字' },
  ]);
  const facts: Record<string, unknown> = {
    ...base,
    name: a.name!.trim(),
    owner: { name: a.owner!.trim() },
    category: a.category,
    type: more.type,
    class: more.class,
  };
  if (!more.type) delete facts.type;
  if (!more.class) delete facts.class;
  if (more.estimate) facts.money = { roughEstimate: Number(more.estimate) };
  // Each 不予支持 / 不予立项 question or 采购服务 condition, quoted; "not yet" leaves it null.
  // Conditions that cannot apply to these facts (采购服务 conditions for a project built in-house) are not asked.
  const asked = profile.questions.filter((q) => !Object.values(profile.requires).some((r) => r && r.declarations === q.rule && notApplicable(r.when, facts as unknown as Facts, 'zh') !== null));
  const answers = await inquirer.prompt<Record<string, boolean | null>>(
    asked.map((q) => ({
      type: 'list' as const,
      name: q.id,
      message: `${q.expect ? '是否满足' : '是否存在'}${q.article}所列情形：“${q.text}”？`,
      choices: [
        { name: q.expect ? '满足（true）' : '存在（true）', value: true },
        { name: q.expect ? '不满足（false）' : '不存在（false）', value: false },
        { name: '暂不回答（null，到需要声明的阶段 validate 会报错）', value: null },
      ],
      default: 2,
    })),
  );
  if (profile.questions.length > 0) facts.declarations = declarationsOf(profile, answers);
  return facts;
}

/** In which format the consultant keeps the annex tables. */
export async function askTablesFormat(): Promise<'yaml' | 'xlsx'> {
  const { default: inquirer } = await import('inquirer');
  const { tables } = await inquirer.prompt<{ tables: 'yaml' | 'xlsx' }>([
    { type: 'list', name: 'tables', message: '附表用哪种格式填写？', choices: [{ name: 'Excel / WPS 表格（.xlsx）', value: 'xlsx' }, { name: 'YAML 文本（.yaml）', value: 'yaml' }], default: 0 },
  ]);
  return tables;
}
