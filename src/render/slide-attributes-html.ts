import { escapeHtml } from './escape-html.ts';

/** Attributes a slide may set: reveal's own, the kit's, and any other `data-` attribute that carries no URL scheme that runs code. */
const ALLOWED = /^(?:class|id|data-[a-z0-9-]+)$/;
/** A value that reads as a URL that runs code: left out of any attribute the kit writes from a comment. */
export const SCRIPT_URL = /^\s*(?:javascript|vbscript|data\s*:\s*text\/html)|javascript\s*:/i;
/** reveal loads these as pages or media: from a source-checked deck they could fetch from the network or run script. */
const FORBIDDEN = new Set(['data-background-iframe', 'data-background-video']);

/** `<section>` attributes from a slide's `<!-- .slide: … -->`, filtered and escaped. */
export function slideAttributesHtml(attributes: Record<string, string>, extra: Record<string, string> = {}): string {
  const merged: Record<string, string> = { ...attributes, ...extra };
  return attributesHtml(Object.entries(merged).filter(([name, value]) => ALLOWED.test(name) && !FORBIDDEN.has(name) && !SCRIPT_URL.test(value)));
}

/** ` name="value"` for each attribute, escaped; a bare ` name` for an empty value. */
export function attributesHtml(attributes: readonly (readonly [string, string])[]): string {
  return attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
}
