import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Lightning CSS reads the kit's stylesheets (themes, KaTeX's, the fonts')
 * and rewrites their URLs as PostCSS did, in a tenth of the time a build gave
 * PostCSS (70 ms of a small deck's 0.8 s). A project with a PostCSS set-up of
 * its own (a `postcss.config.*`, a `.postcssrc*`, or `postcss` in its
 * package.json) keeps PostCSS, so that its plugins run; so does a project
 * whose Vite configuration names a CSS transformer itself. Decided in the
 * `config` hook, where Vite's root is known (it need not be the folder
 * `brief` runs in).
 */
export function cssReader(): Plugin {
  return {
    name: 'briefing-kit:css',
    config: (config) => (config.css?.transformer ? undefined : { css: { transformer: cssTransformer(resolve(config.root ?? process.cwd())) } }),
  };
}

function cssTransformer(root: string): 'lightningcss' | 'postcss' {
  const files = existsSync(root) ? readdirSync(root) : [];
  if (files.some((name) => name.startsWith('postcss.config.') || name.startsWith('.postcssrc'))) return 'postcss';
  if (!files.includes('package.json')) return 'lightningcss';
  try {
    return 'postcss' in (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as object) ? 'postcss' : 'lightningcss';
  } catch {
    // A package.json that is not JSON configures nothing; npm will say what is wrong with it.
    return 'lightningcss';
  }
}
