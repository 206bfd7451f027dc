import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from '../src/pdf/find-browser.ts';
import { copyBriefing, generateProject } from './generate-project.ts';
import { measureBrief, measureCommand, type Measurement } from './measure.ts';

/**
 * `npm run bench`: times the kit against baselines measured in the same run
 * on the same machine, and writes the table to bench/RESULTS.md. Figures are
 * reported as ratios because these machines are shared and noisy.
 */
const REPO = new URL('../', import.meta.url).pathname;
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const TSX = join(REPO, 'node_modules/.bin/tsx');

interface Row {
  case: string;
  kit: Measurement;
  baseline?: { name: string; measurement: Measurement };
  target?: string;
}

async function main(): Promise<void> {
  const browser = findBrowser(undefined);
  if ('missing' in browser) throw new Error(`bench needs Chromium: ${browser.missing}`);
  mkdirSync(join(REPO, 'test/.tmp'), { recursive: true });
  const work = mkdtempSync(join(REPO, 'test/.tmp/bench-'));
  const rows: Row[] = [];
  try {
    const real = join(work, 'real');
    mkdirSync(real);
    copyBriefing(real);
    const generated = generateProject(join(work, 'gen-300'), 300);

    for (const [name, root] of [
      ['real deck (16 slides)', real],
      ['generated deck (300 slides)', generated],
    ] as const) {
      measureBrief(['build', '--root', root], 1, root);
      const kit = measureBrief(['pdf', '--root', root, '--out', join(root, 'kit.pdf')], RUNS, root);
      const baseline = measureCommand(TSX, [join(REPO, 'bench/minimal-print.ts'), join(root, 'dist/index.html'), join(root, 'baseline.pdf')], RUNS, root);
      rows.push({ case: `brief pdf, ${name}`, kit, baseline: { name: 'minimal print', measurement: baseline }, target: '≤ 1.1× minimal print' });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const report = formatReport(rows);
  writeFileSync(join(REPO, 'bench/RESULTS.md'), report);
  process.stdout.write(report);
}

function formatReport(rows: Row[]): string {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${osType()} ${release()}, Node ${process.version}`;
  const lines = [
    '# Benchmarks',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, ${RUNS} runs each (median wall time; peak RSS of the command).`,
    'Ratios compare with a baseline measured in the same run: these machines are shared and noisy, so the ratio is the figure to read.',
    '',
    '| case | kit | peak memory | baseline | ratio | target |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((row) => {
      const base = row.baseline;
      const ratio = base ? `${(row.kit.medianMs / base.measurement.medianMs).toFixed(2)}×` : '';
      return `| ${row.case} | ${seconds(row.kit.medianMs)} | ${row.kit.peakMb.toFixed(0)} MB | ${base ? `${base.name}: ${seconds(base.measurement.medianMs)}` : ''} | ${ratio} | ${row.target ?? ''} |`;
    }),
    '',
  ];
  return lines.join('\n');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

await main();
