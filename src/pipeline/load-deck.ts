import { checkProject } from '../check/check-project.ts';
import { readLockedProject } from '../provenance/read-locked-project.ts';
import type { RenderCache } from '../render/render-cache.ts';
import { renderDeck } from '../render/render-deck.ts';
import type { Sanitizer } from '../render/sanitizer.ts';
import type { CheckResult, LoadedDeck, RenderedDeck, TokenStore } from '../types.ts';

/**
 * What loading a deck keeps between loads: the sanitizer's thread, and for a
 * dev server, which loads on every save, the tokens and renders of Markdown
 * that did not change. Whoever loads decks creates one and passes it in.
 */
export interface DeckSession {
  sanitizer: Sanitizer;
  tokens?: TokenStore;
  renders?: RenderCache;
}

/** Reads, checks and, when it checks, renders the project at `root`. */
export async function loadDeck(root: string, session: DeckSession): Promise<LoadedDeck> {
  // With its lock, if it has one: a deck whose citations drifted since `brief lock` is not built.
  const { project } = await readLockedProject(root);
  const result = checkProject({ ...project, ...(session.tokens ? { tokenCache: session.tokens } : {}) });
  const loaded: LoadedDeck = { result, texts: project.texts };
  if (result.summary.errors === 0) loaded.rendered = await renderDeck(result, { sanitizer: session.sanitizer, ...(session.renders ? { renders: session.renders } : {}) });
  return loaded;
}
