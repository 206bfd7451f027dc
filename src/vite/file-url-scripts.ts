import type { Plugin } from 'vite';

/**
 * Makes the built page work when opened straight from disk (`file://`): a
 * browser will not load a module script or a `crossorigin` resource from a
 * file URL, so the bundle is built as one classic script (see vite.config.ts)
 * and its tags are rewritten here. reveal.js#2961 asks for exactly this.
 */
export function fileUrlScripts(): Plugin {
  return {
    name: 'briefing-kit:file-url-scripts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return html
          .replace(/<script type="module" crossorigin src=/g, '<script defer src=')
          .replace(/<script type="module" src=/g, '<script defer src=')
          .replace(/<link rel="modulepreload"[^>]*>/g, '')
          .replace(/ crossorigin(?=[\s>])/g, '');
      },
    },
  };
}
