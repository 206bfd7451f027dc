import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './helpers/chromium.ts';
import { hashTree, servedBuild } from './helpers/hash-tree.ts';
import { REPO, tempProject } from './helpers/temp-project.ts';

const BIN = join(REPO, 'bin/brief.js');
/** Builds killed at random moments: 10 by default, more where CI asks for them (.ci/run sets 50). */
const TRIALS = Number(process.env['KILL_TRIALS'] ?? 10);

/** Builds the project to the end, and says how long that took in milliseconds. */
function build(root: string): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [BIN, 'build', '--root', root], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return performance.now() - started;
}

describe('nothing lost', () => {
  let root: string;
  let slide: string;
  const versions: string[] = [];
  const builds: Record<string, string>[] = [];
  const fileLists: string[][] = [];
  /**
   * How long a whole build took here. Kills are spread from before the check
   * starts to after the build is in place: over half as long again, as builds
   * run slower when the machine is busier than it was when they were timed.
   */
  let buildTime = 0;

  beforeAll(() => {
    root = tempProject();
    slide = join(root, 'slides/01-opening.md');
    const original = readFileSync(slide, 'utf8');
    versions.push(original, original.replace('## Bottom line up front', '## Bottom line up front (revised)'));
    // The two builds a killed build may leave: each complete, with its own page and assets.
    for (const version of versions) {
      writeFileSync(slide, version);
      buildTime = Math.max(buildTime, build(root));
      builds.push(servedBuild(join(root, 'dist')) ?? {});
      fileLists.push(Object.keys(hashTree(join(root, 'dist'))));
    }
    expect(builds[0]).not.toEqual(builds[1]);
  });

  it(`leaves dist/ as the previous or the new complete build when a build is killed at a random moment (${TRIALS} trials)`, async () => {
    const outcomes = { previous: 0, next: 0 };
    let current = 1;
    for (let trial = 0; trial < TRIALS; trial++) {
      const next = 1 - current;
      writeFileSync(slide, versions[next] as string);
      const child = spawn(process.execPath, [BIN, 'build', '--root', root], { stdio: 'ignore' });
      const exited = new Promise((done) => child.once('exit', done));
      const delay = Math.random() * buildTime * 1.5;
      // A build that ends before its moment comes has nothing left to kill: waiting on would only pass time.
      await Promise.race([new Promise((done) => setTimeout(done, delay)), exited]);
      child.kill('SIGKILL');
      await exited;
      const served = servedBuild(join(root, 'dist'));
      if (JSON.stringify(served) === JSON.stringify(builds[current])) outcomes.previous++;
      else if (JSON.stringify(served) === JSON.stringify(builds[next])) {
        outcomes.next++;
        current = next;
      } else throw new Error(`trial ${trial} (killed after ${Math.round(delay)} ms): dist/ is neither build: ${JSON.stringify(served)}`);
    }
    console.log(`nothing lost: ${TRIALS} builds killed within ${Math.round(buildTime * 1.5)} ms of starting, ${outcomes.previous} left the previous build, ${outcomes.next} the new one`);
    // A build after the kills tidies whatever the interrupted ones left.
    build(root);
    expect(readdirSync(root).filter((name) => name.includes('.brief-staging-'))).toEqual([]);
    expect(Object.keys(hashTree(join(root, 'dist')))).toEqual(fileLists[current]);
    expect(outcomes.previous + outcomes.next).toBe(TRIALS);
  }, 300_000);

  it('never modifies slides/ or assets/ in a build, a dev server session or a PDF export', async () => {
    const before = { slides: hashTree(join(root, 'slides')), assets: hashTree(join(root, 'assets')) };
    build(root);
    const server = await createServer({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', server: { port: 0, fs: { allow: [root, REPO] } } });
    await server.listen();
    const response = await fetch(server.resolvedUrls?.local[0] ?? '');
    expect(response.status).toBe(200);
    await server.close();
    if (chromiumPath()) {
      const pdf = spawnSync(process.execPath, [BIN, 'pdf', '--root', root, '--out', join(root, 'out.pdf')], { encoding: 'utf8' });
      expect(pdf.status, pdf.stderr).toBe(0);
    }
    expect({ slides: hashTree(join(root, 'slides')), assets: hashTree(join(root, 'assets')) }).toEqual(before);
  }, 120_000);
});
