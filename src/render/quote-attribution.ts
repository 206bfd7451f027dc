import type { Token, Tokens } from 'marked';

/** A line that opens with a dash (`— Name`, `-- Name`, `– Name`) names who is quoted rather than quoting them. */
const ATTRIBUTION = /^[ \t]*(?:\u2014|\u2013|--?)[ \t]*\S/;

/** A blockquote's tokens cut into the quotation and its attribution line. */
export interface AttributedQuote {
  quote: Token[];
  /** The inline tokens of the attribution line, dash included. */
  attribution: Token[];
}

/**
 * Finds the `— Speaker` line that ends a blockquote. In Markdown it is part
 * of the quotation's last paragraph (a soft line break), so it would run on
 * with the quoted words; cut at that break, it can be shown on a line of its
 * own. Returns undefined when the blockquote has no attribution line.
 */
export function splitAttribution(tokens: readonly Token[]): AttributedQuote | undefined {
  let lastIndex = tokens.length - 1;
  while (lastIndex >= 0 && tokens[lastIndex]?.type === 'space') lastIndex--;
  const last = tokens[lastIndex];
  if (last?.type !== 'paragraph') return undefined;
  const inline = (last as Tokens.Paragraph).tokens;
  for (let i = inline.length - 1; i >= 0; i--) {
    const token = inline[i] as Token;
    if (token.type !== 'text' || !('text' in token)) continue;
    const text = token as Tokens.Text;
    const breakAt = text.text.lastIndexOf('\n');
    if (breakAt === -1) continue;
    const line = text.text.slice(breakAt + 1) + inline.slice(i + 1).map((t) => t.raw).join('');
    if (!ATTRIBUTION.test(line)) return undefined;
    const head = textToken(text, 0, breakAt);
    const tail = textToken(text, breakAt + 1);
    const paragraph: Tokens.Paragraph = { ...(last as Tokens.Paragraph), tokens: [...inline.slice(0, i), ...(head.text ? [head] : [])] };
    return {
      quote: [...tokens.slice(0, lastIndex), paragraph],
      attribution: [...(tail.text ? [tail] : []), ...inline.slice(i + 1)],
    };
  }
  return undefined;
}

/** A text token for a slice of `token`'s text (raw and text agree for inline text outside raw HTML blocks). */
function textToken(token: Tokens.Text, start: number, end?: number): Tokens.Text {
  const text = token.text.slice(start, end);
  return { type: 'text', raw: text, text, escaped: token.escaped ?? false };
}
