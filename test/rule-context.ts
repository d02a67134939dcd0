import { packagedCalendar } from '../src/calendar/workdays.js';
import { loadProfile } from '../src/profiles/profile.js';
import type { ProfileId } from '../src/profiles/registry.js';
import { rulesInForce } from '../src/rules/engine.js';
import type { Facts, Rule, RuleContext } from '../src/rules/types.js';

// One rule's check on facts alone, with the parameters a profile gives it: what it reports, and
// the facts it says it needs. No package on disk: documents, tables and materials are absent.

export interface Seen {
  severity: string;
  zh: string;
  en: string;
  pointer?: string;
}

export function contextFor(ruleId: string, profileId: ProfileId, facts: Facts, params: Record<string, number | string | boolean>, out: Seen[], asOf = '2026-11-24'): RuleContext {
  return {
    ruleId,
    facts,
    profile: loadProfile(profileId),
    params,
    asOf,
    calendar: packagedCalendar(),
    lang: 'zh',
    report: (r) => out.push({ severity: r.severity ?? 'error', zh: r.zh, en: r.en, pointer: r.pointer }),
    needs: (pointer, zh, en) => out.push({ severity: 'needs', zh, en, pointer }),
    deadline: () => {},
    uncovered: (day: string, pointer: string) => out.push({ severity: 'uncovered', zh: day, en: day, pointer }),
    table: () => null,
    tableFile: () => null,
    document: () => null,
    expectedDocument: (id: string) => `docs/${id}.docx`,
    documents: () => [],
    outlineProblems: () => [],
    skeleton: () => false,
    materials: () => [],
    docsFolder: () => [],
  } as unknown as RuleContext;
}

export function inForce(profileId: ProfileId, id: string): { rule: Rule; params: Record<string, number | string | boolean> } {
  const hit = rulesInForce(loadProfile(profileId)).find((r) => r.rule.meta.id === id);
  if (!hit) throw new Error(`${id} is not in force in ${profileId}`);
  return hit;
}

export function run(profileId: ProfileId, id: string, facts: Facts, asOf = '2026-11-24'): Seen[] {
  const { rule, params } = inForce(profileId, id);
  const out: Seen[] = [];
  rule.check(contextFor(id, profileId, facts, params, out, asOf));
  return out;
}

