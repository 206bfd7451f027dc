import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSlides } from '../src/slides/split-slides.ts';

const slice = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

/**
 * Generated slide files, with the split a reader of reveal.js's conventions
 * expects. Slides are joined by `---` or `--` (trailing spaces allowed)
 * between blank lines. Within a slide, `---` and `--` lines stand next to
 * text (a setext heading, a rule before a paragraph) or inside fenced code,
 * so none of them is a separator; a fence may hold blank lines, separators,
 * `Note:` lines and the other fence character. A slide may end with notes
 * after a `Note:` line, which may hold a second `Note:` line.
 */
const blankLine = fc.constantFrom('', ' ', '\t');
const textLine = fc.constantFrom('# Title', '## A heading', 'text', '- item', '> quote', '| a | b |', ' ---', 'a --- b', 'Notebook: not notes', '[@a ¶1]');
const ruleLine = fc.constantFrom('---', '--', '--- ', '***');
const fence = fc.constantFrom(
  { open: '```', close: '```', other: '~~~' },
  { open: '```js', close: '````', other: '~~~' },
  { open: '~~~', close: '~~~', other: '```' },
  { open: '````', close: '````', other: '```' },
);
const chunk = (inNotes: boolean) =>
  fc.oneof(
    textLine.map((t) => [t]),
    blankLine.map((b) => [b]),
    fc.tuple(textLine, ruleLine).map(([t, r]) => [t, r]),
    fc.tuple(ruleLine, textLine).map(([r, t]) => [r, t]),
    fence.chain((f) =>
      fc.array(fc.constantFrom('', '---', '--', 'Note: in code', 'code', f.other), { maxLength: 5 }).map((inner) => [f.open, ...inner, f.close]),
    ),
    ...(inNotes ? [fc.constant(['Note: a second one'])] : []),
  );
const lines = (inNotes: boolean) => fc.array(chunk(inNotes), { maxLength: 6 }).map((chunks) => chunks.flat());
const notes = fc.option(fc.record({ marker: fc.constantFrom('Note:', 'Notes: ', 'NOTE:\t', '  notes: '), rest: fc.constantFrom('', 'say this'), lines: lines(true) }), { nil: undefined });
const slideSpec = fc.record({ separator: fc.constantFrom('---', '--', '--- ', '--\t'), before: blankLine, after: blankLine, body: lines(false), notes });

interface ExpectedSlide {
  range: string;
  body: string;
  notes: string | undefined;
  vertical: boolean;
}

const slideFile = fc.record({ specs: fc.array(slideSpec, { minLength: 1, maxLength: 6 }), newline: fc.constantFrom('\n', '\r\n'), finalNewline: fc.boolean() }).map(({ specs, newline, finalNewline }) => {
  const last = specs.length - 1;
  const slides: ExpectedSlide[] = [];
  let text = '';
  specs.forEach((spec, i) => {
    if (i > 0) text += `${spec.separator}${newline}`;
    // Blank lines around each separator belong to the slides on either side.
    const bodyLines = [...(i > 0 ? [spec.before] : []), ...spec.body];
    const noteLines = spec.notes ? [spec.notes.marker + spec.notes.rest, ...spec.notes.lines] : [];
    const all = [...bodyLines, ...noteLines, ...(i < last ? [spec.after] : [])];
    const range = all.join(newline) + (i < last || finalNewline ? newline : '');
    const body = spec.notes ? bodyLines.map((l) => l + newline).join('') : range;
    slides.push({ range, body, notes: spec.notes && range.slice(body.length + spec.notes.marker.length), vertical: i > 0 && spec.separator.trim() === '--' });
    text += range;
  });
  return { text, slides };
});

describe('splitSlides', () => {
  it('splits on --- and -- between blank lines, and finds notes', () => {
    const text = '# One\n\nbody\n\n---\n\n# Two\n\nNote:\nsay this\n\n--\n\n# Two, below\n';
    const slides = splitSlides(text, 0);
    expect(slides.map((s) => [slice(text, s.body).trim(), s.vertical, s.notes && slice(text, s.notes).trim()])).toEqual([
      ['# One\n\nbody', false, undefined],
      ['# Two', false, 'say this'],
      ['# Two, below', true, undefined],
    ]);
  });

  it('does not split inside fenced code, or on --- that is not between blank lines', () => {
    const text = '# A\n\n```\n\n---\n\n```\n\nSetext\n---\n\ntext';
    expect(splitSlides(text, 0)).toHaveLength(1);
  });

  it('starts after front matter and accepts "Notes:" in any case', () => {
    const text = '---\ntitle: x\n---\n# A\n\nNOTES: spoken';
    const [slide] = splitSlides(text, 17);
    expect(slice(text, slide!.body)).toBe('# A\n\n');
    expect(slice(text, slide!.notes!)).toBe('spoken');
  });

  it('loses nothing: body, Note: line, notes and separator of each slide, put back together, give the text', () => {
    const line = fc.constantFrom('# Title', 'text', '', '  ', '---', '--', '--- ', 'Note:', 'Notes: x', 'NOTE:\tx', '```', '~~~', '- item', '> quote');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (lines, newline) => {
        const text = lines.join(newline);
        const slides = splitSlides(text, 0);
        let rebuilt = '';
        slides.forEach((s, i) => {
          expect(s.body.start).toBe(s.range.start);
          expect(s.notes?.end ?? s.body.end).toBe(s.range.end);
          rebuilt += slice(text, s.body);
          if (s.notes) {
            const noteLine = text.slice(s.body.end, s.notes.start);
            expect(noteLine).toMatch(/^[^\S\n]*notes?:[ \t]*$/i);
            rebuilt += noteLine + slice(text, s.notes);
          }
          const next = slides[i + 1];
          if (next) {
            const separator = text.slice(s.range.end, next.range.start);
            // The separator's line, with its line break unless it is the file's last line.
            expect(separator).toMatch(/^(---|--)[^\S\n]*\n?$/);
            if (!separator.endsWith('\n')) expect(next.range.start).toBe(text.length);
            expect(next.vertical).toBe(separator.trim() === '--');
            rebuilt += separator;
          }
        });
        expect(rebuilt).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('splits exactly at each ---/-- line between blank lines outside fenced code, and nowhere else (generated slide files)', () => {
    fc.assert(
      fc.property(slideFile, ({ text, slides }) => {
        const found = splitSlides(text, 0);
        expect(found.map((s) => ({ range: slice(text, s.range), body: slice(text, s.body), notes: s.notes && slice(text, s.notes), vertical: s.vertical }))).toEqual(
          slides.map((s) => ({ range: s.range, body: s.body, notes: s.notes, vertical: s.vertical })),
        );
      }),
      { numRuns: 500 },
    );
  });
});
