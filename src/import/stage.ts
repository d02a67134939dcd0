import { minOf } from '../arrays.js';
import type { Profile } from '../profiles/profile.js';
import { importWords } from './classify.js';

// The stage a submission is at, from what it holds. Its documents are what is under review (a 可研
// 送审稿 is reviewed for 立项审批), unless it holds materials of acceptance (a 试运行报告, a 验收报告):
// an acceptance file carries the earlier documents too. A material's name shows how far the project
// has come (templates/import.yaml, stages:) — not the checklist item it matches, which may be asked
// for only at acceptance (吉林 附件4 lists the 采购结果通知书). Said as a guess, for the reviewer to confirm.

export interface StageGuess {
  value: string;
  zh: string;
}

/** The stages from which acceptance begins, the first the profile has. */
const ACCEPTANCE = ['试运行', '初步验收', '预验收', '竣工验收'];

/** The stage a material's name shows the project has reached, among the profile's; null if none. */
export function stageShownBy(profile: Profile, name: string): string | null {
  let best: string | null = null;
  for (const { words, stages } of importWords().stages) {
    if (!words.some((w) => name.includes(w))) continue;
    const stage = stages.find((s) => profile.stages.includes(s));
    if (stage && (!best || profile.stages.indexOf(stage) > profile.stages.indexOf(best))) best = stage;
  }
  return best;
}

/** `documents`: the titles of the documents submitted; `materials`: the paths of the materials. */
export function guessStage(profile: Profile, documents: string[], materials: string[]): StageGuess {
  const stages = profile.stages;
  const acceptanceFrom = minOf(ACCEPTANCE.map((s) => stages.indexOf(s)).filter((i) => i >= 0), stages.length);
  let latest: { path: string; stage: string } | null = null;
  for (const path of materials) {
    const stage = stageShownBy(profile, path.split('/').pop()!);
    if (stage && (!latest || stages.indexOf(stage) > stages.indexOf(latest.stage))) latest = { path, stage };
  }
  const documentStage = stages.includes(profile.documentsFrom) ? profile.documentsFrom : stages[0]!;
  if (latest && stages.indexOf(latest.stage) >= acceptanceFrom) return { value: latest.stage, zh: `推断：提交了${latest.path}（${latest.stage}阶段的材料），请核实` };
  if (documents.length > 0) return { value: documentStage, zh: `推断：提交了${documents.join('、')}，送审的是${documentStage}阶段的文档，请核实` };
  if (latest) return { value: latest.stage, zh: `推断：没有送审文档，提交了${latest.path}（${latest.stage}阶段的材料），请核实` };
  return { value: documentStage, zh: `待核实：没有送审文档，也没有可判断阶段的材料，暂按${documentStage}` };
}
