import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO = new URL('../', import.meta.url).pathname.replace(/\/$/, '');
const WORDS = 'analysis policy security region alliance statement minister support dialogue sanctions cooperation border position crisis strategy response order interests partnership talks'.split(' ');
const SOURCES = 10;
const PARAGRAPHS_PER_SOURCE = 40;

/** Deterministic filler prose: the same project on every run, so timings compare. */
function sentence(seed: number, words = 18): string {
  const out: string[] = [];
  let state = (seed * 2654435761 + 12345) >>> 0;
  for (let i = 0; i < words; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(WORDS[(state >>> 8) % WORDS.length] as string);
  }
  const text = out.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

export function paragraphText(source: number, paragraph: number): string {
  return [0, 1, 2].map((k) => sentence(source * 1000 + paragraph * 10 + k)).join(' ');
}

/**
 * Writes a briefing project of `slides` slides (a heading, three bullets
 * each with a citation, one with a verified quotation, and speaker notes)
 * over generated sources, beside the kit's code, for benchmarks and tests.
 */
export function generateProject(root: string, slides: number): string {
  mkdirSync(join(root, 'slides'), { recursive: true });
  mkdirSync(join(root, 'assets/sources'), { recursive: true });
  for (let s = 0; s < SOURCES; s++) {
    const paragraphs = Array.from({ length: PARAGRAPHS_PER_SOURCE }, (_, p) => paragraphText(s, p + 1));
    writeFileSync(join(root, `assets/sources/gen-${s}.md`), `---\ntitle: Generated analysis ${s}\nshort: Gen ${s}\n---\n\n${paragraphs.join('\n\n')}\n`);
  }
  const body: string[] = [];
  for (let i = 0; i < slides; i++) {
    const source = i % SOURCES;
    const p = (i % PARAGRAPHS_PER_SOURCE) + 1;
    const quote = paragraphText(source, p).split(' ').slice(2, 8).join(' ');
    body.push(
      [
        `<!-- .slide: data-timing="3" -->`,
        `## Slide ${i + 1}: ${sentence(i, 5).replace('.', '')}`,
        '',
        `- ${sentence(i + 1, 10)} [@gen-${source} ¶${p}]`,
        `- The source says "${quote}" [@gen-${source} ¶${p}]`,
        `- ${sentence(i + 2, 12)} [@gen-${(source + 1) % SOURCES} ¶${p}]`,
        '',
        `Note:`,
        `${sentence(i + 3, 30)} ${sentence(i + 4, 30)} [@gen-${source} ¶${p}]`,
      ].join('\n'),
    );
  }
  writeFileSync(join(root, 'slides/01-deck.md'), `---\ntitle: Generated deck of ${slides} slides\nauthor: briefing-kit bench\nduration: ${Math.ceil(slides / 10)}\n---\n\n${body.join('\n\n---\n\n')}\n`);
  linkKit(root);
  return root;
}

/** A copy of the real briefing (slides and sources) beside the kit's code, to edit or time without touching the repo. */
export function copyBriefing(root: string): string {
  for (const path of ['slides', 'assets']) cpSync(join(REPO, path), join(root, path), { recursive: true });
  linkKit(root);
  return root;
}

/** The page and config are copied (Vite resolves them from the root); code and packages are linked. */
function linkKit(root: string): void {
  for (const path of ['index.html', 'vite.config.ts']) cpSync(join(REPO, path), join(root, path));
  for (const path of ['src', 'node_modules']) symlinkSync(join(REPO, path), join(root, path));
}
