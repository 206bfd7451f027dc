import { compiledKitIsFresh } from './compiled-kit.js';

const KIT = new URL('../', import.meta.url);
let compiled;
let typeScriptLoader;

/**
 * Imports one of the kit's modules (`path` under src/, without extension):
 * its compiled copy in lib/, which `npm ci` writes (the `prepare` script),
 * while that copy is current; else the TypeScript itself, through tsx.
 * Compiled, commands start without a TypeScript loader, through which every
 * module load is a round trip to a loader thread (it cost a build half a
 * second and 140 MB); a kit with edits lib/ lacks still runs, from src/.
 */
export async function importKit(path) {
  compiled ??= compiledKitIsFresh(new URL('src', KIT).pathname, new URL('lib', KIT).pathname);
  if (compiled) return import(new URL(`lib/${path}.js`, KIT).href);
  typeScriptLoader ??= import('tsx/esm/api').then(({ register }) => register());
  await typeScriptLoader;
  return import(new URL(`src/${path}.ts`, KIT).href);
}
