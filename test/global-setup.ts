import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO } from './helpers/temp-project.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder for what this test run's files share (see helpers/built-deck.ts); removed when the run ends. */
    runFolder: string;
  }
}

export default function setup(project: TestProject): () => void {
  const folder = join(REPO, 'test/.tmp', `run-${process.pid}`);
  mkdirSync(folder, { recursive: true });
  project.provide('runFolder', folder);
  return () => rmSync(folder, { recursive: true, force: true });
}
