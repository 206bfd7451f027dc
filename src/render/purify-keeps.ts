/**
 * Whether DOMPurify (3.x, as sanitize-worker.ts configures it) keeps a link
 * exactly as marked writes it: its checks of an attribute's value, copied
 * here so that a link to a plain URL need not send its part through
 * DOMPurify (and the build load jsdom for it). test/inert-markdown.test.ts
 * holds this to DOMPurify itself over random links, hostile ones among them:
 * a DOMPurify that checks otherwise fails it.
 */

/** DOMPurify's IS_ALLOWED_URI: a scheme it knows, or no scheme at all (a path, a fragment, a query). */
const ALLOWED_URI = /^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
/** Values DOMPurify removes whatever the attribute: its ATTR_VALUE_BREAKOUT and SELF_CLOSING_TAG. */
const BREAKOUT = /((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)|\/>/i;

/**
 * Whether DOMPurify keeps `<a href title>` as marked writes it for this URL
 * and title. Either with a `&` is left to DOMPurify: marked writes a
 * character reference in them as it stands, so the browser's value would
 * differ from the text tested here.
 */
export function purifyKeepsLink(href: string, title: string | null | undefined): boolean {
  const url = writtenUrl(href);
  // Percent-encoded, the URL holds no white space for DOMPurify to strip or trim, and no `<` or `>` to break out.
  if (url === undefined || url.includes('&') || !ALLOWED_URI.test(url)) return false;
  return !title || (!title.includes('&') && title.trim() === title && !BREAKOUT.test(title));
}

/** The URL as marked writes it (its `cleanUrl`); undefined when it writes no link. */
function writtenUrl(href: string): string | undefined {
  try {
    return encodeURI(href).replace(/%25/g, '%');
  } catch {
    return undefined;
  }
}
