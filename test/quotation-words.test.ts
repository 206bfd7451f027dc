import { JSDOM } from 'jsdom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchQuotation } from '../src/citations/match-quotation.ts';
import { normalize } from '../src/text/normalize.ts';
import { check, source, SOURCE_A } from './helpers/project.ts';
import { render } from './helpers/render.ts';
import { spanOf } from '../src/diagnostics/diagnose.ts';

// Issue 13, "Quotations are matched as words": every case here was a wrong verdict once.

const DECLARATION =
  'We hold these truths to be self-evident, that all men are created equal, that they are endowed by their Creator with certain unalienable Rights. Governments derive their just powers from the consent of the governed.';

/** What each piece of a match marks in `passage`, or undefined when the quotation does not verify. */
function marked(quotation: string, passage = DECLARATION): string[] | undefined {
  return matchQuotation(quotation, passage)?.pieces.map((p) => passage.slice(p.start, p.end));
}

describe('a quotation begins and ends at word boundaries of the source', () => {
  it.each([
    ['alienable Rights'],
    ['sent of the governed'],
    ['unalienable Right'],
    ['hold these truths to be self-evid'],
    ['these truths … alienable Rights'], // a piece after an ellipsis
    ['these tru… unalienable Rights'], // a piece before an ellipsis
    ['overnments derive'],
  ])('rejects %j', (quotation) => {
    expect(marked(quotation)).toBeUndefined();
  });

  it.each([
    ['unalienable Rights', ['unalienable Rights']],
    ['consent of the governed', ['consent of the governed']],
    ['these truths … unalienable Rights', ['these truths', 'unalienable Rights']],
    ['self', ['self']], // a hyphen ends a word
  ])('finds %j', (quotation, pieces) => {
    expect(marked(quotation)).toEqual(pieces);
  });

  it('passes over an occurrence inside a word to the next whole one', () => {
    const passage = 'The ungoverned spaces, and the governed.';
    const match = matchQuotation('governed', passage);
    expect(match?.pieces).toEqual([{ start: passage.lastIndexOf('governed'), end: passage.length - 1 }]);
  });

  it('treats Chinese and Japanese characters as words of their own, as those scripts have no spaces', () => {
    expect(marked('中国', '他说中国很好')).toEqual(['中国']);
  });
});

describe('Unicode normal forms and dashes compare alike', () => {
  const nfc = 'Le café crème de la rédaction';
  const nfd = nfc.normalize('NFD');

  it.each([
    ['NFD quotation, NFC source', 'café crème'.normalize('NFD'), nfc],
    ['NFC quotation, NFD source', 'café crème', nfd],
  ])('%s', (_, quotation, passage) => {
    expect(marked(quotation, passage)?.map((m) => m.normalize('NFC'))).toEqual(['café crème']);
  });

  it('marks the whole decomposed letter in an NFD source, its combining accent included', () => {
    const match = matchQuotation('café', nfd);
    expect(match?.pieces).toEqual([{ start: 3, end: 3 + 'cafe\u0301'.length }]);
  });

  it('never takes a letter for a whole word when a combining accent follows it', () => {
    expect(marked('caf', nfd)).toBeUndefined();
    expect(marked('Le cafe', nfd)).toBeUndefined();
  });

  it.each([['the EU -- and their ability'], ['the EU --- and their ability'], ['the EU--and their ability']])('%j matches an en dash', (quotation) => {
    expect(marked(quotation, 'It is the test of the EU – and their ability to respond.')).toEqual(['the EU – and their ability']);
  });
});

describe('editorial brackets', () => {
  const PASSAGE = 'Beijing has openly supported Moscow, the goverment said, and that all men agree.';

  it.each([
    ['[China] has openly supported Moscow', ['has openly supported Moscow']],
    ['the goverment [sic] said', ['the goverment said']],
    ['the goverment[sic!] said', ['the goverment said']],
    ['that [all] men agree', ['that', 'men agree']],
    ['that [some] men agree', ['that', 'men agree']], // a replacement
    ['that [indeed] all men agree', ['that', 'all men agree']], // an insertion stands for no words
    ['Moscow, [the official said] and that', ['Moscow', 'and that']], // up to six words
    ['[B]eijing has', ['Beijing has']], // a bracket glued to a word: the whole word is marked
    ['[It] has openly supported', ['has openly supported']],
    ['has openly supported [Russia]', ['has openly supported']],
    ['[China] has … all men [agree]', ['has', 'all men']],
  ])('%j verifies', (quotation, pieces) => {
    expect(marked(quotation, PASSAGE)).toEqual(pieces);
  });

  it.each([
    ['[China] has openly opposed Moscow'], // the rest must match exactly
    ['Beijing [x] agree'], // more than six words between
    ['that [all] women agree'],
    ['the goverment [sic] did say'],
  ])('%j does not verify', (quotation) => {
    expect(marked(quotation, PASSAGE)).toBeUndefined();
  });

  it('finds the place where the words after a bracket follow, not only the first', () => {
    const passage = 'the plan failed. Later the plan, it was said, worked.';
    expect(marked('the plan [it was said] worked', passage)).toEqual(['the plan', 'worked']);
  });

  it('shows the quotation as written in the footnote, and marks the source words it quotes in the reader', async () => {
    const files = {
      'slides/01.md': '# T\n\n- They said "that [all] men agree" and "[B]eijing has openly supported" [@b ¶1]\n',
      'assets/sources/b.md': source('B', PASSAGE),
    };
    const result = check(files);
    expect(result.located).toEqual([]);
    const deck = await render(result);
    const page = new JSDOM(`<div class="slides">${deck.sections.join('\n')}</div>${deck.reader}`).window.document;
    expect(page.querySelector('.print-footnotes li')?.textContent).toBe('B, ¶1: “that [all] men agree”, “[B]eijing has openly supported”');
    expect([...page.querySelectorAll('#b-p1 mark.quoted')].map((m) => m.textContent)).toEqual(['Beijing has openly supported', 'that', 'men agree']);
  });
});

describe('quotation marks of other languages, and apostrophes', () => {
  const deck = (line: string) => ({ 'slides/01.md': `# T\n\n- ${line}\n`, 'assets/sources/a.md': SOURCE_A });
  const verified = (line: string) => check(deck(line)).verification.quotations.map((q) => q.quotation.text);

  it.each([
    ['Il a dit «NATO should abandon» [@a ¶1]'],
    ['Il a dit « NATO should abandon » [@a ¶1]'],
    ['Er sagte „NATO should abandon“ [@a ¶1]'],
    ['Er sagte „NATO should abandon” [@a ¶1]'],
    ['Er sagte »NATO should abandon« [@a ¶1]'],
    ['He said ‘NATO should abandon’ [@a ¶1]'],
    ['He said ‹NATO should abandon› [@a ¶1]'],
  ])('%j is a verified quotation', (line) => {
    expect(verified(line)).toEqual(['NATO should abandon']);
  });

  it.each([
    ['Il a dit «NATO must abandon» [@a ¶1]', 'slides/01.md:3:12 BRF104'],
    ['Er sagte „NATO must abandon“ [@a ¶1]', 'slides/01.md:3:12 BRF104'],
    ['He said ‘NATO must abandon’ [@a ¶1]', 'slides/01.md:3:11 BRF104'],
  ])('%j is checked, and reported at its opening mark', (line, expected) => {
    expect(check(deck(line)).located).toEqual([expected]);
  });

  it.each([
    ['The analyst’s view of Zhao’s words [@a ¶1]'],
    ['They don’t agree, and he won’t [@a ¶1]'],
    ['In the ’90s and the ’80s [@a ¶1]'],
  ])('%j holds apostrophes, not quotations', (line) => {
    const result = check(deck(line));
    expect(result.located).toEqual([]);
    expect(result.verification.quotations).toEqual([]);
  });

  it('takes a quotation to its closing mark past the apostrophes inside it', () => {
    const result = check(deck('Zhao: ‘NATO’s mentality isn’t new’ [@a ¶1]'));
    const [diagnostic] = result.diagnostics.filter((d) => d.code === 'BRF104');
    expect(diagnostic?.message).toContain('`NATO’s mentality isn’t new`');
    expect(diagnostic && spanOf(diagnostic)?.length).toBe('‘NATO’s mentality isn’t new’'.length);
  });

  it('hints the closest passage without the guillemets around it', () => {
    const files = { 'slides/01.md': '# T\n\n- "l’OTAN doit abandoner la guerre" [@f ¶1]\n', 'assets/sources/f.md': source('F', 'Il a dit «l’OTAN doit abandonner la guerre» hier.') };
    expect(check(files).diagnostics.find((d) => d.code === 'BRF104')?.hint).toContain('`l’OTAN doit abandonner la guerre`.');
  });

  it('verifies a quotation with an apostrophe inside single marks', () => {
    expect(verified('They don’t say ‘NATO should abandon’ [@a ¶1]')).toEqual(['NATO should abandon']);
  });
});

describe('quotations on slides written in another normal form', () => {
  const nfcSource = { 'assets/sources/c.md': source('C', 'Le café crème de la rédaction est prêt.') };

  it.each([
    ['an NFD slide and an NFC source', '# T\n\n- Elle dit "café crème de la rédaction" [@c ¶1]\n'.normalize('NFD'), nfcSource],
    ['an NFC slide and an NFD source', '# T\n\n- Elle dit "café crème de la rédaction" [@c ¶1]\n', { 'assets/sources/c.md': nfcSource['assets/sources/c.md'].normalize('NFD') }],
  ])('%s verify', (_, slide, sources) => {
    const result = check({ 'slides/01.md': slide, ...sources });
    expect(result.located).toEqual([]);
    expect(result.summary.quotationsVerified).toBe(1);
  });

  it('reports a wrong quotation at a column counted in the slide’s own characters', () => {
    const slide = '# T\n\n- Le café dit "café noir" [@c ¶1]\n'.normalize('NFD');
    // `- Le cafe\u0301 dit ` is 15 code points in NFD, where NFC has 14: the mark is column 16, not 15.
    expect(check({ 'slides/01.md': slide, ...nfcSource }).located).toEqual(['slides/01.md:3:16 BRF104']);
  });
});

describe('quotations in blockquotes', () => {
  const deck = (body: string) => ({ 'slides/01.md': `# T\n\n${body}\n`, 'assets/sources/a.md': SOURCE_A });

  it.each([
    ['a nested blockquote', '> > NATO should abandon the outdated Cold War mentality\n> — Zhao Lijian [@a ¶1]'],
    ['a nested blockquote, nested all through', '> > NATO should abandon\n> > the outdated Cold War mentality [@a ¶1]'],
    ['list bullets inside the quote', '> - NATO should abandon\n> - the outdated Cold War mentality [@a ¶1]'],
    ['numbered items inside the quote', '> 1. NATO should abandon\n> 2. the outdated Cold War mentality [@a ¶1]'],
    ['an attribution after a hyphen', '> NATO should abandon the outdated Cold War mentality\n> - Zhao Lijian [@a ¶1]'],
    ['an attribution after two hyphens', '> “NATO should abandon the outdated Cold War mentality”\n> -- Zhao Lijian [@a ¶1]'],
    ['a quotation in guillemets', '> «NATO should abandon the outdated Cold War mentality» [@a ¶1]'],
    ['a quotation across the lines of a blockquote', '> Zhao said "NATO should abandon\n> the outdated Cold War mentality" [@a ¶1] and more.'],
    ['a quotation across the lines of a nested blockquote', '> > Zhao said "NATO should abandon\n> > the outdated" [@a ¶1] and more.'],
    ['a blockquote inside a list item', '- Zhao said:\n  > "NATO should abandon\n  > the outdated" [@a ¶1] and more.'],
  ])('%s verifies', (_, body) => {
    const result = check(deck(body));
    expect(result.located).toEqual([]);
    expect(result.summary.quotationsVerified).toBe(1);
  });

  it('keeps a wrong word in a nested blockquote an error, at the blockquote', () => {
    expect(check(deck('> > NATO must abandon the outdated Cold War mentality\n> — Zhao Lijian [@a ¶1]')).located).toEqual(['slides/01.md:3:1 BRF104']);
  });

  it('does not run a quotation past a paragraph break inside a blockquote', () => {
    const result = check(deck('> Zhao said "NATO should\n>\n> abandon" [@a ¶1] and more.'));
    expect(result.located).toEqual([]);
    expect(result.verification.quotations).toEqual([]);
  });
});

describe('matchQuotation properties over words with accents', () => {
  const letters = ['a', 'e', 'n', 'o', 't', 'é', 'è', 'ñ', 'ü', 'ǖ', 'å', 'ç', 'ệ', '한', 'ḍ̇'];
  const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 6 });
  const separator = fc.constantFrom(' ', ', ', ' – ', '. ', ' “', '” ', '\n');
  /** Words as arrays of letters, with the separator after each. */
  const paragraph = fc.array(fc.tuple(word, separator), { minLength: 3, maxLength: 30 });
  const form = fc.constantFrom<'NFC' | 'NFD'>('NFC', 'NFD');

  function layout(parts: [string[], string][]): { text: string; starts: number[] } {
    const starts: number[] = [];
    let text = '';
    for (const [letters, sep] of parts) {
      starts.push(text.length);
      text += letters.join('') + sep;
    }
    return { text, starts };
  }

  it('a quotation cut inside a word never verifies, in any normal form', () => {
    fc.assert(
      fc.property(paragraph, fc.nat(), fc.nat(), fc.nat(), fc.boolean(), form, form, (parts, a, b, c, cutEnd, quotationForm, passageForm) => {
        const first = a % parts.length;
        const last = first + (b % (parts.length - first));
        const firstWord = (parts[first] as [string[], string])[0];
        const lastWord = (parts[last] as [string[], string])[0];
        // Cut the first word after its first letter, or the last word before its last letter.
        fc.pre(cutEnd ? lastWord.length > 1 : firstWord.length > 1);
        const head = cutEnd ? firstWord : firstWord.slice(1 + (c % (firstWord.length - 1)));
        const tail = cutEnd ? lastWord.slice(0, 1 + (c % (lastWord.length - 1))) : lastWord;
        const between = parts.slice(first, last).map(([w, sep], i) => (i === 0 ? head.join('') : w.join('')) + sep).join('');
        const quotation = first === last ? (cutEnd ? tail : head).join('') : between + tail.join('');
        // The cut-off piece must not also be a whole word elsewhere, where it would rightly verify.
        const words = new Set(parts.map(([w]) => w.join('')));
        fc.pre(!words.has((cutEnd ? tail : head).join('')));
        const text = layout(parts).text;
        expect(matchQuotation(quotation.normalize(quotationForm), text.normalize(passageForm))).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('an NFC or NFD variant of a verified quotation always verifies, marking the same words', () => {
    fc.assert(
      fc.property(paragraph, fc.nat(), fc.nat(), form, form, (parts, a, b, quotationForm, passageForm) => {
        const first = a % parts.length;
        const last = first + (b % (parts.length - first));
        const { text, starts } = layout(parts);
        const quotation = text.slice(starts[first], (starts[last] as number) + (parts[last] as [string[], string])[0].join('').length);
        expect(matchQuotation(quotation, text)).toBeDefined();
        const passage = text.normalize(passageForm);
        const match = matchQuotation(quotation.normalize(quotationForm), passage);
        expect(match).toBeDefined();
        const [piece] = match?.pieces ?? [];
        expect(normalize(passage.slice(piece?.start, piece?.end))).toBe(normalize(quotation));
      }),
      { numRuns: 500 },
    );
  });
});
