import { describe, expect, it } from 'vitest';
import { formatPretty } from '../src/report/pretty.ts';
import { formatGithub } from '../src/report/github.ts';
import { summaryLine } from '../src/report/summary-line.ts';
import { check, source, type Files } from './helpers/project.ts';

const SLIDE = '# T\n\n- A claim [@udhr ¶1]\n- It says "born free" [@udhr ¶2]\n';
const BODY = 'Whereas recognition of the inherent dignity.\n\nAll human beings are born free.\n';

describe('one problem, one message', () => {
  it.each([
    ['no front matter', BODY, 'assets/sources/udhr.md:1:1 BRF201'],
    ['broken YAML', `---\ntitle: [broken\n---\n\n${BODY}`, 'BRF202'],
    ['no title', `---\nauthor: X\n---\n\n${BODY}`, 'assets/sources/udhr.md:1:1 BRF203'],
  ])('a source with %s is reported once, and its citations are still checked', (_name, text, expected) => {
    const result = check({ 'slides/01.md': SLIDE, 'assets/sources/udhr.md': text });
    expect(result.located).toHaveLength(1);
    expect(result.located[0]).toContain(expected);
    expect(result.summary.quotationsVerified).toBe(1);
    expect(result.sources.get('udhr')?.meta.title).toBe('udhr');
  });

  it('reports a source nested too deep to lex once, not at each citation of it', () => {
    const deep = `---\ntitle: Deep\n---\n\n${'> '.repeat(40)}text\n`;
    const result = check({ 'slides/01.md': SLIDE, 'assets/sources/udhr.md': deep });
    expect(result.located).toEqual(['assets/sources/udhr.md:5:1 BRF108']);
  });

  it('suggests renaming an invalid id only to a name that is free', () => {
    const files: Files = { 'slides/01.md': SLIDE, 'assets/sources/udhr.md': source('UDHR', BODY), 'assets/sources/UDHR.md': source('Copy', 'Other text.') };
    const hint = check(files).diagnostics.find((d) => d.code === 'BRF205')?.hint;
    expect(hint).toContain('`udhr.md` is there too');
    const alone = check({ 'slides/01.md': SLIDE, 'assets/sources/PISM_Report.md': source('P', 'Text.') });
    expect(alone.diagnostics.find((d) => d.code === 'BRF205')?.hint).toBe('Rename the file to `pism-report.md`.');
  });

  it('names the file whose front matter is ignored, and the first file where it belongs', () => {
    const result = check({ 'slides/01.md': SLIDE, 'slides/02.md': '---\ntitle: Late\n---\n# Two\n\nMore [@udhr ¶1]\n', 'assets/sources/udhr.md': source('U', BODY) });
    const ignored = result.diagnostics.find((d) => d.code === 'BRF111');
    expect(ignored?.message).toBe('Front matter in `slides/02.md` is ignored: deck settings belong in the first slide file, `slides/01.md`.');
  });

  it.each([
    ['unclosed', '- Costs rose [@udhr ¶1', 'slides/01.md:4:14 BRF103'],
    ['naming no paragraph', '- Costs rose [@udhr]', 'slides/01.md:4:14 BRF103'],
  ])('reports a bullet whose citation is malformed (%s) as malformed only, not also as uncited', (_name, bullet, expected) => {
    const result = check({ 'slides/01.md': `# T\n\n- A claim [@udhr ¶1]\n${bullet}\n`, 'assets/sources/udhr.md': source('U', BODY) }, ['BRF115']);
    expect(result.located).toEqual([expected]);
  });

  it('points a bad slide attribute at the attribute', () => {
    const slide = '# T\n\n<!-- .slide: class="quote" data-timing="soon" -->\n\n- A claim [@udhr ¶1]\n';
    const result = check({ 'slides/01.md': slide, 'assets/sources/udhr.md': source('U', BODY) });
    expect(result.located).toEqual(['slides/01.md:3:28 BRF112']);
  });

  it('shows a paragraph number too long for a number as it was typed', () => {
    const result = check({ 'slides/01.md': '# T\n\n- Claim [@udhr ¶99999999999999999999999]\n', 'assets/sources/udhr.md': source('U', BODY) });
    expect(result.diagnostics.find((d) => d.code === 'BRF102')?.message).toBe('Paragraph `¶99999999999999999999999` is out of range: `udhr` has 2 paragraphs.');
  });

  it('counts in the summary every source there is, and agrees in number', () => {
    const result = check({ 'slides/01.md': '# T\n\n- Claim [@nope ¶1]\n', 'assets/sources/udhr.md': source('U', 'One paragraph.') });
    expect(summaryLine(result.summary)).toBe('1 slide, 1 citation to 0 of 1 source (0 of 1 paragraph cited, 0 quotations verified): 1 error, 1 warning');
  });

  it('escapes control characters and bidirectional overrides from slides and sources in terminal output', () => {
    const slide = '# T\n\n- Claim \u001b]0;pwned\u0007 "a \u202equote" [@udhr ¶1]\n';
    const files: Files = { 'slides/01.md': slide, 'assets/sources/udhr.md': source('U', BODY) };
    const result = check(files);
    const texts = new Map(Object.entries(files));
    const pretty = formatPretty(result.diagnostics, result.summary, texts, { color: false });
    const github = formatGithub(result.diagnostics, result.summary, texts);
    for (const output of [pretty, github]) expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(pretty).toContain('Quotation `a \\u202equote` does not occur');
    // The underline still falls under the quotation in the escaped line.
    const lines = pretty.split('\n');
    const at = lines.findIndex((l) => l.startsWith('3 '));
    const [line, underline] = [lines[at], lines[at + 1]];
    expect(line?.indexOf('"a \\u202equote"')).toBe(underline?.indexOf('~'));
    expect(underline?.trim().length).toBe('"a \\u202equote"'.length);
  });
});
