import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { vendored } from '../fs/vendored.js';

/** A font file for pdfkit; `family` names the face inside a collection (.ttc). */
export interface FontFile {
  path: string;
  family?: string;
}

export interface PdfFonts {
  body: FontFile;
  title: FontFile;
  /** Where the faces came from, for the user and for tests. */
  origin: 'option' | 'system' | 'bundled';
}

/** System 仿宋 (body) and 宋体 (title) faces, by platform; the first pair found is used. */
const SYSTEM: { body: FontFile; title: FontFile }[] = [
  { body: { path: 'C:\\Windows\\Fonts\\simfang.ttf' }, title: { path: 'C:\\Windows\\Fonts\\simsun.ttc', family: 'SimSun' } },
  { body: { path: '/System/Library/Fonts/Supplemental/STFANGSO.ttf' }, title: { path: '/System/Library/Fonts/Supplemental/Songti.ttc', family: 'STSongti-SC-Regular' } },
  { body: { path: '/Library/Fonts/STFANGSO.TTF' }, title: { path: '/Library/Fonts/STSONG.TTF' } },
  ...['/usr/share/fonts/truetype/windows', '/usr/share/fonts/windows', '/usr/share/fonts', join(homedir(), '.local/share/fonts'), join(homedir(), '.fonts')].map((d) => ({
    body: { path: join(d, 'simfang.ttf') },
    title: { path: join(d, 'simsun.ttc'), family: 'SimSun' },
  })),
];

/** Noto Serif SC, the two weights zwpack ships, so a bare machine renders Chinese. */
function bundledFonts(): PdfFonts {
  const face = (weight: string): FontFile => ({ path: vendored(`fonts/NotoSerifSC_${weight}.ttf`, '@expo-google-fonts/noto-serif-sc', `${weight}/NotoSerifSC_${weight}.ttf`) });
  return { body: face('400Regular'), title: face('700Bold'), origin: 'bundled' };
}

/** `--font FILE` for every text; else a system 仿宋/宋体 pair when installed; else the bundled face. */
export function pdfFonts(option?: string): PdfFonts {
  if (option) return { body: { path: option }, title: { path: option }, origin: 'option' };
  const found = SYSTEM.find((s) => existsSync(s.body.path) && existsSync(s.title.path));
  return found ? { ...found, origin: 'system' } : bundledFonts();
}

/** The name a document caches a face under. */
export const fontKey = (f: FontFile): string => `${f.path}#${f.family ?? ''}`;
