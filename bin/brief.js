#!/usr/bin/env node
import { loadKit } from '../kit/load-kit.js';

const kit = await loadKit(
  () => import('../lib/cli/main.js'),
  () => import('../src/cli/main.ts'),
);
if (kit.kind === 'loaded') {
  process.exitCode = await kit.module.main(process.argv.slice(2));
} else {
  process.stderr.write(`brief: ${kit.reason}\n`);
  process.exitCode = 2;
}
