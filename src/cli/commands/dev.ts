import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createLogger, createServer, type Logger, type ViteDevServer } from 'vite';
import { describeListenFailure, tryAddress } from '../listen-failure.ts';
import { EXIT, UsageError } from '../../diagnostics/usage-error.ts';
import { projectViteConfig } from '../../vite/kit-config.ts';
import { chosenDeck } from '../deck-option.ts';

/** Vite's note while it looks for a free port; `brief dev` says where it ended up instead. */
const PORT_SEARCH = /^Port \d+ is in use, trying another one/;

/**
 * `brief dev`: serves the deck on localhost only, re-checking and updating the
 * open deck in place whenever a slide or source is saved. Runs until stopped.
 * A port given with `--port` is kept to (a busy one is refused); without it,
 * the next free port after Vite's default is taken, and said.
 */
export async function runDev(options: { root: string; port?: string | number; host: string; deck?: unknown }): Promise<number> {
  const port = options.port === undefined ? undefined : Number(options.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) throw new UsageError(`\`--port\` takes a port number from 1 to 65535 (or 0 for any free one), not \`${options.port}\`.`);
  const root = resolve(options.root);
  const { folder } = await chosenDeck(root, options.deck, 'dev');
  const unavailable = await tryAddress(options.host, port ?? 0);
  if (unavailable) throw new UsageError(unavailable);
  const config = await projectViteConfig(root, 'serve', { folder });
  const server = await createServer({
    ...config,
    customLogger: withoutPortSearch(createLogger()),
    server: { ...config.server, host: options.host, ...(port !== undefined ? { port, strictPort: true } : {}) },
  });
  await listen(server, options.host);
  server.printUrls();
  await new Promise<void>((done) => {
    const stop = () => void server.close().then(done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.ok;
}

/**
 * Listens, turning a failure to bind (the address taken since it was tried)
 * into one line that says why; says so when the default port was busy and
 * another was taken.
 */
async function listen(server: ViteDevServer, host: string): Promise<void> {
  const wanted = server.config.server.port;
  try {
    await server.listen();
  } catch (error) {
    await server.close();
    const reason = describeListenFailure(error, host, (error as { port?: number }).port ?? wanted);
    if (reason === undefined) throw error;
    throw new UsageError(reason);
  }
  const serving = (server.httpServer?.address() as AddressInfo | null)?.port;
  // Port 0 asks for any free port: that one moving is no news.
  if (serving !== undefined && wanted !== 0 && serving !== wanted) process.stdout.write(`Port ${wanted} is busy; serving on ${serving}.\n`);
}

/** Vite's logger, less its "trying another one" notes. */
function withoutPortSearch(logger: Logger): Logger {
  return Object.assign(Object.create(logger) as Logger, {
    info: (message: string, options?: Parameters<Logger['info']>[1]) => {
      if (!PORT_SEARCH.test(message)) logger.info(message, options);
    },
  });
}
