import type { Profile } from '../profiles/profile.js';
import { loadProfile, PROFILE_IDS } from '../profiles/profile.js';
import type { ProfileId } from '../profiles/profile.js';
import { defaultFacts } from './defaults.js';

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
          choices: PROFILE_IDS.map((id) => ({ name: `${loadProfile(id).name}（${id}）`, value: id })),
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
  return facts;
}
