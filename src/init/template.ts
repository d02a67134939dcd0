import { readDataYaml } from '../data/data-file.js';
import type { Profile } from '../profiles/profile.js';

type Json = Record<string, unknown>;

interface ProjectTemplate {
  only: Record<string, string[]>;
  example: Json;
}

/**
 * The example project.yaml of templates/project-template.yaml as a profile's consultant sees it: without
 * the keys of other regulations, and with the profile's own values where it lists them (its classes,
 * modes, 资金性质, stages, the documents of its route).
 */
export function projectTemplate(profile: Profile): Json {
  const t = readDataYaml('templates', 'project-template.yaml') as ProjectTemplate;
  const example = structuredClone(t.example);
  for (const [path, ids] of Object.entries(t.only)) if (!ids.includes(profile.id)) drop(example, path.split('.'));
  example.profile = profile.id;
  const category = Object.keys(profile.kinds)[0];
  if (category) example.category = category;
  const type = category ? profile.kinds[category]?.[0] : undefined;
  if (type) example.type = type;
  else delete example.type;
  if (profile.classes[0]) example.class = profile.classes[0];
  else delete example.class;
  if (profile.modes[0]) example.mode = profile.modes[0];
  else delete example.mode;
  example.stage = profile.stages[0];
  const money = example.money as Json;
  for (const f of (money.funding ?? []) as Json[]) f.source = f.nature = profile.fundNatures[0] ?? f.nature;
  const documents = example.documents as Record<string, string>;
  // The documents of the profile's routes (巴中's 采购服务 route has an 实施方案 and a 服务需求方案).
  for (const id of Object.keys(documents)) if (!profile.documents.includes(id) && !(id in profile.outlines)) delete documents[id];
  return example;
}

function drop(obj: Json, path: string[]): void {
  const [head, ...rest] = path;
  if (!head) return;
  if (rest.length === 0) delete obj[head];
  else if (obj[head] && typeof obj[head] === 'object') drop(obj[head] as Json, rest);
}
