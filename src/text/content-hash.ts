import { hash } from 'node:crypto';
import { normalize } from './normalize.ts';

/**
 * A short hash of a paragraph's normalised text. Ten hex digits keep a
 * collision between two paragraphs of one project far below any real risk
 * while staying short enough to read in a diff.
 */
export function contentHash(text: string): string {
  return hash('sha256', normalize(text)).slice(0, 10);
}
