import { createServer } from 'node:net';

/** Vite's own error for a busy port under `strictPort`, which carries no error code. */
const VITE_PORT_IN_USE = /^Port \d+ is already in use/;

/**
 * Why the dev server could not listen on `host:port`, in words with what to
 * do instead; undefined for a failure that is not about the address.
 */
export function describeListenFailure(error: unknown, host: string, port: number): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : '';
  if (code === 'EADDRINUSE' || VITE_PORT_IN_USE.test(message)) {
    return `Port ${port} is busy: another program is listening on it. Pass another \`--port\`, or leave \`--port\` out to take the next free one.`;
  }
  if (code === 'EADDRNOTAVAIL') {
    return `Cannot listen on ${host}: it is not an address of this machine. Leave \`--host\` out to serve on 127.0.0.1, or give one of this machine's addresses.`;
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `Cannot listen on ${host}: no such host name. Leave \`--host\` out to serve on 127.0.0.1, or give one of this machine's addresses.`;
  }
  if (code === 'EACCES') {
    return `Not allowed to listen on port ${port}: ports below 1024 need root. Pass \`--port\` 1024 or above, or leave it out for 5173.`;
  }
  return undefined;
}

/**
 * Whether `host:port` can be listened on, tried with a bare server that is
 * closed at once: a bad `--host` or a busy `--port` is then refused before Vite
 * loads the config and starts optimising dependencies. Port 0 tries the host
 * alone. Gives the reason it cannot, or undefined.
 */
export function tryAddress(host: string, port: number): Promise<string | undefined> {
  return new Promise((settle) => {
    const probe = createServer();
    probe.once('error', (error) => settle(describeListenFailure(error, host, port)));
    probe.listen(port, host, () => probe.close(() => settle(undefined)));
  });
}
