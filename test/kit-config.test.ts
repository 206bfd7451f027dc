import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigEnv, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { cssReader } from '../src/vite/css-reader.ts';
import { tempDirectory } from './helpers/temp-project.ts';

/** What the kit's CSS plugin sets for a project at `root` whose own configuration is `config`. */
function configured(root: string, config: UserConfig = {}): UserConfig | undefined {
  const hook = cssReader().config as (config: UserConfig, env: ConfigEnv) => UserConfig | undefined;
  return hook({ ...config, root }, { command: 'build', mode: 'production' });
}

describe('the kit’s Vite configuration', () => {
  it.each([
    ['no PostCSS set-up', {}, 'lightningcss'],
    ['a postcss.config.js', { 'postcss.config.js': 'export default { plugins: [] };' }, 'postcss'],
    ['a .postcssrc.json', { '.postcssrc.json': '{}' }, 'postcss'],
    ['postcss in package.json', { 'package.json': '{ "name": "b", "postcss": { "plugins": {} } }' }, 'postcss'],
    ['a package.json without it', { 'package.json': '{ "name": "b" }' }, 'lightningcss'],
    ['a package.json that is not JSON', { 'package.json': '{ name' }, 'lightningcss'],
  ])('reads CSS with Lightning CSS unless the project (Vite’s root) has a PostCSS set-up of its own: %s', (_name, files: Record<string, string>, transformer) => {
    const root = tempDirectory('kit-config-');
    mkdirSync(root, { recursive: true });
    for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
    expect(configured(root)?.css?.transformer).toBe(transformer);
  });

  it('leaves a CSS transformer the project names itself as it is', () => {
    expect(configured(tempDirectory('kit-config-'), { css: { transformer: 'postcss' } })).toBeUndefined();
  });
});
