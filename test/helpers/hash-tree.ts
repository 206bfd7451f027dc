import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';

/**
 * Every entry under `root`, by relative path: a file's SHA-256, a folder as
 * `folder`, a symbolic link as `-> target` (not followed, so a project's
 * linked `node_modules/` is one entry). Equal before and after a command
 * means the command created, changed and removed nothing there.
 */
export function hashTree(root: string): Record<string, string> {
  if (!existsSync(root)) return {};
  const entries: [string, string][] = [];
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const name = relative(root, path);
      if (entry.isSymbolicLink()) entries.push([name, `-> ${readlinkSync(path)}`]);
      else if (entry.isDirectory()) {
        entries.push([name, 'folder']);
        visit(path);
      } else entries.push([name, createHash('sha256').update(readFileSync(path)).digest('hex')]);
    }
  };
  if (lstatSync(root).isDirectory()) visit(root);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** index.html and every file it refers to, directly or through its stylesheets (fonts): what a browser needs of a build. */
export function servedBuild(dist: string): Record<string, string> | undefined {
  const page = join(dist, 'index.html');
  if (!existsSync(page)) return undefined;
  const document = new JSDOM(readFileSync(page, 'utf8')).window.document;
  const files = ['index.html', ...[...document.querySelectorAll('script[src], link[href]')].map((el) => (el.getAttribute('src') ?? el.getAttribute('href') ?? '').replace(/^\.\//, ''))];
  for (const css of files.filter((f) => f.endsWith('.css') && existsSync(join(dist, f)))) {
    for (const match of readFileSync(join(dist, css), 'utf8').matchAll(/url\(["']?(?!data:)([^"')]+)["']?\)/g)) files.push(join('assets', match[1] as string));
  }
  const all = hashTree(dist);
  return Object.fromEntries(files.sort().map((f) => [f, all[f] ?? 'MISSING']));
}
