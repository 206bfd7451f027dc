import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchForWorkspaceRoot, type Plugin } from 'vite';

/** The kit's own folder (this module is in its src/vite/ or lib/vite/): its `index.html` and the deck's script in `src/deck/`. */
const KIT = fileURLToPath(new URL('../../', import.meta.url));

/** The page the kit supplies to a project that has none of its own. */
export const KIT_PAGE = join(KIT, 'index.html');

/** The URL every page loads the deck's script by, the kit's `index.html` and a copy of it alike. */
export const DECK_SCRIPT_URL = '/src/deck/main.ts';

/** Where the deck's script is: always the kit's, which is TypeScript in `src/deck/` (Vite compiles it with the page). */
const DECK_SCRIPT = join(KIT, 'src/deck/main.ts');

/**
 * Supplies what Vite needs to build or serve a deck that a project does not
 * hold: the page (`index.html`, when the project has none of its own) and the
 * deck's browser script, which the page loads as `/src/deck/main.ts` and which
 * lives in the kit, wherever the kit is installed.
 *
 * The build takes `ROOT/index.html` as its entry, as always; when that file
 * is missing, this plugin resolves and loads it with the kit's page, so the
 * output is `index.html` with URLs relative to it. The dev server gets the
 * same page from a middleware. A project's own `index.html` is used instead,
 * untouched, for customising.
 */
export function kitPage(): Plugin {
  let entry = '';
  let ownPage = true;
  return {
    name: 'briefing-kit:page',
    enforce: 'pre',

    config(config) {
      const root = resolve(config.root ?? process.cwd());
      // Vite serves only files under the workspace root: the kit's script may be installed elsewhere (a linked or global kit).
      return { server: { fs: { allow: [searchForWorkspaceRoot(root), KIT] } } };
    },

    configResolved(config) {
      entry = join(config.root, 'index.html');
      ownPage = existsSync(entry);
    },

    resolveId(source) {
      if (source === DECK_SCRIPT_URL) return DECK_SCRIPT;
      if (!ownPage && source === entry) return entry;
      return undefined;
    },

    load(id) {
      return !ownPage && id === entry ? readFile(KIT_PAGE, 'utf8') : undefined;
    },

    configureServer(server) {
      if (ownPage) return undefined;
      // After Vite's own middlewares, where it would serve the project's `index.html` (its fallback has made `/` that path).
      return () => {
        server.middlewares.use((request, response, next) => {
          if (request.method !== 'GET' || request.url?.split(/[?#]/)[0] !== '/index.html') return next();
          readFile(KIT_PAGE, 'utf8')
            .then((page) => server.transformIndexHtml(request.url as string, page, request.originalUrl))
            .then((html) => {
              response.setHeader('Content-Type', 'text/html');
              response.setHeader('Cache-Control', 'no-cache');
              response.end(html);
            }, next);
        });
      };
    },
  };
}
