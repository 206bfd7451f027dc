import { diagnose } from '../diagnostics/diagnose.ts';
import type { Diagnostic } from '../types.ts';
import type { YamlMapping } from './front-matter.ts';
import { nearest } from '../text/nearest.ts';

/** Warns about each front matter key that is not one of `allowed`: a typo would otherwise be dropped silently. */
export function unknownKeyWarnings(
  mapping: YamlMapping,
  allowed: readonly string[],
  file: string,
  yamlOffset: number,
): Diagnostic[] {
  return Object.keys(mapping.data)
    .filter((key) => !allowed.includes(key))
    .map((key) =>
      diagnose(
        'BRF110',
        { key, nearest: nearest(key, allowed), allowed: allowed.map((k) => `\`${k}\``).join(', ') },
        { file, offset: yamlOffset + (mapping.keyOffsets.get(key) ?? 0), length: key.length },
      ),
    );
}
