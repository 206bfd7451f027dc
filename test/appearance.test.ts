import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/check/check-project.ts';
import { Locator } from '../src/report/locate.ts';
import { classesInStylesheet } from '../src/slides/appearance.ts';
import { injectDeck } from '../src/vite/inject-deck.ts';
import { SOURCE_A, textFiles, type Files } from './helpers/project.ts';
import { render } from './helpers/render.ts';

const OWN_CSS = '/* .not-a-class */\n.reveal section.timeline li { color: red; }\n.logo-strip::after { content: ".quoted"; margin: 0.5em; }\n';

/** An in-memory project whose other files (a stylesheet, a logo) exist and can be read, as on disk. */
function checked(frontMatter: string, slide = '# Title\n\nClaim [@a ¶1]\n') {
  const files: Files = {
    'slides/01.md': `---\n${frontMatter}\n---\n\n${slide}`,
    'assets/sources/a.md': SOURCE_A,
    'styles/brand.css': OWN_CSS,
    'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  };
  const result = checkProject({
    slideFiles: textFiles(files, 'slides'),
    sourceFiles: textFiles(files, 'assets/sources'),
    fileExists: (path) => path in files,
    readText: (path) => files[path],
  });
  const locator = new Locator(new Map(Object.entries(files)));
  const located = result.diagnostics.filter((d) => d.code.startsWith('BRF12')).map((d) => {
    const at = locator.locate(d);
    return `${at.line}:${at.column} ${d.code} ${d.message}`;
  });
  return { result, located };
}

describe('the deck\'s look in its front matter', () => {
  it.each([
    ['theme: briefing-dark', []],
    ['theme: briefing', []],
    ['theme: dark', ['3:1 BRF120 Unknown theme `dark`: the kit has `briefing` and `briefing-dark`.']],
    ['theme: briefing-drak', ['3:1 BRF120 Unknown theme `briefing-drak`: the kit has `briefing` and `briefing-dark`.']],
    ['css: styles/brand.css\nlogo: assets/logo.svg', []],
    ['css: ../styles/brand.css', []],
    ['css: styles/missing.css', ['3:1 BRF122 The stylesheet `styles/missing.css` (`css:`) is not in the project: there is no `slides/styles/missing.css` and no `styles/missing.css`.']],
    ['logo: logo.png', ['3:1 BRF122 The logo `logo.png` (`logo:`) is not in the project: there is no `slides/logo.png` and no `logo.png`.']],
    ['css: https://cdn.example.org/brand.css', ['3:1 BRF123 `css:` `https://cdn.example.org/brand.css` is a URL, not a file in the project.']],
    ['logo: assets/logo.txt', ['3:1 BRF123 `logo:` `assets/logo.txt` is not an image (`.svg`, `.png`, `.jpg`, `.gif`, `.webp`, `.avif`).']],
  ])('%j: %j', (frontMatter, expected) => {
    expect(checked(`title: T\n${frontMatter}`).located).toEqual(expected);
  });

  it('suggests the theme a typo was meant to be', () => {
    const [diagnostic] = checked('theme: briefing-drak').result.diagnostics.filter((d) => d.code === 'BRF120');
    expect(diagnostic?.hint).toMatch(/^Did you mean `briefing-dark`\?/);
    expect(diagnostic?.severity).toBe('error');
  });
});

describe('layout classes on slides', () => {
  const slide = (classes: string) => `<!-- .slide: class="${classes}" -->\n\n## Title\n\nClaim [@a ¶1]\n`;

  it.each([
    ['two-column', '', []],
    ['image-right quote section big-number title-slide', '', []],
    ['fancy', '', ['5:14 BRF121 Unknown slide class `fancy`: no theme styles it.']],
    ['timeline two-column', 'css: styles/brand.css', []],
    ['logo-strip', 'css: styles/brand.css', []],
    ['not-a-class', 'css: styles/brand.css', ['6:14 BRF121 Unknown slide class `not-a-class`: no theme styles it.']],
    ['anything', 'css: styles/missing.css', ['3:1 BRF122 The stylesheet `styles/missing.css` (`css:`) is not in the project: there is no `slides/styles/missing.css` and no `styles/missing.css`.']],
  ])('class="%s" with %j: %j', (classes, frontMatter, expected) => {
    const { located, result } = checked(`title: T${frontMatter ? `\n${frontMatter}` : ''}`, slide(classes));
    expect(located).toEqual(expected);
    for (const d of result.diagnostics.filter((d) => d.code === 'BRF121')) expect(d.severity).toBe('warning');
  });

  it('knows the classes a stylesheet names, and not what its comments and strings say', () => {
    expect([...classesInStylesheet(OWN_CSS)].sort()).toEqual(['logo-strip', 'reveal', 'timeline']);
  });
});

describe('the rendered deck', () => {
  it('names its theme on <html>, shows the logo in the footer, and hands the stylesheet to the build', async () => {
    const { result } = checked('title: T\ntheme: briefing-dark\ncss: styles/brand.css\nlogo: ../assets/logo.svg');
    const deck = await render(result);
    expect(deck.theme).toBe('briefing-dark');
    expect(deck.stylesheet).toBe('styles/brand.css');
    expect(deck.footer).toContain('<img class="deck-footer-logo" src="assets/logo.svg" alt="">');
    expect(injectDeck('<!doctype html><html lang="en"><head><title>x</title></head><body></body></html>', deck)).toMatch(/^<!doctype html><html data-theme="briefing-dark" lang="en">/);
  });

  it('is in the default theme, with no logo or stylesheet, when the front matter names none', async () => {
    const deck = await render(checked('title: T').result);
    expect(deck.theme).toBe('briefing');
    expect(deck.stylesheet).toBeUndefined();
    expect(deck.footer).not.toContain('<img');
  });
});
