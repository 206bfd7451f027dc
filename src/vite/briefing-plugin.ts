import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { takeLoadedDeck } from '../build/deck-handoff.ts';
import { loadDeck, type LoadedDeck } from '../build/load-deck.ts';
import { DECK_UPDATE_EVENT } from '../deck/page-contract.ts';
import { SLIDES_DIR, SOURCES_DIR } from '../project/read-project.ts';
import { codeFrame } from '../report/code-frame.ts';
import { Locator } from '../report/locate.ts';
import { formatDiagnostics, where } from '../report/pretty.ts';
import type { RenderedDeck } from '../render/render-deck.ts';
import type { Diagnostic } from '../types.ts';
import { deckUpdate } from './deck-update.ts';
import { mediaTemplate, withRewrittenMedia } from './deck-assets.ts';
import { brokenDeck, injectDeck, SLIDES_PLACEHOLDER, slidesHtml } from './inject-deck.ts';

export interface BriefingPluginOptions {
  /**
   * The project folder holding `slides/` and `assets/sources/`.
   * @default Vite's `root`
   */
  root?: string;
}

/** A build error in the shape Vite shows in its overlay and prints with a frame. */
interface DeckError {
  message: string;
  id?: string;
  loc?: { file: string; line: number; column: number };
  frame?: string;
  plugin: string;
}

/**
 * The kit's Vite plugin: reads `slides/` and `assets/sources/`, runs the same
 * checks as `brief check`, and renders the deck into `index.html`. Errors stop
 * the build (and show in the dev server's overlay) with file, line, column
 * and code frame; warnings are printed. In the dev server, editing a slide or
 * a source re-renders the deck in place.
 *
 * The deck goes into the page last, after Vite and the other plugins have
 * processed it: Vite sees only the slides' media tags (see deck-assets.ts).
 */
export function briefing(options: BriefingPluginOptions = {}): Plugin[] {
  let root = '';
  let current: LoadedDeck | undefined;
  let sent: RenderedDeck | undefined;

  /**
   * The deck whose media tags the page's `pre` hook showed Vite, for its
   * `post` hook to put in: the same deck even if a save lands in between.
   */
  let shown: { deck: RenderedDeck; slides: string } | undefined;
  const show = () => {
    const deck = current?.rendered ?? brokenDeck();
    return (shown = { deck, slides: slidesHtml(deck) });
  };

  const plugin: Plugin = {
    name: 'briefing-kit',

    configResolved(config) {
      root = resolve(options.root ?? config.root);
    },

    async buildStart() {
      current = takeLoadedDeck(root) ?? (await loadDeck(root));
      sent = current.rendered;
      for (const path of current.texts.keys()) this.addWatchFile(join(root, path));
      const { diagnostics } = current.result;
      const warnings = diagnostics.filter((d) => d.severity === 'warning');
      if (warnings.length) this.warn(formatDiagnostics(warnings, current.texts, { color: false }).trimEnd());
      if (!current.rendered && this.environment?.mode !== 'dev') this.error(deckError(root, current));
    },

    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const template = mediaTemplate(show().slides);
        return html.replace(SLIDES_PLACEHOLDER, (placeholder) => template + placeholder);
      },
    },

    configureServer(server) {
      server.ws.on('connection', () => {
        if (current && !current.rendered) server.ws.send({ type: 'error', err: { ...deckError(root, current), stack: '' } });
      });
      const onChange = (file: string) => {
        if (isProjectFile(root, file)) void refresh(server);
      };
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },

    handleHotUpdate({ file, server }) {
      if (!isProjectFile(root, file)) return undefined;
      void refresh(server);
      // The deck is not a module: nothing in the module graph needs updating.
      return [];
    },
  };

  const injection: Plugin = {
    name: 'briefing-kit:deck',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const { deck, slides } = shown ?? show();
        const { page, deckHtml } = withRewrittenMedia(html, slides);
        return injectDeck(page, deck, deckHtml);
      },
    },
  };

  return [plugin, injection];

  async function refresh(server: ViteDevServer): Promise<void> {
    current = await loadDeck(root);
    const logger = server.config.logger;
    const { diagnostics } = current.result;
    if (diagnostics.length) logger.warn(formatDiagnostics(diagnostics, current.texts, { color: true }).trimEnd(), { timestamp: true });
    if (!current.rendered) {
      server.ws.send({ type: 'error', err: { ...deckError(root, current), stack: '' } });
      return;
    }
    // Changes are taken against the deck last sent, which the open pages show, whichever save finished first.
    server.ws.send({ type: 'custom', event: DECK_UPDATE_EVENT, data: deckUpdate(sent, current.rendered) });
    sent = current.rendered;
    logger.info('deck updated', { timestamp: true });
  }
}

function isProjectFile(root: string, file: string): boolean {
  const path = relative(root, file).split(sep).join('/');
  return /\.(md|markdown)$/i.test(path) && (path.startsWith(`${SLIDES_DIR}/`) || path.startsWith(`${SOURCES_DIR}/`));
}

/** The first error, located, with every error listed in the message so none is hidden behind the first. */
function deckError(root: string, deck: LoadedDeck): DeckError {
  const errors = deck.result.diagnostics.filter((d: Diagnostic) => d.severity === 'error');
  const first = errors[0] as Diagnostic;
  const locator = new Locator(deck.texts);
  const at = locator.locate(first);
  const others = errors.length > 1 ? `\n\n${formatDiagnostics(errors.slice(1), deck.texts, { color: false }).trimEnd()}` : '';
  const error: DeckError = {
    plugin: 'briefing-kit',
    message: `${where(first, locator)} - error ${first.code}: ${first.message}${first.hint ? `\n  hint: ${first.hint}` : ''}${others}`,
  };
  if (first.span) {
    error.id = join(root, at.file);
    error.loc = { file: at.file, line: at.line, column: at.column };
    error.frame = codeFrame(first, locator).join('\n');
  }
  return error;
}
