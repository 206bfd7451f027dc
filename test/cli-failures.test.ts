import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeListenFailure } from '../src/cli/listen-failure.ts';
import { joinNegativeValues, typedValues } from '../src/cli/option-values.ts';
import { launchFailureReason } from '../src/pdf/launch-chromium.ts';
import { BIN, noStackTrace, runBriefInProcess, type CliRun } from './helpers/run-cli.ts';
import { REPO, tempDirectory } from './helpers/temp-project.ts';

const CLEAN = join(REPO, 'test/fixture/clean');

/** A copy of the clean fixture: slides and sources only (the kit supplies what Vite builds from). */
function cleanProject(): string {
  const root = tempDirectory('failures-');
  cpSync(CLEAN, root, { recursive: true });
  return root;
}

/** The run failed as a usage problem should: exit 2, stdout empty, one `brief: …` line on stderr, no stack trace. */
function expectOneLine(run: CliRun, line: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^brief: [^\n]+\n$/);
  expect(run.stderr).toMatch(line);
  noStackTrace(run.stderr);
}

describe('--root that names no folder', { timeout: 60_000 }, () => {
  const missing = join(tempDirectory('failures-'), 'no/such');
  const file = join(CLEAN, 'slides/01-title.md');
  const hint = 'Pass the project folder, the one that holds `slides/` and `assets/sources/`.';
  const commands: [string, string[]][] = [
    ['check', ['check']],
    ['build', ['build']],
    ['dev', ['dev']],
    ['pdf', ['pdf']],
    ['rehearse', ['rehearse']],
    ['sources', ['sources']],
    ['import', ['import', join(REPO, 'test/fixture/seeds/004_468284d11647a011.txt'), '--id', 'x']],
  ];

  it.each(commands)('brief %s names the path given, for a missing folder and for a file', async (_, args) => {
    expectOneLine(await runBriefInProcess([...args, '--root', missing]), new RegExp(`^brief: --root ${missing}: no such folder\\. ${escape(hint)}\n$`));
    expectOneLine(await runBriefInProcess([...args, '--root', file]), new RegExp(`^brief: --root ${file}: not a folder\\. ${escape(hint)}\n$`));
  });
});

describe('--wpm', () => {
  it.each([
    ['check', '--wpm', '-5'],
    ['rehearse', '--wpm', '-5'],
    ['rehearse', '--wpm', '-0.5'],
    ['check', '--wpm=-5'],
    ['rehearse', '--wpm', 'fast'],
  ])('brief %s %s %s says the pace must be a positive number', async (command, ...wpm) => {
    const run = await runBriefInProcess([command, '--root', CLEAN, ...wpm]);
    expectOneLine(run, /^brief: `--wpm` is the speaking pace and must be a positive number of words a minute \(such as 130\), not `(-5|-0\.5|fast)`\.\n$/);
  });

  it('still sets the pace when it is a positive number', async () => {
    const run = await runBriefInProcess(['rehearse', '--root', CLEAN, '--wpm', '65']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('notes timed at 65 words a minute');
  });

  it.each([
    [['check', '--wpm', '-5'], ['check', '--wpm=-5']],
    [['dev', '--port', '-1', '--notes', '-2'], ['dev', '--port=-1', '--notes', '-2']],
    [['x', '--wpm', '-.5', '--', '--wpm', '-5'], ['x', '--wpm=-.5', '--', '--wpm', '-5']],
    [['x', '--wpm', '-5x'], ['x', '--wpm', '-5x']],
  ])('joins a negative number to the option that takes it: %j', (argv, joined) => {
    expect(joinNegativeValues(argv, new Set(['--wpm', '--port']))).toEqual(joined);
  });
});

describe('values that look like numbers', () => {
  it('reach the command as typed: folders named 2024 and 007, a title 007', async () => {
    const parent = tempDirectory('numeric-');
    for (const name of ['2024', '007']) cpSync(CLEAN, join(parent, name), { recursive: true });
    for (const name of ['2024', '007']) {
      const run = await runBriefInProcess(['check', '--root', name], { cwd: parent });
      expect(run.code, run.stderr).toBe(0);
      noStackTrace(run.stderr);
    }
    const text = join(parent, 'text.txt');
    writeFileSync(text, 'Orwell\n\nIt was a bright cold day in April.\n');
    const run = await runBriefInProcess(['import', text, '--id', 'novel', '--title', '007', '--date', '1949', '--dry-run', '--root', join(parent, '007')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^title: "007"$/m);
  });

  it.each([
    [['check', '--root', '2024', '--wpm=130'], { '--root': '2024', '--wpm': '130' }],
    [['import', 'f', '--header', '1', '--header', '2'], { '--header': ['1', '2'] }],
    [['x', '--', '--root', '5'], {}],
  ])('keeps the typed values of %j', (argv, expected) => {
    expect(Object.fromEntries(typedValues(argv, new Set(['--root', '--wpm', '--header'])))).toEqual(expected);
  });
});

describe('brief pdf with a browser that does not start', () => {
  /** A project whose build is current, so `brief pdf` goes straight to the browser. */
  function builtProject(): string {
    const root = cleanProject();
    // Written after everything it is built from: not stale.
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/index.html'), '');
    return root;
  }

  it.each([
    [{ CHROME_PATH: '/bin/false' }, [], '`CHROME_PATH=/bin/false` did not start: it exited with code 1'],
    [{}, ['--chrome', '/bin/ls'], "`--chrome /bin/ls` did not start: /bin/ls: unrecognized option '--"],
  ])('says which browser, why, and what to do, in one line (%j %j)', async (env, args, reason) => {
    const root = builtProject();
    const run = await runBriefInProcess(['pdf', '--root', root, '--out', join(root, 'deck.pdf'), ...args], { env });
    expectOneLine(run, new RegExp(`^brief: Cannot print: the browser ${escape(reason)}.*\\. Install Chromium \\(\`apt-get install chromium\`\\) or pass \`--chrome PATH\``));
    expect(existsSync(join(root, 'deck.pdf'))).toBe(false);
  });

  it.each([
    ['nothing on stderr: how it exited', callLog(['<launched> pid=1', '[pid=1] <process did exit: exitCode=1, signal=null>']), 'it exited with code 1'],
    ['killed', callLog(['[pid=1] <process did exit: exitCode=null, signal=SIGSEGV>']), 'it was stopped by SIGSEGV'],
    [
      'the first line it wrote, past Chromium log noise',
      callLog(['[pid=1][err] [0101/000000.000:WARNING:dbus.cc] no bus', '[pid=1][err] error while loading shared libraries: libnss3.so']),
      'error while loading shared libraries: libnss3.so',
    ],
    ['a file that cannot run', 'browserType.launch: Failed to launch: Error: spawn /etc/passwd EACCES\nCall log:\n', 'spawn /etc/passwd EACCES'],
    ['anything else: its first line', 'browserType.launch: Timeout 180000ms exceeded.\nCall log:\n', 'Timeout 180000ms exceeded.'],
  ])('finds the reason in Playwright’s launch error: %s', (_, message, reason) => {
    expect(launchFailureReason(new Error(message))).toBe(reason);
  });
});

describe('brief dev on an address it cannot have', { timeout: 60_000 }, () => {
  it('refuses a busy --port instead of moving to another', async () => {
    const busy = await listenOn(0);
    try {
      const run = await runBriefAsync(['dev', '--root', cleanProject(), '--port', String(port(busy))]);
      expectOneLine(run, new RegExp(`^brief: Port ${port(busy)} is busy: another program is listening on it\\. Pass another \`--port\`, or leave \`--port\` out`));
    } finally {
      busy.close();
    }
  });

  it('refuses a --host that is not this machine’s', async () => {
    const run = await runBriefAsync(['dev', '--root', cleanProject(), '--host', '8.8.8.8']);
    expectOneLine(run, /^brief: Cannot listen on 8\.8\.8\.8: it is not an address of this machine\. Leave `--host` out to serve on 127\.0\.0\.1/);
  });

  it('without --port, takes the next free port after a busy 5173 and says so', async () => {
    // 5173 may be taken already (a developer's own `npm run dev`): busy either way.
    const held = await listenOn(5173).catch(() => undefined);
    try {
      const said = await untilServing(['dev', '--root', cleanProject()]);
      expect(said).toMatch(/^Port 5173 is busy; serving on (\d+)\.$/m);
      expect(said).not.toContain('trying another one');
    } finally {
      held?.close();
    }
  });

  it.each([
    [{ code: 'EADDRINUSE' }, 'Port 5173 is busy: another program is listening on it.'],
    [new Error('Port 5173 is already in use'), 'Port 5173 is busy: another program is listening on it.'],
    [{ code: 'EADDRNOTAVAIL' }, 'Cannot listen on 10.9.9.9: it is not an address of this machine.'],
    [{ code: 'ENOTFOUND' }, 'Cannot listen on 10.9.9.9: no such host name.'],
    [{ code: 'EACCES' }, 'Not allowed to listen on port 5173: ports below 1024 need root. Pass `--port` 1024 or above'],
  ])('explains %j', (error, start) => {
    expect(describeListenFailure(error, '10.9.9.9', 5173)).toMatch(new RegExp(`^${escape(start)}`));
  });

  it('leaves other failures alone', () => {
    expect(describeListenFailure(new Error('something else'), '127.0.0.1', 5173)).toBeUndefined();
  });
});

describe('output into a pipe that closes early', () => {
  /** Output long enough that `head -1` is gone before it is all written: many writes (`sources big`) or one large one. */
  function longProject(): string {
    const root = cleanProject();
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} says something.\n\n`).join('');
    writeFileSync(join(root, 'assets/sources/big.md'), `---\ntitle: Big\n---\n\n${paragraphs}`);
    for (let file = 0; file < 10; file++) {
      const slides = Array.from({ length: 50 }, (_, i) => `# Slide ${file}-${i}\n\nContent without a citation.\n\nNote:\n${'Words to say aloud. '.repeat(20)}`);
      writeFileSync(join(root, `slides/${String(file + 2).padStart(2, '0')}-many.md`), slides.join('\n\n---\n\n'));
    }
    return root;
  }

  it.each([['sources big'], ['check'], ['rehearse']])('brief %s | head -1 exits quietly with its usual code', (args) => {
    const root = longProject();
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${args} --root ${JSON.stringify(root)} | head -1; exit \${PIPESTATUS[0]}`;
    const run = spawnSync('bash', ['-c', command], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toHaveLength(2);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A Playwright launch error as it reads: the browser's log, then the call log, lines coloured dim. */
function callLog(lines: string[]): string {
  const browserLog = lines.filter((line) => line.includes('[err]'));
  return `browserType.launch: Target page, context or browser has been closed\nBrowser logs:\n\n${browserLog.join('\n')}\nCall log:\n${lines.map((line) => `\u001b[2m  - ${line}\u001b[22m`).join('\n')}\n`;
}

function listenOn(wanted: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(wanted, '127.0.0.1', () => resolve(server));
  });
}

function port(server: Server): number {
  return (server.address() as { port: number }).port;
}

/** `runBrief`, without blocking the event loop, so the test's own server can still accept connections. */
function runBriefAsync(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `brief dev`, waits until it prints the URL it serves on, stops it, and gives what it printed. */
function untilServing(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (/Local:\s+http/.test(stdout)) child.kill('SIGTERM');
    });
    child.on('close', () => (/Local:/.test(stdout) ? resolve(stdout) : reject(new Error(`brief dev stopped before serving: ${stdout}`))));
  });
}
