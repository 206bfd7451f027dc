import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from '../src/text/compare-text.ts';
import { formatCount, plural } from '../src/text/plural.ts';

describe('formatCount', () => {
  it('writes every number as toLocaleString("en") does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.nat(9999), fc.double()), (count) => {
        expect(formatCount(count)).toBe(count.toLocaleString('en'));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1200, '1,200'],
    [1234567, '1,234,567'],
    [-1000, '-1,000'],
    [0.3333, '0.333'],
    [1234.5, '1,234.5'],
    [Infinity, '∞'],
  ])('writes %d as %s', (count, written) => {
    expect(formatCount(count)).toBe(written);
  });

  it('agrees a count with its noun', () => {
    expect([plural(1, 'slide'), plural(2, 'slide'), plural(1200, 'slide'), plural(0, 'query', 'queries')]).toEqual(['1 slide', '2 slides', '1,200 slides', '0 queries']);
  });
});

describe('compareText', () => {
  it('orders by code unit, whatever the locale: upper case before lower, digits before letters', () => {
    expect(['slides/b.md', 'slides/B.md', 'slides/10.md', 'slides/a.md', 'slides/2.md'].sort(compareText)).toEqual(['slides/10.md', 'slides/2.md', 'slides/B.md', 'slides/a.md', 'slides/b.md']);
  });

  it('is a total order consistent with equality', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareText(a, b)) + Math.sign(compareText(b, a))).toBe(0);
        expect(compareText(a, b) === 0).toBe(a === b);
      }),
    );
  });
});
