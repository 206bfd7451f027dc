import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    setupFiles: ['./test/stop-sanitizer.ts'],
    // One test file per CPU, not vitest's CPUs - 1: most files wait on child processes and Chromium, and
    // on a 2-core machine the default of one worker leaves a core idle whenever they do.
    maxWorkers: availableParallelism(),
    // The kit keeps no state in module globals (state lives in sessions passed in), so test files may share a worker's
    // loaded modules: importing them afresh for every file cost 45 s of a 4-minute run.
    isolate: false,
    testTimeout: 30_000,
    reporters: ['default', './test/reporters/closing-count.ts'],
  },
});
