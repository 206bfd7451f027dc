/**
 * Vite bundles the images and media a page refers to, but to find them it
 * parses the whole page, and a deck's page is megabytes of slides, notes
 * and sources. So Vite is shown only the deck's media URLs, each once, in a
 * template, and the deck goes into the page after Vite is done, each URL
 * replaced by the one Vite gave it (the bundled file's), looked up by the URL
 * itself.
 *
 * Links marked `data-briefing-asset` (the source reader's links to a source's
 * original PDF) are bundled the same way. A URL's `#fragment` (`#page=3`)
 * is kept on the bundled file's URL.
 *
 * The tags are found in HTML written by the kit or returned by DOMPurify,
 * where `<` and `>` inside attribute values and text are escaped: a match
 * is always a whole start tag, and its attribute values are quoted.
 */
const MEDIA_TAG = /<(?:img|video|audio|source|track|image|use)(?=[\s/>])[^>]*>|<a\s[^>]*\bdata-briefing-asset\b[^>]*>/g;
/** The attributes of those tags that load a file. */
const URL_ATTRIBUTE = /(\s(?:src|poster|href|xlink:href)=")([^"]*)(")/g;

const TEMPLATE_START = '<template data-briefing-media>';
const TEMPLATE_END = '</template>';
/** One entry of the template: Vite rewrites `src` and leaves the data attribute, which keeps the URL as the deck has it. */
const ENTRY = /<img src="([^"]*)" data-briefing-url="([^"]*)">/g;

/** Every URL the deck's media tags load, each once, in order. */
function mediaUrls(deckHtml: string): string[] {
  const urls = new Set<string>();
  for (const [tag] of deckHtml.matchAll(MEDIA_TAG)) for (const match of tag.matchAll(URL_ATTRIBUTE)) urls.add(withoutFragment(match[2] as string));
  return [...urls].filter((url) => url !== '' && !url.startsWith('#'));
}

/** The template of the deck's media URLs, for Vite to rewrite; empty when there are none. */
export function mediaTemplate(deckHtml: string): string {
  const urls = mediaUrls(deckHtml);
  if (urls.length === 0) return '';
  return TEMPLATE_START + urls.map((url) => `<img src="${url}" data-briefing-url="${url}">`).join('') + TEMPLATE_END;
}

/**
 * Takes the template out of the page Vite wrote, with the URL Vite gave each
 * URL it holds. A URL the template does not hold (the deck changed in the
 * dev server between Vite's look and now) stays as written: the dev server
 * serves the project's files at their own paths.
 */
export function takeMediaTemplate(page: string): { page: string; urls: ReadonlyMap<string, string> } {
  const start = page.indexOf(TEMPLATE_START);
  if (start === -1) return { page, urls: new Map() };
  const end = page.indexOf(TEMPLATE_END, start);
  const urls = new Map<string, string>();
  for (const [, url, original] of page.slice(start, end).matchAll(ENTRY)) urls.set(original as string, url as string);
  return { page: page.slice(0, start) + page.slice(end + TEMPLATE_END.length), urls };
}

/** `html` with each media URL replaced by the bundled file's, its fragment kept. */
export function rewriteMedia(html: string, urls: ReadonlyMap<string, string>): string {
  if (urls.size === 0) return html;
  return html.replace(MEDIA_TAG, (tag) =>
    tag.replace(URL_ATTRIBUTE, (attribute: string, before: string, url: string, after: string) => {
      const bundled = urls.get(withoutFragment(url));
      return bundled === undefined ? attribute : before + bundled + url.slice(withoutFragment(url).length) + after;
    }),
  );
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
