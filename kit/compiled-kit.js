import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What tsc writes for each kind of module in src/ (tsconfig.lib.json); other files (CSS, declarations) are not compiled. */
function compiledName(name) {
  if (name.endsWith('.d.ts')) return undefined;
  if (name.endsWith('.ts')) return `${name.slice(0, -3)}.js`;
  if (name.endsWith('.mjs')) return name;
  return undefined;
}

/**
 * Whether `lib` holds a current compiled copy of every module in `src`: each
 * one's JavaScript exists and was written after the module last changed. A
 * module edited, added or checked out since `npm run compile` makes the copy
 * stale, and the CLI then runs the TypeScript itself.
 */
export function compiledKitIsFresh(src, lib) {
  try {
    for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const compiled = compiledName(entry.name);
      if (compiled === undefined) continue;
      const folder = relative(src, entry.parentPath);
      if (statSync(join(lib, folder, compiled)).mtimeMs < statSync(join(entry.parentPath, entry.name)).mtimeMs) return false;
    }
    return true;
  } catch {
    // No lib/ at all, or a module with no compiled copy.
    return false;
  }
}
