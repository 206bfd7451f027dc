const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSourceId(id: string): boolean {
  return SOURCE_ID.test(id);
}

/** The nearest valid id to a file stem, to suggest a rename. */
export function suggestSourceId(stem: string): string {
  const suggestion = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return suggestion || 'source';
}

/** The id a document imported from `path` gets unless one is given: its file name, made valid (`Xi–Putin Meeting.pdf` → `xi-putin-meeting`). */
export function sourceIdForDocument(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return suggestSourceId(dot > 0 ? name.slice(0, dot) : name);
}

/** The id a source file stands for: its name without the `.md` extension. */
export function sourceIdOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.(md|markdown)$/i, '');
}
