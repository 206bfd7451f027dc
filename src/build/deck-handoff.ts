import type { LoadedDeck } from './load-deck.ts';

/**
 * `brief build` checks and renders the deck before starting Vite, and the
 * plugin would otherwise do it all again in `buildStart`. The plugin may run
 * a second copy of the kit's modules (a vite.config.ts that imports them by
 * relative path is bundled by Vite with them), so the deck is handed over
 * through a global symbol, which every copy shares, not a module variable.
 */
const KEY = Symbol.for('briefing-kit.loaded-deck');

type Handoff = Map<string, LoadedDeck>;

function handoff(): Handoff {
  const global = globalThis as { [KEY]?: Handoff };
  return (global[KEY] ??= new Map());
}

/** Leaves the deck loaded for `root` for the plugin of the build about to start. */
export function offerLoadedDeck(root: string, deck: LoadedDeck): void {
  handoff().set(root, deck);
}

/** The deck offered for `root`, once: a later build or a dev server reloads from disk. */
export function takeLoadedDeck(root: string): LoadedDeck | undefined {
  const deck = handoff().get(root);
  handoff().delete(root);
  return deck;
}

/** Withdraws an offer the build did not take (Vite failed before `buildStart`). */
export function withdrawLoadedDeck(root: string): void {
  handoff().delete(root);
}
