import { resolve } from 'node:path';
import { UsageError } from '../../diagnostics/usage-error.ts';
import { exitCodeOf } from '../exit-code.ts';
import { parseWpm } from '../wpm-option.ts';
import { useColor } from '../color.ts';

const CHECK_FORMATS = ['pretty', 'json', 'github'] as const;
type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
  root: string;
  format: string;
  wpm?: string | number;
}

/** `brief check`: verify slides and sources, print diagnostics, exit 0, 1 (errors) or 2 (usage or configuration). */
export async function runCheck(options: CheckOptions): Promise<number> {
  const format = parseFormat(options.format);
  const wpm = parseWpm(options.wpm);
  const [{ checkProject }, { readProject }, { formatGithub }, { formatJson }, { formatPretty }] = await Promise.all([
    import('../../check/check-project.ts'),
    import('../../project/read-project.ts'),
    import('../../report/github.ts'),
    import('../../report/json.ts'),
    import('../../report/pretty.ts'),
  ]);
  const project = await readProject(resolve(options.root));
  const result = checkProject({ ...project, ...(wpm ? { wpm } : {}) });
  const print = {
    pretty: () => formatPretty(result.diagnostics, result.summary, project.texts, { color: useColor(process.stdout) }),
    json: () => formatJson(result.diagnostics, result.summary, project.texts),
    github: () => formatGithub(result.diagnostics, result.summary, project.texts),
  }[format];
  process.stdout.write(print());
  return exitCodeOf(result.diagnostics);
}

function parseFormat(format: string): CheckFormat {
  if ((CHECK_FORMATS as readonly string[]).includes(format)) return format as CheckFormat;
  throw new UsageError(`Unknown format \`${format}\`: use ${CHECK_FORMATS.map((f) => `\`${f}\``).join(', ')}.`);
}
