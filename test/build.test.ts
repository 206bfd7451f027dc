import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../src/build/build-deck.ts';
import { tempProject } from './helpers/temp-project.ts';

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [path.slice(dir.length), readFileSync(path, 'base64')];
      }),
  );
}

describe('brief build', () => {
  let root: string;
  beforeAll(() => {
    root = tempProject();
  });

  it('builds a page that loads as a classic script with relative URLs, so it opens from file://', async () => {
    const outcome = await buildDeck({ root });
    expect(outcome.outDir).toBe(join(root, 'dist'));
    const html = readFileSync(join(root, 'dist/index.html'), 'utf8');
    const page = new JSDOM(html).window.document;
    expect(page.querySelector('script[type="module"]')).toBeNull();
    expect(page.querySelector('[crossorigin]')).toBeNull();
    for (const el of page.querySelectorAll('script[src], link[href]')) expect(el.getAttribute('src') ?? el.getAttribute('href')).toMatch(/^\.\/assets\//);
    // Seven slides: six across, the fourth with one below it.
    expect(page.querySelectorAll('.reveal .slides > section')).toHaveLength(6);
    expect([...page.querySelectorAll('.reveal .slides section')].filter((section) => !section.querySelector('section'))).toHaveLength(7);
    expect(page.title).toBe('The Kessel Harbour Dispute');
    const css = readdirSync(join(root, 'dist/assets')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(root, 'dist/assets', f), 'utf8')).join('');
    expect(css).not.toMatch(/url\((['"]?)(https?:)?\/\//);
    expect(readdirSync(join(root, 'dist/assets')).some((f) => f.endsWith('.woff2'))).toBe(true);
  });

  it('leaves the previous dist/ exactly as it was when a citation breaks', async () => {
    const before = snapshot(join(root, 'dist'));
    const slide = join(root, 'slides/02-positions.md');
    const original = readFileSync(slide, 'utf8');
    writeFileSync(slide, original.replace('[@harbour-review ¶2]', '[@harbour-review ¶9]'));
    const outcome = await buildDeck({ root });
    expect(outcome.outDir).toBeUndefined();
    expect(outcome.deck.result.diagnostics.map((d) => d.code)).toContain('BRF102');
    expect(snapshot(join(root, 'dist'))).toEqual(before);
    expect(readdirSync(root).filter((f) => f.startsWith('dist.'))).toEqual([]);
    writeFileSync(slide, original);
  });

  it('replaces dist/ whole on success: nothing of the old build is left', async () => {
    writeFileSync(join(root, 'dist/stale-file.txt'), 'old');
    await buildDeck({ root });
    expect(existsSync(join(root, 'dist/stale-file.txt'))).toBe(false);
    expect(existsSync(join(root, 'dist/index.html'))).toBe(true);
  });

  it('ships the images slides show, by path from the root or from the slide file, within dist/', async () => {
    const project = tempProject();
    mkdirSync(join(project, 'assets/img'), { recursive: true });
    // Large enough that Vite copies it rather than inlining it.
    writeFileSync(join(project, 'assets/img/map.svg'), `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><!--${'x'.repeat(8000)}--><rect width="10" height="10"/></svg>`);
    const slide = join(project, 'slides/02-positions.md');
    writeFileSync(slide, readFileSync(slide, 'utf8').replace(/\n- /, '\n- ![The border](assets/img/map.svg)\n- ![As an editor previews it](../assets/img/map.svg)\n- '));
    const outcome = await buildDeck({ root: project });
    expect(outcome.outDir).toBe(join(project, 'dist'));
    const html = readFileSync(join(project, 'dist/index.html'), 'utf8');
    expect(html).not.toContain('data-briefing-media');
    const page = new JSDOM(html).window.document;
    const src = page.querySelector('section img[alt="The border"]')?.getAttribute('src') ?? '';
    expect(src).toMatch(/^\.\/assets\/map-[\w-]+\.svg$/);
    expect(existsSync(join(project, 'dist', src))).toBe(true);
    expect(page.querySelector('section img[alt="As an editor previews it"]')?.getAttribute('src')).toBe(src);
  });

  it("applies the project's own vite.config.ts, which the bundler loads while the deck is checked", async () => {
    const project = tempProject();
    const config = readFileSync(join(project, 'vite.config.ts'), 'utf8');
    const ownPlugin = "{ name: 'own', transformIndexHtml: (html: string) => html.replace('</body>', '<!--own plugin--></body>') }";
    writeFileSync(join(project, 'vite.config.ts'), config.replace(/export default defineConfig\(briefingConfig\(\)\);?/, `export default defineConfig({ ...briefingConfig(), plugins: [...briefingConfig().plugins, ${ownPlugin}] });`));
    expect(readFileSync(join(project, 'vite.config.ts'), 'utf8')).toContain('own plugin');
    const outcome = await buildDeck({ root: project });
    expect(outcome.outDir).toBe(join(project, 'dist'));
    expect(readFileSync(join(project, 'dist/index.html'), 'utf8')).toContain('<!--own plugin-->');
  });

  it("gives the reason a project's vite.config.ts fails to load when the deck checks, and the deck's errors when it does not", async () => {
    const project = tempProject();
    writeFileSync(join(project, 'vite.config.ts'), "throw new Error('the config broke here');\n");
    const failed = await buildDeck({ root: project });
    expect(failed.outDir).toBeUndefined();
    expect(failed.failure).toContain('the config broke here');
    expect(existsSync(join(project, 'dist'))).toBe(false);
    const slide = join(project, 'slides/02-positions.md');
    writeFileSync(slide, readFileSync(slide, 'utf8').replace('[@harbour-review ¶2]', '[@harbour-review ¶9]'));
    const unchecked = await buildDeck({ root: project });
    expect(unchecked.failure).toBeUndefined();
    expect(unchecked.deck.result.diagnostics.map((d) => d.code)).toContain('BRF102');
  });
});
