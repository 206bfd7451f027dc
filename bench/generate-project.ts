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

/** Slides per generated file, as an author would split a long deck into sections. */
export const SLIDES_PER_FILE = 50;

/** What generated notes may end with: a link (to a URL DOMPurify keeps as written), or raw HTML (which it must check). */
export type NotesEnding = 'link' | 'html';

/**
 * The Markdown of generated slide `i`: a heading, three bullets each with a
 * citation (one quoting its paragraph), and notes, ending with `ending` if given.
 */
export function generatedSlide(i: number, ending?: NotesEnding): string {
  const source = i % SOURCES;
  const p = (i % PARAGRAPHS_PER_SOURCE) + 1;
  const quote = paragraphText(source, p).split(' ').slice(2, 8).join(' ');
  return [
    `<!-- .slide: data-timing="30" -->`,
    `## Slide ${i + 1}: ${sentence(i, 5).replace('.', '')}`,
    '',
    `- ${sentence(i + 1, 10)} [@gen-${source} ¶${p}]`,
    `- The source says "${quote}" [@gen-${source} ¶${p}]`,
    `- ${sentence(i + 2, 12)} [@gen-${(source + 1) % SOURCES} ¶${p}]`,
    '',
    `Note:`,
    `${sentence(i + 3, 30)} ${sentence(i + 4, 30)} [@gen-${source} ¶${p}]${ending ? ` See ${ending === 'link' ? `[the annex](https://example.org/annex/${i + 1})` : `<b>annex ${i + 1}</b>`}.` : ''}`,
  ].join('\n');
}

/**
 * Writes a briefing project of `slides` generated slides, SLIDES_PER_FILE to
 * a file, over generated sources, beside the kit's code, for benchmarks.
 */
export function generateProject(root: string, slides: number, options: { notesEnding?: NotesEnding } = {}): string {
  mkdirSync(join(root, 'slides'), { recursive: true });
  mkdirSync(join(root, 'assets/sources'), { recursive: true });
  for (let s = 0; s < SOURCES; s++) {
    const paragraphs = Array.from({ length: PARAGRAPHS_PER_SOURCE }, (_, p) => paragraphText(s, p + 1));
    writeFileSync(join(root, `assets/sources/gen-${s}.md`), `---\ntitle: Generated analysis ${s}\nshort: Gen ${s}\n---\n\n${paragraphs.join('\n\n')}\n`);
  }
  const frontMatter = `---\ntitle: Generated deck of ${slides} slides\nauthor: briefing-kit bench\nduration: ${Math.ceil(slides / 2)}\n---\n\n`;
  for (let first = 0; first < slides; first += SLIDES_PER_FILE) {
    const part = Array.from({ length: Math.min(SLIDES_PER_FILE, slides - first) }, (_, k) => generatedSlide(first + k, options.notesEnding));
    const name = `slides/${String(first / SLIDES_PER_FILE + 1).padStart(3, '0')}-part.md`;
    writeFileSync(join(root, name), `${first === 0 ? frontMatter : ''}${part.join('\n\n---\n\n')}\n`);
  }
  linkKit(root);
  return root;
}

/**
 * A copy of the briefing in `from` (its slides and assets) beside the kit's
 * code, to edit or time without touching the original.
 */
export function copyBriefing(from: string, root: string): string {
  for (const path of ['slides', 'assets']) cpSync(join(from, path), join(root, path), { recursive: true });
  linkKit(root);
  return root;
}

/** The page and config are copied (Vite resolves them from the root); code and packages are linked. */
function linkKit(root: string): void {
  for (const path of ['index.html', 'vite.config.ts']) cpSync(join(REPO, path), join(root, path));
  for (const path of ['src', 'node_modules']) symlinkSync(join(REPO, path), join(root, path));
}
