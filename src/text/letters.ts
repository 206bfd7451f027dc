import { isAsciiAlphanumeric } from './normalize.ts';

/**
 * A letter or digit of any script. Compiled once here: a `\p{…}` class costs
 * V8 a millisecond or more to compile (several with the `i` flag), and word
 * lists and word counts that each wrote their own paid it on every check.
 */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** Whether the character that starts at `index` is a letter or digit; ASCII is answered from its code. */
export function letterOrDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  return code < 0x80 ? isAsciiAlphanumeric(code) : LETTER_OR_DIGIT.test(text.slice(index, index + 2));
}

/** Where the character that ends just before `index` starts: one code unit back, or two for a surrogate pair. */
export function previousCharacter(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  const high = text.charCodeAt(index - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? index - 2 : index - 1;
}
