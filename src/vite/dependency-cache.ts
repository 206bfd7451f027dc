import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { DeckFolder } from '../project/decks.ts';

/**
 * Gives each project and deck a dependency cache of its own, in
 * `node_modules/.vite/briefing-<hash>`, unless the configuration names one.
 * Vite's default is the `node_modules/.vite` nearest the project, which two
 * dev servers share when they serve two decks of one project, or two
 * projects under one `node_modules` (a folder of briefings beside the kit):
 * one server's dependency optimisation then replaces files the other's page
 * is loading, and that page may never finish loading.
 */
export function dependencyCache(folder?: DeckFolder): Plugin {
  return {
    name: 'briefing-kit:dependency-cache',
    config(config) {
      if (config.cacheDir !== undefined) return undefined;
      const root = resolve(config.root ?? process.cwd());
      const key = createHash('sha256').update(`${root}\n${folder?.name ?? ''}`).digest('hex').slice(0, 12);
      return { cacheDir: join(root, 'node_modules', '.vite', `briefing-${key}`) };
    },
  };
}
