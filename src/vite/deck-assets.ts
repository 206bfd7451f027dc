/**
 * Vite bundles the images and media a page refers to, but to find them it
 * parses the whole page, and a deck's page is megabytes of slides, notes
 * and sources. So Vite is shown only the deck's media tags, in a template,
 * and the deck goes into the page after Vite is done, each media tag
 * replaced by the one Vite rewrote (its URL now that of the bundled file).
 *
 * The tags are found in HTML written by the kit or returned by DOMPurify,
 * where `<` and `>` inside attribute values and text are escaped: a match
 * is always a whole start tag.
 */
const MEDIA_TAG = /<(img|video|audio|source|track|image|use)(?=[\s/>])[^>]*>/g;

/** Vite reads SVG's `image` and `use` only inside `<svg>`; closing what it opens keeps its parser quiet. */
const WRAPPING: Record<string, [string, string]> = {
  img: ['', ''],
  source: ['', ''],
  track: ['', ''],
  video: ['', '</video>'],
  audio: ['', '</audio>'],
  image: ['<svg>', '</image></svg>'],
  use: ['<svg>', '</use></svg>'],
};

const TEMPLATE_START = '<template data-briefing-media>';
const TEMPLATE_END = '</template>';
const SEPARATOR = '<!--briefing:media-->';

interface MediaTag {
  tag: string;
  wrapping: [string, string];
}

function mediaTags(deckHtml: string): MediaTag[] {
  return [...deckHtml.matchAll(MEDIA_TAG)].map((match) => ({ tag: match[0], wrapping: WRAPPING[match[1] as string] as [string, string] }));
}

/** The template of the deck's media tags, for Vite to rewrite; empty when there are none. */
export function mediaTemplate(deckHtml: string): string {
  const tags = mediaTags(deckHtml);
  if (tags.length === 0) return '';
  return TEMPLATE_START + tags.map(({ tag, wrapping: [open, close] }) => open + tag + close).join(SEPARATOR) + TEMPLATE_END;
}

/**
 * Takes the template out of the page Vite wrote and puts Vite's rewritten
 * tags in place of the deck's own. Throws if the template is not as it was
 * made, which would leave a slide's media pointing at files not in the build.
 */
export function withRewrittenMedia(page: string, deckHtml: string): { page: string; deckHtml: string } {
  const tags = mediaTags(deckHtml);
  const start = page.indexOf(TEMPLATE_START);
  if (tags.length === 0 && start === -1) return { page, deckHtml };
  const end = page.indexOf(TEMPLATE_END, start);
  const entries = start === -1 || end === -1 ? [] : page.slice(start + TEMPLATE_START.length, end).split(SEPARATOR);
  if (entries.length !== tags.length) throw new Error(`The deck has ${tags.length} image and media tags, but ${entries.length} came back from Vite.`);
  const rewritten = entries.map((entry, i) => {
    const [open, close] = (tags[i] as MediaTag).wrapping;
    return entry.slice(open.length, entry.length - close.length);
  });
  let next = 0;
  return {
    page: page.slice(0, start) + page.slice(end + TEMPLATE_END.length),
    deckHtml: deckHtml.replace(MEDIA_TAG, () => rewritten[next++] as string),
  };
}
