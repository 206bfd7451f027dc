/**
 * `brief sources | head -1`: once the reader has gone, a write to the pipe
 * fails with EPIPE, which Node raised as an unhandled 'error' event with a
 * stack trace. The rest of the output has nowhere to go, so it is dropped
 * (a destroyed stream ignores later writes) and the command finishes as
 * usual, with its usual exit code. Any other write error still throws.
 */
export function dropOutputOnClosedPipe(stream: NodeJS.WritableStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
