import { describe, expect, it } from 'vitest';
import { check, source, type Files } from './helpers/project.ts';

const SOURCE = source(
  'Source A',
  'The ministry expects exports to grow by four per cent next year.',
  'Officials met in Geneva on Tuesday to discuss the tariff schedule.',
);

const POLICY_CODES = ['BRF140', 'BRF141', 'BRF142', 'BRF143', 'BRF144', 'BRF145'];

/** A deck whose first slide carries `front` as its front matter, then `slides` as written. */
function deck(front: string, ...slides: string[]): Files {
  const files: Files = { 'assets/sources/a.md': SOURCE };
  slides.forEach((slide, index) => {
    files[`slides/${String(index + 1).padStart(2, '0')}.md`] = index === 0 ? `---\n${front}\n---\n\n${slide}` : slide;
  });
  return files;
}

/** The policy codes the deck gets, located as `file:line:col CODE`. */
function policyCodes(files: Files): string[] {
  return check(files, []).located.filter((located) => POLICY_CODES.some((code) => located.endsWith(code)));
}

const CITED = '# Exports\n\n- The ministry expects exports to grow [@a ¶1]\n\nNote:\nThe ministry expects growth of four per cent next year, which is what we say here.\n';
const NOTES = (words: number) => `# Exports\n\n- The ministry expects exports to grow [@a ¶1]\n\nNote:\n${Array.from({ length: words }, () => 'word').join(' ')}\n`;

describe('deck policy', () => {
  it.each([
    ['a deck within every rule', deck('policy:\n  slides: 1-2\n  bullets: 2\n  bullet-words: 10\n  notes-words: 5-40', CITED), []],
    ['too many slides, located at the first slide past the limit', deck('policy:\n  slides: 1', CITED, CITED, CITED), ['slides/02.md:1:1 BRF141']],
    ['too few slides, located at the policy', deck('policy:\n  slides: 3-5', CITED), ['slides/01.md:2:1 BRF141']],
    ['too many bullets, located at the first bullet past the limit', deck('policy:\n  bullets: 1', '# T\n\n- The ministry expects exports to grow [@a ¶1]\n- Officials met in Geneva [@a ¶2]\n'), ['slides/01.md:9:1 BRF142']],
    ['a bullet too long', deck('policy:\n  bullet-words: 4', CITED), ['slides/01.md:8:1 BRF143']],
    ['notes too short', deck('policy:\n  notes-words: 10-50', NOTES(3)), ['slides/01.md:10:6 BRF144']],
    ['notes too long', deck('policy:\n  notes-words: 10-50', NOTES(60)), ['slides/01.md:10:6 BRF144']],
    ['notes rule does not apply to the title slide', deck('policy:\n  notes-words: 10-50', '# Title only\n'), []],
    ['not a mapping', deck('policy: strict', CITED), ['slides/01.md:2:1 BRF140']],
    ['an unknown rule', deck('policy:\n  slide: 10', CITED), ['slides/01.md:2:1 BRF140']],
    ['a range backwards', deck('policy:\n  slides: 14-10', CITED), ['slides/01.md:2:1 BRF140']],
    ['uncited neither error nor warning', deck('policy:\n  uncited: maybe', CITED), ['slides/01.md:2:1 BRF140']],
    ['questions not a number', deck('policy:\n  questions: some', CITED), ['slides/01.md:2:1 BRF140']],
  ])('%s', (_name, files, expected) => {
    expect(policyCodes(files)).toEqual(expected);
  });

  it('keeps time for questions: the slides\' targets must leave it within the duration', () => {
    const timed = (minutes: number) => `# Exports\n\n- The ministry expects exports to grow [@a ¶1]\n\nNote:\n${Array.from({ length: minutes * 130 }, () => 'word').join(' ')}\n`;
    expect(policyCodes(deck('duration: 5\npolicy:\n  questions: 2', timed(2)))).toEqual([]);
    expect(policyCodes(deck('duration: 5\npolicy:\n  questions: 2', timed(4)))).toEqual(['slides/01.md:3:1 BRF145']);
  });

  it('makes uncited claims errors with `uncited: error`, and leaves them warnings otherwise', () => {
    const uncited = '# Exports\n\n- Exports will grow by four per cent next year, the ministry expects\n';
    const severities = (front: string) => check(deck(front, uncited), []).diagnostics.filter((d) => ['BRF106', 'BRF134', 'BRF135'].includes(d.code)).map((d) => d.severity);
    const warned = severities('title: T');
    expect(warned.length).toBeGreaterThan(0);
    expect(warned.every((severity) => severity === 'warning')).toBe(true);
    const strict = severities('policy:\n  uncited: error');
    expect(strict.length).toBe(warned.length);
    expect(strict.every((severity) => severity === 'error')).toBe(true);
  });

  it('counts a policy problem in the summary as an error', () => {
    const result = check(deck('policy:\n  slides: 1', CITED, CITED));
    expect(result.summary.errors).toBeGreaterThan(0);
  });
});
