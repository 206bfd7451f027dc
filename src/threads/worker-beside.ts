import { Worker } from 'node:worker_threads';

/**
 * Starts the worker module `name` that sits beside the module at `parent`:
 * in lib/, compiled, as `name.js` in plain Node; under src/ (vitest, or
 * BRIEFING_KIT_SOURCE=1), as `name.ts` through tsx. A worker does not inherit
 * a loader registered from code, and on Node 20 `--import tsx` in a worker's
 * `execArgv` registers nothing, so a one-line bootstrap registers tsx in the
 * worker and then imports the module. In lib/, `packages` is unused.
 * `workerData` is handed to the worker as Node's `workerData`.
 */
export function startWorkerBeside(parent: string, name: string, packages: readonly string[] = [], workerData?: unknown): Worker {
  // Workers inherit the parent's Node flags; no kind needs any.
  if (parent.endsWith('.js')) return new Worker(new URL(`./${name}.js`, parent), { execArgv: [], workerData });
  // Resolved from the kit, not from the folder brief runs in, which may have no node_modules.
  const tsx = import.meta.resolve('tsx/esm/api');
  const module = new URL(`./${name}.ts`, parent).href;
  // `packages`, the large ones the worker imports, are loaded before tsx's loader: its hooks, on a thread of their own,
  // would be asked about each of their hundreds of modules (Vite: 0.4 s to load this way, 1 s through them).
  const preload = packages.map((specifier) => `await import(${JSON.stringify(import.meta.resolve(specifier))});`).join(' ');
  const bootstrap = `(async () => { ${preload} const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(module)}); })();`;
  return new Worker(bootstrap, { eval: true, execArgv: [], workerData });
}
