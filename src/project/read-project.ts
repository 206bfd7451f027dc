import { readFileSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { diagnose } from '../diagnostics/diagnose.ts';
import type { CheckInput, Diagnostic, TextFile } from '../types.ts';
import { describeFsError, readTextFile } from './read-text.ts';
import { fileOf } from '../diagnostics/diagnose.ts';
import { compareText } from '../text/compare-text.ts';

export const SLIDES_DIR = 'slides';
export const SOURCES_DIR = 'assets/sources';

const MARKDOWN = /\.(md|markdown)$/i;

export interface ProjectFiles extends CheckInput {
  /** Every file's text by path, for code frames; includes the readable start of files that failed to decode. */
  texts: Map<string, string>;
}

/**
 * Reads a deck's slide files (from `slides/`, or the deck's own folder, such
 * as `decks/NAME`) and the project's source files. Problems become
 * diagnostics; nothing here throws for bad input.
 */
export async function readProject(root: string, slidesDir: string = SLIDES_DIR): Promise<ProjectFiles> {
  const readDiagnostics: Diagnostic[] = [];
  const texts = new Map<string, string>();
  const slideFiles = await readFolder(root, slidesDir, readDiagnostics, texts);
  const sourceFiles = await readFolder(root, SOURCES_DIR, readDiagnostics, texts);
  if (slideFiles && slideFiles.length === 0 && !readDiagnostics.some((d) => fileOf(d).startsWith(slidesDir))) {
    readDiagnostics.push(diagnose('BRF002', { folder: `${slidesDir}/` }, { path: slidesDir }));
  }
  const fileExists = (path: string) => statSync(join(root, path), { throwIfNoEntry: false })?.isFile() ?? false;
  const readText = (path: string) => {
    try {
      return readFileSync(join(root, path), 'utf8');
    } catch {
      return undefined;
    }
  };
  return { slideFiles: slideFiles ?? [], sourceFiles: sourceFiles ?? [], readDiagnostics, texts, fileExists, readText };
}

async function readFolder(root: string, folder: string, diagnostics: Diagnostic[], texts: Map<string, string>): Promise<TextFile[] | undefined> {
  const absolute = join(root, folder);
  let names: string[];
  try {
    if (!(await stat(absolute)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    names = await readdir(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') diagnostics.push(diagnose('BRF001', { folder: `${folder}/` }, { path: folder }));
    else diagnostics.push(diagnose('BRF003', { reason: describeFsError(error) }, { path: folder }));
    return undefined;
  }
  const files: TextFile[] = [];
  // Deck order is file name order, the same on every machine: compare code units (compareText), not the locale.
  for (const name of names.filter((n) => MARKDOWN.test(n)).sort(compareText)) {
    const path = `${folder}/${name}`;
    const result = await readTextFile(join(absolute, name), path);
    if (result.file) texts.set(path, result.file.text);
    if (result.diagnostic) diagnostics.push(result.diagnostic);
    else if (result.file) files.push(result.file);
  }
  return files;
}
