import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../src/report/json.ts';
import { check, type Files } from './helpers/project.ts';
import { render } from './helpers/render.ts';

/** A source written for these checks: hedged, reported, quoted, asked and answered. */
const A = [
  '---',
  'title: Alliances and Rivals',
  'short: A',
  '---',
  '',
  'For China, this may be an opportunity to test the U.S. response to the threats. The administration is trying to strengthen existing alliances in Asia to deter China. Officials met.',
  '',
  'Zhao Lijian said that “NATO should abandon the outdated Cold War mentality.” Russia’s ambassador said on Tuesday that Moscow constantly updates Beijing on the talks. The minister did not rule out sanctions, but he ruled out force.',
  '',
  '## A new rapprochement?',
  '',
  'Many analysts have highlighted the recent rapprochement between the two countries.',
  '',
  '## What is new?',
  '',
  'The novelty is open support for the policy of the other side.',
  '',
  'Will the Sino-Russian partnership last beyond the crisis? The conflict will be telling for both sides.',
  '',
  'China will act, probably before the summit. The talks will likely resume next week.',
  '',
  'While it is not the first time that China has sided with Russia, this time could be different.',
  '',
  'The plan is ambitious but probably unworkable without European support. The summit, held in the capital, ended with a statement.',
  '',
].join('\n');

/** A speech: its author's words are quoted as the author's. */
const SPEECH = `---\ntitle: A speech\nauthor: Jane Doe\n---\n\nWe will not yield, and we will not forget.\n`;

/** The codes a slide (and optionally notes) gets, with line:column, ignoring the missing-notes warning. */
function codes(slide: string, only: readonly string[]): string[] {
  const files: Files = { 'slides/01.md': slide, 'assets/sources/a.md': A, 'assets/sources/speech.md': SPEECH };
  return check(files, []).located.filter((located) => only.some((code) => located.endsWith(code))).map((located) => located.replace('slides/01.md:', ''));
}

describe('hedge dropped (BRF130)', () => {
  it.each([
    ['a quotation starting just after "may"', '# T\n\n- For China, a chance "to test the U.S. response to the threats" [@a ¶1]\n', ['3:3 BRF130']],
    ['"trying to" dropped in a paraphrase', '# T\n\n- The administration is strengthening existing alliances in Asia to deter China [@a ¶1]\n', ['3:3 BRF130']],
    ['the second sentence of notes', '# T\n\n- Officials met [@a ¶1]\n\nNote:\nFirst some context. The administration strengthens existing alliances in Asia to deter China [@a ¶1].\n', ['6:21 BRF130']],
    ['a quotation ending just before "probably"', '# T\n\n- China "will act" before the summit [@a ¶6]\n', ['3:3 BRF130']],
    ['an estimative word of ICD 203 dropped', '# T\n\n- The talks will resume next week [@a ¶6]\n', ['3:3 BRF130']],
    ['the hedge kept', '# T\n\n- For China, it may be a chance "to test the U.S. response to the threats" [@a ¶1]\n', []],
    ['another qualifier in a paraphrase', '# T\n\n- The administration could be strengthening existing alliances in Asia to deter China [@a ¶1]\n', []],
    ['the statement given to the source', '# T\n\n- A argues the administration is strengthening existing alliances in Asia to deter China [@a ¶1]\n', []],
    ['a question', '# T\n\n- Will the administration strengthen existing alliances in Asia to deter China? [@a ¶1]\n', []],
    ['a qualifier in another clause', '# T\n\n- It is "not the first time that China has sided with Russia" [@a ¶7]\n', []],
    ['too few words to rest on a sentence', '# T\n\n- Officials met [@a ¶1]\n', []],
  ])('%s', (_name, slide, expected) => {
    expect(codes(slide, ['BRF130'])).toEqual(expected);
  });

  it('quotes the source sentence in the hint', () => {
    const files: Files = { 'slides/01.md': '# T\n\n- For China, a chance "to test the U.S. response to the threats" [@a ¶1]\n', 'assets/sources/a.md': A };
    const warning = check(files).diagnostics.find((d) => d.code === 'BRF130');
    expect(warning?.message).toBe('Hedge dropped: the quotation starts or ends just at `may`, which qualifies it in A ¶1.');
    expect(warning?.hint).toContain('The source says: `For China, this may be an opportunity to test the U.S. response to the threats.`');
  });
});

describe('elision that changes meaning (BRF131)', () => {
  it.each([
    ['a negation left out', '# T\n\n- "The minister did … rule out sanctions" [@a ¶2]\n', ['3:3 BRF131']],
    ['a qualifier and a contrast left out', '# T\n\n- "The plan is ambitious … unworkable" [@a ¶8]\n', ['3:3 BRF131']],
    ['a contrast left out', '# T\n\n- "did not rule out sanctions … he ruled out force" [@a ¶2]\n', ['3:3 BRF131']],
    ['in square brackets', '# T\n\n- "The plan is [...] unworkable without European support" [@a ¶8]\n', ['3:3 BRF131']],
    ['in a blockquote', '# T\n\n> "The minister did … rule out sanctions"\n> — A [@a ¶2]\n', ['3:1 BRF131']],
    ['no ellipsis', '# T\n\n- "did not rule out sanctions" [@a ¶2]\n', []],
    ['neutral words left out', '# T\n\n- "The summit … ended with a statement" [@a ¶8]\n', []],
    ['an ellipsis at the end only', '# T\n\n- "The minister did not rule out sanctions …" [@a ¶2]\n', []],
    ['an ellipsis at the start only', '# T\n\n- "… he ruled out force" [@a ¶2]\n', []],
    ['a name left out', '# T\n\n- "Zhao Lijian said that … NATO should abandon the outdated Cold War mentality" [@a ¶2]\n', []],
  ])('%s', (_name, slide, expected) => {
    expect(codes(slide, ['BRF131'])).toEqual(expected);
  });
});

describe('attribution (BRF132)', () => {
  it.each([
    ['Name: "…" on reported speech', '# T\n\n- Russia’s ambassador: Moscow "constantly updates Beijing" [@a ¶2]\n', ['3:31 BRF132']],
    ['Name said "…"', '# T\n\n- The ambassador said Moscow "constantly updates Beijing" [@a ¶2]\n', ['3:30 BRF132']],
    ['according to Name, "…"', '# T\n\n- According to the ambassador, Moscow "constantly updates Beijing" [@a ¶2]\n', ['3:39 BRF132']],
    ['a blockquote with a speaker line', '# T\n\n> "Moscow constantly updates Beijing on the talks"\n> — Russia’s ambassador [@a ¶2]\n', ['3:1 BRF132']],
    ['a named official', '# T\n\n- Foreign Minister Wang Yi: "constantly updates Beijing" [@a ¶2]\n', ['3:29 BRF132']],
    ['words the source quotes', '# T\n\n- Zhao Lijian: "NATO should abandon the outdated Cold War mentality" [@a ¶2]\n', []],
    ['a quotation given to no one', '# T\n\n- Moscow "constantly updates Beijing" [@a ¶2]\n', []],
    ['the analysis itself as speaker', '# T\n\n- The analysis: Moscow "constantly updates Beijing" [@a ¶2]\n', []],
    ['a topic, not a speaker', '# T\n\n- Timing: Moscow "constantly updates Beijing" [@a ¶2]\n', []],
    ['the source’s own author', '# T\n\n- Doe: "We will not yield" [@speech ¶1]\n', []],
    ['a note to the presenter to say the words', '# T\n\n- x [@a ¶2]\n\nNote:\nSay that Moscow "constantly updates Beijing" [@a ¶2].\n', []],
    ['reported speech without quotation marks', '# T\n\n- Russia’s ambassador said Moscow constantly updates Beijing [@a ¶2]\n', []],
  ])('%s', (_name, slide, expected) => {
    expect(codes(slide, ['BRF132'])).toEqual(expected);
  });
});

describe('question made statement (BRF133)', () => {
  it.each([
    ['a claim on a paragraph under a question heading', '# T\n\n- A rapprochement is under way [@a ¶3]\n', ['3:3 BRF133']],
    ['a slide title summing up such claims', '## The rapprochement is real\n\n- Analysts have highlighted it [@a ¶3]\n', ['1:1 BRF133']],
    ['a claim on a sentence that asks', '# T\n\n- The Sino-Russian partnership will last beyond the crisis [@a ¶5]\n', ['3:3 BRF133']],
    ['notes on a question heading', '# T\n\n- x [@a ¶4]\n\nNote:\nThe recent rapprochement is now settled [@a ¶3].\n', ['6:1 BRF133']],
    ['a question', '# T\n\n- Is a rapprochement under way? [@a ¶3]\n', []],
    ['the statement given to analysts', '# T\n\n- Analysts point to a rapprochement [@a ¶3]\n', []],
    ['a heading that asks what, answered below it', '# T\n\n- The novelty is open support for the policy of the other side [@a ¶4]\n', []],
    ['nothing the heading asks', '# T\n\n- The two countries are neighbours [@a ¶3]\n', []],
    ['the sentence after the question', '# T\n\n- The conflict will be telling for both sides [@a ¶5]\n', []],
    ['a hedged claim', '# T\n\n- A rapprochement may be under way [@a ¶3]\n', []],
  ])('%s', (_name, slide, expected) => {
    expect(codes(slide, ['BRF133'])).toEqual(expected);
  });
});

describe('uncited claims (BRF134, BRF135)', () => {
  it.each([
    ['an uncited bullet beside a cited one', '# T\n\n- Cited [@a ¶1]\n- Not cited at all\n', ['4:1 BRF134']],
    ['a sub-bullet naming someone', '# T\n\n- Cited [@a ¶1]\n  - Zhao and Wang said more\n', ['4:3 BRF134']],
    ['an uncited paragraph', '# T\n\n- Cited [@a ¶1]\n\nA paragraph that claims something.\n', ['5:1 BRF134']],
    ['an uncited blockquote', '# T\n\n- Cited [@a ¶1]\n\n> A quoted aside\n', ['5:1 BRF134']],
    ['an uncited table row', '# T\n\n| a | b |\n|---|---|\n| x [@a ¶1] | y |\n| z | w |\n', ['6:3 BRF134']],
    ['notes with a number', '# T\n\n- Cited [@a ¶1]\n\nNote:\nThere were 40 ships.\n', ['6:1 BRF135']],
    ['notes with a name', '# T\n\n- Cited [@a ¶1]\n\nNote:\nThe talks were held in Geneva.\n', ['6:1 BRF135']],
    ['a sub-bullet stating nothing checkable', '# T\n\n- Cited [@a ¶1]\n  - and more of the same\n', []],
    ['a slide opted out', '<!-- .slide: data-citations="none" -->\n# T\n\n- Agenda item\n- Another\n', []],
    ['a picture', '# T\n\n- Cited [@a ¶1]\n\n![A map](https://example.org/map.png)\n', []],
    ['the briefer’s own voice', '# T\n\n- Cited [@a ¶1]\n- We judge this will last [!assessment]\n', []],
    ['notes with nothing checkable', '# T\n\n- Cited [@a ¶1]\n\nNote:\nPause here and take questions.\n', []],
    ['a slide with no citation at all: one warning for the slide', '# T\n\n- Not cited\n- Nor this\n', []],
  ])('%s', (_name, slide, expected) => {
    expect(codes(slide, ['BRF134', 'BRF135'])).toEqual(expected);
  });
});

describe('the briefer’s own voice', () => {
  const slide = '# T\n\n- Cited [@a ¶1]\n- We judge the partnership will last [!assessment]\n- The year was 2022 [!context: from outside the sources]\n\nNote:\nSay it [@a ¶1].\n';

  it('counts as a source for a claim, is counted, and is never a quotation', () => {
    const result = check({ 'slides/01.md': slide, 'assets/sources/a.md': A });
    expect(result.located).toEqual([]);
    expect(result.summary.briefersVoice).toBe(2);
    expect(result.verification.voiced.map((v) => [v.voice, v.note ?? ''])).toEqual([['assessment', ''], ['context', 'from outside the sources']]);
    const quoted = check({ 'slides/01.md': '# T\n\n- They said "something" [!assessment]\n', 'assets/sources/a.md': A });
    expect(quoted.located).toEqual(['slides/01.md:3:13 BRF105']);
  });

  it('reports a marker of an unknown kind', () => {
    expect(codes('# T\n\n- Mine [!opinion]\n', ['BRF136'])).toEqual(['3:8 BRF136']);
  });

  it('shows on the slide as the briefer’s, and in the printed footnotes', async () => {
    const deck = await render(check({ 'slides/01.md': slide, 'assets/sources/a.md': A }));
    const page = new JSDOM(deck.sections.join('')).window.document;
    expect([...page.querySelectorAll('.voice-marker')].map((m) => [m.textContent, m.getAttribute('data-footnote')])).toEqual([
      ['Our assessment', '2'],
      ['Outside context', '3'],
    ]);
    expect([...page.querySelectorAll('.print-footnotes li')].map((li) => li.textContent)).toEqual([
      'A, ¶1',
      'Our assessment: the briefer’s own, not a source’s.'.replace(/’/g, "'"),
      "Outside context: the briefer's own, not a source's (from outside the sources).",
    ]);
  });
});

describe('accepting a warning', () => {
  const slide = '# T\n\n<!-- brief-accept BRF130: the notes keep the source’s "may" -->\n- For China, a chance "to test the U.S. response to the threats" [@a ¶1]\n- For China, a chance "to test the U.S. response to the threats" [@a ¶1]\n';

  it('accepts the named warning on the next block only, keeping it in JSON with its reason', () => {
    const files: Files = { 'slides/01.md': slide, 'assets/sources/a.md': A };
    const result = check(files, ['BRF115']);
    expect(result.summary.warnings).toBe(2);
    expect(result.summary.accepted).toBe(1);
    const json = JSON.parse(formatJson(result.diagnostics, result.summary, new Map(Object.entries(files)))) as { diagnostics: { code: string; line: number; accepted?: string }[] };
    expect(json.diagnostics.filter((d) => d.code === 'BRF130').map((d) => [d.line, d.accepted])).toEqual([
      [4, 'the notes keep the source’s "may"'],
      [5, undefined],
    ]);
  });

  it('warns of an acceptance that accepts nothing, or cannot be read', () => {
    expect(codes('# T\n\n<!-- brief-accept BRF133: not needed -->\n- Officials met [@a ¶1]\n', ['BRF138'])).toEqual(['3:1 BRF138']);
    expect(codes('# T\n\n<!-- brief-accept because -->\n- Officials met [@a ¶1]\n', ['BRF137'])).toEqual(['3:1 BRF137']);
  });
});

describe('the source reader', () => {
  it('marks the words a source itself quotes, and the words a slide quotes, nested where they meet', async () => {
    const slide = '# T\n\n- Zhao: "NATO should abandon" [@a ¶2]\n';
    const deck = await render(check({ 'slides/01.md': slide, 'assets/sources/a.md': A }));
    const paragraph = new JSDOM(deck.reader).window.document.querySelector('#a-p2 .paragraph-text');
    expect([...(paragraph?.querySelectorAll('.source-quote') ?? [])].map((s) => s.textContent)).toEqual(['NATO should abandon', ' the outdated Cold War mentality.']);
    expect(paragraph?.querySelector('mark.quoted .source-quote')?.textContent).toBe('NATO should abandon');
    expect(paragraph?.textContent).toContain('Russia’s ambassador said on Tuesday that Moscow constantly updates Beijing');
  });
});
