import type { Token } from 'marked';
import { citedSources } from '../markdown/citation-syntax.ts';
import { walkTokens } from '../markdown/front-end.ts';
import type { CitationToken, CitedSource } from '../types.ts';
import { citationKey } from './citation-label.ts';
import { citationsInHtml } from './raw-html.ts';

/**
 * A part's citations numbered for its printed footnotes, before it is
 * rendered: footnote N is `list[N - 1]`, the distinct citations in order of
 * first appearance, and every citation of the same paragraphs shares a
 * number. Citations in raw HTML count where they stand.
 */
export interface Footnotes {
  list: CitedSource[][];
  numbers: ReadonlyMap<string, number>;
}

export function numberFootnotes(tokens: Token[]): Footnotes {
  const list: CitedSource[][] = [];
  const numbers = new Map<string, number>();
  const add = (cited: CitedSource[]) => {
    const key = citationKey(cited);
    if (numbers.has(key)) return;
    list.push(cited);
    numbers.set(key, list.length);
  };
  walkTokens(tokens, (token) => {
    if (token.type === 'citation') add((token as CitationToken).cited);
    else if (token.type === 'html') {
      for (const raw of citationsInHtml(token.raw)) {
        const cited = citedSources(raw);
        if (cited) add(cited);
      }
    }
  });
  return { list, numbers };
}
