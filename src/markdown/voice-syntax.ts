/**
 * The briefer's own voice: statements no source makes (the briefer's
 * judgment, an inference, context from outside the sources), marked where a
 * citation would stand: `[!assessment]`, `[!inference]`, `[!context]`, with
 * an optional note after a colon (`[!context: the year is the briefer's]`).
 * On the slide each shows as what it is; it needs no citation and is never a
 * quotation.
 */
export const VOICES = {
  assessment: 'Our assessment',
  inference: 'Our inference',
  context: 'Outside context',
} as const;

export type Voice = keyof typeof VOICES;

/** `[!word]` or `[!word: note]` on one line, no brackets inside: linear to scan. */
const MARKER_SOURCE = String.raw`\[!([A-Za-z-]*)(?::[ \t]*([^[\]\n]*))?\]`;

/** Every voice marker in a text, known or not, for `matchAll` and `replace`. */
export const voicePattern = (): RegExp => new RegExp(MARKER_SOURCE, 'g');

/** A voice marker at the very start of a text, for the tokenizer. */
export const VOICE_AT_START = new RegExp(`^${MARKER_SOURCE}`);

export function isVoice(word: string): word is Voice {
  return Object.hasOwn(VOICES, word);
}

/** `[!assessment]`, `[!inference]`, `[!context]`: how the markers are written, for messages. */
export const VOICE_MARKERS = Object.keys(VOICES).map((voice) => `\`[!${voice}]\``).join(', ');
