import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/temp-project.ts';

const SRC = join(REPO, 'src');
/** A relative module specifier after `from`, a bare `import`, or a dynamic `import(` (the CLI loads its commands that way). */
const IMPORT = /(?:^\s*(?:import|export)\b[^'"]*?\bfrom\s+|^\s*import\s+|\bimport\(\s*)['"](\.[^'"]+)['"]/gm;

/** The relative modules a file's text imports, statically or not. */
function importedPaths(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((match) => match[1] as string);
}

/** The folders of src/ and, for each, the folders its modules import from (type-only imports included). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const folderOf = (file: string) => relative(SRC, dirname(file)).split('/')[0] || '.';
  for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.ts$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const path of importedPaths(readFileSync(file, 'utf8'))) {
      const to = folderOf(resolve(dirname(file), path));
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Every cycle's folders, each cycle once, as `a → b → a`. */
function cycles(graph: Map<string, Set<string>>): string[] {
  const found = new Set<string>();
  const visit = (path: string[]) => {
    const last = path[path.length - 1] as string;
    for (const next of graph.get(last) ?? []) {
      const at = path.indexOf(next);
      if (at !== -1) {
        const cycle = path.slice(at);
        const start = cycle.indexOf([...cycle].sort()[0] as string);
        found.add([...cycle.slice(start), ...cycle.slice(0, start), cycle[start]].join(' → '));
      } else visit([...path, next]);
    }
  };
  for (const folder of graph.keys()) visit([folder]);
  return [...found].sort();
}

describe('src/ folders', () => {
  it('import one another without cycles: each stage depends only on stages before it', () => {
    expect(cycles(folderGraph())).toEqual([]);
  });

  it('reads every kind of import: named, type-only, re-exported, bare and dynamic (control)', () => {
    const text = [
      "import { a } from '../a/a.ts';",
      "import type {\n  B,\n} from '../b/b.ts';",
      "export { c } from '../c/c.ts';",
      "import '../d/d.ts';",
      "const { e } = await import('../e/e.ts');",
      "const [f] = await Promise.all([import(\n  '../f/f.ts')]);",
      "import { g } from 'vitest';",
    ].join('\n');
    expect(importedPaths(text)).toEqual(['../a/a.ts', '../b/b.ts', '../c/c.ts', '../d/d.ts', '../e/e.ts', '../f/f.ts']);
  });

  it('would see a cycle (control)', () => {
    expect(cycles(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]))).toEqual(['a → b → c → a']);
  });
});
