import { checkProject, type CheckResult } from '../check/check-project.ts';
import { readProject } from '../project/read-project.ts';
import { renderDeck, type RenderedDeck } from '../render/render-deck.ts';
import { mayNeedSanitizing } from '../render/inert-markdown.ts';
import { startSanitizer } from '../render/sanitizer.ts';

export interface LoadedDeck {
  result: CheckResult;
  texts: ReadonlyMap<string, string>;
  /** Present only when the project checks without errors: a deck is never built from broken citations. */
  rendered?: RenderedDeck;
}

/** Reads, checks and, when it checks, renders the project at `root`. */
export async function loadDeck(root: string): Promise<LoadedDeck> {
  const project = await readProject(root);
  // jsdom, which DOMPurify needs, loads while the project is checked; a deck of inert Markdown never needs it.
  if (project.slideFiles.some((file) => mayNeedSanitizing(file.text))) startSanitizer();
  const result = checkProject(project);
  const loaded: LoadedDeck = { result, texts: project.texts };
  if (result.summary.errors === 0) loaded.rendered = await renderDeck(result);
  return loaded;
}
