import type { Plugin } from 'vite';
import { speakerViewScriptHash } from './speaker-view-hash.ts';

/**
 * The built deck's Content-Security-Policy, as a `<meta>` tag (a file opened
 * from disk has no server to send headers). Nothing may load from anywhere
 * but the deck's own files, and no code may be evaluated from strings:
 *
 * - `script-src 'self'` plus the hash of reveal's speaker view script (the
 *   view is written into an about:blank window that inherits this policy);
 * - `style-src 'unsafe-inline'`: reveal's print view injects `<style>` for
 *   the page size, and the speaker view's template carries `<style>` and
 *   `style` attributes. Styles cannot run code;
 * - `frame-src 'self'`: the speaker view previews the deck in frames;
 * - no `unsafe-eval`, no network (`connect-src 'none'`), no plugins.
 */
function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${speakerViewScriptHash()}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self'",
    "frame-src 'self'",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Adds the policy to the built page (not the dev server's, whose client needs its websocket and inline modules). */
export function contentSecurityPolicyTag(): Plugin {
  return {
    name: 'briefing-kit:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() }, injectTo: 'head-prepend' }],
    },
  };
}
