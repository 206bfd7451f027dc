import { join, resolve } from 'node:path';
import { createServer } from 'vite';
import { EXIT, UsageError } from '../usage-error.ts';

/**
 * `brief dev`: serves the deck on localhost only, re-checking and updating the
 * open deck in place whenever a slide or source is saved. Runs until stopped.
 */
export async function runDev(options: { root: string; port?: string | number; host: string }): Promise<number> {
  const port = options.port === undefined ? undefined : Number(options.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) throw new UsageError(`Invalid port \`${options.port}\`.`);
  const root = resolve(options.root);
  const server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    server: { host: options.host, ...(port !== undefined ? { port } : {}) },
  });
  await server.listen();
  server.printUrls();
  await new Promise<void>((done) => {
    const stop = () => void server.close().then(done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.ok;
}
