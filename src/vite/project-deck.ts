import type { DeckSession } from '../pipeline/load-deck.ts';
import { SLIDES_DECK, type DeckFolder } from '../project/decks.ts';
import { brokenDeck } from './inject-deck.ts';
import type { HandedDeck, LoadedDeck, RenderedDeck } from '../types.ts';

/**
 * The deck a plugin instance shows: handed over by `brief build`, which has
 * loaded it already, or loaded from the project, again on every save in the
 * dev server. Its session keeps the sanitizer and, in the dev server, the
 * tokens and renders of what a save did not change.
 */
export class ProjectDeck {
  private loaded: LoadedDeck | undefined;
  private adopted: RenderedDeck | undefined;

  constructor(
    readonly root: string,
    private readonly session: DeckSession,
    /** Which of the project's decks: `slides/` unless told. */
    readonly folder: DeckFolder = SLIDES_DECK,
    /** False in the dev server, which shows a deck whose claims wait for review (review-reminder.ts). */
    private readonly enforceReviews = true,
  ) {}

  /** Reads, checks and renders the project again. */
  async load(): Promise<LoadedDeck> {
    // Loaded here, not with the plugin: `brief build` hands the plugin its deck, in a thread that need not load the checks.
    const { loadDeck } = await import('../pipeline/load-deck.ts');
    this.loaded = await loadDeck(this.root, this.session, this.folder, { enforceReviews: this.enforceReviews });
    return this.loaded;
  }

  /** Shows a deck loaded elsewhere (`brief build`) instead of loading it again. */
  adopt(deck: HandedDeck): void {
    this.adopted = deck.rendered;
  }

  /** The deck as last loaded, if it has been. */
  get current(): LoadedDeck | undefined {
    return this.loaded;
  }

  /** What the page shows: the rendered deck, or, while it has errors, a page saying so. */
  get shown(): RenderedDeck {
    return this.loaded?.rendered ?? this.adopted ?? brokenDeck();
  }

  /** Frees the sanitizer's thread; a later load starts another. */
  close(): Promise<void> {
    return this.session.sanitizer.stop();
  }
}
