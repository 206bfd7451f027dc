import { letterOrDigitAt, previousCharacter } from '../text/letters.ts';

/**
 * The words that qualify a statement, in one place: the faithfulness checks
 * (README, "Faithfulness") read a source sentence holding one of them as
 * hedged, and a slide that restates it without any as having dropped the
 * hedge. They are whole words or phrases, matched without regard to case.
 *
 * - Modal and evidential words: may, might, could, would, possibly, probably,
 *   perhaps, appears, seems, suggests, reportedly, allegedly.
 * - Intentions, which are not facts: hopes, expects, aims, intends, trying to.
 * - Attribution of a view: according to, believes, argues, claims.
 * - The estimative words of ICD 203 (US Intelligence Community Directive 203,
 *   "Analytic Standards"): almost no chance, remote, very unlikely, highly
 *   improbable, unlikely, improbable, roughly even chance, roughly even odds,
 *   likely, probable, very likely, highly probable, almost certain(ly),
 *   nearly certain.
 */
export const QUALIFIERS = [
  'may',
  'might',
  'could',
  'would',
  'possibly',
  'probably',
  'perhaps',
  'appear',
  'appears',
  'appeared',
  'seem',
  'seems',
  'seemed',
  'suggest',
  'suggests',
  'suggested',
  'suggesting',
  'reportedly',
  'allegedly',
  'hope',
  'hopes',
  'hoped',
  'expect',
  'expects',
  'expected',
  'aim',
  'aims',
  'aimed',
  'intend',
  'intends',
  'trying to',
  'tries to',
  'try to',
  'according to',
  'believe',
  'believes',
  'argue',
  'argues',
  'argued',
  'claim',
  'claims',
  'claimed',
  'almost no chance',
  'remote',
  'unlikely',
  'improbable',
  'roughly even chance',
  'roughly even odds',
  'likely',
  'probable',
  'almost certain',
  'almost certainly',
  'nearly certain',
] as const;

/** Qualifiers that can follow what they qualify (`China will act, probably by March`): a quotation ending just before one dropped it. */
export const TRAILING_QUALIFIERS = ['probably', 'possibly', 'perhaps', 'likely', 'reportedly', 'allegedly', 'apparently'] as const;

/**
 * What a slide may write to keep a source's hedge without copying its word:
 * any qualifier above, or a verb or phrase that gives the statement to
 * someone (`PISM argues`, `analysts point to`, `in PISM's reading`, `both
 * present themselves as`). A claim sentence holding one is not read as
 * stating plainly what its source qualifies.
 */
export const CLAIM_HEDGES = [
  ...QUALIFIERS,
  'say',
  'says',
  'said',
  'point to',
  'points to',
  'pointing to',
  'pointed to',
  'highlight',
  'highlights',
  'highlighted',
  'note',
  'notes',
  'noted',
  'report',
  'reports',
  'reported',
  'describe',
  'describes',
  'described',
  'present',
  'presents',
  'presented',
  'portray',
  'portrays',
  'see',
  'sees',
  'regard',
  'regards',
  'view',
  'views',
  'reading',
  'call',
  'calls',
  'called',
  'cast',
  'casts',
  'accuse',
  'accuses',
  'accused',
  'risk',
  'if',
  'whether',
] as const;

/** Words that turn a statement into its opposite: an ellipsis that leaves one out changes the meaning. */
export const NEGATIONS = [
  'not',
  'no',
  'never',
  'without',
  'nor',
  'neither',
  'none',
  'nothing',
  'cannot',
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "won't",
  "wouldn't",
  "can't",
  "couldn't",
  "shouldn't",
  "hasn't",
  "haven't",
  "hadn't",
] as const;

/** Words that set one thing against another: left out, the quotation says more than the source. */
export const CONTRASTS = ['but', 'although', 'though', 'however', 'while', 'whereas', 'yet', 'despite'] as const;

/** Verbs that present words as someone's own: `X said "…"`. */
export const SPEECH_VERBS = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'stated',
  'states',
  'declared',
  'declares',
  'announced',
  'announces',
  'added',
  'adds',
  'warned',
  'warns',
  'insisted',
  'insists',
  'noted',
  'notes',
  'wrote',
  'writes',
  'according to',
] as const;

/** A list of words and phrases, found as whole words in text, case ignored. */
export class WordList {
  private readonly pattern: RegExp;

  constructor(words: readonly string[]) {
    // Longest first, so that a phrase wins over a word it starts with ("almost certainly" over "almost certain").
    const sorted = [...words].sort((a, b) => b.length - a.length);
    const cut = boundedPrefix(sorted);
    if (cut) throw new Error(`WordList: "${cut[1]}" begins "${cut[0]}" and ends before a space or mark, which find() does not handle (see boundedPrefix)`);
    const alternatives = sorted.map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/s/gi, '[s\\u017f]')
        .replace(/k/gi, '[k\\u212a]')
        .replace(/ /g, '\\s+')
        .replace("'", "['’]"),
    );
    // The pattern turns down a word with an ASCII letter or digit beside it, and find() one with any other: `\p{L}`
    // lookarounds took V8 2-5 ms a list to compile, on every check, and the `u` flag alone 2-6 ms on the longer lists.
    // Without `u`, case is folded within ASCII; the two letters outside it that Unicode folds onto ASCII ones, the long
    // s and the Kelvin sign, are written into the alternatives instead.
    this.pattern = new RegExp(`(?<![A-Za-z0-9'’])(?:${alternatives.join('|')})(?![A-Za-z0-9])`, 'gi');
  }

  /** The first of the words `text` holds, with where it is. */
  find(text: string, from = 0): { word: string; index: number } | undefined {
    let found: { word: string; index: number } | undefined;
    for (let at = from; !found; ) {
      this.pattern.lastIndex = at;
      const match = this.pattern.exec(text);
      if (!match) break;
      if (isWholeWord(text, match.index, match.index + match[0].length)) found = { word: match[0], index: match.index };
      at = match.index + 1;
    }
    // The pattern is shared by every call: leave its `lastIndex` as found.
    this.pattern.lastIndex = 0;
    return found;
  }

  /** The last of the words `text` holds, with where it is: the one nearest what follows. */
  last(text: string): { word: string; index: number } | undefined {
    let last: { word: string; index: number } | undefined;
    for (let found = this.find(text); found; found = this.find(text, found.index + found.word.length)) last = found;
    return last;
  }
}

/** Nothing but a space, a mark or the text's edge on either side: no letter or digit, nor an apostrophe before it (the `s` of `it's`). */
function isWholeWord(text: string, start: number, end: number): boolean {
  if (start > 0) {
    const before = previousCharacter(text, start);
    if (letterOrDigitAt(text, before) || text[before] === "'" || text[before] === '’') return false;
  }
  return !letterOrDigitAt(text, end);
}

/**
 * A word that is another's beginning cut before a space or mark ("trying" and
 * "trying to"), as `[longer, shorter]`. At a place where both start, the
 * pattern takes the longer; when a letter follows it, it is no whole word, and
 * find() moves on without trying the shorter, which would be one.
 */
function boundedPrefix(words: readonly string[]): [string, string] | undefined {
  // Lower-cased once: every pair is compared, at load, for each list.
  const lower = words.map((word) => word.toLowerCase());
  for (const longer of lower) {
    for (const shorter of lower) {
      if (shorter.length < longer.length && longer.startsWith(shorter) && !letterOrDigitAt(longer, shorter.length)) return [longer, shorter];
    }
  }
  return undefined;
}

export const qualifiers = new WordList(QUALIFIERS);
export const trailingQualifiers = new WordList(TRAILING_QUALIFIERS);
export const claimHedges = new WordList(CLAIM_HEDGES);
export const negations = new WordList(NEGATIONS);
export const contrasts = new WordList(CONTRASTS);
export const speechVerbs = new WordList(SPEECH_VERBS);
