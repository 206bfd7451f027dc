/** `name="value"` or a bare `name`, as reveal.js's Markdown plugin reads the attributes in `.slide:` and `.element:` comments. */
const ATTRIBUTE = /([^"=\s]+?)="([^"]*)"|([^"=\s]+)/g;

/** Each attribute of a list such as `class="fragment" data-fragment-index="2"`, with where it stands in the list. */
export function* attributesIn(list: string): Generator<{ name: string; value: string; index: number; length: number }> {
  for (const match of list.matchAll(ATTRIBUTE)) {
    const name = match[1] ?? match[3];
    if (name !== undefined) yield { name, value: match[2] ?? '', index: match.index, length: match[0].length };
  }
}
