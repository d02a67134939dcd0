/** Messages are Chinese by default; `--lang en` switches to English. */
export type Lang = 'zh' | 'en';

export function parseLang(value: string | undefined): Lang {
  return value === 'en' ? 'en' : 'zh';
}

/** Pick the message of the current language. */
export function pick(lang: Lang, zh: string, en: string): string {
  return lang === 'en' ? en : zh;
}
