import { join } from 'node:path';
import { resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { projectViteConfig } from '../src/vite/kit-config.ts';
import { copyFixtureBriefing, tempDirectory } from './helpers/temp-project.ts';

const deck = (name: string) => ({ name, slides: `decks/${name}`, lock: `decks/${name}/brief.lock.json` });

/** Where Vite keeps the optimised dependencies of the dev server `brief dev` would start. */
async function cacheDir(root: string, folder?: ReturnType<typeof deck>): Promise<string> {
  return (await resolveConfig(await projectViteConfig(root, 'serve', folder ? { folder } : {}), 'serve')).cacheDir;
}

describe('the dev server’s dependency cache', () => {
  it('is one of its own for each project and each deck, inside the project’s node_modules', async () => {
    // Both projects link the kit's node_modules, as briefings in a folder beside the kit may.
    const first = copyFixtureBriefing(tempDirectory('cache-'));
    const second = copyFixtureBriefing(tempDirectory('cache-'));
    const dirs = [await cacheDir(first), await cacheDir(second), await cacheDir(first, deck('a')), await cacheDir(first, deck('b'))];
    expect(new Set(dirs).size).toBe(4);
    expect(dirs[0]).toMatch(new RegExp(`^${join(first, 'node_modules/.vite/briefing-')}[0-9a-f]{12}$`));
    expect(await cacheDir(first)).toBe(dirs[0]);
  });
});
