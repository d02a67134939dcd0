// The reviewer's own items (`opinion --note FILE`): a Markdown list, each item one sentence. Items under
// a heading naming a document (`## 可行性研究报告`) join that document's 须修改 items; under `## 建议`
// (建议修改) the suggestions; under any other heading, or none, the 其他意见.

export interface NoteItem {
  section: 'required' | 'suggested' | 'other';
  /** The document title the item belongs to, when its heading names one. */
  group?: string;
  text: string;
}

export function readNotes(text: string, documentTitles: readonly string[]): NoteItem[] {
  const out: NoteItem[] = [];
  let section: NoteItem['section'] = 'other';
  let group: string | undefined;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^#{1,6}\s+(.+)$/.exec(line);
    if (heading) {
      const h = heading[1]!.trim();
      const doc = documentTitles.find((t) => h.includes(t));
      if (doc) [section, group] = ['required', doc];
      else if (/建议/.test(h)) [section, group] = ['suggested', undefined];
      else if (/须修改|必须|问题/.test(h)) [section, group] = ['required', undefined];
      else [section, group] = ['other', undefined];
      continue;
    }
    const item = /^(?:[-*+]|\d+[.、)）])\s+(.+)$/.exec(line);
    if (item) out.push({ section, ...(group ? { group } : {}), text: item[1]!.trim() });
    else if (line !== '' && out.length > 0 && /^\s+/.test(raw)) out.at(-1)!.text += line;
  }
  return out;
}
