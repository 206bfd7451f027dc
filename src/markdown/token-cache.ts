import type { Token } from 'marked';
import type { TokenStore } from '../types.ts';

/** Past this much Markdown, the cache starts again: a long dev session edits far less than this. */
const MAX_CHARS = 16 * 1024 * 1024;

/**
 * Tokens of Markdown lexed before, by its text. The dev server checks the
 * whole project on every save, but only the saved file needs lexing again.
 * Tokens are only read, never changed, so one array serves every check, and
 * its identity tells the renderer the Markdown is unchanged (see
 * render/render-cache.ts). Created by whoever runs checks repeatedly and
 * passed in; a single check needs none.
 */
export class TokenCache implements TokenStore {
  private readonly tokens = new Map<string, Token[]>();
  private chars = 0;

  get(markdown: string): Token[] | undefined {
    return this.tokens.get(markdown);
  }

  set(markdown: string, tokens: Token[]): void {
    if (this.chars + markdown.length > MAX_CHARS) {
      this.tokens.clear();
      this.chars = 0;
    }
    this.tokens.set(markdown, tokens);
    this.chars += markdown.length;
  }
}
