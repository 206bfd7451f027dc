import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noStackTrace } from './helpers/run-cli.ts';
import { REPO, tempDirectory } from './helpers/temp-project.ts';

const SOURCE = { BRIEFING_KIT_SOURCE: '1' };
const NOT_COMPILED = 'the kit is not compiled (lib/ is missing or incomplete): run `npm run compile`, or set BRIEFING_KIT_SOURCE=1 to run src/ through tsx.';

/** A copy of the kit's entry points (bin/, kit/, package.json) beside `files`, with the kit's node_modules linked in. */
function kitWith(files: Record<string, string>): string {
  const kit = tempDirectory('kit-');
  for (const path of ['bin', 'kit', 'package.json']) cpSync(join(REPO, path), join(kit, path), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(kit, 'node_modules'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(kit, path)), { recursive: true });
    writeFileSync(join(kit, path), text);
  }
  return kit;
}

/** Entry modules that say which copy of the kit ran; the src/ ones are TypeScript, which only runs through tsx. */
const BOTH = {
  'lib/cli/main.js': 'export async function main(argv) { process.stdout.write(`lib ${argv.join(" ")}\\n`); return 3; }',
  'src/cli/main.ts': 'export async function main(argv: string[]): Promise<number> { process.stdout.write(`src ${argv.join(" ")}\\n`); return 4; }',
  'lib/vite/plugins.js': 'export const briefing = () => "lib", contentSecurityPolicyTag = briefing, fileUrlScripts = briefing;',
  'src/vite/plugins.ts': 'export const briefing = (): string => "src", contentSecurityPolicyTag = briefing, fileUrlScripts = briefing;',
};
const SOURCE_ONLY = Object.fromEntries(Object.entries(BOTH).filter(([path]) => path.startsWith('src/')));

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const ran = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', BRIEFING_KIT_SOURCE: '', ...env } });
  return { code: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

/** What a project's vite.config.ts gets from `briefing-kit/vite`, asked from inside the copy of the kit. */
function vitePlugins(kit: string, env: NodeJS.ProcessEnv = {}) {
  return run(['--input-type=module', '-e', 'const { briefing } = await import("briefing-kit/vite"); process.stdout.write(briefing());'], kit, env);
}

describe('which copy of the kit runs', () => {
  it.each([
    ['lib/, compiled, by default', {}, 'lib check --root x\n', 3, 'lib'],
    ['src/ through tsx with BRIEFING_KIT_SOURCE=1', SOURCE, 'src check --root x\n', 4, 'src'],
  ])('the CLI and the Vite plugins run %s', (_, env, stdout, code, plugins) => {
    const kit = kitWith(BOTH);
    expect(run([join(kit, 'bin/brief.js'), 'check', '--root', 'x'], kit, env)).toEqual({ code, stdout, stderr: '' });
    expect(vitePlugins(kit, env)).toEqual({ code: 0, stdout: plugins, stderr: '' });
  });

  it('without lib/, the CLI says in one line how to compile it and exits 2', () => {
    const kit = kitWith(SOURCE_ONLY);
    const cli = run([join(kit, 'bin/brief.js'), 'check'], kit);
    expect(cli).toEqual({ code: 2, stdout: '', stderr: `brief: ${NOT_COMPILED}\n` });
    // The Vite config cannot print and exit for Vite: it fails with the same reason.
    const vite = vitePlugins(kit);
    expect(vite.code).not.toBe(0);
    expect(vite.stderr).toContain(`briefing-kit: ${NOT_COMPILED}`);
  });

  it('a lib/ missing a module is not compiled either; a missing package is not taken for it', () => {
    const kit = kitWith({ ...SOURCE_ONLY, 'lib/cli/main.js': 'export { main } from "./commands.js";' });
    const cli = run([join(kit, 'bin/brief.js'), 'check'], kit);
    expect(cli).toEqual({ code: 2, stdout: '', stderr: `brief: ${NOT_COMPILED}\n` });
    writeFileSync(join(kit, 'lib/cli/main.js'), 'export { main } from "no-such-package";');
    expect(run([join(kit, 'bin/brief.js'), 'check'], kit).stderr).toContain("Cannot find package 'no-such-package'");
  });
});

describe('the real kit, compiled and from src/', { timeout: 60_000 }, () => {
  /**
   * The kit's own layout (the briefing beside the code) with a slide whose raw
   * HTML only the sanitizer's worker can clean. src/ is always there: the
   * deck's own script, which Vite bundles, is TypeScript in src/deck/.
   */
  function briefingKit(compiled: boolean): string {
    const kit = tempDirectory('kit-');
    for (const path of ['bin', 'kit', 'package.json', 'index.html', 'vite.config.ts']) cpSync(join(REPO, path), join(kit, path), { recursive: true });
    for (const folder of ['src', 'node_modules', ...(compiled ? ['lib'] : [])]) symlinkSync(join(REPO, folder), join(kit, folder));
    cpSync(join(REPO, 'test/fixture/clean'), kit, { recursive: true });
    appendFileSync(join(kit, 'slides/01-title.md'), '\n---\n\n# Raw HTML\n\n<b onclick="alert(1)">Costs rose</b> [@memo ¶2]\n\nNote:\nThe costs.\n');
    return kit;
  }

  it.each([
    ['lib/', true, {}],
    ['src/ with no lib/ at all', false, SOURCE],
  ] as const)('builds from %s, sanitizing in a worker thread', (_, compiled, env) => {
    const kit = briefingKit(compiled);
    const build = run([join(kit, 'bin/brief.js'), 'build'], kit, env);
    noStackTrace(build.stderr);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    expect(build.stdout).toContain('0 errors, 0 warnings');
    const page = readFileSync(join(kit, 'dist/index.html'), 'utf8');
    expect(page).toContain('<b>Costs rose</b>');
    expect(page).not.toContain('onclick');
  });
});
