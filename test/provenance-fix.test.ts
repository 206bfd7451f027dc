import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/check/check-project.ts';
import { decodeText } from '../src/project/read-text.ts';
import { buildLock } from '../src/provenance/build-lock.ts';
import { findDrift } from '../src/provenance/drift.ts';
import { applyEdits, applyEditsToBytes, fixesOf } from '../src/provenance/fix.ts';
import type { CheckResult, Lock } from '../src/types.ts';
import { source, textFiles, type Files } from './helpers/project.ts';

const run = (files: Files, lock?: Lock): CheckResult =>
  checkProject({ slideFiles: textFiles(files, 'slides'), sourceFiles: textFiles(files, 'assets/sources'), ...(lock ? { lock } : {}) });

describe('applyEditsToBytes: every byte but the ¶ numbers kept', () => {
  it('maps the check\'s offsets past a byte order mark and CRLF line endings', () => {
    const raw = '\uFEFF# T\r\n\r\n- Café [@u ¶1]\r\n- Naïve [@u ¶2]\r\rold Mac line\r\n';
    const bytes = new TextEncoder().encode(raw);
    const text = decodeText(bytes, 'slides/01.md').file?.text as string;
    const edits = ['¶1', '¶2'].map((label, i) => ({ span: { file: 'slides/01.md', offset: text.indexOf(label), length: label.length }, from: label, to: `¶${i + 10}` }));
    const fixed = applyEditsToBytes(bytes, edits);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(fixed)).toBe('\uFEFF# T\r\n\r\n- Café [@u ¶10]\r\n- Naïve [@u ¶11]\r\rold Mac line\r\n');
    expect(decodeText(fixed, 'slides/01.md').file?.text).toBe(applyEdits(text, edits));
  });
});

/** Paragraphs no two of which share a word, so that one is never taken for another edited. */
const paragraph = (id: string) => `Paragraph ${id}: ${['alpha', 'beta', 'gamma', 'delta'].map((w) => `${w}${id}`).join(' ')}.`;

describe('brief check --fix, as a property', () => {
  it('after random insertions and deletions in a source, leaves every unquoted citation pointing at a paragraph with its original text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.array(fc.record({ insert: fc.boolean(), at: fc.nat() }), { minLength: 1, maxLength: 10 }),
        (count, operations) => {
          const original = Array.from({ length: count }, (_, i) => paragraph(`o${i}`));
          const slide = `# Claims\n\n${original.map((_, i) => `- Claim ${i + 1} [@s ¶${i + 1}]`).join('\n')}\n`;
          const before: Files = { 'slides/01.md': slide, 'assets/sources/s.md': source('S', ...original) };
          const lock = buildLock(run(before), undefined);

          const edited = [...original];
          operations.forEach(({ insert, at }, k) => {
            if (insert) edited.splice(at % (edited.length + 1), 0, paragraph(`n${k}`));
            else if (edited.length > 1) edited.splice(at % edited.length, 1);
          });
          const after: Files = { ...before, 'assets/sources/s.md': source('S', ...edited) };
          const fixedSlide = applyEdits(slide, fixesOf(findDrift(lock, run(after, lock))));

          const cited = [...fixedSlide.matchAll(/- Claim (\d+) \[@s ¶(\d+)\]/g)].map((m) => ({ claim: Number(m[1]), paragraph: Number(m[2]) }));
          expect(cited).toHaveLength(count);
          for (const { claim, paragraph: n } of cited) {
            const text = original[claim - 1] as string;
            if (edited.includes(text)) expect(edited[n - 1]).toBe(text);
            // A paragraph that is gone is reported, and its citation left as it was.
            else expect(n).toBe(claim);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
