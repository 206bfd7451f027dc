import type { Token } from 'marked';
import { diagnose } from '../diagnostics/diagnose.ts';
import { walkTokens } from '../markdown/front-end.ts';
import type { MathToken } from '../markdown/math-syntax.ts';
import { texProblem } from '../markdown/tex.ts';
import type { Deck, Diagnostic, SlidePart } from '../types.ts';

/**
 * Every formula on a slide or in its notes is typeset as the deck will
 * typeset it: one KaTeX cannot read would show as its TeX, in red, so it is
 * reported at its place in the file with KaTeX's reason (BRF124).
 */
export function checkMath(deck: Deck): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // A formula written again (a symbol defined once, used on every slide) is typeset once.
  const problems = new Map<string, string | undefined>();
  const problemOf = (formula: MathToken) => {
    const key = `${formula.display ? '$$' : '$'}${formula.tex}`;
    if (!problems.has(key)) problems.set(key, texProblem(formula.tex, formula.display));
    return problems.get(key);
  };
  for (const slide of deck.slides) {
    for (const part of [slide.body, slide.notes]) if (part) diagnostics.push(...partProblems(part, problemOf));
  }
  return diagnostics;
}

function partProblems(part: SlidePart, problemOf: (formula: MathToken) => string | undefined): Diagnostic[] {
  // Every formula is written between dollar signs: a part without one has none to walk its tokens for.
  if (!part.markdown.includes('$')) return [];
  const formulas: MathToken[] = [];
  walkTokens(part.tokens, (token: Token) => {
    if (token.type === 'math') formulas.push(token as MathToken);
  });
  const diagnostics: Diagnostic[] = [];
  // Formulas come in document order: each is looked for after the one before, so a repeated one is found at its own place.
  let from = 0;
  for (const formula of formulas) {
    const at = part.markdown.indexOf(formula.raw, from);
    if (at !== -1) from = at + formula.raw.length;
    const problem = problemOf(formula);
    if (!problem) continue;
    const where = at === -1 ? part.span : { file: part.span.file, offset: part.span.offset + at, length: formula.raw.trimEnd().length };
    diagnostics.push(diagnose('BRF124', { tex: formula.tex, problem }, where));
  }
  return diagnostics;
}
