/** Words that carry little of what a sentence says: left out when comparing a slide's words with a source's. */
const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by for from had has have he her his i if in into is it its itself of on or our ' +
    'she so such than that the their them then there these they this those to too us was we were what when where which ' +
    'while who whom why will with would you your also both each either more most other own same some any all can do does did ' +
    'just only over under up down out off about after before between during through very not no nor one two'
  ).split(' '),
);

/**
 * The words of a text that say what it is about, in a form that lets
 * inflections meet: lower case, possessives dropped, a plain `-ing`, `-ed`,
 * `-es` or `-s` cut from longer words (`strengthening` and `strengthen`,
 * `alliances` and `alliance` meet). Crude on purpose: it only ranks which
 * source sentence a claim rests on.
 */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const token of text.toLowerCase().split(NOT_WORD)) {
    const word = trimApostrophes(token);
    const bare = word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
    if (bare.length >= 2 && !STOPWORDS.has(bare)) words.add(stem(bare));
  }
  return words;
}

const NOT_WORD = /[^\p{L}\p{N}'’]+/u;

/** A word without the quotation marks that a straight or curly apostrophe may also be. */
function trimApostrophes(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && (word[start] === "'" || word[start] === '’')) start++;
  while (end > start && (word[end - 1] === "'" || word[end - 1] === '’')) end--;
  return start === 0 && end === word.length ? word : word.slice(start, end);
}

/** The content words of a text in order, each with where it starts. */
export function wordsWithPlaces(text: string): { stem: string; index: number }[] {
  const words: { stem: string; index: number }[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const word = match[0].replace(/['’]s$/, '');
    if (STOPWORDS.has(word) || word.length < 2) continue;
    words.push({ stem: stem(word), index: match.index });
  }
  return words;
}

function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of SUFFIXES) if (word.endsWith(suffix)) return word.slice(0, -suffix.length);
  return word;
}

const SUFFIXES = ['ing', 'ed', 'es', 's'];

/** How many of `claim`'s content words `source` shares, and that count's share of the claim's. */
export function overlap(claim: ReadonlySet<string>, source: ReadonlySet<string>): { shared: number; share: number } {
  let shared = 0;
  for (const word of claim) if (source.has(word)) shared++;
  return { shared, share: claim.size === 0 ? 0 : shared / claim.size };
}
