import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that are one process after another for a long stretch start first, then vitest's own order:
 * the type check (one tsc of 10–15 s) and the kill trials (builds one at a time: 10–15 s, 40 s with
 * CI's 50). The other worker's files run beside them. Started last (vitest runs small files last when
 * it has no timings yet, as in CI), each would lengthen the run by most of its length with one core idle:
 * in a clean checkout the kill trials' file ran last, 38 s, beside nothing.
 */
const START_FIRST = ['/test/typecheck.test.ts', '/test/nothing-lost.test.ts'];

class LongSingleProcessFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = START_FIRST.findIndex((ending) => file.moduleId.endsWith(ending));
      return index === -1 ? START_FIRST.length : index;
    };
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
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
    sequence: { sequencer: LongSingleProcessFilesFirst },
  },
});
