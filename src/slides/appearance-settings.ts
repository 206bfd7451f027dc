import { diagnose } from '../diagnostics/diagnose.ts';
import { nearest } from '../text/nearest.ts';
import type { DeckSettings, Diagnostic, ProjectFileSetting, Span } from '../types.ts';
import { THEMES } from './appearance.ts';

/** The front matter keys this reads, besides `theme` (a text key). */
export const APPEARANCE_KEYS = ['css', 'logo'] as const;

/** A URL with a scheme or a host: the deck loads nothing from the network. */
const NOT_A_PROJECT_FILE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const EXPECTED_EXTENSION = { css: /\.css$/i, logo: /\.(?:svg|png|jpe?g|gif|webp|avif)$/i } as const;

/**
 * The deck's look from its front matter: `theme` must be one of the kit's
 * (BRF120); `css` and `logo` name project files (BRF123 for a URL or a file
 * of the wrong kind; whether they exist is the check's, with the disk).
 */
export function readAppearance(
  data: Record<string, unknown>,
  theme: string | undefined,
  keyAt: (key: string) => Span,
): { settings: Pick<DeckSettings, 'css' | 'logo'>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (theme !== undefined && !(THEMES as readonly string[]).includes(theme)) {
    const suggestion = nearest(theme, THEMES);
    diagnostics.push(diagnose('BRF120', { theme, themes: THEMES, ...(suggestion ? { nearest: suggestion } : {}) }, keyAt('theme')));
  }
  const settings: Pick<DeckSettings, 'css' | 'logo'> = {};
  for (const key of APPEARANCE_KEYS) {
    const value = data[key];
    if (value === undefined || value === null) continue;
    const at = keyAt(key);
    if (typeof value !== 'string' || value.trim() === '') {
      diagnostics.push(diagnose('BRF109', { reason: `\`${key}\` must be the path of a file in the project` }, at));
      continue;
    }
    const path = value.trim();
    const problem = NOT_A_PROJECT_FILE.test(path) ? 'is a URL, not a file in the project' : EXPECTED_EXTENSION[key].test(path) ? undefined : `is not ${key === 'css' ? 'a stylesheet (`.css`)' : 'an image (`.svg`, `.png`, `.jpg`, `.gif`, `.webp`, `.avif`)'}`;
    if (problem) diagnostics.push(diagnose('BRF123', { key, path, reason: problem }, at));
    else settings[key] = { path, at } satisfies ProjectFileSetting;
  }
  return { settings, diagnostics };
}
