import { readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { assetPath } from './assets.js';

/**
 * One of zwpack's own YAML data files (profiles/, templates/), by its path below the installation
 * root. The build turns each into JSON under dist/data/ (scripts/precompile-data.mjs): parsing YAML
 * cost a validate run a tenth of its time. The JSON is used only when it is not older than the YAML,
 * so an edited data file takes effect before the next build.
 */
export function readDataYaml(...parts: string[]): unknown {
  const yamlPath = assetPath(...parts);
  const jsonPath = assetPath('dist', 'data', ...parts) + '.json';
  const json = statSync(jsonPath, { throwIfNoEntry: false });
  if (json && json.mtimeMs >= statSync(yamlPath).mtimeMs) return JSON.parse(readFileSync(jsonPath, 'utf8'));
  return parse(readFileSync(yamlPath, 'utf8'));
}
