import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The type check first, then vitest's own order: it is one process of 10–15 s that the other files
 * run beside; started last (vitest runs small files last when it has no timings yet, as in CI), it
 * would lengthen the run by its whole length.
 */
class TypeCheckFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isTypeCheck = (file: TestSpecification) => file.moduleId.endsWith('/test/typecheck.test.ts');
    return [...sorted.filter(isTypeCheck), ...sorted.filter((file) => !isTypeCheck(file))];
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    // One test file per CPU, not vitest's CPUs - 1: most files wait on child processes and Chromium, and
    // on a 2-core machine the default of one worker leaves a core idle whenever they do.
    maxWorkers: availableParallelism(),
    // The kit keeps no state in module globals (state lives in sessions passed in), so test files may share a worker's
    // loaded modules: importing them afresh for every file cost 45 s of a 4-minute run.
    isolate: false,
    testTimeout: 30_000,
    // Hooks start and close Chromium contexts, dev servers and builds; on a loaded 2-core machine closing a dev
    // server took over vitest's default 10 s once in CI (it waits for its in-flight requests). A limit that
    // only guards against a hang, like testTimeout.
    hookTimeout: 60_000,
    reporters: ['default', './test/reporters/closing-count.ts'],
    sequence: { sequencer: TypeCheckFirst },
  },
});
