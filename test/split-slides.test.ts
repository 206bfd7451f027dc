import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSlides } from '../src/slides/split-slides.ts';

const slice = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

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

  it('loses nothing: the slides and separators put back together give the text', () => {
    const line = fc.constantFrom('# Title', 'text', '', '---', '--', 'Note:', 'Notes: x', '```', '- item', '> quote');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        const slides = splitSlides(text, 0);
        let rebuilt = '';
        let at = 0;
        for (const s of slides) {
          rebuilt += text.slice(at, s.range.start) + slice(text, s.range);
          at = s.range.end;
          expect(s.body.start).toBe(s.range.start);
          if (s.notes) expect(s.notes.end).toBe(s.range.end);
        }
        expect(rebuilt + text.slice(at)).toBe(text);
        expect(slides[slides.length - 1]!.range.end).toBe(text.length);
      }),
    );
  });
});
