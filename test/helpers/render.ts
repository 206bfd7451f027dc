import { afterAll } from 'vitest';
import { renderDeck } from '../../src/render/render-deck.ts';
import { Sanitizer } from '../../src/render/sanitizer.ts';
import type { CheckResult, RenderedDeck } from '../../src/types.ts';

/** One sanitizer for a test file's renders, stopped when the file is done. */
export const sanitizer = new Sanitizer();
afterAll(() => sanitizer.stop());

/** Renders a checked project as a build does. */
export function render(result: CheckResult): Promise<RenderedDeck> {
  return renderDeck(result, { sanitizer });
}
