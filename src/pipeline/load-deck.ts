import { checkProject } from '../check/check-project.ts';
import { SLIDES_DECK, type DeckFolder } from '../project/decks.ts';
import { readLockedProject } from '../provenance/read-locked-project.ts';
import type { RenderCache } from '../render/render-cache.ts';
import { renderDeck } from '../render/render-deck.ts';
import type { Sanitizer } from '../render/sanitizer.ts';
import type { LoadedDeck, SourceStore, TokenStore } from '../types.ts';

/**
 * What loading a deck keeps between loads: the sanitizer's thread, and for a
 * dev server, which loads on every save, the tokens, parsed sources and
 * renders of what did not change. Whoever loads decks creates one and passes it in.
 */
export interface DeckSession {
  sanitizer: Sanitizer;
  tokens?: TokenStore;
  sources?: SourceStore;
  renders?: RenderCache;
}

/**
 * Reads, checks and, when it checks, renders a deck of the project at `root`
 * (by default `slides/`). With `enforceReviews: false` (the dev server), a
 * deck that sets `review: required` renders while claims wait for review.
 */
export async function loadDeck(root: string, session: DeckSession, deck: DeckFolder = SLIDES_DECK, options: { enforceReviews?: boolean } = {}): Promise<LoadedDeck> {
  // With its lock, if it has one: a deck whose citations drifted since `brief lock` is not built.
  const { project } = await readLockedProject(root, deck);
  const caches = { ...(session.tokens ? { tokenCache: session.tokens } : {}), ...(session.sources ? { sourceCache: session.sources } : {}) };
  const result = checkProject({ ...project, ...options, ...caches });
  const loaded: LoadedDeck = { result, texts: project.texts };
  if (result.summary.errors === 0) loaded.rendered = await renderDeck(result, { sanitizer: session.sanitizer, ...(session.renders ? { renders: session.renders } : {}) });
  return loaded;
}
