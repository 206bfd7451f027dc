import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { TokenCache } from '../markdown/token-cache.ts';
import { formatDiagnostics } from '../report/pretty.ts';
import { formatViteError } from '../report/vite-error.ts';
import { RenderCache } from '../render/render-cache.ts';
import { Sanitizer } from '../render/sanitizer.ts';
import { SourceCache } from '../sources/source-cache.ts';
import { mediaTemplate, rewriteMedia, takeMediaTemplate } from './deck-assets.ts';
import type { DevUpdates } from './dev-updates.ts';
import { injectDeck, SLIDES_PLACEHOLDER, slidesHtml, stylesheetLink } from './inject-deck.ts';
import { ProjectDeck } from './project-deck.ts';
import { handedDeck } from './handed-deck.ts';
import type { DeckFolder } from '../project/decks.ts';
import type { HandedDeck } from '../types.ts';

export interface BriefingPluginOptions {
  /**
   * The project folder holding `slides/` and `assets/sources/`.
   * @default Vite's `root`
   */
  root?: string;
  /** A deck `brief build` has loaded already: built as it is, not loaded again. */
  deck?: HandedDeck;
  /**
   * Which of the project's decks (`brief dev --deck NAME`).
   * @default the deck in `slides/`
   */
  folder?: DeckFolder;
}

/**
 * The kit's Vite plugin: reads `slides/` and `assets/sources/`, runs the same
 * checks as `brief check`, and renders the deck into `index.html`. Errors stop
 * the build (and show in the dev server's overlay) with file, line, column
 * and code frame; warnings are printed. In the dev server, editing a slide or
 * a source updates the open deck in place (dev-updates.ts).
 *
 * The deck goes into the page last, after Vite and the other plugins have
 * processed it: Vite sees only the slides' media URLs (deck-assets.ts).
 */
export function briefing(options: BriefingPluginOptions = {}): Plugin[] {
  let deck: ProjectDeck;
  let updates: DevUpdates | undefined;

  const plugin: Plugin = {
    name: 'briefing-kit',

    configResolved(config) {
      // The dev server checks on every save: it keeps what a save did not change.
      const repeated = config.command === 'serve';
      const session = { sanitizer: new Sanitizer(), ...(repeated ? { tokens: new TokenCache(), sources: new SourceCache(), renders: new RenderCache() } : {}) };
      deck = new ProjectDeck(resolve(options.root ?? config.root), session, options.folder, !repeated);
    },

    async buildStart() {
      if (options.deck) deck.adopt(options.deck);
      const loaded = options.deck ?? handedDeck(await deck.load());
      for (const path of loaded.texts.keys()) this.addWatchFile(resolve(deck.root, path));
      const warnings = loaded.diagnostics.filter((d) => d.severity === 'warning');
      if (warnings.length) this.warn(formatDiagnostics(warnings, loaded.texts, { color: false }).trimEnd());
      if (loaded.reminder) this.warn(loaded.reminder);
      if (!loaded.rendered && this.environment?.mode !== 'dev') this.error(formatViteError(loaded.diagnostics, loaded.texts, deck.root));
    },

    async buildEnd() {
      // A build renders once; the dev server's sanitizer is closed with the server (dev-updates.ts).
      if (this.environment?.mode !== 'dev') await deck.close();
    },

    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        // The source reader's links to kept PDFs, and the footer's logo, are bundled like the slides' images.
        const template = mediaTemplate(slidesHtml(deck.shown) + deck.shown.reader + deck.shown.footer);
        return html.replace(SLIDES_PLACEHOLDER, (placeholder) => template + placeholder).replace('</body>', (end) => stylesheetLink(deck.shown) + end);
      },
    },

    async configureServer(server) {
      // Only a dev server updates the page and serves the review page: a build loads neither.
      const [{ DevUpdates }, { reviewMiddleware }] = await Promise.all([import('./dev-updates.ts'), import('./review-server.ts')]);
      updates = new DevUpdates(server, deck);
      server.middlewares.use(reviewMiddleware(deck.root, server, deck.folder));
    },

    handleHotUpdate({ file }) {
      // The deck is not a module: nothing in the module graph needs updating.
      return updates?.refreshIfProjectFile(file) ? [] : undefined;
    },
  };

  const injection: Plugin = {
    name: 'briefing-kit:deck',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const shown = deck.shown;
        const { page, urls } = takeMediaTemplate(html);
        return injectDeck(page, { ...shown, reader: rewriteMedia(shown.reader, urls), footer: rewriteMedia(shown.footer, urls) }, rewriteMedia(slidesHtml(shown), urls));
      },
    },
  };

  return [plugin, injection];
}
