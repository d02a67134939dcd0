import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { assetPath } from './assets.js';

export interface DocumentType {
  title: string;
}

let registry: Record<string, DocumentType> | null = null;

/** The documents a package may hold (templates/documents.yaml), by id. */
export function readDocumentsRegistry(): Record<string, DocumentType> {
  registry ??= parse(readFileSync(assetPath('templates', 'documents.yaml'), 'utf8')) as Record<string, DocumentType>;
  return registry;
}

/** Where a document lives when the facts do not say: docs/<title>.md. */
export const defaultDocumentPath = (doc: DocumentType, ext: 'md' | 'docx' = 'md'): string => `docs/${doc.title}.${ext}`;
