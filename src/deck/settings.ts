import { SETTINGS_ELEMENT_ID } from './page-contract.ts';
import type { DeckRuntimeSettings } from '../types.ts';

/** Reads the settings the build wrote into the page. */
export function readSettings(document: Document): DeckRuntimeSettings {
  const element = document.getElementById(SETTINGS_ELEMENT_ID);
  try {
    return JSON.parse(element?.textContent ?? '{}') as DeckRuntimeSettings;
  } catch {
    return { title: document.title };
  }
}
