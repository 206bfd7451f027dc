import { diagnose } from '../diagnostics/diagnose.ts';
import type { FrontMatter } from '../front-matter/front-matter.ts';
import { parseYamlMapping } from '../front-matter/front-matter.ts';
import { unknownKeyWarnings } from '../front-matter/unknown-keys.ts';
import type { Diagnostic, SourceMeta } from '../types.ts';

const SOURCE_META_KEYS = ['title', 'short', 'author', 'publisher', 'date', 'url', 'note'] as const;

/** Reads and validates a source's front matter. Returns the metadata when it has at least a title. */
export function readSourceMeta(
  frontMatter: FrontMatter,
  file: string,
): { meta?: SourceMeta; diagnostics: Diagnostic[] } {
  const parsed = parseYamlMapping(frontMatter.yaml);
  if ('problem' in parsed) {
    const offset = frontMatter.yamlOffset + parsed.offset;
    return { diagnostics: [diagnose('BRF202', { reason: parsed.problem }, { file, offset, length: 1 })] };
  }
  const diagnostics = unknownKeyWarnings(parsed, SOURCE_META_KEYS, file, frontMatter.yamlOffset);
  const meta: Partial<SourceMeta> = {};
  for (const key of SOURCE_META_KEYS) {
    const value = parsed.data[key];
    if (value === undefined || value === null) continue;
    const text = typeof value === 'string' ? value.trim() : typeof value === 'number' && key === 'date' ? String(value) : undefined;
    if (text === undefined) {
      const offset = frontMatter.yamlOffset + (parsed.keyOffsets.get(key) ?? 0);
      diagnostics.push(diagnose('BRF204', { key, found: describe(value) }, { file, offset, length: key.length }));
      continue;
    }
    if (text) meta[key] = text;
  }
  if (!meta.title && !diagnostics.some((d) => d.code === 'BRF204')) {
    diagnostics.push(diagnose('BRF203', {}, { file, offset: 0, length: 3 }));
  }
  if (!meta.title) return { diagnostics };
  return { meta: meta as SourceMeta, diagnostics };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `the ${typeof value} \`${String(value)}\``;
}
