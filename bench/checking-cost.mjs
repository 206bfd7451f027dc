import { checkProject } from '../lib/check/check-project.js';
import { readProject } from '../lib/project/read-project.js';
import { parseSource } from '../lib/sources/parse-source.js';
import { parseDeck } from '../lib/slides/parse-deck.js';

/**
 * What checking adds to a build, run as its own process from the compiled
 * kit: `parse` reads the project and parses its sources and slides, which a
 * build must do to render anything; `check` reads it and runs the whole of
 * `brief check` (parsing, then resolving every citation, matching every
 * quotation, the slide and timing rules). Both start the same way, so the
 * difference of their times is the checking alone. Each prints how long its
 * work took in milliseconds, timed inside the process: Node's start-up and
 * the loading of the kit, the same in both and most of each process's time,
 * would add only their noise to the difference.
 *
 * Usage: node bench/checking-cost.mjs ROOT parse|check
 */
const [root, mode] = process.argv.slice(2);
if (!root || (mode !== 'parse' && mode !== 'check')) throw new Error('usage: node bench/checking-cost.mjs ROOT parse|check');
const project = await readProject(root);
const started = performance.now();
if (mode === 'check') {
  checkProject(project);
} else {
  for (const file of project.sourceFiles) parseSource(file);
  parseDeck(project.slideFiles);
}
process.stdout.write(`${performance.now() - started}\n`);
