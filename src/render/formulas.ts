import { typesetTex } from '../markdown/tex.ts';

/**
 * KaTeX positions a formula's parts with `style` attributes, which
 * DOMPurify is set to remove from slides (a slide's own styles could
 * overlay the deck). So a part's HTML holds a placeholder for each formula,
 * `<span data-math="N">`, that DOMPurify keeps as it is, and the typeset
 * formula takes its place afterwards. A placeholder written by hand in raw
 * HTML can only repeat one of the same part's formulas: KaTeX's output,
 * never the writer's markup.
 */
export function formulaPlaceholder(formulas: string[], tex: string, display: boolean): string {
  const index = formulas.push(typesetTex(tex, display)) - 1;
  return `<span data-math="${index}"></span>`;
}

const PLACEHOLDER = /<span data-math="(\d+)"><\/span>/g;

/** `html` with each placeholder replaced by its formula; one that names no formula of the part is dropped. */
export function withFormulas(html: string, formulas: readonly string[]): string {
  if (formulas.length === 0) return html;
  return html.replace(PLACEHOLDER, (_, index: string) => formulas[Number(index)] ?? '');
}
