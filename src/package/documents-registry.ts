import { readDataYaml } from '../data/data-file.js';

export interface DocumentType {
  title: string;
  /** What annex tables named after it call it (建议书附件1). */
  short: string;
}

let registry: Record<string, DocumentType> | null = null;

/** The documents a package may hold (templates/documents.yaml), by id. */
export function readDocumentsRegistry(): Record<string, DocumentType> {
  registry ??= readDataYaml('templates', 'documents.yaml') as Record<string, DocumentType>;
  return registry;
}

/** Where a document lives when the facts do not say: docs/<title>.md (or .docx, .pdf, .doc, .wps). */
export const defaultDocumentPath = (doc: DocumentType, ext: 'md' | 'docx' | 'pdf' | 'doc' | 'wps' = 'md'): string => `docs/${doc.title}.${ext}`;
