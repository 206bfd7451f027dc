import type { Reporter, SerializedError, TestCase, TestModule } from 'vitest/node';

/**
 * Ends the run with a plain `tests: N passed, N failed, N skipped` line, the
 * form CI reads the count from whatever the runner. A test that never ran
 * because its suite's hook or its file failed counts as failed, not skipped,
 * and so does a file that failed before declaring any test.
 */
export default class ClosingCount implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const count = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    for (const module of testModules) {
      const tests = [...module.children.allTests()];
      if (tests.length === 0 && module.errors().length > 0) count.failed++;
      for (const test of tests) {
        const state = test.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed' || enclosingFailed(test)) count.failed++;
        else count.skipped++;
      }
    }
    process.stdout.write(`\ntests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`);
  }
}

function enclosingFailed(test: TestCase): boolean {
  for (let parent: TestCase['parent'] | undefined = test.parent; parent; parent = parent.type === 'module' ? undefined : parent.parent) {
    if (parent.errors().length > 0) return true;
  }
  return false;
}
