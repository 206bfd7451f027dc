import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/check/check-project.ts';
import { readProject } from '../src/project/read-project.ts';
import { Locator } from '../src/report/locate.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const project = await readProject(ROOT);
const result = checkProject(project);
const slides = result.deck.slides;
const words = (markdown: string) => markdown.replace(/\[@[^\]]*\]/g, '').split(/\s+/).filter(Boolean).length;

/** The real briefing in slides/ against the real sources: any diagnostic is a broken promise on screen. */
describe('the briefing in slides/', () => {
  it('checks with no error and no warning', () => {
    const locator = new Locator(project.texts);
    const found = result.diagnostics.map((d) => {
      const at = locator.locate(d);
      return `${at.file}:${at.line}:${at.column} ${d.code} ${d.message}`;
    });
    expect(found).toEqual([]);
  });

  it('cites both sources, verifies at least four quotations, and has 12 to 18 slides', () => {
    expect(result.summary.sourcesCited).toBe(2);
    expect(result.summary.quotationsVerified).toBeGreaterThanOrEqual(4);
    expect(slides.length).toBeGreaterThanOrEqual(12);
    expect(slides.length).toBeLessThanOrEqual(18);
  });

  it('gives every slide but the title speaker notes of 40 to 150 words', () => {
    for (const slide of slides.slice(1)) {
      const count = words(slide.notes?.markdown ?? '');
      expect({ slide: slide.title, ok: count >= 40 && count <= 150 }).toEqual({ slide: slide.title, ok: true });
    }
  });

  it('gives every slide a target time, and the targets fit the deck duration', () => {
    const targets = slides.map((s) => Number(s.attributes['data-timing']));
    expect(targets.every((t) => t > 0)).toBe(true);
    const duration = result.deck.settings.duration ?? 0;
    expect(duration).toBeGreaterThanOrEqual(12);
    expect(duration).toBeLessThanOrEqual(18);
    expect(targets.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(duration * 60);
  });
});
