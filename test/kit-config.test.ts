import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingConfig } from '../src/vite/kit-config.ts';
import { tempDirectory } from './helpers/temp-project.ts';

describe('the kit’s Vite configuration', () => {
  it.each([
    ['no PostCSS set-up', {}, 'lightningcss'],
    ['a postcss.config.js', { 'postcss.config.js': 'export default { plugins: [] };' }, 'postcss'],
    ['a .postcssrc.json', { '.postcssrc.json': '{}' }, 'postcss'],
    ['postcss in package.json', { 'package.json': '{ "name": "b", "postcss": { "plugins": {} } }' }, 'postcss'],
    ['a package.json without it', { 'package.json': '{ "name": "b" }' }, 'lightningcss'],
    ['a package.json that is not JSON', { 'package.json': '{ name' }, 'lightningcss'],
  ])('reads CSS with Lightning CSS unless the project has a PostCSS set-up of its own: %s', (_name, files: Record<string, string>, transformer) => {
    const root = tempDirectory('kit-config-');
    mkdirSync(root, { recursive: true });
    for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
    expect(briefingConfig({ root }).css?.transformer).toBe(transformer);
  });
});
