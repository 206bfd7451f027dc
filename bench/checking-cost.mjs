import { checkParsed, parseProject } from '../lib/check/check-project.js';
import { readProject } from '../lib/project/read-project.js';

/**
 * What checking adds to a build, run as its own process from the compiled
 * kit: it reads the project and parses its sources and slides, which a build
 * must do to render anything, then runs the rest of `brief check` (resolving
 * every citation, matching every quotation, the faithfulness, slide and
 * timing rules), as `checkProject` does, and prints how long that rest took
 * in milliseconds. It is timed inside the process, after the parse: Node's
 * start-up, the loading of the kit and the parse (most of the process's time,
 * and most of its noise) are not in it.
 *
 * Usage: node bench/checking-cost.mjs ROOT
 */
const [root] = process.argv.slice(2);
if (!root) throw new Error('usage: node bench/checking-cost.mjs ROOT');
const project = await readProject(root);
const parsed = parseProject(project);
const started = performance.now();
checkParsed(project, parsed);
process.stdout.write(`${performance.now() - started}\n`);
