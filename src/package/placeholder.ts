/**
 * Text a writer leaves to fill in later: 【待填写】, XX or XXX万元, ××, 某某, TODO, and the
 * （在此编写。）line zwpack's own skeletons hold. Latin words that merely contain XX (XXL) are not.
 */
const PLACEHOLDER = /【[^】]{0,12}(?:待|填写|补充|请)[^】]{0,12}】|(?<![A-Za-z])[XxＸ]{2,}(?![A-Za-z])|[×＊*]{2,}|某某|\bTODO\b|\bTBD\b|（在此编写。?）/;

/** The first placeholder in a text, or null. */
export function placeholderIn(text: string): string | null {
  return PLACEHOLDER.exec(text)?.[0] ?? null;
}

/** A fact left as zwpack's default prompt, e.g. `（项目名称）`: nothing but a phrase in brackets. */
export function isPlaceholderValue(value: unknown): boolean {
  return typeof value === 'string' && (/^\s*（[^（）]*）\s*$/.test(value) || placeholderIn(value) !== null);
}
