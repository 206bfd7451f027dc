import { diagnose } from '../diagnostics/diagnose.ts';
import { contentHash } from '../text/content-hash.ts';
import type { Diagnostic, ParsedSource, Source, SourceStore, TextFile, TokenStore } from '../types.ts';
import { parseSource } from './parse-source.ts';
import { isValidSourceId, sourceIdOf, suggestSourceId } from './source-id.ts';

/** What earlier checks (a dev server's) kept: tokens of Markdown lexed, and sources parsed. */
interface SourceCaches {
  tokens?: TokenStore | undefined;
  sources?: SourceStore | undefined;
}

/**
 * Parses every source file into the project's sources by id, reporting what
 * needs the files side by side: ids that are not valid (with a new name that
 * is free), two files with one id, two files with the same text. With
 * `fileExists`, a source's original PDF kept beside it is found.
 */
export function loadSources(
  files: readonly TextFile[],
  caches: SourceCaches = {},
  fileExists?: (path: string) => boolean,
): { sources: Map<string, Source>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, Source>();
  const byHash = new Map<string, string>();
  const ids = new Set(files.map((file) => sourceIdOf(file.path)));
  for (const file of files) {
    const id = sourceIdOf(file.path);
    const existing = sources.get(id);
    if (existing) {
      diagnostics.push(diagnose('BRF206', { id, other: existing.file }, { path: file.path }));
      continue;
    }
    if (!isValidSourceId(id)) {
      const suggestion = suggestSourceId(id);
      diagnostics.push(diagnose('BRF205', { id, suggestion, taken: ids.has(suggestion) }, { path: file.path }));
    }
    const { source, diagnostics: found } = parsedSource(file, caches);
    for (const d of found) diagnostics.push(d);
    const original = originalPdf(file.path);
    sources.set(id, fileExists?.(original) ? { ...source, original } : source);
    if (source.paragraphs.length === 0) continue;
    // The paragraphs' hashes already stand for their normalised text: hashing them is hashing the body, without normalising it again.
    const bodyHash = contentHash(source.paragraphs.map((p) => p.hash).join(' '));
    const twin = byHash.get(bodyHash);
    if (twin) diagnostics.push(diagnose('BRF207', { id, other: twin }, { path: file.path }));
    else byHash.set(bodyHash, id);
  }
  return { sources, diagnostics };
}

/** Where a source's original PDF is kept: beside it, with its name. */
function originalPdf(path: string): string {
  return path.replace(/\.(md|markdown)$/i, '.pdf');
}

/** A source parsed, or as parsed by an earlier check when its file has not changed. */
function parsedSource(file: TextFile, caches: SourceCaches): ParsedSource {
  const known = caches.sources?.get(file);
  if (known) return known;
  const parsed = parseSource(file, caches.tokens);
  caches.sources?.set(file, parsed);
  return parsed;
}
