import type { Token, Tokens } from 'marked';
import { attributesIn } from '../markdown/attribute-list.ts';
import { htmlComments, isPlainComment } from '../text/html-comment.ts';
import { escapeHtml } from './escape-html.ts';
import { attributesHtml, SCRIPT_URL } from './slide-attributes-html.ts';

/**
 * `<!-- .element: class="fragment" -->`, reveal.js's Markdown syntax for an
 * element's attributes, read at build time: a fragment needs no raw HTML
 * (which only DOMPurify, and jsdom with it, may let through).
 *
 * Where it applies: directly after an image, link, emphasis or code span
 * (spaces between), to that element; anywhere else in a line, to the
 * paragraph, heading, list item or table cell holding it; on a line of its
 * own, to the block before it (or the list item or blockquote it ends).
 * reveal's own plugin takes the nearest element before the comment however
 * far back, which would make a fragment of a citation's marker.
 */
const ELEMENT_COMMENT_OPENING = /<!--\s*\.element:\s*/;

/**
 * What an element may be given: classes, and `data-` attributes whose values
 * hold no markup, no script URL and no white space at either end. These are
 * what DOMPurify keeps as they are (it trims values), so a part with them
 * stays inert (inert-markdown.ts): `id` is left out because DOMPurify drops
 * ids that name a property of the document.
 */
const ALLOWED = /^(?:class|data-[a-z0-9-]+)$/;
const MARKUP = /[<>]/;

/** Inline tokens that render as an element of their own, which a comment right after them applies to. */
const INLINE_ELEMENTS = new Set(['strong', 'em', 'del', 'codespan', 'link', 'image']);

/** The attributes each token is given by `.element:` comments in `tokens`, keyed by the token (tokens are not changed). */
export function elementAttributeTargets(tokens: readonly Token[]): Map<object, Record<string, string>> {
  const targets = new Map<object, Record<string, string>>();
  if (tokens.length > 0) blocks(tokens, undefined, targets);
  return targets;
}

type Targets = Map<object, Record<string, string>>;

function blocks(tokens: readonly Token[], holder: object | undefined, targets: Targets): void {
  let previous: Token | undefined;
  for (const token of tokens) {
    const attributes = token.type === 'html' ? commentAttributes(token.text) : undefined;
    if (attributes) {
      // A tight list item's text renders as no element of its own: the comment after it is the item's.
      give(targets, previous && previous.type !== 'text' ? previous : holder, attributes);
      continue;
    }
    if (token.type !== 'space') previous = token;
    within(token, holder, targets);
  }
}

function within(token: Token, holder: object | undefined, targets: Targets): void {
  switch (token.type) {
    case 'paragraph':
    case 'heading':
      inline(token.tokens ?? [], token, targets);
      return;
    case 'text':
      // A tight list item's text: its element is the item's.
      if (token.tokens && holder) inline(token.tokens, holder, targets);
      return;
    case 'blockquote':
      blocks(token.tokens ?? [], token, targets);
      return;
    case 'list':
      for (const item of (token as Tokens.List).items) blocks(item.tokens, item, targets);
      return;
    case 'table': {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) inline(cell.tokens, cell, targets);
      return;
    }
  }
}

function inline(tokens: readonly Token[], holder: object, targets: Targets): void {
  let previous: Token | undefined;
  for (const token of tokens) {
    const attributes = token.type === 'html' ? commentAttributes(token.text) : undefined;
    if (attributes) {
      give(targets, previous && INLINE_ELEMENTS.has(previous.type) ? previous : holder, attributes);
    } else if (!(token.type === 'text' && token.raw.trim() === '')) {
      previous = token;
      if (INLINE_ELEMENTS.has(token.type) && 'tokens' in token && token.tokens) inline(token.tokens, token, targets);
    }
  }
}

function give(targets: Targets, target: object | undefined, attributes: Record<string, string>): void {
  if (!target) return;
  const given = targets.get(target) ?? {};
  const classes = [given['class'], attributes['class']].filter((c) => c !== undefined && c !== '').join(' ');
  targets.set(target, { ...given, ...attributes, ...(classes ? { class: classes } : {}) });
}

/** The allowed attributes of the `.element:` comments in `html`, each up to its own `-->`; undefined unless it is comments alone and one is `.element:`. */
function commentAttributes(html: string): Record<string, string> | undefined {
  if (!isPlainComment(html)) return undefined;
  let attributes: Record<string, string> | undefined;
  for (const { bodyStart, end } of htmlComments(html, ELEMENT_COMMENT_OPENING)) {
    attributes ??= {};
    for (const { name, value } of attributesIn(html.slice(bodyStart, end - '-->'.length))) {
      if (ALLOWED.test(name) && value.trim() === value && !MARKUP.test(value) && !SCRIPT_URL.test(value)) attributes[name] = value;
    }
  }
  return attributes;
}

/**
 * `html` with `attributes` added to its first tag; classes join any the
 * tag has (a quotation with a speaker is a `<figure class="…">`).
 */
export function withElementAttributes(html: string, attributes: Record<string, string> | undefined): string {
  if (!attributes) return html;
  const tag = /^\s*<[a-zA-Z][a-zA-Z0-9]*/.exec(html);
  if (!tag) return html;
  let rest = html.slice(tag[0].length);
  const { class: classes, ...others } = attributes;
  let added = attributesHtml(Object.entries(others));
  if (classes) {
    const opening = rest.slice(0, rest.indexOf('>'));
    const existing = opening.indexOf(' class="');
    if (existing === -1) added = ` class="${escapeHtml(classes)}"${added}`;
    else {
      const valueStart = existing + ' class="'.length;
      rest = `${rest.slice(0, valueStart)}${escapeHtml(classes)} ${rest.slice(valueStart)}`;
    }
  }
  return `${tag[0]}${added}${rest}`;
}
