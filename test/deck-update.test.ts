import { describe, expect, it } from 'vitest';
import { deckUpdate } from '../src/vite/deck-update.ts';
import type { RenderedDeck } from '../src/types.ts';

function deck(sections: string[], reader = '<div id="source-reader"></div>'): RenderedDeck {
  return { title: 'T', sections, reader, footer: '', appendix: '', settings: { title: 'T' } };
}

describe('deckUpdate', () => {
  it('sends only the sections that changed, and no reader when it did not change', () => {
    const update = deckUpdate(deck(['<section>1</section>', '<section>2</section>', '<section>3</section>']), deck(['<section>1</section>', '<section>2!</section>', '<section>3</section>']));
    expect(update).toEqual({ count: 3, sections: [{ index: 1, html: '<section>2!</section>' }] });
  });

  it('sends every section when the number of sections changed, since positions no longer match', () => {
    const update = deckUpdate(deck(['<section>1</section>']), deck(['<section>0</section>', '<section>1</section>']));
    expect(update.sections.map((s) => s.index)).toEqual([0, 1]);
    expect(update.reader).toBeDefined();
  });

  it('sends the whole deck when nothing was shown before, and the reader when it changed', () => {
    expect(deckUpdate(undefined, deck(['<section>1</section>'])).sections).toHaveLength(1);
    expect(deckUpdate(deck(['<section>1</section>'], 'a'), deck(['<section>1</section>'], 'b'))).toEqual({ count: 1, sections: [], reader: 'b' });
  });

  it('asks for a reload when the page around the slides changed: the theme, the stylesheet or the footer', () => {
    const shown = deck(['<section>1</section>']);
    for (const changed of [{ theme: 'briefing-dark' }, { stylesheet: 'styles/brand.css' }, { footer: '<footer>New title</footer>' }]) {
      expect(deckUpdate(shown, { ...shown, ...changed }), JSON.stringify(changed)).toEqual({ count: 1, sections: [], reload: true });
    }
  });
});
