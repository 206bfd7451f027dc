import type { Token } from 'marked';
import { citedSources } from '../markdown/citation-syntax.ts';
import { walkTokens } from '../markdown/front-end.ts';
import type { CitationToken, CitedSource, VoiceToken } from '../types.ts';
import { citationKey } from './citation-label.ts';
import { citationsInHtml } from './raw-html.ts';

/** A printed footnote: a citation's sources and paragraphs, or a statement in the briefer's own voice. */
export type FootnoteEntry = { kind: 'citation'; cited: CitedSource[] } | { kind: 'voice'; voice: VoiceToken['voice']; note?: string };

/**
 * A part's citations and voice markers numbered for its printed footnotes,
 * before it is rendered: footnote N is `list[N - 1]`, in order of first
 * appearance, and every citation of the same paragraphs shares a number.
 * Citations in raw HTML count where they stand.
 */
export interface Footnotes {
  list: FootnoteEntry[];
  numbers: ReadonlyMap<string, number>;
}

export function numberFootnotes(tokens: Token[]): Footnotes {
  const list: FootnoteEntry[] = [];
  const numbers = new Map<string, number>();
  const add = (entry: FootnoteEntry) => {
    const key = footnoteKey(entry);
    if (numbers.has(key)) return;
    list.push(entry);
    numbers.set(key, list.length);
  };
  walkTokens(tokens, (token) => {
    if (token.type === 'citation') add({ kind: 'citation', cited: (token as CitationToken).cited });
    else if (token.type === 'voice') {
      const { voice, note } = token as VoiceToken;
      add({ kind: 'voice', voice, ...(note ? { note } : {}) });
    } else if (token.type === 'html') {
      for (const raw of citationsInHtml(token.raw)) {
        const cited = citedSources(raw);
        if (cited) add({ kind: 'citation', cited });
      }
    }
  });
  return { list, numbers };
}

/** The same for two footnotes that would read the same. */
export function footnoteKey(entry: FootnoteEntry): string {
  return entry.kind === 'citation' ? citationKey(entry.cited) : `!${entry.voice}:${entry.note ?? ''}`;
}
