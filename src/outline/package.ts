import { join } from 'node:path';
import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import type { Facts } from '../model/facts.js';
import type { Profile } from '../profiles/profile.js';
import { checkOutline } from './check.js';
import { contentProblems } from './content.js';
import { loadOutline } from './schemas.js';
import type { OutlineProblem } from './check.js';
import { DocumentReadError } from '../document/model.js';
import type { Outline } from '../document/model.js';
import { readDocument } from '../document/read.js';


/** The boolean facts an outline's optional chapters depend on. */
export function outlineFacts(facts: Facts): Record<string, boolean> {
  return {
    urgent: facts.urgent === true,
    crossDepartment: facts.crossDepartment !== undefined,
    softwareDevelopment: facts.softwareDevelopment === true,
    classified: facts.classified === true,
  };
}

/** The guidance texts an outline gives its items (what a skeleton holds before anyone writes). */
function guidesOf(outlineId: string): Set<string> {
  return new Set(loadOutline(outlineId).items.flatMap((i) => (i.guide ? [i.guide] : [])));
}

/** An outline problem in a document of the package. */
export interface DocumentProblem extends OutlineProblem {
  file: string;
  /** The document's id (feasibility…): its route says whether it is due. */
  doc: string;
}

export interface PackageOutlines {
  /** Outline problems, each under the rule its item names. */
  problems: DocumentProblem[];
  /** Documents that could not be read at all. */
  unreadable: Finding[];
  /**
   * The documents read, with their headings and text, for rules that look across the package;
   * `skeleton`: not one section written yet (init's skeleton as it was scaffolded).
   */
  documents: { doc: string; file: string; outline: Outline; skeleton: boolean }[];
}

/**
 * Check every document the package holds that the profile has an outline for.
 * `docs` maps a document id to its package-relative path (only documents that exist).
 */
export function checkPackageOutlines(dir: string, profile: Profile, facts: Facts, docs: Record<string, string>, lang: Lang): PackageOutlines {
  const out: PackageOutlines = { problems: [], unreadable: [], documents: [] };
  const flags = outlineFacts(facts);
  for (const [docId, file] of Object.entries(docs)) {
    const outlineId = profile.outlines[docId];
    let outline: Outline;
    try {
      outline = readDocument(join(dir, file), lang);
    } catch (err) {
      if (!(err instanceof DocumentReadError)) throw err;
      out.unreadable.push({ ruleId: 'document', severity: 'error', file, line: 1, column: 1, source: null, message: pick(lang, `无法读取文档：${err.zh}`, `cannot read the document: ${err.en}`) });
      continue;
    }
    const content = outlineId ? contentProblems(outline, guidesOf(outlineId)) : null;
    out.documents.push({ doc: docId, file, outline, skeleton: content?.skeleton === true });
    // A skeleton is one finding of its route rule where it is due, not one a heading or a chapter.
    if (!outlineId || content!.skeleton) continue;
    for (const p of checkOutline(outlineId, outline, flags)) out.problems.push({ ...p, file, doc: docId });
    for (const p of content!.problems) out.problems.push({ ...p, file, doc: docId });
  }
  return out;
}
