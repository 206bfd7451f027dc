import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type Marp = { available: true; bin: string; version: string } | { available: false; reason: string };

const PACKAGE = '@marp-team/marp-cli@4';

/**
 * Marp CLI for the comparison, installed on first use into `dir` (under
 * test/.tmp, ignored by git) rather than as a dependency: it is a yardstick
 * for the benchmark, not part of the kit. Where it cannot install, the
 * benchmark says why and goes on without it.
 */
export function ensureMarp(dir: string): Marp {
  const bin = join(dir, 'node_modules/.bin/marp');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    const install = spawnSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', PACKAGE], { encoding: 'utf8' });
    if (install.status !== 0 || !existsSync(bin)) return { available: false, reason: `\`npm install ${PACKAGE}\` failed: ${install.stderr.trim().split('\n').pop()}` };
  }
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) return { available: false, reason: `\`marp --version\` failed: ${version.stderr.trim()}` };
  return { available: true, bin, version: version.stdout.trim().split('\n')[0] ?? 'unknown' };
}
