// The benchmark's baseline: what a reveal.js deck built with Vite costs without
// the kit. The same slide files are split on reveal's separators and rendered
// with marked at build time; no checking, no sanitizing, no source reader.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Marked } from 'marked';
import { defineConfig } from 'vite';

const marked = new Marked({ gfm: true });

function slidesHtml(root) {
  const folder = join(root, 'slides');
  const text = readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
    .join('\n\n---\n\n');
  return text
    .split(/\n---\n/)
    .map((slide) => {
      const [body, notes] = slide.split(/^Note:/m);
      return `<section>${marked.parse(body)}${notes ? `<aside class="notes">${marked.parse(notes)}</aside>` : ''}</section>`;
    })
    .join('\n');
}

export default defineConfig({
  base: './',
  plugins: [{ name: 'bare-slides', transformIndexHtml: (html, context) => html.replace('<!--bare:slides-->', slidesHtml(context.server?.config.root ?? process.cwd())) }],
  build: { outDir: 'dist' },
});
