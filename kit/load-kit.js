/**
 * Loads the kit: the JavaScript in lib/ that `npm ci` compiles (the `dependencies`
 * script) or `npm run compile` does, so `brief` starts without a TypeScript
 * loader; or, when BRIEFING_KIT_SOURCE=1, the TypeScript in src/ through tsx,
 * to try an edit without compiling. Nothing is compared or guessed: lib/ is
 * what runs unless the variable says otherwise.
 *
 * Each entry passes both imports as literal `import()` calls, so tools that
 * follow imports see the kit's modules.
 *
 * @param {() => Promise<T>} compiled the entry's module in lib/
 * @param {() => Promise<T>} source the same module in src/
 * @returns {Promise<{ kind: 'loaded', module: T } | { kind: 'unavailable', reason: string }>}
 * @template T
 */
export async function loadKit(compiled, source) {
  if (process.env.BRIEFING_KIT_SOURCE === '1') {
    try {
      await registerTypeScript();
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
      return { kind: 'unavailable', reason: 'BRIEFING_KIT_SOURCE=1 runs src/ through tsx, which is not installed: run `npm ci`.' };
    }
    return { kind: 'loaded', module: await source() };
  }
  try {
    return { kind: 'loaded', module: await compiled() };
  } catch (error) {
    // Only a module of lib/ itself missing: a package that cannot be found is another problem, and says so itself.
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.url).startsWith(LIB)) throw error;
    return { kind: 'unavailable', reason: 'the kit is not compiled (lib/ is missing or incomplete): run `npm run compile`, or set BRIEFING_KIT_SOURCE=1 to run src/ through tsx.' };
  }
}

const LIB = new URL('../lib/', import.meta.url).href;

/** tsx's loader, registered once per process: the CLI and the Vite config it loads both come here. */
let typeScript;

function registerTypeScript() {
  typeScript ??= import('tsx/esm/api').then(({ register }) => {
    register();
  });
  return typeScript;
}
