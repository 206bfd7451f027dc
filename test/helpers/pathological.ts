/** Up to this size a slide or source file must check within the time bound. */
export const MAX_FILE_BYTES = 256 * 1024;

/**
 * Inputs of about `bytes` each that make Markdown parsers recurse deeply or
 * backtrack: our own equivalents of marked's ReDoS and stack-overflow
 * reproducers and of markdown-it's pathological-input cases.
 */
export function pathologicalInputs(bytes: number): Record<string, string> {
  const fill = (unit: string, length = bytes) => unit.repeat(Math.floor(length / unit.length));
  const tableRow = Math.floor((bytes * 15) / 64);
  return {
    'nested blockquotes': fill('>'),
    'nested blockquotes with spaces': fill('> '),
    'nested lists': Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n').slice(0, bytes),
    'nested ordered lists': fill('1. '),
    'nested bullet markers on one line': fill('- '),
    'emphasis openers': fill('*a'),
    'strong openers': fill('**a'),
    'mixed emphasis delimiters': fill('*_'),
    'underscore runs': fill('a_'),
    'unclosed brackets': fill('['),
    'nested images': fill('!['),
    'exclamation marks': fill('!'),
    'exclamation marks in words': fill('a!'),
    'http inside words': fill('http'),
    'unclosed link destinations': fill('[a]('),
    'link destination of backslashes': `[x](${fill('\\')}`,
    'unclosed link titles': fill('[a](b "'),
    'reference definitions': fill('[a]: b\n'),
    'backticks': fill('`'),
    'unclosed code spans': fill('`a'),
    'HTML tag openers': fill('<a '),
    'HTML comments unclosed': fill('<!--'),
    'HTML comments unclosed among tags and citations': `<div>\n${fill('<!-- <b>x</b> [@a ¶1] ')}`,
    'slide attribute comments unclosed': fill('<!-- .slide: class="x" '),
    'acceptance comments unclosed': fill('<!-- brief-accept BRF130: why '),
    'autolink openers': fill('<http://'),
    'entity openers': fill('&#'),
    'table with many columns': `${fill('| a ', tableRow)}|\n${fill('|---', tableRow)}|\n${fill('| b ', tableRow)}|\n`,
    'heading markers': fill('#'),
    'setext underlines': fill('a\n=\n'),
    'citation openers': fill('[@'),
    'quotation marks': fill('"a'),
    'curly quotation marks': fill('“a'),
    'long single paragraph': fill('word "quoted" [@a ¶1] '),
    'slide separators': fill('\n---\n'),
    'dollar openers': fill('$a '),
    'dollars': fill('$'),
    'dollars and digits': fill('$1'),
    'display math openers': fill('$$a '),
    'display math lines unclosed': fill('$$\na\n\n'),
    'math among emphasis': fill('*$a*'),
    'fenced code to highlight': `\`\`\`js\n${fill('/*"\'`(a[')}\n\`\`\`\n`,
  };
}

/** The inputs at the largest size a file may have. */
export const PATHOLOGICAL = pathologicalInputs(MAX_FILE_BYTES - 1024);
