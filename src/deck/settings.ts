import type { DeckRuntimeSettings } from '../render/render-deck.ts';

export const SETTINGS_ELEMENT_ID = 'briefing-settings';

/** Reads the settings the build wrote into the page. */
export function readSettings(document: Document): DeckRuntimeSettings {
  const element = document.getElementById(SETTINGS_ELEMENT_ID);
  try {
    return JSON.parse(element?.textContent ?? '{}') as DeckRuntimeSettings;
  } catch {
    return { title: document.title };
  }
}
