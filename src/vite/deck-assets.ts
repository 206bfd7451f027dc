/**
 * Vite bundles the images and media a page refers to, but to find them it
 * parses the whole page, and a deck's page is megabytes of slides, notes
 * and sources. So Vite is shown only the deck's media URLs, each once, in a
 * template, and the deck goes into the page after Vite is done, each URL
 * replaced by the one Vite gave it (the bundled file's), looked up by the URL
 * itself.
 *
 * The tags are found in HTML written by the kit or returned by DOMPurify,
 * where `<` and `>` inside attribute values and text are escaped: a match
 * is always a whole start tag, and its attribute values are quoted.
 */
const MEDIA_TAG = /<(?:img|video|audio|source|track|image|use)(?=[\s/>])[^>]*>/g;
/** The attributes of those tags that load a file. */
const URL_ATTRIBUTE = /(\s(?:src|poster|href|xlink:href)=")([^"]*)(")/g;

const TEMPLATE_START = '<template data-briefing-media>';
const TEMPLATE_END = '</template>';
/** One entry of the template: Vite rewrites `src` and leaves the data attribute, which keeps the URL as the deck has it. */
const ENTRY = /<img src="([^"]*)" data-briefing-url="([^"]*)">/g;

/** Every URL the deck's media tags load, each once, in order. */
function mediaUrls(deckHtml: string): string[] {
  const urls = new Set<string>();
  for (const [tag] of deckHtml.matchAll(MEDIA_TAG)) for (const match of tag.matchAll(URL_ATTRIBUTE)) urls.add(match[2] as string);
  return [...urls].filter((url) => url !== '' && !url.startsWith('#'));
}

/** The template of the deck's media URLs, for Vite to rewrite; empty when there are none. */
export function mediaTemplate(deckHtml: string): string {
  const urls = mediaUrls(deckHtml);
  if (urls.length === 0) return '';
  return TEMPLATE_START + urls.map((url) => `<img src="${url}" data-briefing-url="${url}">`).join('') + TEMPLATE_END;
}

/**
 * Takes the template out of the page Vite wrote and gives the deck's media
 * the URLs Vite gave them. A URL the template does not hold (the deck changed
 * in the dev server between Vite's look and now) stays as written: the dev
 * server serves the project's files at their own paths.
 */
export function withRewrittenMedia(page: string, deckHtml: string): { page: string; deckHtml: string } {
  const start = page.indexOf(TEMPLATE_START);
  if (start === -1) return { page, deckHtml };
  const end = page.indexOf(TEMPLATE_END, start);
  const rewritten = new Map<string, string>();
  for (const [, url, original] of page.slice(start, end).matchAll(ENTRY)) rewritten.set(original as string, url as string);
  return {
    page: page.slice(0, start) + page.slice(end + TEMPLATE_END.length),
    deckHtml: deckHtml.replace(MEDIA_TAG, (tag) =>
      tag.replace(URL_ATTRIBUTE, (attribute: string, before: string, url: string, after: string) => {
        const bundled = rewritten.get(url);
        return bundled === undefined ? attribute : before + bundled + after;
      }),
    ),
  };
}
