import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfigFromFile, mergeConfig, type InlineConfig, type PluginOption, type UserConfig } from 'vite';
import { briefing, type BriefingPluginOptions } from './briefing-plugin.ts';
import { contentSecurityPolicyTag } from './content-security-policy.ts';
import { cssReader } from './css-reader.ts';
import { fileUrlScripts } from './file-url-scripts.ts';
import { kitPage } from './kit-page.ts';
import { mathFonts } from './math-fonts.ts';

/** The names of the kit's plugins: a project's own copies of them give way to the ones `brief` configures. */
const KIT_PLUGIN = /^briefing-kit(?::|$)/;

/**
 * The Vite configuration a briefing is built and served with: the kit's
 * plugins, the kit's page and deck script for a project that has no
 * `index.html` of its own, a deck that opens from disk (relative URLs, one
 * classic script), and a dev server on this machine only. A project needs
 * no `vite.config.ts`; one that has it may export this as it is
 * (`export default briefingConfig()`), or add to it.
 */
export function briefingConfig(options: BriefingPluginOptions = {}): UserConfig {
  return {
    // Relative URLs, so the built deck opens from any folder, a USB stick included.
    base: './',
    plugins: [kitPage(), briefing(options), cssReader(), mathFonts(), fileUrlScripts(), contentSecurityPolicyTag()],
    // The dev server shows unpublished analysis: never on the network by default.
    server: { host: '127.0.0.1' },
    // The deck's script imports only ES modules (reveal.js), which need no pre-bundling. Left to discover
    // dependencies, Vite optimised them on a server's first page and reloaded it, losing a save made
    // meanwhile; and two servers sharing one node_modules/.vite replaced each other's files.
    optimizeDeps: { noDiscovery: true },
    build: {
      outDir: 'dist',
      modulePreload: false,
      cssCodeSplit: false,
      // A source's original PDF is opened at a page (`#page=3`), which a browser does not do for a data: URL: never inline one.
      assetsInlineLimit: (file: string) => (file.endsWith('.pdf') ? false : undefined),
      // One classic script: module scripts do not load from file://.
      rolldownOptions: { output: { format: 'iife', codeSplitting: false } },
    },
  };
}

/**
 * The configuration `brief build` and `brief dev` run Vite with: the kit's,
 * for the project at `root`, with the project's own `vite.config.*` merged
 * over it when it has one. The project's copies of the kit's plugins are
 * dropped for the kit's own, which carry what the command hands them (the
 * deck `brief build` has loaded already).
 */
export async function projectViteConfig(root: string, command: 'build' | 'serve', options: BriefingPluginOptions = {}): Promise<InlineConfig> {
  return withKitConfig(root, await ownViteConfig(root, command), options);
}

/**
 * The project's own `vite.config.*`, less its copies of the kit's plugins;
 * nothing when it has none. It does not depend on the deck, so `brief build`
 * loads it while the deck is checked.
 */
export async function ownViteConfig(root: string, command: 'build' | 'serve'): Promise<UserConfig> {
  const hasOwn = ['vite.config.ts', 'vite.config.js', 'vite.config.mjs', 'vite.config.mts'].some((name) => existsSync(join(root, name)));
  const loaded = hasOwn ? await loadConfigFromFile({ command, mode: command === 'build' ? 'production' : 'development' }, undefined, root, 'silent') : null;
  return loaded ? { ...loaded.config, plugins: await withoutKitPlugins(loaded.config.plugins ?? []) } : {};
}

/** The kit's configuration for the project at `root`, with the project's own (`ownViteConfig`) merged over it. */
export function withKitConfig(root: string, own: UserConfig, options: BriefingPluginOptions = {}): InlineConfig {
  return { ...mergeConfig(briefingConfig({ ...options, root }), own), root, configFile: false };
}

async function withoutKitPlugins(plugins: PluginOption[]): Promise<PluginOption[]> {
  const kept: PluginOption[] = [];
  for (const option of plugins) {
    const plugin = await option;
    if (Array.isArray(plugin)) kept.push(await withoutKitPlugins(plugin));
    else if (plugin && !KIT_PLUGIN.test(plugin.name)) kept.push(plugin);
  }
  return kept;
}
