import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/check/check-project.ts';
import { Locator } from '../src/report/locate.ts';
import { textFiles, type Files } from './helpers/project.ts';
import { render } from './helpers/render.ts';

const SOURCES: Files = {
  'assets/sources/udhr.md': '---\ntitle: Universal Declaration of Human Rights\nshort: UDHR\n---\n\nWhereas recognition of the inherent dignity.\n\nAll human beings are born free and equal in dignity and rights.\n',
};

/** Checks an in-memory project whose other files (images) are `existing`, and lists the located diagnostics. */
function checkWith(slide: string, existing: readonly string[] = []) {
  const files: Files = { 'slides/01.md': slide, ...SOURCES };
  const result = checkProject({
    slideFiles: textFiles(files, 'slides'),
    sourceFiles: textFiles(files, 'assets/sources'),
    fileExists: (path) => existing.includes(path),
  });
  const locator = new Locator(new Map(Object.entries(files)));
  const located = result.diagnostics.filter((d) => d.code !== 'BRF115').map((d) => {
    const at = locator.locate(d);
    return `${at.file}:${at.line}:${at.column} ${d.code}`;
  });
  return { result, located };
}

async function renderedPage(slide: string, existing: readonly string[] = []) {
  const { result, located } = checkWith(slide, existing);
  expect(located).toEqual([]);
  const deck = await render(result);
  return new JSDOM(`<div class="slides">${deck.sections.join('\n')}</div>`).window.document;
}

describe('images and media in slides', () => {
  it.each([
    ['a missing image', '# T\n\n- Map ![Border](assets/img/missing.png) [@udhr ¶1]\n', ['slides/01.md:3:17 BRF119']],
    ['a missing image in raw HTML', '# T\n\n<img src="assets/img/gone.svg" alt="x">\n\n- Claim [@udhr ¶1]\n', ['slides/01.md:3:11 BRF119']],
    ['an image relative to the slide file', '# T\n\n- ![Chart](../assets/img/chart.svg) [@udhr ¶1]\n', []],
    ['an image relative to the root', '# T\n\n- ![Chart](assets/img/chart.svg) [@udhr ¶1]\n', []],
    ['an image from the root with a slash', '# T\n\n- ![Chart](/assets/img/chart.svg) [@udhr ¶1]\n', []],
    ['a remote image (the deck never loads it: the CSP blocks it)', '# T\n\n- ![Chart](https://example.org/c.png) [@udhr ¶1]\n', []],
    ['a data URL', '# T\n\n- ![Dot](data:image/gif;base64,R0lGODlhAQABAAAAACw=) [@udhr ¶1]\n', []],
    ['an entity-encoded scheme in raw HTML (DOMPurify removes it)', '# T\n\n<img src="&#106;avascript:alert(1)">\n\n<img src="jav&#x09;ascript:alert(2)">\n\n- Claim [@udhr ¶1]\n', []],
    ['a path that leaves the project', '# T\n\n- ![x](../../etc/passwd) [@udhr ¶1]\n', ['slides/01.md:3:8 BRF119']],
  ])('%s', (_name, slide, expected) => {
    expect(checkWith(slide, ['assets/img/chart.svg']).located).toEqual(expected);
  });

  it('says which paths it tried', () => {
    const { result } = checkWith('# T\n\n- ![x](img/missing.png) [@udhr ¶1]\n');
    expect(result.diagnostics.find((d) => d.code === 'BRF119')?.message).toBe('Image or media file `img/missing.png` not found: there is no `slides/img/missing.png` and no `img/missing.png`.');
  });

  it('renders an image written relative to the slide file with its path from the root, which the build bundles', async () => {
    const page = await renderedPage('# T\n\n- ![Chart](../assets/img/chart.svg) [@udhr ¶1]\n\n<img src="../assets/img/chart.svg" alt="raw">\n', ['assets/img/chart.svg']);
    expect([...page.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(['assets/img/chart.svg', 'assets/img/chart.svg']);
  });
});

describe('citations in raw HTML', () => {
  it('checks them', () => {
    expect(checkWith('# T\n\n<div class="box">A claim [@udhr ¶9]</div>\n').located).toEqual(['slides/01.md:3:33 BRF102']);
  });

  it('renders them as markers, and leaves citation text in attributes and comments alone', async () => {
    const page = await renderedPage('# T\n\n<div class="box" title="[@udhr ¶1]">A claim [@udhr ¶2] <!-- [@udhr ¶1] --></div>\n');
    const box = page.querySelector('div.box');
    expect(box?.querySelector('.citation-marker a.citation')?.getAttribute('href')).toBe('#udhr-p2');
    expect(box?.getAttribute('title')).toBe('[@udhr ¶1]');
    expect(box?.textContent).not.toContain('[@');
  });
});

describe('blockquotes with an attribution line', () => {
  const slide = '# T\n\n> "All human beings are born free and equal in dignity and rights."\n> — The Universal Declaration [@udhr ¶2]\n';

  it('verifies the quotation without the attribution line', () => {
    const { result, located } = checkWith(slide);
    expect(located).toEqual([]);
    expect(result.summary.quotationsVerified).toBe(1);
  });

  it('shows the attribution on a line of its own, under the quotation', async () => {
    const page = await renderedPage(slide);
    const figure = page.querySelector('figure.attributed-quote');
    expect(figure?.querySelector('blockquote')?.textContent?.trim()).toBe('"All human beings are born free and equal in dignity and rights."');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('— The Universal Declaration [UDHR ¶2]');
    expect(figure?.querySelector('figcaption a.citation')).not.toBeNull();
  });

  it('leaves a blockquote without one as it is', async () => {
    const page = await renderedPage('# T\n\n> All human beings\n> are born free [@udhr ¶2]\n');
    expect(page.querySelector('figure')).toBeNull();
    expect(page.querySelector('blockquote')?.textContent).toContain('All human beings\nare born free');
  });
});
