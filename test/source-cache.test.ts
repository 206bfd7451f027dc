import { describe, expect, it } from 'vitest';
import { loadSources } from '../src/sources/load-sources.ts';
import { SourceCache } from '../src/sources/source-cache.ts';
import { SOURCE_A } from './helpers/project.ts';

const file = (text: string) => ({ path: 'assets/sources/a.md', text });

describe('the dev server’s parsed sources', () => {
  it('serves a source whose text is unchanged as parsed before, and parses it again once it changes', () => {
    const sources = new SourceCache();
    const first = loadSources([file(SOURCE_A)], { sources }).sources.get('a');
    expect(loadSources([file(SOURCE_A)], { sources }).sources.get('a')).toBe(first);

    const edited = `${SOURCE_A}\nA paragraph added at the end.\n`;
    const again = loadSources([file(edited)], { sources }).sources.get('a');
    expect(again).not.toBe(first);
    expect(again?.paragraphs.length).toBe((first?.paragraphs.length ?? 0) + 1);
    expect(again).toEqual(loadSources([file(edited)]).sources.get('a'));
  });

  it('keeps the diagnostics of a source it serves again', () => {
    const sources = new SourceCache();
    const broken = file('No front matter here.\n\nA paragraph.\n');
    const first = loadSources([broken], { sources }).diagnostics.map((d) => d.code);
    expect(first).toContain('BRF201');
    expect(loadSources([broken], { sources }).diagnostics.map((d) => d.code)).toEqual(first);
  });
});
