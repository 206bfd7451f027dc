import type { HandedDeck, LoadedDeck } from '../types.ts';
import { reviewReminder } from './review-reminder.ts';

/** A loaded deck as the plugin takes it: what the page shows and what Vite should say, without the check's tokens and sources. */
export function handedDeck(loaded: LoadedDeck): HandedDeck {
  const reminder = reviewReminder(loaded.result);
  return {
    texts: loaded.texts,
    ...(loaded.rendered ? { rendered: loaded.rendered } : {}),
    diagnostics: loaded.result.diagnostics,
    ...(reminder ? { reminder } : {}),
  };
}
