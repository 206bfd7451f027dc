import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/check/check-project.ts';
import { buildLock } from '../src/provenance/build-lock.ts';
import { findDrift } from '../src/provenance/drift.ts';
import { bestFuzzyMatch, REWORDED_SCORE } from '../src/provenance/fuzzy-anchor.ts';
import { EDITED_SIMILARITY } from '../src/provenance/source-changes.ts';
import { similarity } from '../src/provenance/word-diff.ts';
import { applyEdits, fixesOf } from '../src/provenance/fix.ts';
import { Locator } from '../src/report/locate.ts';
import type { CheckResult, Lock } from '../src/types.ts';
import { source, textFiles, type Files } from './helpers/project.ts';

/** A source of five paragraphs, and a slide that cites each: ¶1 and ¶5 with a quotation. */
const P = [
  'All human beings are born free and equal in dignity and rights.',
  'Everyone is entitled to all the rights and freedoms set forth in this Declaration, without distinction of any kind.',
  'Everyone has the right to life, liberty and security of person.',
  'No one shall be held in slavery or servitude; the slave trade shall be prohibited in all their forms.',
  'No one shall be subjected to torture or to cruel, inhuman or degrading treatment or punishment.',
] as const;
const [P1, P2, P3, P4, P5] = P;

const SLIDES = [
  '# Rights',
  '',
  '- Born "free and equal in dignity" [@u ¶1]', // ¶1 at 3:40
  '- No distinction [@u ¶2]', // 4:22
  '- Life and liberty [@u ¶3]', // 5:24
  '- No slavery [@u ¶4]', // 6:18
  '- No "cruel, inhuman or degrading treatment" [@u ¶5]', // 7:50
  '',
].join('\n');

const project = (...paragraphs: string[]): Files => ({ 'slides/01.md': SLIDES, 'assets/sources/u.md': source('U', ...paragraphs) });

function run(files: Files, lock?: Lock): CheckResult {
  return checkProject({ slideFiles: textFiles(files, 'slides'), sourceFiles: textFiles(files, 'assets/sources'), ...(lock ? { lock } : {}) });
}

/** The check's diagnostics as `file:line:col CODE`, leaving out missing notes. */
function located(files: Files, result: CheckResult): string[] {
  const locator = new Locator(new Map(Object.entries(files)));
  return result.diagnostics
    .filter((d) => d.code !== 'BRF115')
    .map((d) => {
      const at = locator.locate(d);
      return `${at.file}:${at.line}:${at.column} ${d.code}`;
    });
}

const LOCK = buildLock(run(project(...P)), undefined);

/** Runs `--fix` in memory: the rewrites made, the slides after them, and the lock updated as the command updates it. */
function fix(files: Files, lock: Lock): { files: Files; lock: Lock } {
  const edits = fixesOf(findDrift(lock, run(files, lock)));
  const fixed = { ...files, 'slides/01.md': applyEdits(files['slides/01.md'] as string, edits) };
  const after = run(fixed, lock);
  const remaining = findDrift(lock, after);
  return { files: fixed, lock: buildLock(after, lock, new Map(remaining.citations.map((c) => [c.keyed.key, c.locked]))) };
}

describe('drift since the lock: each citation classified at its ¶ reference', () => {
  it('finds nothing when the source is as locked, and says nothing about quotations it cannot check', () => {
    expect(located(project(...P), run(project(...P), LOCK))).toEqual([]);
  });

  it.each([
    {
      name: 'a paragraph inserted at the top: every citation moved, fixed',
      source: ['A new first paragraph, on another matter entirely.', ...P],
      found: ['slides/01.md:3:40 BRF301', 'slides/01.md:4:22 BRF301', 'slides/01.md:5:24 BRF301', 'slides/01.md:6:18 BRF301', 'slides/01.md:7:50 BRF301'],
      afterFix: [],
    },
    {
      name: 'a cited paragraph deleted: it is gone, the ones after it moved',
      source: [P1, P3, P4, P5],
      found: ['slides/01.md:4:22 BRF305', 'slides/01.md:5:24 BRF301', 'slides/01.md:6:18 BRF301', 'slides/01.md:7:50 BRF301'],
      afterFix: ['slides/01.md:4:22 BRF305'],
    },
    {
      name: 'the last paragraph deleted: its citation is out of range, and drift says so once',
      source: [P1, P2, P3, P4],
      found: ['slides/01.md:7:50 BRF305'],
      afterFix: ['slides/01.md:7:50 BRF305'],
    },
    {
      name: 'paragraphs reordered: each found by its text',
      source: [P2, P1, P3, P5, P4],
      found: ['slides/01.md:3:40 BRF301', 'slides/01.md:4:22 BRF301', 'slides/01.md:6:18 BRF301', 'slides/01.md:7:50 BRF301'],
      afterFix: [],
    },
    {
      name: 'two paragraphs merged: the first edited, the second now part of it (never re-cited for you), the rest moved',
      source: [P1, `${P2} ${P3}`, P4, P5],
      found: ['slides/01.md:4:22 BRF302', 'slides/01.md:5:24 BRF304', 'slides/01.md:6:18 BRF301', 'slides/01.md:7:50 BRF301'],
      afterFix: ['slides/01.md:4:22 BRF302', 'slides/01.md:5:24 BRF304'],
    },
    {
      name: 'a paragraph split: its first half edited, the rest moved',
      source: [P1, 'Everyone is entitled to all the rights and freedoms set forth in this Declaration,', 'without distinction of any kind.', P3, P4, P5],
      found: ['slides/01.md:4:22 BRF302', 'slides/01.md:5:24 BRF301', 'slides/01.md:6:18 BRF301', 'slides/01.md:7:50 BRF301'],
      afterFix: ['slides/01.md:4:22 BRF302'],
    },
    {
      name: 'a paragraph split through a quotation: the quotation relocated (its suffix agrees), fixed',
      source: ['All human beings are born.', 'They are free and equal in dignity and rights.', P2, P3, P4, P5],
      found: ['slides/01.md:3:40 BRF303', 'slides/01.md:4:22 BRF301', 'slides/01.md:5:24 BRF301', 'slides/01.md:6:18 BRF301', 'slides/01.md:7:50 BRF301'],
      afterFix: [],
    },
    {
      name: 'reworded inside a quotation: an error, never fixed',
      source: [P1.replace('free and equal', 'free and alike'), P2, P3, P4, P5],
      found: ['slides/01.md:3:40 BRF304'],
      afterFix: ['slides/01.md:3:40 BRF304'],
    },
    {
      name: 'reworded outside the quotation: a warning, the quoted words still there',
      source: [P1.replace('All human beings', 'All people'), P2, P3, P4, P5],
      found: ['slides/01.md:3:40 BRF302'],
      afterFix: ['slides/01.md:3:40 BRF302'],
    },
    {
      name: 'an unquoted paragraph reworded in place: a warning',
      source: [P1, P2, P3.replace('liberty', 'freedom'), P4, P5],
      found: ['slides/01.md:5:24 BRF302'],
      afterFix: ['slides/01.md:5:24 BRF302'],
    },
    {
      name: 'a quotation whose words are gone',
      source: ['All human beings are born with rights.', P2, P3, P4, P5],
      found: ['slides/01.md:3:40 BRF305'],
      afterFix: ['slides/01.md:3:40 BRF305'],
    },
    {
      name: 'a quotation that now occurs in two other paragraphs: the fix does not choose',
      source: ['All human beings are born.', 'Free and equal in dignity? They are free and equal in dignity.', 'Yes: free and equal in dignity.', P2, P3, P4, P5],
      found: ['slides/01.md:3:40 BRF306', 'slides/01.md:4:22 BRF301', 'slides/01.md:5:24 BRF301', 'slides/01.md:6:18 BRF301', 'slides/01.md:7:50 BRF301'],
      afterFix: ['slides/01.md:3:40 BRF306'],
    },
    {
      name: 'an unquoted paragraph whose text now occurs twice: the fix does not choose',
      source: [P1, P2, P4, P3, P3, P5],
      found: ['slides/01.md:5:24 BRF306', 'slides/01.md:6:18 BRF301', 'slides/01.md:7:50 BRF301'],
      afterFix: ['slides/01.md:5:24 BRF306'],
    },
  ])('$name', ({ source: paragraphs, found, afterFix }) => {
    const files = project(...paragraphs);
    expect(located(files, run(files, LOCK))).toEqual(found);
    const fixed = fix(files, LOCK);
    expect(fixed.files['assets/sources/u.md']).toBe(files['assets/sources/u.md']);
    expect(withoutParagraphNumbers(fixed.files['slides/01.md'] as string)).toBe(withoutParagraphNumbers(SLIDES));
    expect(located(fixed.files, run(fixed.files, fixed.lock))).toEqual(afterFix);
  });
});

describe('drift messages', () => {
  const messages = (...paragraphs: string[]) => {
    const files = project(...paragraphs);
    return run(files, LOCK).diagnostics.filter((d) => d.code.startsWith('BRF3')).map((d) => `${d.code} ${d.message} | ${d.hint ?? ''}`);
  };

  it('says where a moved paragraph is now and why', () => {
    expect(messages('A new first paragraph.', ...P)[2]).toBe(
      'BRF301 `u` ¶3 is now ¶4 (a paragraph was inserted above it). | Its text is unchanged; `brief check --fix` rewrites the citation (¶3 → ¶4).',
    );
    expect(messages(P1, P3, P4, P5)[1]).toContain('`u` ¶3 is now ¶2 (a paragraph above it was removed).');
  });

  it('shows an edit as a word diff, and a reworded quotation in its new wording', () => {
    expect(messages(P1.replace('All human beings', 'All people'), P2, P3, P4, P5)).toEqual([
      'BRF302 `u` ¶1 has changed since the lock. | What changed: `All [-human beings-] {+people+} are born free and …`. Read the claim against the new wording; when it still holds, `brief lock` accepts the change.',
    ]);
    expect(messages(P1.replace('free and equal', 'free and alike'), P2, P3, P4, P5)[0]).toBe(
      'BRF304 The quotation `free and equal in dignity` is no longer word for word in `u` ¶1: ¶1 has it reworded. | ' +
        'The source now reads: `free and [-equal-] {+alike+} in dignity`. Quote its present words (and cite ¶1), or drop the quotation; a reworded quotation is never fixed for you: the quoted words are the evidence.',
    );
  });

  it('shows the old paragraph of one that is gone', () => {
    expect(messages(P1, P3, P4, P5)[0]).toBe(
      `BRF305 \`u\` ¶2 is gone: no paragraph of the source reads like it now. | It read: \`${P2}\`. \`brief sources diff u\` shows what changed; cite what the source says now, or remove the claim.`,
    );
  });

  it('does not repeat what the drift explains: no BRF104 for a quotation that moved, no BRF102 for a paragraph now out of range', () => {
    const codes = (...paragraphs: string[]) => run(project(...paragraphs), LOCK).diagnostics.map((d) => d.code);
    expect(codes('A new first paragraph.', ...P)).not.toContain('BRF104');
    expect(codes(P1, P2, P3, P4)).not.toContain('BRF102');
    // Without a lock, the check says what it always said.
    expect(run(project(P1, P2, P3, P4)).diagnostics.map((d) => d.code)).toContain('BRF102');
  });

  it('keeps the check\'s BRF104 when the drift found is only a warning: a quotation across two paragraphs has no anchor to place', () => {
    const slide = '# R\n\n- "free and equal … without distinction of any kind" [@u ¶1-2]\n';
    const files = (...paragraphs: string[]): Files => ({ 'slides/01.md': slide, 'assets/sources/u.md': source('U', ...paragraphs) });
    const lock = buildLock(run(files(...P)), undefined);
    const edited = files(P1, P2.replace('without distinction', 'with no distinction'), P3, P4, P5);
    expect(located(edited, run(edited, lock))).toEqual(['slides/01.md:3:3 BRF104', 'slides/01.md:3:58 BRF302']);
  });
});

describe('the fuzzy match\'s threshold (REWORDED_SCORE), from these cases', () => {
  const anchor = { source: 'u', paragraph: 1, exact: 'free and equal in dignity', prefix: 'All human beings are born ', suffix: ' and rights.' };
  it.each([
    ['one word changed', 'All human beings are born free and alike in dignity and rights.', 0.85, 1],
    ['two words changed', 'All human beings are born free and alike in worth and rights.', REWORDED_SCORE, 0.8],
    ['rewritten, its context too', 'All people are born free and alike in dignity.', 0.5, REWORDED_SCORE],
    ['words reordered', 'All human beings are born equal in dignity and free in rights.', 0.5, REWORDED_SCORE],
  ])('%s', (_, text, atLeast, below) => {
    const score = bestFuzzyMatch(anchor, [text, P2, P3], 0)?.score ?? 0;
    expect(score).toBeGreaterThanOrEqual(atLeast);
    expect(score).toBeLessThan(below);
  });

  it('finds nothing for unrelated text', () => {
    expect(bestFuzzyMatch(anchor, ['All human beings are born with rights.', P4], 0)).toBeUndefined();
  });
});

describe('an unquoted paragraph\'s edit threshold (EDITED_SIMILARITY), from these cases', () => {
  it.each<[string, string, string, boolean]>([
    ['a word changed', P3, P3.replace('liberty', 'freedom'), true],
    ['split in two halves: the first', P2, 'Everyone is entitled to all the rights and freedoms', true],
    ['merged with the next', P2, `${P2} ${P3}`, true],
    ...P.slice(1).map((other, i): [string, string, string, boolean] => [`unrelated: ¶1 and ¶${i + 2}`, P1, other, false]),
  ])('%s', (_, before, after, edited) => {
    expect(similarity(before, after) >= EDITED_SIMILARITY).toBe(edited);
  });
});

describe('ranges and several citations', () => {
  const files = (paragraphs: string[], slide: string): Files => ({ 'slides/01.md': slide, 'assets/sources/u.md': source('U', ...paragraphs) });
  const SLIDE = '# R\n\n- Two at once [@u ¶2-3]\n- And a list [@u ¶1, ¶4; @u ¶5]\n';
  const lock = buildLock(run(files([...P], SLIDE)), undefined);

  it('moves a range and a list of references together', () => {
    const moved = files(['New.', ...P], SLIDE);
    expect(located(moved, run(moved, lock))).toEqual(['slides/01.md:3:19 BRF301', 'slides/01.md:4:18 BRF301', 'slides/01.md:4:22 BRF301', 'slides/01.md:4:29 BRF301']);
    expect(fix(moved, lock).files['slides/01.md']).toBe('# R\n\n- Two at once [@u ¶3-4]\n- And a list [@u ¶2, ¶5; @u ¶6]\n');
  });

  it('writes a range split by an inserted paragraph as a list', () => {
    const inside = files([P1, P2, 'Inserted in the middle of a cited range.', P3, P4, P5], SLIDE);
    expect(fix(inside, lock).files['slides/01.md']).toContain('[@u ¶2, ¶4]');
  });
});

describe('the lock', () => {
  it('records each citation by a key that survives line moves, with its paragraphs and quotation anchors', () => {
    const citation = LOCK.citations.find((c) => c.text === '[@u ¶1]');
    expect(citation).toMatchObject({
      file: 'slides/01.md',
      cited: [{ source: 'u', paragraph: 1, hash: expect.stringMatching(/^[0-9a-f]{10}$/) }],
      quotations: [{ source: 'u', paragraph: 1, exact: 'free and equal in dignity', prefix: 'All human beings are born ', suffix: ' and rights.' }],
    });
    const moved = { 'slides/01.md': `\n\n${SLIDES}`, 'assets/sources/u.md': source('U', ...P) };
    expect(buildLock(run(moved), undefined).citations.map((c) => c.key)).toEqual(LOCK.citations.map((c) => c.key));
  });

  it('keeps the reviewers\' verdicts untouched', () => {
    const review = { claim: 'c0', verdict: 'supported' as const, text: 'x', paragraphs: [], at: '2026-01-01T00:00:00Z' };
    expect(buildLock(run(project(...P)), { ...LOCK, reviews: [review] }).reviews).toEqual([review]);
  });
});

/** A slide file with every ¶ reference made the same, to compare what else a fix changed. */
function withoutParagraphNumbers(text: string): string {
  return text.replace(/¶\d+(?:-\d+)?(?:, ¶\d+(?:-\d+)?)*/g, '¶N');
}
