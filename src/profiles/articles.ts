import { existsSync } from 'node:fs';
import { readDataYaml } from '../data/data-file.js';
import { assetPath } from '../data/assets.js';
import { loadProfile } from './profile.js';

/** The articles of a profile's regulation (profiles/articles/<id>.yaml), by number (第十八条). */
export function readArticles(profileId: string): Record<string, string> {
  const own = loadProfile(profileId).articles;
  if (own) return own;
  const path = assetPath('profiles', 'articles', `${profileId}.yaml`);
  return existsSync(path) ? (readDataYaml('profiles', 'articles', `${profileId}.yaml`) as Record<string, string>) : {};
}

/** The article numbers a citation names: 第十七条、第十九条 → [第十七条, 第十九条]. */
export function articleNumbers(citation: string): string[] {
  return citation.match(/第[一二三四五六七八九十百零]+条/g) ?? [];
}
