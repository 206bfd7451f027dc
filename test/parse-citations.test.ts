import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../src/citations/parse-citations.ts';
import { maskNonProse } from '../src/text/mask.ts';
import { spanOf } from '../src/diagnostics/diagnose.ts';
import { readCitation, readEveryCitation } from '../src/markdown/citation-syntax.ts';

function parse(markdown: string) {
  return parseCitations(maskNonProse(markdown), { file: 'slides/a.md', offset: 0 });
}

describe('parseCitations: valid', () => {
  it.each([
    ['Claim [@pism ¶4].', [['pism', [[4, 4]]]]],
    ['Claim [@pism ¶4-6].', [['pism', [[4, 6]]]]],
    ['Claim [@pism ¶4–6].', [['pism', [[4, 6]]]]],
    ['Claim [@pism ¶4-¶6].', [['pism', [[4, 6]]]]],
    ['Claim [@pism ¶¶4-6].', [['pism', [[4, 6]]]]],
    ['Claim [@pism ¶4, ¶7].', [['pism', [[4, 4], [7, 7]]]]],
    ['Claim [@pism, ¶4].', [['pism', [[4, 4]]]]],
    ['Claim [@a ¶2; @b ¶5].', [['a', [[2, 2]]], ['b', [[5, 5]]]]],
  ])('%s', (markdown, expected) => {
    const { citations, diagnostics } = parse(markdown);
    expect(diagnostics).toEqual([]);
    expect(citations.flatMap((c) => c.references.map((r) => [r.sourceId, r.ranges.map((x) => [x.from, x.to])]))).toEqual(expected);
  });

  it('records where the citation, the id and each locator stand', () => {
    const markdown = 'Claim [@pism ¶4, ¶7].';
    const [citation] = parse(markdown).citations;
    const at = (span: { offset: number; length: number }) => markdown.slice(span.offset, span.offset + span.length);
    expect(at(citation!.span)).toBe('[@pism ¶4, ¶7]');
    expect(at(citation!.references[0]!.idSpan)).toBe('pism');
    expect(citation!.references[0]!.ranges.map((r) => at(r.span))).toEqual(['¶4', '¶7']);
  });

  it.each([['Code `[@pism ¶4]` is not a citation.'], ['Escaped \\[@pism ¶4] is not either.'], ['<span title="[@x ¶1]">html</span>']])(
    'ignores %s',
    (markdown) => {
      expect(parse(markdown)).toEqual({ citations: [], diagnostics: [] });
    },
  );
});

describe('parseCitations: malformed', () => {
  it.each([
    ['Claim [@pism 4].', 7, '`4` is not a paragraph reference'],
    ['Claim [@pism].', 7, 'names no paragraph'],
    ['Claim [@ ¶4].', 7, 'not followed by a source id'],
    ['Claim [@pism ¶6-4].', 7, 'runs backwards'],
    ['Claim [@a ¶2; b ¶5].', 7, 'does not start with `@`'],
    ['Claim [@pism ¶4 and more', 7, 'no closing `]`'],
  ])('%s', (markdown, column, problem) => {
    const { citations, diagnostics } = parse(markdown);
    expect(citations).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.code).toBe('BRF103');
    expect(spanOf(diagnostics[0]!)?.offset).toBe(column - 1);
    expect(diagnostics[0]!.message).toContain(problem);
  });
});

describe('reading a citation of one paragraph at once', () => {
  it('gives what reading every form gives, for citations of any shape (fast-check)', () => {
    const pieces = ['[@', '@', 'a', 'pism', 'x-1', '¶', '¶¶', ' ', '  ', '1', '0', '07', '4', '-', '–', ',', ';', ']', '[', '\n', 'p.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => `[@${parts.join('')}]`), (raw) => {
        expect(readCitation(raw)).toEqual(readEveryCitation(raw));
      }),
      { numRuns: 5000 },
    );
    const ids = ['a', 'pism', 'x-1', 'a¶', 'é'];
    const separators = [' ', '  ', ', ', '', '\t'];
    const locators = ['¶4', '¶007', '¶0', '¶ 4', '¶4-6', '¶', '¶4, ¶5', '¶¶4', '4', '¶4 '];
    const common = fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...separators), fc.constantFrom(...locators)).map(([id, separator, locator]) => `[@${id}${separator}${locator}]`);
    fc.assert(
      fc.property(common, (raw) => {
        expect(readCitation(raw)).toEqual(readEveryCitation(raw));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('finding citations in a block, the commonest read in place', () => {
  it('places every citation, id and paragraph where it is written, as reading every form places it (fast-check)', () => {
    const citation = fc
      .tuple(fc.constantFrom('a', 'pism', 'x-1', 'é'), fc.constantFrom(' ¶4', ' ¶007', ' ¶0', ' ¶4-6', ', ¶4', ' ¶4, ¶5', '  ¶4', ' ¶ 4'))
      .map(([id, locator]) => `[@${id}${locator}]`);
    const piece = fc.oneof(citation, fc.constantFrom('Words ', '“quoted” ', '\n', ' ', ']', '[', 'x'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(5000), (pieces, offset) => {
        const text = pieces.join('');
        const { citations, diagnostics } = parseCitations(text, { file: 'slides/a.md', offset });
        // Every citation written is found, or said to be malformed: none is lost.
        const written = pieces.filter((p) => p.startsWith('[@'));
        expect(citations).toHaveLength(written.filter((raw) => !('problem' in readEveryCitation(raw))).length);
        expect(citations.length + diagnostics.length).toBe(written.length);
        for (const { span, references } of citations) {
          const raw = text.slice(span.offset - offset, span.offset - offset + span.length);
          const read = readEveryCitation(raw);
          if ('problem' in read) throw new Error(`${raw} was taken for a citation: ${read.problem}`);
          expect(references.map((r) => ({ sourceId: r.sourceId, ranges: r.ranges.map(({ from, to, label }) => ({ from, to, label })) }))).toEqual(
            read.references.map((r) => ({ sourceId: r.sourceId, ranges: r.ranges.map(({ from, to, label }) => ({ from, to, label })) })),
          );
          read.references.forEach((expected, i) => {
            const reference = references[i]!;
            expect(reference.idSpan).toEqual({ file: 'slides/a.md', offset: span.offset + expected.idAt, length: expected.sourceId.length });
            expect(reference.ranges.map((r) => r.span)).toEqual(expected.ranges.map((r) => ({ file: 'slides/a.md', offset: span.offset + r.at, length: r.length })));
          });
        }
      }),
      { numRuns: 2000 },
    );
  });
});
