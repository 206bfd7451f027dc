import { Worker } from 'node:worker_threads';

/**
 * Starts the worker module `name` that sits beside the module at `parent`:
 * in lib/, compiled, as `name.js` in plain Node; under src/ (vitest, or
 * BRIEFING_KIT_SOURCE=1), as `name.ts` through tsx. A worker does not inherit
 * a loader registered from code, and on Node 20 `--import tsx` in a worker's
 * `execArgv` registers nothing, so a one-line bootstrap registers tsx in the
 * worker and then imports the module.
 */
export function startWorkerBeside(parent: string, name: string): Worker {
  // Workers inherit the parent's Node flags; no kind needs any.
  if (parent.endsWith('.js')) return new Worker(new URL(`./${name}.js`, parent), { execArgv: [] });
  // Resolved from the kit, not from the folder brief runs in, which may have no node_modules.
  const tsx = import.meta.resolve('tsx/esm/api');
  const module = new URL(`./${name}.ts`, parent).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(module)}); });`;
  return new Worker(bootstrap, { eval: true, execArgv: [] });
}
