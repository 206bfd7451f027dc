import { renderDeck } from '../../src/render/render-deck.ts';
import { Sanitizer } from '../../src/render/sanitizer.ts';
import type { CheckResult, RenderedDeck } from '../../src/types.ts';

/**
 * One sanitizer for the test files' renders. Its thread starts with the
 * first render that needs it and serves every test file of the worker
 * (they share this module): started again for each of the eight files that
 * need it, jsdom's loading cost about 5 s of CPU a run. Idle, it does not
 * keep the worker's process from exiting (threads/worker-calls.ts).
 */
export const sanitizer = new Sanitizer();

/** Renders a checked project as a build does. */
export function render(result: CheckResult): Promise<RenderedDeck> {
  return renderDeck(result, { sanitizer });
}
