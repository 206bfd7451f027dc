import type { ParsedSource, SourceStore, TextFile } from '../types.ts';

/**
 * Sources parsed before, one per file, kept while the file's text stays the
 * same. The dev server checks the whole project on every save; numbering
 * and hashing every paragraph of every source again was a fifth of a save's
 * check at 300 slides. A parsed source is only read, never changed, so one
 * serves every check. Created by whoever runs checks repeatedly and passed
 * in; a single check needs none.
 */
export class SourceCache implements SourceStore {
  private readonly byPath = new Map<string, { text: string; parsed: ParsedSource }>();

  get(file: TextFile): ParsedSource | undefined {
    const known = this.byPath.get(file.path);
    return known?.text === file.text ? known.parsed : undefined;
  }

  set(file: TextFile, parsed: ParsedSource): void {
    this.byPath.set(file.path, { text: file.text, parsed });
  }
}
