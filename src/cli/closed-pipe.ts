/**
 * `brief sources | head -1`: once the reader has gone, a write to the pipe
 * fails with EPIPE, which Node raised as an unhandled 'error' event with a
 * stack trace. The rest of the output has nowhere to go, so it is dropped
 * (a destroyed stream ignores later writes) and the command finishes as
 * usual, with its usual exit code. Any other write error still throws.
 *
 * Attached once per stream: `main` runs many times in one process in the
 * kit's tests, and a listener per run would pile up on process.stdout.
 */
export function dropOutputOnClosedPipe(stream: NodeJS.WritableStream): void {
  if (!stream.listeners('error').includes(ignoreClosedPipe)) stream.on('error', ignoreClosedPipe);
}

function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
}
