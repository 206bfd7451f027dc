import { renderDeck } from '../../src/render/render-deck.ts';
import { Sanitizer } from '../../src/render/sanitizer.ts';
import type { CheckResult, RenderedDeck } from '../../src/types.ts';

/**
 * One sanitizer for the test files' renders. Its thread starts with the
 * first render that needs it and is stopped after each test file
 * (test/stop-sanitizer.ts): test files share this module in a worker.
 */
export const sanitizer = new Sanitizer();

/** Renders a checked project as a build does. */
export function render(result: CheckResult): Promise<RenderedDeck> {
  return renderDeck(result, { sanitizer });
}
