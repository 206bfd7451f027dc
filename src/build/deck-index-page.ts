import { escapeHtml } from '../render/escape-html.ts';
import { standalonePage } from '../render/standalone-page.ts';
import { plural } from '../text/plural.ts';
import type { DeckSettings } from '../types.ts';

const INDEX_STYLE = `
body { font: 1.125rem/1.5 system-ui, sans-serif; max-width: 42rem; margin: 3rem auto; padding: 0 1.5rem; color: #1a1a1a; background: #fff; }
ul { list-style: none; padding: 0; }
li { margin: 0 0 1.5rem; }
a { font-size: 1.375rem; font-weight: 600; color: #0b4f8a; }
p { margin: 0.25rem 0 0; }
.byline { color: #555; font-size: 1rem; }
`;

/** A deck as the index page lists it. */
export interface IndexedDeck {
  /** Its folder in the build: the page links to `NAME/index.html`. */
  name: string;
  settings: DeckSettings;
  slides: number;
}

/**
 * The page a build of several decks opens on: each deck's title (a link to
 * its own folder), subtitle, author, date and number of slides. Static HTML
 * with relative links, so it opens from disk like the decks; it runs no
 * script and loads nothing, which its Content-Security-Policy says.
 */
export function deckIndexPage(heading: string, decks: readonly IndexedDeck[]): string {
  const items = decks.map((deck) => {
    const title = deck.settings.title ?? deck.name;
    const byline = [deck.settings.author, deck.settings.date, plural(deck.slides, 'slide')].filter(Boolean).join(' · ');
    return [
      '    <li>',
      `      <a href="./${encodeURIComponent(deck.name)}/index.html">${escapeHtml(title)}</a>`,
      ...(deck.settings.subtitle ? [`      <p class="subtitle">${escapeHtml(deck.settings.subtitle)}</p>`] : []),
      `      <p class="byline">${escapeHtml(byline)}</p>`,
      '    </li>',
    ].join('\n');
  });
  return standalonePage({
    title: heading,
    policy: "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    style: INDEX_STYLE,
    body: `<h1>${escapeHtml(heading)}</h1>\n<ul>\n${items.join('\n')}\n</ul>`,
  });
}
