import type { CheckSummary } from '../check/summary.ts';
import { codePointLength } from '../diagnostics/line-index.ts';
import type { Diagnostic } from '../types.ts';
import { Locator } from './locate.ts';
import { summaryLine } from './summary-line.ts';

export interface PrettyOptions {
  color: boolean;
}

const STYLES = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1 } as const;

/**
 * `brief check`'s default output, modelled on TypeScript's:
 * `slides/02-context.md:14:22 - error BRF102: …`, the line with the problem
 * underlined, the hint, and a closing summary.
 */
export function formatPretty(diagnostics: readonly Diagnostic[], summary: CheckSummary, texts: ReadonlyMap<string, string>, options: PrettyOptions): string {
  const paint = (style: keyof typeof STYLES, s: string) => (options.color ? `\u001b[${STYLES[style]}m${s}\u001b[0m` : s);
  const locator = new Locator(texts);
  const out: string[] = [];
  for (const d of diagnostics) {
    const at = locator.locate(d);
    const where = d.span ? `${at.file}:${at.line}:${at.column}` : at.file;
    const severity = d.severity === 'error' ? paint('red', 'error') : paint('yellow', 'warning');
    out.push(`${paint('cyan', where)} - ${severity} ${paint('gray', `${d.code}:`)} ${d.message}`);
    if (d.span) {
      const lineText = locator.index(d.span.file).lineText(at.line);
      const gutter = String(at.line);
      const width = at.endLine === at.line ? Math.max(1, at.endColumn - at.column) : Math.max(1, codePointLength(lineText) - at.column + 1);
      out.push('', `${paint('bold', gutter)} ${lineText.replace(/\t/g, ' ')}`);
      out.push(`${' '.repeat(gutter.length)} ${' '.repeat(at.column - 1)}${paint(d.severity === 'error' ? 'red' : 'yellow', '~'.repeat(width))}`);
    }
    if (d.hint) out.push(`  ${paint('bold', 'hint:')} ${d.hint}`);
    out.push('');
  }
  out.push(summaryLine(summary));
  return out.join('\n') + '\n';
}
