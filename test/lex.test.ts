import { describe, expect, it } from 'vitest';
import { GUARDED_FROM_CHARS, lexParts } from '../src/text/lex.ts';

describe('lexParts', () => {
  const large = Array.from({ length: 400 }, (_, i) => `- Bullet ${i} with *emphasis* and [a link](#p${i})`).join('\n');

  it('lexes a large file in the worker and a small one here, to the same tokens', () => {
    expect(large.length).toBeGreaterThan(GUARDED_FROM_CHARS);
    const [inWorker] = lexParts('slides/big.md', [{ markdown: large, offset: 0 }]);
    const [here] = lexParts('slides/small.md', [{ markdown: `${large.slice(0, 200)}`, offset: 0 }]);
    expect(inWorker && 'tokens' in inWorker && inWorker.tokens[0]?.type).toBe('list');
    expect(here && 'tokens' in here && here.tokens[0]?.type).toBe('list');
  });

  it('lexes Markdown it has lexed before only once: the dev server re-checks unchanged files on every save', () => {
    const edited = `${large}\n- one more bullet`;
    const [first] = lexParts('slides/a.md', [{ markdown: edited, offset: 0 }]);
    const [again] = lexParts('slides/b.md', [{ markdown: edited, offset: 10 }]);
    expect(first && 'tokens' in first).toBe(true);
    expect(again && 'tokens' in again && again.tokens).toBe(first && 'tokens' in first && first.tokens);
  });

  it('remembers no failure: Markdown nested too deep is reported where it is, each time', () => {
    const nested = `${'>'.repeat(150)} deep`;
    const [first] = lexParts('slides/a.md', [{ markdown: nested, offset: 0 }]);
    const [again] = lexParts('slides/b.md', [{ markdown: nested, offset: 7 }]);
    expect(first && 'diagnostic' in first && first.diagnostic?.span).toMatchObject({ file: 'slides/a.md', offset: 0 });
    expect(again && 'diagnostic' in again && again.diagnostic?.span).toMatchObject({ file: 'slides/b.md', offset: 7 });
  });
});
