/**
 * Control characters and bidirectional overrides, which a terminal would act
 * on rather than show: an ESC from a pasted source could recolour or retitle
 * the terminal, and an override could make a line read other than it is.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every character a terminal would act on written as an escape (`\x1b`, `\u202e`); tabs and newlines kept. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
