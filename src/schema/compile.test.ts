import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT } from '../../test/helpers.js';
import { loadProfile, profileIds } from '../profiles/profile.js';
import { projectValidator, validatorKey } from './compile.js';

// The build writes one file per validator into dist/schema/validators/ (npm test builds first);
// each must agree with what ajv compiles at run time from the same schemas and profiles.
const require = createRequire(import.meta.url);
const built = (key: string): ValidateFunction => (require(join(ROOT, 'dist/schema/validators', `${key}.cjs`)) as Record<string, ValidateFunction>)[key]!;

describe('precompiled validators', () => {
  for (const id of profileIds()) {
    it(`${id}: same verdict and errors as a run-time compile`, () => {
      const facts = parse(readFileSync(join(ROOT, EXAMPLES[id], 'project.yaml'), 'utf8')) as Record<string, unknown>;
      const broken = { ...facts, class: 'Z类', stage: '未知阶段', money: { estimate: -1 }, typo: 1 };
      for (const data of [facts, broken]) {
        const live = projectValidator(loadProfile(id));
        const ahead = built(validatorKey('project', id));
        expect(ahead(data)).toBe(live(data));
        const strip = (v: ValidateFunction) => (v.errors ?? []).map((e) => [e.instancePath, e.keyword, e.params]);
        expect(strip(ahead)).toEqual(strip(live));
      }
    });
  }
});
