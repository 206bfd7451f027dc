import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/temp-project.ts';

const SRC = join(REPO, 'src');
const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/gm;

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
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = folderOf(resolve(dirname(file), match[1] as string));
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

  it('would see a cycle (control)', () => {
    expect(cycles(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]))).toEqual(['a → b → c → a']);
  });
});
